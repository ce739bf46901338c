//! Derived figures: averages and unit conversions computed from a single figure, each labelled
//! with its formula. Nothing here divides one figure by another: the article does not link them.
//!
//! Derived values keep three significant figures. A stated value that is a lower bound ("over",
//! "+") gives lower-bound averages, so those are rounded *down*: "over 3,830 lb a day" stays true.
//! Their names and formulas are templates in the data (`labels.derived`).

use crate::content::decimal::{power_of_ten_below, trimmed};
use crate::content::{Figure, Labels, Qualifier, Unit, template::fill};
use crate::figures::{Amount, group_thousands, period_label, with_period};

/// Kilograms in one avoirdupois pound (exact, by definition): 45,359,237 hundred-millionths.
pub const KG_PER_LB: f64 = KG_PER_LB_E8 / 1e8;
const KG_PER_LB_E8: f64 = 45_359_237.0;
/// Kilograms in one metric ton.
pub const KG_PER_T: f64 = 1000.0;

/// What a derived figure is: it sets the unit a download names for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The value per day of its single year.
    DailyAverage,
    /// The value per year of its span of years.
    YearlyAverage,
    /// A value in pounds, in metric tons.
    MetricTons,
}

/// One derived figure, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub kind: Kind,
    /// What it is: "Daily average, 2021".
    pub label: String,
    /// The unrounded result.
    pub value: f64,
    /// The rounded result with qualifier and unit: "over 3,830 lb a day".
    pub text: String,
    /// How it was computed: "1.4 million lb ÷ 365 days".
    pub formula: String,
}

/// Every derived figure for a figure's latest value: a daily average for a single year, a yearly
/// average for a span of years, and metric tons for pounds.
pub fn derived(labels: &Labels, figure: &Figure) -> Vec<Derived> {
    let words = &labels.derived;
    let observation = figure.latest();
    let value = observation.value.get();
    let stated = Amount::new(labels, figure, observation, true).to_string();
    let mut out = Vec::new();
    if let Some(period) = observation.period {
        let (kind, count, slot, label, per, formula) = if period.from == period.to {
            let days = days_in_year(period.from);
            (
                Kind::DailyAverage,
                days,
                "days",
                &words.daily,
                &words.per_day,
                &words.daily_formula,
            )
        } else {
            let years = period.to - period.from + 1;
            (
                Kind::YearlyAverage,
                years,
                "years",
                &words.yearly,
                &words.per_year,
                &words.yearly_formula,
            )
        };
        let average = value / f64::from(count);
        out.push(Derived {
            kind,
            label: fill(label, &[("period", &period_label(labels, period))]),
            value: average,
            text: fill(per, &[("amount", &rounded(labels, figure, average, None))]),
            formula: fill(formula, &[("amount", &stated), (slot, &count.to_string())]),
        });
    }
    if figure.unit == Unit::Pounds {
        // In whole numbers while they stay exact (below 2^53), so that the metric tons are the
        // nearest float to 635.029318 and not 635.0293180000001 (0.45359237 has no exact binary
        // form), whatever the places they are written to.
        let tons = value * KG_PER_LB_E8 / (1e8 * KG_PER_T);
        out.push(Derived {
            kind: Kind::MetricTons,
            label: with_period(&words.tons, labels, observation),
            value: tons,
            text: rounded(labels, figure, tons, Some(&words.metric_tons)),
            formula: fill(
                &words.tons_formula,
                &[
                    ("amount", &stated),
                    ("kg_per_lb", &trimmed(KG_PER_LB, 9)),
                    ("kg_per_t", &group_thousands(KG_PER_T, 0)),
                ],
            ),
        });
    }
    out
}

fn days_in_year(year: u16) -> u16 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    if leap { 366 } else { 365 }
}

/// The value at three significant figures, in the figure's own words ("over", "$", unit),
/// rounded down for lower bounds.
fn rounded(labels: &Labels, figure: &Figure, value: f64, unit: Option<&str>) -> String {
    let (value, decimals) = three_significant(value, figure.qualifier != Qualifier::Exact);
    let mut amount = Amount::quantity(labels, figure, figure.qualifier, value, decimals);
    if let Some(unit) = unit {
        amount.unit = Some(unit.to_owned());
    }
    amount.to_string()
}

/// `value` at three significant figures, and how many decimals that leaves.
pub fn three_significant(value: f64, round_down: bool) -> (f64, usize) {
    if value <= 0.0 || !value.is_finite() {
        return (0.0, 0);
    }
    let magnitude = power_of_ten_below(value).1 - 2;
    let step = 10f64.powi(magnitude);
    // A hair of tolerance so that 635.0 / 1.0 does not floor to 634.99… → 634.
    let scaled = value / step * (1.0 + 1e-12);
    let kept = if round_down {
        scaled.floor()
    } else {
        scaled.round()
    };
    (kept * step, usize::try_from(-magnitude).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    fn derived_of(id: &str) -> Vec<Derived> {
        let article = article();
        derived(&article.labels, article.figure(id).expect("figure exists"))
    }

    #[test]
    fn narcotics_per_day_and_in_metric_tons() {
        let d = derived_of("narcotics");
        assert_eq!(d.len(), 2);
        assert!((d[0].value - 1_400_000.0 / 365.0).abs() < 1e-9);
        assert_eq!(d[0].text, "over 3,830 lb a day");
        assert_eq!(d[0].formula, "over 1.4 million lb ÷ 365 days");
        assert_eq!(d[1].value, 635.029_318);
        assert_eq!(d[1].text, "over 635 metric tons");
    }

    #[test]
    fn arrests_and_currency_per_day() {
        assert_eq!(derived_of("arrests")[0].text, "over 7.12 arrests a day");
        assert_eq!(derived_of("currency")[0].text, "over $1.43 million a day");
    }

    #[test]
    fn firearms_per_year_over_fourteen_years() {
        let d = derived_of("firearms");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].label, "Yearly average, 2005–2018");
        assert_eq!(d[0].formula, "66,000+ firearms ÷ 14 years");
        assert_eq!(d[0].text, "4,710+ firearms a year");
    }

    #[test]
    fn figures_without_a_period_derive_nothing() {
        assert!(derived_of("offices").is_empty());
    }

    #[test]
    fn leap_years_have_366_days() {
        assert_eq!(days_in_year(2021), 365);
        assert_eq!(days_in_year(2024), 366);
        assert_eq!(days_in_year(1900), 365);
        assert_eq!(days_in_year(2000), 366);
    }

    #[test]
    fn three_significant_figures() {
        assert_eq!(three_significant(3835.616, true), (3830.0, 0));
        assert_eq!(three_significant(3835.616, false), (3840.0, 0));
        assert_eq!(three_significant(635.0, true), (635.0, 0));
        let (v, d) = three_significant(7.123_287, true);
        assert!((v - 7.12).abs() < 1e-9 && d == 2);
        assert_eq!(three_significant(0.0, true), (0.0, 0));
        assert_eq!(three_significant(f64::NAN, true), (0.0, 0));
    }
}
