//! Rejects an invalid article data file before the app is compiled, naming the field path and
//! line (`hsi_content::diagnose`). A valid file is written to `OUT_DIR` in postcard's compact
//! binary form, which the app decodes without a JSON parser.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    // The data file is compiled into hsi-content, so a change to it rebuilds that crate and
    // reruns this script.
    let article = hsi_content::diagnose::parse(hsi_content::ARTICLE_JSON).unwrap_or_else(|error| {
        eprintln!("error: crates/content/article.json is invalid: {error}");
        std::process::exit(1);
    });
    let bytes = postcard::to_allocvec(&article).expect("a parsed article encodes");
    let out = std::path::Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("article.postcard");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}
