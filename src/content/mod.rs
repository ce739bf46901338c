//! The article as data: one JSON file, its typed model, and the single decoded copy the app reads.
//!
//! `build.rs` compiles `model`, `text` and `diagnose` too: it rejects an invalid data file before
//! any Rust code is built, and writes a valid one in postcard's binary form, so the wasm carries
//! neither a JSON parser nor a float parser. Those modules may depend on `serde`, `serde_json`,
//! `serde_path_to_error` and `postcard` only.

pub mod model;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod diagnose;

pub use model::*;

/// The article's data file, for the native tools and tests that check it.
#[cfg(not(target_arch = "wasm32"))]
pub const ARTICLE_JSON: &str = include_str!("article.json");

/// The same data, validated and encoded by `build.rs`.
const ARTICLE_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/article.postcard"));

/// The article, decoded once on first use.
///
/// `build.rs` validated these bytes and wrote them from the parsed article, so decoding them
/// cannot fail at run time.
pub fn article() -> &'static Article {
    static ARTICLE: std::sync::OnceLock<Article> = std::sync::OnceLock::new();
    ARTICLE.get_or_init(|| {
        postcard::from_bytes(ARTICLE_POSTCARD).expect("build.rs encoded a valid article")
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_article_is_the_data_file() {
        let parsed = Article::from_json(ARTICLE_JSON).expect("the data file is valid");
        assert_eq!(*article(), parsed);
    }
}
