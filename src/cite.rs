//! The citation a reader copies, in plain text: the article (its title, and what it is about,
//! since it names no author, publisher or date), its numbered references, and the part of
//! this infographic cited, by name, with its address and the date it was read. Its words come
//! from the data (`labels.cite`).

use crate::content::{Article, template::fill};
use crate::figures::numbered_reference;

/// The citation: `part` names what is cited (a card's title, a chart's label and period),
/// `address` is its address in the infographic, and `accessed` the date of access as ISO 8601
/// (`2026-11-29`), filled in when it is copied.
pub fn citation(article: &Article, part: &str, address: &str, accessed: &str) -> String {
    let words = &article.labels.cite;
    let mut lines = vec![
        fill(&words.article, &[("title", &article.title)]),
        words.references.clone(),
    ];
    lines.extend(article.references.iter().map(numbered_reference));
    lines.push(String::new());
    lines.push(fill(
        &words.infographic,
        &[
            ("part", part),
            ("title", &article.title),
            ("address", address),
            ("date", accessed),
        ],
    ));
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn cites_the_article_its_references_and_the_infographic_with_its_date() {
        let text = citation(
            article(),
            "Drug smuggling arrests, 2021",
            "https://example.org/hsi/#chart-arrests",
            "2026-11-29",
        );
        assert_eq!(
            text,
            "“HSI’s Focus on Disrupting Drug Trafficking Networks”. Article on Homeland Security \
             Investigations (HSI), U.S. Immigration and Customs Enforcement (ICE). Author, \
             publisher and date not stated.\n\
             The article’s references:\n\
             [1] Homeland Security Investigations Overview\n\
             [2] HSI’s Role in Combating Drug Trafficking\n\
             [3] DHS Drug Interdiction Efforts\n\
             [4] DHS Fentanyl Interdiction Campaign\n\
             \n\
             “Drug smuggling arrests, 2021”, in the infographic of “HSI’s Focus on Disrupting \
             Drug Trafficking Networks”. https://example.org/hsi/#chart-arrests (accessed \
             2026-11-29).\n"
        );
    }

    #[test]
    fn any_address_even_a_file_or_an_empty_one_is_written_as_given() {
        let from_file = citation(
            article(),
            "Key figures",
            "file:///media/usb/hsi-infographic.html",
            "2027-01-02",
        );
        assert!(
            from_file.contains("file:///media/usb/hsi-infographic.html (accessed 2027-01-02).")
        );
        let nothing = citation(article(), "", "", "");
        assert!(nothing.contains("[4] DHS Fentanyl Interdiction Campaign"));
    }

    #[test]
    fn every_reference_of_the_article_is_listed_in_order() {
        let a = article();
        let text = citation(a, "w", "x", "y");
        let mut at = 0;
        for reference in &a.references {
            let line = format!("\n[{}] {}\n", reference.number, reference.title);
            let found = text[at..].find(&line).map(|i| i + at);
            assert!(found.is_some(), "{line:?} after byte {at}");
            at = found.unwrap_or(at);
        }
    }
}
