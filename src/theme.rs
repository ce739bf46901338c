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

    /// The next theme, for a one-key switch in present mode: the three a room can tell apart, in
    /// turn. Auto is left out, as it looks like Light or Dark: a press would seem to do nothing.
    pub fn next(self) -> Self {
        match self {
            Theme::Projector => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark | Theme::Auto => Theme::Projector,
        }
    }

    /// Reads a saved value. Anything else (corrupt, old, huge) is `None`, and the caller uses the default.
    pub fn parse(saved: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == saved)
    }

    /// Reads a deck's theme, saved or told by the talk's other window: one of the three `next`
    /// cycles through. Auto, which the deck never wears, is no deck theme.
    pub fn parse_deck(saved: &str) -> Option<Self> {
        Self::parse(saved).filter(|theme| *theme != Theme::Auto)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t_cycles_through_the_three_looks_a_room_can_tell_apart() {
        let mut seen = vec![Theme::Projector];
        for _ in 0..3 {
            seen.push(seen.last().copied().unwrap_or_default().next());
        }
        assert_eq!(
            seen,
            [
                Theme::Projector,
                Theme::Light,
                Theme::Dark,
                Theme::Projector
            ]
        );
        assert_eq!(Theme::Auto.next(), Theme::Projector);
    }

    #[test]
    fn round_trips_and_rejects_junk() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Some(theme));
            let on_a_deck = (theme != Theme::Auto).then_some(theme);
            assert_eq!(Theme::parse_deck(theme.as_str()), on_a_deck);
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
            assert_eq!(Theme::parse_deck(junk), None);
        }
    }
}
