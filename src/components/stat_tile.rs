//! A headline figure as a tile: label, qualifier, number, unit, period and source.

use super::amount::{Place, amount};
use super::icon::{Glyph, glyph_icon};
use crate::content::{Article, Category, Figure};
use crate::figures::{self, Amount};
use crate::ids::CardId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatTileProps {
    pub article: &'static Article,
    pub figure: &'static Figure,
    /// On a slide: the source as its references only, so the tile stays short at projector size.
    #[prop_or(false)]
    pub compact: bool,
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
    let figure = props.figure;
    let observation = figure.latest();
    let value = Amount::new(figure, observation, true);
    let period = observation.period.map(|p| p.to_string());
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
                    <span class="tile__source">{ format!("Refs {}", figures::reference_list(&figure.source.references)) }</span>
                } else {
                    <span class="tile__source">
                        { "Source: " }
                        <a href={CardId::Section(&figure.source.section).href()}>{ figures::source_section(props.article, figure) }</a>
                        if !figure.source.references.is_empty() {
                            { ", refs " }
                            <a href={CardId::References.href()}>{ figures::reference_list(&figure.source.references) }</a>
                        }
                    </span>
                }
            </p>
        </li>
    }
}
