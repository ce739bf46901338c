//! What plotters leaves out of its SVG: an accessible name and description, the role, text
//! labels, and shapes defined once and drawn many times (`<symbol>`, `<use>`, `<clipPath>`).
//! Every piece of text is escaped here.

use super::ink;
use crate::content::decimal::fixed;
use crate::ids::{ChartIds, ChartPart};
use std::fmt::Write;

/// Escapes text for SVG/XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// An attribute's value in an open tag's attributes (or an element's markup): the text between
/// ` name="` and the next `"`, still escaped as written.
pub fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let from = attributes.find(&key)? + key.len();
    let to = from + attributes[from..].find('"')?;
    Some(&attributes[from..to])
}

/// Where a label sits: its anchor point, alignment and size.
pub struct Label<'a> {
    pub x: i32,
    pub y: i32,
    pub anchor: &'static str,
    pub size: u32,
    pub text: &'a str,
}

/// Appends markup to a plotters document, before its closing tag.
pub fn append(svg: &mut String, markup: &str) {
    let close = svg.rfind("</svg>").unwrap_or(svg.len());
    svg.insert_str(close, markup);
}

/// A line icon in a 24-unit box, as one path (`crate::icons::chart_path`), defined once and drawn
/// in `currentColor`, so each `<use>` of it takes its colour from its `color` attribute. Its box
/// is given, so each `<use>` is that big: without it a use's box is the whole chart, which
/// Firefox and WebKit report as the use's size.
pub fn symbol(id: &str, path_data: &str) -> String {
    format!(
        r#"<symbol id="{}" width="24" height="24" viewBox="0 0 24 24" overflow="visible"><path d="{}" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/></symbol>"#,
        escape(id),
        escape(path_data)
    )
}

/// A use of the symbol `id` with its box's top left corner at (`x`, `y`), and any further
/// `attributes` (written with their leading space).
pub fn use_symbol(id: &str, x: i32, y: i32, attributes: &str) -> String {
    format!(
        r##"<use href="#{}" x="{x}" y="{y}"{attributes}/>"##,
        escape(id)
    )
}

/// A clip path that keeps the rectangle from (`x`, `y`), `width` by `height`.
pub fn clip_rect(id: &str, x: i32, y: i32, width: f64, height: i32) -> String {
    format!(
        r#"<clipPath id="{}"><rect x="{x}" y="{y}" width="{}" height="{height}"/></clipPath>"#,
        escape(id),
        fixed(width, 1)
    )
}

/// The system's own sans-serif: the page's stack (`--font-sans` in `styles/tokens.css`), for a
/// chart's labels and a chart's file, so they read as the page does in every engine (WebKitGTK
/// has no `system-ui`, and took the next family on the page, another in a chart); quoted names
/// in single quotes, since the attribute is in double quotes.
pub const FONTS: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/// Appends `<text>` elements to a plotters document, before its closing tag.
pub fn add_labels(svg: &mut String, labels: &[Label]) {
    let mut text = String::new();
    for l in labels {
        let _ = writeln!(
            text,
            r#"<text x="{}" y="{}" text-anchor="{}" font-size="{}" font-family="{FONTS}" fill="{}">{}</text>"#,
            l.x,
            l.y,
            l.anchor,
            l.size,
            ink::hex(ink::TEXT),
            escape(l.text)
        );
    }
    append(svg, &text);
}

/// Gives plotters' `<svg>` a role, a class, and a `<title>` and `<desc>` as its first children.
pub fn finish(svg: String, ids: &ChartIds, title: &str, description: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(open_end);
    let (svg_id, title_id, desc_id) = (
        escape(&ids.part(ChartPart::Svg)),
        escape(&ids.part(ChartPart::Title)),
        escape(&ids.part(ChartPart::Desc)),
    );
    let attributes = format!(
        r#" role="img" class="chart__svg" id="{svg_id}" aria-labelledby="{title_id}" aria-describedby="{desc_id}" focusable="false""#
    );
    format!(
        "{open}{attributes}>\n<title id=\"{title_id}\">{}</title>\n<desc id=\"{desc_id}\">{}</desc>{}",
        escape(title),
        escape(description),
        &rest[1..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape(r#"<b>&"'"#), "&lt;b&gt;&amp;&quot;&apos;");
    }

    #[test]
    fn finish_adds_role_title_and_description() {
        let figure = crate::content::article()
            .figure("arrests")
            .expect("figure exists");
        let ids = ChartIds::new(figure, crate::ids::Scope::Page);
        let svg = finish(
            "<svg width=\"1\">\n<rect/>\n</svg>\n".into(),
            &ids,
            "T<",
            "D&",
        );
        assert!(svg.starts_with(r#"<svg width="1" role="img""#), "{svg}");
        assert!(svg.contains(r#"<title id="chart-arrests-title">T&lt;</title>"#));
        assert!(svg.contains(r#"<desc id="chart-arrests-desc">D&amp;</desc>"#));
        assert!(svg.contains("<rect/>"));
    }
}
