//! The presenter console: the `Console` component, and `use_timer`, the time it has shown.

use super::slide::{Canvas, slide_name, slide_section};
use crate::browser;
use crate::components::notes::speaker_notes;
use crate::content::{Article, Static, template::fill};
use crate::ids;
use crate::slides::Slide;
use crate::slides::link::Room;
use crate::slides::pace::{
    MAX_MINUTES, Pace, elapsed, pace, target_minutes, timer_saved, timer_start,
};
use yew::prelude::*;

/// The talk's time: whole seconds since the console first showed, or since the talk under way
/// started (a console reloaded, or closed and opened again, within `TIMER_GRACE`), ticking while
/// it shows, and saved with each tick; and a callback that starts it again from 0:00.
#[hook]
pub(super) fn use_timer(running: bool) -> (u64, Callback<()>) {
    let started = use_mut_ref(|| None::<u64>);
    let tick = use_force_update();
    let now = || (browser::now() / 1000.0) as u64;
    {
        let (started, tick) = (started.clone(), tick.clone());
        use_effect_with(running, move |running| {
            let interval = running.then(|| {
                if started.borrow().is_none() {
                    let now = now();
                    let start = browser::saved_timer()
                        .and_then(|saved| timer_start(&saved, now))
                        .unwrap_or(now);
                    browser::save_timer(&timer_saved(start, now));
                    *started.borrow_mut() = Some(start);
                    // Shown at once, not at the next tick.
                    tick.force_update();
                }
                let started = started.clone();
                browser::every(1000, move || {
                    if let Some(start) = *started.borrow() {
                        browser::save_timer(&timer_saved(start, now()));
                    }
                    tick.force_update();
                })
            });
            move || drop(interval)
        });
    }
    let restart = {
        let started = started.clone();
        Callback::from(move |()| {
            let now = now();
            browser::save_timer(&timer_saved(now, now));
            *started.borrow_mut() = Some(now);
            tick.force_update();
        })
    };
    let started = *started.borrow();
    (started.map_or(0, |t| now().saturating_sub(t)), restart)
}

/// The speaker notes' class: the deck's keys scroll them while they have the focus (`mod.rs`).
pub(super) const NOTES_CLASS: &str = "console__notes";

#[derive(Properties, PartialEq)]
pub(super) struct ConsoleProps {
    pub(super) article: Static<Article>,
    pub(super) slides: std::rc::Rc<Vec<Slide<'static>>>,
    pub(super) index: usize,
    pub(super) count: usize,
    /// The talk's time in seconds (`use_timer`), and what starts it again (a press on it).
    pub(super) timer: u64,
    pub(super) restart: Callback<MouseEvent>,
    pub(super) counter: Html,
    pub(super) controls: Html,
    /// What the room sees (the console in the room's own window: the console).
    pub(super) room: Room,
    /// Whether a room's window opened this console (or it is shown in the room's own window).
    pub(super) linked: bool,
    /// The slide number being typed, in the next slide's heading row: over the notes' foot, it
    /// hid the lines the presenter was reading. (Its live region, empty, when none is typed.)
    pub(super) jump: Html,
}

/// The presenter console: the slide and the next as the room sees them, the notes in large type,
/// the elapsed time, the clock, the slide number and the pace against a target duration.
#[component]
pub(super) fn Console(props: &ConsoleProps) -> Html {
    let article = props.article.get();
    let words = &article.labels.deck;
    let (index, count, seconds) = (props.index, props.count, props.timer);
    let target = use_state_eq(|| None::<u32>);
    // The field's text as typed, and the target read from it. The field is the reader's: Yew
    // does not write its value (a field holding "1e", whose value the browser reports empty, was
    // set back to the last number, and "1e3" typed became 13); it is filled once, from storage.
    let field = use_state_eq(String::new);
    let field_ref = use_node_ref();
    // The saved target, once the console shows: a value it did not write (corrupt, or another
    // version's) is dropped.
    {
        let (target, field, field_ref) = (target.clone(), field.clone(), field_ref.clone());
        use_effect_with((), move |_| {
            let saved = browser::saved_target();
            let minutes = saved.as_deref().and_then(target_minutes);
            if saved.is_some() && minutes.is_none() {
                browser::save_target(None);
            }
            let text = minutes.map(|m| m.to_string()).unwrap_or_default();
            if let Some(input) = field_ref.cast::<web_sys::HtmlInputElement>() {
                input.set_value(&text);
            }
            target.set(minutes);
            field.set(text);
        });
    }
    // Text the field cannot read as a number ("30x": its value is then empty): said invalid, and
    // left as typed (the field is not set to the empty value the browser reports).
    let unreadable = use_state_eq(|| false);
    let on_target = {
        let (target, field, unreadable) = (target.clone(), field.clone(), unreadable.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            let bad = text.is_empty() && !input.check_validity();
            let minutes = target_minutes(&text);
            browser::save_target(minutes.map(|m| m.to_string()).as_deref());
            target.set(minutes);
            unreadable.set(bad);
            if !bad {
                field.set(text);
            }
        })
    };
    // The pace, by how much; read out only as its kind changes (on pace, ahead, behind, over
    // time), in words without the number, which changes with each slide falling due or minute
    // over and would talk over the presenter. The line shown says it all, and is read in place.
    let paced = target.map(|minutes| pace(seconds, minutes, index, count));
    // "by 1 slide", or "by 3 slides".
    let slides = |n: usize, one: &str, many: &str| {
        fill(
            if n == 1 { one } else { many },
            &[("count", &n.to_string())],
        )
    };
    let (pace, said) = paced.map_or((None, None), |paced| {
        let (shown, said) = match paced {
            Pace::Ahead(n) => (
                slides(n, &words.pace_ahead_one, &words.pace_ahead),
                &words.pace_ahead_said,
            ),
            Pace::Behind(n) => (
                slides(n, &words.pace_behind_one, &words.pace_behind),
                &words.pace_behind_said,
            ),
            Pace::Over(over) => (
                fill(&words.pace_over, &[("minutes", &over.to_string())]),
                &words.pace_over_said,
            ),
            Pace::On => (words.pace_on.clone(), &words.pace_on),
        };
        (Some(shown), Some(said.clone()))
    });
    // A field that holds something other than a target it can keep (0, 999999, 1.5) says so,
    // where the pace would be: the pace had just gone, and the target with it, unexplained.
    let invalid = target.is_none() && (*unreadable || !field.trim().is_empty());
    let reason = invalid.then(|| fill(&words.target_invalid, &[("max", &MAX_MINUTES.to_string())]));
    let (pace, said) = (pace.or_else(|| reason.clone()), said.or(reason));
    let next = index + 1;
    let room = match props.room {
        _ if !props.linked => Some(&words.room_none),
        Room::Slide => None,
        Room::Blank => Some(&words.room_blank),
        // Closed, the room's window cannot take an S: it is opened again (the console is
        // drawn again each second, so this is seen as soon as the window has gone).
        Room::Left if super::room_window().is_none() => Some(&words.room_closed),
        Room::Left => Some(&words.room_left),
    };
    html! {
        <>
            <header class="console__status">
                { props.counter.clone() }
                // "Elapsed" is a button that starts the time again (as reveal.js's time is), what
                // it does its description and tooltip; the time is text beside it. (With the time
                // as the button, in its name, a screen reader said the focused button's name again
                // each second.)
                <span class="console__time">
                    <button type="button" class="console__restart" title={words.restart_timer.clone()}
                        aria-describedby={ids::CONSOLE_RESTART} onclick={props.restart.clone()}>
                        { words.elapsed.as_str() }</button>{ " " }
                    <strong class="console__elapsed">{ elapsed(seconds) }</strong>
                    <span hidden=true id={ids::CONSOLE_RESTART}>{ words.restart_timer.as_str() }</span></span>
                <span class="console__time">{ words.clock.as_str() }{ " " }<strong>{ browser::clock() }</strong></span>
                <label class="console__target">{ words.target.as_str() }
                    <input type="number" min="1" max={MAX_MINUTES.to_string()} inputmode="numeric"
                        ref={field_ref} oninput={on_target} aria-invalid={invalid.then_some("true")}
                        aria-describedby={invalid.then_some(ids::CONSOLE_PACE)} /></label>
                { props.controls.clone() }
            </header>
            <p class="visually-hidden" role="status">{ room.map(String::as_str).unwrap_or_default() }</p>
            // Three parts under their headings (not landmarks: the console is one). The slide shown
            // is read as the room sees it; the next one only by its name, in its heading.
            <section class={classes!("console__now", room.is_some().then_some("console__now--unseen"))}>
                // The pace, or why the target field cannot keep what it holds, at the end of this
                // heading's line, under the target's end: in the status line it pushed the buttons
                // to a line of their own on a laptop's screen, and everything under them down. The
                // live region is always there, so that its first words are read out.
                <div class="console__head">
                    <h2 class="console__heading">{ words.now.as_str() }</h2>
                    <span class="console__pace" id={ids::CONSOLE_PACE}>{ pace.unwrap_or_default() }</span>
                    <span class="visually-hidden" aria-live="polite">{ said.unwrap_or_default() }</span>
                </div>
                // When the room does not see the slide, said over it, the slide dimmed: in the
                // status line, it pushed the buttons onto a line of their own, from under the
                // pointer that had just blanked the room. Read out by the status line above,
                // which is always in the page (a live region shown with its text may be missed).
                <div class="slide-frame">
                    { slide_section(article, &props.slides, index, Canvas::Inset) }
                    <p class="console__room" aria-hidden="true" hidden={room.is_none()}>
                        { room.map(String::as_str).unwrap_or_default() }
                    </p>
                </div>
            </section>
            <section class="console__next">
                <div class="console__head">
                    <h2 class="console__heading">
                        if next < count {
                            <span aria-hidden="true">{ words.next_slide.as_str() }</span>
                            <span class="visually-hidden">
                                { fill(&words.next_named, &[("slide", &slide_name(article, &props.slides, next))]) }
                            </span>
                        } else {
                            { words.next_slide.as_str() }
                        }
                    </h2>
                    { props.jump.clone() }
                </div>
                if next < count {
                    <div class="slide-frame" aria-hidden="true">{ slide_section(article, &props.slides, next, Canvas::Inset) }</div>
                } else {
                    <p class="console__end">{ words.end.as_str() }</p>
                }
            </section>
            // Focusable (Tab), so that a keyboard scrolls notes longer than their room (`mod.rs`).
            <section class={NOTES_CLASS} tabindex="0" role="group" aria-label={words.notes.clone()}
                onfocus={Callback::from(|e: FocusEvent| browser::show_top_on_focus(&e))}>
                <h2 class="console__heading">{ words.notes.as_str() }</h2>
                { speaker_notes(article, &props.slides, index) }
            </section>
        </>
    }
}
