//! The article the app shows: the `hsi-content` model, decoded once from the postcard bytes that
//! `build.rs` wrote after validating the data file, so the wasm carries neither a JSON parser
//! nor a float parser.

pub use hsi_content::*;
use yew::html::IntoPropValue;

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

/// A part of the one decoded article (the article, a figure, a section) as a component prop.
/// Props that hold the same part are equal: compared by address, not by walking what the part
/// holds, which would compare the whole article whenever a parent re-renders, and would cost the
/// wasm the code of that walk. A `&'static` part passes as one (`<SectionCard {article} {section} … />`).
pub struct Static<T: 'static>(&'static T);

impl<T> Static<T> {
    pub fn get(self) -> &'static T {
        self.0
    }
}

impl<T> From<&'static T> for Static<T> {
    fn from(value: &'static T) -> Self {
        Static(value)
    }
}

impl<T> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Static<T> {}

impl<T> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl IntoPropValue<Static<Article>> for &'static Article {
    fn into_prop_value(self) -> Static<Article> {
        Static(self)
    }
}

impl IntoPropValue<Static<Figure>> for &'static Figure {
    fn into_prop_value(self) -> Static<Figure> {
        Static(self)
    }
}

impl IntoPropValue<Static<Section>> for &'static Section {
    fn into_prop_value(self) -> Static<Section> {
        Static(self)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_article_is_the_data_file() {
        let parsed = hsi_content::diagnose::parse(ARTICLE_JSON).expect("the data file is valid");
        assert_eq!(*article(), parsed);
    }
}
