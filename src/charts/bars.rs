//! The bar chart a figure gets once the data holds more than one period: one bar per period on
//! an axis that starts at zero, with the figure's own unit. The article gives one period per
//! figure, so this appears only when the data file gains years.

use super::backend;
use super::svg::{Label, add_labels};
use super::{ink, round_up};
use crate::content::{Figure, Labels, Qualifier, template::fill};
use crate::figures::{Amount, format_number, observation_period};
use plotters::prelude::*;

pub const WIDTH: u32 = 480;
pub const HEIGHT: u32 = 260;
const LEFT: i32 = 88;
const RIGHT: i32 = 12;
const TOP: i32 = 16;
const BOTTOM: i32 = 36;
const TICKS: u32 = 4;

/// The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`: the top of the value axis.
pub fn axis_top(value: f64) -> f64 {
    if value <= 0.0 {
        return 1.0;
    }
    round_up(value, &[1.0, 2.0, 2.5, 5.0])
}

/// Draws the bars and returns the SVG with its labels, and its description.
pub fn draw(labels: &Labels, figure: &Figure) -> (String, String) {
    let values: Vec<f64> = figure.observations.iter().map(|o| o.value.get()).collect();
    let top = axis_top(values.iter().copied().fold(0.0, f64::max));
    let plot_w = WIDTH as i32 - LEFT - RIGHT;
    let plot_h = HEIGHT as i32 - TOP - BOTTOM;
    let y_of = |v: f64| TOP + plot_h - (v / top * f64::from(plot_h)).round() as i32;
    let band = plot_w / values.len().max(1) as i32;
    let mut svg = String::new();
    let mut tick_text = Vec::new();
    {
        let root = backend::Svg::new(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        for i in 0..=TICKS {
            let v = top * f64::from(i) / f64::from(TICKS);
            let y = y_of(v);
            let line = PathElement::new(
                vec![(LEFT, y), (LEFT + plot_w, y)],
                ink::AXIS.stroke_width(if i == 0 { 2 } else { 1 }),
            );
            root.draw(&line).expect("drawing into a String cannot fail");
            tick_text.push((y, format_number(labels, v)));
        }
        for (i, value) in values.iter().enumerate() {
            let x = LEFT + band * i as i32 + band / 5;
            let bar = Rectangle::new(
                [(x, y_of(*value)), (x + band * 3 / 5, y_of(0.0))],
                ink::MARK.filled(),
            );
            root.draw(&bar).expect("drawing into a String cannot fail");
        }
        root.present().expect("drawing into a String cannot fail");
    }
    let periods: Vec<String> = figure
        .observations
        .iter()
        .map(|o| observation_period(labels, o))
        .collect();
    let mut texts: Vec<Label> = tick_text
        .iter()
        .map(|(y, text)| Label {
            x: LEFT - 8,
            y: y + 4,
            anchor: "end",
            size: 12,
            text,
        })
        .collect();
    texts.extend(periods.iter().enumerate().map(|(i, text)| Label {
        x: LEFT + band * i as i32 + band / 2,
        y: HEIGHT as i32 - 12,
        anchor: "middle",
        size: 12,
        text,
    }));
    add_labels(&mut svg, &texts);
    let top = Amount::quantity(labels, figure, Qualifier::Exact, top, 0).to_string();
    let description = fill(
        &labels.chart.bars,
        &[
            ("count", &values.len().to_string()),
            ("first", periods.first().map_or("", String::as_str)),
            ("last", periods.last().map_or("", String::as_str)),
            // The axis's first tick: zero.
            (
                "bottom",
                tick_text.first().map_or("", |(_, text)| text.as_str()),
            ),
            ("top", &top),
        ],
    );
    (svg, description)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_top_is_round_and_covers_the_data() {
        assert_eq!(axis_top(1_400_000.0), 2_000_000.0);
        assert_eq!(axis_top(2_600.0), 5_000.0);
        assert_eq!(axis_top(2_000.0), 2_000.0);
        assert_eq!(axis_top(2_100.0), 2_500.0);
        assert_eq!(axis_top(66_000.0), 100_000.0);
        assert_eq!(axis_top(0.0), 1.0);
    }
}
