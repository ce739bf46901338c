//! A collapsible card, following the WAI-ARIA disclosure pattern: a heading holding a button with
//! `aria-expanded` and `aria-controls`, and a panel that stays in the DOM when closed, hidden until
//! found: print and no-script style sheets can still show it, and find in page reaches it (the
//! early script then opens the card, and the cards around it, through their toggles). The open
//! state lives in the App's one set of open cards; a toggle changes it there and re-renders this
//! card alone (`hooks::use_card`).

use super::icon::{Glyph, glyph_icon};
use super::share::{Shared, share_button};
use crate::content::{Article, Static};
use crate::hooks::use_card;
use crate::ids::{self, CardId};
use crate::state::Cards;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub article: Static<Article>,
    pub card: CardId,
    pub title: AttrValue,
    pub glyph: Glyph,
    /// 2 for a section, 3 for a card inside a card.
    pub level: u8,
    pub cards: Cards,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let card = props.card;
    let (open, onclick) = use_card(card, props.cards.clone());
    let toggle = card.toggle();
    let button = html! {
        <button type="button" class={ids::CARD_TOGGLE_CLASS} id={toggle.clone()}
            aria-expanded={open.to_string()} aria-controls={card.panel()} {onclick}>
            { glyph_icon(props.glyph, 22) }
            <span class="card__title">{ props.title.clone() }</span>
            <span class="card__chevron">{ glyph_icon(Glyph::Toggle, 20) }</span>
        </button>
    };
    // Without script every card is open and stays so: the heading shows as text then, not as a
    // button that could be focused and pressed for nothing (base.css hides the one not wanted,
    // cards.css styles both alike).
    // Its title alone: the icon, drawn again, was 6 KB more of the page to parse on every visit.
    let heading = html! {
        <>
            { button }
            <span class="card__static"><span class="card__title">{ props.title.clone() }</span></span>
        </>
    };
    let heading = match props.level {
        2 => html! { <h2 class="card__heading">{ heading }</h2> },
        _ => html! { <h3 class="card__heading">{ heading }</h3> },
    };
    // A section's card is a region, named by its toggle; a card inside it is not (thirteen
    // nested regions made the landmark list as long as the contents), its heading is enough.
    let named = (props.level == 2).then_some(toggle);
    html! {
        <section id={card.dom_id()} class={classes!("card", format!("card--level{}", props.level), open.then_some(ids::CARD_OPEN_CLASS))}
            aria-labelledby={named}>
            <div class="card__head">
                { heading }
                { share_button(props.article.get(), Shared::Card(card)) }
            </div>
            // Spelt in capitals, since Yew's `hidden` takes a bool (plain `hidden`); HTML reads
            // attribute names without case.
            <div id={card.panel()} class="card__panel" HIDDEN={(!open).then_some(ids::CLOSED_PANEL_HIDDEN)}>
                { props.children.clone() }
            </div>
        </section>
    }
}
