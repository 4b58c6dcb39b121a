//! P3, check-ins: on the rhythm chosen at the start (S1), a look back at wins, progress per goal,
//! obstacles, what works and what to change, with confidence and energy; next commitments become
//! steps. A missed check-in is simply still due: it can be done late.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::text::text_fields;
use crate::model::base::Id;
use crate::model::start::CheckInSchedule;

pub const MAX_CHECK_INS: usize = 200;
pub const MAX_CHECK_IN_CHARS: usize = 4_000;
/// Confidence and energy are rated from 1 to 10.
pub const MIN_RATING: u8 = 1;
pub const MAX_RATING: u8 = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    pub id: Id,
    /// The day it was held.
    pub on: Option<NaiveDate>,
    pub wins: String,
    pub obstacles: String,
    pub works: String,
    pub change: String,
    /// How far each goal has come, in per cent, as the person sees it.
    pub progress: Vec<GoalProgress>,
    pub confidence: Option<u8>,
    pub energy: Option<u8>,
}
saved_record!(CheckIn with defaults { id, on, wins, obstacles, works, change, progress, confidence, energy });

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct GoalProgress {
    pub goal: Id,
    pub percent: u8,
}
saved_record!(GoalProgress with defaults { goal, percent });

text_fields! {
    pub enum CheckInText for CheckIn { Wins => wins, Obstacles => obstacles, Works => works, Change => change }
}

impl CheckInText {
    pub fn label(self) -> &'static str {
        match self {
            CheckInText::Wins => "What went well since last time?",
            CheckInText::Obstacles => "What got in the way?",
            CheckInText::Works => "What is working, that you want to keep doing?",
            CheckInText::Change => "What will you do differently?",
        }
    }
}

/// The two ratings of a check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    Confidence,
    Energy,
}

impl Rating {
    pub const ALL: [Rating; 2] = [Rating::Confidence, Rating::Energy];

    pub fn get(self, check_in: &CheckIn) -> Option<u8> {
        match self {
            Rating::Confidence => check_in.confidence,
            Rating::Energy => check_in.energy,
        }
    }

    pub fn get_mut(self, check_in: &mut CheckIn) -> &mut Option<u8> {
        match self {
            Rating::Confidence => &mut check_in.confidence,
            Rating::Energy => &mut check_in.energy,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Rating::Confidence => "confidence",
            Rating::Energy => "energy",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Rating::Confidence => "Confidence in your direction",
            Rating::Energy => "Energy for it",
        }
    }
}

impl CheckIn {
    pub fn progress_of(&self, goal: Id) -> Option<u8> {
        self.progress
            .iter()
            .find(|p| p.goal == goal)
            .map(|p| p.percent)
    }
}

/// When the next check-in is due, and whether that day has passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckInDue {
    pub on: NaiveDate,
    pub late: bool,
}

/// The next check-in: one rhythm after the latest one held, or after the start when none has been.
/// Counting from the latest held (not from a fixed grid) keeps the rhythm after a late check-in and
/// after a change of rhythm midway. None before the program starts, and once the next would fall
/// after its end.
pub fn next_check_in(
    schedule: Option<CheckInSchedule>,
    check_ins: &[CheckIn],
    today: NaiveDate,
) -> Option<CheckInDue> {
    let schedule = schedule?;
    let latest = check_ins
        .iter()
        .filter_map(|c| c.on)
        .filter(|on| *on >= schedule.starts)
        .max();
    let on = latest
        .unwrap_or(schedule.starts)
        .checked_add_signed(Duration::days(schedule.rhythm.days()))?;
    (on <= schedule.ends()).then_some(CheckInDue {
        on,
        late: on < today,
    })
}

/// The check-ins still to come after `first`, on the rhythm, to the program's end: for the agenda.
pub fn check_ins_from(schedule: CheckInSchedule, first: NaiveDate) -> Vec<NaiveDate> {
    let step = Duration::days(schedule.rhythm.days());
    std::iter::successors(Some(first), |day| day.checked_add_signed(step))
        .take_while(|day| *day <= schedule.ends())
        .collect()
}

/// The check-ins in the order they were held (undated last), for the timeline and the chart.
pub fn in_time_order(check_ins: &[CheckIn]) -> Vec<&CheckIn> {
    let mut ordered: Vec<&CheckIn> = check_ins.iter().collect();
    ordered.sort_by_key(|c| (c.on.is_none(), c.on));
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::start::CheckInRhythm;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn schedule(starts: NaiveDate, rhythm: CheckInRhythm) -> Option<CheckInSchedule> {
        Some(CheckInSchedule {
            starts,
            weeks: 12,
            rhythm,
        })
    }

    fn held(on: NaiveDate) -> CheckIn {
        CheckIn {
            on: Some(on),
            ..CheckIn::default()
        }
    }

    #[test]
    fn the_first_check_in_is_one_rhythm_after_the_start_even_at_month_ends() {
        let due = next_check_in(
            schedule(day(2027, 1, 31), CheckInRhythm::Fortnightly),
            &[],
            day(2027, 2, 1),
        )
        .unwrap();
        assert_eq!(
            due,
            CheckInDue {
                on: day(2027, 2, 14),
                late: false
            }
        );
        // Over a leap day.
        let due = next_check_in(
            schedule(day(2028, 2, 22), CheckInRhythm::Weekly),
            &[],
            day(2028, 2, 22),
        )
        .unwrap();
        assert_eq!(due.on, day(2028, 2, 29));
        let due = next_check_in(
            schedule(day(2028, 2, 29), CheckInRhythm::Weekly),
            &[],
            day(2028, 2, 29),
        )
        .unwrap();
        assert_eq!(due.on, day(2028, 3, 7));
        assert_eq!(
            next_check_in(None, &[], day(2028, 3, 7)),
            None,
            "no program, no check-ins"
        );
    }

    #[test]
    fn a_missed_check_in_stays_due_and_late_until_it_is_done() {
        let starts = day(2026, 11, 2);
        let due = next_check_in(
            schedule(starts, CheckInRhythm::Weekly),
            &[],
            day(2026, 11, 20),
        )
        .unwrap();
        assert_eq!(
            due,
            CheckInDue {
                on: day(2026, 11, 9),
                late: true
            }
        );
        // Done late, on the 20th: the next is a week after that, not on the old grid.
        let due = next_check_in(
            schedule(starts, CheckInRhythm::Weekly),
            &[held(day(2026, 11, 20))],
            day(2026, 11, 20),
        )
        .unwrap();
        assert_eq!(
            due,
            CheckInDue {
                on: day(2026, 11, 27),
                late: false
            }
        );
    }

    #[test]
    fn a_change_of_rhythm_midway_counts_from_the_latest_check_in() {
        let starts = day(2026, 1, 5);
        let check_ins = [held(day(2026, 1, 12)), held(day(2026, 1, 19))];
        let weekly = next_check_in(
            schedule(starts, CheckInRhythm::Weekly),
            &check_ins,
            day(2026, 1, 20),
        )
        .unwrap();
        assert_eq!(weekly.on, day(2026, 1, 26));
        let fortnightly = next_check_in(
            schedule(starts, CheckInRhythm::Fortnightly),
            &check_ins,
            day(2026, 1, 20),
        )
        .unwrap();
        assert_eq!(fortnightly.on, day(2026, 2, 2));
        // A check-in written before the program's (re)start does not count.
        let early = [held(day(2025, 12, 1))];
        assert_eq!(
            next_check_in(schedule(starts, CheckInRhythm::Weekly), &early, starts)
                .unwrap()
                .on,
            day(2026, 1, 12)
        );
    }

    #[test]
    fn none_is_due_after_the_program_ends_and_the_agenda_stops_there() {
        let starts = day(2026, 1, 5);
        let s = schedule(starts, CheckInRhythm::Fortnightly).unwrap();
        assert_eq!(s.ends(), day(2026, 3, 30));
        assert_eq!(
            next_check_in(Some(s), &[held(day(2026, 3, 30))], day(2026, 3, 30)),
            None
        );
        let rest = check_ins_from(s, day(2026, 3, 2));
        assert_eq!(rest, [day(2026, 3, 2), day(2026, 3, 16), day(2026, 3, 30)]);
    }

    #[test]
    fn the_timeline_runs_by_date_with_undated_last() {
        let list = [
            held(day(2026, 2, 1)),
            CheckIn::default(),
            held(day(2026, 1, 1)),
        ];
        let order: Vec<Option<NaiveDate>> = in_time_order(&list).iter().map(|c| c.on).collect();
        assert_eq!(order, [Some(day(2026, 1, 1)), Some(day(2026, 2, 1)), None]);
    }
}
