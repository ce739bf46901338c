//! The colour theme a reader chose, and how it is written in storage and on the page.

use crate::content::ThemeLabels;

/// `Auto` follows the system's light or dark setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
    /// High contrast for projectors: white on black, 7:1 text, heavy lines.
    Projector,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Dark, Theme::Projector];

    /// The value saved in localStorage and set as `data-theme` on the root element.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Projector => "projector",
        }
    }

    /// The theme's name, as the reader sees it (`labels.theme`).
    pub fn label(self, labels: &ThemeLabels) -> &str {
        match self {
            Theme::Auto => &labels.auto,
            Theme::Light => &labels.light,
            Theme::Dark => &labels.dark,
            Theme::Projector => &labels.projector,
        }
    }

    /// The next theme, for a one-key switch in present mode.
    pub fn next(self) -> Self {
        let i = Self::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// Reads a saved value. Anything else (corrupt, old, huge) is `None`, and the caller uses the default.
    pub fn parse(saved: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == saved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_junk() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Some(theme));
        }
        for junk in [
            "",
            "DARK",
            "\"dark\"",
            "{\"theme\":1}",
            "null",
            &"x".repeat(100_000),
        ] {
            assert_eq!(Theme::parse(junk), None);
        }
    }
}
