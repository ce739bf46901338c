//! A slide's speaker notes as `slides::notes` plans them: in the presenter console, and under
//! each slide of the printed deck. The figure's derived values use the chart's own list.

use super::amount::Place;
use super::derived_list::derived_list;
use super::rich_text::{Voice, plain};
use crate::charts;
use crate::content::{Article, Qualifier, template::fill};
use crate::derived::derived;
use crate::figures::{self, Amount};
use crate::slides::Slide;
use crate::slides::notes::{Note, notes};
use yew::prelude::*;

pub fn speaker_notes(article: &'static Article, deck: &[Slide<'static>], index: usize) -> Html {
    let words = &article.labels.deck;
    let labels = &article.labels;
    html! {
        <ul class="notes">
            { for notes(article, deck, index).into_iter().map(|note| match note {
                Note::Section(title) => html! { <li>{ fill(&words.notes_section, &[("section", title)]) }</li> },
                Note::Figure(figure) => {
                    let exact = Amount::exact(labels, figure, figure.latest(), false).to_string();
                    // ", 2021", or nothing for a figure without a period (HSI's 63 offices).
                    let period = figures::period_suffix(labels, figure);
                    html! {
                        <li>
                            <strong>{ fill(&words.notes_figure, &[("amount", &exact), ("period", &period)]) }</strong>
                            { " " }{ figures::source_line(article, figure) }
                            { derived_list(labels, &derived(labels, figure), Place::Notes) }
                        </li>
                    }
                }
                Note::Key { figure, per_mark, marks } => {
                    let whole = marks.fract() == 0.0;
                    let quantity = Amount::quantity(labels, figure, Qualifier::Exact, per_mark, 0).to_string();
                    let count = charts::units::icon_count(marks);
                    let total = Amount::quantity(labels, figure, Qualifier::Exact, figure.latest().value.get(), 0).to_string();
                    let template = if whole { &words.notes_units } else { &words.notes_units_part };
                    html! { <li>{ fill(template, &[("quantity", &quantity), ("count", &count), ("total", &total)]) }</li> }
                }
                Note::LowerBound => html! { <li>{ words.notes_lower_bound.as_str() }</li> },
                Note::OtherPeriod { figure, usual } => html! {
                    <li>{ fill(&words.notes_other_period, &[
                        ("figure", figure.label.as_str()),
                        ("period", &figure.latest().period.map(|p| figures::period_label(labels, p)).unwrap_or_default()),
                        ("usual", &figures::period_label(labels, usual)),
                    ]) }</li>
                },
                Note::OwnScale => html! { <li>{ words.notes_own_scale.as_str() }</li> },
                // Written for this slide in the data file, not the article's words: its periods
                // read as in labels and titles.
                Note::Authored(text) => html! { <li class="notes__authored">{ plain(article, text, Voice::Ours) }</li> },
                Note::Next(title) => html! { <li class="notes__next">{ fill(&words.notes_next, &[("title", title)]) }</li> },
                Note::NextMore { title, opening } => html! {
                    <li class="notes__next">{ fill(&words.notes_next_more, &[("title", title), ("opening", &plain(article, opening, Voice::Article))]) }</li>
                },
                Note::Last => html! { <li class="notes__next">{ words.notes_last.as_str() }</li> },
            }) }
        </ul>
    }
}
