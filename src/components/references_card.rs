//! The article's numbered reference list, as the last card.

use super::card::Card;
use super::icon::Glyph;
use crate::content::Article;
use crate::state::REFERENCES_ID;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReferencesCardProps {
    pub article: &'static Article,
    pub open: bool,
    pub on_toggle: Callback<String>,
}

#[component]
pub fn ReferencesCard(props: &ReferencesCardProps) -> Html {
    let article = props.article;
    html! {
        <Card id={REFERENCES_ID} title={article.labels.references.as_str()} glyph={Glyph::References}
            level={2} open={props.open} on_toggle={props.on_toggle.clone()}>
            <ol class="references">
                { for article.references.iter().map(|r| html! {
                    <li id={format!("ref-{}", r.number)} value={r.number.to_string()}>
                        <span class="references__number">{ format!("[{}]", r.number) }</span>
                        { " " }{ r.title.as_str() }
                    </li>
                }) }
            </ol>
        </Card>
    }
}
