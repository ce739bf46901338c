//! The unit chart (isotype): one icon per round quantity, ten to a row, each the figure's own
//! icon (a package for narcotics, people for arrests), the last one clipped by width where the
//! value is not a whole number of icons. A reader counts or estimates icons, with no axis to
//! misread; the key beside the marks ("Each [icon] = 20,000 lb"), in type as large as the marks,
//! says what one icon stands for, since each chart has its own scale.
//!
//! Plotters draws the document and the rule under the key; the icon is defined once as a
//! `<symbol>` of one path and every unit is a `<use>` of it (`svg.rs`), which plotters cannot
//! write.

use super::backend;
use super::svg::{Label, add_labels, append, clip_rect, escape, symbol, use_symbol};
use super::{ink, round_up};
use crate::content::{Figure, Labels, Qualifier, template::fill};
use crate::figures::{Amount, group_thousands};
use crate::icons::chart_path;
use crate::ids::{ChartIds, ChartPart};
use plotters::prelude::*;
use std::fmt::Write;

pub const COLUMNS: u32 = 10;
/// The grid pitch, in SVG user units: an icon's box (Lucide's 24 units, so an icon is used at
/// its own size) with a margin of 2 on each side.
pub const CELL: u32 = 28;
const MARGIN: i32 = 2;
/// An icon's box, and how far its shapes keep inside it: a part icon is clipped in proportion
/// to what is drawn, the 20 units from 2 to 22.
const BOX: i32 = 24;
const INSET: f64 = 2.0;
const INK: f64 = 20.0;
/// The space between the key's words and its icon's box.
const KEY_GAP: i32 = 6;
/// The key's type, as large as the marks' shapes.
pub const KEY_SIZE: u32 = 20;
/// The key's row above the marks, with the rule under it.
pub const KEY_ROW: u32 = 36;
const RULE: i32 = 30;
/// The key's baseline: its text centred on the key's icon.
const KEY_BASELINE: i32 = 19;
/// A generous width per character of the key's type, in ems: the key's words sit against its
/// icon (before it, anchored at their end; after it, at their start), and the document is made
/// wide enough for the words after it.
const EM_PER_CHAR: f64 = 0.6;
/// At most this many icons per chart.
pub const MAX_MARKS: f64 = 100.0;

/// A drawn unit chart and its key.
pub struct Drawn {
    pub svg: String,
    pub per_mark: f64,
    pub marks: f64,
}

/// The smallest round quantity (1, 2 or 5 × 10ⁿ) that draws `value` in at most 100 icons.
pub fn per_mark(value: f64) -> f64 {
    // At most 100 icons: an icon stands for at least a hundredth of the value, and for at
    // least 1, since icons count whole units.
    round_up(value / MAX_MARKS, &[1.0, 2.0, 5.0]).max(1.0)
}

/// The estimated width of `text` in the key's type, rounded up.
fn key_width(text: &str) -> i32 {
    (text.chars().count() as f64 * EM_PER_CHAR * f64::from(KEY_SIZE)).ceil() as i32
}

pub fn draw(labels: &Labels, figure: &Figure, ids: &ChartIds) -> Drawn {
    let value = figure.latest().value.get();
    let per_mark = per_mark(value);
    let marks = value / per_mark;
    let whole = marks.floor() as u32;
    let part = marks - f64::from(whole);
    let count = whole + u32::from(part > 0.0);
    let rows = count.div_ceil(COLUMNS).max(1);
    let icon = ids.part(ChartPart::Icon);

    // The key: the words before the icon end a gap before it, the words after it start a gap
    // after it.
    let quantity = Amount::quantity(labels, figure, Qualifier::Exact, per_mark, 0).to_string();
    let (before, after) = labels
        .chart
        .key
        .split_once("{icon}")
        .unwrap_or(("", &labels.chart.key));
    let fill_key = |text: &str| fill(text, &[("quantity", &quantity)]).trim().to_owned();
    let (before, after) = (fill_key(before), fill_key(after));
    let key_icon_x = if before.is_empty() {
        MARGIN
    } else {
        // The words' width is a generous estimate, so they start clear of the edge.
        key_width(&before) + KEY_GAP
    };
    let after_x = key_icon_x + BOX + KEY_GAP;
    let width = (COLUMNS * CELL).max((after_x + key_width(&after)) as u32);
    let height = KEY_ROW + rows * CELL;

    let mut svg = String::new();
    {
        let root = backend::Svg::new(&mut svg, (width, height)).into_drawing_area();
        let rule = PathElement::new(
            vec![(0, RULE), (width as i32, RULE)],
            ink::AXIS.stroke_width(1),
        );
        root.draw(&rule).expect("drawing into a String cannot fail");
        root.present().expect("drawing into a String cannot fail");
    }

    let at = |i: u32| {
        (
            (i % COLUMNS * CELL) as i32 + MARGIN,
            (KEY_ROW + i / COLUMNS * CELL) as i32 + MARGIN,
        )
    };
    let mut defs = symbol(&icon, chart_path(figure.category));
    let mut units = use_symbol(&icon, key_icon_x, 0, "");
    for i in 0..whole {
        let (x, y) = at(i);
        units.push_str(&use_symbol(&icon, x, y, ""));
    }
    if part > 0.0 {
        // The part icon: the whole icon in the track colour, and over it the icon clipped to
        // the part's share of its drawn width, so the value stays exact. The clip is set on a
        // group, in the chart's own coordinates (a `<use>`'s x and y would move its clip too).
        let (x, y) = at(whole);
        let clip = ids.part(ChartPart::Part);
        defs.push_str(&clip_rect(&clip, x, y, INSET + part * INK, BOX));
        units.push_str(&use_symbol(
            &icon,
            x,
            y,
            &format!(r#" color="{}""#, ink::hex(ink::EMPTY)),
        ));
        let _ = write!(
            units,
            r#"<g clip-path="url(#{})">{}</g>"#,
            escape(&clip),
            use_symbol(&icon, x, y, "")
        );
    }
    append(
        &mut svg,
        &format!(
            "<defs>{defs}</defs>\n<g color=\"{}\">{units}</g>\n",
            ink::hex(ink::MARK)
        ),
    );
    let key_label = |x: i32, anchor: &'static str, text| Label {
        x,
        y: KEY_BASELINE,
        anchor,
        size: KEY_SIZE,
        text,
    };
    let mut texts = vec![key_label(after_x, "start", after.as_str())];
    if !before.is_empty() {
        texts.insert(0, key_label(key_icon_x - KEY_GAP, "end", before.as_str()));
    }
    add_labels(&mut svg, &texts);
    Drawn {
        svg,
        per_mark,
        marks,
    }
}

/// How many icons a chart draws, as its key says it: "70", or "52.2" where the last is a part.
pub fn icon_count(marks: f64) -> String {
    group_thousands(marks, if marks.fract() == 0.0 { 0 } else { 1 })
}

/// "Each icon stands for 20,000 lb; 70 icons." The key in words, also the SVG's `<desc>`.
pub fn describe(labels: &Labels, figure: &Figure, drawn: &Drawn) -> String {
    let quantity = Amount::quantity(labels, figure, Qualifier::Exact, drawn.per_mark, 0);
    let count = icon_count(drawn.marks);
    let template = if drawn.marks == 1.0 {
        &labels.chart.units_one
    } else {
        &labels.chart.units
    };
    fill(
        template,
        &[("quantity", &quantity.to_string()), ("count", &count)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_round_quantities_for_at_most_a_hundred_icons() {
        assert_eq!(per_mark(1_400_000.0), 20_000.0);
        assert_eq!(per_mark(2_600.0), 50.0);
        assert_eq!(per_mark(522_000_000.0), 10_000_000.0);
        assert_eq!(per_mark(66_000.0), 1_000.0);
        assert_eq!(per_mark(63.0), 1.0);
        assert_eq!(per_mark(100.0), 1.0);
        assert_eq!(per_mark(101.0), 2.0);
        assert_eq!(per_mark(0.5), 1.0);
        assert_eq!(per_mark(0.0), 1.0);
    }
}
