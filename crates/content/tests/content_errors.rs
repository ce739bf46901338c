//! An invalid data file is rejected with the field path and the line of the fault, whether serde
//! or a later check finds it. `build.rs` runs this same parser, so each case also fails the build.

#![cfg(feature = "json")]

use hsi_content::{
    ARTICLE_JSON,
    diagnose::{ContentError, parse},
};

/// The data file with the first occurrence of `from` replaced, and the line where it stood.
fn broken(from: &str, to: &str) -> (String, usize) {
    let at = ARTICLE_JSON
        .find(from)
        .unwrap_or_else(|| panic!("`{from}` is in article.json"));
    let line = ARTICLE_JSON[..at].matches('\n').count() + 1;
    (ARTICLE_JSON.replacen(from, to, 1), line)
}

fn error_for(from: &str, to: &str) -> (ContentError, usize) {
    let (json, line) = broken(from, to);
    let error = parse(&json).expect_err("the broken file is rejected");
    (error, line)
}

#[test]
fn the_real_file_is_valid() {
    assert!(parse(ARTICLE_JSON).is_ok());
}

#[test]
fn a_missing_field_is_named() {
    let label = "\"label\": \"Drug smuggling arrests\",";
    let (error, _) = error_for(label, "");
    assert_eq!(error.message, "missing field `label`", "{error}");
    assert_eq!(error.path, "figures[1]");
    let figure_start = ARTICLE_JSON[..ARTICLE_JSON.find(label).expect("label")]
        .rfind('{')
        .expect("object");
    assert_eq!(
        error.line,
        ARTICLE_JSON[..figure_start].matches('\n').count() + 1,
        "{error}"
    );
}

#[test]
fn an_unknown_field_is_named_with_its_path_and_line() {
    let (error, line) = error_for(
        "\"label\": \"Narcotics seized\",",
        "\"label\": \"Narcotics seized\", \"colour\": \"red\",",
    );
    assert!(error.message.contains("unknown field `colour`"), "{error}");
    assert_eq!(error.path, "figures[0].colour");
    assert_eq!(error.line, line);
}

#[test]
fn a_wrong_type_is_named_with_its_path_and_line() {
    let (error, line) = error_for("\"value\": 1400000", "\"value\": \"lots\"");
    assert_eq!(error.path, "figures[0].observations[0].value");
    assert_eq!(error.line, line);
    assert!(error.message.contains("invalid type"), "{error}");
}

#[test]
fn a_negative_figure_is_rejected_at_its_line() {
    let (error, line) = error_for("\"value\": 2600", "\"value\": -2600");
    assert_eq!(error.path, "figures[1].observations[0].value");
    assert_eq!(error.line, line);
    assert!(error.message.contains("finite number ≥ 0"), "{error}");
}

#[test]
fn a_number_too_large_for_a_float_is_rejected() {
    let (error, line) = error_for("\"value\": 2600", "\"value\": 1e999");
    assert_eq!(error.line, line, "{error}");
}

#[test]
fn a_dangling_reference_is_named_with_its_path_and_line() {
    let (json, _) = broken(
        "\"references\": [\n          1,\n          2,\n          3,\n          4\n",
        "\"references\": [\n          1,\n          2,\n          3,\n          9\n",
    );
    let error = parse(&json).expect_err("reference [9] does not exist");
    assert_eq!(error.path, "figures[0].source.references[3]");
    let line_of_nine = json
        .lines()
        .position(|l| l.trim() == "9")
        .expect("the 9 is there")
        + 1;
    assert_eq!(error.line, line_of_nine, "{error}");
    assert!(error.message.contains("[9]"), "{error}");
}

#[test]
fn a_placeholder_naming_no_figure_is_rejected() {
    let (error, line) = error_for("{arrests} in", "{arests} in");
    assert!(
        error.path.starts_with("sections[2].blocks[1].list[1]"),
        "{error}"
    );
    assert_eq!(error.line, line);
}

#[test]
fn a_duplicate_section_id_is_rejected() {
    let (error, line) = error_for("\"id\": \"hezbollah\"", "\"id\": \"ms-13\"");
    assert!(error.message.contains("used twice"), "{error}");
    assert_eq!(error.line, line);
}

#[test]
fn the_message_reads_well() {
    let (error, line) = error_for("\"value\": 2600", "\"value\": -1");
    let text = error.to_string();
    assert!(text.starts_with(&format!("line {line}, column ")), "{text}");
    assert!(
        text.contains("`figures[1].observations[0].value`"),
        "{text}"
    );
}
