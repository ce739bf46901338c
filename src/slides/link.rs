//! The presenter console's link with the audience window, as pure rules: which message to accept
//! and what it asks. The windows talk by `postMessage` (`browser::post`): under `file://` every
//! page's origin is `null`, so the origin proves nothing; a message counts only if it comes from
//! the paired window (checked by the caller) and carries this session's random token.
//!
//! The audience window makes the token and opens the console. The console, once running, says
//! hello to the window that opened it; the audience answers that window alone with the token and
//! its slide. From then on each window sends `{token, slide}` after each of its own moves. The
//! console follows a new token from its opener: a deck presented again, or reloaded, makes one.

/// The fields of a message.
pub const KIND: &str = "kind";
pub const TOKEN: &str = "token";
pub const SLIDE: &str = "slide";
/// The kinds of message.
pub const HELLO: &str = "hsi-deck-hello";
pub const GO: &str = "hsi-deck-slide";
/// From the console: blank the audience's screen, or bring it back (a clicker's B or `.`).
pub const BLANK: &str = "hsi-deck-blank";

/// No deck is longer than this: a larger slide number is not one of ours.
const MAX_SLIDES: f64 = 10_000.0;

/// What a message from the paired window asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asked {
    /// The console has started: send it the token and the slide.
    Hello,
    /// Show this slide (0-based).
    Go(usize),
    /// Blank the screen, or bring it back: the audience's window alone obeys.
    ToggleBlank,
    Nothing,
}

/// One side of the link, and the token it knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairing {
    token: Option<String>,
    audience: bool,
}

impl Pairing {
    /// The audience window's side, with the token it made.
    pub fn audience(token: String) -> Self {
        Self {
            token: Some(token).filter(|t| !t.is_empty()),
            audience: true,
        }
    }

    /// The console's side: it learns the token from the first answer to its hello.
    pub fn console() -> Self {
        Self {
            token: None,
            audience: false,
        }
    }

    /// The token, once known.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// What a message from the paired window asks, given its fields.
    pub fn receive(
        &mut self,
        kind: Option<&str>,
        token: Option<&str>,
        slide: Option<f64>,
    ) -> Asked {
        match kind {
            Some(HELLO) if self.audience && self.token.is_some() => Asked::Hello,
            Some(BLANK)
                if self.audience
                    && token.is_some_and(|t| !t.is_empty() && self.token.as_deref() == Some(t)) =>
            {
                Asked::ToggleBlank
            }
            Some(GO) => {
                let Some(token) = token.filter(|t| !t.is_empty()) else {
                    return Asked::Nothing;
                };
                // The console takes its opener's latest token: the opener (whose messages alone
                // reach this point) makes a new one each time it presents again or reloads.
                if !self.audience {
                    self.token = Some(token.to_owned());
                }
                match slide {
                    Some(n)
                        if self.token.as_deref() == Some(token)
                            && n.fract() == 0.0
                            && (0.0..MAX_SLIDES).contains(&n) =>
                    {
                        Asked::Go(n as usize)
                    }
                    _ => Asked::Nothing,
                }
            }
            _ => Asked::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audience_answers_hello_and_accepts_only_its_token() {
        let mut audience = Pairing::audience("abc".into());
        assert_eq!(audience.receive(Some(HELLO), None, None), Asked::Hello);
        assert_eq!(
            audience.receive(Some(GO), Some("abc"), Some(3.0)),
            Asked::Go(3)
        );
        assert_eq!(
            audience.receive(Some(GO), Some("abd"), Some(3.0)),
            Asked::Nothing
        );
        assert_eq!(audience.receive(Some(GO), None, Some(3.0)), Asked::Nothing);
        for bad in [-1.0, 2.5, f64::NAN, f64::INFINITY, 1e9] {
            assert_eq!(
                audience.receive(Some(GO), Some("abc"), Some(bad)),
                Asked::Nothing,
                "{bad}"
            );
        }
        assert_eq!(
            audience.receive(Some("other"), Some("abc"), Some(1.0)),
            Asked::Nothing
        );
    }

    #[test]
    fn the_console_follows_its_openers_latest_token() {
        let mut console = Pairing::console();
        assert_eq!(console.receive(Some(HELLO), None, None), Asked::Nothing);
        assert_eq!(
            console.receive(Some(GO), Some("t1"), Some(0.0)),
            Asked::Go(0)
        );
        assert_eq!(console.token(), Some("t1"));
        // The deck was presented again: a new token, from the same opener.
        assert_eq!(
            console.receive(Some(GO), Some("t2"), Some(1.0)),
            Asked::Go(1)
        );
        assert_eq!(console.token(), Some("t2"));
        assert_eq!(console.receive(Some(GO), None, Some(2.0)), Asked::Nothing);
    }

    #[test]
    fn the_audience_blanks_for_its_token_alone_and_the_console_never() {
        let mut audience = Pairing::audience("abc".into());
        assert_eq!(
            audience.receive(Some(BLANK), Some("abc"), None),
            Asked::ToggleBlank
        );
        for token in [None, Some(""), Some("abd")] {
            assert_eq!(audience.receive(Some(BLANK), token, None), Asked::Nothing);
        }
        let mut console = Pairing::console();
        console.receive(Some(GO), Some("abc"), Some(0.0));
        assert_eq!(
            console.receive(Some(BLANK), Some("abc"), None),
            Asked::Nothing
        );
    }

    #[test]
    fn without_a_token_nothing_is_accepted() {
        let mut audience = Pairing::audience(String::new());
        assert_eq!(audience.receive(Some(HELLO), None, None), Asked::Nothing);
        assert_eq!(
            audience.receive(Some(GO), Some(""), Some(1.0)),
            Asked::Nothing
        );
    }
}
