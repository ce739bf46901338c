//! Which cards are open: one set, kept by the App and handed to every card as [`Cards`]. A
//! reader's toggle changes the set and re-renders that card alone; a change to many cards at once
//! (Open all, Close all, a deep link) is a [`CardCommand`], which changes the set's version, so
//! every card re-renders then. The set outlives the page view, so leaving present mode finds the
//! cards as they were.

use crate::content::{Article, Block};
use crate::ids::CardId;
use std::cell::RefCell;
use std::rc::Rc;

/// A change to many cards at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardCommand {
    OpenAll,
    CloseAll,
    /// Opens these cards and leaves the others as they are: a deep link's card and its parents.
    Reveal(Vec<CardId>),
}

/// The open cards: a flag for each card. (A flag per card rather than a set of the open ones: a
/// `BTreeSet` of cards cost the wasm 11.2 KB raw, 3.8 KB brotli, of tree and sorting code.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCards {
    /// Every card, so that "open all" needs no other input.
    all: Rc<[CardId]>,
    /// Whether each card of `all` is open, in the same order.
    open: Vec<bool>,
    /// How many commands the set has taken: a toggle does not count.
    version: u32,
}

impl OpenCards {
    /// The first section starts open, so that a reader lands on text, and every section with
    /// charts, so that the charts show without a click. The server renders this state, so
    /// hydration starts from it too.
    pub fn new(article: &'static Article) -> Self {
        let all: Rc<[CardId]> = article
            .all_sections()
            .into_iter()
            .map(|s| CardId::Section(&s.id))
            .chain([CardId::References])
            .collect();
        let open_at_start: Vec<CardId> = article
            .sections
            .iter()
            .enumerate()
            .filter(|(i, s)| *i == 0 || s.blocks.iter().any(|b| matches!(b, Block::Charts(_))))
            .map(|(_, s)| CardId::Section(&s.id))
            .collect();
        let open = all
            .iter()
            .map(|card| open_at_start.contains(card))
            .collect();
        Self {
            all,
            open,
            version: 0,
        }
    }

    /// The card's place in `all`, if it is a card of the page.
    fn index_of(&self, card: CardId) -> Option<usize> {
        self.all.iter().position(|known| *known == card)
    }

    /// Takes each card's state from `state_of`, where it knows one: the page as the reader left
    /// it before the app started (the early script opens and closes cards). Not a command.
    pub fn adopt(&mut self, state_of: impl Fn(CardId) -> Option<bool>) {
        for (open, &card) in self.open.iter_mut().zip(self.all.iter()) {
            if let Some(state) = state_of(card) {
                *open = state;
            }
        }
    }

    pub fn is_open(&self, card: CardId) -> bool {
        self.index_of(card).is_some_and(|at| self.open[at])
    }

    pub fn toggle(&mut self, card: CardId) {
        if let Some(at) = self.index_of(card) {
            self.open[at] = !self.open[at];
        }
    }

    pub fn apply(&mut self, command: &CardCommand) {
        self.version = self.version.wrapping_add(1);
        match command {
            CardCommand::OpenAll => self.open.fill(true),
            CardCommand::CloseAll => self.open.fill(false),
            CardCommand::Reveal(cards) => {
                for &card in cards {
                    if let Some(at) = self.index_of(card) {
                        self.open[at] = true;
                    }
                }
            }
        }
    }
}

/// The cards' view of the set: the set itself, and its version when the App last rendered, so
/// that a card's props change with every command, and only then.
#[derive(Debug, Clone)]
pub struct Cards {
    pub open: Rc<RefCell<OpenCards>>,
    version: u32,
}

impl Cards {
    pub fn new(open: Rc<RefCell<OpenCards>>) -> Self {
        let version = open.borrow().version;
        Self { open, version }
    }

    pub fn is_open(&self, card: CardId) -> bool {
        self.open.borrow().is_open(card)
    }
}

impl PartialEq for Cards {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.open, &other.open) && self.version == other.version
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    fn after(commands: &[CardCommand]) -> OpenCards {
        let mut cards = OpenCards::new(article());
        commands.iter().for_each(|c| cards.apply(c));
        cards
    }

    /// The open cards' ids, sorted.
    fn open_ids(cards: &OpenCards) -> Vec<&'static str> {
        let mut ids: Vec<_> = cards
            .all
            .iter()
            .filter(|card| cards.is_open(**card))
            .map(|card| card.dom_id())
            .collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn starts_with_the_first_section_and_the_charts_open() {
        assert_eq!(open_ids(&after(&[])), ["impact", "overview"]);
    }

    #[test]
    fn toggles_open_all_close_all_and_reveal() {
        let mut cards = after(&[]);
        cards.toggle(CardId::Section("overview"));
        cards.toggle(CardId::Section("strategies"));
        assert_eq!(open_ids(&cards), ["impact", "strategies"]);
        let all = after(&[CardCommand::OpenAll]);
        assert!(all.is_open(CardId::Section("hezbollah")) && all.is_open(CardId::References));
        assert_eq!(open_ids(&all).len(), all.all.len());
        assert!(open_ids(&after(&[CardCommand::OpenAll, CardCommand::CloseAll])).is_empty());
        let revealed = after(&[
            CardCommand::CloseAll,
            CardCommand::Reveal(vec![CardId::Section("impact"), CardId::Section("ms-13")]),
        ]);
        assert_eq!(open_ids(&revealed), ["impact", "ms-13"]);
    }

    #[test]
    fn commands_change_the_version_and_toggles_do_not() {
        let set = Rc::new(RefCell::new(OpenCards::new(article())));
        let before = Cards::new(set.clone());
        set.borrow_mut().toggle(CardId::Section("strategies"));
        assert_eq!(
            Cards::new(set.clone()),
            before,
            "a toggle re-renders its card alone"
        );
        set.borrow_mut().apply(&CardCommand::CloseAll);
        assert_ne!(
            Cards::new(set.clone()),
            before,
            "a command reaches every card"
        );
    }

    #[test]
    fn adopts_the_page_as_the_reader_left_it_without_a_command() {
        let mut cards = after(&[]);
        let before = cards.version;
        cards.adopt(|card| match card {
            CardId::Section("overview") => Some(false),
            CardId::Section("strategies") => Some(true),
            _ => None,
        });
        assert_eq!(open_ids(&cards), ["impact", "strategies"]);
        assert_eq!(cards.version, before, "adopting is not a command");
        cards.adopt(|_| None);
        assert_eq!(
            open_ids(&cards),
            ["impact", "strategies"],
            "no answer, no change"
        );
    }

    #[test]
    fn unknown_cards_are_ignored() {
        let mut cards = after(&[CardCommand::Reveal(vec![CardId::Section("<x>")])]);
        cards.toggle(CardId::Section("nope"));
        assert_eq!(open_ids(&cards), ["impact", "overview"]);
        assert!(!cards.is_open(CardId::Section("nope")) && !cards.is_open(CardId::Section("<x>")));
    }
}
