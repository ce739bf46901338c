//! The deck's keyboard: what a key does, given the overview and the slide number being typed.

use super::overview::focus_thumbnail;
use crate::slides::keys::{Command, Pick, command, digit, moved, pick, typed_slide};
use yew::prelude::*;

/// What a key does, in order: in the overview, its moves; while a slide number is being typed,
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
    if let Some(chosen) = **overview {
        let pick = pick(key)?;
        match pick {
            Pick::Open => {
                go.emit(chosen);
                overview.set(None);
            }
            Pick::Close => overview.set(None),
            // The focus moves with the choice at once, not in the effect after the render: an
            // Enter pressed before that effect presses the thumbnail that has the focus.
            _ => {
                let chosen = moved(pick, chosen, count);
                overview.set(Some(chosen));
                focus_thumbnail(chosen);
            }
        }
        return Some(());
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
            "Backspace" => {
                typed.set(Some(number[..number.len().saturating_sub(1)].to_owned()));
                return Some(());
            }
            _ => {}
        }
    }
    if let Some(digit) = digit(key) {
        let mut number = typed.as_deref().unwrap_or_default().to_owned();
        // A slide number has a few digits: more are a slip of the finger (the prompt says when
        // the number names no slide).
        if number.len() < 4 {
            number.push(digit);
        }
        typed.set(Some(number));
        return Some(());
    }
    let command = command(key, shift)?;
    // Any other command ends a number being typed, so a later Enter cannot jump by surprise.
    typed.set(None);
    run.emit(command);
    Some(())
}
