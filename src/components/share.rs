//! The Share control of a card, a chart or the headline figures: a button that opens a small
//! non-modal panel (a native `popover`: Esc and a click outside close it, and focus goes back to
//! the button) with Copy link, the system share sheet where there is one, Copy embed code where
//! the view can be embedded, and Copy citation. Each copy is confirmed in a status line that
//! screen readers announce; where the browser refuses to copy, the text is shown, selected, to
//! copy by hand. The whole control needs the app, so it is hidden without script.

use super::icon::{Glyph, glyph_icon};
use crate::browser;
use crate::content::{Article, Static, template::fill};
use crate::embed::{Embed, embed_code, site_root};
use crate::ids::{self, CardId, ChartIds, ChartPart, Scope};
use crate::route::LinkTarget;
use yew::prelude::*;

/// What a Share control shares.
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
    /// The id of the control's panel.
    fn panel_id(self, article: &Article) -> String {
        match self {
            Shared::Card(card) => card.share(),
            Shared::Chart { figure, .. } => article
                .figure(figure)
                .map(|f| ChartIds::new(f, Scope::Page).part(ChartPart::Share))
                .unwrap_or_default(),
            Shared::KeyFigures => ids::key_figures_share(),
        }
    }

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
            Shared::Chart { figure, .. } => {
                let name = article
                    .figure(figure)
                    .map(|f| f.label.to_lowercase())
                    .unwrap_or_default();
                fill(&words.share_chart, &[("name", &name)])
            }
            Shared::KeyFigures => words.share_key_figures.clone(),
        }
    }

    /// The page hash that opens it.
    fn hash(self, article: &Article) -> String {
        match self {
            Shared::Card(card) => LinkTarget::Card(card).hash(article),
            Shared::Chart { figure, table } => LinkTarget::Chart { figure, table }.hash(article),
            Shared::KeyFigures => format!("#{}", ids::KEY_FIGURES),
        }
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

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub article: Static<Article>,
    pub shared: Shared,
}

/// What the last action did, shown in the status line.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Copied; the confirmation to show.
    Copied(String),
    /// The browser refused; the text to copy by hand.
    Refused(String),
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let (article, shared) = (props.article.get(), props.shared);
    let words = &article.labels.share;
    let panel_id = shared.panel_id(article);
    let outcome = use_state_eq(|| None::<Outcome>);
    // What this browser offers, known only once the app runs: never in the prerendered page.
    let offers = use_state_eq(|| (false, false));
    {
        let offers = offers.clone();
        use_effect_with((), move |_| {
            offers.set((browser::can_share(), browser::has_web_address()))
        });
    }
    let (can_share, can_embed) = *offers;

    let copy = |text: fn(&'static Article, Shared) -> String, confirmation: &str| {
        let (outcome, confirmation) = (outcome.clone(), confirmation.to_owned());
        Callback::from(move |_: MouseEvent| {
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
    let system = Callback::from(move |_: MouseEvent| {
        browser::share(&shared.title(article), &link(article, shared))
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
    // A refused copy shows its text, selected, once it is in the page.
    {
        let panel_id = panel_id.clone();
        use_effect_with((*outcome).clone(), move |outcome| {
            if let Some(Outcome::Refused(_)) = outcome {
                browser::select_text_in(&panel_id);
            }
        });
    }
    let status = match &*outcome {
        Some(Outcome::Copied(confirmation)) => confirmation.clone(),
        Some(Outcome::Refused(_)) => words.manual.clone(),
        None => String::new(),
    };
    let heading = fill(&words.heading, &[("title", &shared.title(article))]);
    html! {
        <div class="share needs-js">
            <button type="button" class="button button--small share__button" popovertarget={panel_id.clone()}
                aria-label={shared.button_name(article)}>
                { glyph_icon(Glyph::Share, 16) }{ words.share.as_str() }
            </button>
            <div popover="auto" id={panel_id.clone()} class="share__panel" role="dialog" aria-label={heading.clone()}
                ontoggle={on_toggle}>
                <p class="share__heading">{ heading }</p>
                <div class="share__actions">
                    <button type="button" class="button" onclick={copy(link, &words.copied_link)}>{ words.copy_link.as_str() }</button>
                    if can_share {
                        <button type="button" class="button" onclick={system}>{ words.system.as_str() }</button>
                    }
                    if can_embed && shared.embed().is_some() {
                        <button type="button" class="button" onclick={copy(embed, &words.copied_embed)}>{ words.copy_embed.as_str() }</button>
                    }
                </div>
                <p class="share__status" role="status">{ status }</p>
                if let Some(Outcome::Refused(text)) = &*outcome {
                    <textarea class="share__text" readonly=true rows="4" aria-label={words.manual.clone()} value={text.clone()} />
                }
                <button type="button" class="button button--small share__close" popovertarget={panel_id}
                    popovertargetaction="hide">{ words.close.as_str() }</button>
            </div>
        </div>
    }
}

/// The link that opens what is shared: this page's address and the hash that names it.
fn link(article: &'static Article, shared: Shared) -> String {
    format!("{}{}", browser::page_address(), shared.hash(article))
}

/// The code that embeds it from this site.
fn embed(article: &'static Article, shared: Shared) -> String {
    shared
        .embed()
        .map(|embed| embed_code(article, site_root(&browser::page_address()), embed))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn each_shared_thing_has_its_own_panel_and_link() {
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
        let panels: Vec<String> = all.iter().map(|s| s.panel_id(a)).collect();
        assert_eq!(
            panels,
            [
                "strategies-share",
                "references-share",
                "chart-narcotics-share",
                "key-figures-share"
            ]
        );
        let table = Shared::Chart {
            figure: "narcotics",
            table: true,
        };
        assert_eq!(table.hash(a), "#chart-narcotics-table");
        assert_eq!(all[0].hash(a), "#strategies");
        assert_eq!(all[3].hash(a), "#key-figures");
        assert_eq!(all[2].button_name(a), "Share the narcotics seized chart");
        assert_eq!(all.map(|s| s.embed().is_some()), [false, false, true, true]);
    }
}
