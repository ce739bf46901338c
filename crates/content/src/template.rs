//! Interface templates: `"Slide {number} of {count}"` with its slots filled by name. Unlike the
//! figure placeholders of article prose (`text`), these name values the app supplies.

/// One piece of a template, in the template's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// `{name}`: a slot, by name.
    Slot(&'a str),
}

/// The template as text and slots, in order. A `{` with no `}` after it is text.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some((open, close)) = rest
        .find('{')
        .and_then(|open| Some((open, open + rest[open..].find('}')?)))
    {
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        out.push(Piece::Slot(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// `template` with each `{name}` replaced by its value. A slot with no value is left as written,
/// so a missing value shows rather than vanishing (the validator rejects unknown slots).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    for piece in pieces(template) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Slot(name) => match values.iter().find(|(key, _)| *key == name) {
                Some((_, value)) => out.push_str(value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Piece, fill, pieces};

    #[test]
    fn a_template_is_text_and_slots_in_order() {
        assert_eq!(
            pieces("refs {references} in {section}."),
            [
                Piece::Text("refs "),
                Piece::Slot("references"),
                Piece::Text(" in "),
                Piece::Slot("section"),
                Piece::Text("."),
            ]
        );
        assert_eq!(pieces("{a}{b}"), [Piece::Slot("a"), Piece::Slot("b")]);
        assert_eq!(pieces("open { only"), [Piece::Text("open { only")]);
        assert_eq!(pieces(""), []);
    }

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
