//! The page's `<head>` texts and its early script (`early.js`: the saved theme before the first
//! paint, and cards and queued clicks before the wasm), written from the data and the app's
//! constants, so `index.html` types none of them and no text is spelled twice.

use crate::rewrite::{Handler, rewrite};
use hsi_infographic::head::Head;
use hsi_infographic::ids::{self, THEME_KEY};
use hsi_infographic::theme::Theme;
use lol_html::html_content::ContentType;
use lol_html::{element, text};
use std::cell::Cell;

/// The script in `index.html` that `early_script` fills.
const EARLY_SCRIPT: &str = "script[data-early]";

/// What one element of the head receives.
enum Fill<'a> {
    /// The `content` of a `<meta>`.
    Content(&'a str),
    /// The element's text, escaped (`<title>`).
    Text(&'a str),
    /// A script's body, as is.
    Script(&'a str),
}

/// Writes the page's title, description and link-preview texts (from `head`) and the early
/// script (`early`: `early_script`, minified or not) into `page`. Each element must be there
/// once and hold no text of its own: a text typed in `index.html` would be a second copy of the
/// data. Run it before the App is put in, whose charts hold `<title>`s of their own.
pub fn fill_head(page: &str, head: &Head, early: &str) -> Result<String, String> {
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
            (EARLY_SCRIPT, Fill::Script(early)),
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

/// The early script (`early.js`), with the app's class names, storage key and theme names put
/// in as JavaScript literals, and its comments and indentation left out. The default theme needs
/// no attribute, as it follows the system's setting.
pub fn early_script() -> String {
    // Rust's debug quoting is a JavaScript string literal too (`\"`, `\\`, `\n`, `\u{…}`).
    let themes: Vec<String> = Theme::ALL
        .into_iter()
        .filter(|theme| *theme != Theme::default())
        .map(|theme| format!("{:?}", theme.as_str()))
        .collect();
    let names = [
        ("THEME_KEY", format!("{THEME_KEY:?}")),
        ("SHORTCUT_KEY", format!("{:?}", ids::SHORTCUT_KEY)),
        ("SHORTCUT_OFF", format!("{:?}", ids::SHORTCUT_OFF)),
        (
            "SHORTCUT_OFF_CLASS",
            format!("{:?}", ids::SHORTCUT_OFF_CLASS),
        ),
        ("SHORTCUT_SWITCH", format!("{:?}", ids::SHORTCUT)),
        ("PRESENT", format!("{:?}", ids::PRESENT)),
        ("APP", format!("{:?}", ids::APP)),
        ("PRINT_SHEET", format!("{:?}", crate::inline::PRINT_SHEET)),
        ("LOAD_WAIT", crate::boot::LOAD_WAIT_MS.to_string()),
        ("THEMES", format!("[{}]", themes.join(","))),
        ("SCRIPTED", format!("{:?}", ids::SCRIPTED_CLASS)),
        ("READY", format!("{:?}", ids::READY_CLASS)),
        ("FAILED", format!("{:?}", ids::FAILED_CLASS)),
        ("CARD_TOGGLE", format!("{:?}", ids::CARD_TOGGLE_CLASS)),
        ("CARD_OPEN", format!("{:?}", ids::CARD_OPEN_CLASS)),
        ("CLOSED_PANEL", format!("{:?}", ids::CLOSED_PANEL_HIDDEN)),
        ("NEEDS_SCRIPT", format!("{:?}", ids::NEEDS_SCRIPT_CLASS)),
        ("SETTLE_EVENT", format!("{:?}", ids::SETTLE_EVENT)),
        ("SETTLE_AT", format!("{:?}", ids::SETTLE_AT_ATTR)),
        ("CHART_PREFIX", format!("{:?}", ids::CHART_PREFIX)),
        ("CHART_EXACT", format!("{:?}", ids::CHART_EXACT_CLASS)),
        (
            "TABLE_SUFFIX",
            format!("{:?}", format!("-{}", ids::ChartPart::Table.suffix())),
        ),
    ];
    script_with(include_str!("early.js"), &names)
}

/// A script's source with each capitalised name of `names` put in as its value, and its
/// comments, indentation and blank lines left out.
pub(crate) fn script_with(source: &str, names: &[(&str, String)]) -> String {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .map(|line| {
            line.split_inclusive(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map(|word| {
                    let (name, rest) = word.split_at(
                        word.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                            .unwrap_or(word.len()),
                    );
                    match names.iter().find(|(n, _)| *n == name) {
                        Some((_, value)) => format!("{value}{rest}"),
                        None => word.to_owned(),
                    }
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
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

    const MINIFIED: &str = "<!doctype html><html lang=en><meta charset=utf-8><title></title><meta content name=description><meta content=\"\" property=og:title><meta content=\"\" property=og:description><meta content=\"\" property=og:image:alt><meta content=\"\" name=twitter:title><script data-early></script><body><div id=app></div>";

    /// The real template, as Trunk's debug build leaves its head (quoted, unminified): so a tag
    /// renamed in index.html fails here too.
    const DEBUG: &str = include_str!("../../../index.html");

    #[test]
    fn the_head_is_filled_and_escaped_in_either_form() {
        for page in [MINIFIED, DEBUG] {
            let out = fill_head(page, &head(), &early_script()).expect("every tag is there");
            assert!(out.contains("<title>A &lt;b&gt; &amp; c</title>"), "{out}");
            assert!(
                out.contains(r#"content="Say &quot;hi&quot; &amp; bye""#),
                "{out}"
            );
            assert_eq!(out.matches(r#"content="Title""#).count(), 2, "{out}");
            for text in ["Figures", "Alt"] {
                assert!(out.contains(&format!(r#"content="{text}""#)), "{out}");
            }
            assert!(out.contains(&format!("<script data-early>{}</script>", early_script())));
        }
    }

    #[test]
    fn a_missing_doubled_or_typed_tag_is_refused() {
        let missing = MINIFIED.replace("<meta content=\"\" name=twitter:title>", "");
        assert_eq!(
            fill_head(&missing, &head(), &early_script()),
            Err("index.html needs exactly one `meta[name='twitter:title']`, not 0".into())
        );
        let doubled = MINIFIED.replace("<title></title>", "<title></title><title></title>");
        assert!(fill_head(&doubled, &head(), &early_script()).is_err());
        let typed_title = MINIFIED.replace("<title></title>", "<title>Old</title>");
        assert!(fill_head(&typed_title, &head(), &early_script()).is_err());
        let typed_meta = DEBUG.replace(
            r#"<meta property="og:title" content="" />"#,
            r#"<meta property="og:title" content="Old" />"#,
        );
        assert_eq!(
            fill_head(&typed_meta, &head(), &early_script()),
            Err("`meta[property='og:title']` in index.html holds text; the data fills it".into())
        );
    }

    #[test]
    fn the_early_script_names_the_app_constants_and_no_placeholder() {
        let script = early_script();
        assert!(script.contains(&format!("localStorage.getItem(\"{THEME_KEY}\")")));
        // The default theme ("auto") is not in the list: it needs no attribute.
        assert!(
            script.contains(r#"["light","dark","projector"].indexOf(saved)"#),
            "{script}"
        );
        assert!(script.contains(&format!("\"{}\"", ids::CARD_TOGGLE_CLASS)));
        assert!(script.contains(&format!("classList.contains(\"{}\")", ids::READY_CLASS)));
        assert!(script.contains(&format!("addEventListener(\"{}\"", ids::SETTLE_EVENT)));
        assert!(script.contains(&format!("\"{}\"", ids::CLOSED_PANEL_HIDDEN)));
        assert!(script.contains(&format!("classList.add(\"{}\")", ids::SHORTCUT_OFF_CLASS)));
        for placeholder in [
            "THEME_KEY",
            "THEMES",
            "SCRIPTED",
            "READY",
            "FAILED",
            "CARD_TOGGLE",
            "CARD_OPEN",
            "CLOSED_PANEL",
            "NEEDS_SCRIPT",
            "SETTLE_EVENT",
            "SETTLE_AT",
            "CHART_EXACT",
            "SHORTCUT_KEY",
            "SHORTCUT_OFF",
            "SHORTCUT_SWITCH",
            "PRESENT",
            "APP",
        ] {
            assert!(!script.contains(placeholder), "{placeholder} is left in");
        }
        assert!(!script.to_ascii_lowercase().contains("</script"));
        assert!(!script.contains("//"), "no comments are shipped");
    }
}
