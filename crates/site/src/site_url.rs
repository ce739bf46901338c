//! The site's own address, where the deployer gives it (`SITE_URL=https://example.org/hsi/`): link
//! previews need the preview image's absolute URL, which a relative `dist/` cannot know.

use crate::rewrite::rewrite;
use lol_html::element;

/// The link-preview image's elements.
const PREVIEW_IMAGES: &str = "meta[property='og:image'], meta[name='twitter:image']";

/// `page` with the link-preview image's URL made absolute under `site`, the address `dist/` is
/// served from: an `http:` or `https:` URL that ends in `/` (the folder), or an error saying so.
pub fn absolute_preview(page: &str, site: &str) -> Result<String, String> {
    let folder = (site.starts_with("https://") || site.starts_with("http://"))
        && site.ends_with('/')
        && !site.contains(['"', '<', '>', ' ', '#', '?']);
    if !folder {
        return Err(format!(
            "SITE_URL must be the http(s) address of the folder dist/ is served from, ending in /: {site:?}"
        ));
    }
    rewrite(
        page,
        [element!(PREVIEW_IMAGES, |meta| {
            let name = meta.get_attribute("content").unwrap_or_default();
            // The image sits at the site's root: an embed page names it `../../preview.png`.
            let file = name.rsplit('/').next().unwrap_or_default().to_owned();
            meta.set_attribute("content", &format!("{site}{file}"))?;
            Ok(())
        })],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_image_is_named_by_its_absolute_url() {
        let page = r#"<meta property="og:image" content="preview.png"><meta name=twitter:image content=../../preview.png><img src="preview.png">"#;
        assert_eq!(
            absolute_preview(page, "https://example.org/a/b/").as_deref(),
            Ok(
                r#"<meta property="og:image" content="https://example.org/a/b/preview.png"><meta name=twitter:image content="https://example.org/a/b/preview.png"><img src="preview.png">"#
            )
        );
    }

    #[test]
    fn an_address_that_is_not_a_folder_is_refused() {
        for bad in [
            "example.org/",
            "https://example.org",
            "ftp://example.org/",
            "https://e.org/\"x/",
            "https://e.org/#/",
        ] {
            let error = absolute_preview("<p>", bad).expect_err(bad);
            assert!(error.contains("SITE_URL"), "{error}");
        }
    }
}
