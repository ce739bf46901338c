//! What the reader chose, kept in `localStorage`: the theme, the console's target duration and
//! whether the page's one-key shortcut is on.

use crate::ids::{self, THEME_KEY};

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

/// The console's saved target duration, as stored: the caller judges it (`slides::pace`).
pub fn saved_target() -> Option<String> {
    storage()?.get_item(ids::TARGET_KEY).ok().flatten()
}

/// Saves the console's target duration, or forgets it (`None`). A full or disabled storage only
/// means it is not remembered.
pub fn save_target(minutes: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match minutes {
            Some(minutes) => storage.set_item(ids::TARGET_KEY, minutes),
            None => storage.remove_item(ids::TARGET_KEY),
        };
    }
}

/// Whether the reader has turned the page's one-key shortcut off. Unreadable storage, no value or
/// any value but `off` (a corrupt one) leaves it on.
pub fn shortcut_off() -> bool {
    storage()
        .and_then(|s| s.get_item(ids::SHORTCUT_KEY).ok().flatten())
        .is_some_and(|v| v == ids::SHORTCUT_OFF)
}

/// Remembers the shortcut off, or forgets that (on, the default). A full or disabled storage
/// only means it is not remembered.
pub fn save_shortcut(on: bool) {
    if let Some(storage) = storage() {
        let _ = if on {
            storage.remove_item(ids::SHORTCUT_KEY)
        } else {
            storage.set_item(ids::SHORTCUT_KEY, ids::SHORTCUT_OFF)
        };
    }
}
