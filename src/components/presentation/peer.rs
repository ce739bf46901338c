//! The pairing of a talk's two windows (the room's and the presenter console's): what one
//! tells the other, how it is sent, and the console window's name and shape.

use crate::browser;
use crate::slides::link::{self, Moves, Pairing, Room};
use crate::theme::Theme;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The console's window: its name (so a second S finds it) and its shape.
pub(super) const CONSOLE_WINDOW: &str = "hsi-console";
pub(super) const CONSOLE_FEATURES: &str = "popup,width=1280,height=800";

/// The other window of a talk, and this side's pairing with it.
pub(super) type Link = Option<(JsValue, Pairing)>;

/// What one window of a talk tells the other (`slides::link` reads it on the other side).
#[derive(Clone, Copy)]
pub(super) enum Tell {
    /// Show this slide (0-based): the sender's move, at its count (`link::Moves`).
    Go(usize, u64),
    /// Blank the room's screen, or bring it back.
    Blank,
    /// Wear this theme.
    Theme(Theme),
    /// The room sees this (the audience's window to the console).
    Room(Room),
}

/// The slides this window and the other have told each other: the last one either told (so a
/// slide the other window sent is not sent back), and this window's count of moves, which
/// orders them with the other window's (`link::Moves`).
#[derive(Debug, Default)]
pub(super) struct Told {
    slide: Option<usize>,
    moves: Moves,
}

impl Told {
    /// The message telling slide `index` as this window's next move.
    pub(super) fn go(&mut self, index: usize) -> Tell {
        self.slide = Some(index);
        Tell::Go(index, self.moves.own())
    }

    /// Whether slide `index` is not the last one either window told the other.
    pub(super) fn news(&self, index: usize) -> bool {
        self.slide != Some(index)
    }

    /// Whether to take slide `index` from the other window, sent at count `at` (from the room's
    /// window or not): not if it is a move this window has passed.
    pub(super) fn take(&mut self, index: usize, at: Option<f64>, from_room: bool) -> bool {
        let take = self.moves.take(at, from_room);
        if take {
            self.slide = Some(index);
        }
        take
    }

    /// A console starts counting afresh in a new session (`link::Moves::session`).
    pub(super) fn session(&mut self, token: Option<&str>) {
        self.moves.session(token);
    }
}

/// Sends `tell` to `peer`, with the session's token.
pub(super) fn send(peer: &JsValue, token: &str, tell: Tell) {
    let (kind, fields): (&str, Vec<(&str, JsValue)>) = match tell {
        Tell::Go(index, at) => (
            link::GO,
            vec![
                (link::SLIDE, (index as f64).into()),
                (link::MOVE, (at as f64).into()),
            ],
        ),
        Tell::Blank => (link::BLANK, vec![]),
        Tell::Theme(theme) => (link::THEMED, vec![(link::THEME, theme.as_str().into())]),
        Tell::Room(room) => (link::ROOM_STATE, vec![(link::ROOM, room.as_str().into())]),
    };
    let head = [(link::KIND, kind.into()), (link::TOKEN, token.into())];
    browser::post(peer, &[head.as_slice(), &fields].concat());
}

/// Sends `tell` to the paired window, once there is one and its token is known.
pub(super) fn tell_peer(link: &RefCell<Link>, tell: Tell) {
    if let Some((peer, pairing)) = link.borrow().as_ref()
        && let Some(token) = pairing.token()
    {
        send(peer, token, tell);
    }
}
