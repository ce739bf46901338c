//! No number a reader sees is typed anywhere but in the data's figures, periods and references:
//! the page and its head texts are rendered from the real article and from copies whose every
//! figure, period and reference number is changed. A number that stays put in the page while the
//! data under it changed is typed somewhere (in a label, a template or the code), and the test
//! names it. Only the article's own names and the unit facts the code computes with may stay.
//!
//! The data is changed in two different ways, and a number must stay put under both: charts count
//! in round quantities (1, 2 or 5 × 10ⁿ), so one change alone can land a figure's quantity on a
//! number another figure showed before ("50 arrests" a square, then "$50 million").

use hsi_infographic::content::{Article, Quantity, article};
use hsi_infographic::head::head;
use hsi_infographic::{App, AppProps, View};
use scraper::{Html, Node};
use std::collections::{BTreeMap, BTreeSet};
use yew::LocalServerRenderer;

/// Numbers that do not come from a figure: "13" of "MS-13" (the article's prose), the days in
/// a year, and the kilograms in a pound and in a metric ton.
const ALLOWED: [&str; 5] = ["13", "365", "366", "0.45359237", "1,000"];

/// The attributes whose text a reader or a screen reader gets.
const READ_ATTRIBUTES: [&str; 3] = ["aria-label", "title", "alt"];

/// One way of changing the data: every figure's value multiplied by `factor`, every period moved
/// `years` on (a span of years also grows by 2, so that its length changes too), and every
/// reference renumbered `references` on, with the figures' sources following.
struct Change {
    factor: f64,
    years: u16,
    references: u32,
}

const CHANGES: [Change; 2] = [
    Change {
        factor: 7.0,
        years: 3,
        references: 20,
    },
    Change {
        factor: 3.0,
        years: 5,
        references: 30,
    },
];

/// `original` changed as `change` says, leaked for the `'static` the App takes.
fn changed(original: &Article, change: &Change) -> &'static Article {
    let mut article = original.clone();
    for figure in &mut article.figures {
        for observation in &mut figure.observations {
            observation.value = Quantity::try_from(observation.value.get() * change.factor)
                .expect("a multiple of a valid figure is valid");
            if let Some(period) = &mut observation.period {
                let growth = if period.from == period.to { 0 } else { 2 };
                period.from += change.years;
                period.to += change.years + growth;
            }
        }
        for number in &mut figure.source.references {
            *number += change.references;
        }
    }
    for reference in &mut article.references {
        reference.number += change.references;
    }
    article.validate().expect("the changed article is valid");
    Box::leak(Box::new(article))
}

/// Every text a reader gets from the page and its head: the page's text nodes (the charts'
/// titles and descriptions included), the attributes read aloud, and the head's texts.
fn texts(article: &'static Article) -> Vec<String> {
    let markup = futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(AppProps {
            article: article.into(),
            view: View::Infographic,
        })
        .hydratable(false)
        .render(),
    );
    let page = Html::parse_fragment(&markup);
    let mut out = Vec::new();
    for node in page.tree.nodes() {
        match node.value() {
            Node::Text(text) => out.push(text.to_string()),
            Node::Element(element) => out.extend(
                READ_ATTRIBUTES
                    .iter()
                    .filter_map(|name| element.attr(name))
                    .map(str::to_owned),
            ),
            _ => {}
        }
    }
    let head = head(article);
    out.extend([
        head.title,
        head.description,
        head.preview_title,
        head.preview_description,
        head.image_alt,
    ]);
    out
}

/// The numbers written in a text, with their thousands commas and decimal points:
/// "over $522 million, 1,400,000 lb" → ["522", "1,400,000"].
fn numbers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|run| run.trim_matches([',', '.']))
        .filter(|run| run.chars().any(|c| c.is_ascii_digit()))
}

/// Each number in `texts`, with the first text that holds it.
fn numbers_in(texts: &[String]) -> BTreeMap<&str, &str> {
    let mut found = BTreeMap::new();
    for text in texts {
        for number in numbers(text) {
            found.entry(number).or_insert(text.as_str());
        }
    }
    found
}

/// The numbers on the page of `original` that stay put under every change of its data, each
/// with the text that shows it on the first changed page: there the figures are others, so the
/// text is the one that types the number.
fn typed_numbers(original: &'static Article) -> Vec<String> {
    let page = texts(original);
    let before: BTreeSet<&str> = numbers_in(&page).into_keys().collect();
    let pages: Vec<Vec<String>> = CHANGES
        .iter()
        .map(|change| texts(changed(original, change)))
        .collect();
    let found: Vec<BTreeMap<&str, &str>> = pages.iter().map(|page| numbers_in(page)).collect();
    found[0]
        .iter()
        .filter(|(number, _)| before.contains(*number) && !ALLOWED.contains(number))
        .filter(|(number, _)| found.iter().all(|other| other.contains_key(*number)))
        .map(|(number, text)| format!("{number} (in {text:?})"))
        .collect()
}

#[test]
fn every_number_on_the_page_comes_from_the_data() {
    let typed = typed_numbers(article());
    assert!(
        typed.is_empty(),
        "numbers that do not change with the data, so are typed somewhere:\n{}",
        typed.join("\n")
    );
}

#[test]
fn a_figure_typed_into_a_label_is_caught() {
    let mut labelled = article().clone();
    labelled.labels.interface.key_figures = "Key figures: over 2,600 arrests".into();
    let typed = typed_numbers(Box::leak(Box::new(labelled)));
    assert_eq!(
        typed,
        ["2,600 (in \"Key figures: over 2,600 arrests\")"],
        "{typed:?}"
    );
}

#[test]
fn the_changed_pages_show_the_changed_figures() {
    let page = |article| {
        let texts = texts(article);
        numbers_in(&texts)
            .into_keys()
            .map(str::to_owned)
            .collect::<BTreeSet<_>>()
    };
    let original = page(article());
    let shown = [
        ["1.4", "2,600", "522", "66,000", "2021", "2005", "2018", "4"],
        [
            "9.8", "18,200", "3654", "462,000", "2024", "2008", "2023", "24",
        ],
        [
            "4.2", "7,800", "1566", "198,000", "2026", "2010", "2025", "34",
        ],
    ];
    assert!(
        shown[0].iter().all(|n| original.contains(*n)),
        "{original:?}"
    );
    for (change, expected) in CHANGES.iter().zip(&shown[1..]) {
        let numbers = page(changed(article(), change));
        for number in expected {
            assert!(numbers.contains(*number), "{number} is shown: {numbers:?}");
            assert!(!original.contains(*number), "{number} is new");
        }
    }
}
