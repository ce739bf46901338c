//! An invalid data file is rejected with the field path and the line of the fault, whether serde
//! or a later check finds it. `build.rs` runs this same parser, so each case also fails the build.

#![cfg(feature = "json")]

use hsi_content::{
    ARTICLE_JSON, RESERVED_IDS,
    diagnose::{ContentError, parse},
    reserved::CHART_PARTS,
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
    assert!(
        error
            .message
            .ends_with("finite number ≥ 0 and below 10¹⁵, not -2600"),
        "{error}"
    );
}

#[test]
fn a_negative_fraction_is_named_with_its_decimals() {
    let (error, _) = error_for("\"value\": 2600", "\"value\": -0.25");
    assert!(error.message.ends_with("not -0.25"), "{error}");
    let (error, _) = error_for("\"value\": 2600", "\"value\": -1e-12");
    assert!(error.message.ends_with("not a negative number"), "{error}");
}

#[test]
fn a_figure_of_a_quadrillion_or_more_is_rejected() {
    let (error, line) = error_for("\"value\": 2600", "\"value\": 1e15");
    assert_eq!(error.line, line);
    assert!(
        error.message.ends_with("below 10¹⁵, not 1000000000000000"),
        "{error}"
    );
    let (error, _) = error_for("\"value\": 2600", "\"value\": 1e300");
    assert!(
        error.message.ends_with("not >18446744073709551615"),
        "{error}"
    );
    let (json, _) = broken("\"value\": 2600", "\"value\": 999999999999999");
    assert!(
        parse(&json).is_ok(),
        "a figure just below the limit is accepted"
    );
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

#[test]
fn an_article_without_sections_is_rejected() {
    let start = ARTICLE_JSON.find("\"sections\": [").expect("sections");
    let end = start
        + ARTICLE_JSON[start..]
            .find("\n  ],\n")
            .expect("the list ends")
        + 4;
    let json = format!(
        "{}\"sections\": []{}",
        &ARTICLE_JSON[..start],
        &ARTICLE_JSON[end..]
    );
    let error = parse(&json).expect_err("an article needs a section");
    assert_eq!(error.path, "sections");
    assert_eq!(error.message, "the article needs at least one section");
    assert_eq!(
        error.line,
        ARTICLE_JSON[..start].matches('\n').count() + 1,
        "{error}"
    );
}

/// The error for a section id changed from `from` to `to`: its path ends in `.id` and it stands
/// at the changed line.
fn section_id_error(from: &str, to: &str) -> ContentError {
    let (error, line) = error_for(&format!("\"id\": \"{from}\""), &format!("\"id\": \"{to}\""));
    assert!(error.path.ends_with(".id"), "{error}");
    assert_eq!(error.line, line, "{error}");
    error
}

#[test]
fn a_section_may_not_take_an_id_the_app_gives_its_own_elements() {
    for reserved in RESERVED_IDS {
        let error = section_id_error("targeting", reserved);
        assert_eq!(error.path, "sections[1].subsections[0].id");
        assert_eq!(
            error.message,
            format!(
                "section id `{reserved}` is reserved: the app gives that id to an element of its own"
            )
        );
    }
}

#[test]
fn a_section_id_may_not_take_the_shape_of_an_id_the_app_derives() {
    for (from, to, path, message) in [
        (
            "ms-13",
            "ms-13-toggle",
            "sections[2].subsections[1].id",
            "section id `ms-13-toggle` must not end in `-toggle`: the app makes `{card}-toggle` ids",
        ),
        (
            "overview",
            "overview-panel",
            "sections[0].id",
            "section id `overview-panel` must not end in `-panel`: the app makes `{card}-panel` ids",
        ),
        (
            "impact",
            "chart-impact",
            "sections[2].id",
            "section id `chart-impact` must not start with `chart-`: the app makes `chart-…` ids",
        ),
        (
            "hezbollah",
            "ref-1",
            "sections[2].subsections[2].id",
            "section id `ref-1` must not start with `ref-`: the app makes `ref-…` ids",
        ),
    ] {
        let error = section_id_error(from, to);
        assert_eq!(error.path, path, "{to}");
        assert_eq!(error.message, message, "{to}");
    }
}

#[test]
fn a_label_may_use_only_the_slots_it_takes() {
    let (error, line) = error_for("\"Slide {number} of", "\"Slide {n} of");
    assert_eq!(error.path, "labels.deck.slide");
    assert_eq!(error.line, line, "{error}");
    assert_eq!(
        error.message,
        "`{n}` is not a slot of this label: it takes `{number}`, `{count}`, `{title}`"
    );
}

#[test]
fn a_misspelt_label_is_named_with_its_path_and_line() {
    let (error, line) = error_for("\"show_table\":", "\"show_tables\":");
    assert_eq!(error.path, "labels.chart.show_tables");
    assert!(
        error.message.contains("unknown field `show_tables`"),
        "{error}"
    );
    assert_eq!(error.line, line, "{error}");
}

/// The data file with the array under the first `key` after `anchor` emptied (`"list": []`), and
/// the line where the array's key stands.
fn emptied(anchor: &str, key: &str) -> (String, usize) {
    let after = ARTICLE_JSON
        .find(anchor)
        .unwrap_or_else(|| panic!("`{anchor}` is in article.json"));
    let open = format!("\"{key}\": [");
    let start = after
        + ARTICLE_JSON[after..]
            .find(&open)
            .unwrap_or_else(|| panic!("a `{key}` array follows `{anchor}`"));
    let line_start = ARTICLE_JSON[..start]
        .rfind('\n')
        .expect("not the first line")
        + 1;
    let indent = &ARTICLE_JSON[line_start..start];
    let close = format!("\n{indent}]");
    let end = start
        + ARTICLE_JSON[start..]
            .find(&close)
            .unwrap_or_else(|| panic!("the `{key}` array after `{anchor}` ends"))
        + close.len();
    let json = format!(
        "{}\"{key}\": []{}",
        &ARTICLE_JSON[..start],
        &ARTICLE_JSON[end..]
    );
    (json, ARTICLE_JSON[..start].matches('\n').count() + 1)
}

#[test]
fn a_section_with_nothing_in_it_is_rejected() {
    let (json, line) = emptied("\"id\": \"ms-13\"", "blocks");
    let error = parse(&json).expect_err("a section needs content");
    assert_eq!(error.path, "sections[2].subsections[1].blocks");
    assert_eq!(
        error.message,
        "a section needs at least one block or subsection"
    );
    assert_eq!(error.line, line, "{error}");
}

#[test]
fn a_section_with_subsections_and_no_blocks_is_allowed() {
    let (json, _) = emptied("\"id\": \"strategies\"", "blocks");
    let strategies = parse(&json).expect("its subsections are its content");
    assert!(strategies.sections[1].blocks.is_empty());
}

#[test]
fn an_empty_list_is_rejected() {
    let (json, line) = emptied("\"id\": \"overview\"", "list");
    let error = parse(&json).expect_err("a list needs items");
    assert_eq!(error.path, "sections[0].blocks[1].list");
    assert_eq!(error.message, "a list needs at least one item");
    assert_eq!(error.line, line, "{error}");
}

#[test]
fn an_empty_charts_block_is_rejected() {
    let (json, line) = emptied("\"id\": \"impact\"", "charts");
    let error = parse(&json).expect_err("a charts block needs figures");
    assert_eq!(error.path, "sections[2].blocks[2].charts");
    assert_eq!(error.message, "a charts block needs at least one figure");
    assert_eq!(error.line, line, "{error}");
}

#[test]
fn a_figure_charted_twice_in_one_block_is_rejected() {
    let (error, line) = error_for(
        "\"narcotics\",\n            \"arrests\"",
        "\"narcotics\",\n            \"narcotics\"",
    );
    assert_eq!(error.path, "sections[2].blocks[2].charts[1]");
    assert_eq!(
        error.message,
        "figure `narcotics` is charted twice (first at `sections[2].blocks[2].charts[0]`): its chart's ids would repeat"
    );
    assert_eq!(error.line, line + 1, "{error}");
}

#[test]
fn a_figure_charted_in_two_sections_is_rejected() {
    let sinaloa = "Joaquín “El Chapo” Guzmán.\"\n            }";
    let (error, line) = error_for(
        sinaloa,
        &format!("{sinaloa}, {{ \"charts\": [\"currency\"] }}"),
    );
    assert_eq!(error.path, "sections[2].subsections[0].blocks[1].charts[0]");
    assert_eq!(
        error.message,
        "figure `currency` is charted twice (first at `sections[2].blocks[2].charts[2]`): its chart's ids would repeat"
    );
    assert_eq!(error.line, line + 1, "{error}");
}

#[test]
fn a_figure_id_may_not_end_like_a_chart_part() {
    for part in CHART_PARTS {
        let (error, line) = error_for(
            "\"id\": \"arrests\"",
            &format!("\"id\": \"arrests-{part}\""),
        );
        assert_eq!(error.path, "figures[1].id");
        assert_eq!(
            error.message,
            format!(
                "figure id `arrests-{part}` must not end in `-{part}`: the app makes `chart-{{figure}}-{part}` ids"
            )
        );
        assert_eq!(error.line, line, "{error}");
    }
}

/// An authored note is checked like the article's prose, and more: its numbers are placeholders.
#[test]
fn a_note_with_a_number_typed_in_digits_is_rejected_at_its_line() {
    let (error, line) = error_for(
        "as the article states it, with its year: {narcotics}",
        "as the article states it, with its year: 1.4 million pounds",
    );
    assert_eq!(error.path, "figures[0].notes[0]", "{error}");
    assert_eq!(error.line, line);
    assert!(
        error
            .message
            .starts_with("`1` is typed in digits: a note states a number only as a placeholder"),
        "{error}"
    );
}

#[test]
fn a_period_typed_into_a_section_note_is_rejected() {
    let (error, line) = error_for(
        "Place in the talk: the close,",
        "Place in the talk: the close of 2021,",
    );
    assert_eq!(error.path, "sections[3].notes[0]", "{error}");
    assert_eq!(error.line, line);
    assert!(error.message.starts_with("`2021` is typed"), "{error}");
}

#[test]
fn a_note_placeholder_naming_no_figure_is_rejected() {
    let (error, line) = error_for(
        "{firearms} seized from {firearms.period}, those",
        "{firearm} seized from {firearms.period}, those",
    );
    assert_eq!(error.path, "figures[3].notes[0]", "{error}");
    assert_eq!(error.line, line);
    assert_eq!(error.message, "`{firearm}` names no figure");
}

#[test]
fn an_empty_note_is_rejected() {
    let (error, line) = error_for(
        "\"Place in the talk: how HSI works, one strategy at a time, each under its own title.\"",
        "\" \"",
    );
    assert_eq!(error.path, "sections[1].notes[0]", "{error}");
    assert_eq!(error.line, line);
    assert_eq!(error.message, "a note must not be empty");
}

#[test]
fn notes_are_optional() {
    let mut json: serde_json::Value = serde_json::from_str(ARTICLE_JSON).expect("the file is JSON");
    fn strip(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                // Labels hold a `notes` text of their own (the console's heading): keep it.
                if map.get("notes").is_some_and(serde_json::Value::is_array) {
                    map.remove("notes");
                }
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut json);
    let article = parse(&json.to_string()).expect("a file without notes is valid");
    assert!(article.authored_notes().is_empty());
}
