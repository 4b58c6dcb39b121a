//! E3, the parking lot of "buts": a barrier noted in one action from any page, kept for later, when
//! it can be marked addressed or linked from a risk (R4). Ids are stable so links stay true.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::{clip_chars, date_in_range, set, Id, IdSource, MAX_TEXT_CHARS};

pub const MAX_BUTS: usize = 200;
pub const MAX_BUT_CHARS: usize = 1_000;
pub const MAX_PAGE_CHARS: usize = 40;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct But {
    pub id: Id,
    pub text: String,
    /// The page it was parked from (its title), so the person remembers the context.
    pub parked_from: String,
    pub parked_on: Option<NaiveDate>,
    pub addressed: bool,
    /// What could be done about it: a question to research, an if-then plan.
    pub note: String,
}
saved_record!(But with defaults { id, text, parked_from, parked_on, addressed, note });

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ButEdit {
    Park {
        text: String,
        parked_from: String,
        today: NaiveDate,
    },
    SetText(Id, String),
    SetNote(Id, String),
    SetAddressed(Id, bool),
}

pub fn apply_but_edit(buts: &mut Vec<But>, edit: ButEdit, ids: &mut IdSource) -> bool {
    match edit {
        ButEdit::Park {
            text,
            parked_from,
            today,
        } => {
            let text = clip_chars(text.trim(), MAX_BUT_CHARS);
            if text.is_empty() || buts.len() >= MAX_BUTS {
                return false;
            }
            buts.push(But {
                id: ids.next(),
                text,
                parked_from: clip_chars(&parked_from, MAX_PAGE_CHARS),
                parked_on: Some(today).filter(|d| date_in_range(*d)),
                addressed: false,
                note: String::new(),
            });
            true
        }
        ButEdit::SetText(id, text) => {
            let text = clip_chars(&text, MAX_BUT_CHARS);
            buts.iter_mut()
                .find(|b| b.id == id)
                .is_some_and(|b| set(&mut b.text, text))
        }
        ButEdit::SetNote(id, note) => {
            let note = clip_chars(&note, MAX_TEXT_CHARS);
            buts.iter_mut()
                .find(|b| b.id == id)
                .is_some_and(|b| set(&mut b.note, note))
        }
        ButEdit::SetAddressed(id, addressed) => buts
            .iter_mut()
            .find(|b| b.id == id)
            .is_some_and(|b| set(&mut b.addressed, addressed)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_but_is_parked_with_its_context_and_kept_apart() {
        let mut buts = Vec::new();
        let mut ids = IdSource::starting_at(7);
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let park = |text: &str| ButEdit::Park {
            text: text.into(),
            parked_from: "Diving deeper".into(),
            today,
        };
        assert!(!apply_but_edit(&mut buts, park("   "), &mut ids));
        assert!(apply_but_edit(
            &mut buts,
            park(" But I have a mortgage "),
            &mut ids
        ));
        assert_eq!(buts[0].text, "But I have a mortgage");
        assert_eq!(buts[0].id, Id(7));
        assert_eq!(buts[0].parked_on, Some(today));
        assert!(apply_but_edit(
            &mut buts,
            ButEdit::SetAddressed(Id(7), true),
            &mut ids
        ));
        assert!(!apply_but_edit(
            &mut buts,
            ButEdit::SetAddressed(Id(7), true),
            &mut ids
        ));
        assert!(apply_but_edit(
            &mut buts,
            ButEdit::SetNote(Id(7), "Ask about part-time".into()),
            &mut ids
        ));
        assert!(!apply_but_edit(
            &mut buts,
            ButEdit::SetNote(Id(99), "x".into()),
            &mut ids
        ));
    }
}
