//! Lookups over the article: figures by id, sections by id with their parents, and every piece
//! of article text in page order with its path.

use super::model::{Article, Block, Figure, Observation, Period, Section};
use super::path::Step;
use std::fmt;

impl Article {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The headline figures (`key_figures`), in their order: the header's tiles, the key figures
    /// slides and embed, the link-preview texts.
    pub fn headline_figures(&self) -> impl Iterator<Item = &Figure> {
        self.key_figures.iter().filter_map(|id| self.figure(id))
    }

    /// The section with this id and the sections that hold it, outermost first:
    /// `[impact, sinaloa-cartel]`.
    pub fn section_path(&self, id: &str) -> Option<Vec<&Section>> {
        self.walk_sections()
            .find(|visit| visit.section.id == id)
            .map(|visit| visit.trail())
    }

    /// The figures drawn as charts, in page order, each with the section whose card holds it.
    pub fn charts(&self) -> Vec<(&Section, &Figure)> {
        self.walk_sections()
            .flat_map(|visit| {
                visit
                    .section
                    .blocks
                    .iter()
                    .flat_map(move |block| match block {
                        Block::Charts(ids) => ids
                            .iter()
                            .filter_map(|id| self.figure(id))
                            .map(|figure| (visit.section, figure))
                            .collect(),
                        _ => Vec::new(),
                    })
            })
            .collect()
    }

    /// All sections, depth first in page order.
    pub fn all_sections(&self) -> Vec<&Section> {
        self.walk_sections().map(|visit| visit.section).collect()
    }

    /// The article's own sentence that states a figure: the first text, in page order, holding
    /// `{id}`.
    pub fn statement(&self, id: &str) -> Option<&str> {
        let token = format!("{{{id}}}");
        self.prose()
            .into_iter()
            .map(|(_, text)| text)
            .find(|text| text.contains(&token))
    }

    /// Every piece of article text in page order, with its path: title, lede, labels, section
    /// titles, paragraphs and list items (a section's before its subsections'), and reference
    /// titles.
    pub fn prose(&self) -> Vec<(Vec<Step>, &str)> {
        let mut out = vec![
            (vec![Step::Key("title")], self.title.as_str()),
            (vec![Step::Key("lede")], self.lede.as_str()),
            (
                vec![Step::Key("labels"), Step::Key("contents")],
                self.labels.contents.as_str(),
            ),
            (
                vec![Step::Key("labels"), Step::Key("references")],
                self.labels.references.as_str(),
            ),
        ];
        for visit in self.walk_sections() {
            let at = |steps: &[Step]| [visit.path.as_slice(), steps].concat();
            out.push((at(&[Step::Key("title")]), visit.section.title.as_str()));
            for (b, block) in visit.section.blocks.iter().enumerate() {
                let block_path = at(&[Step::Key("blocks"), Step::Index(b)]);
                match block {
                    Block::Paragraph(text) => out.push((
                        [block_path.as_slice(), &[Step::Key("paragraph")]].concat(),
                        text,
                    )),
                    Block::List(items) => out.extend(items.iter().enumerate().map(|(k, item)| {
                        (
                            [block_path.as_slice(), &[Step::Key("list"), Step::Index(k)]].concat(),
                            item.as_str(),
                        )
                    })),
                    Block::Charts(_) => {}
                }
            }
        }
        out.extend(self.references.iter().enumerate().map(|(i, r)| {
            (
                vec![Step::Key("references"), Step::Index(i), Step::Key("title")],
                r.title.as_str(),
            )
        }));
        out
    }

    /// Every authored speaker note, with its path: each figure's, then each section's in page
    /// order. Not article text: `prose` leaves them out, so nothing reads them as the article's.
    pub fn authored_notes(&self) -> Vec<(Vec<Step>, &str)> {
        let mut out = Vec::new();
        for (i, figure) in self.figures.iter().enumerate() {
            out.extend(figure.notes.iter().enumerate().map(|(n, note)| {
                let path = vec![
                    Step::Key("figures"),
                    Step::Index(i),
                    Step::Key("notes"),
                    Step::Index(n),
                ];
                (path, note.as_str())
            }));
        }
        for visit in self.walk_sections() {
            out.extend(visit.section.notes.iter().enumerate().map(|(n, note)| {
                let steps = [Step::Key("notes"), Step::Index(n)];
                ([visit.path.as_slice(), &steps].concat(), note.as_str())
            }));
        }
        out
    }
}

impl Figure {
    /// The most recent observation: the one the article's sentence states.
    pub fn latest(&self) -> &Observation {
        self.observations
            .last()
            .expect("validate() requires at least one observation")
    }
}

impl fmt::Display for Period {
    /// "2021", or "2005-2018" with the hyphen the article uses.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{}-{}", self.from, self.to)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_use_the_article_hyphen() {
        assert_eq!(
            Period {
                from: 2021,
                to: 2021
            }
            .to_string(),
            "2021"
        );
        assert_eq!(
            Period {
                from: 2005,
                to: 2018
            }
            .to_string(),
            "2005-2018"
        );
    }
}
