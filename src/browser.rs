//! The only module that touches the browser. Every call is guarded: where an API is missing or
//! refuses (storage disabled, no window under the server renderer), it quietly does nothing.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

const THEME_KEY: &str = "hsi-infographic.theme";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved theme value, if any. Reading may fail (privacy modes): then there is none.
pub fn saved_theme() -> Option<String> {
    storage()?.get_item(THEME_KEY).ok().flatten()
}

pub fn save_theme(value: &str) {
    if let Some(storage) = storage() {
        // A full or disabled storage only means the choice is not remembered.
        let _ = storage.set_item(THEME_KEY, value);
    }
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
pub fn reveal(scroll_id: &str, focus_id: &str) {
    let Some(document) = document() else { return };
    if let Some(element) = document.get_element_by_id(scroll_id) {
        element.scroll_into_view();
    }
    if let Some(target) = document
        .get_element_by_id(focus_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = target.focus();
    }
}

/// Marks the page as scripted, so the style sheet can show controls that need script.
pub fn mark_scripted() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("js");
    }
}
