//! The deck's keyboard: what a key does, given the overview and the slide number being typed.

use super::overview::focus_thumbnail;
use crate::slides::keys::{Command, Pick, command, edit_typed, moved, pick, typed_slide};
use yew::prelude::*;

/// What a key does, in order: in the overview, its own keys; while a slide number is being typed,
/// Enter, Escape and Backspace; a digit adds to the number; otherwise the deck's command.
/// `Some` when the key was used, so the browser's own action is cancelled.
pub(super) fn on_key(
    key: &str,
    shift: bool,
    count: usize,
    overview: &UseStateHandle<Option<usize>>,
    typed: &UseStateHandle<Option<String>>,
    go: &Callback<usize>,
    run: &Callback<Command>,
) -> Option<()> {
    if overview.is_some() {
        return on_overview_key(key, shift, count, overview, typed, go, run);
    }
    if let Some(number) = typed.as_deref() {
        match key {
            "Enter" => {
                if let Some(index) = typed_slide(number, count) {
                    go.emit(index);
                }
                typed.set(None);
                return Some(());
            }
            "Escape" => {
                typed.set(None);
                return Some(());
            }
            _ => {}
        }
    }
    if let Some(number) = edit_typed(typed.as_deref(), key) {
        typed.set(Some(number));
        return Some(());
    }
    let command = command(key, shift)?;
    // Any other command ends a number being typed, so a later Enter cannot jump by surprise.
    typed.set(None);
    run.emit(command);
    Some(())
}

/// A key in the overview: arrows, Home and End choose a slide, and so does a slide's number as it
/// is typed (one that names none chooses nothing, and Enter then opens nothing); Enter opens the
/// chosen slide, Esc (or O) returns to the one shown before, or first drops a number being typed.
/// Blank, theme, full screen and the console act as on a slide: the overview is on the room's
/// screen too, and B must be able to hide it.
fn on_overview_key(
    key: &str,
    shift: bool,
    count: usize,
    overview: &UseStateHandle<Option<usize>>,
    typed: &UseStateHandle<Option<String>>,
    go: &Callback<usize>,
    run: &Callback<Command>,
) -> Option<()> {
    let chosen = (**overview)?;
    // The focus moves with the choice at once, not in the effect after the render: an Enter
    // pressed before that effect presses the thumbnail that has the focus.
    let choose = |index: usize| {
        overview.set(Some(index));
        focus_thumbnail(index);
    };
    let number = typed.as_deref();
    if let Some(number) = edit_typed(number, key) {
        if let Some(index) = typed_slide(&number, count) {
            choose(index);
        }
        typed.set(Some(number));
        return Some(());
    }
    match (key, number) {
        ("Escape", Some(_)) => {
            typed.set(None);
            return Some(());
        }
        ("Enter", Some(number)) if typed_slide(number, count).is_none() => {
            typed.set(None);
            return Some(());
        }
        _ => {}
    }
    if let Some(pick) = pick(key) {
        typed.set(None);
        match pick {
            Pick::Open => {
                go.emit(chosen);
                overview.set(None);
            }
            Pick::Close => overview.set(None),
            _ => choose(moved(pick, chosen, count)),
        }
        return Some(());
    }
    match command(key, shift)? {
        Command::Jump => typed.set(Some(String::new())),
        other @ (Command::Blank | Command::Theme | Command::FullScreen | Command::Console) => {
            typed.set(None);
            run.emit(other);
        }
        _ => return None,
    }
    Some(())
}
