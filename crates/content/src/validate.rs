//! The checks the data file must pass that serde cannot express on its own: ids that are unique
//! slugs and leave the app's own DOM ids alone, references and figures that exist, periods in
//! order, no empty section, list or chart grid, each figure charted once, prose whose
//! placeholders name real figures, authored speaker notes with no number in digits, and
//! interface labels whose templates use only the slots the app fills. Each failure carries the
//! path of the offending value, which `diagnose` turns into a line.

use super::model::{Article, Block, Labels, Observation, Period};
use super::path::{Invalid, Step, path_string};
use super::reserved::{self, is_slug};
use super::template::{Piece, pieces};
use super::text::{self, Part, Segment};
use std::collections::{HashMap, HashSet};

/// The failure of a check, as the checks return it.
fn fail<T>(path: Vec<Step>, message: impl Into<String>) -> Result<T, Invalid> {
    Err(Invalid {
        path,
        message: message.into(),
    })
}

impl Article {
    /// The checks a schema cannot express. Returns the first failure.
    pub fn validate(&self) -> Result<(), Invalid> {
        let section_ids = self.check_sections()?;
        let references = self.check_references()?;
        self.check_figures(&section_ids, &references)?;
        self.check_key_figures()?;
        self.check_content()?;
        self.check_charts()?;
        self.check_prose()?;
        self.check_notes()?;
        check_labels(&self.labels)
    }

    /// At least one section, and section ids that are unique slugs the app has not taken.
    fn check_sections(&self) -> Result<HashSet<&str>, Invalid> {
        if self.sections.is_empty() {
            return fail(
                vec![Step::Key("sections")],
                "the article needs at least one section",
            );
        }
        let mut ids = HashSet::new();
        for visit in self.walk_sections() {
            let id = visit.section.id.as_str();
            let path = [visit.path.as_slice(), &[Step::Key("id")]].concat();
            if !is_slug(id) {
                return fail(
                    path,
                    format!("`{id}` must be lowercase letters, digits and `-`"),
                );
            } else if let Some(message) = reserved::section_id_conflict(id) {
                return fail(path, message);
            } else if !ids.insert(id) {
                return fail(path, format!("section id `{id}` is used twice"));
            }
        }
        Ok(ids)
    }

    /// Reference numbers, each used once.
    fn check_references(&self) -> Result<HashSet<u32>, Invalid> {
        let numbers: HashSet<u32> = self.references.iter().map(|r| r.number).collect();
        if numbers.len() != self.references.len() {
            return fail(
                vec![Step::Key("references")],
                "a reference number is used twice",
            );
        }
        Ok(numbers)
    }

    /// Unique figure ids, well-formed observations, and sources that name a section and listed
    /// references.
    fn check_figures(
        &self,
        section_ids: &HashSet<&str>,
        references: &HashSet<u32>,
    ) -> Result<(), Invalid> {
        let mut figure_ids = HashSet::new();
        for (i, figure) in self.figures.iter().enumerate() {
            let at = |steps: &[Step]| [&[Step::Key("figures"), Step::Index(i)], steps].concat();
            if !is_slug(&figure.id) || !figure_ids.insert(figure.id.as_str()) {
                return fail(
                    at(&[Step::Key("id")]),
                    format!("figure id `{}` is not a unique slug", figure.id),
                );
            }
            if let Some(message) = reserved::figure_id_conflict(&figure.id) {
                return fail(at(&[Step::Key("id")]), message);
            }
            if figure.observations.is_empty() {
                return fail(
                    at(&[Step::Key("observations")]),
                    "a figure needs at least one observation",
                );
            }
            if let Some(message) = period_problem(&figure.observations) {
                return fail(at(&[Step::Key("observations")]), message);
            }
            if !section_ids.contains(figure.source.section.as_str()) {
                return fail(
                    at(&[Step::Key("source"), Step::Key("section")]),
                    format!("no section has the id `{}`", figure.source.section),
                );
            }
            for (j, number) in figure.source.references.iter().enumerate() {
                if !references.contains(number) {
                    return fail(
                        at(&[Step::Key("source"), Step::Key("references"), Step::Index(j)]),
                        format!("reference [{number}] is not in the reference list"),
                    );
                }
            }
        }
        Ok(())
    }

    /// Headline tiles of figures that exist.
    fn check_key_figures(&self) -> Result<(), Invalid> {
        for (i, id) in self.key_figures.iter().enumerate() {
            if self.figure(id).is_none() {
                return fail(
                    vec![Step::Key("key_figures"), Step::Index(i)],
                    format!("no figure has the id `{id}`"),
                );
            }
        }
        Ok(())
    }

    /// Sections with something to show, and lists with items.
    fn check_content(&self) -> Result<(), Invalid> {
        for visit in self.walk_sections() {
            let section = visit.section;
            let at = |steps: &[Step]| [visit.path.as_slice(), steps].concat();
            if section.blocks.is_empty() && section.subsections.is_empty() {
                return fail(
                    at(&[Step::Key("blocks")]),
                    "a section needs at least one block or subsection",
                );
            }
            for (b, block) in section.blocks.iter().enumerate() {
                if matches!(block, Block::List(items) if items.is_empty()) {
                    return fail(
                        at(&[Step::Key("blocks"), Step::Index(b), Step::Key("list")]),
                        "a list needs at least one item",
                    );
                }
            }
        }
        Ok(())
    }

    /// Chart blocks that chart at least one figure, figures that exist, and each figure charted
    /// once in the whole article: a chart's DOM ids are made from its figure's id, so a second
    /// chart of it would repeat them all.
    fn check_charts(&self) -> Result<(), Invalid> {
        let mut charted: HashMap<&str, Vec<Step>> = HashMap::new();
        for visit in self.walk_sections() {
            for (b, block) in visit.section.blocks.iter().enumerate() {
                let Block::Charts(ids) = block else { continue };
                let at = |steps: &[Step]| {
                    let block = [Step::Key("blocks"), Step::Index(b), Step::Key("charts")];
                    [visit.path.as_slice(), &block, steps].concat()
                };
                if ids.is_empty() {
                    return fail(at(&[]), "a charts block needs at least one figure");
                }
                for (i, id) in ids.iter().enumerate() {
                    let path = at(&[Step::Index(i)]);
                    if self.figure(id).is_none() {
                        return fail(path, format!("no figure has the id `{id}`"));
                    }
                    if let Some(first) = charted.get(id.as_str()) {
                        return fail(
                            path,
                            format!(
                                "figure `{id}` is charted twice (first at `{}`): its chart's ids would repeat",
                                path_string(first)
                            ),
                        );
                    }
                    charted.insert(id, path);
                }
            }
        }
        Ok(())
    }

    /// Text that is not blank, with placeholders that name figures able to fill them.
    fn check_prose(&self) -> Result<(), Invalid> {
        for (path, prose) in self.prose() {
            if prose.trim().is_empty() {
                return fail(path, "text must not be empty");
            } else if let Err(message) = self.check_placeholders(prose) {
                return fail(path, message);
            }
        }
        Ok(())
    }

    /// Authored notes that are not blank, whose placeholders name figures able to fill them, and
    /// that write no number in digits: a number typed into a note would not follow its figure.
    fn check_notes(&self) -> Result<(), Invalid> {
        for (path, note) in self.authored_notes() {
            if note.trim().is_empty() {
                return fail(path, "a note must not be empty");
            } else if let Err(message) = self.check_placeholders(note) {
                return fail(path, message);
            } else if let Some(number) = typed_number(note) {
                return fail(
                    path,
                    format!(
                        "`{number}` is typed in digits: a note states a number only as a placeholder (`{{narcotics}}`, `{{narcotics.period}}`)"
                    ),
                );
            }
        }
        Ok(())
    }

    fn check_placeholders(&self, prose: &str) -> Result<(), String> {
        for segment in text::segments(prose).map_err(|e| e.0)? {
            if let Segment::Figure { id, part } = segment {
                let figure = self
                    .figure(id)
                    .ok_or_else(|| format!("`{{{id}}}` names no figure"))?;
                if part == Part::Period && figure.latest().period.is_none() {
                    return Err(format!("`{{{id}.period}}`: the figure has no period"));
                }
            }
        }
        Ok(())
    }
}

/// The first run of digits written outside a placeholder, if any ("in 2021" → "2021"): digits of
/// any script, and numeric characters such as "½", not ASCII alone. The placeholders were read
/// already, so the text splits into segments.
fn typed_number(text: &str) -> Option<&str> {
    text::segments(text)
        .ok()?
        .into_iter()
        .filter_map(|segment| match segment {
            Segment::Text(run) => Some(run),
            Segment::Figure { .. } => None,
        })
        .flat_map(|run| run.split(|c: char| !c.is_numeric()))
        .find(|digits| !digits.is_empty())
}

/// Periods must be well formed and, in a series, in order without overlap.
fn period_problem(observations: &[Observation]) -> Option<String> {
    let periods: Vec<Period> = observations.iter().filter_map(|o| o.period).collect();
    if let Some(p) = periods.iter().find(|p| p.from > p.to) {
        return Some(format!("period {}–{} ends before it starts", p.from, p.to));
    }
    if observations.len() > 1 && periods.len() != observations.len() {
        return Some("every observation of a series needs a period".into());
    }
    periods
        .windows(2)
        .any(|w| w[1].from <= w[0].to)
        .then(|| "periods must be in order and must not overlap".into())
}

/// One interface label: its path, its text and the slots its doc says it takes.
type LabelText<'a> = (Vec<Step>, &'a str, &'static [&'static str]);

/// Every interface label, with the slots it takes (`model::labels!`). The article's own headings
/// (`contents`, `references`) are prose, checked with the rest of the article. `Labels` is
/// destructured without `..`, so a group added to it and not here does not compile.
fn label_texts(labels: &Labels) -> Vec<LabelText<'_>> {
    let Labels {
        contents: _,
        references: _,
        page,
        interface,
        theme,
        figures,
        derived,
        chart,
        export,
        cite,
        deck,
        share,
    } = labels;
    [
        ("page", page.texts()),
        ("interface", interface.texts()),
        ("theme", theme.texts()),
        ("figures", figures.texts()),
        ("derived", derived.texts()),
        ("chart", chart.texts()),
        ("export", export.texts()),
        ("cite", cite.texts()),
        ("deck", deck.texts()),
        ("share", share.texts()),
    ]
    .into_iter()
    .flat_map(|(group, texts)| {
        texts.into_iter().map(move |(name, text, slots)| {
            let path = vec![Step::Key("labels"), Step::Key(group), Step::Key(name)];
            (path, text, slots)
        })
    })
    .collect()
}

/// Interface labels that are not blank and whose templates name only the slots the app fills.
fn check_labels(labels: &Labels) -> Result<(), Invalid> {
    for (path, text, slots) in label_texts(labels) {
        if text.trim().is_empty() {
            return fail(path, "a label must not be empty");
        }
        if let Err(message) = check_slots(text, slots) {
            return fail(path, message);
        }
    }
    Ok(())
}

const UNCLOSED: &str = "a `{` opens no slot";

/// Every `{slot}` in `text` is one of `slots`, and every brace belongs to a slot: read as
/// `template::fill` reads it, a stray `}` or an unclosed `{` would show as written.
fn check_slots(text: &str, slots: &[&str]) -> Result<(), String> {
    for piece in pieces(text) {
        let name = match piece {
            // `pieces` leaves a `{` with no `}` after it, and a `}` with no `{`, in the text.
            Piece::Text(text) => match text.find(['{', '}']).map(|at| text.as_bytes()[at]) {
                Some(b'{') => return Err(UNCLOSED.into()),
                Some(_) => return Err("a `}` closes no slot".into()),
                None => continue,
            },
            // `{a{b}`: the first `{` closes before the next opens.
            Piece::Slot(name) if name.contains('{') => return Err(UNCLOSED.into()),
            Piece::Slot(name) => name,
        };
        if !slots.contains(&name) {
            let takes = match slots {
                [] => "it takes none".to_owned(),
                _ => format!(
                    "it takes {}",
                    slots
                        .iter()
                        .map(|s| format!("`{{{s}}}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            return Err(format!("`{{{name}}}` is not a slot of this label: {takes}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_slots, typed_number};

    #[test]
    fn a_number_in_any_script_is_typed() {
        assert_eq!(typed_number("in 2021, then"), Some("2021"));
        assert_eq!(typed_number("in ٣ years"), Some("٣"));
        assert_eq!(typed_number("about ½ of it"), Some("½"));
        assert_eq!(typed_number("{narcotics} in {narcotics.period}"), None);
        assert_eq!(typed_number("no number at all"), None);
    }

    #[test]
    fn a_template_names_only_its_slots_and_every_brace_is_a_slot() {
        assert_eq!(
            check_slots("Slide {number} of {count}", &["number", "count"]),
            Ok(())
        );
        assert_eq!(check_slots("no slots", &[]), Ok(()));
        assert_eq!(
            check_slots("{n} of {count}", &["number", "count"]),
            Err("`{n}` is not a slot of this label: it takes `{number}`, `{count}`".into())
        );
        assert_eq!(
            check_slots("{title}", &[]),
            Err("`{title}` is not a slot of this label: it takes none".into())
        );
        let unclosed = Err("a `{` opens no slot".into());
        let stray = Err("a `}` closes no slot".into());
        for (broken, error) in [
            ("open {never", &unclosed),
            ("{a} open {never", &unclosed),
            ("{a{b}", &unclosed),
            ("stray } brace", &stray),
            ("{a} stray }", &stray),
            ("} {a", &stray),
            ("{a", &unclosed),
        ] {
            assert_eq!(&check_slots(broken, &["a", "b"]), error, "{broken}");
        }
        assert_eq!(
            check_slots("{}", &["a", "b"]),
            Err("`{}` is not a slot of this label: it takes `{a}`, `{b}`".into())
        );
    }
}
