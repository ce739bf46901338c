//! A section of the article as a card: its paragraphs, lists and charts, and its subsections as
//! cards inside it. Its props never change, so it renders once; its card re-renders on a toggle.

use super::card::Card;
use super::chart_figure::ChartFigure;
use super::icon::Glyph;
use super::rich_text::text_block;
use crate::content::{Article, Block, Section, Static};
use crate::ids::CardId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionCardProps {
    pub article: Static<Article>,
    pub section: Static<Section>,
    #[prop_or(2)]
    pub level: u8,
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
        <Card card={CardId::Section(&section.id)} title={section.title.as_str()}
            glyph={Glyph::Section(section.icon)} {level}>
            <div class="card__prose">{ for section.blocks.iter().map(block) }</div>
            if !section.subsections.is_empty() {
                <div class="card__children">
                    { for section.subsections.iter().map(|sub| html! {
                        <SectionCard {article} section={sub} level={level + 1} />
                    }) }
                </div>
            }
        </Card>
    }
}
