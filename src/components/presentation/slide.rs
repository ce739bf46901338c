//! One slide's markup: its name for screen readers, the slide on its canvas (a named section on
//! its own, a plain part inset in another view), and its content by kind of slide (title, key
//! figures, text, chart, references).

use crate::charts;
use crate::components::amount::{Place, amount};
use crate::components::reference_list::reference_list;
use crate::components::rich_text::{list, paragraph};
use crate::components::stat_tile::{TileSource, category_class, stat_tile};
use crate::content::{Article, template::fill};
use crate::figures::{self, Amount};
use crate::ids::{ChartIds, Scope};
use crate::slides::{self, Body, Item, Slide};
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

/// Where a slide is drawn, which decides what it is to a screen reader.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Canvas {
    /// On its own (the deck's stage, a printed page): a section named for its slide ("Slide 3
    /// of 27: Overview"), its title the view's `h1`.
    Own,
    /// Inside a view with headings of its own (the console's Now and Next, under its `h1` and
    /// their `h2`; the overview's thumbnails): a plain part, its title an `h3`.
    Inset,
}

/// Slide `index` of the deck on its canvas.
pub(super) fn slide_section(
    article: &'static Article,
    slides: &[Slide<'static>],
    index: usize,
    canvas: Canvas,
) -> Html {
    slide_copy(article, slides, index, Scope::Slide(index), canvas)
}

/// Slide `index` on its canvas, its charts' ids in `scope`.
pub(super) fn slide_copy(
    article: &'static Article,
    slides: &[Slide<'static>],
    index: usize,
    scope: Scope,
    canvas: Canvas,
) -> Html {
    let words = &article.labels.deck;
    let slide = &slides[index];
    let class = classes!("slide", slide.size.class());
    let view = slide_view(article, slide, scope, canvas);
    match canvas {
        Canvas::Own => html! {
            <section {class} key={index}
                aria-roledescription={words.slide_role.as_str()} aria-label={slide_name(article, slides, index)}>
                { view }
            </section>
        },
        Canvas::Inset => html! { <div {class} key={index}>{ view }</div> },
    }
}

fn slide_view(
    article: &'static Article,
    slide: &Slide<'static>,
    scope: Scope,
    canvas: Canvas,
) -> Html {
    let heading = match canvas {
        Canvas::Own => "h1",
        Canvas::Inset => "h3",
    };
    let title = |text: &str| html! { <@{heading} class="slide__title">{ text }</@> };
    // The section's name above the title, where the title does not already say it.
    let kicker = if slide.title == slide.section.title {
        Html::default()
    } else {
        html! { <p class="slide__kicker">{ slide.section.title.as_str() }</p> }
    };
    match &slide.body {
        Body::Title => html! {
            <div class="slide__inner slide--title">
                { title(slide.title) }
                <p class="slide__lede">{ article.lede.as_str() }</p>
            </div>
        },
        Body::KeyFigures(figures) => {
            // The headline figures share their source in the article: it is written once, whole,
            // beside the title. Were some to have sources of their own, the one most share would
            // be written there "unless noted", and those tiles would carry theirs.
            let sources: Vec<String> = figures
                .iter()
                .map(|figure| figures::source_text(article, figure))
                .collect();
            let main = figures::main_source(&sources);
            let words = &article.labels.figures;
            let head = main.map(|(source, every)| {
                let line = if every {
                    &words.source
                } else {
                    &words.source_unless_noted
                };
                fill(line, &[("source", source)])
            });
            let on_tile = |source: &String| match main {
                Some((main, _)) if main == source => TileSource::Shared,
                _ => TileSource::Unlinked,
            };
            html! {
                <div class="slide__inner slide--figures">
                    <div class="slide__head">
                        { title(slide.title) }
                        if let Some(source) = head {
                            <p class="slide__source">{ source }</p>
                        }
                    </div>
                    <ul class="tiles">
                        { for figures.iter().zip(&sources).map(|(figure, source)| stat_tile(article, figure, on_tile(source))) }
                    </ul>
                </div>
            }
        }
        Body::Text(items) => html! {
            <div class="slide__inner">
                { kicker }
                { title(slide.title) }
                <div class="slide__body">
                    { for items.iter().map(|item| match item {
                        Item::Paragraph(piece) => paragraph(article, piece.text),
                        Item::List(entries) => list(article, entries.iter().map(|e| e.text)),
                    }) }
                </div>
                // The source of the figures the text states, as a chart slide gives its figure's.
                if let Some(source) = slide.from.and_then(|from| slides::text_source(article, from, items)) {
                    <p class="slide__cite">{ source }</p>
                }
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
                    { title(&figures::with_period(slide.title, labels, figure.latest())) }
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
                { title(slide.title) }
                { reference_list(article, scope) }
            </div>
        },
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::slides::deck;
    use scraper::{Html as Page, Selector};

    /// The article with a fifth headline figure, first, whose source differs from the four's.
    fn with_offices() -> &'static Article {
        static ARTICLE: std::sync::OnceLock<&'static Article> = std::sync::OnceLock::new();
        ARTICLE.get_or_init(|| {
            let mut article = crate::content::article().clone();
            article.key_figures.insert(0, "offices".to_owned());
            article.validate().expect("a valid article");
            Box::leak(Box::new(article))
        })
    }

    #[derive(Properties, PartialEq)]
    struct SlideProps {
        index: usize,
    }

    /// The deck's `index`-th key figures slide, of the article with a fifth headline figure.
    #[component]
    fn KeyFiguresSlide(props: &SlideProps) -> Html {
        let article = with_offices();
        let slides = deck(article);
        let index = (0..slides.len())
            .filter(|&i| matches!(slides[i].body, Body::KeyFigures(_)))
            .nth(props.index)
            .expect("a key figures slide");
        slide_copy(article, &slides, index, Scope::Slide(index), Canvas::Own)
    }

    /// The article's own deck's `index`-th slide.
    #[component]
    fn ArticleSlide(props: &SlideProps) -> Html {
        let article = crate::content::article();
        slide_copy(
            article,
            &deck(article),
            props.index,
            Scope::Slide(props.index),
            Canvas::Own,
        )
    }

    /// Every text slide that states a figure cites its source under its text; the others cite
    /// none.
    #[test]
    fn text_slides_cite_the_source_of_the_figures_they_state() {
        let article = crate::content::article();
        let slides = deck(article);
        let mut cited = Vec::new();
        for (index, slide) in slides.iter().enumerate() {
            let Body::Text(items) = &slide.body else {
                continue;
            };
            let page = Page::parse_fragment(&futures::executor::block_on(
                yew::LocalServerRenderer::<ArticleSlide>::with_props(SlideProps { index })
                    .hydratable(false)
                    .render(),
            ));
            let states = !slides::figures_in(article, items).is_empty();
            let cite = texts(&page, ".slide__cite");
            assert_eq!(
                cite.len(),
                usize::from(states),
                "slide {}: {cite:?}",
                index + 1
            );
            cited.extend(cite);
        }
        assert_eq!(cited, ["Source: this section, refs [1]–[4]"; 2]);
    }

    fn render(index: usize) -> Page {
        Page::parse_fragment(&futures::executor::block_on(
            yew::LocalServerRenderer::<KeyFiguresSlide>::with_props(SlideProps { index })
                .hydratable(false)
                .render(),
        ))
    }

    fn texts(page: &Page, css: &str) -> Vec<String> {
        page.select(&Selector::parse(css).expect("a selector"))
            .map(|e| e.text().collect::<String>())
            .collect()
    }

    /// Five headline figures take two slides, three and two. Where a slide's figures share a
    /// source, it is written once beside the title; where most do, it is written "unless noted",
    /// and a figure with a source of its own carries it on its tile.
    #[test]
    fn five_figures_take_two_slides_and_each_figure_keeps_its_source() {
        let slides = deck(with_offices());
        let counts: Vec<usize> = slides
            .iter()
            .filter_map(|s| match &s.body {
                Body::KeyFigures(figures) => Some(figures.len()),
                _ => None,
            })
            .collect();
        assert_eq!(counts, [3, 2]);
        // Offices, narcotics and arrests: the source two share is written once, "unless
        // noted", and the offices tile carries its own.
        let first = render(0);
        assert_eq!(
            texts(&first, ".slide__source"),
            ["Source, unless noted: Impact on Drug Trafficking Landscape, refs [1]–[4]"]
        );
        assert_eq!(
            texts(&first, ".tile[data-figure=offices] .tile__source"),
            ["Source: Collaboration with Law Enforcement Partners, refs [1]–[4]"]
        );
        assert_eq!(texts(&first, ".tile .tile__source").len(), 1);
        // Currency and firearms share theirs: written once, whole, and on no tile.
        let second = render(1);
        assert_eq!(
            texts(&second, ".slide__source"),
            ["Source: Impact on Drug Trafficking Landscape, refs [1]–[4]"]
        );
        assert!(texts(&second, ".tile .tile__source").is_empty());
    }
}
