//! The page header: title, the article's opening paragraph and the headline figures.

use super::share::{Shared, share_button};
use super::stat_tile::{TileSource, stat_tile};
use crate::content::Article;
use crate::ids;
use yew::prelude::*;

/// The header, with `bar`, the controls of its top row (Present, the theme switch). A plain
/// function, as it holds no state: a component would cost the wasm its own glue.
pub fn hero(article: &'static Article, bar: Html) -> Html {
    let tiles = article.headline_figures();
    html! {
        <header class="hero">
            <div class="hero__inner">
                <div class="hero__bar needs-js">{ bar }</div>
                <h1 class="hero__title">{ article.title.as_str() }</h1>
                <p class={ids::LEDE_CLASS}>{ article.lede.as_str() }</p>
                <section class="key-figures" id={ids::KEY_FIGURES} aria-labelledby={ids::KEY_FIGURES_TITLE}>
                    <h2 id={ids::KEY_FIGURES_TITLE} class="visually-hidden">{ article.labels.interface.key_figures.as_str() }</h2>
                    <ul class="tiles">
                        { for tiles.map(|figure| stat_tile(article, figure, TileSource::Links)) }
                    </ul>
                    { share_button(article, Shared::KeyFigures) }
                </section>
            </div>
        </header>
    }
}
