//! A figure's value as markup, the same on a tile, a chart and a slide: its qualifier ("over"),
//! its number, and the scale and unit after it. The modifier class sets its size.

use crate::figures::Amount;
use yew::prelude::*;

/// Where an amount is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Tile,
    Chart,
    Slide,
}

impl Place {
    fn class(self) -> &'static str {
        match self {
            Place::Tile => "amount--tile",
            Place::Chart => "amount--chart",
            Place::Slide => "amount--slide",
        }
    }
}

pub fn amount(amount: &Amount, place: Place) -> Html {
    let after = amount.after_number();
    html! {
        <p class={classes!("amount", place.class())}>
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
