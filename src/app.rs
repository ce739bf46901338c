//! The App root: reads the view from the URL (`route::Mode`) and renders it, and keeps what
//! outlives a view: the open cards and the themes.
//!
//! # The hydration contract
//! The build renders this App with Yew's server renderer into `index.html`, and the wasm
//! hydrates that markup. Yew panics when the client's first render differs from the server's,
//! and with `panic = "abort"` the app then dies with every control dead. So the first render
//! must depend on nothing the server cannot know:
//! - The URL hash is read in effects, after hydration (`hooks::use_location` starts
//!   empty), so the first render is always the page. Views chosen by the hash (the deck)
//!   appear in the render after that.
//! - The saved theme is read in an effect too (`hooks::use_theme`); the script in `<head>`
//!   applies it before the first paint, outside Yew.
//! - The cards start in the state the server renders (`state::OpenCards::new`), except where
//!   the reader has already opened or closed one: the early script in `<head>` answers card
//!   clicks before the wasm, and the client takes each card's state from the page as it stands
//!   (`OpenCards::adopt`). Its first render then equals the page the reader sees.
//! - A view with a prerendered file of its own (an embedded chart, say) is named by that file:
//!   the prerender step renders it with `AppProps::view` and writes its name into the page
//!   (`data-view` on `#app`, `View::name`), and the wasm's entry reads it back from there
//!   (`View::parse`), never from the URL.
//! - One element in `#app` is not the App's: present mode's style sheet, which the build links
//!   after the opening paragraph (`ids::LEDE_CLASS`) so that it paints first. The wasm's entry
//!   (`src/main.rs`) moves it to the end of the body before it hydrates.
//!
//! `tests/e2e/static.test.mjs` checks that hydration reuses every prerendered element.

use crate::browser;
use crate::components::presentation::Presentation;
use crate::components::{
    chart_figure::shown_as_table,
    contents_nav::contents_nav,
    embedded::embedded,
    hero::hero,
    icon::{Glyph, glyph_icon},
    references_card::references_card,
    rich_text::template_markup,
    section_card::SectionCard,
    share::SharePanel,
    theme_switch::theme_switch,
};
use crate::content::{self, Article, Static, template::fill};
use crate::embed::Embed;
use crate::figures;
use crate::hooks::{
    Location, use_changes, use_deck_theme, use_deep_link, use_location, use_shortcut, use_theme,
};
use crate::ids::{self, CardId};
use crate::route::{self, LinkTarget, Mode};
use crate::slides::{self, keys};
use crate::state::{CardCommand, Cards, OpenCards};
use crate::theme::Theme;
use yew::prelude::*;

/// Which prerendered file the App renders: the whole infographic, or one embeddable view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Infographic,
    Embedded(Embed),
}

impl View {
    /// The view's name, written into its page (`data-view` on `#app`); none for the
    /// infographic.
    pub fn name(self, article: &Article) -> Option<String> {
        match self {
            View::Infographic => None,
            View::Embedded(embed) => Some(embed.name(article)),
        }
    }

    /// The view a page names: none is the infographic; a name that names no view is `None`.
    pub fn parse(article: &'static Article, name: Option<&str>) -> Option<View> {
        match name {
            None => Some(View::Infographic),
            Some(name) => Embed::parse(article, name).map(View::Embedded),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub article: Static<Article>,
    #[prop_or_default]
    pub view: View,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            article: content::article().into(),
            view: View::Infographic,
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let article = props.article;
    // The page answers once its view has hydrated and run its effects (a child's run first).
    use_effect_with((), |_| browser::mark_ready());
    match props.view {
        View::Infographic => html! { <Infographic {article} /> },
        View::Embedded(embed) => embedded(article.get(), embed),
    }
}

#[derive(Properties, PartialEq)]
struct InfographicProps {
    article: Static<Article>,
}

/// The whole infographic: the page, the deck and the presenter console.
#[component]
fn Infographic(props: &InfographicProps) -> Html {
    let article = props.article.get();
    let open_cards = use_mut_ref(|| {
        let mut cards = OpenCards::new(article);
        cards.adopt(|card| browser::card_open_in_page(&card.toggle()));
        cards
    });
    // A command to many cards changes the set's version; the App re-renders and passes the cards
    // a new `Cards`, so every card re-renders then.
    let redraw = use_force_update();
    let command = {
        let open_cards = open_cards.clone();
        Callback::from(move |command: CardCommand| {
            open_cards.borrow_mut().apply(&command);
            redraw.force_update();
        })
    };
    let (theme, choose_theme) = use_theme();
    let (shortcut, choose_shortcut) = use_shortcut();
    let location = use_location();
    use_deep_link(article, command.clone(), &location);

    // Where the reader was when presenting began: the view as it was, and the focus on what had
    // it, when the deck is left for the page (the Present button if nothing on the page had it),
    // however often it is entered again (Back, Forward, an edited address); the Present button
    // at the top if the page was opened at a slide's address and nothing was presented since.
    let return_to = use_mut_ref(|| None::<browser::PagePlace>);
    // The slide present mode was last left at, this visit: presenting again goes on from there
    // (a talk left by a slip of Esc, which also leaves full screen, is picked up where it was),
    // and from the first slide once the deck was left at its last.
    let resume_at = use_mut_ref(|| 0);
    let present = {
        let (return_to, resume_at) = (return_to.clone(), resume_at.clone());
        Callback::from(move |()| {
            *return_to.borrow_mut() = Some(browser::page_place());
            browser::set_hash(&route::slide_hash(*resume_at.borrow()));
        })
    };
    let mode = Mode::from_hash(&location.hash);
    if let Mode::Deck(request) = mode {
        let count = slides::planned(article).len();
        let index = request.index(count);
        *resume_at.borrow_mut() = if index + 1 < count { index } else { 0 };
    }
    let on_page = mode == Mode::Page;
    // Counted as the views render: the page's effect runs on every return from the deck.
    let views = use_changes(on_page);
    // The deck has its own theme, the projector's until the presenter picks another (saved).
    let (deck_theme, choose_deck_theme, show_deck_theme) = use_deck_theme();
    let shown_theme = match mode {
        Mode::Page => theme,
        Mode::Deck(_) | Mode::Console(_) => deck_theme,
    };
    use_effect_with(shown_theme, |theme| browser::apply_theme(theme.as_str()));
    // Back from a slide view (not the page's first render).
    {
        let return_to = return_to.clone();
        use_effect_with((on_page, views), move |&(on_page, views)| {
            if on_page && views > 0 {
                // Kept, not taken: a deck entered again by Back or Forward is left for the same
                // place, the one the reader presented from.
                let place = return_to.borrow().clone();
                if !place.is_some_and(|place| browser::return_to(&place, ids::PRESENT)) {
                    browser::focus_at_top(ids::PRESENT);
                }
            }
        });
    }
    // P starts presenting from the page, unless the reader has turned that off.
    {
        let present = present.clone();
        use_effect_with(on_page && shortcut, move |&listening| {
            let listener = listening.then(|| {
                browser::on_key_down(move |event| {
                    if keys::starts_presenting(&event.key()) {
                        event.prevent_default();
                        present.emit(());
                    }
                })
            });
            move || drop(listener)
        });
    }

    match mode {
        Mode::Deck(slide) | Mode::Console(slide) => {
            let console_window = matches!(mode, Mode::Console(_));
            let on_exit = {
                let location = location.clone();
                let return_to = return_to.clone();
                Callback::from(move |()| {
                    // The console's own window closes; the audience's goes back to the page.
                    if console_window {
                        browser::close_window();
                    }
                    // The page's address as it was (`#chart-currency` stays shareable), in a
                    // history entry of its own: Back returns to the slide left. As the hash the
                    // page opened at (visit 0), it is not followed as a link: the reader is put
                    // back where they were, with the cards as they left them.
                    let hash = return_to
                        .borrow()
                        .as_ref()
                        .map(|place| page_hash(article, place.hash()))
                        .unwrap_or_default();
                    browser::write_hash(&hash, browser::Entry::New);
                    location.set(Location { hash, visit: 0 });
                })
            };
            html! {
                <Presentation {article} {slide} visit={location.visit} theme={deck_theme} {console_window}
                    on_go={Callback::from(move |i: usize| browser::set_hash(&mode.hash_of(i)))}
                    on_theme={choose_deck_theme} on_told_theme={show_deck_theme} {on_exit} />
            }
        }
        Mode::Page => html! {
            <>
                { page(article, Choices { theme, choose_theme, shortcut, choose_shortcut }, command, Cards::new(open_cards), present) }
                <SharePanel {article} />
            </>
        },
    }
}

/// The page's hash to give back on leaving present mode: `hash` as it was when presenting began,
/// except that one naming a chart names it as the reader has left it since (Show chart pressed
/// after a return from the deck rewrites the address, not the place kept).
fn page_hash(article: &'static Article, hash: &str) -> String {
    match route::deep_link(article, hash).map(|link| link.target) {
        Some(LinkTarget::Chart { figure, .. }) => LinkTarget::Chart {
            figure,
            table: shown_as_table(figure),
        }
        .hash(article),
        _ => hash.to_owned(),
    }
}

/// What the reader has chosen for the page, with the callbacks that change it.
struct Choices {
    theme: Theme,
    choose_theme: Callback<Theme>,
    /// Whether P starts presenting (`hooks::use_shortcut`).
    shortcut: bool,
    choose_shortcut: Callback<bool>,
}

/// The page view: header with the headline figures, contents, the cards and the footer.
fn page(
    article: &'static Article,
    choices: Choices,
    command: Callback<CardCommand>,
    cards: Cards,
    present: Callback<()>,
) -> Html {
    let present = present.reform(|_: MouseEvent| ());
    let all = |c: fn() -> CardCommand| command.reform(move |_: MouseEvent| c());
    let all_refs: Vec<u32> = article.references.iter().map(|r| r.number).collect();
    let words = &article.labels.interface;
    let references = html! {
        <a href={CardId::References.href()}>{ figures::reference_list(&all_refs) }</a>
    };
    html! {
        <>
            <a class="skip-link" href={format!("#{}", ids::MAIN)}>{ words.skip.as_str() }</a>
            { hero(article, html! {
                <>
                    <button type="button" id={ids::PRESENT} class="button button--on-navy needs-js" onclick={present}
                        aria-keyshortcuts={choices.shortcut.then_some(keys::PRESENT)}>
                        { glyph_icon(Glyph::Present, 18) }{ words.present.as_str() }
                        if choices.shortcut { <kbd>{ keys::PRESENT }</kbd> }
                    </button>
                    { theme_switch(article, choices.theme, &choices.choose_theme) }
                </>
            }) }
            <div class="layout">
                { contents_nav(article) }
                <main id={ids::MAIN} class="cards" tabindex="-1">
                    // One live region, in the accessibility tree from the start, so that a notice
                    // shown in it later is announced (a region that appears with its text is not).
                    <div class="notices" role="status">
                        <p class="notice notice--no-app">{ fill(&words.no_app, &[("key", keys::PRESENT)]) }</p>
                        <p class="notice notice--slow-app">{ words.slow_app.as_str() }</p>
                    </div>
                    <div class="cards__toolbar needs-js">
                        <button type="button" class="button" onclick={all(|| CardCommand::OpenAll)}>
                            { glyph_icon(Glyph::OpenAll, 18) }{ words.open_all.as_str() }
                        </button>
                        <button type="button" class="button" onclick={all(|| CardCommand::CloseAll)}>
                            { glyph_icon(Glyph::CloseAll, 18) }{ words.close_all.as_str() }
                        </button>
                    </div>
                    { for article.sections.iter().map(|section| html! { <SectionCard {article} {section} cards={cards.clone()} /> }) }
                    { references_card(article, cards) }
                </main>
            </div>
            <footer class="footer">
                <p>{ template_markup(&words.footer, |_| references.clone()) }</p>
                { shortcut_switch(article, choices.shortcut, choices.choose_shortcut) }
            </footer>
        </>
    }
}

/// The footer's switch for the page's one-key shortcut: a single character key that acts from
/// anywhere on the page can be set off by speech input or a stray key, so a reader can turn it
/// off (WCAG 2.1.4). Present mode's own keys act only in present mode.
fn shortcut_switch(article: &Article, on: bool, choose: Callback<bool>) -> Html {
    let onchange = Callback::from(move |event: Event| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            choose.emit(input.checked());
        }
    });
    html! {
        <p class="footer__shortcut needs-js">
            <label>
                <input type="checkbox" id={ids::SHORTCUT} checked={on} {onchange} />
                { fill(&article.labels.interface.shortcut, &[("key", keys::PRESENT)]) }
            </label>
        </p>
    }
}
