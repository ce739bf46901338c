//! What a reader can download: a figure's data as CSV, and file names that say what a file holds.
//! Their words come from the data (`labels.export`).

use crate::content::{Article, Figure, Labels, Qualifier, Unit, template::fill};
use crate::derived::derived;
use crate::figures;

/// "hsi-narcotics-seized-2021": the stem of every file downloaded for a figure.
pub fn file_stem(labels: &Labels, figure: &Figure) -> String {
    let period = figure
        .latest()
        .period
        .map(|p| format!("-{p}"))
        .unwrap_or_default();
    let label: String = figure
        .label
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let label = label
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    fill(
        &labels.export.file,
        &[("figure", &format!("{label}{period}"))],
    )
}

fn unit_name<'a>(labels: &'a Labels, unit: &'a Unit) -> &'a str {
    match unit {
        Unit::Pounds => &labels.figures.pounds,
        Unit::UsDollars => &labels.export.us_dollars,
        Unit::Count { noun, .. } => noun,
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

/// One row per stated value, then one per derived value, each with its unit, qualifier and source.
pub fn csv(article: &Article, figure: &Figure) -> String {
    let labels = &article.labels;
    let source = figures::source_text(article, figure);
    let unit = unit_name(labels, &figure.unit);
    let qualifier = qualifier_name(labels, figure.qualifier);
    let mut rows = vec![labels.export.header.clone()];
    for observation in &figure.observations {
        let period = figures::observation_period(labels, observation);
        let value = observation.value.get().to_string();
        rows.push(
            [
                figure.label.as_str(),
                &period,
                &value,
                qualifier,
                unit,
                &labels.export.stated,
                "",
                &source,
            ]
            .map(field)
            .join(","),
        );
    }
    for d in derived(labels, figure) {
        let value = d.value.to_string();
        rows.push(
            [
                figure.label.as_str(),
                &d.label,
                &value,
                qualifier,
                &d.text,
                &labels.export.derived,
                &d.formula,
                &source,
            ]
            .map(field)
            .join(","),
        );
    }
    rows.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn file_names_say_what_they_hold() {
        let a = article();
        let stem = |id| file_stem(&a.labels, a.figure(id).expect("figure"));
        assert_eq!(stem("narcotics"), "hsi-narcotics-seized-2021");
        assert_eq!(stem("firearms"), "hsi-illicit-firearms-seized-2005-2018");
        assert_eq!(stem("offices"), "hsi-hsi-offices-abroad");
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_value() {
        let a = article();
        let text = csv(a, a.figure("narcotics").expect("figure"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "figure,period,value,qualifier,unit,kind,formula,source"
        );
        assert_eq!(lines.len(), 4, "one stated value and two derived: {text}");
        assert_eq!(
            lines[1],
            "Narcotics seized,2021,1400000,over,pounds,stated,,\"Impact on Drug Trafficking Landscape, refs [1]–[4]\""
        );
        assert!(
            lines[2].starts_with("Narcotics seized,\"Daily average, 2021\",3835.6"),
            "{}",
            lines[2]
        );
        assert!(lines[3].contains(",derived,"), "{}", lines[3]);
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("plain"), "plain");
    }
}
