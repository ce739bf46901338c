//! A figure's data as CSV: one row per value, in the columns `labels.export.header` names
//! (figure, measure, qualifier, value, value_shown, unit, period, derived_from, formula,
//! source). A stated row leaves `derived_from` and `formula` empty; a derived row names what it
//! is in `measure`, the stated value it comes from in `derived_from`, and how in `formula`, so
//! that `unit` and `period` always hold a unit and a period. `value` is the number itself, to
//! six decimals (a derived value is an average), and `value_shown` is the value as the page shows
//! it.

use crate::content::decimal::trimmed;
use crate::content::{Article, Figure, Labels, Qualifier, Unit, template::fill};
use crate::derived::{Kind, derived};
use crate::figures::{self, Amount};

/// The unit a stated value is counted in, in full: "pounds", "US dollars", "drug smuggling
/// arrests".
fn unit_name<'a>(labels: &'a Labels, unit: &'a Unit) -> &'a str {
    match unit {
        Unit::Pounds => &labels.figures.pounds,
        Unit::UsDollars => &labels.export.us_dollars,
        Unit::Count { noun, .. } => noun,
    }
}

/// The unit of a derived value: the stated unit per day or per year ("pounds a day"), or metric
/// tons, in the same words the page writes a derived value with.
fn derived_unit(labels: &Labels, figure: &Figure, kind: Kind) -> String {
    let unit = unit_name(labels, &figure.unit);
    let words = &labels.derived;
    match kind {
        Kind::DailyAverage => fill(&words.per_day, &[("amount", unit)]),
        Kind::YearlyAverage => fill(&words.per_year, &[("amount", unit)]),
        Kind::MetricTons => words.metric_tons.clone(),
    }
}

fn qualifier_name(labels: &Labels, qualifier: Qualifier) -> &str {
    let words = &labels.export;
    match qualifier {
        Qualifier::Exact => &words.exact,
        Qualifier::Over => &words.over,
        Qualifier::Plus => &words.plus,
    }
}

/// A CSV field, quoted when it must be.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One row of the CSV, in the header's order.
struct Row<'a> {
    measure: &'a str,
    /// Written with up to six decimals (`decimal::trimmed`): a stated value is a whole count, a
    /// derived one an average.
    value: f64,
    value_shown: &'a str,
    unit: &'a str,
    period: &'a str,
    derived_from: &'a str,
    formula: &'a str,
}

/// One row per stated value, then one per derived value, each with its qualifier, unit, period
/// and source.
pub fn csv(article: &Article, figure: &Figure) -> String {
    let labels = &article.labels;
    let source = super::source(article, figure);
    let qualifier = qualifier_name(labels, figure.qualifier);
    let line = |row: Row| {
        let value = trimmed(row.value, 6);
        [
            figure.label.as_str(),
            row.measure,
            qualifier,
            &value,
            row.value_shown,
            row.unit,
            row.period,
            row.derived_from,
            row.formula,
            &source,
        ]
        .map(field)
        .join(",")
    };
    let mut rows = vec![labels.export.header.clone()];
    let unit = unit_name(labels, &figure.unit);
    for observation in &figure.observations {
        let period = figures::observation_period(labels, observation);
        let shown = Amount::new(labels, figure, observation, true).to_string();
        rows.push(line(Row {
            measure: &figure.label,
            value: observation.value.get(),
            value_shown: &shown,
            unit,
            period: &period,
            derived_from: "",
            formula: "",
        }));
    }
    // Derived values come from the latest value: they cover its period and name it.
    let period = figures::observation_period(labels, figure.latest());
    let stated = figures::with_period(&figure.label, labels, figure.latest());
    for d in derived(labels, figure) {
        let unit = derived_unit(labels, figure, d.kind);
        rows.push(line(Row {
            measure: &d.label,
            value: d.value,
            value_shown: &d.text,
            unit: &unit,
            period: &period,
            derived_from: &stated,
            formula: &d.formula,
        }));
    }
    // A byte order mark first: spreadsheets that otherwise guess a legacy encoding then read the
    // quotes, dashes and signs (“ ” – ÷ ×) as UTF-8.
    format!("{BOM}{}\r\n", rows.join("\r\n"))
}

/// The byte order mark the CSV starts with.
const BOM: char = '\u{FEFF}';

/// The CSV's media type, which says its encoding too.
pub const CSV_TYPE: &str = "text/csv;charset=utf-8";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    /// A CSV line split into its fields (quotes around a field, and doubled quotes in it).
    fn fields(line: &str) -> Vec<String> {
        let mut out = vec![String::new()];
        let (mut quoted, mut chars) = (false, line.chars().peekable());
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    out.last_mut().expect("a field").push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => out.push(String::new()),
                (c, _) => out.last_mut().expect("a field").push(c),
            }
        }
        out
    }

    /// The CSV of a figure as rows of named fields.
    fn table(id: &str) -> Vec<std::collections::HashMap<String, String>> {
        let a = article();
        let text = csv(a, a.figure(id).expect("figure"));
        let mut lines = text.trim_start_matches(BOM).lines().map(fields);
        let header = lines.next().expect("a header");
        lines
            .map(|row| {
                assert_eq!(row.len(), header.len(), "{id}: every column: {row:?}");
                header.iter().cloned().zip(row).collect()
            })
            .collect()
    }

    #[test]
    fn the_header_names_the_ten_columns() {
        let a = article();
        let text = csv(a, a.figure("narcotics").expect("figure"));
        assert!(text.starts_with(BOM), "a byte order mark first");
        assert_eq!(
            text.trim_start_matches(BOM).lines().next(),
            Some(
                "figure,measure,qualifier,value,value_shown,unit,period,derived_from,formula,source"
            )
        );
        assert!(text.ends_with("\r\n") && text.matches("\r\n").count() == 4);
    }

    #[test]
    fn a_stated_row_has_the_whole_value_and_the_value_as_shown() {
        let rows = table("narcotics");
        let stated = &rows[0];
        let get = |k: &str| stated[k].as_str();
        assert_eq!(get("figure"), "Narcotics seized");
        assert_eq!(get("measure"), "Narcotics seized");
        assert_eq!(get("qualifier"), "over");
        assert_eq!(get("value"), "1400000");
        assert_eq!(get("value_shown"), "over 1.4 million lb");
        assert_eq!(get("unit"), "pounds");
        assert_eq!(get("period"), "2021");
        assert_eq!(get("derived_from"), "");
        assert_eq!(get("formula"), "");
        assert!(
            get("source").starts_with(
                "“HSI’s Focus on Disrupting Drug Trafficking Networks”, section “Impact on Drug \
                 Trafficking Landscape”. The article’s references: [1] Homeland Security \
                 Investigations Overview;"
            ),
            "{}",
            get("source")
        );
        let firearms = &table("firearms")[0];
        assert_eq!(firearms["qualifier"], "at least");
        assert_eq!(firearms["value_shown"], "66,000+ firearms");
        assert_eq!(firearms["unit"], "illicit firearms");
        assert_eq!(firearms["period"], "2005–2018");
        assert_eq!(table("currency")[0]["unit"], "US dollars");
    }

    #[test]
    fn a_derived_row_names_its_measure_source_value_and_formula_and_keeps_unit_and_period() {
        let rows = table("narcotics");
        assert_eq!(rows.len(), 3, "one stated value and two derived");
        let daily = &rows[1];
        assert_eq!(daily["measure"], "Daily average, 2021");
        assert_eq!(
            daily["value"], "3835.616438",
            "1,400,000 ÷ 365, to six decimals"
        );
        assert_eq!(daily["value_shown"], "over 3,830 lb a day");
        assert_eq!(daily["unit"], "pounds a day");
        assert_eq!(daily["period"], "2021");
        assert_eq!(daily["derived_from"], "Narcotics seized, 2021");
        assert_eq!(daily["formula"], "over 1.4 million lb ÷ 365 days");
        let tons = &rows[2];
        assert_eq!(tons["measure"], "In metric tons, 2021");
        assert_eq!(tons["unit"], "metric tons");
        assert_eq!(tons["value_shown"], "over 635 metric tons");
        assert_eq!(tons["value"], "635.029318", "exactly, with no binary noise");
        let yearly = &table("firearms")[1];
        assert_eq!(yearly["measure"], "Yearly average, 2005–2018");
        assert_eq!(yearly["unit"], "illicit firearms a year");
        assert_eq!(yearly["period"], "2005–2018");
        assert_eq!(yearly["derived_from"], "Illicit firearms seized, 2005–2018");
        for rows in ["narcotics", "arrests", "currency", "firearms"].map(table) {
            for row in &rows[1..] {
                assert!(!row["measure"].is_empty(), "{row:?}");
                for column in ["unit", "period"] {
                    assert!(
                        !row[column].contains("average") && row[column] != row["measure"],
                        "a derived row's label is not its {column}: {row:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_figure_without_a_period_has_one_stated_row() {
        let rows = table("offices");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0]["qualifier"], "exact");
        assert_eq!(rows[0]["value_shown"], "63 offices");
        assert_eq!(rows[0]["period"], "");
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("plain"), "plain");
        assert_eq!(fields(r#"a,"b,""c""",d"#), ["a", "b,\"c\"", "d"]);
    }
}
