//! The article's numbered reference list: the same list in the references card, on the last
//! slide and under an embedded view.

use crate::content::Article;
use crate::ids::{self, Scope};
use yew::prelude::*;

/// On the page each reference has an id (`ref-2`) to link to; elsewhere it has none, so that a
/// view showing the list twice keeps its ids unique.
pub fn reference_list(article: &Article, scope: Scope) -> Html {
    // The deck lays the list out in its own way; the page needs no modifier.
    let modifier = (scope != Scope::Page).then_some("references--slide");
    html! {
        <ol class={classes!("references", modifier)}>
            { for article.references.iter().map(|r| html! {
                <li id={(scope == Scope::Page).then(|| ids::reference(r.number))} value={r.number.to_string()}>
                    <span class="references__number">{ format!("[{}]", r.number) }</span>
                    { " " }{ r.title.as_str() }
                </li>
            }) }
        </ol>
    }
}
