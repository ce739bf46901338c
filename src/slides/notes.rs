//! Speaker notes, planned from the data beside each slide: for a chart, the figure exactly as
//! stated, its period, source and derived values, and the caveats a careful speaker states; for a
//! text slide, the section it belongs to; for every slide, what comes next. Pure data: drawn by
//! `components::notes`, in the presenter console and on the printed deck.

use super::{Body, Slide};
use crate::content::{Article, Figure, Period, Qualifier};

/// One thing the presenter may say.
#[derive(Debug, Clone, PartialEq)]
pub enum Note<'a> {
    /// The section a slide belongs to.
    Section(&'a str),
    /// A figure exactly as stated, its period, source and derived values with their formulas.
    Figure(&'a Figure),
    /// "over" and "+" values are lower bounds, not exact counts.
    LowerBound,
    /// A figure for another period than the others (the firearms: 2005–2018, not 2021).
    OtherPeriod { figure: &'a Figure, usual: Period },
    /// Each chart has its own scale: their sizes are not to be compared.
    OwnScale,
    /// The next slide's title.
    Next(&'a str),
    /// The deck ends here.
    Last,
}

/// The notes for slide `index` of `deck`: never empty.
pub fn notes<'a>(article: &'a Article, deck: &[Slide<'a>], index: usize) -> Vec<Note<'a>> {
    let Some(slide) = deck.get(index) else {
        return vec![Note::Last];
    };
    let mut out = Vec::new();
    let caveats = |figure: &'a Figure, out: &mut Vec<Note<'a>>| {
        if figure.qualifier != Qualifier::Exact && !out.contains(&Note::LowerBound) {
            out.push(Note::LowerBound);
        }
        if let (Some(usual), Some(period)) = (usual_period(article), figure.latest().period)
            && period != usual
        {
            out.push(Note::OtherPeriod { figure, usual });
        }
    };
    match &slide.body {
        Body::Title | Body::References => {}
        Body::KeyFigures => {
            let figures: Vec<&Figure> = article
                .key_figures
                .iter()
                .filter_map(|id| article.figure(id))
                .collect();
            out.extend(figures.iter().map(|f| Note::Figure(f)));
            for figure in figures {
                caveats(figure, &mut out);
            }
        }
        Body::Text(_) => out.push(Note::Section(&slide.section.title)),
        Body::Chart(figure) => {
            out.push(Note::Figure(figure));
            caveats(figure, &mut out);
            out.push(Note::OwnScale);
        }
    }
    out.push(
        deck.get(index + 1)
            .map_or(Note::Last, |next| Note::Next(next.title)),
    );
    out
}

/// The period most headline figures share (2021), if they share one.
fn usual_period(article: &Article) -> Option<Period> {
    let periods: Vec<Period> = article
        .key_figures
        .iter()
        .filter_map(|id| article.figure(id)?.latest().period)
        .collect();
    periods
        .iter()
        .copied()
        .max_by_key(|p| periods.iter().filter(|q| *q == p).count())
        .filter(|p| periods.iter().filter(|q| *q == p).count() * 2 > periods.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;
    use crate::slides::deck;

    #[test]
    fn every_slide_has_notes_and_says_what_comes_next() {
        let a = article();
        let deck = deck(a);
        for index in 0..deck.len() {
            let notes = notes(a, &deck, index);
            let expected = deck
                .get(index + 1)
                .map_or(Note::Last, |n| Note::Next(n.title));
            assert_eq!(notes.last(), Some(&expected), "slide {}", index + 1);
            if let Body::Text(_) = deck[index].body {
                assert!(notes.contains(&Note::Section(&deck[index].section.title)));
            }
        }
    }

    #[test]
    fn chart_notes_state_the_figure_and_its_caveats() {
        let a = article();
        let deck = deck(a);
        for (index, slide) in deck.iter().enumerate() {
            let Body::Chart(figure) = slide.body else {
                continue;
            };
            let notes = notes(a, &deck, index);
            assert_eq!(notes.first(), Some(&Note::Figure(figure)));
            assert!(notes.contains(&Note::OwnScale), "{}", figure.id);
            assert_eq!(
                notes.contains(&Note::LowerBound),
                figure.qualifier != Qualifier::Exact,
                "{}",
                figure.id
            );
            let other = notes.iter().find_map(|n| match n {
                Note::OtherPeriod { usual, .. } => Some(usual.to_string()),
                _ => None,
            });
            let expected = (figure.id == "firearms").then(|| "2021".to_owned());
            assert_eq!(other, expected, "{}", figure.id);
        }
    }
}
