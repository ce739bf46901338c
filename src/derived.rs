//! Derived figures: averages and unit conversions computed from a single figure, each labelled
//! with its formula. Nothing here divides one figure by another: the article does not link them.
//!
//! Derived values keep three significant figures. A stated value that is a lower bound ("over",
//! "+") gives lower-bound averages, so those are rounded *down*: "over 3,830 lb a day" stays true.

use crate::content::{Figure, Qualifier, Unit};
use crate::figures::Amount;

/// Kilograms in one avoirdupois pound (exact, by definition).
pub const KG_PER_LB: f64 = 0.453_592_37;

/// One derived figure, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
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
pub fn derived(figure: &Figure) -> Vec<Derived> {
    let observation = figure.latest();
    let (value, stated) = (
        observation.value.get(),
        Amount::new(figure, observation, true),
    );
    let mut out = Vec::new();
    if let Some(period) = observation.period {
        let (days_or_years, per, label) = if period.from == period.to {
            (
                f64::from(days_in_year(period.from)),
                "day",
                format!("Daily average, {period}"),
            )
        } else {
            (
                f64::from(period.to - period.from + 1),
                "year",
                format!("Yearly average, {period}"),
            )
        };
        let average = value / days_or_years;
        out.push(Derived {
            label,
            value: average,
            text: format!("{} a {per}", rounded(figure, average, None)),
            formula: format!("{stated} ÷ {days_or_years} {per}s"),
        });
    }
    if figure.unit == Unit::Pounds {
        let tons = value * KG_PER_LB / 1000.0;
        out.push(Derived {
            label: "In metric tons".into(),
            value: tons,
            text: rounded(figure, tons, Some("metric tons")),
            formula: format!("{stated} × {KG_PER_LB} kg/lb ÷ 1,000 kg/t"),
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
fn rounded(figure: &Figure, value: f64, unit: Option<&str>) -> String {
    let (value, decimals) = three_significant(value, figure.qualifier != Qualifier::Exact);
    let mut amount = Amount::quantity(figure, figure.qualifier, value, decimals);
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
    let magnitude = value.log10().floor() as i32 - 2;
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
        derived(article().figure(id).expect("figure exists"))
    }

    #[test]
    fn narcotics_per_day_and_in_metric_tons() {
        let d = derived_of("narcotics");
        assert_eq!(d.len(), 2);
        assert!((d[0].value - 1_400_000.0 / 365.0).abs() < 1e-9);
        assert_eq!(d[0].text, "over 3,830 lb a day");
        assert_eq!(d[0].formula, "over 1.4 million lb ÷ 365 days");
        assert!((d[1].value - 635.029_318).abs() < 1e-6);
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
        assert_eq!(d[0].label, "Yearly average, 2005-2018");
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
