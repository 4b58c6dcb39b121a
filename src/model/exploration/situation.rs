//! E1, the current situation: the role and its setting, past roles, likes and dislikes, and "from
//! feeling to reasons".

use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::text::text_fields;
use crate::model::base::{refusal_when_full, Id, Refusal, MAX_TEXT_CHARS};

/// The limit of a one-line answer about oneself (a role, a strength, a skill).
pub const MAX_SHORT: usize = 200;
pub const MAX_PAST_ROLES: usize = 30;
pub const MAX_FEELINGS: usize = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Situation {
    pub role: String,
    pub organisation: String,
    pub tenure: String,
    pub education: String,
    pub past_roles: Vec<PastRole>,
    pub structure: String,
    pub culture: String,
    pub key_people: String,
    pub likes: String,
    pub dislikes: String,
    pub feelings: Vec<FeelingToReasons>,
}
saved_record!(Situation with defaults {
    role, organisation, tenure, education, past_roles, structure, culture, key_people, likes, dislikes,
    feelings
});

text_fields! {
    /// The free-text parts of where the person stands now.
    pub enum SituationText for Situation {
        Role => role,
        Organisation => organisation,
        Tenure => tenure,
        Education => education,
        Structure => structure,
        Culture => culture,
        KeyPeople => key_people,
        Likes => likes,
        Dislikes => dislikes,
    }
}

impl SituationText {
    /// Short answers are one line; the rest are reflections.
    pub fn limit(self) -> usize {
        match self {
            SituationText::Role | SituationText::Organisation | SituationText::Tenure => MAX_SHORT,
            _ => MAX_TEXT_CHARS,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PastRole {
    pub id: Id,
    pub title: String,
    pub organisation: String,
    pub years: String,
}
saved_record!(PastRole with defaults { id, title, organisation, years });

/// A feeling ("I dread Mondays") and the reasons it turns into, once looked at.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FeelingToReasons {
    pub id: Id,
    pub feeling: String,
    pub reasons: String,
}
saved_record!(FeelingToReasons with defaults { id, feeling, reasons });

/// The guiding questions between a feeling and its reasons.
pub const FEELING_QUESTIONS: [&str; 4] = [
    "What exactly happens when you feel this way? Where are you, who is there?",
    "Since when have you felt it? What changed around then?",
    "Which of your values does it touch?",
    "If a friend said this to you, what would you ask them?",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PastRoleField {
    Title(String),
    Organisation(String),
    Years(String),
}

/// Why another past role would be refused, if it would.
pub fn past_role_refusal(situation: &Situation) -> Option<Refusal> {
    let full = Refusal::Full {
        limit: MAX_PAST_ROLES,
        what: "past roles",
        make_room: "Remove or merge one to add another.",
    };
    refusal_when_full(situation.past_roles.len(), full)
}

/// Why another feeling would be refused, if it would.
pub fn feeling_refusal(situation: &Situation) -> Option<Refusal> {
    let full = Refusal::Full {
        limit: MAX_FEELINGS,
        what: "feelings to look into",
        make_room: "Remove one you have made sense of to add another.",
    };
    refusal_when_full(situation.feelings.len(), full)
}
