//! Hooks that connect the app's state to the browser and the cards: the saved theme, the URL
//! hash, deep links and each card's open state.
//! Each does its browser work in effects, so the server renderer never touches the browser.

use crate::browser;
use crate::content::Article;
use crate::ids::{CardId, ChartIds, Scope};
use crate::route::{self, LinkTarget};
use crate::state::{CardCommand, Cards};
use crate::theme::Theme;
use yew::prelude::*;

/// The reader's theme: loaded from storage after the first render, and saved only when the
/// reader picks one. The App applies it (or the presenting theme) to the page.
#[hook]
pub fn use_theme() -> (Theme, Callback<Theme>) {
    let theme = use_state_eq(Theme::default);
    {
        let theme = theme.clone();
        use_effect_with((), move |_| {
            if let Some(saved) = browser::saved_theme() {
                match Theme::parse(&saved) {
                    Some(valid) => theme.set(valid),
                    // Corrupt or foreign value: replace it with the default, quietly.
                    None => browser::save_theme(Theme::default().as_str()),
                }
            }
        });
    }
    let choose = {
        let theme = theme.clone();
        Callback::from(move |chosen: Theme| {
            browser::save_theme(chosen.as_str());
            theme.set(chosen);
        })
    };
    (*theme, choose)
}

/// The URL hash, kept in step with the address bar: empty under the server renderer and until
/// the first effect runs, so server and client first render the same page.
#[hook]
pub fn use_location_hash() -> UseStateHandle<String> {
    let hash = use_state_eq(String::new);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            hash.set(browser::location_hash());
            let listener = browser::on_hash_change(move |new| hash.set(new));
            move || drop(listener)
        });
    }
    hash
}

/// Opens and scrolls to the card the URL hash names (with `command`, given a reveal command). A
/// hash that names no card is ignored.
#[hook]
pub fn use_deep_link(article: &'static Article, command: Callback<CardCommand>, hash: &str) {
    // (card, request number): the number makes a repeated request for one card scroll again.
    let target = use_state_eq(|| None::<(LinkTarget, u32)>);
    let requests = use_mut_ref(|| 0_u32);
    {
        let target = target.clone();
        use_effect_with(hash.to_owned(), move |hash| {
            let Some(link) = route::deep_link(article, hash) else {
                return;
            };
            *requests.borrow_mut() += 1;
            command.emit(CardCommand::Reveal(link.cards));
            target.set(Some((link.target, *requests.borrow())));
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

/// Whether a link asked for this chart as its table (`#chart-narcotics-table`: `Some(true)`) or
/// as a chart (`Some(false)`); `None` until a link names it. Read after hydration, like every
/// hash, and again at each change of the hash.
#[hook]
pub fn use_linked_chart_view(article: &'static Article, figure: &'static str) -> Option<bool> {
    let hash = use_location_hash();
    match route::deep_link(article, &hash).map(|link| link.target) {
        Some(LinkTarget::Chart {
            figure: linked,
            table,
        }) if linked == figure => Some(table),
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
