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
