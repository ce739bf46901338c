//! Sharing a card, a chart or the headline figures. Each has a small Share button; all of them
//! open the page's one share panel (a native `popover`: Esc and a click outside close it, and
//! focus goes back to the button), which then offers, for what was chosen: Copy link, the system
//! share sheet where there is one, Copy embed code where the view can be embedded, and Copy
//! citation (`cite.rs`, dated the day it is copied). Each copy is confirmed in a status line that screen readers announce; where the
//! browser refuses to copy, the text is shown, selected, to copy by hand. One panel, not one per
//! button, so the page carries its markup once. The buttons need the app, so they are hidden
//! without script; the early script holds a click made before the app is ready and replays it.

use super::icon::{Glyph, glyph_icon};
use crate::browser;
use crate::content::{Article, Static, template::fill};
use crate::embed::{Embed, embed_code, site_root};
use crate::ids::{self, CardId};
use crate::route::{self, LinkTarget};

/// The Share buttons' attribute that names what they share, by the hash that links to it.
const SHARE_DATA: &str = "data-share";
use yew::prelude::*;

/// What a Share button shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    Card(CardId),
    /// A chart, as the reader shows it: as a chart, or as its table.
    Chart {
        figure: &'static str,
        table: bool,
    },
    KeyFigures,
}

impl Shared {
    /// What is shared, in words: a card's title, a chart's label and period.
    fn title(self, article: &Article) -> String {
        match self {
            Shared::Card(CardId::References) => article.labels.references.clone(),
            Shared::Card(CardId::Section(id)) => article
                .section_path(id)
                .and_then(|path| path.last().map(|s| s.title.clone()))
                .unwrap_or_default(),
            Shared::Chart { figure, .. } => Embed::Chart(figure).label(article),
            Shared::KeyFigures => Embed::KeyFigures.label(article),
        }
    }

    /// The share button's accessible name.
    fn button_name(self, article: &Article) -> String {
        let words = &article.labels.share;
        match self {
            Shared::Card(_) => fill(&words.share_card, &[("title", &self.title(article))]),
            Shared::Chart { figure, table } => {
                let name = article
                    .figure(figure)
                    .map(|f| f.label.to_ascii_lowercase())
                    .unwrap_or_default();
                let template = if table {
                    &words.share_table
                } else {
                    &words.share_chart
                };
                fill(template, &[("name", &name)])
            }
            Shared::KeyFigures => words.share_key_figures.clone(),
        }
    }

    /// The page hash that opens it.
    fn hash(self, article: &Article) -> String {
        match self {
            Shared::Card(card) => LinkTarget::Card(card).hash(article),
            Shared::Chart { figure, table } => LinkTarget::Chart { figure, table }.hash(article),
            Shared::KeyFigures => Embed::KeyFigures.page_hash(article),
        }
    }

    /// What a Share button's `data-share` (its link's hash) shares.
    fn from_hash(article: &'static Article, hash: &str) -> Option<Shared> {
        if hash.strip_prefix('#') == Some(ids::KEY_FIGURES) {
            return Some(Shared::KeyFigures);
        }
        Some(match route::deep_link(article, hash)?.target {
            LinkTarget::Card(card) => Shared::Card(card),
            LinkTarget::Chart { figure, table } => Shared::Chart { figure, table },
        })
    }

    /// The view another site can embed, if any: a chart or the headline figures.
    fn embed(self) -> Option<Embed> {
        match self {
            Shared::Chart { figure, .. } => Some(Embed::Chart(figure)),
            Shared::KeyFigures => Some(Embed::KeyFigures),
            Shared::Card(_) => None,
        }
    }
}

/// A Share button: names what it shares, and opens the page's share panel, which reads what to
/// share from the button's `data-share` (the hash that links to it). A plain function: the page
/// has seventeen of them, and none holds state.
pub fn share_button(article: &Article, shared: Shared) -> Html {
    html! {
        <button type="button" class="button button--small share__button needs-js" popovertarget={ids::SHARE}
            data-share={shared.hash(article)} aria-label={shared.button_name(article)}>
            { glyph_icon(Glyph::Share, 16) }{ article.labels.share.share.as_str() }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub article: Static<Article>,
}

/// What the last action did, shown in the status line.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Copied; the confirmation to show.
    Copied(String),
    /// The browser refused; the text to copy by hand.
    Refused(String),
}

/// The page's one share panel.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let article = props.article.get();
    let words = &article.labels.share;
    let outcome = use_state_eq(|| None::<Outcome>);
    // What the last Share button pressed shares; none before the first.
    let shared = use_state_eq(|| None::<Shared>);
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_click_data(SHARE_DATA, move |hash| {
                shared.set(Shared::from_hash(article, &hash))
            });
            move || drop(listener)
        });
    }
    // What this browser offers, known only once the app runs: never in the prerendered page.
    let offers = use_state_eq(|| (false, false));
    {
        let offers = offers.clone();
        use_effect_with((), move |_| {
            offers.set((browser::can_share(), browser::has_web_address()))
        });
    }
    // Another thing to share starts with no confirmation.
    {
        let outcome = outcome.clone();
        use_effect_with(*shared, move |_| outcome.set(None));
    }
    // A refused copy shows its text, selected, once it is in the page; a copy's confirmation is
    // brought into the panel's view.
    use_effect_with((*outcome).clone(), |outcome| match outcome {
        Some(Outcome::Refused(_)) => browser::select_text_in(ids::SHARE),
        Some(Outcome::Copied(_)) => browser::reveal_status_in(ids::SHARE),
        None => {}
    });
    // Opening the panel moves focus into it and clears the last confirmation.
    let on_toggle = {
        let outcome = outcome.clone();
        Callback::from(move |event: Event| {
            let Some(panel) = event.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            if browser::is_open_popover(&panel) {
                outcome.set(None);
                browser::focus_first_button(&panel);
            }
        })
    };
    let (can_share, on_the_web) = *offers;
    let shared = *shared;
    let copy = |text: fn(&'static Article, Shared) -> String, confirmation: &str| {
        let (outcome, confirmation) = (outcome.clone(), confirmation.to_owned());
        Callback::from(move |_: MouseEvent| {
            let Some(shared) = shared else { return };
            // Cleared first, so the same confirmation twice is announced twice.
            outcome.set(None);
            let text = text(article, shared);
            let (outcome, confirmation, shown) =
                (outcome.clone(), confirmation.clone(), text.clone());
            browser::copy_text(&text, move |copied| {
                outcome.set(Some(if copied {
                    Outcome::Copied(confirmation)
                } else {
                    Outcome::Refused(shown)
                }))
            });
        })
    };
    // The system's sheet says what it did: the last copy's confirmation (or its text to copy by
    // hand) is no longer the panel's news.
    let system = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            outcome.set(None);
            if let Some(shared) = shared {
                let title = fill(
                    &words.system_title,
                    &[
                        ("title", &shared.title(article)),
                        ("article", &article.title),
                    ],
                );
                browser::share(&title, &link(article, shared));
            }
        })
    };
    let status = match &*outcome {
        Some(Outcome::Copied(confirmation)) => confirmation.clone(),
        // From a file, the text's address is the file's name, as a copy's confirmation says.
        Some(Outcome::Refused(_)) if !on_the_web => words.manual_file.clone(),
        Some(Outcome::Refused(_)) => words.manual.clone(),
        None => String::new(),
    };
    // From a file, the link is the file's name with the place in it, and the reader is told so:
    // it is no web address.
    let (link_copied, citation_copied) = match shared {
        Some(shared) if !on_the_web => (
            fill(&words.copied_file_link, &[("link", &link(article, shared))]),
            &words.copied_file_citation,
        ),
        _ => (words.copied_link.clone(), &words.copied_citation),
    };
    let title = shared.map(|s| s.title(article)).unwrap_or_default();
    let heading = fill(&words.heading, &[("title", &title)]);
    html! {
        <div popover="auto" id={ids::SHARE} class="share__panel" role="dialog" aria-label={heading.clone()}
            ontoggle={on_toggle} data-share={shared.map(|s| s.hash(article))}
            onfocusout={Callback::from(|e: FocusEvent| browser::close_popover_left(&e, ids::SHARE, SHARE_DATA))}
            onkeydown={Callback::from(|e: KeyboardEvent| browser::close_popover_back(&e, ids::SHARE, SHARE_DATA))}>
            <p class="share__heading">{ heading }</p>
            <div class="share__actions">
                <button type="button" class="button" onclick={copy(link, &link_copied)}>{ words.copy_link.as_str() }</button>
                if can_share {
                    <button type="button" class="button" onclick={system}>{ words.system.as_str() }</button>
                }
                if on_the_web && shared.and_then(Shared::embed).is_some() {
                    <button type="button" class="button" onclick={copy(embed, &words.copied_embed)}>{ words.copy_embed.as_str() }</button>
                }
                <button type="button" class="button" onclick={copy(citation, citation_copied)}>{ words.copy_citation.as_str() }</button>
            </div>
            <p class="share__status" role="status">{ status }</p>
            if let Some(Outcome::Refused(text)) = &*outcome {
                <textarea class="share__text" readonly=true rows="4" aria-label={words.manual.clone()} value={text.clone()} />
            }
            <button type="button" class="button button--small share__close" popovertarget={ids::SHARE}
                popovertargetaction="hide">{ words.close.as_str() }</button>
        </div>
    }
}

/// The link that opens what is shared: this page's address and the hash that names it.
fn link(article: &'static Article, shared: Shared) -> String {
    format!("{}{}", browser::public_address(""), shared.hash(article))
}

/// The code that embeds it from this site.
fn embed(article: &'static Article, shared: Shared) -> String {
    shared
        .embed()
        .map(|embed| embed_code(article, site_root(&browser::public_address("")), embed))
        .unwrap_or_default()
}

/// A citation of the article and of this infographic at what is shared, accessed today.
fn citation(article: &'static Article, shared: Shared) -> String {
    crate::citation(
        article,
        &shared.title(article),
        &link(article, shared),
        &browser::today_iso(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn each_shared_thing_has_its_name_link_and_embed() {
        let a = article();
        let all = [
            Shared::Card(CardId::Section("strategies")),
            Shared::Card(CardId::References),
            Shared::Chart {
                figure: "narcotics",
                table: false,
            },
            Shared::KeyFigures,
        ];
        let table = Shared::Chart {
            figure: "narcotics",
            table: true,
        };
        assert_eq!(table.hash(a), "#chart-narcotics-table");
        assert_eq!(
            all.map(|s| s.hash(a)),
            [
                "#strategies",
                "#references",
                "#chart-narcotics",
                "#key-figures"
            ]
        );
        assert_eq!(all[2].button_name(a), "Share the narcotics seized chart");
        assert_eq!(table.button_name(a), "Share the narcotics seized table");
        assert_eq!(all[1].title(a), "References");
        assert_eq!(all.map(|s| s.embed().is_some()), [false, false, true, true]);
        for shared in all.into_iter().chain([table]) {
            assert_eq!(Shared::from_hash(a, &shared.hash(a)), Some(shared));
        }
        assert_eq!(Shared::from_hash(a, "#nothing"), None);
    }
}
