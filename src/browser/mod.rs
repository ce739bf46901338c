//! The only module that touches the browser. Every call is guarded: where an API is missing or
//! refuses (storage disabled, no window under the server renderer), it quietly does nothing.
//! Grouped by what it serves: the page itself here, and in their own files the reader's saved
//! choices, files to download, other windows, and what leaves the page by sharing.

mod files;
mod share;
mod storage;
mod windows;

pub use files::*;
pub use share::*;
pub use storage::*;
pub use windows::*;

use crate::ids;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `data-theme` on `<html>`, which the style sheet reads.
pub fn apply_theme(value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", value);
    }
}

/// The current URL hash, with its `#`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Calls `on_change` with the new hash whenever it changes; stops when the listener is dropped.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        on_change(location_hash())
    }))
}

/// Scrolls the element `scroll_id` to the top of the view and moves keyboard focus to `focus_id`.
/// The page can still move under it in the frames that follow (a card opening around it, the
/// page drawn anew after the deck), which Chromium's scroll anchoring holds in place and Firefox
/// and WebKit may not: the element is
/// sent `ids::SETTLE_EVENT`, on which the page's early script, which does the same for links
/// before the app runs, scrolls it back whenever it has moved, for up to 12 frames, and gives
/// the focus back if the browser's own part in following a link took it (Firefox, for a link to
/// the hash already in the address bar). The script finds the focus by the same rule as the
/// callers here: a card's toggle for a card, or else the element itself (a chart, a control).
pub fn reveal(scroll_id: &str, focus_id: &str) {
    let Some(document) = document() else { return };
    if let Some(element) = document.get_element_by_id(scroll_id) {
        hold_in_view(&element);
    }
    focus(focus_id);
}

/// The element an event happened on (its target), if it is one.
pub fn event_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into().ok()
}

/// Brings the top of `element`, which has just taken the focus, into view if it is above the
/// view: for an element taller than the view, the browser's scroll to the focus can stop at its
/// end (the console's notes, reached by Tab at 400 % zoom, showed their middle).
pub fn show_top_on_focus(event: &web_sys::FocusEvent) {
    if let Some(element) = event_element(event)
        && element.get_bounding_client_rect().top() < 0.0
    {
        element.scroll_into_view_with_bool(true);
    }
}

/// Scrolls `element` to the top of the view and has the early script hold it there (`reveal`).
fn hold_in_view(element: &web_sys::Element) {
    element.scroll_into_view();
    settle(element);
}

/// Has the early script hold `element` at the top of the view, or where `ids::SETTLE_AT_ATTR`
/// says, while the page around it settles.
fn settle(element: &web_sys::Element) {
    if let Ok(event) = web_sys::Event::new(ids::SETTLE_EVENT) {
        let _ = element.dispatch_event(&event);
    }
}

/// What can take keyboard focus, as a place for it is counted (`FocusPlace`).
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Where keyboard focus is, in a form that finds the same control again once the page is drawn
/// anew (leaving present mode draws it again from the app's state): the id of the focused element,
/// or of its nearest ancestor with one and the element's place among the focusable elements in it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct FocusPlace {
    id: String,
    nth: Option<u32>,
}

/// Where keyboard focus is, if on an element of the page.
fn focus_place() -> Option<FocusPlace> {
    let active = document()?.active_element()?;
    if !active.id().is_empty() {
        return Some(FocusPlace {
            id: active.id(),
            nth: None,
        });
    }
    let anchor = active.parent_element()?.closest("[id]").ok()??;
    let within = anchor.query_selector_all(FOCUSABLE).ok()?;
    let nth = (0..within.length()).find(|&i| {
        within
            .get(i)
            .is_some_and(|node| node.is_same_node(Some(active.as_ref())))
    })?;
    Some(FocusPlace {
        id: anchor.id(),
        nth: Some(nth),
    })
}

/// The control at `place`, if the page has it.
fn focus_target(place: &FocusPlace) -> Option<web_sys::HtmlElement> {
    let anchor = document()?.get_element_by_id(&place.id)?;
    let target = match place.nth {
        None => anchor,
        Some(nth) => anchor
            .query_selector_all(FOCUSABLE)
            .ok()?
            .get(nth)?
            .dyn_into::<web_sys::Element>()
            .ok()?,
    };
    target.dyn_into::<web_sys::HtmlElement>().ok()
}

/// How giving an element the focus may scroll the page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scroll {
    /// To the top of the view, held there (`reveal`).
    ToTop,
    /// Not at all: the view stays where it is.
    Never,
}

/// Gives `target` keyboard focus, scrolling as `scroll` says; whether it has it.
fn focus_element(target: &web_sys::HtmlElement, scroll: Scroll) -> bool {
    if scroll == Scroll::ToTop {
        hold_in_view(target);
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(scroll == Scroll::Never);
    let _ = target.focus_with_options(&options);
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|active| active.is_same_node(Some(target.as_ref())))
}

/// Goes to the very top of the page and gives `id` the focus there, without scrolling to it (the
/// Present button, when the deck was opened by its address: the page's header stays whole).
pub fn focus_at_top(id: &str) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if let Some(target) = html_element(id) {
        focus_element(&target, Scroll::Never);
    }
}

/// Where the reader is in the page, to come back to once the page is drawn anew (leaving present
/// mode draws it again from the app's state): where keyboard focus is, and how far below the
/// view's top the focused control's top was if it was in view; else the element with an id at
/// the top of the view, and how far its top was. (The cards above may count another height once
/// drawn anew, so the view's own offset would not do.) And the address's hash, which presenting
/// replaces.
#[derive(Clone, Debug, PartialEq)]
pub struct PagePlace {
    view: Option<(String, f64)>,
    focus: Option<FocusPlace>,
    focus_top: Option<f64>,
    hash: String,
}

impl PagePlace {
    /// The page's hash (`#chart-currency`, or empty) when the reader was here.
    pub fn hash(&self) -> &str {
        &self.hash
    }
}

/// Where the reader is in the page.
pub fn page_place() -> PagePlace {
    let document = document();
    let view = document.as_ref().and_then(|document| {
        let width = web_sys::window()?.inner_width().ok()?.as_f64()?;
        let at_top = document.element_from_point((width / 2.0) as f32, 1.0)?;
        let anchor = at_top.closest("[id]").ok()??;
        Some((anchor.id(), anchor.get_bounding_client_rect().top()))
    });
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    let focus_top = document
        .and_then(|d| d.active_element())
        .map(|active| active.get_bounding_client_rect())
        .filter(|rect| rect.bottom() > 0.0 && rect.top() < height)
        .map(|rect| rect.top());
    PagePlace {
        view,
        focus: focus_place(),
        focus_top,
        hash: location_hash(),
    }
}

/// Scrolls `element`'s top to `top` pixels below the view's, and has the early script hold it
/// there while the page drawn anew settles (the scroll may stop short at its end until it has).
fn hold_at(element: &web_sys::Element, top: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_by_with_x_and_y(0.0, element.get_bounding_client_rect().top() - top);
    }
    // Written as a whole number: a float's `to_string` would link Rust's float formatting
    // (measured: +11 KB of wasm).
    let _ = element.set_attribute(ids::SETTLE_AT_ATTR, &(top.round() as i64).to_string());
    settle(element);
}

/// Puts the reader back at `place`: the view as it was, held by the focused control where it was
/// in view (what lies between it and the view's top may take another height), else by what was at
/// the view's top; then the focus on the control that had it, or on `fallback` if none did or it
/// is gone, without scrolling (a control that was out of view stays so). Without the view (its
/// element gone), the control is scrolled to the top of the view. False if neither the view nor
/// the control came back.
pub fn return_to(place: &PagePlace, fallback: &str) -> bool {
    let control = place.focus.as_ref().and_then(focus_target);
    let anchor = match (&control, place.focus_top) {
        (Some(control), Some(top)) => Some((web_sys::Element::from(control.clone()), top)),
        _ => place
            .view
            .as_ref()
            .and_then(|(id, top)| Some((document()?.get_element_by_id(id)?, *top))),
    };
    let viewed = anchor.is_some_and(|(anchor, top)| {
        hold_at(&anchor, top);
        true
    });
    let scroll = if viewed { Scroll::Never } else { Scroll::ToTop };
    if control.is_some_and(|control| focus_element(&control, scroll)) {
        return true;
    }
    viewed && html_element(fallback).is_some_and(|e| focus_element(&e, Scroll::Never))
}

/// Moves keyboard focus to `id`, which the browser scrolls into view only as far as needed: a
/// thumbnail chosen by a click stays under the pointer, so the click lands where it began.
pub fn focus(id: &str) {
    if let Some(target) = html_element(id) {
        let _ = target.focus();
    }
}

/// The page's HTML element `id`, if it has one.
fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Whether the card whose toggle is `toggle_id` is open in the page as it stands, by its panel
/// (not hidden), as the early script reads it: the script may have opened or closed it before the
/// wasm started, and the page is written with every toggle saying open, for a reader without
/// script, until the script sets them. `None` outside a browser.
pub fn card_open_in_page(toggle_id: &str) -> Option<bool> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let document = document()?;
    let panel = document
        .get_element_by_id(toggle_id)?
        .get_attribute("aria-controls")?;
    Some(!document.get_element_by_id(&panel)?.has_attribute("hidden"))
}

/// Marks the page as running: `js` (also set by index.html before first paint, for the style
/// sheet) and `app-ready`, which says the wasm has hydrated the page and it responds.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root
            .class_list()
            .add_2(ids::SCRIPTED_CLASS, ids::READY_CLASS);
    }
}

/// Marks the page as one the app cannot run: its controls hide, as when the wasm fails to load.
pub fn mark_failed() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1(ids::FAILED_CLASS);
    }
}

/// Sets the URL hash (a history entry, so Back steps back).
pub fn set_hash(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Where `write_hash` writes: a new history entry (Back returns to the one before), or the
/// current one.
pub enum Entry {
    New,
    Same,
}

/// Sets the URL hash (`#/slide/4`, or "" for none, which `set_hash` cannot write), with no
/// `hashchange` event.
pub fn write_hash(hash: &str, entry: Entry) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}{hash}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let state = &wasm_bindgen::JsValue::NULL;
        let _ = match entry {
            Entry::New => history.push_state_with_url(state, "", Some(&url)),
            Entry::Same => history.replace_state_with_url(state, "", Some(&url)),
        };
    }
}

/// Calls `on_leave` when the page goes away (reloaded, closed, or left for another address:
/// `pagehide`); stops when the listener is dropped.
pub fn on_page_hide(on_leave: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "pagehide", move |_| on_leave()))
}

/// Calls `on_key` for every key pressed anywhere in the page without Ctrl, Alt or Meta (keys
/// with those are the browser's and the system's); stops when the listener is dropped.
pub fn on_key_down(on_key: impl Fn(&web_sys::KeyboardEvent) + 'static) -> Option<EventListener> {
    let document = document()?;
    // Not passive: a handled key must be able to cancel the browser's own action (Space scrolls).
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "keydown",
        options,
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>()
                && !(event.ctrl_key() || event.alt_key() || event.meta_key())
                && !typing(event)
            {
                on_key(event);
            }
        },
    ))
}

/// Whether a key is for something other than the page's or deck's keys: a field that takes
/// typing (the console's target duration, the share panel's text to copy by hand), or a dialog
/// (the share panel: P there must not start presenting). Radio buttons and checkboxes take no
/// typing, and a clicker's Page Up and Page Down (which a number field does not use) still move
/// the slides.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event_element(event) else {
        return false;
    };
    let field = match target.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input) => !matches!(input.type_().as_str(), "radio" | "checkbox"),
        None => {
            target.is_instance_of::<web_sys::HtmlTextAreaElement>()
                || target
                    .dyn_ref::<web_sys::HtmlElement>()
                    .is_some_and(web_sys::HtmlElement::is_content_editable)
        }
    };
    (field && !matches!(event.key().as_str(), "PageUp" | "PageDown"))
        || target.closest("[role=dialog]").ok().flatten().is_some()
}

/// Whether a key goes to a focused control a keyboard presses with Space or Enter: a button, a
/// link or a details' summary.
pub fn on_control(event: &web_sys::KeyboardEvent) -> bool {
    event_element(event).is_some_and(|el| {
        matches!(
            el.tag_name().to_ascii_lowercase().as_str(),
            "button" | "a" | "summary"
        )
    })
}

/// The attribute that hides a button's tip (its `data-tip`, shown on keyboard focus) until the
/// button loses the focus (`show_tip`).
const TIP_HIDDEN: &str = "data-tip-hidden";

/// Hides the tip of the button a key was pressed on, if it shows one (`data-tip`, on keyboard
/// focus): as a tooltip does, it goes with Esc without the focus moving (WCAG 1.4.13), and the
/// next Esc does what Esc does. Whether it hid one.
pub fn hide_tip(event: &web_sys::KeyboardEvent) -> bool {
    event_element(event)
        .filter(|el| {
            el.matches(&format!("[data-tip]:focus-visible:not([{TIP_HIDDEN}])"))
                .unwrap_or(false)
        })
        .is_some_and(|el| el.set_attribute(TIP_HIDDEN, "").is_ok())
}

/// Lets the tip of a button that loses the focus show again the next time it has it.
pub fn show_tip(event: &web_sys::FocusEvent) {
    if let Some(el) = event_element(event) {
        let _ = el.remove_attribute(TIP_HIDDEN);
    }
}

/// The element `selector` names that holds the one a key was pressed on (the focus), if any.
pub fn key_within(event: &web_sys::KeyboardEvent, selector: &str) -> Option<web_sys::Element> {
    event_element(event)?.closest(selector).ok()?
}

/// Scrolls `scroller` by most of its height, down or up, if it has more to show that way, and
/// says whether it did.
pub fn scroll_on(scroller: &web_sys::Element, down: bool) -> bool {
    let (top, height, seen) = (
        scroller.scroll_top(),
        scroller.scroll_height(),
        scroller.client_height(),
    );
    let more = if down {
        top + seen < height - 1
    } else {
        top > 0
    };
    if more {
        let step = seen * 17 / 20;
        scroller.set_scroll_top(if down { top + step } else { top - step });
    }
    more
}

/// Whether the window is in full screen.
pub fn is_fullscreen() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}

/// Calls `on_change` with whether the window is in full screen each time it enters or leaves it;
/// stops when the listener is dropped.
pub fn on_fullscreen_change(on_change: impl Fn(bool) + 'static) -> Option<EventListener> {
    let document = document()?;
    Some(EventListener::new(
        &document,
        "fullscreenchange",
        move |_| on_change(is_fullscreen()),
    ))
}

/// Enters full screen, or leaves it.
pub fn toggle_fullscreen() {
    set_fullscreen(!is_fullscreen());
}

/// Leaves full screen, if the window is in it.
pub fn leave_fullscreen() {
    if is_fullscreen() {
        set_fullscreen(false);
    }
}

/// Enters full screen (the whole page), or leaves it. A refusal (no user gesture, no
/// permission) is ignored: the promise's rejection is caught so that nothing reaches the console.
fn set_fullscreen(on: bool) {
    let Some(document) = document() else { return };
    let (target, method_name): (wasm_bindgen::JsValue, &str) = if on {
        match document.document_element() {
            Some(root) => (root.into(), "requestFullscreen"),
            None => return,
        }
    } else {
        (document.into(), "exitFullscreen")
    };
    let method = |on: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(on, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    };
    let Some(promise) = method(&target, method_name).and_then(|f| f.call0(&target).ok()) else {
        return;
    };
    if let Some(catch) = method(&promise, "catch") {
        let ignore = wasm_bindgen::closure::Closure::once_into_js(|_: wasm_bindgen::JsValue| {});
        let _ = catch.call1(&promise, &ignore);
    }
}
