//! Content is rendered as text, never as markup: a data file whose strings hold `<script>`,
//! `<img onerror>` and `javascript:` links produces no element or attribute from them, in the page
//! and in the chart SVGs.
#![cfg(not(target_arch = "wasm32"))] // native only: the server renderer

use hsi_infographic::content::{ARTICLE_JSON, Article};
use hsi_infographic::{App, AppProps, View};
use scraper::{Html, Selector};
use yew::LocalServerRenderer;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(2)>";
const LINK: &str = "<a href=\\\"javascript:alert(3)\\\">click</a>";

/// The real data file with hostile strings in a title, a paragraph, a list item, a figure label
/// and a reference.
fn hostile() -> &'static Article {
    let json = ARTICLE_JSON
        .replacen(
            "\"title\": \"Overview\"",
            &format!("\"title\": \"Overview {SCRIPT}\""),
            1,
        )
        .replacen(
            "\"Narcotics smuggling\"",
            &format!("\"Narcotics smuggling {IMG}\""),
            1,
        )
        .replacen(
            "\"label\": \"Narcotics seized\"",
            &format!("\"label\": \"Narcotics {IMG}\""),
            1,
        )
        .replacen(
            "\"title\": \"DHS Fentanyl Interdiction Campaign\"",
            &format!("\"title\": \"DHS {LINK}\""),
            1,
        )
        .replacen(
            "Their broad mission",
            &format!("{LINK} Their broad mission"),
            1,
        );
    assert_eq!(
        json.matches("alert(").count(),
        5,
        "every hostile string went in"
    );
    Box::leak(Box::new(
        hsi_content::diagnose::parse(&json).expect("the hostile file is still valid data"),
    ))
}

#[test]
fn hostile_strings_stay_text() {
    let html = futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(AppProps {
            article: hostile().into(),
            view: View::Infographic,
        })
        .hydratable(false)
        .render(),
    );
    let page = Html::parse_fragment(&html);
    let count = |css: &str| {
        page.select(&Selector::parse(css).expect("selector"))
            .count()
    };
    assert_eq!(count("script"), 0, "no script element");
    assert_eq!(count("img"), 0, "no img element");
    assert_eq!(
        count("[onerror], [onclick], [onload]"),
        0,
        "no event handler attribute"
    );
    assert_eq!(count("a[href^='javascript:' i]"), 0, "no javascript: link");
    let text: String = page.root_element().text().collect();
    for shown in [SCRIPT, IMG, "<a href=\"javascript:alert(3)\">click</a>"] {
        assert!(text.contains(shown), "{shown} is shown as text");
    }
}
