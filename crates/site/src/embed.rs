//! The embedded views' pages, `embed/{view}/index.html`: each prerendered like the page, with
//! the view named on `#app` for hydration, the script that reports its height to the host page,
//! its URLs moved two folders up (relative still, so the site works under any sub-path), and a
//! policy of its own. And the host script, `embed.js`, at the site's root under a fixed name.

use crate::boot::relocate_start;
use crate::head::{fill_head, script_with};
use crate::inline::{AppOnly, inlinable};
use crate::page::{finish, inject_app, render_view};
use crate::rewrite::rewrite;
use hsi_infographic::View;
use hsi_infographic::content::{Article, article};
use hsi_infographic::embed::{self, Embed};
use hsi_infographic::head::embed_head;
use lol_html::element;
use lol_html::html_content::ContentType;

/// The embedded views' own style sheet.
const EMBEDDED_CSS: &str = include_str!("../../../styles/embedded.css");

/// The site's root, from an embedded view's page (`embed/chart-narcotics/`).
const ROOT: &str = embed::SITE_ROOT;

/// A page to write: its path under `dist/` and its text.
pub struct SitePage {
    pub path: String,
    pub text: String,
}

/// Every embedded view's page, from Trunk's page, the early script and the files it names (`read`).
pub fn embed_pages(
    page: &str,
    early: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<Vec<SitePage>, String> {
    let article = article();
    Embed::all(article)
        .into_iter()
        .map(|embed| {
            Ok(SitePage {
                path: format!("{}index.html", embed.path(article)),
                text: embed_page(article, page, embed, early, &read)?,
            })
        })
        .collect()
}

/// One embedded view's page.
fn embed_page(
    article: &'static Article,
    page: &str,
    embed: Embed,
    early: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let view = View::Embedded(embed);
    let page = fill_head(page, &embed_head(article, embed), early)?;
    let page = inject_app(&page, &render_view(view), view.name(article).as_deref())?;
    // Not indexed on its own: it is a piece of the infographic, which search engines find whole.
    // Its own style sheet rides here, not in index.html, whose first round trip it would lengthen.
    let css = inlinable("styles/embedded.css", EMBEDDED_CSS, "style")?;
    let markup = format!(
        "<meta name=robots content=noindex><style>{css}</style><script>{}</script>",
        height_script()
    );
    let page = after_early_script(&page, &markup)?;
    let (page, _) = finish(&page, read, AppOnly::Drop, |page| {
        relocate(&relocate_start(page, ROOT)?, ROOT)
    })?;
    Ok(page)
}

/// The script an embedded page reports its height with (`embed-height.js`).
pub fn height_script() -> String {
    script_with(
        include_str!("embed-height.js"),
        &[
            ("HEIGHT_MESSAGE", format!("{:?}", embed::HEIGHT_MESSAGE)),
            ("MEASURE_MESSAGE", format!("{:?}", embed::MEASURE_MESSAGE)),
        ],
    )
}

/// The host script of the embed code (`embed.js`), written to the site's root.
pub fn host_script() -> String {
    script_with(
        include_str!("embed.js"),
        &[
            ("HEIGHT_MESSAGE", format!("{:?}", embed::HEIGHT_MESSAGE)),
            ("MEASURE_MESSAGE", format!("{:?}", embed::MEASURE_MESSAGE)),
            ("FRAME_ATTRIBUTE", format!("{:?}", embed::FRAME_ATTRIBUTE)),
        ],
    )
}

/// `markup` put right after the early script, which every page has once, in its head.
fn after_early_script(page: &str, markup: &str) -> Result<String, String> {
    let mut placed = 0;
    let out = rewrite(
        page,
        [element!("script[data-early]", |script| {
            placed += 1;
            script.after(markup, ContentType::Html);
            Ok(())
        })],
    )?;
    match placed {
        1 => Ok(out),
        n => Err(format!("the page needs one early script, not {n}")),
    }
}

/// The page with every URL of a file of the site (style sheets, scripts, the preview image)
/// moved `root` up; links inside the page (`#…`), data URLs and absolute ones stay as they are.
fn relocate(page: &str, root: &str) -> Result<String, String> {
    let moved = |url: &str| -> Option<String> {
        let local = !(url.is_empty()
            || url.starts_with(['#', '/'])
            || url.starts_with("data:")
            || url.contains("://"));
        local.then(|| format!("{root}{}", url.trim_start_matches("./")))
    };
    let attribute = |name: &'static str| {
        move |el: &mut lol_html::html_content::Element| {
            if let Some(url) = el.get_attribute(name).and_then(|url| moved(&url)) {
                el.set_attribute(name, &url)?;
            }
            Ok(())
        }
    };
    rewrite(
        page,
        [
            element!("link[href]", attribute("href")),
            element!("script[src]", attribute("src")),
            element!("img[src]", attribute("src")),
            element!(
                "meta[property='og:image'], meta[name='twitter:image']",
                attribute("content")
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sites_own_files_move() {
        let page = "<link href=./a.css rel=stylesheet><link href=\"data:x\" rel=icon><script src=g.js></script>\
                    <meta property=og:image content=preview.png><a href=\"#x\">x</a><img src=\"https://e.org/i.png\">";
        assert_eq!(
            relocate(page, "../../").as_deref(),
            Ok(
                "<link href=\"../../a.css\" rel=stylesheet><link href=\"data:x\" rel=icon><script src=\"../../g.js\"></script>\
                <meta property=og:image content=\"../../preview.png\"><a href=\"#x\">x</a><img src=\"https://e.org/i.png\">"
            )
        );
    }

    #[test]
    fn the_scripts_name_the_message_and_the_frames() {
        let (height, host) = (height_script(), host_script());
        assert!(
            height.contains("\"hsi-infographic:height\"") && !height.contains("HEIGHT_MESSAGE")
        );
        assert!(host.contains("\"data-hsi-embed\"") && !host.contains("FRAME_ATTRIBUTE"));
        for script in [&height, &host] {
            assert!(
                script.contains("\"hsi-infographic:measure\"")
                    && !script.contains("MEASURE_MESSAGE")
            );
            assert!(
                !script.contains("//") && !script.contains("/*"),
                "comments are left out: {script}"
            );
        }
        assert!(!host.contains("//"), "comments are left out: {host}");
    }
}
