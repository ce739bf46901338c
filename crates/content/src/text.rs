//! Prose with figure placeholders: `{narcotics}` stands for the figure's amount as the article
//! phrases it ("over 1.4 million pounds"), `{narcotics.period}` for its period ("2021").
//! A number is thus typed once, in the figure, and every sentence that states it is rendered from it.
//!
//! The braces are read here rather than by `template::pieces`, which reads interface templates:
//! a placeholder names a figure (a slug) and may name a part, and a brace that opens or closes
//! no placeholder is an error, where a template would show it as text.

use super::reserved::is_slug;

/// Which part of a figure a placeholder stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Amount,
    Period,
}

/// A run of literal text or a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Figure { id: &'a str, part: Part },
}

/// Why a text's placeholders could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError(pub String);

/// Splits a text into literal runs and placeholders.
pub fn segments(text: &str) -> Result<Vec<Segment<'_>>, TokenError> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(TokenError("a `}` closes no placeholder".into()));
        }
        if open > 0 {
            out.push(Segment::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| TokenError("a `{` placeholder is never closed".into()))?;
        out.push(placeholder(&after[..close])?);
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    Ok(out)
}

fn placeholder(token: &str) -> Result<Segment<'_>, TokenError> {
    let (id, part) = match token.split_once('.') {
        None => (token, Part::Amount),
        Some((id, "period")) => (id, Part::Period),
        Some((_, other)) => {
            return Err(TokenError(format!(
                "`{{{token}}}`: unknown part `{other}` (only `.period` exists)"
            )));
        }
    };
    if !is_slug(id) {
        return Err(TokenError(format!("`{{{token}}}` is not a figure id")));
    }
    Ok(Segment::Figure { id, part })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_and_placeholders() {
        let got = segments("Seizure of {narcotics} in {narcotics.period}").expect("valid");
        assert_eq!(
            got,
            vec![
                Segment::Text("Seizure of "),
                Segment::Figure {
                    id: "narcotics",
                    part: Part::Amount
                },
                Segment::Text(" in "),
                Segment::Figure {
                    id: "narcotics",
                    part: Part::Period
                },
            ]
        );
    }

    #[test]
    fn rejects_broken_placeholders() {
        for bad in ["open {never", "stray } brace", "{}", "{a.value}", "{Bad}"] {
            assert!(segments(bad).is_err(), "{bad} should be rejected");
        }
    }
}
