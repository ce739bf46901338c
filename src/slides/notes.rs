//! Speaker notes, planned from the data beside each slide: for a chart, the figure exactly as
//! stated, its period, source and derived values, how to read the chart's key (from what the
//! chart draws), and the caveats a careful speaker states; for a text slide, the section it
//! belongs to, and each figure its text states, in full, with its caveats; then the notes the
//! data file's author wrote for the slide's section (on the section's first slide) or figure;
//! for every slide, last, what comes next. Pure data: drawn by `components::notes`, in the
//! presenter console and on the printed deck.

use super::{Body, Item, Slide, figures_in};
use crate::charts::{self, ChartKind};
use crate::content::{Article, Figure, Period, Qualifier, Section};

/// One thing the presenter may say.
#[derive(Debug, Clone, PartialEq)]
pub enum Note<'a> {
    /// The section a slide belongs to.
    Section(&'a str),
    /// A figure exactly as stated, its period, source and derived values with their formulas.
    Figure(&'a Figure),
    /// How to read a unit chart's key: each icon stands for `per_mark` of the figure's unit, and
    /// the chart draws `marks` icons (the last in part where that is not a whole number).
    Key {
        figure: &'a Figure,
        per_mark: f64,
        marks: f64,
    },
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
    /// The next slide goes on with this one's title: its opening words, the cue that tells it
    /// from this one (the article's text, placeholders and all).
    NextMore { title: &'a str, opening: &'a str },
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
    // Figures a slide states: each in full, then the caveats they call for.
    let stated = |figures: Vec<&'a Figure>, out: &mut Vec<Note<'a>>| {
        out.extend(figures.iter().map(|f| Note::Figure(f)));
        for figure in figures {
            caveats(figure, out);
        }
    };
    match &slide.body {
        Body::Title | Body::References => {}
        Body::KeyFigures(figures) => stated(figures.clone(), &mut out),
        // The text's figures in full, as the chart slides give theirs: the slide states them
        // as the article phrases them, with their source at its foot.
        Body::Text(items) => {
            out.push(Note::Section(&slide.section.title));
            stated(figures_in(article, items), &mut out);
        }
        Body::Chart(figure) => {
            out.push(Note::Figure(figure));
            if let ChartKind::Units { per_mark, marks } = charts::kind(figure) {
                out.push(Note::Key {
                    figure,
                    per_mark,
                    marks,
                });
            }
            caveats(figure, &mut out);
            out.push(Note::OwnScale);
        }
    }
    out.extend(authored(deck, index).into_iter().map(Note::Authored));
    out.push(
        deck.get(index + 1)
            .map_or(Note::Last, |next| match opening(next) {
                Some(opening) if next.title == slide.title => Note::NextMore {
                    title: next.title,
                    opening,
                },
                _ => Note::Next(next.title),
            }),
    );
    out
}

/// Words a continued slide's cue quotes of its opening.
const OPENING_WORDS: usize = 6;

/// The opening words of a slide going on under the previous one's title: a text slide's first
/// paragraph or list entry, cut after [`OPENING_WORDS`] words (a placeholder, which holds no
/// space, is never cut), and on through the period of any figure named in them (`{id}` keeps its
/// `{id.period}`: a figure is never quoted without its year); the headline figures' next slide,
/// its first figure's label.
fn opening<'a>(slide: &Slide<'a>) -> Option<&'a str> {
    let text = match &slide.body {
        Body::Text(items) => match items.first()? {
            Item::Paragraph(piece) => piece.text,
            Item::List(entries) => entries.first()?.text,
        },
        Body::KeyFigures(figures) => return figures.first().map(|f| f.label.as_str()),
        Body::Title | Body::Chart(_) | Body::References => return None,
    };
    let mut end = text
        .match_indices(' ')
        .nth(OPENING_WORDS - 1)
        .map_or(text.len(), |(at, _)| at);
    let named: Vec<&str> = text[..end]
        .split('{')
        .skip(1)
        .filter_map(|run| run.split_once('}').map(|(id, _)| id))
        .filter(|id| !id.contains('.'))
        .collect();
    for id in named {
        if let Some(at) = text[end..].find(&format!("{{{id}.period}}")) {
            end += at + id.len() + ".period}".len() + 1;
        }
    }
    let cut = text[..end].trim_end_matches([',', ';', ':']);
    // A full stop ends it unless it ends an initialism ("U.S.").
    Some(if super::initialism(cut) {
        cut
    } else {
        cut.trim_end_matches('.')
    })
}

/// The authored notes of slide `index`. A section's (or subsection's) go on its first slide
/// alone, the first of its text slides where it has one: said once, where the section starts, not
/// again on every slide it fills, nor on its subsections'. A chart slide has its figure's, which
/// say how to read that chart: the section's would push them, and what comes next, out of the
/// console's view. The headline figures' slide shows four figures at once: their notes are for
/// their charts.
fn authored<'a>(deck: &[Slide<'a>], index: usize) -> Vec<&'a str> {
    let Some(slide) = deck.get(index) else {
        return Vec::new();
    };
    let notes: &'a [String] = match (&slide.body, slide.from) {
        (Body::Text(_), Some(from)) if first_slide(deck, from) == Some(index) => &from.notes,
        (Body::Chart(figure), _) => &figure.notes,
        _ => &[],
    };
    notes.iter().map(String::as_str).collect()
}

/// The slide where `section`'s notes go: its first text slide, or its first slide of any kind.
fn first_slide(deck: &[Slide], section: &Section) -> Option<usize> {
    let from = |slide: &Slide| slide.from.is_some_and(|f| f.id == section.id);
    deck.iter()
        .position(|s| from(s) && matches!(s.body, Body::Text(_)))
        .or_else(|| deck.iter().position(from))
}

/// The period most headline figures share (2021), if they share one.
fn usual_period(article: &Article) -> Option<Period> {
    let periods: Vec<Period> = article
        .headline_figures()
        .filter_map(|figure| figure.latest().period)
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
            match (notes.last(), deck.get(index + 1)) {
                (Some(Note::Last), None) => {}
                (Some(Note::Next(title)), Some(next)) => {
                    assert_eq!(*title, next.title);
                    assert_ne!(
                        next.title,
                        deck[index].title,
                        "slide {}: which one?",
                        index + 1
                    );
                }
                // A slide going on under the same title is told by its opening words.
                (Some(Note::NextMore { title, opening }), Some(next)) => {
                    assert_eq!((*title, next.title), (deck[index].title, deck[index].title));
                    let Body::Text(items) = &next.body else {
                        panic!("slide {}: a text slide goes on", index + 2)
                    };
                    let first = match &items[0] {
                        Item::Paragraph(p) => p.text,
                        Item::List(entries) => entries[0].text,
                    };
                    assert!(first.starts_with(opening), "{opening}");
                    // A figure quoted keeps its period, if its text gives one.
                    for figure in &a.figures {
                        let (named, period) = (
                            format!("{{{}}}", figure.id),
                            format!("{{{}.period}}", figure.id),
                        );
                        if opening.contains(&named) && first.contains(&period) {
                            assert!(opening.contains(&period), "{opening}");
                        }
                    }
                }
                other => panic!("slide {}: {other:?}", index + 1),
            }
            if let Body::Text(_) = deck[index].body {
                assert!(notes.contains(&Note::Section(&deck[index].section.title)));
            }
        }
    }

    #[test]
    fn a_cue_keeps_a_figures_period_and_an_initialisms_full_stop() {
        use crate::slides::{Piece, Size};
        let a = article();
        let section = &a.sections[0];
        let slide = |text: &'static str| Slide {
            section,
            from: Some(section),
            title: "T",
            body: Body::Text(vec![Item::Paragraph(Piece {
                text,
                continues: false,
            })]),
            size: Size::Base,
        };
        assert_eq!(
            opening(&slide(
                "Seizure of {narcotics} of narcotics in {narcotics.period} and more"
            )),
            Some("Seizure of {narcotics} of narcotics in {narcotics.period}")
        );
        assert_eq!(
            opening(&slide("Drug trafficking across the whole U.S. and beyond")),
            Some("Drug trafficking across the whole U.S.")
        );
        assert_eq!(
            opening(&slide("One two three four five six, seven")),
            Some("One two three four five six")
        );
        assert_eq!(opening(&slide("Short.")), Some("Short"));
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

    #[test]
    fn a_text_slide_gives_each_figure_it_states_in_full_with_its_caveats() {
        let a = article();
        let deck = deck(a);
        let figures_of = |notes: &[Note]| -> Vec<String> {
            notes
                .iter()
                .filter_map(|n| match n {
                    Note::Figure(f) => Some(f.id.clone()),
                    _ => None,
                })
                .collect()
        };
        let mut stated = Vec::new();
        for (index, slide) in deck.iter().enumerate() {
            let Body::Text(items) = &slide.body else {
                continue;
            };
            let notes = notes(a, &deck, index);
            let expected: Vec<String> = figures_in(a, items).iter().map(|f| f.id.clone()).collect();
            assert_eq!(figures_of(&notes), expected, "slide {}", index + 1);
            stated.extend(expected);
            if notes
                .iter()
                .any(|n| matches!(n, Note::Figure(f) if f.id == "firearms"))
            {
                assert!(notes.contains(&Note::LowerBound), "slide {}", index + 1);
                assert!(
                    notes.iter().any(|n| matches!(n, Note::OtherPeriod { .. })),
                    "slide {}",
                    index + 1
                );
            }
        }
        // The Impact list's four figures, and the offices and countries of the partners' list.
        for id in [
            "narcotics",
            "arrests",
            "currency",
            "firearms",
            "offices",
            "countries",
        ] {
            assert!(
                stated.iter().any(|s| s == id),
                "{id} is in a text slide's notes"
            );
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
    fn authored_notes_follow_the_planned_ones_on_their_sections_first_slide_and_figures_slides() {
        let a = article();
        let deck = deck(a);
        let section_notes = |id: &str| {
            let path = a.section_path(id).expect("a section of the article");
            path.last().map(|s| s.notes.clone()).unwrap_or_default()
        };
        assert!(!section_notes("impact").is_empty(), "the data has notes");
        let mut seen = Vec::new();
        for (index, slide) in deck.iter().enumerate() {
            let notes = notes(a, &deck, index);
            let authored = authored_notes(&notes);
            let expected: Vec<String> = match (&slide.body, slide.from) {
                // A section's notes once, on the first slide it fills.
                (Body::Text(_), Some(from)) if !seen.contains(&from.id) => {
                    seen.push(from.id.clone());
                    from.notes.clone()
                }
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
        let on = |pick: &dyn Fn(&Slide) -> bool| {
            let index = deck.iter().position(pick).expect("slide");
            authored_notes(&notes(a, &deck, index)).join(" ")
        };
        let chart = on(&|s| matches!(s.body, Body::Chart(f) if f.id == "narcotics"));
        assert!(chart.contains("{narcotics}"), "{chart}");
        assert!(!chart.contains(&section_notes("impact")[0]), "{chart}");
        let impact = |s: &Slide| s.from.is_some_and(|f| f.id == "impact");
        let text = on(&|s| impact(s) && matches!(s.body, Body::Text(_)));
        assert_eq!(text, section_notes("impact").join(" "));
        // The section's later text slide (after its charts) and its subsections' have none.
        let texts: Vec<usize> = (0..deck.len())
            .filter(|i| impact(&deck[*i]) && matches!(deck[*i].body, Body::Text(_)))
            .collect();
        assert!(
            texts.len() > 1,
            "the impact section fills text slides on both sides of its charts"
        );
        for index in &texts[1..] {
            assert_eq!(authored_notes(&notes(a, &deck, *index)), Vec::<&str>::new());
        }
        for sub in ["sinaloa-cartel", "ms-13", "hezbollah"] {
            assert_eq!(on(&|s| s.from.is_some_and(|f| f.id == sub)), "", "{sub}");
        }
        let title = on(&|s| s.body == Body::Title);
        assert_eq!(title, "", "the title slide has no section's notes");
    }

    /// No authored note names the icon a chart draws (the code chooses it), and the planned key
    /// note says how many icons the chart draws, each for how much: what the chart itself says.
    #[test]
    fn a_unit_charts_key_is_read_from_what_it_draws() {
        let a = article();
        let deck = deck(a);
        for (_, note) in a.authored_notes() {
            for shape in ["package", "person", "people", "box", "pictogram"] {
                assert!(!note.to_lowercase().contains(shape), "{note}");
            }
        }
        for (index, slide) in deck.iter().enumerate() {
            let Body::Chart(figure) = slide.body else {
                continue;
            };
            let keys: Vec<(f64, f64)> = notes(a, &deck, index)
                .into_iter()
                .filter_map(|n| match n {
                    Note::Key {
                        per_mark, marks, ..
                    } => Some((per_mark, marks)),
                    _ => None,
                })
                .collect();
            let ChartKind::Units { per_mark, marks } = charts::kind(figure) else {
                assert!(keys.is_empty());
                continue;
            };
            assert_eq!(keys, [(per_mark, marks)], "{}", figure.id);
        }
        let narcotics = a.figure("narcotics").expect("narcotics");
        assert_eq!(
            charts::kind(narcotics),
            ChartKind::Units {
                per_mark: 20_000.0,
                marks: 70.0
            },
            "seventy whole icons: no part icon to speak of"
        );
    }
}
