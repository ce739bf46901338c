//! A figure's source on the page, as `figures::source_text` words it, with the section and the
//! references each a link to its card: "Source: <a>Impact on …</a>, refs <a>[1]–[4]</a>". The
//! tiles and the charts give it so; an embedded view and a slide, which have no cards, give the
//! same words without links.

use super::rich_text::template_markup;
use crate::content::{Article, Figure};
use crate::figures;
use crate::ids::CardId;
use yew::prelude::*;

pub fn source_links(article: &'static Article, figure: &'static Figure) -> Html {
    let refs = figures::reference_list(&figure.source.references);
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
            _ => html! { <a href={CardId::References.href()}>{ refs.clone() }</a> },
        })
    };
    template_markup(&words.source, |_| stated_in.clone())
}
