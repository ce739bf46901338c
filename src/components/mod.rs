//! The app's markup, one piece per file, written once for the page, the deck and the embeds
//! alike: Yew function components where there is state (`Card`, `SectionCard`, `ChartFigure`,
//! `SharePanel`, the deck), plain functions where there is none (`hero`, `stat_tile`, `amount`,
//! `rich_text`, `icon`, …), since each component costs the wasm 2–3 KB of its own glue. They hold
//! no business logic: they ask `figures`, `state` and `content`, and render what they are given.

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
pub mod source_links;
pub mod stat_tile;
pub mod theme_switch;
