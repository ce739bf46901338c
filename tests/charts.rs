//! Chart SVGs: the right number of marks for each value, a title and description, sound
//! coordinates, escaped labels, and a bar chart once the data holds a series.
#![cfg(not(target_arch = "wasm32"))] // native only: variants are parsed from the JSON data file

use hsi_infographic::charts::{Chart, ChartKind, ink};
use hsi_infographic::content::{Article, Figure, article};
use hsi_infographic::ids::{ChartIds, Scope};
use scraper::{Html, Selector};

/// The figure's chart as the page draws it.
fn chart_of(figure: &Figure) -> Chart {
    let labels = &article().labels;
    hsi_infographic::charts::chart(labels, figure, &ChartIds::new(figure, Scope::Page))
}

fn marks(svg: &str) -> usize {
    svg.matches(&format!(r#"fill="{}""#, ink::hex(ink::MARK)))
        .count()
}

fn parse(svg: &str) -> Html {
    Html::parse_fragment(svg)
}

#[test]
fn each_figure_gets_the_squares_its_value_calls_for() {
    let a = article();
    for (id, per_mark, squares, drawn) in [
        ("narcotics", 20_000.0, 70.0, 70),
        ("arrests", 50.0, 52.0, 52),
        ("currency", 10_000_000.0, 52.2, 53),
        ("firearms", 1_000.0, 66.0, 66),
    ] {
        let c = chart_of(a.figure(id).expect("figure"));
        assert_eq!(
            c.kind,
            ChartKind::Units {
                per_mark,
                marks: squares
            },
            "{id}"
        );
        assert_eq!(
            marks(&c.svg),
            drawn,
            "{id}: one filled rect per square, part-squares included"
        );
    }
}

#[test]
fn a_part_square_is_drawn_in_proportion() {
    let c = chart_of(article().figure("currency").expect("figure"));
    let page = parse(&c.svg);
    let sel =
        Selector::parse(&format!(r#"rect[fill="{}"]"#, ink::hex(ink::MARK))).expect("selector");
    let widths: Vec<i32> = page
        .select(&sel)
        .filter_map(|r| r.value().attr("width")?.parse().ok())
        .collect();
    assert_eq!(widths.iter().filter(|w| **w == 20).count(), 52);
    assert_eq!(widths.last(), Some(&4), "0.2 of a 20-unit square");
}

#[test]
fn every_chart_has_a_role_title_and_description() {
    let a = article();
    for id in &a.key_figures {
        let c = chart_of(a.figure(id).expect("figure"));
        let page = parse(&c.svg);
        let svg = page
            .select(&Selector::parse("svg").expect("selector"))
            .next()
            .expect("an svg");
        assert_eq!(svg.value().attr("role"), Some("img"));
        let title_id = svg.value().attr("aria-labelledby").expect("labelled");
        let title = page
            .select(&Selector::parse(&format!("title#{title_id}")).expect("selector"))
            .next();
        assert_eq!(
            title.map(|t| t.text().collect::<String>()),
            Some(c.title.clone())
        );
        assert!(
            page.select(&Selector::parse("desc").expect("selector"))
                .next()
                .is_some()
        );
    }
    let narcotics = chart_of(a.figure("narcotics").expect("figure"));
    assert_eq!(
        narcotics.title,
        "Narcotics seized, 2021: over 1.4 million lb"
    );
    assert_eq!(
        narcotics.description,
        "Each square stands for 20,000 lb; 70 squares."
    );
}

#[test]
fn no_coordinate_is_missing_or_not_a_number() {
    let a = article();
    for id in &a.key_figures {
        let c = chart_of(a.figure(id).expect("figure"));
        for bad in ["NaN", "inf", "=\"\"", "=\"-"] {
            assert!(!c.svg.contains(bad), "{id}: `{bad}` in {}", c.svg);
        }
    }
}

/// The real data file with one change, parsed and leaked for the `'static` the app uses.
fn variant(from: &str, to: &str) -> &'static Article {
    let json = hsi_infographic::content::ARTICLE_JSON.replacen(from, to, 1);
    assert_ne!(
        json,
        hsi_infographic::content::ARTICLE_JSON,
        "`{from}` is in the data file"
    );
    Box::leak(Box::new(
        hsi_content::diagnose::parse(&json).expect("the variant is valid"),
    ))
}

#[test]
fn labels_are_escaped() {
    let a = variant("\"label\": \"Narcotics seized\"", r#""label": "<b>&\"'""#);
    let c = chart_of(a.figure("narcotics").expect("figure"));
    assert!(c.svg.contains("&lt;b&gt;&amp;&quot;&apos;"), "{}", c.svg);
    assert!(!c.svg.contains("<b>"));
}

#[test]
fn a_series_of_years_becomes_a_bar_chart_from_zero() {
    let series = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/arrests-series.json"
    ))
    .expect("fixture");
    let a = variant(
        r#""observations": [
        {
          "period": {
            "from": 2021,
            "to": 2021
          },
          "value": 2600
        }
      ]"#,
        &format!(r#""observations": {}"#, series.trim()),
    );
    let figure = a.figure("arrests").expect("figure");
    let c = chart_of(figure);
    assert_eq!(c.kind, ChartKind::Bars);
    assert_eq!(marks(&c.svg), 3, "one bar per year");
    for year in ["2019", "2020", "2021"] {
        assert!(
            c.svg.contains(&format!(">{year}</text>")),
            "{year} labelled"
        );
    }
    assert!(c.svg.contains(">0</text>"), "the value axis starts at zero");
    assert!(
        c.description.contains("3 periods, 2019 to 2021"),
        "{}",
        c.description
    );
}
