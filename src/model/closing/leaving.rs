//! C3, leaving well: the things to do on the way out of a job, each ticked when done and, once it
//! has a date, a step in the plan (the workbook ties the two; this stage knows nothing of the plan).

use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::{refusal_to_add, Id, Refusal};

pub const MAX_LEAVING_ITEMS: usize = 40;
pub const MAX_LEAVING_TITLE_CHARS: usize = 200;
pub const MAX_LEAVING_NOTE_CHARS: usize = 2_000;

/// The checklist a person may start from, in the order things usually happen.
pub const DEFAULT_LEAVING: [&str; 7] = [
    "The resignation conversation with my manager",
    "The resignation letter",
    "The notice period: its last day, and what it asks of me",
    "Handover notes for whoever takes my work on",
    "References: who, and have I asked them",
    "Goodbyes and thanks to the people who mattered",
    "Benefits and pension: what I keep, move or lose",
];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LeavingItem {
    pub id: Id,
    pub title: String,
    pub done: bool,
    pub note: String,
}
saved_record!(LeavingItem with defaults { id, title, done, note });

/// Why another item called `title` would be refused, if it would.
pub fn leaving_refusal(items: &[LeavingItem], title: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Say what needs doing, for example “Return the laptop”.",
    };
    let full = Refusal::Full {
        limit: MAX_LEAVING_ITEMS,
        what: "things to do before leaving",
        make_room: "Remove one that does not apply first.",
    };
    refusal_to_add(
        title,
        items.iter().map(|i| i.title.as_str()),
        items.len(),
        empty,
        full,
    )
}
