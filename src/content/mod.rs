//! The article as data: one JSON file, its typed model, and the single parsed copy the app reads.
//!
//! This module is also compiled into `build.rs`, which rejects an invalid data file before any
//! Rust code is built, so it may depend on `serde` and `serde_json` only.

pub mod model;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod diagnose;

pub use model::*;

/// The article's data file, compiled into the binary.
pub const ARTICLE_JSON: &str = include_str!("article.json");

/// The article, parsed once on first use.
///
/// `build.rs` runs the same parser and validator over the same bytes and fails the build on any
/// error, so this cannot fail at run time.
pub fn article() -> &'static Article {
    static ARTICLE: std::sync::OnceLock<Article> = std::sync::OnceLock::new();
    ARTICLE.get_or_init(|| {
        Article::from_json(ARTICLE_JSON).expect("article.json is validated by build.rs")
    })
}
