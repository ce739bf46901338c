//! A figure's value as markup, the same on a tile, a chart and a slide: its qualifier ("over"),
//! its number, and the scale and unit after it. The modifier class sets its size.

use crate::figures::Amount;
use yew::prelude::*;

/// Where a piece of shared markup is shown: it sets the modifier class (`amount--tile`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Tile,
    Chart,
    Slide,
    /// The speaker notes.
    Notes,
}

impl Place {
    /// The modifier class of `block` here: `amount--tile`, `derived--slide`.
    pub fn modifier(self, block: &str) -> String {
        let place = match self {
            Place::Tile => "tile",
            Place::Chart => "chart",
            Place::Slide => "slide",
            Place::Notes => "notes",
        };
        format!("{block}--{place}")
    }
}

pub fn amount(amount: &Amount, place: Place) -> Html {
    let after = amount.after_number();
    html! {
        <p class={classes!("amount", place.modifier("amount"))}>
            if let Some(word) = amount.before {
                <span class="amount__qualifier">{ word }</span>{ " " }
            }
            <strong class="amount__number">{ amount.number.as_str() }</strong>
            if !after.is_empty() {
                { " " }<span class="amount__unit">{ after }</span>
            }
        </p>
    }
}
