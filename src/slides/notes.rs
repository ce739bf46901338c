//! Speaker notes, planned from the data beside each slide: for a chart, the figure exactly as
//! stated, its period, source and derived values, and the caveats a careful speaker states; for a
//! text slide, the section it belongs to; then the notes the data file's author wrote for the
//! slide's sections and figure; for every slide, last, what comes next. Pure data: drawn by
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
    /// A note written in the data file for the slide's section or figure, placeholders and all.
    Authored(&'a str),
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
    out.extend(authored(article, slide).into_iter().map(Note::Authored));
    out.push(
        deck.get(index + 1)
            .map_or(Note::Last, |next| Note::Next(next.title)),
    );
    out
}

/// The authored notes of a slide. A text slide has those of every section that holds its text,
/// outermost first (a section's notes go with its subsections' slides too); a chart slide has its
/// figure's, which say how to read that chart: the section's would push them, and what comes
/// next, out of the console's view. The headline figures' slide shows four figures at once: their
/// notes are for their charts.
fn authored<'a>(article: &'a Article, slide: &Slide<'a>) -> Vec<&'a str> {
    let notes: Vec<&'a Vec<String>> = match slide.body {
        Body::Text(_) => slide
            .from
            .and_then(|from| article.section_path(&from.id))
            .unwrap_or_default()
            .into_iter()
            .map(|section| &section.notes)
            .collect(),
        Body::Chart(figure) => vec![&figure.notes],
        Body::Title | Body::KeyFigures | Body::References => Vec::new(),
    };
    notes.into_iter().flatten().map(String::as_str).collect()
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

    fn authored_notes<'a>(notes: &[Note<'a>]) -> Vec<&'a str> {
        notes
            .iter()
            .filter_map(|n| match n {
                Note::Authored(text) => Some(*text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn authored_notes_follow_the_planned_ones_on_their_sections_and_figures_slides() {
        let a = article();
        let deck = deck(a);
        let section_notes = |id: &str| {
            let path = a.section_path(id).expect("a section of the article");
            path.last().map(|s| s.notes.clone()).unwrap_or_default()
        };
        assert!(!section_notes("impact").is_empty(), "the data has notes");
        for (index, slide) in deck.iter().enumerate() {
            let notes = notes(a, &deck, index);
            let authored = authored_notes(&notes);
            let expected: Vec<String> = match (&slide.body, slide.from) {
                (Body::Text(_), Some(from)) => a
                    .section_path(&from.id)
                    .expect("section")
                    .iter()
                    .flat_map(|s| s.notes.clone())
                    .collect(),
                (Body::Chart(figure), _) => figure.notes.clone(),
                _ => Vec::new(),
            };
            assert_eq!(authored, expected, "slide {}", index + 1);
            // After every planned note, before what comes next.
            let first = notes.iter().position(|n| matches!(n, Note::Authored(_)));
            if let Some(first) = first {
                assert!(
                    notes[first..notes.len() - 1]
                        .iter()
                        .all(|n| matches!(n, Note::Authored(_)))
                );
            }
        }
        // The pictogram's guidance is on the narcotics chart's slide, and a section's notes on
        // its text slides and its subsections' too.
        let on = |pick: &dyn Fn(&Slide) -> bool| {
            let index = deck.iter().position(pick).expect("slide");
            authored_notes(&notes(a, &deck, index)).join(" ")
        };
        let chart = on(&|s| matches!(s.body, Body::Chart(f) if f.id == "narcotics"));
        assert!(
            chart.contains("pictogram") && chart.contains("{narcotics}"),
            "{chart}"
        );
        assert!(!chart.contains(&section_notes("impact")[0]), "{chart}");
        let text =
            on(&|s| s.from.is_some_and(|f| f.id == "impact") && matches!(s.body, Body::Text(_)));
        assert_eq!(text, section_notes("impact").join(" "));
        let sub = on(&|s| s.from.is_some_and(|f| f.id == "ms-13"));
        assert_eq!(sub, section_notes("impact").join(" "));
        let title = on(&|s| s.body == Body::Title);
        assert_eq!(title, "", "the title slide has no section's notes");
    }
}
