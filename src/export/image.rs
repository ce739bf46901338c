//! A chart as a file of its own, the way Our World in Data exports a chart: a header above the
//! marks (the figure's label, and its value with qualifier, unit and period) and a footer below
//! them (the source: the article, its section and its references; and the address of the chart
//! on the page), all in the SVG itself, so that the PNG drawn from it carries them too.
//!
//! Pure: it takes the chart's markup as the page drew it (with the reader's colours written in)
//! and the texts, and lays them out; `browser` reads the page and saves the file.

use super::wrap::wrap;
use crate::charts::{
    Chart,
    svg::{FONTS, attribute, escape},
};
use crate::content::{Article, Figure, template::fill};
use crate::figures::{self, Amount};
use std::fmt::Write;

/// The texts around a chart in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    /// The file's `<title>`: the chart's title ("Narcotics seized, 2021: over 1.4 million lb").
    pub name: String,
    /// The file's `<desc>`: the chart's key in words, its source and its address.
    pub description: String,
    /// The heading: the figure's label.
    pub title: String,
    /// The figure as the article states it, with its period: "over 1.4 million pounds, 2021".
    pub figure: String,
    /// "Source: “HSI’s Focus on …”, section “…”. The article’s references: [1] …", each
    /// reference's number joined to its title by a no-break space.
    pub source: String,
    /// Where the chart is on the page: the page's address and `#chart-narcotics`.
    pub address: String,
}

impl Texts {
    pub fn new(article: &Article, figure: &Figure, chart: &Chart, address: &str) -> Self {
        let labels = &article.labels;
        let amount = Amount::new(labels, figure, figure.latest(), false).to_string();
        // A reference's number stays on the line of its title: "[1]" at a line's end is lost.
        let source = fill(
            &labels.figures.source,
            &[("source", &super::source(article, figure))],
        )
        .replace("] ", "]\u{a0}");
        Self {
            name: chart.title.clone(),
            description: [chart.description.as_str(), &source, address].join("\n"),
            title: figure.label.clone(),
            figure: fill(
                &labels.export.figure,
                &[
                    ("amount", &amount),
                    ("period", &figures::period_suffix(labels, figure)),
                ],
            ),
            source,
            address: address.to_owned(),
        }
    }
}

/// The colours the reader sees the chart in (CSS colour values), written into the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub background: String,
    pub text: String,
    pub muted: String,
    /// The figure's value, as the page colours it.
    pub accent: String,
}

/// A standalone SVG file and its size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// The space around everything, and between the header, the chart and the footer.
const PAD: u32 = 24;
const TOP: u32 = 20;
const GAP: u32 = 16;
const BOTTOM: u32 = 18;
/// The narrowest text column: as wide as a bar chart, so that a narrow unit chart still gets a
/// source footer of a few lines, not a column of single words.
const MIN_COLUMN: u32 = crate::charts::bars::WIDTH;

/// A kind of line: its type size, line height, weight and colour.
struct Style<'a> {
    size: u32,
    line: u32,
    bold: bool,
    colour: &'a str,
}

/// The chart's `<svg>` open tag's attributes and its content without its `<title>` and `<desc>`
/// (the file has its own), or `None` if the markup is not an `<svg>` element.
fn parts(chart_svg: &str) -> Option<(&str, String)> {
    let start = chart_svg.find("<svg")?;
    let open_end = start + chart_svg[start..].find('>')?;
    let close = chart_svg.rfind("</svg>").filter(|&c| c > open_end)?;
    let attributes = &chart_svg[start + 4..open_end];
    let mut content = chart_svg[open_end + 1..close].to_owned();
    for tag in ["title", "desc"] {
        let (open, end) = (format!("<{tag}"), format!("</{tag}>"));
        if let Some(from) = content.find(&open)
            && let Some(to) = content[from..].find(&end)
        {
            content.replace_range(from..from + to + end.len(), "");
        }
    }
    Some((attributes.trim_end_matches('/'), content))
}

/// The largest chart side taken, in pixels: far above any chart drawn, and small enough that the
/// layout's sums cannot overflow.
const MAX_SIDE: u32 = 100_000;

/// A length in whole pixels, rounded up ("280", "280.5px"); `None` if it is not a length or is
/// beyond `MAX_SIDE`. The digits are read here, so the wasm needs no float parser.
fn pixels(value: &str) -> Option<u32> {
    let number = value.trim().trim_end_matches("px");
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let whole: u32 = whole.parse().ok().filter(|&n| n <= MAX_SIDE)?;
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(whole + u32::from(fraction.chars().any(|c| c != '0')))
}

/// Writes `text` as lines no wider than `column`, from `y` (the top of the first line) at `x`;
/// returns the `y` under the last line.
fn lines(out: &mut String, text: &str, style: &Style, x: u32, mut y: u32, column: u32) -> u32 {
    for line in wrap(text, f64::from(style.size), style.bold, f64::from(column)) {
        // The baseline sits about a fifth of the line box above its bottom.
        let baseline = y + style.line - (style.line - style.size) / 2 - style.size / 5;
        let weight = if style.bold {
            r#" font-weight="700""#
        } else {
            ""
        };
        let _ = writeln!(
            out,
            r#"<text x="{x}" y="{baseline}" font-size="{}"{weight} fill="{}">{}</text>"#,
            style.size,
            escape(style.colour),
            escape(&line)
        );
        y += style.line;
    }
    y
}

/// The chart in a file of its own, with its header and footer; `None` if `chart_svg` is not an
/// `<svg>` with a width and a height.
pub fn standalone(chart_svg: &str, texts: &Texts, palette: &Palette) -> Option<Image> {
    let (attributes, content) = parts(chart_svg)?;
    let chart_width = attribute(attributes, "width").and_then(pixels)?;
    let chart_height = attribute(attributes, "height").and_then(pixels)?;
    let view_box = attribute(attributes, "viewBox")
        .map(str::to_owned)
        .unwrap_or_else(|| format!("0 0 {chart_width} {chart_height}"));
    let column = chart_width.max(MIN_COLUMN);
    let width = column + 2 * PAD;

    let (title, figure, small) = (
        Style {
            size: 22,
            line: 28,
            bold: true,
            colour: &palette.text,
        },
        Style {
            size: 17,
            line: 24,
            bold: false,
            colour: &palette.accent,
        },
        Style {
            size: 13,
            line: 18,
            bold: false,
            colour: &palette.muted,
        },
    );
    let mut body = String::new();
    let mut y = lines(&mut body, &texts.title, &title, PAD, TOP, column);
    y = lines(&mut body, &texts.figure, &figure, PAD, y, column) + GAP;
    // The chart centred in the column: a unit chart is narrower than the text.
    let _ = writeln!(
        body,
        r#"<svg x="{}" y="{y}" width="{chart_width}" height="{chart_height}" viewBox="{}" overflow="visible">{content}</svg>"#,
        PAD + (column - chart_width) / 2,
        escape(&view_box),
    );
    y += chart_height + GAP;
    let _ = writeln!(
        body,
        r#"<path d="M{PAD} {y}.5H{}" stroke="{}" stroke-width="1"/>"#,
        PAD + column,
        escape(&palette.muted)
    );
    y += GAP / 2;
    y = lines(&mut body, &texts.source, &small, PAD, y, column) + GAP / 4;
    y = lines(&mut body, &texts.address, &small, PAD, y, column) + BOTTOM;
    let height = y;

    let svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"{FONTS}\">\n\
         <title>{}</title>\n<desc>{}</desc>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{}\"/>\n{body}</svg>\n",
        escape(&texts.name),
        escape(&texts.description),
        escape(&palette.background),
    );
    Some(Image { svg, width, height })
}

#[cfg(test)]
mod tests {
    use super::super::wrap;
    use super::*;
    use crate::charts;
    use crate::content::article;
    use crate::ids::{ChartIds, Scope};
    use scraper::{Html, Selector};

    const ADDRESS: &str = "file:///home/reader/hsi-infographic.html#chart-narcotics";

    fn palette() -> Palette {
        Palette {
            background: "rgb(247, 248, 251)".into(),
            text: "rgb(22, 32, 51)".into(),
            muted: "rgb(74, 86, 107)".into(),
            accent: "rgb(156, 65, 0)".into(),
        }
    }

    fn export(id: &str, address: &str) -> (Chart, Texts, Image) {
        let a = article();
        let figure = a.figure(id).expect("figure");
        let chart = charts::chart(&a.labels, figure, &ChartIds::new(figure, Scope::Page));
        let texts = Texts::new(a, figure, &chart, address);
        let image = standalone(&chart.svg, &texts, &palette()).expect("an svg");
        (chart, texts, image)
    }

    fn select<'a>(page: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
        page.select(&Selector::parse(selector).expect("selector"))
            .collect()
    }

    /// The file's visible text, line by line.
    fn text_lines(svg: &str) -> Vec<String> {
        let page = Html::parse_fragment(svg);
        select(&page, "text")
            .iter()
            .map(|t| t.text().collect())
            .collect()
    }

    #[test]
    fn the_texts_say_what_where_from_and_where() {
        let (chart, texts, _) = export("narcotics", ADDRESS);
        assert_eq!(texts.title, "Narcotics seized");
        assert_eq!(texts.figure, "over 1.4 million pounds, 2021");
        assert_eq!(texts.name, chart.title);
        assert!(
            texts
                .source
                .starts_with("Source: “HSI’s Focus on Disrupting Drug Trafficking Networks”"),
            "{}",
            texts.source
        );
        assert!(texts.description.contains(&chart.description));
        assert!(texts.description.contains(ADDRESS));
        let offices = export("offices", ADDRESS).1;
        assert_eq!(offices.figure, "63 offices", "no period, no comma");
        let firearms = export("firearms", ADDRESS).1;
        assert_eq!(firearms.figure, "66,000+ illicit firearms, 2005–2018");
    }

    #[test]
    fn the_file_has_a_header_the_chart_and_a_source_footer() {
        let (chart, texts, image) = export("currency", ADDRESS);
        assert!(
            image
                .svg
                .starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
        );
        let lines = text_lines(&image.svg);
        assert_eq!(lines[0], "Illicit currency seized");
        assert_eq!(lines[1], "over $522 million, 2021");
        assert!(
            lines.contains(&"Each".to_owned()),
            "the chart's key: {lines:?}"
        );
        let footer: Vec<&String> = lines
            .iter()
            .skip_while(|l| !l.starts_with("Source:"))
            .collect();
        let joined = footer
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            joined.starts_with(&texts.source),
            "the source, wrapped: {footer:?}"
        );
        assert!(joined.replace(' ', "").ends_with(ADDRESS), "{footer:?}");
        let page = Html::parse_fragment(&image.svg);
        assert_eq!(
            select(&page, "svg > title")[0].text().collect::<String>(),
            chart.title
        );
        assert!(
            select(&page, "svg > desc")[0]
                .text()
                .collect::<String>()
                .contains("Each icon stands for $10 million")
        );
        assert_eq!(
            select(&page, "title").len(),
            1,
            "the chart's own title is left out"
        );
        assert_eq!(select(&page, "desc").len(), 1);
    }

    #[test]
    fn the_file_has_an_explicit_size_and_a_system_font_stack() {
        let (_, _, image) = export("narcotics", ADDRESS);
        let page = Html::parse_fragment(&image.svg);
        let root = select(&page, "svg")[0].value();
        assert_eq!(root.attr("width"), Some(image.width.to_string().as_str()));
        assert_eq!(root.attr("height"), Some(image.height.to_string().as_str()));
        assert_eq!(
            root.attr("viewbox").or(root.attr("viewBox")),
            Some(format!("0 0 {} {}", image.width, image.height).as_str())
        );
        assert!(
            root.attr("font-family")
                .is_some_and(|f| f.starts_with("system-ui"))
        );
        assert_eq!(image.width, MIN_COLUMN + 2 * PAD);
        assert!(
            image.height > 204 + 100,
            "the chart with a header and a footer: {}",
            image.height
        );
        let background = select(&page, "svg > rect")[0].value();
        assert_eq!(background.attr("fill"), Some("rgb(247, 248, 251)"));
    }

    #[test]
    fn every_line_of_the_header_and_footer_fits_the_column() {
        let long = format!(
            "https://example.org/{}index.html#chart-narcotics",
            "deep/".repeat(30)
        );
        for address in [ADDRESS, long.as_str()] {
            let (_, _, image) = export("narcotics", address);
            let page = Html::parse_fragment(&image.svg);
            // The header and footer are the file's own texts; the chart's are inside its `<svg>`.
            let own = select(&page, "html > svg > svg");
            assert_eq!(own.len(), 1, "the chart nested once");
            for text in select(&page, "html > svg > text") {
                let line: String = text.text().collect();
                let size: f64 = text
                    .value()
                    .attr("font-size")
                    .expect("a size")
                    .parse()
                    .expect("a number");
                let bold = text.value().attr("font-weight") == Some("700");
                let x: u32 = text
                    .value()
                    .attr("x")
                    .expect("x")
                    .parse()
                    .expect("a number");
                assert_eq!(x, PAD);
                assert!(
                    wrap::width(&line, size, bold) <= f64::from(MIN_COLUMN),
                    "`{line}` fits {MIN_COLUMN}"
                );
            }
            assert!(
                text_lines(&image.svg).concat().contains(address),
                "the address is whole, only broken"
            );
        }
    }

    #[test]
    fn symbols_stay_with_their_uses_and_ids_are_unique() {
        let (_, _, image) = export("narcotics", ADDRESS);
        let page = Html::parse_fragment(&image.svg);
        let ids: Vec<&str> = select(&page, "[id]")
            .iter()
            .filter_map(|e| e.value().attr("id"))
            .collect();
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        for used in select(&page, "use") {
            let href = used.value().attr("href").expect("href");
            assert!(ids.contains(&&href[1..]), "{href} resolves in the file");
        }
        assert_eq!(select(&page, "use").len(), 1 + 70);
    }

    #[test]
    fn every_text_is_escaped() {
        let (chart, mut texts, _) = export("narcotics", ADDRESS);
        texts.title = "<b>&\"'".into();
        texts.address = "file:///a<b>.html#x".into();
        let image = standalone(&chart.svg, &texts, &palette()).expect("an svg");
        assert!(image.svg.contains("&lt;b&gt;&amp;&quot;&apos;"));
        assert!(image.svg.contains("file:///a&lt;b&gt;.html#x"));
        assert!(!image.svg.contains("<b>"));
    }

    #[test]
    fn markup_that_is_not_a_sized_svg_gives_no_file() {
        let (_, texts, _) = export("narcotics", ADDRESS);
        for bad in [
            "",
            "<p>hi</p>",
            "<svg>",
            "<svg width=\"x\" height=\"2\"></svg>",
            "<svg height=\"2\"></svg>",
        ] {
            assert_eq!(standalone(bad, &texts, &palette()), None, "{bad}");
        }
        assert_eq!(pixels("280"), Some(280));
        assert_eq!(pixels("280.5px"), Some(281));
        assert_eq!(pixels("280.0"), Some(280));
        assert_eq!(pixels("-1"), None);
        assert_eq!(pixels("4294967295.5"), None, "no overflow");
        assert_eq!(pixels("1e3"), None);
    }
}
