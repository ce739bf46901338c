//! A figure's derived values, each tagged as derived and shown with its formula: the same list
//! under a chart and on its slide.

use super::amount::Place;
use crate::content::Labels;
use crate::derived::Derived;
use yew::prelude::*;

/// The list, with a modifier class for where it stands (`derived--chart`, `derived--slide`);
/// nothing when there is nothing derived.
pub fn derived_list(labels: &'static Labels, items: &[Derived], place: Place) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <ul class={classes!("derived", place.modifier("derived"))}>
            { for items.iter().map(|d| html! {
                <li>
                    <span class="derived__tag">{ labels.figures.derived.as_str() }</span>
                    { format!(" {}: ", d.label) }<strong>{ d.text.as_str() }</strong>
                    <span class="derived__formula">{ format!(" ({})", d.formula) }</span>
                </li>
            }) }
        </ul>
    }
}
