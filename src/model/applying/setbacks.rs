//! A4, setbacks: a rejection or a hard week written down — what happened, what it taught, what to try
//! next, and how the person is looking after themselves. When they say they have felt low for a long
//! time, the page says plainly that coaching is not therapy and that a doctor or a mental-health
//! professional can help; it never diagnoses.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{Id, Refusal};

pub const MAX_SETBACKS: usize = 200;
pub const MAX_SETBACK_CHARS: usize = 4_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Setback {
    pub id: Id,
    pub on: Option<NaiveDate>,
    /// The application it is about, when it is about one.
    pub application: Option<Id>,
    pub what_happened: String,
    pub learned: String,
    pub try_next: String,
    pub looking_after: String,
    pub mood: Option<Mood>,
}
saved_record!(Setback with defaults { id, on, application, what_happened, learned, try_next, looking_after, mood });

text_fields! {
    pub enum SetbackText for Setback {
        WhatHappened => what_happened,
        Learned => learned,
        TryNext => try_next,
        LookingAfter => looking_after,
    }
}

impl SetbackText {
    pub fn label(self) -> &'static str {
        match self {
            SetbackText::WhatHappened => "What happened?",
            SetbackText::Learned => "What did it teach you, about the work or about yourself?",
            SetbackText::TryNext => "What will you try next?",
            SetbackText::LookingAfter => "How are you looking after yourself this week?",
        }
    }
}

/// How the person has been feeling lately, in their own judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mood {
    Steady,
    UpAndDown,
    /// Low for weeks, not only about this: the page suggests talking to a professional.
    LowForLong,
}
saved_choice!(Mood);

impl Mood {
    pub const ALL: [Mood; 3] = [Mood::Steady, Mood::UpAndDown, Mood::LowForLong];

    pub fn key(self) -> &'static str {
        match self {
            Mood::Steady => "steady",
            Mood::UpAndDown => "up_and_down",
            Mood::LowForLong => "low_for_long",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Mood::Steady => "Mostly steady: this stung, and I am all right",
            Mood::UpAndDown => "Up and down, as a search can be",
            Mood::LowForLong => "Low for a long time, more than a couple of weeks",
        }
    }
}

impl Setback {
    /// Whether the page should say that coaching is not therapy and point to a professional.
    pub fn suggests_care(&self) -> bool {
        self.mood == Some(Mood::LowForLong)
    }
}

pub fn setback_refusal(count: usize) -> Option<Refusal> {
    let full = Refusal::Full {
        limit: MAX_SETBACKS,
        what: "setbacks written down",
        make_room: "Remove an old one first.",
    };
    crate::model::base::refusal_when_full(count, full)
}
