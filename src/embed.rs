//! The views another site can embed: one page per chart and one for the headline figures, each
//! prerendered under `embed/{view}/index.html`, and the code a reader copies to embed one.
//!
//! An embedded page sizes its `<iframe>` through the host script (`crates/site/src/embed.js`),
//! copied to the site's root under a name that never changes, so pasted embed code keeps
//! working after the next deploy. The page posts its height as `{type: HEIGHT_MESSAGE, height}`
//! and nothing else: when it loads, when its height changes, and when the host script, started
//! after it, asks with `{type: MEASURE_MESSAGE}`.

use crate::content::{Article, template::fill};
use crate::figures;
use crate::ids::{self, ChartIds, Scope};

/// The folder the embedded views are written under.
pub const FOLDER: &str = "embed";
/// The site's root, from an embedded view's page (`embed/{view}/index.html`): two folders up.
pub const SITE_ROOT: &str = "../../";
/// The full infographic's page, from an embedded view's page.
pub const INFOGRAPHIC: &str = "../../index.html";
/// The host script's file name, at the site's root. Never hashed, never renamed.
pub const HOST_SCRIPT: &str = "embed.js";
/// The `type` of the one message an embedded page sends: its height in CSS pixels.
pub const HEIGHT_MESSAGE: &str = "hsi-infographic:height";
/// The `type` of the one message the host script sends an embedded page: "report your height".
pub const MEASURE_MESSAGE: &str = "hsi-infographic:measure";
/// The attribute the embed code marks its `<iframe>` with: the host script sizes only these.
pub const FRAME_ATTRIBUTE: &str = "data-hsi-embed";
/// The embed code's first height, before the host script (if it runs) sets the real one.
const FIRST_HEIGHT: u32 = 600;

/// One embeddable view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embed {
    /// A figure's chart, by the figure's id.
    Chart(&'static str),
    /// The four headline tiles.
    KeyFigures,
}

impl Embed {
    /// Every embeddable view, in page order: the headline figures, then each chart.
    pub fn all(article: &'static Article) -> Vec<Embed> {
        std::iter::once(Embed::KeyFigures)
            .chain(
                article
                    .charts()
                    .into_iter()
                    .map(|(_, figure)| Embed::Chart(&figure.id)),
            )
            .collect()
    }

    /// The view's name: its folder under `embed/`, and the `data-view` of its page's `#app`.
    /// A chart's is its page id (`chart-narcotics`), which no other view can take.
    pub fn name(self, article: &Article) -> String {
        match self {
            Embed::KeyFigures => ids::KEY_FIGURES.to_owned(),
            Embed::Chart(figure) => article
                .figure(figure)
                .map(|f| ChartIds::new(f, Scope::Page).root().to_owned())
                .unwrap_or_default(),
        }
    }

    /// The view a name names; `None` for anything else.
    pub fn parse(article: &'static Article, name: &str) -> Option<Embed> {
        Embed::all(article)
            .into_iter()
            .find(|embed| embed.name(article) == name)
    }

    /// The page's path from the site's root: `embed/chart-narcotics/`.
    pub fn path(self, article: &Article) -> String {
        format!("{FOLDER}/{}/", self.name(article))
    }

    /// What the view shows, for the iframe's title: "Narcotics seized, 2021".
    pub fn label(self, article: &Article) -> String {
        match self {
            Embed::KeyFigures => article.labels.interface.key_figures.clone(),
            Embed::Chart(figure) => article
                .figure(figure)
                .map(|f| figures::with_period(&f.label, &article.labels, f.latest()))
                .unwrap_or_default(),
        }
    }

    /// The iframe's title, and the embedded page's: "Narcotics seized, 2021 · HSI's Focus on …".
    pub fn title(self, article: &Article) -> String {
        fill(
            &article.labels.share.embed_title,
            &[("label", &self.label(article)), ("title", &article.title)],
        )
    }

    /// The page hash of the same view in the full infographic: `#chart-narcotics`.
    pub fn page_hash(self, article: &Article) -> String {
        format!("#{}", self.name(article))
    }
}

/// The folder of a page's address: everything up to its last `/`, without query or hash.
/// `https://example.org/hsi/index.html?x#y` → `https://example.org/hsi/`.
pub fn site_root(address: &str) -> &str {
    let address = address.split(['#', '?']).next().unwrap_or_default();
    address.rfind('/').map_or(address, |end| &address[..=end])
}

/// The code that embeds `embed` from the site at `root` (ending in `/`): a lazy, full-width
/// `<iframe>` with a title, and the optional host script that sizes it to its content.
pub fn embed_code(article: &Article, root: &str, embed: Embed) -> String {
    let title = embed.title(article);
    format!(
        "<iframe src=\"{root}{path}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" \
         height=\"{FIRST_HEIGHT}\" style=\"border:0;width:100%\" {FRAME_ATTRIBUTE}></iframe>\n\
         <script src=\"{root}{HOST_SCRIPT}\" async></script>",
        root = attribute(root),
        path = embed.path(article),
        title = attribute(&title),
    )
}

/// Text made safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn every_view_has_a_name_that_names_it_back() {
        let a = article();
        let all = Embed::all(a);
        assert_eq!(all.len(), 1 + a.charts().len());
        let names: Vec<String> = all.iter().map(|e| e.name(a)).collect();
        assert_eq!(names[..2], ["key-figures", "chart-narcotics"]);
        for embed in all {
            assert_eq!(Embed::parse(a, &embed.name(a)), Some(embed));
        }
        for bad in ["", "chart-", "chart-nope", "key-figures/", "../index"] {
            assert_eq!(Embed::parse(a, bad), None, "{bad}");
        }
    }

    #[test]
    fn the_infographic_is_at_the_site_root_from_an_embed() {
        assert_eq!(INFOGRAPHIC, format!("{SITE_ROOT}index.html"));
        assert_eq!(
            Embed::KeyFigures.path(article()).matches('/').count(),
            2,
            "two folders below the root"
        );
    }

    #[test]
    fn the_root_is_the_pages_folder() {
        assert_eq!(
            site_root("https://example.org/hsi/index.html?x=1#/slide/2"),
            "https://example.org/hsi/"
        );
        assert_eq!(
            site_root("https://example.org/hsi/"),
            "https://example.org/hsi/"
        );
        assert_eq!(
            site_root("http://127.0.0.1:8080/#strategies"),
            "http://127.0.0.1:8080/"
        );
    }

    #[test]
    fn the_embed_code_is_a_titled_lazy_frame_and_the_sizing_script() {
        let a = article();
        let code = embed_code(a, "https://example.org/hsi/", Embed::Chart("narcotics"));
        assert_eq!(
            code,
            "<iframe src=\"https://example.org/hsi/embed/chart-narcotics/\" \
             title=\"Narcotics seized, 2021 · HSI’s Focus on Disrupting Drug Trafficking Networks\" \
             loading=\"lazy\" width=\"100%\" height=\"600\" style=\"border:0;width:100%\" data-hsi-embed></iframe>\n\
             <script src=\"https://example.org/hsi/embed.js\" async></script>"
        );
        assert!(embed_code(a, "https://x.org/a\"b/", Embed::KeyFigures).contains("a&quot;b"));
    }
}
