//! The overview: every slide as a thumbnail, to pick one from.

use super::slide::{Canvas, slide_name, slide_section};
use crate::browser;
use crate::content::Article;
use crate::ids;
use crate::slides::Slide;
use yew::prelude::*;

/// Gives thumbnail `index`'s button the focus (so a screen reader says which slide is chosen).
pub(super) fn focus_thumbnail(index: usize) {
    browser::focus(&ids::overview_item(index));
}

/// Every slide as a thumbnail, live (the same canvas, smaller), in a grid of `slides::keys::COLUMNS`:
/// each under a button named for its slide; the slide shown is the current one, and the chosen one,
/// which has the focus, is marked. `inert` while the room's screen is blank over it.
pub(super) fn overview_grid(
    article: &'static Article,
    slides: &[Slide<'static>],
    shown: usize,
    chosen: usize,
    go: &Callback<usize>,
    overview: &UseStateHandle<Option<usize>>,
    inert: bool,
) -> Html {
    html! {
        <nav class="overview" aria-label={article.labels.deck.overview.as_str()} {inert}>
            // Where a presenter looks for a slide: the overview's own keys, then the keys that
            // work on a slide (the bar shows icons).
            <div class="overview__keys">
                <p>{ article.labels.deck.overview_keys.as_str() }</p>
                <p>{ article.labels.deck.keys.as_str() }</p>
            </div>
            <ol class="overview__grid">
                { for (0..slides.len()).map(|index| {
                    let (go, close) = (go.clone(), overview.clone());
                    let onclick = Callback::from(move |_: MouseEvent| {
                        go.emit(index);
                        close.set(None);
                    });
                    // A thumbnail reached by Tab is the chosen one, so Enter opens what has focus.
                    let choose = overview.clone();
                    let onfocus = Callback::from(move |_: FocusEvent| choose.set(Some(index)));
                    // The thumbnail is for the eyes, under its button (a button holds phrasing
                    // content only, not a slide's headings and lists), which is named by its
                    // slide's name and takes the clicks made on it.
                    html! {
                        <li>
                            <div class="slide-frame" aria-hidden="true">{ slide_section(article, slides, index, Canvas::Inset) }</div>
                            <button type="button" id={ids::overview_item(index)}
                                class={classes!("overview__item", (index == chosen).then_some("overview__item--chosen"))}
                                aria-current={(index == shown).then_some("true")} {onclick} {onfocus}>
                                <span class="visually-hidden">{ slide_name(article, slides, index) }</span>
                                // The number a presenter types to choose it, seen (the name says it).
                                <span class="overview__number" aria-hidden="true">{ index + 1 }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
