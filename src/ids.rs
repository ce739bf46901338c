//! Every DOM id, URL hash and storage key the app uses, made in one place, so a rename is one
//! edit and the compiler catches a mismatch. The ids a section's or a figure's id could collide
//! with are spelled in `hsi_content::reserved`, whose validator rejects such an id: this module
//! builds its ids from those same constants.

use crate::content::Figure;
use crate::content::reserved;
/// The parts of a chart that have ids of their own: its SVG, title, description, heading, exact
/// value, table and caption.
pub use crate::content::reserved::ChartPart;

/// The localStorage key of the reader's theme. `crates/site` writes it into the script that
/// applies a saved theme before the first paint.
pub const THEME_KEY: &str = "hsi-infographic.theme";
/// The localStorage key of the theme the deck wears (T), which a reload keeps.
pub const DECK_THEME_KEY: &str = "hsi-infographic.deck-theme";
/// The localStorage key of the presenter console's target duration, in whole minutes.
pub const TARGET_KEY: &str = "hsi-infographic.console-target";
/// The localStorage key of when the console's timer started, in whole seconds since the epoch.
pub const TIMER_KEY: &str = "hsi-infographic.console-started";
/// The localStorage key that turns the page's one-key shortcut (P) off: `off`, or absent for on
/// (any other value counts as on). The early script reads it too.
pub const SHORTCUT_KEY: &str = "hsi-infographic.shortcut";
pub const SHORTCUT_OFF: &str = "off";
/// A class on `<html>`, set by the early script when the reader has turned the shortcut off: the
/// Present button's key is not shown, nor honoured, before the app is ready.
pub const SHORTCUT_OFF_CLASS: &str = "shortcut-off";

/// Classes on `<html>`: the page runs script (set before the first paint), the app has hydrated
/// the page and answers, or the wasm could not start. `crates/site`'s early script reads them.
pub const SCRIPTED_CLASS: &str = "js";
pub const READY_CLASS: &str = "app-ready";
pub const FAILED_CLASS: &str = "wasm-failed";
/// A class on `<html>`: the wasm, asked for a while ago, has not started yet (a slow or stalled
/// download); a notice says so until it starts or fails.
pub const SLOW_CLASS: &str = "wasm-slow";
/// The article's opening paragraph, in the page's header: the largest text of its first screen,
/// which browsers report as the page's largest contentful paint. The build links present mode's
/// style sheet right after it (`crates/site`, inline.rs), so Chromium paints the title and this
/// paragraph before it parses the rest; the app moves that link out of `#app` before it hydrates
/// (`src/main.rs`), and the early script does if the sheet is slow to come.
pub const LEDE_CLASS: &str = "hero__lede";
/// A card's toggle button, and the class of an open card. The early script opens and closes
/// cards by them before the wasm is ready.
pub const CARD_TOGGLE_CLASS: &str = "card__toggle";
pub const CARD_OPEN_CLASS: &str = "card--open";
/// A closed card's panel's `hidden` value: hidden until found, so find in page and a link to a
/// passage of text (`#:~:text=`) reach it, and the browser fires `beforematch` to open its card
/// (early.js). An engine without it treats the value as plain `hidden`.
pub const CLOSED_PANEL_HIDDEN: &str = "until-found";
/// A chart's exact value, shown over it on hover and keyboard focus: the early script hides it on
/// Escape until the pointer or the focus leaves the chart.
pub const CHART_EXACT_CLASS: &str = "chart__exact";
/// Controls that need the app: hidden without script, held until the app is ready.
pub const NEEDS_SCRIPT_CLASS: &str = "needs-js";
/// The event the app sends to an element it has scrolled to (`browser::reveal`): the early
/// script keeps that element at the top of the view while the page around it settles.
pub const SETTLE_EVENT: &str = "hsi-settle";
/// On an element sent `SETTLE_EVENT`: where to hold it instead of the top of the view, its top
/// this many pixels below the view's (the view given back after presenting).
pub const SETTLE_AT_ATTR: &str = "data-settle-at";

/// Starts every chart's id on the page: `chart-narcotics`. The early script reads it.
pub const CHART_PREFIX: &str = reserved::CHART_PREFIX;

/// The element the prerendered App lives in and the wasm hydrates.
pub const APP: &str = reserved::APP_ID;
/// The attribute of `#app` that names an embedded view's page (`app::View::name`).
pub const VIEW_ATTRIBUTE: &str = "data-view";
/// The main landmark, the skip link's target.
pub const MAIN: &str = reserved::MAIN_ID;
pub const CONTENTS_TITLE: &str = reserved::CONTENTS_TITLE_ID;
pub const KEY_FIGURES_TITLE: &str = reserved::KEY_FIGURES_TITLE_ID;
/// The headline tiles' section: `#key-figures` shows them.
pub const KEY_FIGURES: &str = reserved::KEY_FIGURES_ID;
/// The page's one share panel.
pub const SHARE: &str = reserved::SHARE_ID;
/// The page's Present button.
pub const PRESENT: &str = reserved::PRESENT_ID;
/// The footer's switch for the page's one-key shortcut; the early script sets it as saved.
pub const SHORTCUT: &str = reserved::SHORTCUT_ID;
/// The presenter console's pace: the target field's description while it holds no target.
pub const CONSOLE_PACE: &str = reserved::CONSOLE_PACE_ID;
/// What the console's "Elapsed" button does (it restarts the time): its description.
pub const CONSOLE_RESTART: &str = reserved::CONSOLE_RESTART_ID;
/// The reference list's card: the article keeps its references apart from the sections.
const REFERENCES: &str = reserved::REFERENCES_ID;

/// A collapsible card: one of the article's sections, or the reference list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CardId {
    /// A section, by its id in the data file (a validated slug).
    Section(&'static str),
    References,
}

impl CardId {
    /// The card's element id, which is also its deep link's fragment.
    pub fn dom_id(self) -> &'static str {
        match self {
            Self::Section(id) => id,
            Self::References => REFERENCES,
        }
    }

    /// `#strategies`: the link that opens the card.
    pub fn href(self) -> String {
        format!("#{}", self.dom_id())
    }

    /// The card's disclosure button.
    pub fn toggle(self) -> String {
        reserved::toggle_id(self.dom_id())
    }

    /// The panel the button shows and hides.
    pub fn panel(self) -> String {
        reserved::panel_id(self.dom_id())
    }
}

/// The element id of one reference in the reference list: `ref-2`.
pub fn reference(number: u32) -> String {
    reserved::reference_id(number)
}

/// A slide's thumbnail in the deck's overview (0-based index): `deck-thumb-3`. Not a prefix the
/// data's ids can take: section ids name sections, and the deck is never shown with the page.
pub fn overview_item(index: usize) -> String {
    format!("deck-thumb-{}", index + 1)
}

/// Where a chart is drawn. A view that shows a chart more than once gives each its own scope,
/// so every id in the document stays unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The page: plain ids (`chart-narcotics`), so they read well in links.
    Page,
    /// A slide of the deck (0-based): `slide3-chart-narcotics`.
    Slide(usize),
    /// A slide's copy in the printed deck (0-based): `print3-chart-narcotics`.
    Print(usize),
}

/// The ids of one chart and of the parts that name it: the SVG, its title and description, the
/// heading, the exact value, the table and its caption.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChartIds {
    base: String,
}

impl ChartIds {
    pub fn new(figure: &Figure, scope: Scope) -> Self {
        let base = match scope {
            Scope::Page => reserved::chart_id(&figure.id),
            Scope::Slide(index) => format!("slide{}-{}", index + 1, reserved::chart_id(&figure.id)),
            Scope::Print(index) => format!("print{}-{}", index + 1, reserved::chart_id(&figure.id)),
        };
        Self { base }
    }

    /// The chart's `<figure>`.
    pub fn root(&self) -> &str {
        &self.base
    }

    /// The id of one of the chart's parts: `chart-narcotics-svg`.
    pub fn part(&self, part: ChartPart) -> String {
        reserved::chart_part_id(&self.base, part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn a_card_names_its_link_button_and_panel() {
        let card = CardId::Section("strategies");
        assert_eq!(
            (card.href(), card.toggle(), card.panel()),
            (
                "#strategies".into(),
                "strategies-toggle".into(),
                "strategies-panel".into()
            )
        );
        assert_eq!(CardId::References.href(), "#references");
    }

    #[test]
    fn a_chart_drawn_twice_gets_distinct_ids() {
        let figure = article().figure("narcotics").expect("figure exists");
        let page = ChartIds::new(figure, Scope::Page);
        let slide = ChartIds::new(figure, Scope::Slide(2));
        let other = ChartIds::new(figure, Scope::Slide(3));
        assert_eq!(page.root(), "chart-narcotics");
        assert_eq!(page.part(ChartPart::Title), "chart-narcotics-title");
        assert_eq!(slide.part(ChartPart::Svg), "slide3-chart-narcotics-svg");
        let svg = |ids: &ChartIds| ids.part(ChartPart::Svg);
        assert!(svg(&page) != svg(&slide) && svg(&slide) != svg(&other));
    }
}
