//! What the reader chose, kept in `localStorage`: the page's and the deck's themes, the console's
//! target duration and whether the page's one-key shortcut is on.

use crate::ids;

/// None outside a browser: the server renderer runs the hooks that read it (`use_deck_theme`).
fn storage() -> Option<web_sys::Storage> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value stored under `key`, if any. Reading may fail (privacy modes): then there is none.
fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`, or forgets the key (`None`). A full or disabled storage only
/// means the choice is not remembered.
fn write(key: &str, value: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// Calls `on_change` whenever another document of this origin (the page in another tab, the
/// console's window) changes the value under `key`, or clears the storage; stops when the
/// listener is dropped.
pub fn on_storage_change(
    key: &'static str,
    on_change: impl Fn() + 'static,
) -> Option<gloo_events::EventListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "storage",
        move |event| {
            let changed = event
                .dyn_ref::<web_sys::StorageEvent>()
                .is_none_or(|event| event.key().is_none_or(|changed| changed == key));
            if changed {
                on_change();
            }
        },
    ))
}

/// The theme value saved under `key` (the page's, `THEME_KEY`, or the deck's), if any.
pub fn saved_theme(key: &str) -> Option<String> {
    read(key)
}

pub fn save_theme(key: &str, value: &str) {
    write(key, Some(value));
}

/// The console's saved target duration, as stored: the caller judges it (`slides::pace`).
pub fn saved_target() -> Option<String> {
    read(ids::TARGET_KEY)
}

/// Saves the console's target duration, or forgets it (`None`).
pub fn save_target(minutes: Option<&str>) {
    write(ids::TARGET_KEY, minutes);
}

/// The console's timer, as saved.
pub fn saved_timer() -> Option<String> {
    read(ids::TIMER_KEY)
}

/// Saves the console's timer (`slides::pace::timer_saved`).
pub fn save_timer(saved: &str) {
    write(ids::TIMER_KEY, Some(saved));
}

/// Whether the reader has turned the page's one-key shortcut off. Unreadable storage, no value or
/// any value but `off` (a corrupt one) leaves it on.
pub fn shortcut_off() -> bool {
    read(ids::SHORTCUT_KEY).is_some_and(|v| v == ids::SHORTCUT_OFF)
}

/// Remembers the shortcut off, or forgets that (on, the default).
pub fn save_shortcut(on: bool) {
    write(ids::SHORTCUT_KEY, (!on).then_some(ids::SHORTCUT_OFF));
}
