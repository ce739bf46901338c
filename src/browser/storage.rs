//! What the reader chose, kept in `localStorage`: the theme and the console's target duration.

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
