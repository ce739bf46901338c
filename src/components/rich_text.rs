//! Article text with its figures filled in from the data: "{arrests} in {arrests.period}" becomes
//! "**Over 2,600 drug smuggling arrests** in 2021", each figure marked up as data.

use crate::content::template::{self, Piece};
use crate::content::{
    Article, Block,
    text::{self, Part, Segment},
};
use crate::figures;
use yew::prelude::*;

/// Whose words a text with placeholders is: the article's own, whose periods keep its hyphen
/// ("2005-2018"), or written for this infographic, as the data file's speaker notes are, whose
/// periods read as in labels and titles ("2005–2018").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Article,
    Ours,
}

/// The plain text a reader sees, as one string (used for labels and by tests).
pub fn plain(article: &Article, source: &str, voice: Voice) -> String {
    pieces(article, source, voice)
        .into_iter()
        .map(|(piece, _)| piece)
        .collect()
}

/// The text as pieces; the figure's id rides along with each filled-in amount.
fn pieces<'a>(
    article: &'a Article,
    source: &'a str,
    voice: Voice,
) -> Vec<(String, Option<&'a str>)> {
    // The data file was validated at build time; should a placeholder still be broken, the
    // raw text is shown rather than nothing.
    let Ok(segments) = text::segments(source) else {
        return vec![(source.to_owned(), None)];
    };
    segments
        .into_iter()
        .enumerate()
        .map(|(i, segment)| match segment {
            Segment::Text(run) => (run.to_owned(), None),
            Segment::Figure { id, part } => match (article.figure(id), part) {
                // A sentence that starts with a figure starts with a capital.
                (Some(figure), Part::Amount) if i == 0 => {
                    (figures::phrase_at_start(&article.labels, figure), Some(id))
                }
                (Some(figure), Part::Amount) => {
                    (figures::phrase(&article.labels, figure), Some(id))
                }
                (Some(figure), Part::Period) => (
                    match voice {
                        Voice::Article => figure
                            .latest()
                            .period
                            .map(|p| p.to_string())
                            .unwrap_or_default(),
                        Voice::Ours => {
                            figures::observation_period(&article.labels, figure.latest())
                        }
                    },
                    None,
                ),
                (None, _) => (format!("{{{id}}}"), None),
            },
        })
        .collect()
}

/// The text as markup, each filled-in figure in a `<strong>`. A plain function rather than a
/// component: the page holds ~40 of these, and as components each would cost hydration its own
/// state and the prerendered page its own markers.
pub fn rich_text(article: &Article, source: &str) -> Html {
    pieces(article, source, Voice::Article)
        .into_iter()
        .map(|(piece, figure)| match figure {
            Some(id) => {
                html! { <strong class="figure-ref" data-figure={id.to_owned()}>{ piece }</strong> }
            }
            None => html! { { piece } },
        })
        .collect()
}

/// An interface template as markup, for slots that hold markup such as a link: its text as text,
/// and each slot, in the template's order, as `slot` makes it from the slot's name.
pub fn template_markup(template: &str, slot: impl Fn(&str) -> Html) -> Html {
    template::pieces(template)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => html! { { text.to_owned() } },
            Piece::Slot(name) => slot(name),
        })
        .collect()
}

/// A paragraph or a list of the article, the same on a card and on a slide. Charts are not text:
/// each view places them itself, so they render nothing here.
pub fn text_block(article: &Article, block: &Block) -> Html {
    match block {
        Block::Paragraph(text) => paragraph(article, text),
        Block::List(items) => list(article, items.iter().map(String::as_str)),
        Block::Charts(_) => Html::default(),
    }
}

/// A paragraph of the article, or the sentences of one that a slide shows.
pub fn paragraph(article: &Article, text: &str) -> Html {
    html! { <p>{ rich_text(article, text) }</p> }
}

/// A list of the article, or the entries of one that a slide shows.
pub fn list<'a>(article: &Article, items: impl Iterator<Item = &'a str>) -> Html {
    html! {
        <ul class="bullets">
            { for items.map(|item| html! { <li>{ rich_text(article, item) }</li> }) }
        </ul>
    }
}
