//! Every DOM id, URL hash and storage key the app uses, made in one place, so a rename is one
//! edit and the compiler catches a mismatch.

/// The localStorage key of the reader's theme. `crates/site` writes it into the script that
/// applies a saved theme before the first paint.
pub const THEME_KEY: &str = "hsi-infographic.theme";
