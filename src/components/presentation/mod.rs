//! Present mode: the deck planned in `slides`, one slide at a time, full window, driven by keys,
//! a clicker (Page Up / Page Down), swipes or the buttons in its bar.
//!
//! Here, the `Presentation` component: the deck and its bar, or the presenter console in its
//! place. Beside it: `keyboard` (what a key does), `peer` (what the talk's two windows tell each
//! other), `console` (the presenter console), `overview` (every slide as a thumbnail), `print`
//! (the deck as it prints), `slide` (one slide's markup) and `full_screen`.

mod console;
mod full_screen;
mod keyboard;
mod overview;
mod peer;
mod print;
mod slide;

use super::icon::{Glyph, glyph_icon};
use super::theme_switch::glyph as theme_glyph;
use crate::browser;
use crate::content::{Article, Static, template::fill};
use crate::hooks::use_changes;
use crate::route::{Mode, SlideRequest, console_hash, slide_hash};
use crate::slides::keys::{
    Command, command, digit, keeps_blank, pressed_on_control, shortcuts, typed_slide,
};
use crate::slides::link::{self, Asked, Pairing, Room};
use crate::slides::planned;
use crate::theme::Theme;
use console::{Console, NOTES_CLASS, use_timer};
use full_screen::use_full_screen;
use keyboard::on_key;
use overview::{focus_thumbnail, overview_grid};
use peer::{CONSOLE_FEATURES, CONSOLE_WINDOW, Link, Tell, Told, send, tell_peer};
use print::PrintDeck;
use slide::{Canvas, slide_name, slide_section};
use std::cell::Cell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub article: Static<Article>,
    /// The slide the URL asks for (`#/slide/4`); one that names no slide of the deck shows the first.
    pub slide: SlideRequest,
    /// Which link to it the reader followed (`hooks::Location::visit`): a second bad address
    /// that asks for the same slide as the last (`#/slide/-1`, then `#/slide/1.5`) is written as
    /// the slide shown too.
    pub visit: u32,
    pub theme: Theme,
    /// This window is the presenter console, opened by the audience's window (`#/console/4`).
    #[prop_or(false)]
    pub console_window: bool,
    pub on_go: Callback<usize>,
    /// A theme chosen here (T, or the bar's button): shown and saved.
    pub on_theme: Callback<Theme>,
    /// A theme the other window of the talk chose, and saved: shown here.
    pub on_told_theme: Callback<Theme>,
    pub on_exit: Callback<()>,
}

/// Swipes shorter than this (CSS px) are taps.
const SWIPE: i32 = 50;

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let article = props.article.get();
    let slides = planned(article);
    let count = slides.len();
    let index = props.slide.index(count);
    let blank = use_state_eq(|| false);
    // What the room sees, as the audience's window last told this console.
    let room = use_state_eq(Room::default);
    // The theme as of the last render, for the listeners, which outlive renders and may be made
    // anew only a task later (Yew postpones a long render's effects): a console saying hello
    // gets it, and a second T pressed before then goes on from it. (State handles read the
    // state as it is now: only a prop needs this.)
    let theme_now = use_mut_ref(|| props.theme);
    *theme_now.borrow_mut() = props.theme;
    // The console shown in this window, where its own window could not open (a pop-up blocker,
    // one screen, a tablet): S switches between it and the slide.
    let inline_console = use_state_eq(|| false);
    let console_window = props.console_window;
    let showing_console = console_window || *inline_console;
    let link = use_mut_ref(|| None as Link);
    // Whether a room's window opened this console's window (not its address typed, bookmarked or
    // restored) and is still open, as it opened: a closed opener is not one later.
    let opened = *use_state(|| room_window().is_some());
    // The slides the two windows of a talk have told each other.
    let told = use_mut_ref(Told::default);
    // The overview's chosen slide while it shows, and the slide number typed so far.
    let overview = use_state_eq(|| None::<usize>);
    let typed = use_state_eq(|| None::<String>);
    // T was this window's last word: the status says the theme it chose, until the slide moves or
    // the screen is blanked (a theme switched by the other window is that window's to say).
    let theme_said = use_state_eq(|| false);
    let deck_ref = use_node_ref();
    // The stage, whose slide scrolls when a reader's own text spacing makes it taller than its
    // canvas (present.css).
    let stage_ref = use_node_ref();
    // The URL is the source of truth: a key pressed before this render has caught up with the
    // last hash change still moves on from the slide the URL names.
    let current = move || {
        Mode::from_hash(&browser::location_hash())
            .slide(count)
            .unwrap_or(index)
    };

    // Shows slide `i` here, and in the other window if it is a move: a key that goes nowhere (Next
    // on the last slide) is not one, and would otherwise win a tie against a real move there.
    let go = {
        let (on_go, link, told) = (props.on_go.clone(), link.clone(), told.clone());
        Callback::from(move |i: usize| {
            let moved = i != current();
            on_go.emit(i);
            if moved {
                tell_peer(&link, told.borrow_mut().go(i));
            }
        })
    };
    // A slide shown by other means (Back, Forward, an edited address), once it is the one the URL
    // names (not one a later key has moved on from): a hash that names no slide (`#/slide/999`)
    // is written as the slide shown, in place, and the other window is told the slide, unless it
    // is the one that window told this one, or was told. The status line names the slide again.
    {
        let (link, told, theme_said) = (link.clone(), told.clone(), theme_said.clone());
        use_effect_with((index, props.slide, props.visit), move |&(index, _, _)| {
            theme_said.set(false);
            let hash = browser::location_hash();
            if Mode::from_hash(&hash).slide(count) != Some(index) {
                return;
            }
            let named = if console_window {
                console_hash(index)
            } else {
                slide_hash(index)
            };
            if hash != named {
                browser::write_hash(&named, browser::Entry::Same);
            }
            let news = told.borrow().news(index);
            if news {
                tell_peer(&link, told.borrow_mut().go(index));
            }
        });
    }
    let run = {
        let (go, on_theme, on_exit, blank, inline_console, link, told) = (
            go.clone(),
            props.on_theme.clone(),
            props.on_exit.clone(),
            blank.clone(),
            inline_console.clone(),
            link.clone(),
            told.clone(),
        );
        let (overview, typed, theme_now, theme_said) = (
            overview.clone(),
            typed.clone(),
            theme_now.clone(),
            theme_said.clone(),
        );
        Callback::from(move |command: Command| {
            let index = current();
            let theme = *theme_now.borrow();
            // While this window's screen is blank, any other command only brings the slide back
            // (as a presentation program's "any key resumes"): nothing moves or opens unseen.
            if *blank && !showing_console && !keeps_blank(command) {
                blank.set(false);
                return;
            }
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
                    // Known at once, not at the next render: a T pressed before it goes on.
                    *theme_now.borrow_mut() = theme.next();
                    on_theme.emit(theme.next());
                    tell_peer(&link, Tell::Theme(theme.next()));
                    theme_said.set(true);
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
                            send(&peer, &token, told.borrow_mut().go(index));
                            send(&peer, &token, Tell::Theme(theme));
                            send(&peer, &token, Tell::Room(room_of(*blank)));
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
        let (stage_ref, blank) = (stage_ref.clone(), blank.clone());
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
                // A bar button's name, shown over the slide's foot while the button has the
                // keyboard focus, goes with the first Esc, as a tooltip does; the next leaves.
                if key == "Escape" && browser::hide_tip(event) {
                    event.prevent_default();
                    return;
                }
                // While the screen is blank, a key that would act (a digit too, and with a number
                // typed or the overview open, any key: Enter would act) only brings the slide
                // back, which `run` does: a tall slide does not scroll unseen either.
                if *blank && !showing_console {
                    let pending = typed.is_some() || overview.is_some();
                    let acting = digit(&key)
                        .map(|_| Command::Jump)
                        .or(command(&key, shift))
                        .or(pending.then_some(Command::Jump));
                    if let Some(acting) = acting.filter(|&c| !keeps_blank(c)) {
                        event.prevent_default();
                        run.emit(acting);
                        return;
                    }
                    // Nothing under the black can take the focus (inert): Tab keeps it on the
                    // deck, where it would otherwise fall to the page's body, and stay there.
                    if key == "Tab" {
                        event.prevent_default();
                        return;
                    }
                }
                // A slide taller than its canvas shows the rest of itself before the next (or,
                // scrolled, the start of itself before the previous): keys reach all of it. So do
                // the speaker notes, given the focus (Tab): their own box in a short window, or
                // the whole console in one too small to share.
                if let (None, None, Some(step @ (Command::Next | Command::Previous))) =
                    (*overview, typed.as_deref(), command(&key, shift))
                {
                    let down = step == Command::Next;
                    let scrolled = match browser::key_within(event, &format!(".{NOTES_CLASS}")) {
                        Some(notes) => {
                            browser::scroll_on(&notes, down)
                                || notes
                                    .parent_element()
                                    .is_some_and(|console| browser::scroll_on(&console, down))
                        }
                        None => stage_ref
                            .cast::<web_sys::Element>()
                            .and_then(|stage| stage.first_element_child())
                            .is_some_and(|slide| browser::scroll_on(&slide, down)),
                    };
                    if scrolled {
                        event.prevent_default();
                        return;
                    }
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
    // once the overview closes, the deck has it again (not the page's body). Each opening and
    // closing counts, so an overview closed and opened again between two runs still moves it.
    let overview_changes = use_changes(overview.is_some());
    {
        let (deck_ref, overview) = (deck_ref.clone(), overview.clone());
        // The slide chosen when the effect runs (the handle reads the state as it is now): keys
        // pressed since the render may have moved on, and focusing an older one would choose it.
        use_effect_with((*overview, overview_changes), move |_| match *overview {
            Some(index) => focus_thumbnail(index),
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
        let (link, told, on_go, on_told_theme, blank, theme_now, room, theme_said) = (
            link.clone(),
            told.clone(),
            props.on_go.clone(),
            props.on_told_theme.clone(),
            blank.clone(),
            theme_now.clone(),
            room.clone(),
            theme_said.clone(),
        );
        use_effect_with((), move |_| {
            if console_window && let Some(opener) = room_window() {
                browser::post(&opener, &[(link::KIND, link::HELLO.into())]);
                *link.borrow_mut() = Some((opener, Pairing::console()));
            }
            let listener = browser::on_message(move |message| {
                let mut link = link.borrow_mut();
                let Some((peer, pairing)) = link.as_mut() else {
                    return;
                };
                let kind = message.text(link::KIND);
                // What the room's window says as it goes (reloaded, closed, navigated away)
                // arrives with no source: only that the room sees no slide is heard from it,
                // and only with the session's token.
                let gone = message.source_gone() && kind.as_deref() == Some(link::ROOM_STATE);
                if !message.is_from(peer) && !gone {
                    return;
                }
                let asked = pairing.receive(
                    kind.as_deref(),
                    message.text(link::TOKEN).as_deref(),
                    message.number(link::SLIDE),
                    message
                        .text(Pairing::word_field(kind.as_deref()))
                        .as_deref(),
                );
                // A console in a new session (the deck presented again, or reloaded) counts its
                // moves afresh; the room's window keeps its own count, which only goes up.
                if console_window {
                    told.borrow_mut().session(pairing.token());
                }
                match asked {
                    // The console starts on this window's slide, in this window's theme.
                    Asked::Hello => {
                        if let Some(token) = pairing.token() {
                            send(peer, token, told.borrow_mut().go(current()));
                            send(peer, token, Tell::Theme(*theme_now.borrow()));
                            send(peer, token, Tell::Room(room_of(*blank)));
                        }
                    }
                    Asked::Theme(theme) => {
                        theme_said.set(false);
                        on_told_theme.emit(theme);
                    }
                    // A move this window has already passed (keys pressed at once in both) is not
                    // taken: its own stands, and reaches the other window.
                    Asked::Go(i)
                        if told.borrow_mut().take(
                            i.min(count - 1),
                            message.number(link::MOVE),
                            console_window,
                        ) =>
                    {
                        on_go.emit(i.min(count - 1));
                    }
                    Asked::ToggleBlank => blank.set(!*blank),
                    // The room's window left present mode, or is going (its last word, sent as
                    // it goes): taken a moment later, when a closed window says so, so that the
                    // console says (and a screen reader hears) once whether it was closed.
                    Asked::Room(Room::Left) => {
                        let room = room.clone();
                        browser::after(GONE_SETTLES_MS, move || room.set(Room::Left));
                    }
                    Asked::Room(seen) if !gone => room.set(seen),
                    Asked::Room(_) => {}
                    Asked::Go(_) | Asked::Nothing => {}
                }
            });
            move || drop(listener)
        });
    }
    // The audience's window tells the console what the room sees: the slide, a blanked screen
    // (whichever window's B did it), or, once this deck is left (Esc, or the page reloaded,
    // closed or navigated away), no slide at all.
    // A control of the bar that had the focus is out of reach once the room's screen is blank
    // here: the deck has it instead, not the page's body. The status line says the screen, not a
    // theme chosen before, whichever window's B blanked it.
    {
        let (link, deck_ref, theme_said) = (link.clone(), deck_ref.clone(), theme_said.clone());
        use_effect_with(*blank, move |&blank| {
            theme_said.set(false);
            if !console_window {
                tell_peer(&link, Tell::Room(room_of(blank)));
            }
            let hidden = blank && !showing_console;
            if let Some(deck) = deck_ref.cast::<web_sys::HtmlElement>().filter(|_| hidden) {
                let _ = deck.focus();
            }
        });
    }
    {
        let link = link.clone();
        use_effect_with((), move |_| {
            let left = move || {
                if !console_window {
                    tell_peer(&link, Tell::Room(Room::Left));
                }
            };
            let hidden = browser::on_page_hide(left.clone());
            move || {
                drop(hidden);
                left();
            }
        });
    }
    // Focus the deck on entry, so keys and screen readers start here, and again as the inline
    // console opens or closes (each change counted, as for the overview).
    let console_changes = use_changes(showing_console);
    {
        let deck_ref = deck_ref.clone();
        use_effect_with(console_changes, move |_| {
            if let Some(deck) = deck_ref.cast::<web_sys::HtmlElement>() {
                let _ = deck.focus();
            }
        });
    }
    // A click on the blank screen brings the slide back, for a presenter with a mouse alone.
    let wake = {
        let blank = blank.clone();
        Callback::from(move |_: MouseEvent| blank.set(false))
    };
    let full_screen = use_full_screen();
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
    let deck_again = deck_ref.clone();
    let press = |command: Command| hands_focus_back(&deck_again, run.reform(move |()| command));
    // A click on a button that can do nothing now still hands the focus back.
    let idle = || hands_focus_back(&deck_again, Callback::noop());
    // The deck's bar shows icons alone, each named by its label with its key: its `title` (read
    // aloud as its name, and shown on hover by the browser, which a click or a move dismisses),
    // and on keyboard focus from `data-tip` (Esc hides it, `browser::hide_tip`). Not also an
    // `aria-label`: with both, a screen reader read the title again as the button's description.
    // Its only text, the slide number, can then be as large as the slides' body text (4 % of the
    // window's height) and the bar still keep to one row, leaving the slide its room.
    // `pressed`: a toggle's state (the console's blank, full screen), or `None` for an action;
    // `disabled`: it can do nothing now (the console's blank, with no room's window to blank):
    // `aria-disabled`, so that it keeps the focus it may have as the room goes, and stays in the
    // tab order, where it can be found and its state heard; a press does nothing.
    let icon_button = |label: &str,
                       glyph: Glyph,
                       command: Command,
                       pressed: Option<bool>,
                       disabled: bool| {
        html! {
            <button type="button" class="deck__button deck__button--icon" aria-keyshortcuts={shortcuts(command)}
                title={label.to_owned()} data-tip={label.to_owned()}
                aria-pressed={pressed.map(|p| if p { "true" } else { "false" })}
                aria-disabled={disabled.then_some("true")} onclick={if disabled { idle() } else { press(command) }}
                onblur={Callback::from(|e: FocusEvent| browser::show_tip(&e))}>
                { glyph_icon(glyph, 20) }
            </button>
        }
    };
    let words = &article.labels.deck;
    let theme_name = fill(
        &words.bar_theme,
        &[("theme", props.theme.label(&article.labels.theme))],
    );
    // The buttons the deck's bar and the console share: actions (full screen, below, is a toggle).
    let action = |label: &str, glyph: Glyph, command: Command| {
        icon_button(label, glyph, command, None, false)
    };
    let previous_button = action(&words.bar_previous, Glyph::Previous, Command::Previous);
    let next_button = action(&words.bar_next, Glyph::Next, Command::Next);
    let overview_button = action(&words.bar_overview, Glyph::Overview, Command::Overview);
    let theme_button = action(&theme_name, theme_glyph(props.theme), Command::Theme);
    // A toggle: shown pressed while this window is full screen.
    let full_screen_button = icon_button(
        &words.bar_full_screen,
        Glyph::FullScreen,
        Command::FullScreen,
        Some(full_screen),
        false,
    );
    let exit_button = action(&words.bar_exit, Glyph::Exit, Command::Exit);
    let (number, count_text) = ((index + 1).to_string(), count.to_string());
    // What a screen reader hears as the slide changes: which slide it is, by name, as the slide
    // itself is named ("Slide 3 of 27: Overview"), or, in the room's window, that its screen is
    // blank (the console says that in its banner), or the theme that T has just chosen here. The
    // counter's "3 / 27" alone said where, not what.
    let said = if *theme_said {
        fill(
            &words.theme_said,
            &[("theme", props.theme.label(&article.labels.theme))],
        )
    } else if *blank && !showing_console {
        words.blank.clone()
    } else {
        slide_name(article, &slides, index)
    };
    let counter = html! {
        <>
            <span class="deck__counter">{ format!("{number} / {count_text}") }</span>
            <p class="visually-hidden" role="status">{ said }</p>
        </>
    };
    let (timer, restart) = use_timer(showing_console);
    // The console's time, pressed, as the bar's buttons: Space then moves the slides, not
    // restarts the time again.
    let restart = hands_focus_back(&deck_ref, restart);
    // The number typed so far, or that it names no slide (Enter then goes nowhere): a slip of
    // the finger is seen, and heard, before Enter. Its live region is there, empty and unseen,
    // before the first digit, so that the first prompt is read out too.
    let jump = match typed.as_deref() {
        Some(number) => {
            let prompt = if number.is_empty() || typed_slide(number, count).is_some() {
                fill(&words.jump, &[("number", number)])
            } else {
                fill(
                    &words.jump_none,
                    &[("number", number), ("count", &count_text)],
                )
            };
            html! { <p class="deck__jump" role="status">{ prompt }</p> }
        }
        None => html! { <p class="visually-hidden" role="status"></p> },
    };
    if showing_console {
        // What the room sees: the console's window hears it from the room's; the console shown
        // in the room's own window blanks that window.
        let seen = if console_window {
            *room
        } else {
            room_of(*blank)
        };
        // The deck bar's buttons, and B's, a toggle shown pressed while the room sees black: one
        // row with the times and the target on a laptop's screen (1024 px), so the notes keep
        // their room. B's is marked disabled while no room's window shows a slide (none linked,
        // closed, or not presenting), which the status line says: it keeps its place in the tab
        // order, and a press does nothing (it did nothing before, and said nothing).
        let linked = !console_window || opened;
        let can_blank = linked && matches!(seen, Room::Slide | Room::Blank);
        let controls = html! {
            <nav class="deck__controls" aria-label={words.controls.as_str()}>
                { previous_button }{ next_button }{ overview_button }
                { icon_button(&words.bar_blank, Glyph::Blank, Command::Blank, Some(seen == Room::Blank), !can_blank) }
                { theme_button }{ full_screen_button }
                if !console_window { { action(&words.audience, Glyph::Present, Command::Console) } }
                { exit_button }
            </nav>
        };
        let name = fill(&words.console_name, &[("title", &article.title)]);
        if let Some(chosen) = *overview {
            return html! {
                <main class="console console--overview" ref={deck_ref} tabindex="-1" aria-label={name}>
                    { overview_grid(article, &slides, index, chosen, &go, &overview, false) }
                    { jump }
                </main>
            };
        }
        return html! {
            <main class="console" ref={deck_ref} tabindex="-1" aria-label={name.clone()}>
                <h1 class="visually-hidden">{ name }</h1>
                <Console {article} {index} {count} {timer} {restart} {counter} {controls} slides={slides.clone()}
                    room={seen} {linked} {jump} />
            </main>
        };
    }
    html! {
        <main class={classes!("deck", blank.then_some("deck--blank"))} ref={deck_ref} tabindex="-1"
            aria-roledescription={words.deck_role.as_str()} aria-label={fill(&words.deck, &[("title", &article.title)])}
            {onpointerdown} {onpointerup}>
            if let Some(chosen) = *overview {
                { overview_grid(article, &slides, index, chosen, &go, &overview, *blank) }
            } else {
                <div class="deck__stage" ref={stage_ref} inert={*blank}>
                    { slide_section(article, &slides, index, Canvas::Own) }
                </div>
            }
            <div class="deck__blank" aria-hidden="true" onclick={wake}></div>
            <footer class="deck__bar">
                <progress class="deck__progress" max={count_text.clone()} value={number.clone()}
                    aria-label={words.progress.as_str()}></progress>
                { counter }
                // Out of reach under the blank screen: Tab does not reach what cannot be seen.
                <nav class="deck__controls" aria-label={words.controls.as_str()} inert={*blank}>
                    { previous_button }{ next_button }
                    { action(&words.bar_console, Glyph::Console, Command::Console) }
                    { overview_button }{ theme_button }{ full_screen_button }{ exit_button }
                </nav>
                { jump }
            </footer>
            if *print_copy { <PrintDeck {article} slides={slides.clone()} /> }
        </main>
    }
}

/// A press of a button of the deck's or the console's, which does `then`. A click with a pointer
/// hands the focus back to the deck (its `deck_ref`), so Space still moves the slides after it; a
/// button pressed from the keyboard (a click with no detail) keeps it, so Tab and Space go on
/// working the bar.
fn hands_focus_back(deck_ref: &NodeRef, then: Callback<()>) -> Callback<MouseEvent> {
    let deck_ref = deck_ref.clone();
    Callback::from(move |e: MouseEvent| {
        then.emit(());
        if e.detail() > 0
            && let Some(deck) = deck_ref.cast::<web_sys::HtmlElement>()
        {
            let _ = deck.focus();
        }
    })
}

/// How long after the room's window's last word the console says it has gone: by then a window
/// that was closed reports itself closed.
const GONE_SETTLES_MS: i32 = 400;

/// What the room sees of a deck whose screen is blanked, or not.
fn room_of(blank: bool) -> Room {
    if blank { Room::Blank } else { Room::Slide }
}

/// The window that opened this one, if it is still open: a console's room.
fn room_window() -> Option<wasm_bindgen::JsValue> {
    browser::opener().filter(|room| !browser::is_closed(room))
}
