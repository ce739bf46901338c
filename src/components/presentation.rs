//! Present mode: the deck planned in `slides`, one slide at a time, full window, driven by keys,
//! a clicker (Page Up / Page Down), swipes or the buttons in its bar.

use super::icon::{Glyph, glyph_icon};
use super::rich_text::rich_text;
use super::stat_tile::StatTile;
use crate::browser;
use crate::charts;
use crate::content::{Article, Block};
use crate::derived::derived;
use crate::figures::{self, Amount};
use crate::route;
use crate::slides::{Body, Item, Slide, deck};
use crate::theme::Theme;
use std::cell::Cell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub article: &'static Article,
    /// The URL hash that asked for present mode (`#/slide/4`); one that names no slide of the
    /// deck shows the first.
    pub hash: String,
    pub theme: Theme,
    pub on_go: Callback<usize>,
    pub on_theme: Callback<Theme>,
    pub on_exit: Callback<()>,
}

/// What a key does in present mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    FullScreen,
    Blank,
    Theme,
    Exit,
}

/// The command for a key, as `KeyboardEvent.key` names it. (Keys with Ctrl, Alt or Meta never
/// get here: `browser::on_key_down` leaves them to the browser.)
pub fn command(key: &str, shift: bool) -> Option<Command> {
    Some(match key {
        " " if shift => Command::Previous,
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "n" | "N" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "f" | "F" => Command::FullScreen,
        "b" | "B" | "." => Command::Blank,
        "t" | "T" => Command::Theme,
        "Escape" => Command::Exit,
        _ => return None,
    })
}

/// Swipes shorter than this (CSS px) are taps.
const SWIPE: i32 = 50;

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let article = props.article;
    let slides = use_memo((), move |_| deck(article));
    let count = slides.len();
    let index = route::slide_for_hash(&props.hash, count).unwrap_or(0);
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
            let index = route::slide_for_hash(&browser::location_hash(), count).unwrap_or(index);
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
    let button =
        |label: &'static str, keys: &'static str, glyph: Option<Glyph>, command: Command| {
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
    html! {
        <main class={classes!("deck", blank.then_some("deck--blank"))} ref={deck_ref} tabindex="-1"
            aria-roledescription="slide deck" aria-label={format!("Presentation: {}", article.title)}
            {onpointerdown} {onpointerup}>
            <section class="slide" key={index} aria-roledescription="slide"
                aria-label={format!("Slide {} of {count}: {}", index + 1, slide.title)}>
                { slide_view(article, slide) }
            </section>
            <div class="deck__blank" aria-hidden="true"></div>
            <footer class="deck__bar">
                <progress class="deck__progress" max={count.to_string()} value={(index + 1).to_string()}
                    aria-label="Progress through the slides"></progress>
                <span class="deck__counter" aria-live="polite">{ format!("{} / {count}", index + 1) }</span>
                <nav class="deck__controls" aria-label="Slides">
                    { button("Previous", "ArrowLeft PageUp P", None, Command::Previous) }
                    { button("Next", "ArrowRight PageDown N", None, Command::Next) }
                    { button(props.theme.label(), "T", Some(Glyph::ThemeProjector), Command::Theme) }
                    { button("Full screen", "F", None, Command::FullScreen) }
                    { button("Exit", "Escape", None, Command::Exit) }
                </nav>
                <p class="deck__keys">{ "Keys: → ← Page Up/Down · F full screen · B blank · T theme · Esc exit" }</p>
            </footer>
        </main>
    }
}

fn slide_view(article: &'static Article, slide: &Slide<'static>) -> Html {
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
                        Item::Heading(text) => html! { <h2 class="slide__subtitle">{ *text }</h2> },
                        Item::Block(Block::Paragraph(text)) => html! { <p>{ rich_text(article, text.as_str()) }</p> },
                        Item::Block(Block::List(entries)) => html! {
                            <ul>{ for entries.iter().map(|e| html! { <li>{ rich_text(article, e.as_str()) }</li> }) }</ul>
                        },
                        Item::Block(Block::Charts(_)) => html! {},
                    }) }
                </div>
            </div>
        },
        Body::Chart(figure) => {
            let chart = charts::chart(figure);
            let amount = Amount::new(figure, figure.latest(), true);
            html! {
                <div class={classes!("slide__inner", "slide--chart", super::stat_tile::category_class(figure.category))}>
                    { kicker }
                    <h1 class="slide__title">{ chart.title.as_str() }</h1>
                    <div class="slide__chart">
                        <div class="slide__plot">{ Html::from_html_unchecked(chart.svg.into()) }</div>
                        <div class="slide__facts">
                            <p class="slide__amount">
                                if let Some(word) = amount.before { <span class="slide__qualifier">{ word }</span> }
                                <strong>{ amount.number.as_str() }</strong>
                                { format!(" {}", amount.after_number()) }
                            </p>
                            <p>{ chart.description.as_str() }</p>
                            <p>{ format!("Source: {}", figures::source_text(article, figure)) }</p>
                            <ul class="slide__derived">
                                { for derived(figure).into_iter().map(|d| html! {
                                    <li><span class="derived-tag">{ "Derived" }</span>{ format!(" {}: {} ({})", d.label, d.text, d.formula) }</li>
                                }) }
                            </ul>
                        </div>
                    </div>
                </div>
            }
        }
        Body::References => html! {
            <div class="slide__inner">
                <h1 class="slide__title">{ slide.title }</h1>
                <ol class="slide__references">
                    { for article.references.iter().map(|r| html! {
                        <li value={r.number.to_string()}><strong>{ format!("[{}]", r.number) }</strong>{ format!(" {}", r.title) }</li>
                    }) }
                </ol>
            </div>
        },
    }
}
