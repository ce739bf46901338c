//! Hooks that connect the app's state to the browser: the saved theme and the URL hash.
//! Both do their browser work in effects, so the server renderer never touches the browser.

use crate::browser;
use crate::components::card::toggle_id;
use crate::content::Article;
use crate::route;
use crate::state::{CardAction, OpenCards};
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

/// Opens and scrolls to the card the URL hash names. A hash that names no card is ignored.
#[hook]
pub fn use_deep_link(
    article: &'static Article,
    cards: UseReducerDispatcher<OpenCards>,
    hash: &str,
) {
    // (card id, request number): the number makes a repeated request for one card scroll again.
    let target = use_state_eq(|| None::<(String, u32)>);
    let requests = use_mut_ref(|| 0_u32);
    {
        let target = target.clone();
        use_effect_with(hash.to_owned(), move |hash| {
            let Some(ids) = route::cards_for_hash(article, hash) else {
                return;
            };
            let Some(card) = ids.last().cloned() else {
                return;
            };
            *requests.borrow_mut() += 1;
            cards.dispatch(CardAction::Reveal(ids));
            target.set(Some((card, *requests.borrow())));
        });
    }
    // Runs after the render that opened the card, so the card is laid out when it scrolls.
    use_effect_with((*target).clone(), |target| {
        if let Some((card, _)) = target {
            browser::reveal(card, &toggle_id(card));
        }
    });
}
