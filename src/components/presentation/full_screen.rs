//! Full screen for present mode: F (or its button) enters and leaves it in the window it is
//! pressed in, the button shows whether the window is in it, and leaving present mode leaves it
//! too, however the deck is left (Esc, the Exit button, Back): the page is not left full screen.

use crate::browser;
use yew::prelude::*;

/// Whether this window is in full screen, kept as it changes; full screen is left when the
/// component that asks goes.
#[hook]
pub fn use_full_screen() -> bool {
    let on = use_state_eq(browser::is_fullscreen);
    {
        let on = on.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_fullscreen_change(move |now| on.set(now));
            move || {
                drop(listener);
                browser::leave_fullscreen();
            }
        });
    }
    *on
}
