//! What can be deleted in coaching, and exact undo: an item (a card, a question, homework) of the
//! program being written, put back where it was. A program accepted from a coach is not deleted
//! item by item: another program replaces it, and the answers stay.

use crate::model::base::Id;

use super::program::RemovedItem;
use super::Coach;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An item of the draft program, by its key.
    DraftItem(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed(pub RemovedItem);

impl Removed {
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// A program's items have keys of their own, not the workbook's ids.
    pub fn ids(&self) -> Vec<Id> {
        Vec::new()
    }
}

impl Coach {
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        match target {
            Target::DraftItem(key) => self.draft.removal_of(key).map(Removed),
        }
    }

    pub fn take_away(&mut self, removed: &Removed) {
        let key = match &removed.0 {
            RemovedItem::Card(_, c) => c.key,
            RemovedItem::Question(_, q) => q.key,
            RemovedItem::Homework(_, h) => h.key,
        };
        self.draft.take(key);
    }

    pub fn put_back(&mut self, removed: Removed) -> bool {
        self.draft.put_back(removed.0)
    }
}
