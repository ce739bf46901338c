//! The article the app shows: the `hsi-content` model, decoded once from the postcard bytes that
//! `build.rs` wrote after validating the data file, so the wasm carries neither a JSON parser
//! nor a float parser.

pub use hsi_content::*;

/// The data file, validated and encoded by `build.rs`.
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
