//! A headline figure as a tile: label, qualifier, number, unit, period and source.

use super::amount::{Place, amount};
use super::icon::{Glyph, glyph_icon};
use super::source_links::source_links;
use crate::content::{Article, Category, Figure};
use crate::figures::{self, Amount};
use yew::prelude::*;

/// How a tile gives its source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TileSource {
    /// On the page: the source's section and references, each a link to its card.
    Links,
    /// In an embedded view, which has no cards: the same words, without links.
    Unlinked,
    /// On a slide, a tile whose source is the one written once beside the slide's title
    /// (`slide.rs`): none on the tile, which stays short at projector size.
    Shared,
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

/// A tile: a plain function, as it holds no state (a component would cost the wasm its own glue).
pub fn stat_tile(article: &'static Article, figure: &'static Figure, source: TileSource) -> Html {
    let observation = figure.latest();
    let value = Amount::new(&article.labels, figure, observation, true);
    let period = observation
        .period
        .map(|p| figures::period_label(&article.labels, p));
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
                { match source {
                    TileSource::Shared => Html::default(),
                    TileSource::Unlinked => html! {
                        <span class="tile__source">{ figures::source_line(article, figure) }</span>
                    },
                    TileSource::Links => html! {
                        <span class="tile__source">{ source_links(article, figure) }</span>
                    },
                } }
            </p>
        </li>
    }
}
