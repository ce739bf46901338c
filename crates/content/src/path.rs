//! Paths into the data file, as in `figures[2].source.references[0]`: the walk gives each section
//! one, the lookups give each piece of prose one, and a failed check carries the one of the value
//! it rejects, which `diagnose` turns into a line.

use std::fmt;

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
