//! The table of contents: a link to every card, nested as the cards are.

use crate::content::{Article, Section};
use crate::ids::{self, CardId};
use yew::prelude::*;

fn entries(sections: &'static [Section]) -> Html {
    html! {
        <ol>
            { for sections.iter().map(|s| html! {
                <li>
                    <a href={CardId::Section(&s.id).href()}>{ s.title.as_str() }</a>
                    if !s.subsections.is_empty() { { entries(&s.subsections) } }
                </li>
            }) }
        </ol>
    }
}

/// The contents: a plain function, as it holds no state.
pub fn contents_nav(article: &'static Article) -> Html {
    html! {
        <nav class="contents" aria-labelledby={ids::CONTENTS_TITLE}>
            <h2 id={ids::CONTENTS_TITLE} class="contents__title">{ article.labels.contents.as_str() }</h2>
            { entries(&article.sections) }
            <ol class="contents__end">
                <li><a href={CardId::References.href()}>{ article.labels.references.as_str() }</a></li>
            </ol>
        </nav>
    }
}
