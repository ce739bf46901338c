//! Yew function components, one per file, and the plain markup functions that every view shares
//! (`amount`, `derived_list`, `reference_list`, `rich_text`, `icon`): each piece of markup is
//! written once, for the page and the deck alike. They hold no business logic: they ask
//! `figures`, `state` and `content`, and render what they are given.

pub mod amount;
pub mod card;
pub mod chart_figure;
pub mod contents_nav;
pub mod derived_list;
pub mod embedded;
pub mod hero;
pub mod icon;
pub mod notes;
pub mod presentation;
pub mod reference_list;
pub mod references_card;
pub mod rich_text;
pub mod section_card;
pub mod share;
pub mod stat_tile;
pub mod theme_switch;
