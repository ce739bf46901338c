//! The page header: title, the article's opening paragraph and the headline figures.

use super::share::{Shared, share_button};
use super::stat_tile::StatTile;
use crate::content::{Article, Static};
use crate::ids;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeroProps {
    pub article: Static<Article>,
    /// Controls shown in the header's top row (theme switch).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Hero(props: &HeroProps) -> Html {
    let article = props.article.get();
    let tiles = article
        .key_figures
        .iter()
        .filter_map(|id| article.figure(id));
    html! {
        <header class="hero">
            <div class="hero__inner">
                <div class="hero__bar">{ props.children.clone() }</div>
                <h1 class="hero__title">{ article.title.as_str() }</h1>
                <p class="hero__lede">{ article.lede.as_str() }</p>
                <section class="key-figures" id={ids::KEY_FIGURES} aria-labelledby={ids::KEY_FIGURES_TITLE}>
                    <h2 id={ids::KEY_FIGURES_TITLE} class="visually-hidden">{ article.labels.interface.key_figures.as_str() }</h2>
                    <ul class="tiles">
                        { for tiles.map(|figure| html! { <StatTile {article} {figure} /> }) }
                    </ul>
                    { share_button(article, Shared::KeyFigures) }
                </section>
            </div>
        </header>
    }
}
