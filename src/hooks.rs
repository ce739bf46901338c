//! Hooks that connect the app's state to the browser: the saved theme and the URL hash.
//! Both do their browser work in effects, so the server renderer never touches the browser.

use crate::browser;
use crate::components::card::toggle_id;
use crate::content::Article;
use crate::route;
use crate::state::{CardAction, OpenCards};
use crate::theme::Theme;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The reader's theme: loaded from storage after the first render, applied to the page on
/// every change, and saved only when the reader picks one.
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
    use_effect_with(*theme, |theme| browser::apply_theme(theme.as_str()));
    let choose = {
        let theme = theme.clone();
        Callback::from(move |chosen: Theme| {
            browser::save_theme(chosen.as_str());
            theme.set(chosen);
        })
    };
    (*theme, choose)
}

/// Opens and scrolls to the card the URL hash names, at load and on every hash change.
/// A hash that names no card is ignored.
#[hook]
pub fn use_deep_link(article: &'static Article, cards: UseReducerDispatcher<OpenCards>) {
    // (card id, request number): the number makes a repeated request for one card scroll again.
    let target = use_state_eq(|| None::<(String, u32)>);
    {
        let target = target.clone();
        use_effect_with((), move |_| {
            let requests = Rc::new(Cell::new(0));
            let navigate = move |hash: String| {
                let Some(ids) = route::cards_for_hash(article, &hash) else {
                    return;
                };
                let Some(card) = ids.last().cloned() else {
                    return;
                };
                requests.set(requests.get() + 1);
                cards.dispatch(CardAction::Reveal(ids));
                target.set(Some((card, requests.get())));
            };
            navigate(browser::location_hash());
            let listener = browser::on_hash_change(navigate);
            move || drop(listener)
        });
    }
    // Runs after the render that opened the card, so the card is laid out when it scrolls.
    use_effect_with((*target).clone(), |target| {
        if let Some((card, _)) = target {
            browser::reveal(card, &toggle_id(card));
        }
    });
}
