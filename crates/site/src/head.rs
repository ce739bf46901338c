//! The page's `<head>` texts and its pre-paint theme script, written from the data and the
//! app's constants, so `index.html` types none of them and no text is spelled twice.

use crate::rewrite::{Handler, rewrite};
use hsi_infographic::head::Head;
use hsi_infographic::ids::THEME_KEY;
use hsi_infographic::theme::Theme;
use lol_html::html_content::ContentType;
use lol_html::{element, text};
use std::cell::Cell;

/// The script in `index.html` that `theme_script` fills.
const THEME_SCRIPT: &str = "script[data-theme-boot]";

/// What one element of the head receives.
enum Fill<'a> {
    /// The `content` of a `<meta>`.
    Content(&'a str),
    /// The element's text, escaped (`<title>`).
    Text(&'a str),
    /// A script's body, as is.
    Script(&'a str),
}

/// Writes the page's title, description and link-preview texts (from `head`) and the theme
/// script into `page`. Each element must be there once and hold no text of its own: a text
/// typed in `index.html` would be a second copy of the data. Run it before the App is put in,
/// whose charts hold `<title>`s of their own.
pub fn fill_head(page: &str, head: &Head) -> Result<String, String> {
    let script = theme_script();
    fill(
        page,
        &[
            ("title", Fill::Text(&head.title)),
            ("meta[name=description]", Fill::Content(&head.description)),
            (
                "meta[property='og:title']",
                Fill::Content(&head.preview_title),
            ),
            (
                "meta[property='og:description']",
                Fill::Content(&head.preview_description),
            ),
            (
                "meta[property='og:image:alt']",
                Fill::Content(&head.image_alt),
            ),
            (
                "meta[name='twitter:title']",
                Fill::Content(&head.preview_title),
            ),
            (THEME_SCRIPT, Fill::Script(&script)),
        ],
    )
}

/// `page` with each `(selector, fill)` done to the one element the selector matches.
fn fill(page: &str, fills: &[(&str, Fill)]) -> Result<String, String> {
    let counts: Vec<Cell<usize>> = fills.iter().map(|_| Cell::new(0)).collect();
    let handlers = fills
        .iter()
        .zip(&counts)
        .flat_map(|((selector, fill), count)| fill_one(selector, fill, count));
    let out = rewrite(page, handlers)?;
    for ((selector, _), count) in fills.iter().zip(&counts) {
        if count.get() != 1 {
            return Err(format!(
                "index.html needs exactly one `{selector}`, not {}",
                count.get()
            ));
        }
    }
    Ok(out)
}

/// The handlers that fill the elements `selector` matches and count them.
fn fill_one<'h>(selector: &'h str, fill: &'h Fill, count: &'h Cell<usize>) -> [Handler<'h>; 2] {
    let typed = move || format!("`{selector}` in index.html holds text; the data fills it");
    [
        element!(selector, move |el| {
            count.set(count.get() + 1);
            match fill {
                Fill::Content(text) => {
                    if el
                        .get_attribute("content")
                        .is_some_and(|c| !c.trim().is_empty())
                    {
                        return Err(typed().into());
                    }
                    // `set_attribute` escapes quotes only; an `&` must not start a reference.
                    el.set_attribute("content", &text.replace('&', "&amp;"))?;
                }
                Fill::Text(text) => el.set_inner_content(text, ContentType::Text),
                Fill::Script(body) => el.set_inner_content(body, ContentType::Html),
            }
            Ok(())
        }),
        text!(selector, move |chunk| {
            if chunk.as_str().trim().is_empty() {
                Ok(())
            } else {
                Err(typed().into())
            }
        }),
    ]
}

/// Before the first paint: marks the page as scripted (so closed cards stay closed and the
/// controls show) and applies a saved theme, so there is no flash of the wrong colours.
/// Everything else waits for the wasm. The storage key and the theme names are the app's own;
/// the default theme needs no attribute, as it follows the system's setting.
pub fn theme_script() -> String {
    // Rust's debug quoting is a JavaScript string literal too (`\"`, `\\`, `\n`, `\u{…}`).
    let names: Vec<String> = Theme::ALL
        .into_iter()
        .filter(|theme| *theme != Theme::default())
        .map(|theme| format!("{:?}", theme.as_str()))
        .collect();
    format!(
        "document.documentElement.classList.add(\"js\");\
         try{{var saved=localStorage.getItem({THEME_KEY:?});\
         if([{}].indexOf(saved)>=0)document.documentElement.dataset.theme=saved}}catch(e){{}}",
        names.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head() -> Head {
        Head {
            title: "A <b> & c".into(),
            description: "Say \"hi\" & bye".into(),
            preview_title: "Title".into(),
            preview_description: "Figures".into(),
            image_alt: "Alt".into(),
        }
    }

    const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><title></title><meta content name=description><meta content=\"\" property=og:title><meta content=\"\" property=og:description><meta content=\"\" property=og:image:alt><meta content=\"\" name=twitter:title><script data-theme-boot></script><body><div id=app></div>";

    /// The real template, as Trunk's debug build leaves its head (quoted, unminified): so a tag
    /// renamed in index.html fails here too.
    const DEBUG: &str = include_str!("../../../index.html");

    #[test]
    fn the_head_is_filled_and_escaped_in_either_form() {
        for page in [MINIFIED, DEBUG] {
            let out = fill_head(page, &head()).expect("every tag is there");
            assert!(out.contains("<title>A &lt;b&gt; &amp; c</title>"), "{out}");
            assert!(
                out.contains(r#"content="Say &quot;hi&quot; &amp; bye""#),
                "{out}"
            );
            assert_eq!(out.matches(r#"content="Title""#).count(), 2, "{out}");
            for text in ["Figures", "Alt"] {
                assert!(out.contains(&format!(r#"content="{text}""#)), "{out}");
            }
            assert!(out.contains(&format!(
                "<script data-theme-boot>{}</script>",
                theme_script()
            )));
        }
    }

    #[test]
    fn a_missing_doubled_or_typed_tag_is_refused() {
        let missing = MINIFIED.replace("<meta content=\"\" name=twitter:title>", "");
        assert_eq!(
            fill_head(&missing, &head()),
            Err("index.html needs exactly one `meta[name='twitter:title']`, not 0".into())
        );
        let doubled = MINIFIED.replace("<title></title>", "<title></title><title></title>");
        assert!(fill_head(&doubled, &head()).is_err());
        let typed_title = MINIFIED.replace("<title></title>", "<title>Old</title>");
        assert!(fill_head(&typed_title, &head()).is_err());
        let typed_meta = DEBUG.replace(
            r#"<meta property="og:title" content="" />"#,
            r#"<meta property="og:title" content="Old" />"#,
        );
        assert_eq!(
            fill_head(&typed_meta, &head()),
            Err("`meta[property='og:title']` in index.html holds text; the data fills it".into())
        );
    }

    #[test]
    fn the_theme_script_names_the_key_and_themes_once() {
        let script = theme_script();
        assert!(script.contains(&format!("localStorage.getItem(\"{THEME_KEY}\")")));
        assert!(
            script.contains(r#"["light","dark","projector"]"#),
            "{script}"
        );
        assert!(!script.contains("auto") && !script.to_ascii_lowercase().contains("</script"));
    }
}
