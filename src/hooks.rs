//! Hooks that connect the app's state to the browser and the cards: the saved theme, the URL
//! hash, deep links and each card's open state; and a count of a value's changes, for effects that
//! must see each of them.
//! Each does its browser work in effects, so the server renderer never touches the browser.

use crate::browser;
use crate::content::Article;
use crate::ids::{self, CardId, ChartIds, Scope};
use crate::route::{self, LinkTarget};
use crate::state::{CardCommand, Cards};
use crate::theme::Theme;
use yew::prelude::*;

/// A choice the reader makes and the page remembers under `key`: `initial` as the page is
/// prerendered, then what `load` reads from storage, after the first render, so the page hydrates
/// as it was prerendered (`load(true)`: it may repair what it finds), and again whenever another
/// of the page's tabs or windows changes that key or clears the storage, so all of them follow
/// the last choice (`load(false)`: `None` leaves the choice as it is); `save` keeps what the
/// reader chooses.
#[hook]
fn use_saved<T: Copy + PartialEq + 'static>(
    initial: T,
    key: &'static str,
    load: fn(bool) -> Option<T>,
    save: fn(T),
) -> (T, Callback<T>) {
    let value = use_state_eq(|| initial);
    {
        let value = value.clone();
        use_effect_with((), move |_| {
            let reload = move |repair| {
                if let Some(saved) = load(repair) {
                    value.set(saved);
                }
            };
            reload(true);
            let listener = browser::on_storage_change(key, move || reload(false));
            move || drop(listener)
        });
    }
    let choose = {
        let value = value.clone();
        Callback::from(move |chosen: T| {
            save(chosen);
            value.set(chosen);
        })
    };
    (*value, choose)
}

/// The reader's theme, saved only when the reader picks one. The App applies it (or the
/// presenting theme) to the page.
#[hook]
pub fn use_theme() -> (Theme, Callback<Theme>) {
    use_saved(
        Theme::default(),
        ids::THEME_KEY,
        |repair| saved_theme(ids::THEME_KEY, Theme::parse, Theme::default(), repair),
        |theme| browser::save_theme(ids::THEME_KEY, theme.as_str()),
    )
}

/// The theme the deck wears, the projector's until the presenter picks another (T), which is
/// saved: a reload of the deck keeps it. Read as the App first renders (the deck is never
/// prerendered, so no hydration waits on it), so a reloaded deck shows it at once. `choose` saves
/// a theme chosen here; `show` only shows one the other window of the talk chose, and saved:
/// saved again here, it could overwrite a later choice made there.
#[hook]
pub fn use_deck_theme() -> (Theme, Callback<Theme>, Callback<Theme>) {
    let theme = use_state_eq(|| {
        saved_theme(
            ids::DECK_THEME_KEY,
            Theme::parse_deck,
            Theme::Projector,
            true,
        )
        .unwrap_or(Theme::Projector)
    });
    let show = {
        let theme = theme.clone();
        Callback::from(move |chosen: Theme| theme.set(chosen))
    };
    let choose = {
        let show = show.clone();
        Callback::from(move |chosen: Theme| {
            browser::save_theme(ids::DECK_THEME_KEY, chosen.as_str());
            show.emit(chosen);
        })
    };
    (*theme, choose, show)
}

/// The theme saved under `key`, read by `parse`; none saved (or the storage cleared) is
/// `default`. A corrupt or foreign value is replaced with the default, quietly, as the page loads
/// (`repair`); written by another tab (perhaps an older release's, which knows fewer themes), it
/// is ignored.
fn saved_theme(
    key: &str,
    parse: fn(&str) -> Option<Theme>,
    default: Theme,
    repair: bool,
) -> Option<Theme> {
    let Some(saved) = browser::saved_theme(key) else {
        return Some(default);
    };
    match parse(&saved) {
        Some(theme) => Some(theme),
        None if repair => {
            browser::save_theme(key, default.as_str());
            Some(default)
        }
        None => None,
    }
}

/// Whether the page's one-key shortcut (P, present) is on: on until the reader turns it off
/// (WCAG 2.1.4), which is remembered.
#[hook]
pub fn use_shortcut() -> (bool, Callback<bool>) {
    use_saved(
        true,
        ids::SHORTCUT_KEY,
        |_| Some(!browser::shortcut_off()),
        browser::save_shortcut,
    )
}

/// Where the URL points: its hash, and which link to it the reader followed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// The hash, with its `#`; empty when there is none.
    pub hash: String,
    /// 0 for the hash when the hook first ran (for the App, the hash the page opened at); then
    /// 1, 2, … for each link the reader follows, a link to the hash already in the address bar
    /// included (the early script sends a `hashchange` for it, which the browser does not), so
    /// following one again counts as new.
    pub visit: u32,
}

/// The URL's [`Location`], kept in step with the address bar: empty under the server renderer
/// and until the first effect runs, so server and client first render the same page. The App
/// and each chart listen for themselves: one `Location` shared through a context provider was
/// measured 1.5 KB of brotli larger in the wasm.
#[hook]
pub fn use_location() -> UseStateHandle<Location> {
    let location = use_state_eq(Location::default);
    {
        let location = location.clone();
        use_effect_with((), move |_| {
            let hash = browser::location_hash();
            location.set(Location { hash, visit: 0 });
            let visits = std::cell::Cell::new(0);
            let listener = browser::on_hash_change(move |hash| {
                visits.set(visits.get() + 1);
                location.set(Location {
                    hash,
                    visit: visits.get(),
                });
            });
            move || drop(listener)
        });
    }
    location
}

/// Opens and scrolls to the card a followed link names (with `command`, given a reveal command).
/// A hash that names no card is ignored, and so is the one the page opened at: the early script
/// followed that link before the app ran, and the cards the app adopts show it, with whatever
/// the reader did since (a card closed, a scroll) kept. So is a page hash reached from a slide's
/// (Back or Forward out of present mode): that is a return to the page, which the App puts back
/// as the reader left it, not a link followed.
#[hook]
pub fn use_deep_link(
    article: &'static Article,
    command: Callback<CardCommand>,
    location: &Location,
) {
    let target = use_state_eq(|| None::<(LinkTarget, u32)>);
    let last_hash = use_mut_ref(String::new);
    {
        let target = target.clone();
        use_effect_with(location.clone(), move |location| {
            let from_slides = route::Mode::from_hash(&last_hash.replace(location.hash.clone()))
                != route::Mode::Page;
            if location.visit == 0 || from_slides {
                return;
            }
            let Some(link) = route::deep_link(article, &location.hash) else {
                return;
            };
            command.emit(CardCommand::Reveal(link.cards));
            target.set(Some((link.target, location.visit)));
        });
    }
    // Runs after the render that opened the card, so the card is laid out when it scrolls.
    use_effect_with(*target, move |target| match target {
        Some((LinkTarget::Card(card), _)) => browser::reveal(card.dom_id(), &card.toggle()),
        Some((LinkTarget::Chart { figure, .. }, _)) => {
            if let Some(figure) = article.figure(figure) {
                let chart = ChartIds::new(figure, Scope::Page);
                browser::reveal(chart.root(), chart.root());
            }
        }
        None => {}
    });
}

/// A link's request to show one chart as its table (`#chart-narcotics-table`) or as a chart
/// (`#chart-narcotics`), at the reader's `visit`-th link: following it again asks again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartLink {
    pub table: bool,
    visit: u32,
}

/// The last link's request for this chart, if it named it; `None` until a link does. Read
/// after hydration, like every hash, and again at each link followed: the hash the page
/// opened at included, since only the app draws tables.
#[hook]
pub fn use_linked_chart_view(article: &'static Article, figure: &'static str) -> Option<ChartLink> {
    let location = use_location();
    match route::deep_link(article, &location.hash).map(|link| link.target) {
        Some(LinkTarget::Chart {
            figure: linked,
            table,
        }) if linked == figure => Some(ChartLink {
            table,
            visit: location.visit,
        }),
        _ => None,
    }
}

/// A card's open state and the callback that toggles it. The toggle re-renders this card alone;
/// a command to many cards reaches every card as a new `Cards` prop.
#[hook]
pub fn use_card(card: CardId, cards: Cards) -> (bool, Callback<MouseEvent>) {
    let redraw = use_force_update();
    let open = cards.is_open(card);
    let toggle = Callback::from(move |_: MouseEvent| {
        cards.open.borrow_mut().toggle(card);
        redraw.force_update();
    });
    (open, toggle)
}

/// How many times a value has changed, counted as its component renders. Yew's scheduler may
/// hand the browser an event between a render and its effects (once 16 ms have passed and no
/// render is waiting): a key handled there renders the next state first, and an effect then runs
/// once, with the last render's dependencies. An effect on the value alone misses a change made
/// and undone that way (the deck shown and left, the overview closed and opened again: in WebKit,
/// with keys pressed quickly, the focus was not given back); with this count beside it, it runs.
#[derive(Debug)]
pub struct Changes<T> {
    last: T,
    count: u32,
}

impl<T: PartialEq> Changes<T> {
    /// Counting from the first value rendered.
    pub fn new(first: T) -> Self {
        Changes {
            last: first,
            count: 0,
        }
    }

    /// Notes the value rendered now; the changes so far.
    pub fn rendered(&mut self, now: T) -> u32 {
        if now != self.last {
            self.last = now;
            self.count += 1;
        }
        self.count
    }
}

/// The [`Changes`] of `now` over this component's renders.
#[hook]
pub fn use_changes<T: PartialEq + Clone + 'static>(now: T) -> u32 {
    let changes = {
        let first = now.clone();
        use_mut_ref(move || Changes::new(first))
    };
    changes.borrow_mut().rendered(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_counts_each_change_however_the_renders_come() {
        let mut changes = Changes::new(true);
        assert_eq!(changes.rendered(true), 0, "rendered again, unchanged");
        assert_eq!(changes.rendered(false), 1);
        assert_eq!(changes.rendered(false), 1);
        assert_eq!(changes.rendered(true), 2, "back: a change too");
        // Left and back between two runs of an effect: its dependencies (true, 4) differ from
        // those of its last run (true, 2), so it runs.
        assert_eq!(changes.rendered(false), 3);
        assert_eq!(changes.rendered(true), 4);
    }
}
