//! The theme choice as a row of radio buttons: native keyboard behaviour, one tab stop.

use super::icon::{Glyph, glyph_icon};
use crate::content::Article;
use crate::theme::Theme;
use yew::prelude::*;

/// The theme's icon, here and on the deck's theme button.
pub fn glyph(theme: Theme) -> Glyph {
    match theme {
        Theme::Auto => Glyph::ThemeAuto,
        Theme::Light => Glyph::ThemeLight,
        Theme::Dark => Glyph::ThemeDark,
        Theme::Projector => Glyph::ThemeProjector,
    }
}

/// The switch, with `current` checked; `on_change` hears the reader's choice. A plain function,
/// as it holds no state.
pub fn theme_switch(
    article: &'static Article,
    current: Theme,
    on_change: &Callback<Theme>,
) -> Html {
    let labels = &article.labels;
    let option = |theme: Theme| {
        let onchange = on_change.reform(move |_: Event| theme);
        html! {
            <label class="segmented__option">
                <input type="radio" name="theme" value={theme.as_str()}
                    checked={current == theme} {onchange} />
                { glyph_icon(glyph(theme), 18) }
                <span>{ theme.label(&labels.theme) }</span>
            </label>
        }
    };
    // The options sit in a box of their own: a fieldset that is itself a flex box lays out its
    // legend differently in WebKit (above the options) than in Chromium and Firefox (beside them).
    html! {
        <fieldset class="segmented needs-js">
            <legend class="segmented__legend">{ labels.interface.theme.as_str() }</legend>
            <div class="segmented__options">{ for Theme::ALL.into_iter().map(option) }</div>
        </fieldset>
    }
}
