//! The article's numbered reference list, as the last card.

use super::card::Card;
use super::icon::Glyph;
use super::reference_list::reference_list;
use crate::content::{Article, Static};
use crate::ids::{CardId, Scope};
use crate::state::Cards;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReferencesCardProps {
    pub article: Static<Article>,
    pub cards: Cards,
}

#[component]
pub fn ReferencesCard(props: &ReferencesCardProps) -> Html {
    let article = props.article.get();
    html! {
        <Card {article} card={CardId::References} title={article.labels.references.as_str()}
            glyph={Glyph::References} level={2} cards={props.cards.clone()}>
            { reference_list(article, Scope::Page) }
        </Card>
    }
}
