//! The unit chart (waffle): one square per round quantity, ten to a row, the last square filled
//! in part where the value is not a whole number of squares. It suits a single magnitude: a
//! reader counts or estimates squares, with no axis to misread.

use super::{ink, round_up};
use crate::content::{Figure, Labels, Qualifier, template::fill};
use crate::figures::{Amount, group_thousands};
use plotters::prelude::*;

pub const COLUMNS: u32 = 10;
/// The grid pitch and the square inside it, in SVG user units.
pub const CELL: u32 = 24;
pub const SQUARE: u32 = 20;
/// At most this many squares per chart.
pub const MAX_MARKS: f64 = 100.0;

/// A drawn unit chart and its key.
pub struct Drawn {
    pub svg: String,
    pub per_mark: f64,
    pub marks: f64,
}

/// The smallest round quantity (1, 2 or 5 × 10ⁿ) that draws `value` in at most 100 squares.
pub fn per_mark(value: f64) -> f64 {
    // At most 100 squares: a square stands for at least a hundredth of the value, and for at
    // least 1, since squares count whole units.
    round_up(value / MAX_MARKS, &[1.0, 2.0, 5.0]).max(1.0)
}

pub fn draw(figure: &Figure) -> Drawn {
    let value = figure.latest().value.get();
    let per_mark = per_mark(value);
    let marks = value / per_mark;
    let whole = marks.floor() as u32;
    let part = marks - f64::from(whole);
    let count = whole + u32::from(part > 0.0);
    let rows = count.div_ceil(COLUMNS).max(1);
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (COLUMNS * CELL, rows * CELL)).into_drawing_area();
        let inset = ((CELL - SQUARE) / 2) as i32;
        for i in 0..count {
            let x = (i % COLUMNS * CELL) as i32 + inset;
            let y = (i / COLUMNS * CELL) as i32 + inset;
            let full = SQUARE as i32;
            let filled = if i < whole {
                full
            } else {
                (part * f64::from(SQUARE)).round() as i32
            };
            if filled < full {
                // A part-square: the whole square as a light track with an outline, so the
                // reader sees what fraction is filled.
                let rest = Rectangle::new([(x, y), (x + full, y + full)], ink::EMPTY.filled());
                let outline =
                    Rectangle::new([(x, y), (x + full, y + full)], ink::MARK.stroke_width(1));
                root.draw(&rest).expect("drawing into a String cannot fail");
                root.draw(&outline)
                    .expect("drawing into a String cannot fail");
            }
            let mark = Rectangle::new([(x, y), (x + filled, y + full)], ink::MARK.filled());
            root.draw(&mark).expect("drawing into a String cannot fail");
        }
        root.present().expect("drawing into a String cannot fail");
    }
    Drawn {
        svg,
        per_mark,
        marks,
    }
}

/// "Each square stands for 20,000 lb; 70 squares." The key a reader needs, also the SVG's `<desc>`.
pub fn describe(labels: &Labels, figure: &Figure, drawn: &Drawn) -> String {
    let quantity = Amount::quantity(labels, figure, Qualifier::Exact, drawn.per_mark, 0);
    let count = if drawn.marks.fract() == 0.0 {
        group_thousands(drawn.marks, 0)
    } else {
        group_thousands(drawn.marks, 1)
    };
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
    fn picks_round_quantities_for_at_most_a_hundred_squares() {
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
