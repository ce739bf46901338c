//! Rejects an invalid article data file before anything else is compiled, naming the field path
//! and line, by running the app's own parser and validator over it.

#[allow(dead_code)]
#[path = "src/content/mod.rs"]
mod content;

fn main() {
    println!("cargo::rerun-if-changed=src/content");
    if let Err(error) = content::diagnose::parse(content::ARTICLE_JSON) {
        eprintln!("error: src/content/article.json is invalid: {error}");
        std::process::exit(1);
    }
}
