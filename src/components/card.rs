//! A collapsible card, following the WAI-ARIA disclosure pattern: a heading holding a button with
//! `aria-expanded` and `aria-controls`, and a panel that stays in the DOM when closed (`hidden`),
//! so print and no-script style sheets can still show it.

use super::icon::{Glyph, glyph_icon};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The card's id: the element id, the deep link (`#id`) and the key in the open set.
    pub id: AttrValue,
    pub title: AttrValue,
    pub glyph: Glyph,
    /// 2 for a section, 3 for a card inside a card.
    pub level: u8,
    pub open: bool,
    pub on_toggle: Callback<String>,
    #[prop_or_default]
    pub children: Html,
}

/// Element ids derived from a card id, shared by the card and whatever moves focus to it.
pub fn toggle_id(card_id: &str) -> String {
    format!("{card_id}-toggle")
}

pub fn panel_id(card_id: &str) -> String {
    format!("{card_id}-panel")
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let onclick = {
        let (id, on_toggle) = (props.id.to_string(), props.on_toggle.clone());
        Callback::from(move |_: MouseEvent| on_toggle.emit(id.clone()))
    };
    let toggle = toggle_id(&props.id);
    let panel = panel_id(&props.id);
    let button = html! {
        <button type="button" class="card__toggle" id={toggle.clone()}
            aria-expanded={props.open.to_string()} aria-controls={panel.clone()} {onclick}>
            { glyph_icon(props.glyph, 22) }
            <span class="card__title">{ props.title.clone() }</span>
            <span class="card__chevron">{ glyph_icon(Glyph::Toggle, 20) }</span>
        </button>
    };
    let heading = match props.level {
        2 => html! { <h2 class="card__heading">{ button }</h2> },
        _ => html! { <h3 class="card__heading">{ button }</h3> },
    };
    html! {
        <section id={props.id.clone()} class={classes!("card", format!("card--level{}", props.level), props.open.then_some("card--open"))}
            aria-labelledby={toggle.clone()}>
            { heading }
            <div id={panel} class="card__panel" hidden={!props.open}>
                { props.children.clone() }
            </div>
        </section>
    }
}
