//! The one door to lol_html: a pass over a whole page with handlers chosen by CSS selector, and
//! the bodies of elements such as `<script>` and `<style>`.

use lol_html::html_content::ContentType;
use lol_html::{ElementContentHandlers, RewriteStrSettings, Selector, element, rewrite_str, text};
use std::borrow::Cow;
use std::cell::RefCell;

/// A selector and what to do with the elements it matches (`lol_html::element!`, `text!`).
pub(crate) type Handler<'h> = (Cow<'static, Selector>, ElementContentHandlers<'h>);

/// The page after one streaming pass of `handlers`. Unmatched markup passes through byte for
/// byte, quoted or not, minified or not. A handler's error ends the pass, and its message is the
/// error. lol_html's strict mode stays on: markup it cannot parse without a DOM tree is refused
/// rather than guessed at.
pub(crate) fn rewrite<'h>(
    page: &str,
    handlers: impl IntoIterator<Item = Handler<'h>>,
) -> Result<String, String> {
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        });
    rewrite_str(page, settings).map_err(|error| error.to_string())
}

/// The text of each element `selector` matches, in page order. For `<script>` and `<style>`
/// that is their source text exactly, as a browser hashes it for the Content Security Policy.
pub(crate) fn bodies(page: &str, selector: &str) -> Result<Vec<String>, String> {
    // An empty element has no text chunk at all, so each element opens its entry.
    let found = RefCell::new(Vec::<String>::new());
    rewrite(
        page,
        [
            element!(selector, |_| {
                found.borrow_mut().push(String::new());
                Ok(())
            }),
            text!(selector, |chunk| {
                if let Some(body) = found.borrow_mut().last_mut() {
                    body.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    Ok(found.into_inner())
}

/// The page with the body of the `index`th element `selector` matches replaced by `body`,
/// written as is (a script's or style sheet's text must not be escaped).
pub(crate) fn set_body(
    page: &str,
    selector: &str,
    index: usize,
    body: &str,
) -> Result<String, String> {
    edit_nth(page, selector, index, |el| {
        el.set_inner_content(body, ContentType::Html);
        Ok(())
    })
}

/// The page with `edit` done to the `index`th element `selector` matches.
pub(crate) fn edit_nth(
    page: &str,
    selector: &str,
    index: usize,
    mut edit: impl FnMut(&mut lol_html::html_content::Element) -> Result<(), String>,
) -> Result<String, String> {
    let mut seen = 0;
    rewrite(
        page,
        [element!(selector, |el| {
            if seen == index {
                edit(el)?;
            }
            seen += 1;
            Ok(())
        })],
    )
}
