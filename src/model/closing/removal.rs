//! What can be deleted in Closing, and exact undo for each: an offer goes with its scores and gut
//! feeling; a criterion with its scores; a leaving-well item alone (a plan step made from it stays,
//! unlinked, and is tied again by the workbook when the item comes back).

use crate::model::base::matrix::{MatrixEdit, RemovedCriterion, RemovedThing};
use crate::model::base::{found, named, reinsert, Id, IdSource};

use super::{Closing, LeavingItem, Offer, MAX_LEAVING_ITEMS, MAX_OFFERS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Offer(Id),
    Criterion(Id),
    LeavingItem(Id),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    Offer {
        index: usize,
        offer: Offer,
        matrix: RemovedThing,
    },
    Criterion(RemovedCriterion),
    LeavingItem {
        index: usize,
        item: LeavingItem,
    },
}

impl Removed {
    pub fn name(&self) -> String {
        match self {
            Removed::Offer { offer, .. } => named(&offer.name, "the offer"),
            Removed::Criterion(removed) => named(&removed.criterion.name, "the criterion"),
            Removed::LeavingItem { item, .. } => named(&item.title, "the item"),
        }
    }

    pub fn ids(&self) -> Vec<Id> {
        match self {
            Removed::Offer { offer, .. } => vec![offer.id],
            Removed::Criterion(removed) => vec![removed.criterion.id],
            Removed::LeavingItem { item, .. } => vec![item.id],
        }
    }
}

impl Closing {
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        Some(match target {
            Target::Offer(id) => {
                let (index, offer) = found(&self.offers, id, |o| o.id)?;
                Removed::Offer {
                    index,
                    offer,
                    matrix: self.matrix.clone().remove_thing(id),
                }
            }
            Target::Criterion(id) => Removed::Criterion(self.matrix.removal_of_criterion(id)?),
            Target::LeavingItem(id) => found(&self.leaving, id, |i| i.id)
                .map(|(index, item)| Removed::LeavingItem { index, item })?,
        })
    }

    pub fn take_away(&mut self, removed: &Removed, ids: &mut IdSource) {
        match removed {
            Removed::Offer { offer, .. } => {
                self.offers.retain(|o| o.id != offer.id);
                self.matrix.remove_thing(offer.id);
            }
            Removed::Criterion(removed) => {
                let things = self.offer_ids();
                self.matrix.apply(
                    MatrixEdit::RemoveCriterion(removed.criterion.id),
                    &things,
                    ids,
                );
            }
            Removed::LeavingItem { item, .. } => self.leaving.retain(|i| i.id != item.id),
        }
    }

    /// Puts a removed record back at its place; never past a limit (more may have been added since),
    /// and a second "stay where I am" never.
    pub fn put_back(&mut self, removed: Removed, ids: &mut IdSource) -> bool {
        match removed {
            Removed::Offer {
                index,
                offer,
                matrix,
            } => {
                if self.offers.len() >= MAX_OFFERS
                    || (offer.stay && self.has_stay())
                    || !reinsert(&mut self.offers, index, offer, |o| o.id)
                {
                    return false;
                }
                self.matrix.restore_thing(matrix);
                true
            }
            Removed::Criterion(removed) => {
                let things = self.offer_ids();
                self.matrix
                    .apply(MatrixEdit::RestoreCriterion(removed), &things, ids)
            }
            Removed::LeavingItem { index, item } => {
                self.leaving.len() < MAX_LEAVING_ITEMS
                    && reinsert(&mut self.leaving, index, item, |i| i.id)
            }
        }
    }
}
