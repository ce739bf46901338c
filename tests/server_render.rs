//! The page as Yew's server renderer writes it: heading outline, disclosure markup and content.
#![cfg(not(target_arch = "wasm32"))] // native only: the build-time parser and the server renderer

use hsi_infographic::content::{Article, article};
use hsi_infographic::{App, AppProps, View};
use scraper::{Html, Selector};
use yew::LocalServerRenderer;

fn render(article: &'static Article) -> Html {
    let html = futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(AppProps {
            article: article.into(),
            view: View::Infographic,
        })
        .hydratable(false)
        .render(),
    );
    Html::parse_fragment(&html)
}

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).expect("valid selector"))
        .collect()
}

#[test]
fn one_h1_then_cards_as_h2_and_nested_cards_as_h3() {
    let page = render(article());
    assert_eq!(select(&page, "h1").len(), 1);
    let top: Vec<_> = select(&page, "main > section.card > .card__head > h2 > button")
        .iter()
        .map(|b| b.text().collect::<String>())
        .collect();
    assert_eq!(
        top,
        [
            "Overview",
            "Strategies to Disrupt Drug Trafficking",
            "Impact on Drug Trafficking Landscape",
            "Continuing the Fight",
            "References"
        ]
    );
    let nested = select(
        &page,
        "section.card section.card > .card__head > h3 > button",
    );
    assert_eq!(nested.len(), 7, "four strategies and three networks");
}

#[test]
fn every_card_is_a_disclosure_whose_button_controls_its_panel() {
    let page = render(article());
    let buttons = select(&page, "section.card > .card__head > :is(h2, h3) > button");
    assert_eq!(buttons.len(), 12);
    for button in buttons {
        let attrs = button.value();
        assert_eq!(attrs.attr("type"), Some("button"));
        let expanded = attrs.attr("aria-expanded").expect("aria-expanded");
        let panel_id = attrs.attr("aria-controls").expect("aria-controls");
        let panel = select(&page, &format!("#{panel_id}"));
        assert_eq!(panel.len(), 1, "{panel_id} exists once");
        // A closed panel is hidden until found, so find in page reaches it.
        let hidden = panel[0].value().attr("hidden");
        let closed = (expanded == "false").then_some("until-found");
        assert_eq!(
            hidden, closed,
            "{panel_id}: aria-expanded matches visibility"
        );
        assert!(
            !panel[0].text().collect::<String>().trim().is_empty(),
            "{panel_id} keeps its content in the DOM"
        );
    }
}

#[test]
fn the_first_card_and_the_charts_start_open_and_the_rest_closed() {
    let page = render(article());
    let expanded: Vec<_> = select(&page, "main > section.card > .card__head > h2 > button")
        .iter()
        .map(|b| {
            b.value()
                .attr("aria-expanded")
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(expanded, ["true", "false", "true", "false", "false"]);
}

#[test]
fn the_four_headline_tiles_show_qualifier_number_unit_period_and_source() {
    let page = render(article());
    let tiles = select(&page, ".tile");
    assert_eq!(tiles.len(), 4);
    let part = |tile: &scraper::ElementRef, class: &str| -> String {
        tile.select(&Selector::parse(class).expect("selector"))
            .flat_map(|e| e.text())
            .collect()
    };
    let expect = [
        ("Narcotics seized", "over", "1.4", "million lb", "2021"),
        ("Drug smuggling arrests", "over", "2,600", "arrests", "2021"),
        ("Illicit currency seized", "over", "$522", "million", "2021"),
        (
            "Illicit firearms seized",
            "",
            "66,000+",
            "firearms",
            "2005–2018",
        ),
    ];
    for (tile, (label, qualifier, number, unit, period)) in tiles.iter().zip(expect) {
        assert_eq!(part(tile, ".tile__label").trim(), label);
        assert_eq!(part(tile, ".amount__qualifier"), qualifier);
        assert_eq!(part(tile, ".amount__number"), number);
        assert_eq!(part(tile, ".amount__unit"), unit);
        assert_eq!(part(tile, ".tile__period"), period);
        assert_eq!(
            part(tile, ".tile__source"),
            "Source: Impact on Drug Trafficking Landscape, refs [1]–[4]"
        );
    }
}

#[test]
fn figures_in_the_text_are_marked_up_from_the_data() {
    let page = render(article());
    let refs: Vec<String> = select(&page, "strong.figure-ref")
        .iter()
        .map(|s| s.text().collect())
        .collect();
    assert_eq!(
        refs,
        [
            "63 offices",
            "47 countries",
            "over 1.4 million pounds",
            "Over 2,600 drug smuggling arrests",
            "over $522 million",
            "66,000+ illicit firearms"
        ]
    );
}

#[test]
fn landmarks_and_skip_link_are_present() {
    let page = render(article());
    assert_eq!(select(&page, "a.skip-link[href='#main']").len(), 1);
    assert_eq!(select(&page, "main#main").len(), 1);
    assert_eq!(select(&page, "header").len(), 1);
    assert_eq!(select(&page, "nav[aria-labelledby]").len(), 1);
    assert_eq!(select(&page, "footer").len(), 1);
    let links: Vec<_> = select(&page, "nav a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .map(str::to_owned)
        .collect();
    for link in &links {
        assert_eq!(
            select(&page, link).len(),
            1,
            "contents link {link} has a target"
        );
    }
    assert_eq!(links.len(), 12);
}

#[derive(yew::Properties, PartialEq)]
struct SlideNotesProps {
    index: usize,
}

/// Slide `index`'s speaker notes, as the console and the printed deck draw them.
#[yew::component]
fn SlideNotes(props: &SlideNotesProps) -> yew::Html {
    let a = article();
    hsi_infographic::components::notes::speaker_notes(
        a,
        &hsi_infographic::slides::deck(a),
        props.index,
    )
}

fn render_notes(index: usize) -> Html {
    let html = futures::executor::block_on(
        LocalServerRenderer::<SlideNotes>::with_props(SlideNotesProps { index })
            .hydratable(false)
            .render(),
    );
    Html::parse_fragment(&html)
}

/// The narcotics chart's notes, in the console and on its printed page: its authored note with
/// the amount filled in as the article states it, the chart's key read from what it draws (seventy
/// whole icons), and no placeholder left unfilled.
#[test]
fn the_narcotics_slides_notes_fill_the_authored_note_and_read_the_key() {
    use hsi_infographic::slides::{Body, deck};
    let index = deck(article())
        .iter()
        .position(|s| matches!(s.body, Body::Chart(f) if f.id == "narcotics"))
        .expect("a narcotics slide");
    let notes = render_notes(index);
    let text = |css: &str| {
        select(&notes, css)
            .iter()
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>()
    };
    let authored = text("li.notes__authored");
    assert_eq!(authored.len(), 1, "{authored:?}");
    assert!(
        authored[0].contains("over 1.4 million pounds in 2021"),
        "{authored:?}"
    );
    let all = text("li").join("\n");
    assert!(!all.contains('{') && !all.contains('}'), "{all}");
    assert!(
        all.contains("each icon stands for 20,000 lb, so its 70 icons stand for 1.4 million lb"),
        "{all}"
    );
    assert!(
        !all.contains("package") && !all.contains("cut off"),
        "{all}"
    );
}

/// A text slide's notes give each figure its text states in full: the partners' list its offices
/// and countries, which have no period (no empty one is written), and the Impact list its four
/// figures with their periods and source.
#[test]
fn a_text_slides_notes_give_its_figures_in_full() {
    use hsi_infographic::slides::{Body, deck};
    let a = article();
    let slides = deck(a);
    let showing = |needle: &str| {
        slides
            .iter()
            .position(
                |s| matches!(&s.body, Body::Text(items) if format!("{items:?}").contains(needle)),
            )
            .expect("a slide with that text")
    };
    let figures = |index: usize| -> Vec<String> {
        select(&render_notes(index), "li > strong")
            .iter()
            .map(|e| e.text().collect::<String>())
            .collect()
    };
    assert_eq!(
        figures(showing("{offices}")),
        ["In full: 63 offices.", "In full: 47 countries."]
    );
    let impact = render_notes(showing("{firearms}"));
    let said: String = select(&impact, "li")
        .iter()
        .flat_map(|e| e.text())
        .collect();
    for full in [
        "In full: over 1,400,000 pounds, 2021.",
        "In full: 66,000+ illicit firearms, 2005–2018.",
        "Impact on Drug Trafficking Landscape",
    ] {
        assert!(said.contains(full), "{full} in {said}");
    }
}
