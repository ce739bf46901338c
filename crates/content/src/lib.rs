//! The article as data: the typed model of its one data file, the checks a schema cannot express,
//! the ids the app reserves for its own elements, and the figure placeholders in its prose. No Yew
//! and no web-sys: the app, its `build.rs` and the site tools all read the article through this
//! crate.
//!
//! With the `json` feature it also reads the data file itself (`diagnose::parse`), naming the field
//! path and line of any error; `build.rs` uses it to reject an invalid file before the app builds.

pub mod decimal;
pub mod model;
mod path;
mod queries;
pub mod reserved;
pub mod template;
pub mod text;
pub mod validate;
pub mod walk;

#[cfg(feature = "json")]
pub mod diagnose;

pub use model::*;
pub use path::{Invalid, Step, path_string};
pub use reserved::{REFERENCES_ID, RESERVED_IDS};
pub use walk::{Visit, Walk};

/// The article's data file.
#[cfg(feature = "json")]
pub const ARTICLE_JSON: &str = include_str!("../article.json");
