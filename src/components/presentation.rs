//! Present mode: the deck planned in `slides`, one slide at a time, full window, driven by keys,
//! a clicker (Page Up / Page Down), swipes or the buttons in its bar.

use super::amount::{Place, amount};
use super::icon::{Glyph, glyph_icon};
use super::reference_list::reference_list;
use super::rich_text::{list, paragraph};
use super::stat_tile::{StatTile, category_class};
use crate::browser;
use crate::charts;
use crate::content::{Article, Static, template::fill};
use crate::figures::{self, Amount};
use crate::ids::{ChartIds, Scope};
use crate::route::{Mode, SlideRequest};
use crate::slides::keys::{Command, command, shortcuts};
use crate::slides::{Body, Item, Slide, deck};
use crate::theme::Theme;
use std::cell::Cell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub article: Static<Article>,
    /// The slide the URL asks for (`#/slide/4`); one that names no slide of the deck shows the first.
    pub slide: SlideRequest,
    pub theme: Theme,
    pub on_go: Callback<usize>,
    pub on_theme: Callback<Theme>,
    pub on_exit: Callback<()>,
}

/// Swipes shorter than this (CSS px) are taps.
const SWIPE: i32 = 50;

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let article = props.article.get();
    let slides = use_memo((), move |_| deck(article));
    let count = slides.len();
    let index = props.slide.index(count);
    let blank = use_state_eq(|| false);
    let deck_ref = use_node_ref();

    let run = {
        let (on_go, on_theme, on_exit, blank) = (
            props.on_go.clone(),
            props.on_theme.clone(),
            props.on_exit.clone(),
            blank.clone(),
        );
        let theme = props.theme;
        Callback::from(move |command: Command| {
            // The URL is the source of truth: a key pressed before this render has caught up
            // with the last hash change still moves on from the slide the URL names.
            let index = match Mode::from_hash(&browser::location_hash()) {
                Mode::Deck(request) => request.index(count),
                Mode::Page => index,
            };
            match command {
                Command::Next => on_go.emit((index + 1).min(count - 1)),
                Command::Previous => on_go.emit(index.saturating_sub(1)),
                Command::First => on_go.emit(0),
                Command::Last => on_go.emit(count - 1),
                Command::FullScreen => browser::toggle_fullscreen(),
                Command::Blank => blank.set(!*blank),
                Command::Theme => on_theme.emit(theme.next()),
                Command::Exit => on_exit.emit(()),
            }
        })
    };
    {
        let run = run.clone();
        use_effect_with((index, *blank, props.theme), move |_| {
            let listener = browser::on_key_down(move |event| {
                if let Some(command) = command(&event.key(), event.shift_key()) {
                    event.prevent_default();
                    run.emit(command);
                }
            });
            move || drop(listener)
        });
    }
    // Focus the deck on entry, so keys and screen readers start here.
    {
        let deck_ref = deck_ref.clone();
        use_effect_with((), move |_| {
            if let Some(deck) = deck_ref.cast::<web_sys::HtmlElement>() {
                let _ = deck.focus();
            }
        });
    }
    let swipe_start = use_mut_ref(|| Cell::new(None::<i32>));
    let onpointerdown = {
        let start = swipe_start.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                start.borrow().set(Some(e.client_x()));
            }
        })
    };
    let onpointerup = {
        let (start, run) = (swipe_start.clone(), run.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(x) = start.borrow().take() {
                let dx = e.client_x() - x;
                if dx.abs() >= SWIPE {
                    run.emit(if dx < 0 {
                        Command::Next
                    } else {
                        Command::Previous
                    });
                }
            }
        })
    };
    let button = |label: &'static str, glyph: Option<Glyph>, command: Command| {
        let keys = shortcuts(command);
        let run = run.clone();
        html! {
            <button type="button" class="deck__button" aria-keyshortcuts={keys}
                onclick={Callback::from(move |_: MouseEvent| run.emit(command))}>
                if let Some(glyph) = glyph { { glyph_icon(glyph, 20) } }
                { label }
            </button>
        }
    };
    let slide = &slides[index];
    let words = &article.labels.deck;
    let (number, count_text) = ((index + 1).to_string(), count.to_string());
    let slide_name = fill(
        &words.slide,
        &[
            ("number", &number),
            ("count", &count_text),
            ("title", slide.title),
        ],
    );
    html! {
        <main class={classes!("deck", blank.then_some("deck--blank"))} ref={deck_ref} tabindex="-1"
            aria-roledescription={words.deck_role.as_str()} aria-label={fill(&words.deck, &[("title", &article.title)])}
            {onpointerdown} {onpointerup}>
            <div class="deck__stage">
                <section class={classes!("slide", slide.size.class())} key={index} aria-roledescription={words.slide_role.as_str()}
                    aria-label={slide_name}>
                    { slide_view(article, slide, index) }
                </section>
            </div>
            <div class="deck__blank" aria-hidden="true"></div>
            <footer class="deck__bar">
                <progress class="deck__progress" max={count_text.clone()} value={number.clone()}
                    aria-label={words.progress.as_str()}></progress>
                <span class="deck__counter" aria-live="polite">{ format!("{number} / {count_text}") }</span>
                <nav class="deck__controls" aria-label={words.controls.as_str()}>
                    { button(&words.previous, None, Command::Previous) }
                    { button(&words.next, None, Command::Next) }
                    { button(props.theme.label(&article.labels.theme), Some(Glyph::ThemeProjector), Command::Theme) }
                    { button(&words.full_screen, None, Command::FullScreen) }
                    { button(&words.exit, None, Command::Exit) }
                </nav>
                <p class="deck__keys">{ words.keys.as_str() }</p>
            </footer>
        </main>
    }
}

fn slide_view(article: &'static Article, slide: &Slide<'static>, index: usize) -> Html {
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
                    { for article.key_figures.iter().filter_map(|id| article.figure(id)).map(|figure| html! { <StatTile {article} {figure} compact=true /> }) }
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
            let chart = charts::chart(labels, figure, &ChartIds::new(figure, Scope::Slide(index)));
            let source = figures::source_line(article, figure);
            // Its derived values are in the notes: the slide keeps what the room reads.
            html! {
                <div class={classes!("slide__inner", "slide--chart", category_class(figure.category))}>
                    { kicker }
                    <h1 class="slide__title">{ format!("{}{}", slide.title, figures::period_suffix(figure)) }</h1>
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
                { reference_list(article, Scope::Slide(index)) }
            </div>
        },
    }
}
