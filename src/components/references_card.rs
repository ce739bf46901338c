//! The article's numbered reference list, as the last card.

use super::card::Card;
use super::icon::Glyph;
use super::reference_list::reference_list;
use crate::content::Article;
use crate::ids::{CardId, Scope};
use crate::state::Cards;
use yew::prelude::*;

/// The references card: a plain function around its `Card`, which holds the open state.
pub fn references_card(article: &'static Article, cards: Cards) -> Html {
    html! {
        <Card {article} card={CardId::References} title={article.labels.references.as_str()}
            glyph={Glyph::References} level={2} {cards}>
            { reference_list(article, Scope::Page) }
        </Card>
    }
}
