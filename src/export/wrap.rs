//! Lines of text broken to fit a width, for an exported image: an SVG has no text layout of
//! its own, and the file is drawn where the page's fonts and layout are unknown. Widths are
//! estimated per character from a sans-serif's proportions, on the generous side, so that a
//! line never runs past the image's edge in any system font.

/// A character's advance in ems, in a system sans-serif, rounded up.
fn advance(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '’' | '‘' | '|' | '!' | '[' | ']'
        | '(' | ')' | ' ' | '\u{a0}' | 'I' => 0.32,
        'f' | 't' | 'r' | '/' | '“' | '”' | '"' | '-' => 0.42,
        'm' | 'w' | 'M' | 'W' | '@' | '%' | '—' => 0.9,
        'A'..='Z' | '#' | '&' | '$' | '+' | '=' | '–' | '÷' | '×' => 0.7,
        _ => 0.58,
    }
}

/// The estimated width of `text` at `size` (bold type is about a tenth wider).
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    let ems: f64 = text.chars().map(advance).sum();
    ems * size * if bold { 1.1 } else { 1.0 }
}

/// `text` in lines no wider than `max` at `size`: broken between words, and a word wider than a
/// line (an address) after a `/` or before a `#`, `?`, `&`, `=`, `-`, `.` or `_` where it
/// can, anywhere where not.
pub fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let fits = |line: &str| width(line, size, bold) <= max;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Only a plain space breaks a line: a no-break space keeps its words together.
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let joined = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if fits(word) {
            line = word.to_owned();
        } else {
            let mut pieces = break_word(word, &fits);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word too wide for a line, in pieces that each fit (but for a single character wider than
/// a line, which stays whole).
fn break_word(word: &str, fits: &dyn Fn(&str) -> bool) -> Vec<String> {
    // Where the word may break, as style guides break an address: after a slash, before the
    // other separators (so a line never ends in a dot that reads as a full stop); else after
    // any character.
    let at_separator: Vec<usize> = word
        .char_indices()
        .filter_map(|(i, c)| match c {
            '/' => Some(i + 1),
            '#' | '?' | '&' | '=' | '-' | '.' | '_' => Some(i),
            _ => None,
        })
        .collect();
    let anywhere: Vec<usize> = word.char_indices().skip(1).map(|(i, _)| i).collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < word.len() {
        if fits(&word[start..]) {
            pieces.push(word[start..].to_owned());
            break;
        }
        let last_fitting = |breaks: &[usize]| {
            breaks
                .iter()
                .copied()
                .filter(|&end| end > start && end < word.len() && fits(&word[start..end]))
                .last()
        };
        let end = last_fitting(&at_separator)
            .or_else(|| last_fitting(&anywhere))
            .or_else(|| anywhere.iter().copied().find(|&end| end > start))
            .unwrap_or(word.len());
        pieces.push(word[start..end].to_owned());
        start = end;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_letters_count_for_more_than_narrow_ones() {
        assert!(width("MMMM", 10.0, false) > width("iiii", 10.0, false) * 2.0);
        assert!(width("Title", 20.0, true) > width("Title", 20.0, false));
    }

    #[test]
    fn text_breaks_between_words_and_every_line_fits() {
        let text = "Source: a long line of words that cannot fit on one line of a narrow image";
        let lines = wrap(text, 12.0, false, 150.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(
            lines.iter().all(|l| width(l, 12.0, false) <= 150.0),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), text, "nothing lost or added");
    }

    #[test]
    fn an_address_breaks_after_a_slash_and_loses_nothing() {
        let address =
            "https://example.org/a/very/long/path/to/the/infographic/index.html#chart-narcotics";
        let lines = wrap(address, 12.0, false, 160.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines.iter().all(|l| width(l, 12.0, false) <= 160.0),
            "{lines:?}"
        );
        assert!(lines[0].ends_with('/'), "{lines:?}");
        assert!(
            lines.last().is_some_and(|l| l.starts_with('#')),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), address);
    }

    #[test]
    fn a_word_with_no_separator_breaks_anywhere() {
        let word = "x".repeat(100);
        let lines = wrap(&word, 10.0, false, 60.0);
        assert!(lines.iter().all(|l| width(l, 10.0, false) <= 60.0));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn a_no_break_space_keeps_its_words_on_one_line() {
        let lines = wrap("aaaa bbbb [1]\u{a0}cccc", 10.0, false, 70.0);
        assert_eq!(lines, ["aaaa bbbb", "[1]\u{a0}cccc"]);
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 12.0, false, 100.0), [""]);
    }
}
