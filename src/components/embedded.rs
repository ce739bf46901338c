//! An embedded view, the page another site shows in an `<iframe>`: one chart, or the headline
//! tiles, with the figure's qualifier, unit, period and source as on the page, the article it
//! comes from, a link to the full infographic, and the article's references, which the source
//! names by number ("refs [1]–[4]"). Prerendered into `embed/{view}/index.html`
//! and hydrated like the page. Its height reaches the host page from a script of the page's
//! own (`crates/site/src/embed-height.js`), which needs no wasm.

use super::chart_figure::ChartFigure;
use super::reference_list::reference_list;
use super::stat_tile::{TileSource, stat_tile};
use crate::content::{Article, template::fill};
use crate::embed::{self, Embed};
use crate::ids::{self, Scope};
use yew::prelude::*;

/// The view's markup: a plain function, as it holds no state of its own (the chart holds its
/// table choice).
pub fn embedded(article: &'static Article, embed: Embed) -> Html {
    let words = &article.labels.share;
    let view = match embed {
        Embed::Chart(id) => match article.figure(id) {
            Some(figure) => {
                html! { <ChartFigure {article} {figure} embedded=true level={2} /> }
            }
            None => Html::default(),
        },
        Embed::KeyFigures => {
            let tiles = article.headline_figures();
            html! {
                <section class="hero embedded__tiles" aria-labelledby={ids::KEY_FIGURES_TITLE}>
                    <h2 id={ids::KEY_FIGURES_TITLE} class="embedded__title">{ embed.label(article) }</h2>
                    <ul class="tiles">
                        { for tiles.map(|figure| stat_tile(article, figure, TileSource::Unlinked)) }
                    </ul>
                </section>
            }
        }
    };
    // The link opens the full infographic at the same view, in a tab of its own: the iframe is
    // the host's, not ours to navigate.
    let back = format!("{}{}", embed::INFOGRAPHIC, embed.page_hash(article));
    html! {
        <main id={ids::MAIN} class="embedded">
            // The article's title heads the page for assistive technology; the view's own
            // heading, under it, is what the host page's reader sees first.
            <h1 class="visually-hidden">{ article.title.as_str() }</h1>
            { view }
            <p class="embedded__credit">
                { fill(&words.credit, &[("title", &article.title)]) }{ " " }
                <a href={back} target="_blank" rel="noopener">{ words.back.as_str() }</a>
            </p>
            // The view is a page of its own, with no references card: the list's ids are its own.
            <section class="embedded__references" aria-label={article.labels.references.clone()}>
                { reference_list(article, Scope::Page) }
            </section>
        </main>
    }
}
