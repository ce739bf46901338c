//! The App root: owns the open cards and the theme, and lays out the page.

use crate::browser;
use crate::components::presentation::Presentation;
use crate::components::{
    contents_nav::ContentsNav,
    hero::Hero,
    icon::{Glyph, glyph_icon},
    references_card::ReferencesCard,
    section_card::SectionCard,
    theme_switch::ThemeSwitch,
};
use crate::content::{self, Article};
use crate::figures;
use crate::hooks::{use_deep_link, use_location_hash, use_theme};
use crate::route;
use crate::state::{CardAction, OpenCards, REFERENCES_ID};
use crate::theme::Theme;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub article: &'static Article,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            article: content::article(),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let article = props.article;
    let cards = use_reducer_eq(|| OpenCards::new(article));
    let (theme, choose_theme) = use_theme();
    let hash = use_location_hash();
    use_deep_link(article, cards.dispatcher(), &hash);
    use_effect_with((), |_| browser::mark_ready());

    // Present mode is a URL: `#/slide/N`. The deck has its own theme, the projector's at first.
    // The deck itself is planned only when presenting, by `Presentation`.
    let presenting = route::is_slide_hash(&hash);
    let deck_theme = use_state_eq(|| Theme::Projector);
    let shown_theme = if presenting { *deck_theme } else { theme };
    use_effect_with(shown_theme, |theme| browser::apply_theme(theme.as_str()));
    // P starts presenting from the page.
    use_effect_with(presenting, |presenting| {
        let listener = (!*presenting).then(|| {
            browser::on_key_down(|event| {
                if event.key().eq_ignore_ascii_case("p") {
                    event.prevent_default();
                    browser::set_hash(&route::slide_hash(0));
                }
            })
        });
        move || drop(listener)
    });

    if presenting {
        let on_exit = {
            let hash = hash.clone();
            Callback::from(move |()| {
                browser::clear_hash();
                hash.set(String::new());
            })
        };
        return html! {
            <Presentation {article} hash={(*hash).clone()} theme={*deck_theme}
                on_go={Callback::from(|i: usize| browser::set_hash(&route::slide_hash(i)))}
                on_theme={Callback::from(move |t: Theme| deck_theme.set(t))} {on_exit} />
        };
    }
    let present = Callback::from(|_: MouseEvent| browser::set_hash(&route::slide_hash(0)));

    let dispatch = |action: fn() -> CardAction| {
        let cards = cards.dispatcher();
        Callback::from(move |_: MouseEvent| cards.dispatch(action()))
    };
    let on_toggle = {
        let cards = cards.dispatcher();
        Callback::from(move |id: String| cards.dispatch(CardAction::Toggle(id)))
    };
    let all_refs: Vec<u32> = article.references.iter().map(|r| r.number).collect();

    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <Hero {article}>
                <button type="button" class="button button--on-navy needs-js" onclick={present} aria-keyshortcuts="P">
                    { glyph_icon(Glyph::Present, 18) }{ "Present" }<kbd>{ "P" }</kbd>
                </button>
                <ThemeSwitch {theme} on_change={choose_theme} />
            </Hero>
            <div class="layout">
                <ContentsNav {article} />
                <main id="main" class="cards" tabindex="-1">
                    <div class="cards__toolbar needs-js">
                        <button type="button" class="button" onclick={dispatch(|| CardAction::OpenAll)}>
                            { glyph_icon(Glyph::OpenAll, 18) }{ "Open all" }
                        </button>
                        <button type="button" class="button" onclick={dispatch(|| CardAction::CloseAll)}>
                            { glyph_icon(Glyph::CloseAll, 18) }{ "Close all" }
                        </button>
                    </div>
                    { for article.sections.iter().map(|section| html! {
                        <SectionCard {article} {section} cards={(*cards).clone()} on_toggle={on_toggle.clone()} />
                    }) }
                    <ReferencesCard {article} open={cards.is_open(REFERENCES_ID)} on_toggle={on_toggle.clone()} />
                </main>
            </div>
            <footer class="footer">
                <p>
                    { "Every figure is shown as the article states it, with its qualifier. The article lists references " }
                    <a href={format!("#{REFERENCES_ID}")}>{ figures::reference_list(&all_refs) }</a>
                    { " for the whole text and does not attribute a figure to a single one." }
                </p>
            </footer>
        </>
    }
}
