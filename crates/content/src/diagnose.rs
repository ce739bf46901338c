//! Build-time diagnostics for the data file: every error names the field path and the line,
//! whether serde rejected the file or a later check did. Native only (used by `build.rs` and tests).

use super::model::Article;
use super::path::{Step, path_string};
use serde_json::error::Category;
use serde_json::value::RawValue;
use serde_path_to_error::Segment;
use std::collections::HashMap;
use std::fmt;

/// Why the data file was rejected, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(top level)"
        } else {
            &self.path
        };
        write!(
            f,
            "line {}, column {}, at `{}`: {}",
            self.line, self.column, path, self.message
        )
    }
}

/// Parses and validates the data file, locating any error.
pub fn parse(json: &str) -> Result<Article, ContentError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let article: Article = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let inner = e.inner();
        let message = inner.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        let steps: Vec<At> = e.path().iter().filter_map(At::from_serde).collect();
        // serde reports a rejected value where it stopped reading, which can be the next line;
        // in a well-formed file the path finds the value itself.
        let position = (inner.classify() == Category::Data)
            .then(|| locate(json, &steps))
            .flatten();
        let (line, column) = position.unwrap_or((inner.line(), inner.column()));
        let path = e.path().to_string();
        ContentError {
            path: if path == "." { String::new() } else { path },
            line,
            column,
            message: message.to_owned(),
        }
    })?;
    article.validate().map_err(|invalid| {
        let steps: Vec<At> = invalid.path.iter().map(At::from_step).collect();
        let (line, column) = locate(json, &steps).unwrap_or((1, 1));
        ContentError {
            path: path_string(&invalid.path),
            line,
            column,
            message: invalid.message,
        }
    })?;
    Ok(article)
}

/// One step into the JSON tree, from either kind of error path.
enum At<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    fn from_step(step: &'a Step) -> Self {
        match step {
            Step::Key(key) => At::Key(key),
            Step::Index(i) => At::Index(*i),
        }
    }

    /// An enum variant is a key too: the data file writes `{"list": [...]}`.
    fn from_serde(segment: &'a Segment) -> Option<Self> {
        match segment {
            Segment::Seq { index } => Some(At::Index(*index)),
            Segment::Map { key } => Some(At::Key(key)),
            Segment::Enum { variant } => Some(At::Key(variant)),
            Segment::Unknown => None,
        }
    }
}

/// Line and column (1-based) where the value at `path` starts in `json`; `None` if it is not there.
fn locate(json: &str, path: &[At]) -> Option<(usize, usize)> {
    let mut raw: &RawValue = serde_json::from_str(json).ok()?;
    for step in path {
        raw = match step {
            At::Key(key) => *serde_json::from_str::<HashMap<String, &RawValue>>(raw.get())
                .ok()?
                .get(*key)?,
            At::Index(i) => *serde_json::from_str::<Vec<&RawValue>>(raw.get())
                .ok()?
                .get(*i)?,
        };
    }
    // RawValue borrows from `json`, so its start is an offset into it.
    let offset = (raw.get().as_ptr() as usize).checked_sub(json.as_ptr() as usize)?;
    let before = json.get(..offset)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}
