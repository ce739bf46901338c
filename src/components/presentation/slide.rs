//! One slide's markup: its name for screen readers, its section on the canvas, and its content
//! by kind of slide (title, key figures, text, chart, references).

use crate::charts;
use crate::components::amount::{Place, amount};
use crate::components::reference_list::reference_list;
use crate::components::rich_text::{list, paragraph};
use crate::components::stat_tile::{TileSource, category_class, stat_tile};
use crate::content::{Article, template::fill};
use crate::figures::{self, Amount};
use crate::ids::{ChartIds, Scope};
use crate::slides::{Body, Item, Slide};
use yew::prelude::*;

/// A slide's name for screen readers: "Slide 3 of 27: Overview".
pub(super) fn slide_name(article: &Article, slides: &[Slide], index: usize) -> String {
    fill(
        &article.labels.deck.slide,
        &[
            ("number", &(index + 1).to_string()),
            ("count", &slides.len().to_string()),
            ("title", slides[index].title),
        ],
    )
}

/// Slide `index` of the deck on its canvas, named for screen readers.
pub(super) fn slide_section(
    article: &'static Article,
    slides: &[Slide<'static>],
    index: usize,
) -> Html {
    slide_copy(article, slides, index, Scope::Slide(index))
}

/// Slide `index` on its canvas, its charts' ids in `scope`.
pub(super) fn slide_copy(
    article: &'static Article,
    slides: &[Slide<'static>],
    index: usize,
    scope: Scope,
) -> Html {
    let words = &article.labels.deck;
    let slide = &slides[index];
    html! {
        <section class={classes!("slide", slide.size.class())} key={index}
            aria-roledescription={words.slide_role.as_str()} aria-label={slide_name(article, slides, index)}>
            { slide_view(article, slide, scope) }
        </section>
    }
}

fn slide_view(article: &'static Article, slide: &Slide<'static>, scope: Scope) -> Html {
    // The section's name above the title, where the title does not already say it.
    let kicker = if slide.title == slide.section.title {
        Html::default()
    } else {
        html! { <p class="slide__kicker">{ slide.section.title.as_str() }</p> }
    };
    match &slide.body {
        Body::Title => html! {
            <div class="slide__inner slide--title">
                <h1 class="slide__title">{ slide.title }</h1>
                <p class="slide__lede">{ article.lede.as_str() }</p>
            </div>
        },
        Body::KeyFigures => html! {
            <div class="slide__inner slide--figures">
                <h1 class="slide__title">{ slide.title }</h1>
                <ul class="tiles">
                    { for article.key_figures.iter().filter_map(|id| article.figure(id)).map(|figure| stat_tile(article, figure, TileSource::References)) }
                </ul>
            </div>
        },
        Body::Text(items) => html! {
            <div class="slide__inner">
                { kicker }
                <h1 class="slide__title">{ slide.title }</h1>
                <div class="slide__body">
                    { for items.iter().map(|item| match item {
                        Item::Paragraph(piece) => paragraph(article, piece.text),
                        Item::List(entries) => list(article, entries.iter().map(|e| e.text)),
                    }) }
                </div>
            </div>
        },
        Body::Chart(figure) => {
            let labels = &article.labels;
            let chart = charts::chart(labels, figure, &ChartIds::new(figure, scope));
            let source = figures::source_line(article, figure);
            // Its derived values are in the notes: the slide keeps what the room reads.
            html! {
                <div class={classes!("slide__inner", "slide--chart", category_class(figure.category))}>
                    { kicker }
                    <h1 class="slide__title">{ figures::with_period(slide.title, labels, figure.latest()) }</h1>
                    <div class="slide__chart">
                        <div class="slide__plot">{ Html::from_html_unchecked(chart.svg.into()) }</div>
                        <div class="slide__facts">
                            { amount(&Amount::new(labels, figure, figure.latest(), true), Place::Slide) }
                            <p>{ chart.description.as_str() }</p>
                            <p>{ source }</p>
                        </div>
                    </div>
                </div>
            }
        }
        Body::References => html! {
            <div class="slide__inner">
                <h1 class="slide__title">{ slide.title }</h1>
                { reference_list(article, scope) }
            </div>
        },
    }
}
