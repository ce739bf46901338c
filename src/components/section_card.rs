//! A section of the article as a card: its paragraphs and lists, and its subsections as cards inside it.

use super::card::Card;
use super::chart_figure::ChartFigure;
use super::icon::Glyph;
use super::rich_text::rich_text;
use crate::content::{Article, Block, Section};
use crate::state::OpenCards;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionCardProps {
    pub article: &'static Article,
    pub section: &'static Section,
    #[prop_or(2)]
    pub level: u8,
    pub cards: OpenCards,
    pub on_toggle: Callback<String>,
}

#[component]
pub fn SectionCard(props: &SectionCardProps) -> Html {
    let SectionCardProps {
        article,
        section,
        level,
        ..
    } = *props;
    let block = |block: &'static Block| match block {
        Block::Paragraph(text) => html! { <p>{ rich_text(article, text.as_str()) }</p> },
        Block::Charts(ids) => html! {
            <div class="charts">
                { for ids.iter().filter_map(|id| article.figure(id)).map(|figure| html! { <ChartFigure {article} {figure} /> }) }
            </div>
        },
        Block::List(items) => html! {
            <ul class="card__list">
                { for items.iter().map(|item| html! { <li>{ rich_text(article, item.as_str()) }</li> }) }
            </ul>
        },
    };
    let subsections = section.subsections.iter().map(|sub| {
        html! {
            <SectionCard {article} section={sub} level={level + 1}
                cards={props.cards.clone()} on_toggle={props.on_toggle.clone()} />
        }
    });
    html! {
        <Card id={section.id.as_str()} title={section.title.as_str()} glyph={Glyph::Section(section.icon)}
            {level} open={props.cards.is_open(&section.id)} on_toggle={props.on_toggle.clone()}>
            <div class="card__prose">{ for section.blocks.iter().map(block) }</div>
            if !section.subsections.is_empty() {
                <div class="card__children">{ for subsections }</div>
            }
        </Card>
    }
}
