//! What a reader can download for a figure, each file carrying its source: the data as CSV
//! (`csv`), the chart as a standalone SVG with a header and a source footer (`image`, which the
//! PNG is drawn from), and file names that say what a file holds. Their words come from the data
//! (`labels.export`).

pub mod csv;
pub mod image;
mod wrap;

pub use csv::{CSV_TYPE, csv};

use crate::content::{Article, Figure, Labels, template::fill};
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

/// Where a figure comes from, for a file that travels without the page: the article's title,
/// the section that states the figure, and the references it lists, each with its number and
/// title ("[1] Homeland Security Investigations Overview; [2] …"), since a bare "[1]" means
/// nothing once the reference list is left behind.
pub fn source(article: &Article, figure: &Figure) -> String {
    let references = figure
        .source
        .references
        .iter()
        .filter_map(|n| article.references.iter().find(|r| r.number == *n))
        .map(figures::numbered_reference)
        .collect::<Vec<_>>()
        .join("; ");
    fill(
        &article.labels.export.source,
        &[
            ("article", &article.title),
            ("section", figures::source_section(article, figure)),
            ("references", &references),
        ],
    )
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
    fn the_source_names_the_article_its_section_and_each_reference_in_full() {
        let a = article();
        assert_eq!(
            source(a, a.figure("narcotics").expect("figure")),
            "“HSI’s Focus on Disrupting Drug Trafficking Networks”, section “Impact on Drug \
             Trafficking Landscape”. The article’s references: [1] Homeland Security \
             Investigations Overview; [2] HSI’s Role in Combating Drug Trafficking; [3] DHS \
             Drug Interdiction Efforts; [4] DHS Fentanyl Interdiction Campaign."
        );
    }
}
