//! Typed model of the article data file, and the checks serde cannot express on its own
//! (unique ids, known references, placeholders that name real figures).

use super::text::{self, Part, Segment};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: String,
    /// The article's opening paragraph, shown under the title.
    pub lede: String,
    pub labels: Labels,
    pub figures: Vec<Figure>,
    /// Ids of the figures shown as headline tiles, in order.
    pub key_figures: Vec<String>,
    pub sections: Vec<Section>,
    pub references: Vec<Reference>,
}

/// Every word a reader sees that the article does not supply, beside the headings the article
/// itself uses for its table of contents and reference list. Templates name their slots in
/// braces (`{title}`), filled by `template::fill`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub contents: String,
    pub references: String,
    /// The page's title and link-preview texts, written into `index.html` at prerender.
    pub page: PageLabels,
}

/// What a browser tab, a search result or a link preview shows of the page.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PageLabels {
    /// The `<title>`: `{title}` is the article's title.
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The link preview's text: `{figures}` is the headline figures, each as `figure`.
    pub summary: String,
    /// One headline figure in the summary: `{label}`, `{amount}` and `{period}`.
    pub figure: String,
    /// The preview image's text alternative.
    pub image_alt: String,
}

/// One quantity stated by the article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub category: Category,
    pub qualifier: Qualifier,
    pub unit: Unit,
    /// One value per period, oldest first. The article gives one; more make a series.
    pub observations: Vec<Observation>,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Narcotics,
    Arrests,
    Currency,
    Firearms,
    Presence,
}

/// How exact the stated value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The value as stated.
    Exact,
    /// "over 2,600": more than the value.
    Over,
    /// "66,000+": the value or more.
    Plus,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Unit {
    Pounds,
    UsDollars,
    /// A count of things, named in full ("drug smuggling arrests") and in short ("arrests").
    Count {
        noun: String,
        short: String,
    },
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// The years the value covers; `None` where the article states no period.
    #[serde(default)]
    pub period: Option<Period>,
    pub value: Quantity,
}

/// Calendar years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: u16,
    pub to: u16,
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

/// A finite, non-negative number. Rejected while parsing, so the error carries its line.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(try_from = "f64")]
pub struct Quantity(f64);

impl Quantity {
    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Quantity {
    type Error = String;
    fn try_from(value: f64) -> Result<Self, String> {
        if value.is_finite() && value >= 0.0 {
            Ok(Self(value))
        } else {
            Err(format!("a figure must be a finite number ≥ 0, not {value}"))
        }
    }
}

/// Where in the article a figure is stated, and the references the article lists for it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub section: String,
    pub references: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Used in URLs (`#strategies`) and element ids: lowercase letters, digits and `-`.
    pub id: String,
    pub title: String,
    pub icon: Icon,
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub subsections: Vec<Section>,
}

/// The line icon drawn beside a section title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Icon {
    Shield,
    Route,
    Target,
    Handshake,
    Ship,
    Banknote,
    Chart,
    Network,
    Compass,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
    /// Charts of these figures, as a grid of small multiples.
    Charts(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub number: u32,
    pub title: String,
}

/// One step of a path into the data file, as in `figures[2].source.references[0]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(&'static str),
    Index(usize),
}

/// A check the data file failed, with the path of the offending value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub path: Vec<Step>,
    pub message: String,
}

/// Writes a path the way `serde_path_to_error` does, so both kinds of error read alike.
pub fn path_string(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) if out.is_empty() => out.push_str(key),
            Step::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", path_string(&self.path), self.message)
    }
}

impl Article {
    /// Parses and validates the data file. `diagnose::parse` gives the same answer with lines.
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<Self, String> {
        let article: Self = serde_json::from_str(json).map_err(|e| e.to_string())?;
        article.validate().map_err(|e| e.to_string())?;
        Ok(article)
    }

    /// The article's own sentence that states a figure: the first text holding `{id}`.
    pub fn statement(&self, id: &str) -> Option<&str> {
        let token = format!("{{{id}}}");
        self.prose()
            .into_iter()
            .map(|(_, text)| text)
            .find(|text| text.contains(&token))
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// Every section, depth first, with its parent chain: `[impact, sinaloa-cartel]`.
    pub fn section_path(&self, id: &str) -> Option<Vec<&Section>> {
        fn walk<'a>(sections: &'a [Section], id: &str, trail: &mut Vec<&'a Section>) -> bool {
            for section in sections {
                trail.push(section);
                if section.id == id || walk(&section.subsections, id, trail) {
                    return true;
                }
                trail.pop();
            }
            false
        }
        let mut trail = Vec::new();
        walk(&self.sections, id, &mut trail).then_some(trail)
    }

    /// All sections, depth first.
    pub fn all_sections(&self) -> Vec<&Section> {
        fn walk<'a>(sections: &'a [Section], out: &mut Vec<&'a Section>) {
            for section in sections {
                out.push(section);
                walk(&section.subsections, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.sections, &mut out);
        out
    }

    /// The checks a schema cannot express. Returns the first failure.
    pub fn validate(&self) -> Result<(), Invalid> {
        let fail = |path: Vec<Step>, message: String| Err(Invalid { path, message });
        let mut section_ids = HashSet::new();
        for (path, section) in self.sections_with_paths() {
            let mut id_path = path.clone();
            id_path.push(Step::Key("id"));
            if !is_slug(&section.id) {
                return fail(
                    id_path,
                    format!("`{}` must be lowercase letters, digits and `-`", section.id),
                );
            }
            if !section_ids.insert(section.id.as_str()) {
                return fail(
                    id_path,
                    format!("section id `{}` is used twice", section.id),
                );
            }
        }
        let references: HashSet<u32> = self.references.iter().map(|r| r.number).collect();
        if references.len() != self.references.len() {
            return fail(
                vec![Step::Key("references")],
                "a reference number is used twice".into(),
            );
        }
        let mut figure_ids = HashSet::new();
        for (i, figure) in self.figures.iter().enumerate() {
            let at = |key| vec![Step::Key("figures"), Step::Index(i), Step::Key(key)];
            if !is_slug(&figure.id) || !figure_ids.insert(figure.id.as_str()) {
                return fail(
                    at("id"),
                    format!("figure id `{}` is not a unique slug", figure.id),
                );
            }
            if figure.observations.is_empty() {
                return fail(
                    at("observations"),
                    "a figure needs at least one observation".into(),
                );
            }
            if let Some(message) = period_problem(&figure.observations) {
                return fail(at("observations"), message);
            }
            if !section_ids.contains(figure.source.section.as_str()) {
                let message = format!("no section has the id `{}`", figure.source.section);
                let mut path = at("source");
                path.push(Step::Key("section"));
                return fail(path, message);
            }
            for (j, number) in figure.source.references.iter().enumerate() {
                if !references.contains(number) {
                    let mut path = at("source");
                    path.extend([Step::Key("references"), Step::Index(j)]);
                    return fail(
                        path,
                        format!("reference [{number}] is not in the reference list"),
                    );
                }
            }
        }
        for (i, id) in self.key_figures.iter().enumerate() {
            if self.figure(id).is_none() {
                return fail(
                    vec![Step::Key("key_figures"), Step::Index(i)],
                    format!("no figure has the id `{id}`"),
                );
            }
        }
        for (path, section) in self.sections_with_paths() {
            for (b, block) in section.blocks.iter().enumerate() {
                let Block::Charts(ids) = block else { continue };
                if let Some((i, id)) = ids
                    .iter()
                    .enumerate()
                    .find(|(_, id)| self.figure(id).is_none())
                {
                    let steps = [
                        Step::Key("blocks"),
                        Step::Index(b),
                        Step::Key("charts"),
                        Step::Index(i),
                    ];
                    return fail(
                        [path.as_slice(), &steps].concat(),
                        format!("no figure has the id `{id}`"),
                    );
                }
            }
        }
        for (path, prose) in self.prose() {
            if prose.trim().is_empty() {
                return fail(path, "text must not be empty".into());
            }
            if let Err(message) = self.check_placeholders(prose) {
                return fail(path, message);
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

    fn sections_with_paths(&self) -> Vec<(Vec<Step>, &Section)> {
        fn walk<'a>(
            sections: &'a [Section],
            key: &'static str,
            base: &[Step],
            out: &mut Vec<(Vec<Step>, &'a Section)>,
        ) {
            for (i, section) in sections.iter().enumerate() {
                let mut path = base.to_vec();
                path.extend([Step::Key(key), Step::Index(i)]);
                walk(&section.subsections, "subsections", &path, out);
                out.push((path, section));
            }
        }
        let mut out = Vec::new();
        walk(&self.sections, "sections", &[], &mut out);
        out
    }

    /// Every piece of article text in page order, with its path: title, lede, labels, section
    /// titles, paragraphs, list items and reference titles.
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
        for (path, section) in self.sections_with_paths() {
            let at = |steps: &[Step]| [path.as_slice(), steps].concat();
            out.push((at(&[Step::Key("title")]), section.title.as_str()));
            for (b, block) in section.blocks.iter().enumerate() {
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
}

impl Figure {
    /// The most recent observation: the one the article's sentence states.
    pub fn latest(&self) -> &Observation {
        self.observations
            .last()
            .expect("validate() requires at least one observation")
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
