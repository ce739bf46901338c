//! The data file holds the whole article, word for word: every line of `fixtures/article.txt`
//! renders from it exactly, nothing else is said as article text, and every number in the
//! article comes from a typed figure rather than from prose.

use hsi_infographic::components::rich_text::{Voice, plain};
use hsi_infographic::content::{Article, Block, article};
use hsi_infographic::figures;
use hsi_infographic::slides::{Body, Item, deck};
use std::collections::BTreeSet;

const ARTICLE_TXT: &str = include_str!("fixtures/article.txt");

/// Names in the article that contain digits but are not figures.
const NAMES_WITH_DIGITS: [&str; 1] = ["MS-13"];

/// The article's lines, with list markers and reference numbers removed.
fn article_lines() -> Vec<&'static str> {
    ARTICLE_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.strip_prefix("- ").unwrap_or(l))
        .map(strip_reference_number)
        .collect()
}

/// "[2] HSI’s Role …" → "HSI’s Role …"; the number is checked separately.
fn strip_reference_number(line: &str) -> &str {
    line.strip_prefix('[')
        .and_then(|rest| rest.split_once("] "))
        .filter(|(n, _)| n.parse::<u32>().is_ok())
        .map_or(line, |(_, title)| title)
}

/// Every text the app renders as article text, with figures filled in.
fn rendered(a: &'static Article) -> Vec<String> {
    a.prose()
        .into_iter()
        .map(|(_, text)| plain(a, text, Voice::Article))
        .collect()
}

#[test]
fn every_line_of_the_article_is_rendered_exactly() {
    let rendered: BTreeSet<String> = rendered(article()).into_iter().collect();
    let missing: Vec<_> = article_lines()
        .into_iter()
        .filter(|l| !rendered.contains(*l))
        .collect();
    assert!(
        missing.is_empty(),
        "article lines not rendered from the data:\n{}",
        missing.join("\n")
    );
}

#[test]
fn nothing_but_the_article_is_rendered_as_article_text() {
    let lines: BTreeSet<&str> = article_lines().into_iter().collect();
    let extra: Vec<_> = rendered(article())
        .into_iter()
        .filter(|t| !lines.contains(t.as_str()))
        .collect();
    // The first section's card needs a short title: the article repeats the page title there.
    assert_eq!(
        extra,
        vec!["Overview".to_owned()],
        "text that is not in the article"
    );
}

#[test]
fn sections_bullets_and_references_are_all_there() {
    let a = article();
    let titles: Vec<&str> = a.all_sections().iter().map(|s| s.title.as_str()).collect();
    for expected in [
        "Strategies to Disrupt Drug Trafficking",
        "Targeting Transnational Criminal Organizations",
        "Collaboration with Law Enforcement Partners",
        "Interdicting Illicit Drug Shipments",
        "Tracing Weapons and Money",
        "Impact on Drug Trafficking Landscape",
        "Sinaloa Cartel",
        "MS-13",
        "Hezbollah",
        "Continuing the Fight",
    ] {
        assert!(titles.contains(&expected), "missing section {expected}");
    }
    let bullets = ARTICLE_TXT.lines().filter(|l| l.starts_with("- ")).count();
    let items: usize = a
        .all_sections()
        .iter()
        .flat_map(|s| &s.blocks)
        .map(|b| {
            if let Block::List(items) = b {
                items.len()
            } else {
                0
            }
        })
        .sum();
    assert_eq!(items, bullets, "every bullet is one list item");
    let numbered: Vec<String> = ARTICLE_TXT
        .lines()
        .filter(|l| l.starts_with('['))
        .map(str::to_owned)
        .collect();
    let ours: Vec<String> = a
        .references
        .iter()
        .map(|r| format!("[{}] {}", r.number, r.title))
        .collect();
    assert_eq!(ours, numbered, "references, with their numbers, in order");
}

/// The numbers written in a text: "over $522 million in 2021" → ["522", "2021"].
fn numbers(text: &str) -> Vec<String> {
    let mut text = text.to_owned();
    for name in NAMES_WITH_DIGITS {
        text = text.replace(name, "");
    }
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|run| run.trim_matches(|c| c == ',' || c == '.'))
        .filter(|run| run.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_number_in_the_article_is_a_typed_figure() {
    let a = article();
    let mut typed = BTreeSet::new();
    for figure in &a.figures {
        for observation in &figure.observations {
            typed.extend(numbers(&figures::format_number(
                &a.labels,
                observation.value.get(),
            )));
            if let Some(period) = observation.period {
                typed.extend([period.from.to_string(), period.to.to_string()]);
            }
        }
    }
    let body = ARTICLE_TXT
        .lines()
        .filter(|l| !l.starts_with('['))
        .collect::<Vec<_>>()
        .join("\n");
    let untyped: Vec<_> = numbers(&body)
        .into_iter()
        .filter(|n| !typed.contains(n))
        .collect();
    assert!(
        untyped.is_empty(),
        "numbers in the article with no typed figure: {untyped:?}"
    );
}

#[test]
fn article_prose_in_the_data_holds_no_number() {
    for (_, text) in article().prose() {
        assert!(
            numbers(text).is_empty(),
            "a number is typed into prose instead of a figure: {text}"
        );
    }
}

#[test]
fn the_headline_figures_read_as_the_article_states_them() {
    let a = article();
    let phrase = |id: &str| figures::phrase(&a.labels, a.figure(id).expect("figure exists"));
    assert_eq!(phrase("narcotics"), "over 1.4 million pounds");
    assert_eq!(phrase("arrests"), "over 2,600 drug smuggling arrests");
    assert_eq!(phrase("currency"), "over $522 million");
    assert_eq!(phrase("firearms"), "66,000+ illicit firearms");
    assert_eq!(
        a.key_figures,
        ["narcotics", "arrests", "currency", "firearms"]
    );
}

/// The deck's text, one line per article line: a paragraph split between slides joins back into
/// one line with a space, as its sentences were.
fn deck_lines(a: &'static Article) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    // The last paragraph's line, which a run on the next slide continues (after the title and
    // heading that slide repeats).
    let mut open = None;
    let mut piece = |lines: &mut Vec<String>, text: &str, continues: bool| match open {
        Some(at) if continues => {
            let line: &mut String = &mut lines[at];
            line.push(' ');
            line.push_str(&plain(a, text, Voice::Article));
        }
        _ => {
            open = Some(lines.len());
            lines.push(plain(a, text, Voice::Article));
        }
    };
    for slide in deck(a) {
        match &slide.body {
            Body::Title => lines.extend([a.title.clone(), plain(a, &a.lede, Voice::Article)]),
            Body::Text(items) => {
                lines.push(slide.title.to_owned());
                for item in items {
                    match item {
                        Item::Paragraph(p) => piece(&mut lines, p.text, p.continues),
                        Item::List(entries) => {
                            for e in entries {
                                // A list's entries are lines of their own; only a split entry continues.
                                lines.push(plain(a, e.text, Voice::Article));
                            }
                        }
                    }
                }
            }
            Body::References => {
                lines.push(slide.title.to_owned());
                lines.extend(a.references.iter().map(|r| r.title.clone()));
            }
            Body::KeyFigures(_) | Body::Chart(_) => {}
        }
    }
    lines
}

#[test]
fn every_line_of_the_article_is_in_the_deck_word_for_word() {
    let a = article();
    let shown: BTreeSet<String> = deck_lines(a).into_iter().collect();
    // The deck has no table of contents: its overview (O) is one.
    let missing: Vec<_> = article_lines()
        .into_iter()
        .filter(|l| *l != a.labels.contents && !shown.contains(*l))
        .collect();
    assert!(
        missing.is_empty(),
        "article lines missing from the deck:\n{}",
        missing.join("\n")
    );
    let lines: BTreeSet<&str> = article_lines().into_iter().collect();
    let extra: Vec<_> = shown
        .iter()
        .filter(|t| !lines.contains(t.as_str()))
        .collect();
    assert_eq!(
        extra,
        vec!["Overview"],
        "deck text that is not in the article"
    );
}

#[test]
fn the_deck_keeps_the_article_in_order() {
    let order = article_lines();
    let mut seen = BTreeSet::new();
    // Each line where the deck first shows it (a section's title repeats on its slides).
    let positions: Vec<(usize, String)> = deck_lines(article())
        .into_iter()
        .filter(|line| seen.insert(line.clone()))
        .filter_map(|line| Some((order.iter().position(|l| *l == line)?, line)))
        .collect();
    for pair in positions.windows(2) {
        assert!(
            pair[0].0 < pair[1].0,
            "{:?} shown before {:?}",
            pair[1].1,
            pair[0].1
        );
    }
}

/// Where a paragraph may be split between slides: after a sentence's end (`.`, `?`, `!` or `:`,
/// or a closing quote after one), before the space the rejoined text puts back, and before the
/// next sentence's start (a capital, an opening quote or a figure's placeholder). "the U.S. and"
/// ends with a full stop but is no sentence's end: the next word's small letter says so. Nor is
/// "The U.S. Immigration": a run of single letters with full stops (an initialism) is never taken
/// for a sentence's end, whatever follows it.
fn split_at_a_sentence_end(before: &str, after: &str) -> bool {
    let ends = before
        .trim_end_matches(['”', '"', '’', '\''])
        .ends_with(['.', '?', '!', ':']);
    let last_word = before.split_whitespace().last().unwrap_or("");
    let letters: String = last_word.chars().filter(|c| c.is_alphabetic()).collect();
    let stops = last_word.matches('.').count();
    let initialism = !letters.is_empty()
        && letters.chars().count() == stops
        && last_word
            .trim_start_matches(|c: char| !c.is_alphabetic())
            .split_terminator('.')
            .all(|letter| letter.chars().count() == 1);
    let starts = after
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘' | '{'));
    ends && !initialism && starts && !before.ends_with(' ') && !after.starts_with(' ')
}

#[test]
fn the_split_check_catches_a_split_inside_a_sentence() {
    assert!(split_at_a_sentence_end(
        "It seizes drugs.",
        "Some emerging areas."
    ));
    assert!(split_at_a_sentence_end("Guzmán said “no.”", "Then"));
    assert!(split_at_a_sentence_end("Results include:", "{arrests} in"));
    assert!(split_at_a_sentence_end("It works with the DEA.", "Then"));
    assert!(!split_at_a_sentence_end(
        "HSI works in the U.S.",
        "and abroad."
    ));
    assert!(!split_at_a_sentence_end(
        "HSI works in the",
        "U.S. and abroad."
    ));
    assert!(!split_at_a_sentence_end("It seizes drugs. ", "Some"));
    // The article's first sentence: "U.S." is an initialism, not the sentence's end.
    assert!(!split_at_a_sentence_end(
        "The U.S.",
        "Immigration and Customs Enforcement’s (ICE)"
    ));
    assert!(!split_at_a_sentence_end("led by (U.S.", "Coast Guard)"));
    assert!(!split_at_a_sentence_end("Joaquín A.", "Guzmán"));
}

/// A paragraph split between slides splits only between sentences, and its runs joined with one
/// space give the article's paragraph exactly, placeholders and all; a list's entries are never
/// split. Rejoining with a space alone (as `deck_lines` does) could not tell a split inside a
/// sentence from one between sentences. Today every paragraph fits one slide; this guards the
/// day a longer one, or larger type, makes the planner split one.
#[test]
fn the_deck_splits_paragraphs_only_between_sentences_and_rejoins_them_exactly() {
    let a = article();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut entries: Vec<&str> = Vec::new();
    for slide in deck(a) {
        let Body::Text(items) = &slide.body else {
            continue;
        };
        for item in items {
            match item {
                Item::Paragraph(piece) if piece.continues => {
                    let open = paragraphs
                        .last_mut()
                        .expect("a continued run follows the start of its paragraph");
                    assert!(
                        split_at_a_sentence_end(open, piece.text),
                        "split inside a sentence on “{}”: …{:?} | {:?}…",
                        slide.title,
                        &open[open.len().saturating_sub(40)..],
                        piece.text.chars().take(40).collect::<String>()
                    );
                    open.push(' ');
                    open.push_str(piece.text);
                }
                Item::Paragraph(piece) => paragraphs.push(piece.text.to_owned()),
                Item::List(list) => entries.extend(list.iter().map(|e| e.text)),
            }
        }
    }
    let sections = a.all_sections();
    let blocks = sections.iter().flat_map(|s| &s.blocks);
    let article_paragraphs: Vec<&str> = blocks
        .clone()
        .filter_map(|b| match b {
            Block::Paragraph(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        paragraphs, article_paragraphs,
        "the deck's paragraphs, rejoined"
    );
    let article_entries: Vec<&str> = blocks
        .filter_map(|b| match b {
            Block::List(items) => Some(items.iter().map(String::as_str)),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(entries, article_entries, "every list entry whole, in order");
}

/// The notes the data file's author wrote are not article text: the fidelity checks above never
/// see them (`prose` leaves them out), none is taken for a line of the article, and none types a
/// number.
#[test]
fn authored_notes_are_not_article_text() {
    let a = article();
    let notes = a.authored_notes();
    assert!(!notes.is_empty(), "the data has authored notes");
    let lines: BTreeSet<&str> = article_lines().into_iter().collect();
    let prose: BTreeSet<&str> = a.prose().into_iter().map(|(_, t)| t).collect();
    for (_, note) in notes {
        assert!(
            !prose.contains(note),
            "a note is read as article prose: {note}"
        );
        assert!(
            !lines.contains(plain(a, note, Voice::Ours).as_str()),
            "a note repeats an article line: {note}"
        );
        assert!(numbers(note).is_empty(), "a note types a number: {note}");
    }
}

#[test]
fn authored_notes_write_a_span_of_years_as_labels_do_and_the_article_keeps_its_hyphen() {
    let a = article();
    let mut seen = 0;
    for figure in &a.figures {
        let Some(period) = figure.latest().period.filter(|p| p.from != p.to) else {
            continue;
        };
        let placeholder = format!("{{{}.period}}", figure.id);
        let label = figures::period_label(&a.labels, period);
        for (_, note) in a.authored_notes() {
            if note.contains(&placeholder) {
                let said = plain(a, note, Voice::Ours);
                assert!(said.contains(&label), "{said}");
                assert!(!said.contains(&period.to_string()), "{said}");
                seen += 1;
            }
        }
        for (_, text) in a.prose() {
            if text.contains(&placeholder) {
                assert!(plain(a, text, Voice::Article).contains(&period.to_string()));
            }
        }
    }
    assert!(seen > 0, "a note names a span of years");
}
