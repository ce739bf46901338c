//! The theme choice as a row of radio buttons: native keyboard behaviour, one tab stop.

use super::icon::{Glyph, glyph_icon};
use crate::content::{Article, Static};
use crate::theme::Theme;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    pub article: Static<Article>,
    pub theme: Theme,
    pub on_change: Callback<Theme>,
}

/// The theme's icon, here and on the deck's theme button.
pub fn glyph(theme: Theme) -> Glyph {
    match theme {
        Theme::Auto => Glyph::ThemeAuto,
        Theme::Light => Glyph::ThemeLight,
        Theme::Dark => Glyph::ThemeDark,
        Theme::Projector => Glyph::ThemeProjector,
    }
}

#[component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let labels = &props.article.get().labels;
    let option = |theme: Theme| {
        let onchange = props.on_change.reform(move |_: Event| theme);
        html! {
            <label class="segmented__option">
                <input type="radio" name="theme" value={theme.as_str()}
                    checked={props.theme == theme} {onchange} />
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
