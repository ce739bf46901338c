//! A headline figure as a tile: label, qualifier, number, unit, period and source.

use super::amount::{Place, amount};
use super::icon::{Glyph, glyph_icon};
use super::rich_text::template_markup;
use crate::content::{Article, Category, Figure, Static, template::fill};
use crate::figures::{self, Amount};
use crate::ids::CardId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatTileProps {
    pub article: Static<Article>,
    pub figure: Static<Figure>,
    /// On a slide: the source as its references only, so the tile stays short at projector size.
    #[prop_or(false)]
    pub compact: bool,
    /// The source's section and references as links to their cards: not in an embedded view,
    /// which has no cards.
    #[prop_or(true)]
    pub linked: bool,
}

/// The class that gives a tile its category colour.
pub fn category_class(category: Category) -> &'static str {
    match category {
        Category::Narcotics => "cat-narcotics",
        Category::Arrests => "cat-arrests",
        Category::Currency => "cat-currency",
        Category::Firearms => "cat-firearms",
        Category::Presence => "cat-presence",
    }
}

#[component]
pub fn StatTile(props: &StatTileProps) -> Html {
    let (article, figure) = (props.article.get(), props.figure.get());
    let observation = figure.latest();
    let value = Amount::new(&article.labels, figure, observation, true);
    let period = observation
        .period
        .map(|p| figures::period_label(&article.labels, p));
    let refs = figures::reference_list(&figure.source.references);
    html! {
        <li class={classes!("tile", category_class(figure.category))} data-figure={figure.id.clone()}>
            <p class="tile__label">
                { glyph_icon(Glyph::Category(figure.category), 22) }
                { figure.label.as_str() }
            </p>
            { amount(&value, Place::Tile) }
            <p class="tile__meta">
                if let Some(period) = period {
                    <span class="tile__period">{ period }</span>
                }
                if props.compact {
                    <span class="tile__source">{ fill(&article.labels.figures.refs, &[("references", &refs)]) }</span>
                } else if !props.linked {
                    <span class="tile__source">{ figures::source_line(article, figure) }</span>
                } else {
                    { source_links(article, figure, &refs) }
                }
            </p>
        </li>
    }
}

/// The tile's source, as `figures::source_text` words it, with the section and the references
/// each a link to its card: "Source: <a>Impact on …</a>, refs <a>[1]–[4]</a>".
fn source_links(article: &'static Article, figure: &'static Figure, refs: &str) -> Html {
    let words = &article.labels.figures;
    let section = || {
        html! {
            <a href={CardId::Section(&figure.source.section).href()}>{ figures::source_section(article, figure) }</a>
        }
    };
    let stated_in = if refs.is_empty() {
        section()
    } else {
        template_markup(&words.stated_in, |slot| match slot {
            "section" => section(),
            _ => html! { <a href={CardId::References.href()}>{ refs.to_owned() }</a> },
        })
    };
    html! {
        <span class="tile__source">{ template_markup(&words.source, |_| stated_in.clone()) }</span>
    }
}
