//! The App root: owns the open cards and the theme, and lays out the page.

use crate::browser;
use crate::components::{
    contents_nav::ContentsNav,
    hero::Hero,
    icon::{Glyph, GlyphIcon},
    references_card::ReferencesCard,
    section_card::SectionCard,
    theme_switch::ThemeSwitch,
};
use crate::content::{self, Article};
use crate::figures;
use crate::hooks::{use_deep_link, use_theme};
use crate::state::{CardAction, OpenCards, REFERENCES_ID};
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
    use_deep_link(article, cards.dispatcher());
    use_effect_with((), |_| browser::mark_scripted());

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
                <ThemeSwitch {theme} on_change={choose_theme} />
            </Hero>
            <div class="layout">
                <ContentsNav {article} />
                <main id="main" class="cards" tabindex="-1">
                    <div class="cards__toolbar needs-js">
                        <button type="button" class="button" onclick={dispatch(|| CardAction::OpenAll)}>
                            <GlyphIcon glyph={Glyph::OpenAll} size={18} />{ "Open all" }
                        </button>
                        <button type="button" class="button" onclick={dispatch(|| CardAction::CloseAll)}>
                            <GlyphIcon glyph={Glyph::CloseAll} size={18} />{ "Close all" }
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
