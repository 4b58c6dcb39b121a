//! Start (S1): who the person is to the app and the shape of their program: its length, the
//! check-in rhythm and the day it began, from which the check-ins are counted.

pub mod schedule;

use chrono::NaiveDate;
use serde::Serialize;

use super::base::limits::{range, text};
use super::base::{
    clip_chars, date_in_range, set, Check, LimitProblem, EARLIEST_YEAR, LATEST_YEAR, MAX_TEXT_CHARS,
};
use crate::model::base::saved::{saved_choice, saved_record};

pub use schedule::CheckInSchedule;

/// A program runs from a month to a year; coaching programs typically take two to six months.
pub const MIN_PROGRAM_WEEKS: u16 = 4;
pub const MAX_PROGRAM_WEEKS: u16 = 52;
pub const DEFAULT_PROGRAM_WEEKS: u16 = 12;

/// S1: who the person is to the app, and the shape of their program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// The name the app greets the person by; may stay empty.
    pub name: String,
    pub program_weeks: u16,
    pub check_in_rhythm: CheckInRhythm,
    /// The day the program began; check-ins are counted from it.
    pub started_on: Option<NaiveDate>,
}
saved_record!(Profile with defaults { name, program_weeks, check_in_rhythm, started_on });

impl Default for Profile {
    fn default() -> Self {
        Self {
            name: String::new(),
            program_weeks: DEFAULT_PROGRAM_WEEKS,
            check_in_rhythm: CheckInRhythm::default(),
            started_on: None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CheckInRhythm {
    Weekly,
    #[default]
    Fortnightly,
}
saved_choice!(CheckInRhythm);

impl CheckInRhythm {
    pub const ALL: [CheckInRhythm; 2] = [CheckInRhythm::Weekly, CheckInRhythm::Fortnightly];

    pub fn days(self) -> i64 {
        match self {
            CheckInRhythm::Weekly => 7,
            CheckInRhythm::Fortnightly => 14,
        }
    }

    /// The stable name used in the saved form and in form controls.
    pub fn key(self) -> &'static str {
        match self {
            CheckInRhythm::Weekly => "weekly",
            CheckInRhythm::Fortnightly => "fortnightly",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            CheckInRhythm::Weekly => "Every week",
            CheckInRhythm::Fortnightly => "Every two weeks",
        }
    }
}

/// An edit of the Start page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartEdit {
    SetName(String),
    SetProgramWeeks(u16),
    SetCheckInRhythm(CheckInRhythm),
    SetStartedOn(Option<NaiveDate>),
}

impl Profile {
    pub fn apply(&mut self, edit: StartEdit) -> bool {
        match edit {
            StartEdit::SetName(name) => set(&mut self.name, clip_chars(&name, MAX_TEXT_CHARS)),
            StartEdit::SetProgramWeeks(weeks) => set(
                &mut self.program_weeks,
                weeks.clamp(MIN_PROGRAM_WEEKS, MAX_PROGRAM_WEEKS),
            ),
            StartEdit::SetCheckInRhythm(rhythm) => set(&mut self.check_in_rhythm, rhythm),
            // A date outside the accepted years is refused, not stored; the UI says why.
            StartEdit::SetStartedOn(Some(day)) if !date_in_range(day) => false,
            StartEdit::SetStartedOn(date) => set(&mut self.started_on, date),
        }
    }

    /// `Ok` when every limit of the saved `profile` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        let weeks = self.program_weeks;
        range(
            "profile.program_weeks",
            (MIN_PROGRAM_WEEKS..=MAX_PROGRAM_WEEKS).contains(&weeks),
            || {
                format!("a program lasts {MIN_PROGRAM_WEEKS} to {MAX_PROGRAM_WEEKS} weeks, and this says {weeks}")
            },
        )?;
        if let Some(day) = self.started_on.filter(|day| !date_in_range(*day)) {
            return Err(LimitProblem::OutOfRange {
                path: "profile.started_on".into(),
                detail: format!("a program starts between {EARLIEST_YEAR} and {LATEST_YEAR}, and this says {day}"),
            });
        }
        text("profile.name", &self.name, MAX_TEXT_CHARS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_length_stays_within_limits() {
        let mut profile = Profile::default();
        profile.apply(StartEdit::SetProgramWeeks(1));
        assert_eq!(profile.program_weeks, MIN_PROGRAM_WEEKS);
        profile.apply(StartEdit::SetProgramWeeks(500));
        assert_eq!(profile.program_weeks, MAX_PROGRAM_WEEKS);
    }

    #[test]
    fn start_dates_outside_the_accepted_years_are_refused() {
        let mut profile = Profile::default();
        let far = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap();
        assert!(!profile.apply(StartEdit::SetStartedOn(Some(far))));
        assert_eq!(profile.started_on, None);
        let fine = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert!(profile.apply(StartEdit::SetStartedOn(Some(fine))));
        assert!(profile.apply(StartEdit::SetStartedOn(None)));
        assert_eq!(profile.check_limits(), Ok(()));
    }

    #[test]
    fn rhythm_keys_round_trip() {
        for rhythm in CheckInRhythm::ALL {
            assert_eq!(CheckInRhythm::from_key(rhythm.key()), Some(rhythm));
        }
        assert_eq!(CheckInRhythm::from_key("monthly"), None);
        let text = serde_json::to_string(&CheckInRhythm::Weekly).unwrap();
        assert_eq!(text, "\"weekly\"");
    }
}
