//! Present mode: the deck planned in `slides`, one slide at a time, full window, driven by keys,
//! a clicker (Page Up / Page Down), swipes or the buttons in its bar.

use super::amount::{Place, amount};
use super::icon::{Glyph, glyph_icon};
use super::notes::speaker_notes;
use super::reference_list::reference_list;
use super::rich_text::{list, paragraph};
use super::stat_tile::{TileSource, category_class, stat_tile};
use super::theme_switch::glyph as theme_glyph;
use crate::browser;
use crate::charts;
use crate::content::{Article, Static, template::fill};
use crate::figures::{self, Amount};
use crate::ids::{self, ChartIds, Scope};
use crate::route::{Mode, SlideRequest, console_hash};
use crate::slides::keys::{
    Command, Pick, command, digit, moved, pick, pressed_on_control, shortcuts, typed_slide,
};
use crate::slides::link::{self, Asked, Pairing};
use crate::slides::pace::{MAX_MINUTES, Pace, pace, target_minutes};
use crate::slides::{Body, Item, Slide, deck};
use crate::theme::Theme;
use std::cell::Cell;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub article: Static<Article>,
    /// The slide the URL asks for (`#/slide/4`); one that names no slide of the deck shows the first.
    pub slide: SlideRequest,
    pub theme: Theme,
    /// This window is the presenter console, opened by the audience's window (`#/console/4`).
    #[prop_or(false)]
    pub console_window: bool,
    pub on_go: Callback<usize>,
    pub on_theme: Callback<Theme>,
    pub on_exit: Callback<()>,
}

/// Swipes shorter than this (CSS px) are taps.
const SWIPE: i32 = 50;

/// The console's window: its name (so a second S finds it) and its shape.
const CONSOLE_WINDOW: &str = "hsi-console";
const CONSOLE_FEATURES: &str = "popup,width=1280,height=800";

/// The other window of a talk, and this side's pairing with it.
type Link = Option<(JsValue, Pairing)>;

/// What one window of a talk tells the other (`slides::link` reads it on the other side).
#[derive(Clone, Copy)]
enum Tell {
    /// Show this slide (0-based).
    Go(usize),
    /// Blank the room's screen, or bring it back.
    Blank,
    /// Wear this theme.
    Theme(Theme),
}

/// Sends `tell` to `peer`, with the session's token.
fn send(peer: &JsValue, token: &str, tell: Tell) {
    let (kind, field) = match tell {
        Tell::Go(index) => (link::GO, Some((link::SLIDE, (index as f64).into()))),
        Tell::Blank => (link::BLANK, None),
        Tell::Theme(theme) => (link::THEMED, Some((link::THEME, theme.as_str().into()))),
    };
    let fields = [(link::KIND, kind.into()), (link::TOKEN, token.into())];
    browser::post(peer, &[fields.as_slice(), field.as_slice()].concat());
}

/// Sends `tell` to the paired window, once there is one and its token is known.
fn tell_peer(link: &RefCell<Link>, tell: Tell) {
    if let Some((peer, pairing)) = link.borrow().as_ref()
        && let Some(token) = pairing.token()
    {
        send(peer, token, tell);
    }
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let article = props.article.get();
    let slides = use_memo((), move |_| deck(article));
    let count = slides.len();
    let index = props.slide.index(count);
    let blank = use_state_eq(|| false);
    // The blank state as of this render, for the message listener, which outlives renders.
    let blank_now = use_mut_ref(|| false);
    *blank_now.borrow_mut() = *blank;
    // The theme as of this render, for the same listener: a console saying hello gets it.
    let theme_now = use_mut_ref(|| props.theme);
    *theme_now.borrow_mut() = props.theme;
    // The console shown in this window, where its own window could not open (a pop-up blocker,
    // one screen, a tablet): S switches between it and the slide.
    let inline_console = use_state_eq(|| false);
    let console_window = props.console_window;
    let showing_console = console_window || *inline_console;
    let link = use_mut_ref(|| None as Link);
    // The overview's chosen slide while it shows, and the slide number typed so far.
    let overview = use_state_eq(|| None::<usize>);
    let typed = use_state_eq(|| None::<String>);
    let deck_ref = use_node_ref();
    // The URL is the source of truth: a key pressed before this render has caught up with the
    // last hash change still moves on from the slide the URL names.
    let current = move || {
        Mode::from_hash(&browser::location_hash())
            .slide(count)
            .unwrap_or(index)
    };

    // Shows slide `i` here, and in the other window.
    let go = {
        let (on_go, link) = (props.on_go.clone(), link.clone());
        Callback::from(move |i: usize| {
            on_go.emit(i);
            tell_peer(&link, Tell::Go(i));
        })
    };
    let run = {
        let (go, on_theme, on_exit, blank, inline_console, link) = (
            go.clone(),
            props.on_theme.clone(),
            props.on_exit.clone(),
            blank.clone(),
            inline_console.clone(),
            link.clone(),
        );
        let (overview, typed) = (overview.clone(), typed.clone());
        let theme = props.theme;
        Callback::from(move |command: Command| {
            let index = current();
            match command {
                Command::Next => go.emit((index + 1).min(count - 1)),
                Command::Previous => go.emit(index.saturating_sub(1)),
                Command::First => go.emit(0),
                Command::Last => go.emit(count - 1),
                // Each window's own: a browser grants full screen only to a key or click in the
                // window itself, so F in the console fills the console's screen, and the
                // audience's window is put in full screen from there.
                Command::FullScreen => browser::toggle_fullscreen(),
                // The console's B blanks the room's screen, not the presenter's notes.
                Command::Blank if console_window => tell_peer(&link, Tell::Blank),
                Command::Blank => blank.set(!*blank),
                // Both windows wear one theme: this one, and the other by message.
                Command::Theme => {
                    on_theme.emit(theme.next());
                    tell_peer(&link, Tell::Theme(theme.next()));
                }
                Command::Console if console_window => {}
                Command::Console if *inline_console => inline_console.set(false),
                Command::Console => {
                    let open = link
                        .borrow()
                        .as_ref()
                        .is_some_and(|(peer, _)| !browser::is_closed(peer));
                    if open {
                        return;
                    }
                    let url = format!("{}{}", browser::page_address(), console_hash(index));
                    match browser::open_window(&url, CONSOLE_WINDOW, CONSOLE_FEATURES) {
                        Some(peer) => {
                            let token = browser::random_token();
                            // A console already open (this deck was left and presented again,
                            // or reloaded) keeps running: it learns the new token from this
                            // message. A new console is not listening yet and says hello.
                            send(&peer, &token, Tell::Go(index));
                            send(&peer, &token, Tell::Theme(theme));
                            *link.borrow_mut() = Some((peer, Pairing::audience(token)));
                        }
                        None => inline_console.set(true),
                    }
                }
                // In the window it is pressed in: on the room's screen, the audience sees every
                // slide; in the console, the presenter picks one unseen (as PowerPoint's and
                // Keynote's presenter views do), and the room follows when it opens.
                Command::Overview => overview.set(Some(index)),
                Command::Jump => typed.set(Some(String::new())),
                Command::Exit => on_exit.emit(()),
            }
        })
    };
    {
        let (run, go, overview, typed) = (run.clone(), go.clone(), overview.clone(), typed.clone());
        let state = (
            index,
            *blank,
            props.theme,
            *inline_console,
            *overview,
            (*typed).clone(),
        );
        use_effect_with(state, move |_| {
            let listener = browser::on_key_down(move |event| {
                let (key, shift) = (event.key(), event.shift_key());
                // A button, link or summary that has the focus (reached by Tab) is pressed by
                // Space and Enter, as everywhere: the browser presses it, and the deck does not
                // also move.
                if browser::on_control(event) && pressed_on_control(&key, typed.is_some()) {
                    return;
                }
                if on_key(&key, shift, count, &overview, &typed, &go, &run).is_some() {
                    event.prevent_default();
                }
            });
            move || drop(listener)
        });
    }
    // The printed deck's copy comes in the render after the first, once the keys are listened
    // to: a key pressed as the deck opens is never lost to a long first render.
    let print_copy = use_state_eq(|| false);
    {
        let print_copy = print_copy.clone();
        use_effect_with((), move |_| print_copy.set(true));
    }
    // The overview's chosen thumbnail has the focus, so a screen reader says which slide it is;
    // once the overview closes, the deck has it again (not the page's body).
    {
        let deck_ref = deck_ref.clone();
        use_effect_with(*overview, move |chosen| match chosen {
            Some(index) => browser::focus(&ids::overview_item(*index)),
            None => {
                if let Some(deck) = deck_ref.cast::<web_sys::HtmlElement>() {
                    let _ = deck.focus();
                }
            }
        });
    }
    // The two windows of a talk keep in step: the console says hello to the window that opened
    // it, and each follows the other's moves (`slides::link` says which messages count).
    {
        let (link, on_go, on_theme, blank, blank_now, theme_now) = (
            link.clone(),
            props.on_go.clone(),
            props.on_theme.clone(),
            blank.clone(),
            blank_now.clone(),
            theme_now.clone(),
        );
        use_effect_with((), move |_| {
            if console_window && let Some(opener) = browser::opener() {
                browser::post(&opener, &[(link::KIND, link::HELLO.into())]);
                *link.borrow_mut() = Some((opener, Pairing::console()));
            }
            let listener = browser::on_message(move |message| {
                let mut link = link.borrow_mut();
                let Some((peer, pairing)) = link.as_mut() else {
                    return;
                };
                if !message.is_from(peer) {
                    return;
                }
                let asked = pairing.receive(
                    message.text(link::KIND).as_deref(),
                    message.text(link::TOKEN).as_deref(),
                    message.number(link::SLIDE),
                    message.text(link::THEME).as_deref(),
                );
                match asked {
                    // The console starts on this window's slide, in this window's theme.
                    Asked::Hello => {
                        if let Some(token) = pairing.token() {
                            send(peer, token, Tell::Go(current()));
                            send(peer, token, Tell::Theme(*theme_now.borrow()));
                        }
                    }
                    Asked::Theme(theme) => on_theme.emit(theme),
                    Asked::Go(i) => on_go.emit(i.min(count - 1)),
                    Asked::ToggleBlank => blank.set(!*blank_now.borrow()),
                    Asked::Nothing => {}
                }
            });
            move || drop(listener)
        });
    }
    // Focus the deck on entry, so keys and screen readers start here.
    {
        let deck_ref = deck_ref.clone();
        use_effect_with(showing_console, move |_| {
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
    // A click with a pointer hands the focus back to the deck, so Space still moves the slides
    // after it; a button pressed from the keyboard (a click with no detail) keeps it, so Tab and
    // Space go on working the bar.
    let deck_again = deck_ref.clone();
    let press = |command: Command| {
        let (run, deck_ref) = (run.clone(), deck_again.clone());
        Callback::from(move |e: MouseEvent| {
            run.emit(command);
            if e.detail() > 0
                && let Some(deck) = deck_ref.cast::<web_sys::HtmlElement>()
            {
                let _ = deck.focus();
            }
        })
    };
    // The console's buttons, in words: the presenter's screen has room for them. Their tooltips
    // give their keys.
    let button = |label: &'static str, tip: &str, command: Command| {
        html! {
            <button type="button" class="deck__button" aria-keyshortcuts={shortcuts(command)}
                title={tip.to_owned()} onclick={press(command)}>
                { label }
            </button>
        }
    };
    // The deck's bar shows icons alone, each named by its label with its key (read aloud, and
    // shown on hover, and on keyboard focus from `data-tip`): its only text, the slide number,
    // can then be as large as the slides' body text (4 % of the window's height) and the bar
    // still keep to one row, leaving the slide its room.
    let icon_button = |label: &str, glyph: Glyph, command: Command| {
        html! {
            <button type="button" class="deck__button deck__button--icon" aria-keyshortcuts={shortcuts(command)}
                aria-label={label.to_owned()} title={label.to_owned()} data-tip={label.to_owned()}
                onclick={press(command)}>
                { glyph_icon(glyph, 20) }
            </button>
        }
    };
    let words = &article.labels.deck;
    let theme_name = fill(
        &words.bar_theme,
        &[("theme", props.theme.label(&article.labels.theme))],
    );
    let (number, count_text) = ((index + 1).to_string(), count.to_string());
    let counter = html! {
        <span class="deck__counter" aria-live="polite">{ format!("{number} / {count_text}") }</span>
    };
    let timer = use_timer(showing_console);
    let jump = typed.as_deref().map(|number| {
        html! { <p class="deck__jump" role="status">{ fill(&words.jump, &[("number", number)]) }</p> }
    });
    if showing_console {
        let controls = html! {
            <nav class="deck__controls" aria-label={words.controls.as_str()}>
                { button(&words.previous, &words.bar_previous, Command::Previous) }
                { button(&words.next, &words.bar_next, Command::Next) }
                if !console_window { { button(&words.audience, &words.audience, Command::Console) } }
                { button(&words.exit, &words.bar_exit, Command::Exit) }
            </nav>
        };
        let name = fill(&words.console_name, &[("title", &article.title)]);
        if let Some(chosen) = *overview {
            return html! {
                <main class="console console--overview" ref={deck_ref} tabindex="-1" aria-label={name}>
                    { overview_grid(article, &slides, chosen, &go, &overview) }
                </main>
            };
        }
        return html! {
            <main class="console" ref={deck_ref} tabindex="-1" aria-label={name}>
                <Console {article} {index} {count} {timer} {counter} {controls} slides={slides.clone()} />
                { jump.unwrap_or_default() }
            </main>
        };
    }
    html! {
        <main class={classes!("deck", blank.then_some("deck--blank"))} ref={deck_ref} tabindex="-1"
            aria-roledescription={words.deck_role.as_str()} aria-label={fill(&words.deck, &[("title", &article.title)])}
            {onpointerdown} {onpointerup}>
            if let Some(chosen) = *overview {
                { overview_grid(article, &slides, chosen, &go, &overview) }
            } else {
                <div class="deck__stage">
                    { slide_section(article, &slides, index) }
                </div>
            }
            <div class="deck__blank" aria-hidden="true"></div>
            <footer class="deck__bar">
                <progress class="deck__progress" max={count_text.clone()} value={number.clone()}
                    aria-label={words.progress.as_str()}></progress>
                { counter }
                <nav class="deck__controls" aria-label={words.controls.as_str()}>
                    { icon_button(&words.bar_previous, Glyph::Previous, Command::Previous) }
                    { icon_button(&words.bar_next, Glyph::Next, Command::Next) }
                    { icon_button(&words.bar_console, Glyph::Console, Command::Console) }
                    { icon_button(&words.bar_overview, Glyph::Overview, Command::Overview) }
                    { icon_button(&theme_name, theme_glyph(props.theme), Command::Theme) }
                    { icon_button(&words.bar_full_screen, Glyph::FullScreen, Command::FullScreen) }
                    { icon_button(&words.bar_exit, Glyph::Exit, Command::Exit) }
                </nav>
                { jump.unwrap_or_default() }
            </footer>
            if *print_copy { <PrintDeck {article} slides={slides.clone()} /> }
        </main>
    }
}

/// What a key does, in order: in the overview, its moves; while a slide number is being typed,
/// Enter, Escape and Backspace; a digit adds to the number; otherwise the deck's command.
/// `Some` when the key was used, so the browser's own action is cancelled.
fn on_key(
    key: &str,
    shift: bool,
    count: usize,
    overview: &UseStateHandle<Option<usize>>,
    typed: &UseStateHandle<Option<String>>,
    go: &Callback<usize>,
    run: &Callback<Command>,
) -> Option<()> {
    if let Some(chosen) = **overview {
        let pick = pick(key)?;
        match pick {
            Pick::Open => {
                go.emit(chosen);
                overview.set(None);
            }
            Pick::Close => overview.set(None),
            _ => overview.set(Some(moved(pick, chosen, count))),
        }
        return Some(());
    }
    if let Some(number) = typed.as_deref() {
        match key {
            "Enter" => {
                if let Some(index) = typed_slide(number, count) {
                    go.emit(index);
                }
                typed.set(None);
                return Some(());
            }
            "Escape" => {
                typed.set(None);
                return Some(());
            }
            "Backspace" => {
                typed.set(Some(number[..number.len().saturating_sub(1)].to_owned()));
                return Some(());
            }
            _ => {}
        }
    }
    if let Some(digit) = digit(key) {
        let mut number = typed.as_deref().unwrap_or_default().to_owned();
        // A slide number has a few digits: more are a slip of the finger.
        if number.len() < 4 {
            number.push(digit);
        }
        typed.set(Some(number));
        return Some(());
    }
    let command = command(key, shift)?;
    // Any other command ends a number being typed, so a later Enter cannot jump by surprise.
    typed.set(None);
    run.emit(command);
    Some(())
}

/// Time since the console first showed, in whole seconds, ticking while it shows.
#[hook]
fn use_timer(running: bool) -> u64 {
    let started = use_mut_ref(|| None::<f64>);
    let tick = use_force_update();
    {
        let started = started.clone();
        use_effect_with(running, move |running| {
            let interval = running.then(|| {
                started.borrow_mut().get_or_insert_with(browser::now);
                browser::every(1000, move || tick.force_update())
            });
            move || drop(interval)
        });
    }
    let started = *started.borrow();
    started.map_or(0, |t| ((browser::now() - t) / 1000.0).max(0.0) as u64)
}

#[derive(Properties, PartialEq)]
struct ConsoleProps {
    article: Static<Article>,
    slides: std::rc::Rc<Vec<Slide<'static>>>,
    index: usize,
    count: usize,
    /// Seconds since the console opened.
    timer: u64,
    counter: Html,
    controls: Html,
}

/// The presenter console: the slide and the next as the room sees them, the notes in large type,
/// the elapsed time, the clock, the slide number and the pace against a target duration.
#[component]
fn Console(props: &ConsoleProps) -> Html {
    let article = props.article.get();
    let words = &article.labels.deck;
    let (index, count, seconds) = (props.index, props.count, props.timer);
    let target = use_state_eq(|| None::<u32>);
    // The field's text as typed (Yew keeps the field to it), and the target read from it.
    let field = use_state_eq(String::new);
    // The saved target, once the console shows: a value it did not write (corrupt, or another
    // version's) is dropped.
    {
        let (target, field) = (target.clone(), field.clone());
        use_effect_with((), move |_| {
            let saved = browser::saved_target();
            let minutes = saved.as_deref().and_then(target_minutes);
            if saved.is_some() && minutes.is_none() {
                browser::save_target(None);
            }
            target.set(minutes);
            field.set(minutes.map(|m| m.to_string()).unwrap_or_default());
        });
    }
    let on_target = {
        let (target, field) = (target.clone(), field.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            let minutes = target_minutes(&text);
            browser::save_target(minutes.map(|m| m.to_string()).as_deref());
            target.set(minutes);
            field.set(text);
        })
    };
    let pace = target.map(|minutes| match pace(seconds, minutes, index, count) {
        Pace::Ahead => &words.pace_ahead,
        Pace::Behind => &words.pace_behind,
        Pace::On => &words.pace_on,
    });
    let next = index + 1;
    html! {
        <>
            <header class="console__status">
                { props.counter.clone() }
                <span class="console__time">{ words.elapsed.as_str() }{ " " }
                    <strong class="console__elapsed">{ format!("{}:{:02}", seconds / 60, seconds % 60) }</strong></span>
                <span class="console__time">{ words.clock.as_str() }{ " " }<strong>{ browser::clock() }</strong></span>
                <label class="console__target">{ words.target.as_str() }
                    <input type="number" min="1" max={MAX_MINUTES.to_string()} inputmode="numeric"
                        value={(*field).clone()} oninput={on_target} /></label>
                if let Some(pace) = pace { <span class="console__pace" aria-live="polite">{ pace.as_str() }</span> }
                { props.controls.clone() }
            </header>
            <section class="console__now" aria-label={words.now.as_str()}>
                <h2 class="console__heading">{ words.now.as_str() }</h2>
                <div class="slide-frame">{ slide_section(article, &props.slides, index) }</div>
            </section>
            <section class="console__next" aria-label={words.next_slide.as_str()}>
                <h2 class="console__heading">{ words.next_slide.as_str() }</h2>
                if next < count {
                    <div class="slide-frame" aria-hidden="true">{ slide_section(article, &props.slides, next) }</div>
                } else {
                    <p class="console__end">{ words.end.as_str() }</p>
                }
            </section>
            <section class="console__notes" aria-label={words.notes.as_str()}>
                <h2 class="console__heading">{ words.notes.as_str() }</h2>
                { speaker_notes(article, &props.slides, index) }
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PrintDeckProps {
    article: Static<Article>,
    slides: std::rc::Rc<Vec<Slide<'static>>>,
}

/// The deck as it prints: every slide, one a page, its notes below (`styles/present.css` shows it
/// in print only). A component of its own, so moving between slides never re-renders it.
#[component]
fn PrintDeck(props: &PrintDeckProps) -> Html {
    let article = props.article.get();
    let slides = &props.slides;
    html! {
        <div class="deck__print">
            { for (0..slides.len()).map(|index| html! {
                <article class="deck__page">
                    <div class="slide-frame">{ slide_copy(article, slides, index, Scope::Print(index)) }</div>
                    { speaker_notes(article, slides, index) }
                </article>
            }) }
        </div>
    }
}

/// A slide's name for screen readers: "Slide 3 of 27: Overview".
fn slide_name(article: &Article, slides: &[Slide], index: usize) -> String {
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
fn slide_section(article: &'static Article, slides: &[Slide<'static>], index: usize) -> Html {
    slide_copy(article, slides, index, Scope::Slide(index))
}

/// Slide `index` on its canvas, its charts' ids in `scope`.
fn slide_copy(
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

/// Every slide as a thumbnail, live (the same canvas, smaller), in a grid of `keys::COLUMNS`:
/// each a button named for its slide, the chosen one current.
fn overview_grid(
    article: &'static Article,
    slides: &[Slide<'static>],
    chosen: usize,
    go: &Callback<usize>,
    overview: &UseStateHandle<Option<usize>>,
) -> Html {
    html! {
        <nav class="overview" aria-label={article.labels.deck.overview.as_str()}>
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
                    html! {
                        <li>
                            <button type="button" class="overview__item" id={ids::overview_item(index)}
                                aria-current={(index == chosen).then_some("true")} {onclick} {onfocus}>
                                // Named by its slide's name; the thumbnail is for the eyes.
                                <span class="visually-hidden">{ slide_name(article, slides, index) }</span>
                                <span class="slide-frame" aria-hidden="true">{ slide_section(article, slides, index) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
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
                    <h1 class="slide__title">{ format!("{}{}", slide.title, figures::period_suffix(labels, figure)) }</h1>
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
