//! The deck as it prints: the `PrintDeck` component.

use super::slide::{Canvas, slide_copy};
use crate::components::notes::speaker_notes;
use crate::content::{Article, Static};
use crate::ids::Scope;
use crate::slides::Slide;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct PrintDeckProps {
    pub(super) article: Static<Article>,
    pub(super) slides: std::rc::Rc<Vec<Slide<'static>>>,
}

/// The deck as it prints: every slide, one a page, its notes below (`styles/present.css` shows it
/// in print only). A component of its own, so moving between slides never re-renders it.
#[component]
pub(super) fn PrintDeck(props: &PrintDeckProps) -> Html {
    let article = props.article.get();
    let slides = &props.slides;
    html! {
        <div class="deck__print">
            { for (0..slides.len()).map(|index| html! {
                <article class="deck__page">
                    <div class="slide-frame">{ slide_copy(article, slides, index, Scope::Print(index), Canvas::Own) }</div>
                    { speaker_notes(article, slides, index) }
                </article>
            }) }
        </div>
    }
}
