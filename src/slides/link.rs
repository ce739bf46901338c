//! The presenter console's link with the audience window, as pure rules: which message to accept
//! and what it asks. The windows talk by `postMessage` (`browser::post`): under `file://` every
//! page's origin is `null`, so the origin proves nothing; a message counts only if it comes from
//! the paired window (checked by the caller) and carries this session's random token.
//!
//! The audience window makes the token and opens the console. The console, once running, says
//! hello to the window that opened it; the audience answers that window alone with the token and
//! its slide. From then on each window sends `{token, slide, move}` after each of its own moves
//! (`move` orders them: `Moves`), and `{token, theme}` after its own T, so both windows wear one
//! theme; the audience's window tells the console what the room sees (`{token, room}`). The
//! console follows a new token from its opener: a deck presented again, or reloaded, makes one.
//!
//! Full screen is not shared: a browser grants it only to a key or click in the window itself,
//! so F toggles the full screen of the window it is pressed in.

use crate::theme::Theme;

/// The fields of a message.
pub const KIND: &str = "kind";
pub const TOKEN: &str = "token";
pub const SLIDE: &str = "slide";
pub const THEME: &str = "theme";
/// With a slide: the sender's count of moves (`Moves`).
pub const MOVE: &str = "move";
/// The kinds of message.
pub const HELLO: &str = "hsi-deck-hello";
pub const GO: &str = "hsi-deck-slide";
/// From the console: blank the audience's screen, or bring it back (a clicker's B or `.`).
pub const BLANK: &str = "hsi-deck-blank";
/// From either window: wear this theme (the other window's T).
pub const THEMED: &str = "hsi-deck-theme";
/// From the audience: what the room sees now, in `ROOM` (`BLANK_ROOM`, `LEFT_ROOM`, or the slide).
pub const ROOM_STATE: &str = "hsi-deck-room";
pub const ROOM: &str = "room";
pub const SHOWING_ROOM: &str = "slide";
pub const BLANK_ROOM: &str = "blank";
pub const LEFT_ROOM: &str = "left";

/// No deck is longer than this: a larger slide number is not one of ours.
const MAX_SLIDES: f64 = 10_000.0;

/// The moves of a talk's two windows, in one order: each window counts up for each slide it
/// sends (its own moves, and its answer to a console's hello), takes the count of each slide it
/// takes (a Lamport clock), and sends its count with each slide. A slide from the other window
/// is taken if its count is ahead of this window's, or level with it and from the room's window
/// (two moves at once: the room's wins), so keys pressed at once in both windows leave both on
/// one slide, and a quick run of keys in one is taken in full by the other. Each session (token)
/// counts afresh.
#[derive(Debug, Default)]
pub struct Moves {
    count: u64,
    session: Option<String>,
}

impl Moves {
    /// Starts the count again if `token` is a new session's (the deck presented again, or
    /// reloaded, and paired with a console left open).
    pub fn session(&mut self, token: Option<&str>) {
        if self.session.as_deref() != token {
            *self = Moves {
                count: 0,
                session: token.map(str::to_owned),
            };
        }
    }

    /// A move of this window's own: the count to send with it.
    pub fn own(&mut self) -> u64 {
        self.count += 1;
        self.count
    }

    /// Whether to take a slide the other window sent at count `at`. A slide with no count (from
    /// a build before counts) is taken at its word; one with a count that is no whole number of
    /// moves is not taken.
    pub fn take(&mut self, at: Option<f64>, from_room: bool) -> bool {
        let Some(at) = at else { return true };
        if at.fract() != 0.0 || !(0.0..9.0e15).contains(&at) {
            return false;
        }
        let at = at as u64;
        let take = at > self.count || (at == self.count && from_room);
        if take {
            self.count = at;
        }
        take
    }
}

/// What a message from the paired window asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asked {
    /// The console has started: send it the token and the slide.
    Hello,
    /// Show this slide (0-based).
    Go(usize),
    /// Blank the screen, or bring it back: the audience's window alone obeys.
    ToggleBlank,
    /// Wear this theme.
    Theme(Theme),
    /// What the room sees now: the console alone heeds it.
    Room(Room),
    Nothing,
}

/// What the audience's window shows the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Room {
    #[default]
    Slide,
    /// Its screen is blanked (B).
    Blank,
    /// It has left present mode.
    Left,
}

impl Room {
    /// Its word in a message.
    pub fn as_str(self) -> &'static str {
        match self {
            Room::Slide => SHOWING_ROOM,
            Room::Blank => BLANK_ROOM,
            Room::Left => LEFT_ROOM,
        }
    }

    pub(crate) fn parse(word: &str) -> Option<Room> {
        [Room::Slide, Room::Blank, Room::Left]
            .into_iter()
            .find(|room| room.as_str() == word)
    }
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

    /// Whether `token` is this session's: a token is known, and the message carries it.
    fn knows(&self, token: Option<&str>) -> bool {
        token.is_some_and(|t| !t.is_empty() && self.token.as_deref() == Some(t))
    }

    /// The field that carries the word of a message of `kind`: the room's, or the theme's.
    pub fn word_field(kind: Option<&str>) -> &'static str {
        if kind == Some(ROOM_STATE) {
            ROOM
        } else {
            THEME
        }
    }

    /// What a message from the paired window asks, given its fields (`word` from `word_field`).
    pub fn receive(
        &mut self,
        kind: Option<&str>,
        token: Option<&str>,
        slide: Option<f64>,
        word: Option<&str>,
    ) -> Asked {
        match kind {
            Some(ROOM_STATE) if !self.audience && self.knows(token) => word
                .and_then(Room::parse)
                .map_or(Asked::Nothing, Asked::Room),
            // A theme this app does not have (forged, or from another version) is no theme.
            Some(THEMED) if self.knows(token) => word
                .and_then(Theme::parse_deck)
                .map_or(Asked::Nothing, Asked::Theme),
            Some(HELLO) if self.audience && self.token.is_some() => Asked::Hello,
            Some(BLANK) if self.audience && self.knows(token) => Asked::ToggleBlank,
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
        assert_eq!(
            audience.receive(Some(HELLO), None, None, None),
            Asked::Hello
        );
        assert_eq!(
            audience.receive(Some(GO), Some("abc"), Some(3.0), None),
            Asked::Go(3)
        );
        assert_eq!(
            audience.receive(Some(GO), Some("abd"), Some(3.0), None),
            Asked::Nothing
        );
        assert_eq!(
            audience.receive(Some(GO), None, Some(3.0), None),
            Asked::Nothing
        );
        for bad in [-1.0, 2.5, f64::NAN, f64::INFINITY, 1e9] {
            assert_eq!(
                audience.receive(Some(GO), Some("abc"), Some(bad), None),
                Asked::Nothing,
                "{bad}"
            );
        }
        assert_eq!(
            audience.receive(Some("other"), Some("abc"), Some(1.0), None),
            Asked::Nothing
        );
    }

    #[test]
    fn the_console_follows_its_openers_latest_token() {
        let mut console = Pairing::console();
        assert_eq!(
            console.receive(Some(HELLO), None, None, None),
            Asked::Nothing
        );
        assert_eq!(
            console.receive(Some(GO), Some("t1"), Some(0.0), None),
            Asked::Go(0)
        );
        assert_eq!(console.token(), Some("t1"));
        // The deck was presented again: a new token, from the same opener.
        assert_eq!(
            console.receive(Some(GO), Some("t2"), Some(1.0), None),
            Asked::Go(1)
        );
        assert_eq!(console.token(), Some("t2"));
        assert_eq!(
            console.receive(Some(GO), None, Some(2.0), None),
            Asked::Nothing
        );
    }

    #[test]
    fn moves_made_at_once_in_both_windows_end_on_one_slide() {
        let (mut room, mut console) = (Moves::default(), Moves::default());
        // A run of keys in the console: each is taken, in order.
        for _ in 0..3 {
            let at = console.own();
            assert!(room.take(Some(at as f64), false));
        }
        // A key in each window at once, at one count: the room's move stands in both.
        let (from_room, from_console) = (room.own(), console.own());
        assert_eq!(from_room, from_console);
        assert!(
            !room.take(Some(from_console as f64), false),
            "the room keeps its own"
        );
        assert!(
            console.take(Some(from_room as f64), true),
            "the console takes the room's"
        );
        // A move the room has already passed is old news; the next one is taken.
        assert!(!console.take(Some(2.0), true));
        assert!(console.take(Some(room.own() as f64), true));
        // No count: taken at its word, the count unchanged; a broken one: not taken.
        assert!(console.take(None, true));
        for broken in [f64::NAN, 1.5, -1.0, f64::INFINITY] {
            assert!(!console.take(Some(broken), true), "{broken}");
        }
        let now = room.own();
        assert!(
            console.take(Some(now as f64), true),
            "the count was unchanged"
        );
        assert!(!console.take(Some((now - 1) as f64), true));
        // A new session counts afresh: its first move is taken, though the count was high.
        console.session(Some("t1"));
        console.session(Some("t2"));
        assert!(console.take(Some(1.0), true));
        console.session(Some("t2"));
        assert!(
            !console.take(Some(1.0), false),
            "the same session keeps its count"
        );
    }

    /// Two windows making moves at random, their messages delivered in order but at random
    /// times: once every message is in, both show one slide, whatever the interleaving.
    #[test]
    fn every_interleaving_of_moves_ends_on_one_slide() {
        struct Window {
            slide: i64,
            moves: Moves,
            inbox: std::collections::VecDeque<(i64, u64)>,
            room: bool,
        }
        let mut seed: u64 = 20_261_129;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for _ in 0..2_000 {
            let mut w = [true, false].map(|room| Window {
                slide: 0,
                moves: Moves::default(),
                inbox: Default::default(),
                room,
            });
            for _ in 0..12 {
                let (me, other) = if next(2) == 0 { (0, 1) } else { (1, 0) };
                if next(2) == 0 {
                    // A move of its own, sent to the other window.
                    w[me].slide += if next(2) == 0 { 1 } else { -1 };
                    let at = w[me].moves.own();
                    let slide = w[me].slide;
                    w[other].inbox.push_back((slide, at));
                } else if let Some((slide, at)) = w[me].inbox.pop_front() {
                    let from_room = w[other].room;
                    if w[me].moves.take(Some(at as f64), from_room) {
                        w[me].slide = slide;
                    }
                }
            }
            for me in [0, 1, 0, 1] {
                while let Some((slide, at)) = w[me].inbox.pop_front() {
                    let from_room = w[1 - me].room;
                    if w[me].moves.take(Some(at as f64), from_room) {
                        w[me].slide = slide;
                    }
                }
            }
            assert_eq!(w[0].slide, w[1].slide);
        }
    }

    #[test]
    fn the_console_alone_hears_what_the_room_sees_for_its_token() {
        let mut console = Pairing::console();
        console.receive(Some(GO), Some("t1"), Some(0.0), None);
        let kind = Some(ROOM_STATE);
        assert_eq!(Pairing::word_field(kind), ROOM);
        assert_eq!(Pairing::word_field(Some(THEMED)), THEME);
        for room in [Room::Slide, Room::Blank, Room::Left] {
            assert_eq!(
                console.receive(kind, Some("t1"), None, Some(room.as_str())),
                Asked::Room(room)
            );
        }
        for (token, word) in [
            (Some("t0"), Some("blank")),
            (None, Some("blank")),
            (Some("t1"), Some("dark")),
            (Some("t1"), None),
        ] {
            assert_eq!(console.receive(kind, token, None, word), Asked::Nothing);
        }
        let mut audience = Pairing::audience("t1".into());
        assert_eq!(
            audience.receive(kind, Some("t1"), None, Some("blank")),
            Asked::Nothing
        );
    }

    #[test]
    fn the_audience_blanks_for_its_token_alone_and_the_console_never() {
        let mut audience = Pairing::audience("abc".into());
        assert_eq!(
            audience.receive(Some(BLANK), Some("abc"), None, None),
            Asked::ToggleBlank
        );
        for token in [None, Some(""), Some("abd")] {
            assert_eq!(
                audience.receive(Some(BLANK), token, None, None),
                Asked::Nothing
            );
        }
        let mut console = Pairing::console();
        console.receive(Some(GO), Some("abc"), Some(0.0), None);
        assert_eq!(
            console.receive(Some(BLANK), Some("abc"), None, None),
            Asked::Nothing
        );
    }

    #[test]
    fn without_a_token_nothing_is_accepted() {
        let mut audience = Pairing::audience(String::new());
        assert_eq!(
            audience.receive(Some(HELLO), None, None, None),
            Asked::Nothing
        );
        assert_eq!(
            audience.receive(Some(GO), Some(""), Some(1.0), None),
            Asked::Nothing
        );
    }

    #[test]
    fn a_theme_counts_from_the_paired_windows_token_alone_and_only_if_it_is_one() {
        let mut audience = Pairing::audience("abc".into());
        assert_eq!(
            audience.receive(Some(THEMED), Some("abc"), None, Some("dark")),
            Asked::Theme(Theme::Dark)
        );
        for (token, theme) in [
            (Some("abd"), Some("dark")),
            (None, Some("dark")),
            (Some(""), Some("light")),
            (Some("abc"), Some("DARK")),
            (Some("abc"), Some("")),
            (Some("abc"), None),
            (Some("abc"), Some("{\"theme\":\"dark\"}")),
            // The deck never wears Auto.
            (Some("abc"), Some("auto")),
        ] {
            assert_eq!(
                audience.receive(Some(THEMED), token, None, theme),
                Asked::Nothing,
                "{token:?} {theme:?}"
            );
        }
        // The console knows no token before its opener's first slide, then only that one.
        let mut console = Pairing::console();
        assert_eq!(
            console.receive(Some(THEMED), Some("abc"), None, Some("light")),
            Asked::Nothing
        );
        console.receive(Some(GO), Some("abc"), Some(0.0), None);
        assert_eq!(
            console.receive(Some(THEMED), Some("abc"), None, Some("light")),
            Asked::Theme(Theme::Light)
        );
        assert_eq!(
            console.receive(Some(THEMED), Some("xyz"), None, Some("light")),
            Asked::Nothing
        );
    }
}
