//! What leaves the page: the clipboard, the system share sheet, the address written into links,
//! citations and exports, and the share panel's focus and selection.

use super::document;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;

/// Today's date in the reader's time zone, as ISO 8601 writes it (`2026-11-29`): the date a
/// citation says the page was read, as the reader's own calendar has it.
pub fn today_iso() -> String {
    let today = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        today.get_full_year(),
        today.get_month() + 1,
        today.get_date()
    )
}

/// Calls `on_data` with the value of `attribute` on the element a click lands in (or its closest
/// ancestor that has one), before any other handler: so a button opening a popover has named
/// its content by the time the popover shows.
pub fn on_click_data(
    attribute: &'static str,
    on_data: impl Fn(String) + 'static,
) -> Option<EventListener> {
    let document = document()?;
    let options = gloo_events::EventListenerOptions::run_in_capture_phase();
    let selector = format!("[{attribute}]");
    Some(EventListener::new_with_options(
        &document,
        "click",
        options,
        move |event| {
            if let Some(value) = super::event_element(event)
                .and_then(|e| e.closest(&selector).ok().flatten())
                .and_then(|e| e.get_attribute(attribute))
            {
                on_data(value);
            }
        },
    ))
}

/// Copies `text` to the clipboard, then calls `done` with whether it was copied. The clipboard
/// may be missing (an insecure context) or refuse (no permission, no focus): then `false`, and
/// the caller shows the text to copy by hand.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window()
        .map(|w| w.navigator())
        .filter(|n| js_sys::Reflect::has(n, &"clipboard".into()).unwrap_or(false))
        .map(|n| n.clipboard())
    else {
        return done(false);
    };
    settle(clipboard.write_text(text), done);
}

/// Calls `done` with whether `promise` fulfilled, once it settles.
fn settle(promise: js_sys::Promise, done: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok())
    });
}

/// Whether the browser has a system share sheet (`navigator.share`).
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the system share sheet with a title and a link. Cancelling it is not an error to report.
pub fn share(title: &str, url: &str) {
    if !can_share() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    settle(window.navigator().share_with_data(&data), |_| {});
}

/// The address written into what leaves the page (a copied link, a citation, an exported image):
/// the page at `page` (relative to this one; empty for this one) without query or hash. Opened
/// from a file, only the file's name: a path would give away the reader's folders.
pub fn public_address(page: &str) -> String {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    let Ok(url) = web_sys::Url::new_with_base(if page.is_empty() { &href } else { page }, &href)
    else {
        return String::new();
    };
    url.set_search("");
    url.set_hash("");
    match url.protocol().as_str() {
        "http:" | "https:" => url.href(),
        _ => {
            let path = url.pathname();
            let name = path.rsplit('/').next().unwrap_or_default();
            js_sys::decode_uri_component(name).map_or(name.to_owned(), String::from)
        }
    }
}

/// Whether this page has an address another site can embed: served over HTTP(S), not opened
/// from a file.
pub fn has_web_address() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:" || p == "http:")
}

/// Whether `element` is an open popover (`:popover-open`); `false` where popovers are unknown.
pub fn is_open_popover(element: &web_sys::Element) -> bool {
    element.matches(":popover-open").unwrap_or(false)
}

/// Closes the popover `id` when `event` (a `focusout` in it) moves the focus to an element
/// outside it (a Tab past its last button): the panel would cover what has the focus then. A
/// focus that goes nowhere (a click on the page, which closes it anyway, or another window)
/// leaves it open, and so does one to the button that opened it, whose `attribute` has the
/// panel's value: pressed again, it closes the panel itself. Another Share button's press closes
/// it here and opens it again for that button's item.
pub fn close_popover_left(event: &web_sys::FocusEvent, id: &str, attribute: &str) {
    let Some(panel) = popover(id) else { return };
    let opener = openers(&panel, id, attribute);
    let outside = event
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|to| {
            !panel.contains(Some(&to))
                && opener
                    .as_ref()
                    .is_none_or(|o| to.closest(o).ok().flatten().is_none())
        });
    if outside && is_open_popover(&panel) {
        let _ = panel.hide_popover();
    }
}

/// Closes the popover `id` on a Shift+Tab from its first button, and gives the focus to the
/// button that opened it (the one whose `attribute` has the panel's value), which is where that
/// key goes: the open panel would cover it (entirely, on a narrow screen). A Tab past the last
/// button closes it by `close_popover_left`.
pub fn close_popover_back(event: &web_sys::KeyboardEvent, id: &str, attribute: &str) {
    if event.key() != "Tab" || !event.shift_key() {
        return;
    }
    let (Some(document), Some(panel)) = (document(), popover(id)) else {
        return;
    };
    let first = panel.query_selector("button").ok().flatten();
    let from_first = first.is_some() && document.active_element() == first;
    let opener = openers(&panel, id, attribute)
        .and_then(|selector| document.query_selector(&selector).ok().flatten());
    if let (true, Some(opener)) = (from_first && is_open_popover(&panel), opener)
        && let Ok(opener) = opener.dyn_into::<web_sys::HtmlElement>()
    {
        event.prevent_default();
        let _ = panel.hide_popover();
        let _ = opener.focus();
    }
}

/// The popover `id`. (By id: Yew hears events at its root, so an event's current target is not
/// the panel.)
fn popover(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// A selector for the button that opened the popover `panel` (whose id is `id`): one that
/// targets it and whose `attribute` has the panel's value.
fn openers(panel: &web_sys::Element, id: &str, attribute: &str) -> Option<String> {
    let value = panel.get_attribute(attribute)?;
    Some(format!("[popovertarget=\"{id}\"][{attribute}=\"{value}\"]"))
}

/// Moves focus to the first button inside `element`.
pub fn focus_first_button(element: &web_sys::Element) {
    if let Some(button) = element
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// Brings the status line of the panel `id` into the panel's view, where the panel scrolls (at
/// 400 % zoom the confirmation of a copy came below its visible part): scrolled down as far as
/// shows it, but never so far that the button pressed, which has the focus, leaves the view.
pub fn reveal_status_in(id: &str) {
    let Some(panel) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let Some(status) = panel.query_selector(".share__status").ok().flatten() else {
        return;
    };
    let (seen, line) = (
        panel.get_bounding_client_rect(),
        status.get_bounding_client_rect(),
    );
    let mut down = line.bottom() - seen.bottom();
    if down <= 0.0 {
        return;
    }
    if let Some(pressed) = document()
        .and_then(|d| d.active_element())
        .filter(|e| panel.contains(Some(e)))
    {
        down = down.min((pressed.get_bounding_client_rect().top() - seen.top()).max(0.0));
    }
    panel.set_scroll_top(panel.scroll_top() + down.ceil() as i32);
}

/// Selects the whole text of the text field inside the element `id`, and focuses it, for a
/// reader to copy by hand.
pub fn select_text_in(id: &str) {
    if let Some(field) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.query_selector("textarea").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = field.focus();
        field.select();
    }
}
