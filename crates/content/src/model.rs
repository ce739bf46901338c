//! The typed model of the article data file: the types alone, with the serde derives that read
//! the JSON file and write the postcard bytes the app decodes. Lookups over them are in `queries`,
//! the walk over the section tree in `walk`, and the checks serde cannot express in `validate`.

use serde::{Deserialize, Serialize};

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
    /// Used in URLs (`#strategies`) and element ids: lowercase letters, digits and `-`, and none
    /// of the ids the app reserves for itself (`reserved`).
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
