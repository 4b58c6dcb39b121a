//! E5, strengths: up to five, each with a time it showed and how using it feels.

use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::{refusal_when_full, Id, Refusal};

/// "Top five strengths".
pub const MAX_STRENGTHS: usize = 5;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Strength {
    pub id: Id,
    pub name: String,
    /// "A time when…"
    pub evidence: String,
    /// How energising using it feels, 1 (draining) to 5 (energising).
    pub energy: Option<u8>,
}
saved_record!(Strength with defaults { id, name, evidence, energy });

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrengthField {
    Name(String),
    Evidence(String),
    Energy(Option<u8>),
}

/// Why another strength would be refused, if it would.
pub fn strength_refusal(strengths: &[Strength]) -> Option<Refusal> {
    let full = Refusal::Full {
        limit: MAX_STRENGTHS,
        what: "strengths",
        make_room: "A short list is the point; remove one to add another.",
    };
    refusal_when_full(strengths.len(), full)
}
