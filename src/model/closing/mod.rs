//! Stage 5, Closing (C1–C4): the offers compared (staying where one is among them) with the same
//! score matrix as the career options, a negotiation plan per offer, leaving the old job well, and
//! the celebration. It reads Exploration (the top values offered as criteria), Diving deeper and
//! Applying (the application an offer came from).

pub mod celebration;
pub mod leaving;
pub mod offers;
pub mod removal;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::applying::Applying;
use crate::model::base::limits::{count, date, range, text};
use crate::model::base::matrix::{MatrixEdit, ScoreMatrix};
use crate::model::base::saved::saved_record;
use crate::model::base::{clip_chars, date_in_range, set, Check, Id, IdSource, Link};

pub use celebration::{Celebration, CelebrationText, MAX_CELEBRATION_CHARS};
pub use leaving::{
    leaving_refusal, LeavingItem, DEFAULT_LEAVING, MAX_LEAVING_ITEMS, MAX_LEAVING_NOTE_CHARS,
    MAX_LEAVING_TITLE_CHARS,
};
pub use offers::{
    amount_text, commute_hours, compensation, money_order, negotiation_note, offer_refusal,
    Compensation, MoneyOrder, Negotiation, NegotiationText, Offer, OfferNumber, OfferText,
    MAX_CURRENCY_CHARS, MAX_OFFERS, MAX_OFFER_NAME_CHARS, MAX_OFFER_TEXT_CHARS,
};
pub use removal::{Removed, Target};

/// The criteria the offer matrix starts with, each phrased so that a higher score is better. The top
/// values from the card sort are offered beside them.
pub const OFFER_CRITERIA: [&str; 7] = [
    "Total pay and benefits",
    "Fits my top values",
    "The work itself",
    "Room to grow",
    "The people and the manager",
    "Commute and flexibility",
    "Security",
];

/// The offer criteria, as [`ClosingEdit::AddOffer`] takes them.
pub fn offer_criteria() -> Vec<String> {
    OFFER_CRITERIA.iter().map(|c| (*c).to_string()).collect()
}

/// The default leaving-well checklist, as [`ClosingEdit::StartLeaving`] takes it.
pub fn leaving_checklist() -> Vec<String> {
    DEFAULT_LEAVING.iter().map(|c| (*c).to_string()).collect()
}

/// What "stay where I am" is called when it is added in one action.
pub const STAY_NAME: &str = "Stay where I am";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Closing {
    pub offers: Vec<Offer>,
    /// The offers scored (C1): the same matrix as the career options', its things the offers.
    pub matrix: ScoreMatrix,
    pub leaving: Vec<LeavingItem>,
    pub celebration: Celebration,
}
saved_record!(Closing with defaults { offers, matrix, leaving, celebration });

/// The stages Closing reads: what an offer may point to.
#[derive(Clone, Copy)]
pub struct Earlier<'a> {
    pub applying: &'a Applying,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClosingEdit {
    /// An offer; with `stay`, the job the person has now, to compare against (one at most). The
    /// first offer of an untouched matrix brings `criteria` with it (the page sends
    /// [`OFFER_CRITERIA`], so their words load with the page).
    AddOffer {
        name: String,
        stay: bool,
        criteria: Vec<String>,
    },
    SetOfferName(Id, String),
    SetCurrency(Id, String),
    SetNumber(Id, OfferNumber, Option<u64>),
    SetOfferText(Id, OfferText, String),
    SetNegotiationText(Id, NegotiationText, String),
    SetStartOn(Id, Option<NaiveDate>),
    SetOfferApplication(Id, Option<Id>),
    OfferMatrix(MatrixEdit),
    /// A leaving-well checklist of these items (the page sends [`DEFAULT_LEAVING`]), when there is
    /// none yet.
    StartLeaving(Vec<String>),
    AddLeavingItem(String),
    SetLeavingTitle(Id, String),
    SetLeavingNote(Id, String),
    /// Ticks an item; the workbook ticks its plan step with it, done `today`.
    TickLeaving {
        item: Id,
        done: bool,
        today: NaiveDate,
    },
    SetCelebrationText(CelebrationText, String),
    SetNextCheckIn(Option<NaiveDate>),
}

impl Closing {
    pub fn offer(&self, id: Id) -> Option<&Offer> {
        self.offers.iter().find(|o| o.id == id)
    }

    fn offer_mut(&mut self, id: Id) -> Option<&mut Offer> {
        self.offers.iter_mut().find(|o| o.id == id)
    }

    pub fn offer_ids(&self) -> Vec<Id> {
        self.offers.iter().map(|o| o.id).collect()
    }

    pub fn leaving_item(&self, id: Id) -> Option<&LeavingItem> {
        self.leaving.iter().find(|i| i.id == id)
    }

    fn leaving_mut(&mut self, id: Id) -> Option<&mut LeavingItem> {
        self.leaving.iter_mut().find(|i| i.id == id)
    }

    pub fn has_stay(&self) -> bool {
        self.offers.iter().any(|o| o.stay)
    }

    pub fn apply(&mut self, edit: ClosingEdit, earlier: Earlier, ids: &mut IdSource) -> bool {
        use ClosingEdit as E;
        match edit {
            E::AddOffer {
                name,
                stay,
                criteria,
            } => {
                let name = clip_chars(name.trim(), MAX_OFFER_NAME_CHARS);
                if offer_refusal(&self.offers, &name).is_some() || (stay && self.has_stay()) {
                    return false;
                }
                if self.offers.is_empty() && self.matrix == ScoreMatrix::default() {
                    for name in criteria {
                        self.matrix.apply(MatrixEdit::AddCriterion(name), &[], ids);
                    }
                }
                // The currency of the offers before it, as offers are usually in one.
                let currency = self
                    .offers
                    .last()
                    .map(|o| o.currency.clone())
                    .unwrap_or_default();
                self.offers.push(Offer {
                    id: ids.next(),
                    name,
                    stay,
                    currency,
                    ..Offer::default()
                });
                true
            }
            E::SetOfferName(id, name) => {
                let name = clip_chars(&name, MAX_OFFER_NAME_CHARS);
                !name.trim().is_empty()
                    && self.offer_mut(id).is_some_and(|o| set(&mut o.name, name))
            }
            E::SetCurrency(id, currency) => {
                let currency = clip_chars(&currency, MAX_CURRENCY_CHARS);
                self.offer_mut(id)
                    .is_some_and(|o| set(&mut o.currency, currency))
            }
            E::SetNumber(_, field, Some(value)) if !field.accepts(value) => false,
            E::SetNumber(id, field, value) => self
                .offer_mut(id)
                .is_some_and(|o| set(field.get_mut(o), value)),
            E::SetOfferText(id, field, value) => {
                let value = clip_chars(&value, field.limit());
                self.offer_mut(id)
                    .is_some_and(|o| set(field.get_mut(o), value))
            }
            E::SetNegotiationText(id, field, value) => {
                let value = clip_chars(&value, MAX_OFFER_TEXT_CHARS);
                self.offer_mut(id)
                    .is_some_and(|o| set(field.get_mut(&mut o.negotiation), value))
            }
            E::SetStartOn(_, Some(day)) if !date_in_range(day) => false,
            E::SetStartOn(id, day) => self
                .offer_mut(id)
                .is_some_and(|o| set(&mut o.start_on, day)),
            E::SetOfferApplication(_, Some(app)) if earlier.applying.application(app).is_none() => {
                false
            }
            E::SetOfferApplication(id, app) => self
                .offer_mut(id)
                .is_some_and(|o| set(&mut o.application, app)),
            E::OfferMatrix(edit) => {
                let things = self.offer_ids();
                self.matrix.apply(edit, &things, ids)
            }
            E::StartLeaving(items) => {
                if !self.leaving.is_empty() {
                    return false;
                }
                for title in items {
                    let title = clip_chars(title.trim(), MAX_LEAVING_TITLE_CHARS);
                    if leaving_refusal(&self.leaving, &title).is_none() {
                        self.leaving.push(LeavingItem {
                            id: ids.next(),
                            title,
                            ..LeavingItem::default()
                        });
                    }
                }
                !self.leaving.is_empty()
            }
            E::AddLeavingItem(title) => {
                let title = clip_chars(title.trim(), MAX_LEAVING_TITLE_CHARS);
                if leaving_refusal(&self.leaving, &title).is_some() {
                    return false;
                }
                self.leaving.push(LeavingItem {
                    id: ids.next(),
                    title,
                    ..LeavingItem::default()
                });
                true
            }
            E::SetLeavingTitle(id, title) => {
                let title = clip_chars(&title, MAX_LEAVING_TITLE_CHARS);
                !title.trim().is_empty()
                    && self
                        .leaving_mut(id)
                        .is_some_and(|i| set(&mut i.title, title))
            }
            E::SetLeavingNote(id, note) => {
                let note = clip_chars(&note, MAX_LEAVING_NOTE_CHARS);
                self.leaving_mut(id).is_some_and(|i| set(&mut i.note, note))
            }
            E::TickLeaving { item, done, today } => {
                date_in_range(today)
                    && self
                        .leaving_mut(item)
                        .is_some_and(|i| set(&mut i.done, done))
            }
            E::SetCelebrationText(field, value) => {
                let value = clip_chars(&value, MAX_CELEBRATION_CHARS);
                set(field.get_mut(&mut self.celebration), value)
            }
            E::SetNextCheckIn(Some(day)) if !date_in_range(day) => false,
            E::SetNextCheckIn(day) => set(&mut self.celebration.next_check_in, day),
        }
    }

    pub fn ids(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = self.offers.iter().map(|o| o.id).collect();
        ids.extend(self.matrix.criteria.iter().map(|c| c.id));
        ids.extend(self.leaving.iter().map(|i| i.id));
        ids
    }

    /// `Ok` when every limit of the saved `closing` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        count("closing.offers", self.offers.len(), MAX_OFFERS, "offers")?;
        range(
            "closing.offers",
            self.offers.iter().filter(|o| o.stay).count() <= 1,
            || "only one offer can be staying where you are, and this has more".into(),
        )?;
        for (i, o) in self.offers.iter().enumerate() {
            let at = |field: &str| format!("closing.offers[{i}].{field}");
            range(at("name"), !o.name.trim().is_empty(), || {
                "an offer needs a name, and this has none".into()
            })?;
            text(at("name"), &o.name, MAX_OFFER_NAME_CHARS)?;
            text(at("currency"), &o.currency, MAX_CURRENCY_CHARS)?;
            for field in OfferNumber::ALL {
                if let Some(value) = field.get(o) {
                    range(at(field.key()), field.accepts(value), || {
                        let (min, max) = field.range();
                        format!("this goes from {min} to {max}, and this says {value}")
                    })?;
                }
            }
            date(at("start_on"), o.start_on)?;
            for field in OfferText::ALL {
                text(at(field.key()), field.get(o), field.limit())?;
            }
            for field in NegotiationText::ALL {
                text(
                    at(&format!("negotiation.{}", field.key())),
                    field.get(&o.negotiation),
                    MAX_OFFER_TEXT_CHARS,
                )?;
            }
        }
        self.matrix.check_limits("closing.matrix")?;
        count(
            "closing.leaving",
            self.leaving.len(),
            MAX_LEAVING_ITEMS,
            "things to do before leaving",
        )?;
        for (i, item) in self.leaving.iter().enumerate() {
            range(
                format!("closing.leaving[{i}].title"),
                !item.title.trim().is_empty(),
                || "an item needs words, and this has none".into(),
            )?;
            text(
                format!("closing.leaving[{i}].title"),
                &item.title,
                MAX_LEAVING_TITLE_CHARS,
            )?;
            text(
                format!("closing.leaving[{i}].note"),
                &item.note,
                MAX_LEAVING_NOTE_CHARS,
            )?;
        }
        for field in CelebrationText::ALL {
            text(
                format!("closing.celebration.{}", field.key()),
                field.get(&self.celebration),
                MAX_CELEBRATION_CHARS,
            )?;
        }
        date(
            "closing.celebration.next_check_in".into(),
            self.celebration.next_check_in,
        )
    }

    /// Clears links to records that do not exist, and scores of offers or criteria that do not.
    pub fn normalise(&mut self, earlier: Earlier) {
        for o in &mut self.offers {
            if o.application
                .is_some_and(|a| earlier.applying.application(a).is_none())
            {
                o.application = None;
            }
        }
        let things = self.offer_ids();
        self.matrix.keep_only(&things);
        self.matrix.tidy();
    }

    /// The links this stage holds to any of `gone`.
    pub fn links_to(&self, gone: &[Id]) -> Vec<Link> {
        self.offers
            .iter()
            .filter_map(|o| {
                o.application
                    .filter(|a| gone.contains(a))
                    .map(|to| Link { from: o.id, to })
            })
            .collect()
    }

    pub fn unlink(&mut self, gone: &[Id]) {
        for o in &mut self.offers {
            if o.application.is_some_and(|a| gone.contains(&a)) {
                o.application = None;
            }
        }
    }

    pub fn relink(&mut self, links: &[Link], earlier: Earlier) {
        for link in links {
            if earlier.applying.application(link.to).is_none() {
                continue;
            }
            if let Some(o) = self.offer_mut(link.from) {
                if o.application.is_none() {
                    o.application = Some(link.to);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
