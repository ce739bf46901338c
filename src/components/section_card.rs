//! A section of the article as a card: its paragraphs, lists and charts, and its subsections as
//! cards inside it. It re-renders only after a command to every card (Open all, Close all, a deep
//! link); a reader's toggle re-renders its card alone.

use super::card::Card;
use super::chart_figure::ChartFigure;
use super::icon::Glyph;
use super::rich_text::text_block;
use crate::content::{Article, Block, Section, Static};
use crate::ids::CardId;
use crate::state::Cards;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionCardProps {
    pub article: Static<Article>,
    pub section: Static<Section>,
    #[prop_or(2)]
    pub level: u8,
    pub cards: Cards,
}

#[component]
pub fn SectionCard(props: &SectionCardProps) -> Html {
    let (article, section, level) = (props.article.get(), props.section.get(), props.level);
    let block = |block: &'static Block| match block {
        Block::Charts(ids) => html! {
            <div class="charts">
                { for ids.iter().filter_map(|id| article.figure(id)).map(|figure| html! { <ChartFigure {article} {figure} /> }) }
            </div>
        },
        text => text_block(article, text),
    };
    html! {
        <Card {article} card={CardId::Section(&section.id)} title={section.title.as_str()}
            glyph={Glyph::Section(section.icon)} {level} cards={props.cards.clone()}>
            <div class="card__prose">{ for section.blocks.iter().map(block) }</div>
            if !section.subsections.is_empty() {
                <div class="card__children">
                    { for section.subsections.iter().map(|sub| html! {
                        <SectionCard {article} section={sub} level={level + 1} cards={props.cards.clone()} />
                    }) }
                </div>
            }
        </Card>
    }
}
