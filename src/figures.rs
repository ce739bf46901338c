//! Figures as people read them: numbers, units, qualifiers and periods formatted the way the
//! article writes them, plus the short forms used on tiles. All formatting of figures lives here.

use crate::content::{Article, Figure, Observation, Qualifier, Unit};
use std::fmt;

/// "1.4 million", "522 million", "2,600", "63".
pub fn format_number(value: f64) -> String {
    match split_number(value, 0) {
        (digits, Some(scale)) => format!("{digits} {scale}"),
        (digits, None) => digits,
    }
}

/// The digits and the scale word apart: ("1.4", Some("million")), ("2,600", None).
/// Below a million, `decimals` places are kept.
pub fn split_number(value: f64, decimals: usize) -> (String, Option<&'static str>) {
    if value >= 1e6 {
        ((value / 1e6).to_string(), Some("million"))
    } else {
        (group_thousands(value, decimals), None)
    }
}

/// "1,400,000", "7.12".
pub fn group_thousands(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
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
pub struct Amount {
    /// The qualifier word written before the number ("over"), if any.
    pub before: Option<&'static str>,
    /// The digits with any currency sign and "+" ("$522", "66,000+").
    pub number: String,
    /// The scale word after the digits ("million"), if any.
    pub scale: Option<&'static str>,
    /// The unit written after the number, in short ("lb", "arrests") or in full ("pounds").
    pub unit: Option<String>,
}

impl Amount {
    /// The value as the article states it: "over 1.4 million pounds".
    pub fn new(figure: &Figure, observation: &Observation, short: bool) -> Self {
        Self::with_digits(
            figure,
            figure.qualifier,
            split_number(observation.value.get(), 0),
            short,
        )
    }

    /// The value with every digit written out: "over 1,400,000 pounds".
    pub fn exact(figure: &Figure, observation: &Observation, short: bool) -> Self {
        Self::with_digits(
            figure,
            figure.qualifier,
            (group_thousands(observation.value.get(), 0), None),
            short,
        )
    }

    /// A quantity in the figure's unit, with any qualifier: `quantity(f, Exact, 20_000.0)` is "20,000 lb".
    pub fn quantity(figure: &Figure, qualifier: Qualifier, value: f64, decimals: usize) -> Self {
        Self::with_digits(figure, qualifier, split_number(value, decimals), true)
    }

    fn with_digits(
        figure: &Figure,
        qualifier: Qualifier,
        (mut number, scale): (String, Option<&'static str>),
        short: bool,
    ) -> Self {
        if figure.unit == Unit::UsDollars {
            number.insert(0, '$');
        }
        if qualifier == Qualifier::Plus {
            // "66,000+": the article puts the plus on the number, before any scale word.
            number.push('+');
        }
        let unit = match &figure.unit {
            Unit::Pounds => Some(if short { "lb" } else { "pounds" }.to_owned()),
            Unit::UsDollars => None,
            Unit::Count {
                noun,
                short: abbreviated,
            } => Some(if short { abbreviated } else { noun }.clone()),
        };
        let before = (qualifier == Qualifier::Over).then_some("over");
        Self {
            before,
            number,
            scale,
            unit,
        }
    }
}

impl Amount {
    /// What follows the digits: the scale word and the unit ("million lb"), or nothing.
    pub fn after_number(&self) -> String {
        [self.scale, self.unit.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Display for Amount {
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
pub fn phrase(figure: &Figure) -> String {
    Amount::new(figure, figure.latest(), false).to_string()
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

/// "Impact on Drug Trafficking Landscape, refs [1]–[4]": where the article states a figure.
pub fn source_text(article: &Article, figure: &Figure) -> String {
    match reference_list(&figure.source.references) {
        refs if refs.is_empty() => source_section(article, figure).to_owned(),
        refs => format!("{}, refs {refs}", source_section(article, figure)),
    }
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

    #[test]
    fn numbers_read_like_the_article() {
        assert_eq!(format_number(1_400_000.0), "1.4 million");
        assert_eq!(format_number(522_000_000.0), "522 million");
        assert_eq!(format_number(2_600.0), "2,600");
        assert_eq!(format_number(66_000.0), "66,000");
        assert_eq!(format_number(63.0), "63");
        assert_eq!(format_number(1_234_567.0 - 234_567.0), "1 million");
        assert_eq!(format_number(999_999.0), "999,999");
    }

    #[test]
    fn reference_lists_collapse_runs() {
        assert_eq!(reference_list(&[1, 2, 3, 4]), "[1]–[4]");
        assert_eq!(reference_list(&[1, 3]), "[1], [3]");
        assert_eq!(reference_list(&[2]), "[2]");
        assert_eq!(reference_list(&[]), "");
    }
}
