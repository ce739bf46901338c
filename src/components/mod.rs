//! Yew function components, one per file, and two plain markup functions used ~40 times each
//! (`icon::glyph_icon`, `rich_text::rich_text`). They hold no business logic: they ask
//! `figures`, `state` and `content`, and render what they are given.

pub mod card;
pub mod chart_figure;
pub mod contents_nav;
pub mod hero;
pub mod icon;
pub mod presentation;
pub mod references_card;
pub mod rich_text;
pub mod section_card;
pub mod stat_tile;
pub mod theme_switch;
