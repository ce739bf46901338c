//! The prerendered page: the App rendered into `#app`, and every build step in its order.

use crate::boot::{defer_start, remove_preloads};
use crate::csp::add_content_security_policy;
use crate::head::fill_head;
use crate::inline::{AppOnly, inline_style_sheets};
use crate::rewrite::rewrite;
use hsi_infographic::head::Head;
use hsi_infographic::{App, AppProps, View, content::article};
use lol_html::html_content::ContentType;
use lol_html::{element, text};
use std::cell::Cell;
use yew::LocalServerRenderer;

/// The App as Yew's server renderer writes it, with the markers hydration needs.
pub fn render_app() -> String {
    render_view(View::Infographic)
}

/// One view of the App (the infographic, or an embedded view) as the server renderer writes it.
pub fn render_view(view: View) -> String {
    let props = AppProps {
        article: article().into(),
        view,
    };
    let renderer = LocalServerRenderer::<App>::with_props(props).hydratable(true);
    futures::executor::block_on(renderer.render())
}

/// Puts the rendered App inside the page's empty `#app` element, which names the view when it
/// is not the infographic (`data-view`), so the wasm hydrates the same view.
pub fn inject_app(page: &str, app: &str, view: Option<&str>) -> Result<String, String> {
    // The id the wasm hydrates: a page without it fails here, at build time.
    let mount = format!("#{}", hsi_infographic::ids::APP);
    let inside = format!("{mount} *");
    let mounts = Cell::new(0);
    let filled = "#app is not empty in index.html (already prerendered?)";
    let out = rewrite(
        page,
        [
            element!(mount.as_str(), |element| {
                mounts.set(mounts.get() + 1);
                if let Some(view) = view {
                    element.set_attribute(hsi_infographic::ids::VIEW_ATTRIBUTE, view)?;
                }
                // Appended markup is not parsed again, so the handlers below see only the page's.
                element.append(app, ContentType::Html);
                Ok(())
            }),
            element!(inside.as_str(), |_| Err(filled.into())),
            text!(mount.as_str(), |chunk| {
                if chunk.as_str().trim().is_empty() {
                    Ok(())
                } else {
                    Err(filled.into())
                }
            }),
        ],
    )?;
    match mounts.get() {
        1 => Ok(out),
        0 => Err("no <div id=\"app\"></div> in index.html".into()),
        n => Err(format!("{n} elements with id=\"app\" in index.html")),
    }
}

/// The App with every card's toggle saying that its card is open (`aria-expanded="true"`), as it
/// is for a reader without script, whose style sheet shows every card's panel. The early script
/// sets each toggle by its panel once the page is in.
fn every_card_said_open(app: &str) -> Result<String, String> {
    let toggles = format!(
        ".{}[aria-expanded]",
        hsi_infographic::ids::CARD_TOGGLE_CLASS
    );
    rewrite(
        app,
        [element!(toggles.as_str(), |toggle| {
            toggle.set_attribute("aria-expanded", "true")?;
            Ok(())
        })],
    )
}

/// Trunk's page made whole: the head filled from `head` with the early script `early`, the App
/// (`app`, from `render_app`) rendered in, the style sheets inlined, the preloads dropped and the
/// wasm started after the first paint. Last comes the Content Security Policy, which hashes every
/// inline script and style of the finished page. Returns the page and the inlined sheets' names.
/// `read` returns a file of `dist/` by the name the page uses (`./name` or `name`).
pub fn prerender(
    page: &str,
    app: &str,
    head: &Head,
    early: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<(String, Vec<String>), String> {
    // The head first: the App's charts carry `<title>`s of their own.
    let page = inject_app(
        &fill_head(page, head, early)?,
        &every_card_said_open(app)?,
        None,
    )?;
    finish(&page, read, AppOnly::Apart, |page| Ok(page.to_owned()))
}

/// The steps after the App is in: style sheets inlined, preloads dropped and the start
/// deferred, then `adapt` (an embedded view's page moves its URLs), and last the policy.
pub(crate) fn finish(
    page: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
    app_only: AppOnly,
    adapt: impl Fn(&str) -> Result<String, String>,
) -> Result<(String, Vec<String>), String> {
    let (page, sheets) = inline_style_sheets(page, read, app_only)?;
    let page = adapt(&defer_start(&remove_preloads(&page)?)?)?;
    Ok((add_content_security_policy(&page)?, sheets))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_goes_inside_the_empty_mount_point() {
        let page = "<body><div id=app></div></body>";
        assert_eq!(
            inject_app(page, "<p>x</p>", None).as_deref(),
            Ok("<body><div id=app><p>x</p></div></body>")
        );
        assert!(
            inject_app("<body><div id=app><p>x</p></div></body>", "y", None).is_err(),
            "only once"
        );
    }

    #[test]
    fn every_card_is_said_open_for_a_reader_without_script() {
        let app = render_app();
        let closed = r#"aria-expanded="false""#;
        assert!(app.contains(closed), "the App has closed cards");
        let said = every_card_said_open(&app).expect("rewrites");
        assert!(!said.contains(closed), "no toggle says its card is closed");
        let toggles = format!("class=\"{}\"", hsi_infographic::ids::CARD_TOGGLE_CLASS);
        assert_eq!(
            said.matches(r#"aria-expanded="true""#).count(),
            app.matches(&toggles).count(),
            "every card's toggle, and nothing else, says open"
        );
        // Only those values change ("false" to "true", a byte shorter each).
        assert_eq!(said.len(), app.len() - app.matches(closed).count());
    }

    #[test]
    fn an_embedded_view_is_named_on_the_mount_point() {
        assert_eq!(
            inject_app("<div id=app></div>", "<p>x</p>", Some("chart-narcotics")).as_deref(),
            Ok("<div id=app data-view=\"chart-narcotics\"><p>x</p></div>")
        );
    }

    #[test]
    fn the_mount_point_is_found_quoted_or_not() {
        let debug = "<body>\n  <div id=\"app\">\n  </div>\n</body>";
        assert_eq!(
            inject_app(debug, "<p>x</p>", None).as_deref(),
            Ok("<body>\n  <div id=\"app\">\n  <p>x</p></div>\n</body>")
        );
        assert!(inject_app("<body><div id=app>text</div>", "y", None).is_err());
        assert!(inject_app("<body><div id=other></div>", "y", None).is_err());
        assert!(inject_app("<div id=app></div><div id='app'></div>", "y", None).is_err());
    }
}
