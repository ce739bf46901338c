//! Which view the URL asks for. Every hash, however malformed, gives an answer; never a panic.
//!
//! - `#/slide/N`: the deck, at slide N (1-based). Any `#/slide/…` that names no slide of the
//!   deck (0, 9999, text) opens the first; a trailing slash (`#/slide/4/`) is the same slide.
//! - `#/console/N`: the presenter console at slide N, in the window the deck opened for it; the
//!   same rules for N.
//! - anything else: the page. A page hash that names a card (`#ms-13`) opens that card and
//!   the cards around it; one that names a chart (`#chart-narcotics`) opens the cards around it
//!   and shows the chart, or its table (`#chart-narcotics-table`); one that names nothing is
//!   ignored.

use crate::content::Article;
use crate::ids::{CardId, ChartIds, ChartPart, Scope};

/// The view on screen. The App renders by matching on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The article as cards, tiles and charts.
    Page,
    /// Present mode: one slide at a time.
    Deck(SlideRequest),
    /// The presenter console, in a window of its own: the slide, the next one, notes and time.
    Console(SlideRequest),
}

/// The slide a URL asks for, as written (1-based), if it is a number at all. Which slide that
/// is depends on the deck's length: see [`SlideRequest::index`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlideRequest(Option<usize>);

impl SlideRequest {
    /// The 0-based slide for a deck of `count` slides: the one asked for, or the first.
    pub fn index(self, count: usize) -> usize {
        self.0
            .filter(|n| (1..=count).contains(n))
            .map_or(0, |n| n - 1)
    }
}

/// The prefix of a slide's hash: `#/slide/4` is the fourth slide.
pub const SLIDE_PREFIX: &str = "#/slide/";
/// The prefix of the presenter console's hash: `#/console/4` shows the fourth slide.
pub const CONSOLE_PREFIX: &str = "#/console/";

/// Hashes longer than this name nothing here, and are not decoded.
const MAX_HASH: usize = 200;

impl Mode {
    /// The view a URL hash (with its `#`, or empty) asks for.
    pub fn from_hash(hash: &str) -> Self {
        // A trailing slash, as an address pasted or typed may carry, names the same slide.
        let request =
            |number: &str| SlideRequest(number.strip_suffix('/').unwrap_or(number).parse().ok());
        if let Some(number) = hash.strip_prefix(SLIDE_PREFIX) {
            Mode::Deck(request(number))
        } else if let Some(number) = hash.strip_prefix(CONSOLE_PREFIX) {
            Mode::Console(request(number))
        } else {
            Mode::Page
        }
    }

    /// The slide a presenting view shows, for a deck of `count` slides; `None` on the page.
    pub fn slide(self, count: usize) -> Option<usize> {
        match self {
            Mode::Deck(request) | Mode::Console(request) => Some(request.index(count)),
            Mode::Page => None,
        }
    }

    /// The hash of slide `index` (0-based) in this view: the page presents as the deck.
    pub fn hash_of(self, index: usize) -> String {
        match self {
            Mode::Console(_) => console_hash(index),
            Mode::Deck(_) | Mode::Page => slide_hash(index),
        }
    }
}

/// The hash of a slide (0-based index).
pub fn slide_hash(index: usize) -> String {
    format!("{SLIDE_PREFIX}{}", index + 1)
}

/// The presenter console's hash at a slide (0-based index).
pub fn console_hash(index: usize) -> String {
    format!("{CONSOLE_PREFIX}{}", index + 1)
}

/// What a page hash links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    /// A card: `#strategies`.
    Card(CardId),
    /// A chart, shown as a chart or as its table: `#chart-narcotics`, `#chart-narcotics-table`.
    Chart { figure: &'static str, table: bool },
}

/// A page link: what it names, and the cards to open for it, outermost first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeepLink {
    pub target: LinkTarget,
    pub cards: Vec<CardId>,
}

impl LinkTarget {
    /// The page hash that links here: `#strategies`, `#chart-narcotics-table`.
    pub fn hash(self, article: &Article) -> String {
        match self {
            LinkTarget::Card(card) => card.href(),
            LinkTarget::Chart { figure, table } => {
                let Some(figure) = article.figure(figure) else {
                    return String::new();
                };
                let ids = ChartIds::new(figure, Scope::Page);
                let id = if table {
                    ids.part(ChartPart::Table)
                } else {
                    ids.root().to_owned()
                };
                format!("#{id}")
            }
        }
    }
}

/// What a page hash such as `#ms-13` or `#chart-narcotics` links to, with the cards to open.
pub fn deep_link(article: &'static Article, hash: &str) -> Option<DeepLink> {
    let id = decode(hash.strip_prefix('#').unwrap_or(hash))?;
    if id == CardId::References.dom_id() {
        return Some(DeepLink {
            target: LinkTarget::Card(CardId::References),
            cards: vec![CardId::References],
        });
    }
    let cards = |section: &str| -> Option<Vec<CardId>> {
        let trail = article.section_path(section)?;
        Some(trail.into_iter().map(|s| CardId::Section(&s.id)).collect())
    };
    if let Some(cards) = cards(&id) {
        let target = LinkTarget::Card(*cards.last()?);
        return Some(DeepLink { target, cards });
    }
    article.charts().into_iter().find_map(|(section, figure)| {
        let ids = ChartIds::new(figure, Scope::Page);
        let table = if id == ids.root() {
            false
        } else if id == ids.part(ChartPart::Table) {
            true
        } else {
            return None;
        };
        Some(DeepLink {
            target: LinkTarget::Chart {
                figure: &figure.id,
                table,
            },
            cards: cards(&section.id)?,
        })
    })
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

    fn deck_index(hash: &str, count: usize) -> Option<usize> {
        match Mode::from_hash(hash) {
            Mode::Deck(request) => Some(request.index(count)),
            Mode::Console(_) | Mode::Page => None,
        }
    }

    #[test]
    fn every_form_of_hash_names_a_view() {
        for page in [
            "",
            "#",
            "#strategies",
            "#references",
            "#/slides/2",
            "#/slide",
            "#%2Fslide%2F2",
            "/slide/2",
        ] {
            assert_eq!(Mode::from_hash(page), Mode::Page, "{page}");
        }
        assert_eq!(deck_index(&slide_hash(3), 10), Some(3));
        assert_eq!(deck_index("#/slide/1", 10), Some(0));
        assert_eq!(deck_index("#/slide/10", 10), Some(9));
        assert_eq!(deck_index("#/slide/10/", 10), Some(9), "a trailing slash");
        let console = Mode::from_hash("#/console/3");
        assert_eq!(console, Mode::Console(SlideRequest(Some(3))));
        assert_eq!(
            (console.slide(10), console.hash_of(3)),
            (Some(2), "#/console/4".into())
        );
        assert_eq!(Mode::from_hash("#/console/x").slide(10), Some(0));
        assert_eq!(Mode::Page.slide(10), None);
    }

    #[test]
    fn a_slide_hash_that_names_no_slide_opens_the_first() {
        for bad in [
            "#/slide/0",
            "#/slide/11",
            "#/slide/9999",
            "#/slide/99999999999999999999999",
            "#/slide/",
            "#/slide/x",
            "#/slide/-1",
            "#/slide/1e3",
            "#/slide/ 2",
            "#/slide/2/3",
            "#/slide/2//",
            "#/slide//",
        ] {
            assert_eq!(deck_index(bad, 10), Some(0), "{bad}");
        }
        assert_eq!(
            deck_index("#/slide/3", 0),
            Some(0),
            "an empty deck still answers"
        );
    }

    fn cards_for_hash(a: &'static Article, hash: &str) -> Option<Vec<CardId>> {
        deep_link(a, hash).map(|link| link.cards)
    }

    #[test]
    fn a_section_hash_opens_it_and_its_parents() {
        let a = article();
        let section = |id| CardId::Section(id);
        assert_eq!(
            cards_for_hash(a, "#strategies"),
            Some(vec![section("strategies")])
        );
        assert_eq!(
            cards_for_hash(a, "#ms-13"),
            Some(vec![section("impact"), section("ms-13")])
        );
        assert_eq!(
            cards_for_hash(a, "#%6Ds-13"),
            Some(vec![section("impact"), section("ms-13")])
        );
        assert_eq!(
            cards_for_hash(a, "#references"),
            Some(vec![CardId::References])
        );
    }

    #[test]
    fn a_chart_hash_opens_its_card_as_a_chart_or_a_table() {
        let a = article();
        for (hash, table) in [
            ("#chart-narcotics", false),
            ("#chart-narcotics-table", true),
        ] {
            let link = deep_link(a, hash).expect("a chart link");
            let target = LinkTarget::Chart {
                figure: "narcotics",
                table,
            };
            assert_eq!(link.target, target);
            assert_eq!(target.hash(a), hash, "the link round-trips");
            let card = link.cards.last().expect("a card holds the chart");
            let section = a.section_path(card.dom_id()).expect("a section");
            assert!(
                a.charts()
                    .iter()
                    .any(|(s, f)| s.id == card.dom_id() && f.id == "narcotics"),
                "{section:?}"
            );
        }
        for other in [
            "#chart-narcotics-svg",
            "#chart-nope",
            "#chart-narcotics-table-x",
        ] {
            assert_eq!(deep_link(a, other), None, "{other}");
        }
    }

    #[test]
    fn every_chart_has_a_link() {
        let a = article();
        for (_, figure) in a.charts() {
            let target = LinkTarget::Chart {
                figure: &figure.id,
                table: false,
            };
            assert_eq!(
                deep_link(a, &target.hash(a)).map(|l| l.target),
                Some(target)
            );
        }
    }

    #[test]
    fn bad_hashes_name_no_card() {
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
