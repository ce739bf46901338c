//! Rejects an invalid article data file before anything else is compiled, naming the field path
//! and line, by running the app's own parser and validator over it. A valid file is written to
//! `OUT_DIR` in postcard's compact binary form, which the app decodes without a JSON parser.

#[allow(dead_code)]
#[path = "src/content"]
mod content {
    pub mod diagnose;
    pub mod model;
    pub mod text;
}

fn main() {
    println!("cargo::rerun-if-changed=src/content");
    let json = include_str!("src/content/article.json");
    let article = content::diagnose::parse(json).unwrap_or_else(|error| {
        eprintln!("error: src/content/article.json is invalid: {error}");
        std::process::exit(1);
    });
    let bytes = postcard::to_allocvec(&article).expect("a parsed article encodes");
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("article.postcard");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}
