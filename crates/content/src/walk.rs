//! The one walk over the section tree: every section, depth first in page order (a section
//! before its subsections), with its path into the data file and the sections that hold it.
//! The lookups, the article's prose and the validator all read the tree through it, so they
//! cannot disagree about order or paths.

use super::model::{Article, Section};
use super::path::Step;

/// One section as the walk meets it.
#[derive(Debug, Clone, PartialEq)]
pub struct Visit<'a> {
    pub section: &'a Section,
    /// Where it is in the data file: `sections[4].subsections[1]`.
    pub path: Vec<Step>,
    /// The sections that hold it, outermost first; empty for a top-level section.
    pub parents: Vec<&'a Section>,
}

impl<'a> Visit<'a> {
    /// Its parents and the section itself, outermost first: `[impact, sinaloa-cartel]`.
    pub fn trail(&self) -> Vec<&'a Section> {
        let mut trail = self.parents.clone();
        trail.push(self.section);
        trail
    }
}

/// The iterator `Article::walk_sections` returns.
#[derive(Debug, Clone)]
pub struct Walk<'a> {
    /// Sections still to visit, the next one on top.
    pending: Vec<Visit<'a>>,
}

impl<'a> Walk<'a> {
    fn new(sections: &'a [Section]) -> Self {
        let mut walk = Self {
            pending: Vec::new(),
        };
        walk.push(sections, "sections", &[], &[]);
        walk
    }

    /// Queues `sections` so that the first of them is visited next.
    fn push(
        &mut self,
        sections: &'a [Section],
        key: &'static str,
        base: &[Step],
        parents: &[&'a Section],
    ) {
        for (i, section) in sections.iter().enumerate().rev() {
            let mut path = base.to_vec();
            path.extend([Step::Key(key), Step::Index(i)]);
            self.pending.push(Visit {
                section,
                path,
                parents: parents.to_vec(),
            });
        }
    }
}

impl<'a> Iterator for Walk<'a> {
    type Item = Visit<'a>;

    fn next(&mut self) -> Option<Visit<'a>> {
        let visit = self.pending.pop()?;
        let trail = visit.trail();
        self.push(
            &visit.section.subsections,
            "subsections",
            &visit.path,
            &trail,
        );
        Some(visit)
    }
}

impl Article {
    /// Every section, depth first in page order, with its path and parents.
    pub fn walk_sections(&self) -> Walk<'_> {
        Walk::new(&self.sections)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Icon;
    use crate::path::path_string;

    fn section(id: &str, subsections: Vec<Section>) -> Section {
        Section {
            id: id.into(),
            title: id.to_uppercase(),
            icon: Icon::Shield,
            blocks: Vec::new(),
            subsections,
            notes: Vec::new(),
        }
    }

    /// `a (b (c), d), e`
    fn tree() -> Vec<Section> {
        vec![
            section(
                "a",
                vec![
                    section("b", vec![section("c", vec![])]),
                    section("d", vec![]),
                ],
            ),
            section("e", vec![]),
        ]
    }

    fn ids(sections: &[&Section]) -> Vec<String> {
        sections.iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn visits_a_parent_before_its_subsections_in_page_order() {
        let tree = tree();
        let order: Vec<&str> = Walk::new(&tree).map(|v| v.section.id.as_str()).collect();
        assert_eq!(order, ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn paths_name_each_section_in_the_data_file() {
        let tree = tree();
        let paths: Vec<String> = Walk::new(&tree).map(|v| path_string(&v.path)).collect();
        assert_eq!(
            paths,
            [
                "sections[0]",
                "sections[0].subsections[0]",
                "sections[0].subsections[0].subsections[0]",
                "sections[0].subsections[1]",
                "sections[1]",
            ]
        );
    }

    #[test]
    fn parents_are_the_holding_sections_outermost_first() {
        let tree = tree();
        let parents: Vec<Vec<String>> = Walk::new(&tree).map(|v| ids(&v.parents)).collect();
        let expected: [&[&str]; 5] = [&[], &["a"], &["a", "b"], &["a"], &[]];
        assert_eq!(parents, expected);
        let c = Walk::new(&tree)
            .find(|v| v.section.id == "c")
            .expect("c is in the tree");
        assert_eq!(ids(&c.trail()), ["a", "b", "c"]);
    }

    #[test]
    fn an_empty_tree_has_no_sections() {
        assert_eq!(Walk::new(&[]).count(), 0);
    }

    #[cfg(feature = "json")]
    #[test]
    fn the_article_is_walked_in_page_order() {
        let article = crate::diagnose::parse(crate::ARTICLE_JSON).expect("the data file is valid");
        let order: Vec<&str> = article
            .all_sections()
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(
            order,
            [
                "overview",
                "strategies",
                "targeting",
                "collaboration",
                "interdiction",
                "weapons-and-money",
                "impact",
                "sinaloa-cartel",
                "ms-13",
                "hezbollah",
                "continuing-the-fight",
            ]
        );
        let trail = article.section_path("ms-13").expect("ms-13 is a section");
        assert_eq!(ids(&trail), ["impact", "ms-13"]);
        assert_eq!(article.section_path("nowhere"), None);
    }

    #[cfg(feature = "json")]
    #[test]
    fn prose_follows_the_walk() {
        let article = crate::diagnose::parse(crate::ARTICLE_JSON).expect("the data file is valid");
        let titles: Vec<String> = article
            .prose()
            .into_iter()
            .filter(|(path, _)| {
                path.first() == Some(&Step::Key("sections"))
                    && path.last() == Some(&Step::Key("title"))
            })
            .map(|(path, _)| path_string(&path[..path.len() - 1]))
            .collect();
        let walked: Vec<String> = article
            .walk_sections()
            .map(|v| path_string(&v.path))
            .collect();
        assert_eq!(titles, walked);
    }
}
