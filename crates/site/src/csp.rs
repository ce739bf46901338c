//! The page's Content Security Policy: exactly the inline scripts and style sheets it holds, by
//! SHA-256 hash, and nothing inline besides.

use crate::rewrite::{bodies, rewrite};
use base64ct::{Base64, Encoding};
use lol_html::element;
use lol_html::html_content::ContentType;
use sha2::{Digest, Sha256};
use std::cell::Cell;

/// Inline scripts: those without `src`, whose text is what runs.
pub(crate) const INLINE_SCRIPTS: &str = "script:not([src])";

/// The Content Security Policy for `index.html`, allowing exactly the inline scripts and style
/// sheets `page` holds (by SHA-256). No `unsafe-inline`, no `unsafe-eval`: only
/// `wasm-unsafe-eval`, which compiling WebAssembly needs. Blob and data images serve the PNG
/// download and the favicon.
pub fn content_security_policy(page: &str) -> Result<String, String> {
    let hashes = |selector: &str| -> Result<String, String> {
        Ok(bodies(page, selector)?
            .iter()
            .map(|body| format!(" {}", hash_source(body)))
            .collect())
    };
    Ok(format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data: blob:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
        hashes(INLINE_SCRIPTS)?,
        hashes("style")?
    ))
}

/// A CSP hash source for an inline element's text: `'sha256-…'`.
pub fn hash_source(body: &str) -> String {
    format!(
        "'sha256-{}'",
        Base64::encode_string(&Sha256::digest(body.as_bytes()))
    )
}

/// Adds the policy right after `<meta charset>` (which must stay in the page's first 1,024
/// bytes, so nothing long goes before it), or as the first element of `<head>` in a page without
/// one: either way before any script it governs. The policy is computed from `page` as given, so
/// this is the last step that changes a script or a style.
pub fn add_content_security_policy(page: &str) -> Result<String, String> {
    // The policy holds only keywords and base64, never a `"`.
    let meta = format!(
        "<meta http-equiv=Content-Security-Policy content=\"{}\">",
        content_security_policy(page)?
    );
    match place_at_first(page, "meta[charset]", &meta, Place::After)? {
        Some(placed) => Ok(placed),
        None => place_at_first(page, "head", &meta, Place::FirstInside)?
            .ok_or_else(|| "no <meta charset> or <head> to put the policy after".into()),
    }
}

/// Where `place_at_first` puts its markup, relative to the element it finds.
#[derive(Debug, Clone, Copy)]
enum Place {
    After,
    FirstInside,
}

/// The page with `html` placed once, at the first element `selector` matches; `None` if it
/// matches none.
fn place_at_first(
    page: &str,
    selector: &str,
    html: &str,
    place: Place,
) -> Result<Option<String>, String> {
    let placed = Cell::new(false);
    let out = rewrite(
        page,
        [element!(selector, |el| {
            if !placed.replace(true) {
                match place {
                    Place::After => el.after(html, ContentType::Html),
                    Place::FirstInside => el.prepend(html, ContentType::Html),
                }
            }
            Ok(())
        })],
    )?;
    Ok(placed.get().then_some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_hashes_each_inline_script_and_nothing_else() {
        let page = "<html><head><meta charset=utf-8><script>a()</script><script src=x.js></script><script type=module>b()</script></head>";
        let policy = content_security_policy(page).expect("parses");
        assert!(
            policy.contains(&hash_source("a()")) && policy.contains(&hash_source("b()")),
            "{policy}"
        );
        assert_eq!(policy.matches("'sha256-").count(), 2);
        for forbidden in ["unsafe-inline", "'unsafe-eval'"] {
            assert!(!policy.contains(forbidden), "{policy}");
        }
        assert!(policy.contains("object-src 'none'") && policy.contains("base-uri 'self'"));
        let with = add_content_security_policy(page).expect("has a head");
        assert!(with.starts_with(
            "<html><head><meta charset=utf-8><meta http-equiv=Content-Security-Policy content=\"default-src"
        ));
    }

    #[test]
    fn without_a_head_tag_the_policy_follows_the_charset() {
        // Trunk's minifier drops `<head>`; its debug build keeps it and quotes attributes.
        let minified =
            "<!doctype html><html lang=en><meta charset=utf-8><title>t</title><script>a()</script>";
        let out = add_content_security_policy(minified).expect("has a charset");
        assert!(
            out.starts_with("<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=Content-Security-Policy content=\"default-src"),
            "{out}"
        );
        let debug = "<html><head>\n<meta charset=\"utf-8\"><script>a()</script></head>";
        let out = add_content_security_policy(debug).expect("has a head");
        assert!(
            out.starts_with("<html><head>\n<meta charset=\"utf-8\"><meta http-equiv"),
            "{out}"
        );
        let no_charset = add_content_security_policy("<html><head><script>a()</script></head>")
            .expect("has a head");
        assert!(
            no_charset.starts_with("<html><head><meta http-equiv"),
            "{no_charset}"
        );
        assert_eq!(out.matches("Content-Security-Policy").count(), 1);
        assert!(add_content_security_policy("<p>no head</p>").is_err());
    }

    #[test]
    fn empty_and_svg_bodies_are_hashed_too() {
        // A browser checks an empty inline script against the policy too, and an SVG's `<style>`.
        let page =
            "<head><script></script><style></style></head><body><svg><style>a{}</style></svg>";
        let policy = content_security_policy(page).expect("parses");
        assert_eq!(policy.matches(&hash_source("")).count(), 2, "{policy}");
        assert!(policy.contains(&hash_source("a{}")), "{policy}");
    }
}
