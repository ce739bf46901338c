//! Which cards are open: the one piece of state the cards share, changed only through [`CardAction`].

use crate::content::{Article, Block};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// The ids of the open cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCards {
    pub open: BTreeSet<String>,
    /// Every card id, so that "open all" needs no other input.
    all: Rc<Vec<String>>,
}

pub enum CardAction {
    Toggle(String),
    /// Opens the card and every card around it, as a deep link does.
    Reveal(Vec<String>),
    OpenAll,
    CloseAll,
}

impl OpenCards {
    pub fn new(article: &Article) -> Self {
        let all: Vec<String> = article
            .all_sections()
            .iter()
            .map(|s| s.id.clone())
            .chain([REFERENCES_ID.to_owned()])
            .collect();
        // The first section and every section with charts start open, so a reader lands on
        // text and sees the charts without a click.
        let open = article
            .sections
            .iter()
            .enumerate()
            .filter(|(i, s)| *i == 0 || s.blocks.iter().any(|b| matches!(b, Block::Charts(_))))
            .map(|(_, s)| s.id.clone())
            .collect();
        Self {
            open,
            all: Rc::new(all),
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(id)
    }

    pub fn all_open(&self) -> bool {
        self.open.len() == self.all.len()
    }

    fn apply(mut self, action: CardAction) -> Self {
        match action {
            CardAction::Toggle(id) => {
                if !self.open.remove(&id) && self.all.contains(&id) {
                    self.open.insert(id);
                }
            }
            CardAction::Reveal(ids) => self
                .open
                .extend(ids.into_iter().filter(|id| self.all.contains(id))),
            CardAction::OpenAll => self.open = self.all.iter().cloned().collect(),
            CardAction::CloseAll => self.open.clear(),
        }
        self
    }
}

impl Reducible for OpenCards {
    type Action = CardAction;
    fn reduce(self: Rc<Self>, action: CardAction) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// The references are a card too, though the data file keeps them apart from the sections.
pub const REFERENCES_ID: &str = "references";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    fn after(actions: Vec<CardAction>) -> OpenCards {
        actions
            .into_iter()
            .fold(OpenCards::new(article()), OpenCards::apply)
    }

    #[test]
    fn starts_with_the_first_section_and_the_charts_open() {
        let cards = after(vec![]);
        assert!(cards.is_open("overview") && cards.is_open("impact"));
        assert_eq!(cards.open.len(), 2);
    }

    #[test]
    fn toggles_open_all_and_close_all() {
        assert!(!after(vec![CardAction::Toggle("overview".into())]).is_open("overview"));
        assert!(after(vec![CardAction::Toggle("strategies".into())]).is_open("strategies"));
        let all = after(vec![CardAction::OpenAll]);
        assert!(all.all_open() && all.is_open("hezbollah") && all.is_open(REFERENCES_ID));
        assert!(
            after(vec![CardAction::OpenAll, CardAction::CloseAll])
                .open
                .is_empty()
        );
    }

    #[test]
    fn unknown_ids_are_ignored() {
        let cards = after(vec![
            CardAction::Toggle("nope".into()),
            CardAction::Reveal(vec!["<x>".into()]),
        ]);
        assert_eq!(cards.open.len(), 2);
    }
}
