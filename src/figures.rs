//! Figures as people read them: numbers, units, qualifiers and periods formatted the way the
//! article writes them, plus the short forms used on tiles. All formatting of figures lives here;
//! its words come from the data (`labels.figures`).

use crate::content::decimal::{fixed, trimmed};
use crate::content::{
    Article, Figure, Labels, Observation, Period, Qualifier, Reference, Unit, template::fill,
};
use std::fmt;

/// "1.4 million", "522 million", "2,600", "63".
pub fn format_number(labels: &Labels, value: f64) -> String {
    match split_number(labels, value, 0) {
        (digits, Some(scale)) => format!("{digits} {scale}"),
        (digits, None) => digits,
    }
}

/// The digits and the scale word apart: ("1.4", Some("million")), ("2,600", None).
/// Below a million, `decimals` places are kept; from a million, up to six (a million is a count
/// of whole things).
pub fn split_number(labels: &Labels, value: f64, decimals: usize) -> (String, Option<&str>) {
    if value >= 1e6 {
        (trimmed(value / 1e6, 6), Some(&labels.figures.million))
    } else {
        (group_thousands(value, decimals), None)
    }
}

/// "1,400,000", "7.12".
pub fn group_thousands(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    let (whole, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut out = String::with_capacity(text.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A figure split into the pieces a tile lays out: "over" · "$522" · "million" · "".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount<'a> {
    /// The qualifier word written before the number ("over"), if any.
    pub before: Option<&'a str>,
    /// The digits with any currency sign and "+" ("$522", "66,000+").
    pub number: String,
    /// The scale word after the digits ("million"), if any.
    pub scale: Option<&'a str>,
    /// The unit written after the number, in short ("lb", "arrests") or in full ("pounds").
    pub unit: Option<String>,
}

impl<'a> Amount<'a> {
    /// The value as the article states it: "over 1.4 million pounds".
    pub fn new(
        labels: &'a Labels,
        figure: &Figure,
        observation: &Observation,
        short: bool,
    ) -> Self {
        Self::with_digits(
            labels,
            figure,
            figure.qualifier,
            split_number(labels, observation.value.get(), 0),
            short,
        )
    }

    /// The value with every digit written out: "over 1,400,000 pounds".
    pub fn exact(
        labels: &'a Labels,
        figure: &Figure,
        observation: &Observation,
        short: bool,
    ) -> Self {
        Self::with_digits(
            labels,
            figure,
            figure.qualifier,
            (group_thousands(observation.value.get(), 0), None),
            short,
        )
    }

    /// A quantity in the figure's unit, with any qualifier: `quantity(l, f, Exact, 20_000.0, 0)`
    /// is "20,000 lb".
    pub fn quantity(
        labels: &'a Labels,
        figure: &Figure,
        qualifier: Qualifier,
        value: f64,
        decimals: usize,
    ) -> Self {
        let digits = split_number(labels, value, decimals);
        Self::with_digits(labels, figure, qualifier, digits, true)
    }

    fn with_digits(
        labels: &'a Labels,
        figure: &Figure,
        qualifier: Qualifier,
        (mut number, scale): (String, Option<&'a str>),
        short: bool,
    ) -> Self {
        let words = &labels.figures;
        if figure.unit == Unit::UsDollars {
            number.insert(0, '$');
        }
        if qualifier == Qualifier::Plus {
            // "66,000+": the article puts the plus on the number, before any scale word.
            number.push('+');
        }
        let unit = match &figure.unit {
            Unit::Pounds => Some(if short { &words.lb } else { &words.pounds }.clone()),
            Unit::UsDollars => None,
            Unit::Count {
                noun,
                short: abbreviated,
            } => Some(if short { abbreviated } else { noun }.clone()),
        };
        let before = (qualifier == Qualifier::Over).then_some(words.over.as_str());
        Self {
            before,
            number,
            scale,
            unit,
        }
    }
}

impl Amount<'_> {
    /// What follows the digits: the scale word and the unit ("million lb"), or nothing.
    pub fn after_number(&self) -> String {
        [self.scale, self.unit.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Display for Amount<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(word) = self.before {
            write!(f, "{word} ")?;
        }
        f.write_str(&self.number)?;
        for word in self.scale.iter().copied().chain(self.unit.as_deref()) {
            write!(f, " {word}")?;
        }
        Ok(())
    }
}

/// The figure's latest value as the article phrases it: "over 1.4 million pounds".
pub fn phrase(labels: &Labels, figure: &Figure) -> String {
    Amount::new(labels, figure, figure.latest(), false).to_string()
}

/// The same where it starts a sentence: "Over 2,600 drug smuggling arrests". The data writes
/// the capital (`labels.figures.over_capitalised`), so the app carries no case tables; a number
/// or a currency sign needs none.
pub fn phrase_at_start(labels: &Labels, figure: &Figure) -> String {
    let mut amount = Amount::new(labels, figure, figure.latest(), false);
    if amount.before.is_some() {
        amount.before = Some(&labels.figures.over_capitalised);
    }
    amount.to_string()
}

/// "[1]–[4]" for a run of numbers, "[1], [3]" otherwise.
pub fn reference_list(numbers: &[u32]) -> String {
    let contiguous = numbers.windows(2).all(|w| w[1] == w[0] + 1);
    match numbers {
        [] => String::new(),
        [first, .., last] if contiguous && numbers.len() > 2 => format!("[{first}]–[{last}]"),
        _ => numbers
            .iter()
            .map(|n| format!("[{n}]"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "[2] HSI’s Role in Combating Drug Trafficking": a reference as the reference list writes it.
pub fn numbered_reference(reference: &Reference) -> String {
    format!("[{}] {}", reference.number, reference.title)
}

/// "Impact on Drug Trafficking Landscape, refs [1]–[4]": where the article states a figure.
pub fn source_text(article: &Article, figure: &Figure) -> String {
    let section = source_section(article, figure);
    match reference_list(&figure.source.references) {
        refs if refs.is_empty() => section.to_owned(),
        refs => fill(
            &article.labels.figures.stated_in,
            &[("section", section), ("references", &refs)],
        ),
    }
}

/// "Source: Impact on Drug Trafficking Landscape, refs [1]–[4]": the source line under a chart.
pub fn source_line(article: &Article, figure: &Figure) -> String {
    fill(
        &article.labels.figures.source,
        &[("source", &source_text(article, figure))],
    )
}

/// Of figures' `sources` (`source_text`), the one the most share (on a tie, the first figure's),
/// to be written once for them all on the key figures slide, and whether every figure has it.
/// `None` if there are none, or if no two of several share one: each figure then carries its own,
/// as a figure whose source differs from the main one does. A single figure's is its own, whole.
pub fn main_source(sources: &[String]) -> Option<(&str, bool)> {
    let count = |text: &String| sources.iter().filter(|t| *t == text).count();
    let main = sources.iter().rev().max_by_key(|text| count(text))?;
    let shared = count(main);
    (shared >= 2 || sources.len() == 1).then_some((main.as_str(), shared == sources.len()))
}

/// "2021", or "2005–2018" with an en dash: a period in a label, a title or a tile. The article's
/// own sentences keep its hyphen (`Period`'s `Display`), so one period has these two renderings.
pub fn period_label(labels: &Labels, period: Period) -> String {
    if period.from == period.to {
        period.from.to_string()
    } else {
        fill(
            &labels.figures.span,
            &[
                ("from", &period.from.to_string()),
                ("to", &period.to.to_string()),
            ],
        )
    }
}

/// An observation's period as `period_label` writes it, or nothing without a period.
pub fn observation_period(labels: &Labels, observation: &Observation) -> String {
    observation
        .period
        .map(|p| period_label(labels, p))
        .unwrap_or_default()
}

/// ", 2021": an observation's period as it follows a label, or nothing without a period.
fn observation_suffix(labels: &Labels, observation: &Observation) -> String {
    observation
        .period
        .map(|p| format!(", {}", period_label(labels, p)))
        .unwrap_or_default()
}

/// ", 2021": a figure's latest period as it follows a label, or nothing without a period.
pub fn period_suffix(labels: &Labels, figure: &Figure) -> String {
    observation_suffix(labels, figure.latest())
}

/// "Narcotics seized, 2021": `label` with an observation's period, if it has one.
pub fn with_period(label: &str, labels: &Labels, observation: &Observation) -> String {
    format!("{label}{}", observation_suffix(labels, observation))
}

/// The title of the section that states the figure: "Impact on Drug Trafficking Landscape".
pub fn source_section<'a>(article: &'a Article, figure: &Figure) -> &'a str {
    article
        .section_path(&figure.source.section)
        .and_then(|path| path.last().map(|s| s.title.as_str()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headline figures share one source, written once; where most share one, it is written
    /// once as the main source and the others carry theirs; where no two do, each carries its own.
    #[test]
    fn the_source_most_figures_share_is_written_once() {
        let article = crate::content::article();
        let key: Vec<&Figure> = article.headline_figures().collect();
        assert_eq!(key.len(), 4);
        let sources = |figures: &[&Figure]| {
            figures
                .iter()
                .map(|f| source_text(article, f))
                .collect::<Vec<_>>()
        };
        let impact = "Impact on Drug Trafficking Landscape, refs [1]–[4]";
        assert_eq!(main_source(&sources(&key)), Some((impact, true)));
        let offices = article.figure("offices").expect("the offices figure");
        assert_eq!(
            source_line(article, offices),
            "Source: Collaboration with Law Enforcement Partners, refs [1]–[4]"
        );
        assert_eq!(
            main_source(&sources(&[offices, key[0], key[1]])),
            Some((impact, false))
        );
        assert_eq!(main_source(&sources(&[key[0], offices])), None);
        assert_eq!(main_source(&sources(&[])), None);
        assert_eq!(main_source(&sources(&key[..1])), Some((impact, true)));
    }

    #[test]
    fn numbers_read_like_the_article() {
        let format_number = |value| format_number(&crate::content::article().labels, value);
        assert_eq!(format_number(1_400_000.0), "1.4 million");
        assert_eq!(format_number(522_000_000.0), "522 million");
        assert_eq!(format_number(2_600.0), "2,600");
        assert_eq!(format_number(66_000.0), "66,000");
        assert_eq!(format_number(63.0), "63");
        assert_eq!(format_number(1_234_567.0 - 234_567.0), "1 million");
        assert_eq!(format_number(999_999.0), "999,999");
    }

    #[test]
    fn labels_write_a_span_of_years_with_an_en_dash_and_sentences_with_the_hyphen() {
        let labels = &crate::content::article().labels;
        let span = Period {
            from: 2005,
            to: 2018,
        };
        assert_eq!(period_label(labels, span), "2005\u{2013}2018");
        assert_eq!(span.to_string(), "2005-2018", "the article's own form");
        let year = Period {
            from: 2021,
            to: 2021,
        };
        assert_eq!(period_label(labels, year), "2021");
    }

    #[test]
    fn reference_lists_collapse_runs() {
        assert_eq!(reference_list(&[1, 2, 3, 4]), "[1]–[4]");
        assert_eq!(reference_list(&[1, 3]), "[1], [3]");
        assert_eq!(reference_list(&[2]), "[2]");
        assert_eq!(reference_list(&[]), "");
    }
}
