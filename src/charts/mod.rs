//! Charts as SVG strings: pure functions of a figure, drawn with plotters (through `backend`, SVG
//! into a string), with the title, description and labels plotters does not write added (escaped).
//! Their words are templates in the data (`labels.chart`).
//!
//! The article gives one value per figure, each in its own unit, so each figure gets its own
//! chart on its own scale: a unit chart (one icon per round quantity) for a single value, and
//! a bar chart from zero when the data holds a series of periods. No axis ever mixes units.

mod backend;
pub mod bars;
pub mod ink;
pub mod svg;
pub mod units;

use crate::content::{Figure, Labels};
use crate::figures;
use crate::ids::ChartIds;

/// What kind of chart a figure gets, with what a reader needs to read it.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    /// One icon per `per_mark`; `marks` may end in a part of an icon.
    Units { per_mark: f64, marks: f64 },
    /// One bar per period, on an axis from zero.
    Bars,
}

/// A rendered chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub svg: String,
    pub kind: ChartKind,
    pub title: String,
    pub description: String,
}

/// The smallest `f × 10ⁿ` at or above `value`, for `f` among `factors` (ascending, from 1 and
/// below 10): the round numbers a chart's scale is made of.
fn round_up(value: f64, factors: &[f64]) -> f64 {
    let (step, _) = crate::content::decimal::power_of_ten_below(value);
    factors
        .iter()
        .map(|f| f * step)
        .find(|top| *top >= value)
        .unwrap_or(10.0 * step)
}

/// The kind of chart `chart` draws for `figure`, with its key, without drawing it: what the
/// speaker notes say about reading the chart comes from here.
pub fn kind(figure: &Figure) -> ChartKind {
    if figure.observations.len() > 1 {
        return ChartKind::Bars;
    }
    let value = figure.latest().value.get();
    let per_mark = units::per_mark(value);
    ChartKind::Units {
        per_mark,
        marks: value / per_mark,
    }
}

/// The figure's chart: bars for a series, units for a single value. `ids` name the SVG, its
/// title and its description.
pub fn chart(labels: &Labels, figure: &Figure, ids: &ChartIds) -> Chart {
    let latest = figure.latest();
    let period = figures::period_suffix(labels, figure);
    let title = format!(
        "{}{period}: {}",
        figure.label,
        figures::Amount::new(labels, figure, latest, true)
    );
    if figure.observations.len() > 1 {
        let (body, description) = bars::draw(labels, figure);
        Chart {
            svg: svg::finish(body, ids, &title, &description),
            kind: ChartKind::Bars,
            title,
            description,
        }
    } else {
        let drawn = units::draw(labels, figure, ids);
        let description = units::describe(labels, figure, &drawn);
        let kind = ChartKind::Units {
            per_mark: drawn.per_mark,
            marks: drawn.marks,
        };
        Chart {
            svg: svg::finish(drawn.svg, ids, &title, &description),
            kind,
            title,
            description,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;
    use crate::ids::Scope;

    #[test]
    fn the_kind_is_what_the_chart_draws() {
        let a = article();
        for figure in &a.figures {
            let drawn = chart(&a.labels, figure, &ChartIds::new(figure, Scope::Page));
            assert_eq!(kind(figure), drawn.kind, "{}", figure.id);
        }
    }
}
