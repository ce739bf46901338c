//! Interface templates: `"Slide {number} of {count}"` with its slots filled by name. Unlike the
//! figure placeholders of article prose (`text`), these name values the app supplies.

/// `template` with each `{name}` replaced by its value. A slot with no value is left as written,
/// so a missing value shows rather than vanishing (the tests check that none is left).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_named_slots_and_leaves_unknown_ones() {
        assert_eq!(
            fill("Slide {n} of {count}", &[("n", "2"), ("count", "18")]),
            "Slide 2 of 18"
        );
        assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
        assert_eq!(fill("{missing} and {", &[("a", "x")]), "{missing} and {");
        assert_eq!(fill("no slots", &[]), "no slots");
        assert_eq!(
            fill("{a}", &[("a", "{b}"), ("b", "y")]),
            "{b}",
            "values are not re-read"
        );
    }
}
