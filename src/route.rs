//! What the URL hash asks for. Any hash, however malformed, yields an answer or `None`; never an error.

use crate::content::Article;
use crate::state::REFERENCES_ID;

/// Hashes longer than this name nothing here, and are not decoded.
const MAX_HASH: usize = 200;

/// The card ids to open for a hash such as `#sinaloa-cartel`: the card and its parents.
pub fn cards_for_hash(article: &Article, hash: &str) -> Option<Vec<String>> {
    let id = decode(hash.strip_prefix('#').unwrap_or(hash))?;
    if id == REFERENCES_ID {
        return Some(vec![id]);
    }
    let path = article.section_path(&id)?;
    Some(path.iter().map(|s| s.id.clone()).collect())
}

/// The prefix of a slide's hash: `#/slide/4` is the fourth slide.
const SLIDE_PREFIX: &str = "#/slide/";

/// Whether a hash asks for present mode: any `#/slide/…`, whether or not it names a slide.
pub fn is_slide_hash(hash: &str) -> bool {
    hash.starts_with(SLIDE_PREFIX)
}

/// The slide (0-based) a hash names, for a deck of `count` slides. Any `#/slide/…` hash that
/// names no slide (0, 9999, text) opens the first; other hashes are not slides at all.
pub fn slide_for_hash(hash: &str, count: usize) -> Option<usize> {
    let number = hash.strip_prefix(SLIDE_PREFIX)?;
    let index = number
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=count).contains(n))
        .map_or(0, |n| n - 1);
    Some(index)
}

/// The hash of a slide (0-based index).
pub fn slide_hash(index: usize) -> String {
    format!("{SLIDE_PREFIX}{}", index + 1)
}

/// Percent-decodes a fragment; `None` for malformed escapes, invalid UTF-8 or an oversized hash.
fn decode(fragment: &str) -> Option<String> {
    if fragment.is_empty() || fragment.len() > MAX_HASH {
        return None;
    }
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = fragment.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn a_section_hash_opens_it_and_its_parents() {
        let a = article();
        assert_eq!(
            cards_for_hash(a, "#strategies"),
            Some(vec!["strategies".into()])
        );
        assert_eq!(
            cards_for_hash(a, "#ms-13"),
            Some(vec!["impact".into(), "ms-13".into()])
        );
        assert_eq!(
            cards_for_hash(a, "#%6Ds-13"),
            Some(vec!["impact".into(), "ms-13".into()])
        );
        assert_eq!(
            cards_for_hash(a, "#references"),
            Some(vec!["references".into()])
        );
    }

    #[test]
    fn slide_hashes_round_trip_and_bad_ones_open_the_first() {
        assert_eq!(slide_for_hash(&slide_hash(3), 10), Some(3));
        assert_eq!(slide_for_hash("#/slide/10", 10), Some(9));
        for bad in [
            "#/slide/0",
            "#/slide/11",
            "#/slide/9999",
            "#/slide/",
            "#/slide/x",
            "#/slide/-1",
            "#/slide/1e3",
        ] {
            assert_eq!(slide_for_hash(bad, 10), Some(0), "{bad}");
            assert!(is_slide_hash(bad), "{bad} asks for present mode");
        }
        assert_eq!(slide_for_hash("#strategies", 10), None);
        assert_eq!(slide_for_hash("", 10), None);
        assert!(!is_slide_hash("#strategies") && !is_slide_hash(""));
    }

    #[test]
    fn bad_hashes_name_nothing() {
        let a = article();
        let long = format!("#{}", "a".repeat(10_000));
        for hash in [
            "",
            "#",
            "#nope",
            "#%",
            "#%zz",
            "#%ff%fe",
            "#%E2%82",
            long.as_str(),
            "#/slide/4",
        ] {
            assert_eq!(cards_for_hash(a, hash), None, "{hash:.40}");
        }
    }
}
