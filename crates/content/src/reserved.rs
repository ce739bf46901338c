//! The DOM ids the app gives its own elements, and the ids it derives from section, figure and
//! reference ids. The app builds its ids from these constants and functions, and the validator
//! rejects a section or figure id that would collide with one (`section_id_conflict`,
//! `figure_id_conflict`), so the two cannot drift apart. A section's id is itself a DOM id and a
//! URL hash (`#strategies`), so section and figure ids must be slugs (`is_slug`).

/// The element in `index.html` the app renders into.
pub const APP_ID: &str = "app";
/// The main landmark that holds the cards.
pub const MAIN_ID: &str = "main";
/// The reference list's card, and so the hash that opens it (`#references`).
pub const REFERENCES_ID: &str = "references";
/// The table of contents' heading.
pub const CONTENTS_TITLE_ID: &str = "contents-title";
/// The headline tiles' heading.
pub const KEY_FIGURES_TITLE_ID: &str = "key-figures-title";
/// The headline tiles' section, and so the hash that shows them (`#key-figures`).
pub const KEY_FIGURES_ID: &str = "key-figures";
/// The page's one share panel, which every Share button opens.
pub const SHARE_ID: &str = "share";
/// The page's Present button, which has the focus again when the deck is left.
pub const PRESENT_ID: &str = "present";
/// The footer's switch for the page's one-key shortcut (P).
pub const SHORTCUT_ID: &str = "shortcut";
/// The presenter console's pace, or why its target field holds none (the field's description).
pub const CONSOLE_PACE_ID: &str = "console-pace";
/// What the presenter console's "Elapsed" button does when pressed (its description).
pub const CONSOLE_RESTART_ID: &str = "console-restart";

/// Whether `id` is a slug: lowercase ASCII letters, digits and `-`, and not empty. Section and
/// figure ids must be, as they become DOM ids and URL hashes, and so must the figure a prose
/// placeholder names.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every fixed DOM id the app renders. No section may take one.
pub const RESERVED_IDS: [&str; 11] = [
    APP_ID,
    MAIN_ID,
    REFERENCES_ID,
    CONTENTS_TITLE_ID,
    KEY_FIGURES_TITLE_ID,
    KEY_FIGURES_ID,
    SHARE_ID,
    PRESENT_ID,
    SHORTCUT_ID,
    CONSOLE_PACE_ID,
    CONSOLE_RESTART_ID,
];

/// Ends a card's disclosure button id: `{card}-toggle`.
pub const TOGGLE_SUFFIX: &str = "-toggle";
/// Ends a card's panel id: `{card}-panel`.
pub const PANEL_SUFFIX: &str = "-panel";
/// Starts a figure's chart id, and the ids of the chart's parts: `chart-{figure}`,
/// `chart-{figure}-table` (`ChartPart`).
pub const CHART_PREFIX: &str = "chart-";
/// Starts a reference list entry's id: `ref-{number}`.
pub const REFERENCE_PREFIX: &str = "ref-";

/// Declares `ChartPart` and `CHART_PARTS` from one list, so the app cannot give a chart a part
/// the validator does not know.
macro_rules! chart_parts {
    ($($(#[$doc:meta])* $part:ident = $suffix:literal,)*) => {
        /// A part of a chart with an id of its own, `{chart}-{suffix}`: `chart-narcotics-table`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ChartPart {
            $($(#[$doc])* $part,)*
        }

        impl ChartPart {
            /// What the part's id ends in, after the chart's id and a `-`.
            pub const fn suffix(self) -> &'static str {
                match self {
                    $(Self::$part => $suffix,)*
                }
            }
        }

        /// Every chart part's suffix. A figure id may end in none of them after a `-`: figures
        /// `x` and `x-svg` would both make `chart-x-svg`.
        pub const CHART_PARTS: &[&str] = &[$($suffix,)*];
    };
}

chart_parts! {
    /// The chart's `<svg>`.
    Svg = "svg",
    /// The SVG's `<title>`.
    Title = "title",
    /// The SVG's `<desc>`.
    Desc = "desc",
    /// The chart's heading.
    Heading = "heading",
    /// The exact value beside the chart.
    Exact = "exact",
    /// The chart's source line.
    Source = "source",
    /// The chart's data table.
    Table = "table",
    /// The data table's caption.
    Caption = "caption",
    /// A unit chart's icon, defined once as a `<symbol>` and drawn by every unit.
    Icon = "icon",
    /// The clip path that draws a unit chart's part icon to its width.
    Part = "part",
}

/// The id of a card's disclosure button.
pub fn toggle_id(card_id: &str) -> String {
    format!("{card_id}{TOGGLE_SUFFIX}")
}

/// The id of a card's panel.
pub fn panel_id(card_id: &str) -> String {
    format!("{card_id}{PANEL_SUFFIX}")
}

/// The id of a figure's chart.
pub fn chart_id(figure_id: &str) -> String {
    format!("{CHART_PREFIX}{figure_id}")
}

/// The id of a part of a chart: `chart-narcotics-table`. `chart_id` is the chart's id in its
/// scope (`chart-narcotics`, or a slide's `slide3-chart-narcotics`).
pub fn chart_part_id(chart_id: &str, part: ChartPart) -> String {
    format!("{chart_id}-{}", part.suffix())
}

/// The id of an entry in the reference list.
pub fn reference_id(number: u32) -> String {
    format!("{REFERENCE_PREFIX}{number}")
}

/// Why a section with this id would share its DOM id with an element the app makes, if it would.
pub fn section_id_conflict(id: &str) -> Option<String> {
    if RESERVED_IDS.contains(&id) {
        return Some(format!(
            "section id `{id}` is reserved: the app gives that id to an element of its own"
        ));
    }
    if let Some(suffix) = [TOGGLE_SUFFIX, PANEL_SUFFIX]
        .into_iter()
        .find(|suffix| id.ends_with(suffix))
    {
        return Some(format!(
            "section id `{id}` must not end in `{suffix}`: the app makes `{{card}}{suffix}` ids"
        ));
    }
    [CHART_PREFIX, REFERENCE_PREFIX]
        .into_iter()
        .find(|prefix| id.starts_with(prefix))
        .map(|prefix| {
            format!(
                "section id `{id}` must not start with `{prefix}`: the app makes `{prefix}…` ids"
            )
        })
}

/// Why a figure with this id would give its chart an id another figure's chart gives one of its
/// parts, if it would.
pub fn figure_id_conflict(id: &str) -> Option<String> {
    CHART_PARTS
        .iter()
        .find(|part| {
            id.strip_suffix(**part)
                .is_some_and(|rest| rest.ends_with('-'))
        })
        .map(|part| {
            format!(
                "figure id `{id}` must not end in `-{part}`: the app makes `{CHART_PREFIX}{{figure}}-{part}` ids"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_follow_the_rules_the_validator_enforces() {
        for derived in [toggle_id("impact"), panel_id("impact")] {
            assert!(section_id_conflict(&derived).is_some(), "{derived}");
        }
        for derived in [chart_id("narcotics"), reference_id(3)] {
            assert!(section_id_conflict(&derived).is_some(), "{derived}");
        }
        assert_eq!(toggle_id("impact"), "impact-toggle");
        assert_eq!(chart_id("narcotics"), "chart-narcotics");
        assert_eq!(reference_id(3), "ref-3");
    }

    #[test]
    fn a_slug_is_lowercase_letters_digits_and_hyphens() {
        for slug in ["ms-13", "a", "2021", "-"] {
            assert!(is_slug(slug), "{slug}");
        }
        for not in ["", "MS-13", "ms_13", "ms 13", "é", "a.period"] {
            assert!(!is_slug(not), "{not}");
        }
    }

    #[test]
    fn a_figure_id_may_not_end_like_a_chart_part() {
        for part in [
            ChartPart::Svg,
            ChartPart::Title,
            ChartPart::Desc,
            ChartPart::Heading,
            ChartPart::Exact,
            ChartPart::Table,
            ChartPart::Caption,
        ] {
            assert!(CHART_PARTS.contains(&part.suffix()), "{part:?}");
            let part_id = chart_part_id(&chart_id("x"), part);
            let figure = part_id.strip_prefix(CHART_PREFIX).expect("a chart id");
            assert_eq!(chart_id(figure), part_id);
            assert!(figure_id_conflict(figure).is_some(), "{figure}");
        }
        assert_eq!(
            chart_part_id("slide3-chart-narcotics", ChartPart::Table),
            "slide3-chart-narcotics-table"
        );
        for free in ["narcotics", "svg", "tables", "x-svgs", "x-table-1", "xsvg"] {
            assert_eq!(figure_id_conflict(free), None, "{free}");
        }
    }

    #[test]
    fn ordinary_section_ids_are_free() {
        for id in [
            "impact",
            "ms-13",
            "toggle",
            "panel-discussion",
            "charts",
            "refs",
        ] {
            assert_eq!(section_id_conflict(id), None, "{id}");
        }
    }
}
