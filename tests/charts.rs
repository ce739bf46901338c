//! Chart SVGs: the right number of icons for each value, each icon defined once, a part icon
//! clipped in proportion, the key beside the marks, a title and description, sound coordinates,
//! escaped labels, and a bar chart once the data holds a series.
#![cfg(not(target_arch = "wasm32"))] // native only: variants are parsed from the JSON data file

use hsi_infographic::charts::{Chart, ChartKind, bars, ink, units};
use hsi_infographic::content::{Article, Figure, article};
use hsi_infographic::export::image;
use hsi_infographic::icons;
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

/// An icon a unit chart draws: the symbol it shows, its box's top left corner, and the clip path
/// on it, if any.
#[derive(Debug, PartialEq)]
struct Icon {
    symbol: String,
    x: i32,
    y: i32,
    clip: Option<String>,
}

fn number(element: scraper::ElementRef, attribute: &str) -> i32 {
    let value = element.value().attr(attribute).unwrap_or("0");
    value
        .parse()
        .unwrap_or_else(|_| panic!("{attribute}=\"{value}\" is a whole number"))
}

/// Every icon of a unit chart, in drawing order: a `<use>` of its symbol each (the key's icon,
/// then one per unit).
fn icons_in(svg: &str) -> Vec<Icon> {
    let page = parse(svg);
    page.select(&Selector::parse("use").expect("selector"))
        .map(|u| Icon {
            symbol: u.value().attr("href").unwrap_or_default().to_owned(),
            x: number(u, "x"),
            y: number(u, "y"),
            clip: u
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .find_map(|g| g.value().attr("clip-path").map(str::to_owned)),
        })
        .collect()
}

#[test]
fn each_figure_gets_the_icons_its_value_calls_for() {
    let a = article();
    // The key's icon, the whole icons, and for 52.2 a ghost and a clipped icon.
    for (id, per_mark, icons, drawn) in [
        ("narcotics", 20_000.0, 70.0, 1 + 70),
        ("arrests", 50.0, 52.0, 1 + 52),
        ("currency", 10_000_000.0, 52.2, 1 + 52 + 2),
        ("firearms", 1_000.0, 66.0, 1 + 66),
    ] {
        let c = chart_of(a.figure(id).expect("figure"));
        assert_eq!(
            c.kind,
            ChartKind::Units {
                per_mark,
                marks: icons
            },
            "{id}"
        );
        let icon = format!("#chart-{id}-icon");
        let drawn_icons = icons_in(&c.svg);
        assert_eq!(drawn_icons.len(), drawn, "{id}: icons");
        assert!(
            drawn_icons.iter().all(|i| i.symbol == icon),
            "{id}: {drawn_icons:?}"
        );
        // The units ten to a row, a cell of 28 each, under the key's row; the key's icon first,
        // and a part icon twice (its outline, then its share) in the next cell.
        let units: Vec<(i32, i32)> = drawn_icons[1..].iter().map(|i| (i.x, i.y)).collect();
        let whole = icons as i32;
        let mut expected: Vec<(i32, i32)> = (0..whole)
            .map(|i| (i % 10 * 28 + 2, 36 + i / 10 * 28 + 2))
            .collect();
        if drawn > 1 + whole as usize {
            let next = (whole % 10 * 28 + 2, 36 + whole / 10 * 28 + 2);
            expected.extend([next, next]);
        }
        assert_eq!(units, expected, "{id}: the units on their grid");
        assert_eq!(marks(&c.svg), 0, "{id}: no square is left");
    }
}

#[test]
fn each_icon_is_defined_once_and_drawn_in_the_figure_colour() {
    let a = article();
    for id in ["narcotics", "arrests", "currency", "firearms"] {
        let figure = a.figure(id).expect("figure");
        let c = chart_of(figure);
        let path = icons::chart_path(figure.category);
        assert_eq!(c.svg.matches("<symbol ").count(), 1, "{id}");
        assert_eq!(
            c.svg.matches(&format!(r#"<path d="{path}""#)).count(),
            1,
            "{id}: its one path written once"
        );
        assert!(
            c.svg
                .contains(&format!(r#"<g color="{}">"#, ink::hex(ink::MARK))),
            "{id}: the icons take the mark colour"
        );
    }
}

#[test]
fn a_part_icon_is_clipped_in_proportion_with_its_whole_outline() {
    let c = chart_of(article().figure("currency").expect("figure"));
    let page = parse(&c.svg);
    let clip = Selector::parse("clipPath#chart-currency-part rect").expect("selector");
    let rect = page.select(&clip).next().expect("a clip for the part icon");
    // The icon's shapes span 20 units from 2 to 22 of its box: a fifth of them is 4 more.
    assert_eq!(rect.value().attr("width"), Some("6.0"));
    let drawn = icons_in(&c.svg);
    let clipped: Vec<_> = drawn.iter().filter(|i| i.clip.is_some()).collect();
    assert_eq!(clipped.len(), 1, "only the last icon is clipped");
    assert_eq!(
        clipped[0].clip.as_deref(),
        Some("url(#chart-currency-part)")
    );
    assert!(
        c.svg
            .contains(&format!(r#"color="{}""#, ink::hex(ink::EMPTY))),
        "the whole icon behind it, in the track colour"
    );
}

#[test]
fn the_key_sits_beside_the_marks_in_type_as_large_as_them_on_one_scale() {
    let a = article();
    let mut widths = Vec::new();
    for (id, key) in [
        ("narcotics", "= 20,000 lb"),
        ("arrests", "= 50 arrests"),
        ("currency", "= $10 million"),
        ("firearms", "= 1,000 firearms"),
    ] {
        let c = chart_of(a.figure(id).expect("figure"));
        let page = parse(&c.svg);
        let texts: Vec<(String, String)> = page
            .select(&Selector::parse("text").expect("selector"))
            .map(|t| {
                (
                    t.text().collect(),
                    t.value().attr("font-size").unwrap_or_default().to_owned(),
                )
            })
            .collect();
        let size = units::KEY_SIZE.to_string();
        assert_eq!(
            texts,
            [("Each".to_owned(), size.clone()), (key.to_owned(), size)],
            "{id}"
        );
        // "Each" ends a gap before the key's icon (the first `<use>`), not against it.
        let x = |selector: &str| -> i32 {
            let element = page
                .select(&Selector::parse(selector).expect("selector"))
                .next()
                .expect("an element");
            element
                .value()
                .attr("x")
                .expect("x")
                .parse()
                .expect("a number")
        };
        assert!(
            x("text[text-anchor=end]") + 4 <= x("use"),
            "{id}: a gap between the key's words and its icon"
        );
        let svg = page
            .select(&Selector::parse("svg").expect("selector"))
            .next()
            .expect("an svg");
        widths.push(svg.value().attr("width").map(str::to_owned));
    }
    let grid = (units::COLUMNS * units::CELL).to_string();
    assert!(
        widths.iter().all(|w| w.as_deref() == Some(grid.as_str())),
        "every unit chart is as wide as its grid, so all draw their icons at one size: {widths:?}"
    );
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
        "Each icon stands for 20,000 lb; 70 icons."
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

/// Test data that is not the article's, and says so in its id, label and unit: a figure with a
/// series of three years, added to the real data file.
const INVENTED_SERIES: &str = include_str!("fixtures/invented-series.json");

#[test]
fn a_series_of_years_becomes_a_bar_chart_from_zero() {
    let a = variant(
        r#""figures": ["#,
        &format!(r#""figures": [{},"#, INVENTED_SERIES.trim()),
    );
    let figure = a.figure("invented-series").expect("the invented figure");
    assert_eq!(figure.label, "Test series (not from the article)");
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
    assert!(
        c.title
            .starts_with("Test series (not from the article), 2021:"),
        "{}",
        c.title
    );
    // Its file: as wide as the bar chart and its margins, which hold the whole chart.
    let texts = image::Texts::new(a, figure, &c, "https://example.org/#chart-invented-series");
    let palette = image::Palette {
        background: "#fff".into(),
        text: "#000".into(),
        muted: "#333".into(),
        accent: "#930".into(),
    };
    let file = image::standalone(&c.svg, &texts, &palette).expect("a file");
    assert_eq!(file.width, bars::WIDTH + 48);
    assert!(
        file.svg
            .contains(r#"width="480" height="260" viewBox="0 0 480 260""#)
    );
}
