//! When check-ins fall (S1, P3): counted from the program's start on the chosen rhythm.

use chrono::{Duration, NaiveDate};

use super::{CheckInRhythm, Profile};
use crate::model::base::date_in_range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckInSchedule {
    pub starts: NaiveDate,
    pub weeks: u16,
    pub rhythm: CheckInRhythm,
}

impl CheckInSchedule {
    /// The schedule of a profile with a start date in the accepted years.
    pub fn of(profile: &Profile) -> Option<Self> {
        profile
            .started_on
            .filter(|day| date_in_range(*day))
            .map(|starts| Self {
                starts,
                weeks: profile.program_weeks,
                rhythm: profile.check_in_rhythm,
            })
    }

    /// The last day of the program.
    pub fn ends(&self) -> NaiveDate {
        // Checked, so that even a date at the calendar's edge cannot panic.
        self.starts
            .checked_add_signed(Duration::weeks(i64::from(self.weeks)))
            .unwrap_or(self.starts)
    }

    /// Every check-in date, the first one rhythm-length after the start, the last on or before the end.
    pub fn dates(&self) -> Vec<NaiveDate> {
        let step = Duration::days(self.rhythm.days());
        let ends = self.ends();
        std::iter::successors(self.starts.checked_add_signed(step), |date| {
            date.checked_add_signed(step)
        })
        .take_while(|date| *date <= ends)
        .collect()
    }

    /// The first check-in on or after `today`, if the program has one left.
    pub fn next_after(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.dates().into_iter().find(|date| *date >= today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn fortnightly_over_twelve_weeks_has_six_check_ins() {
        let schedule = CheckInSchedule {
            starts: day(2026, 1, 5),
            weeks: 12,
            rhythm: CheckInRhythm::Fortnightly,
        };
        let dates = schedule.dates();
        assert_eq!(dates.len(), 6);
        assert_eq!(dates[0], day(2026, 1, 19));
        assert_eq!(*dates.last().unwrap(), schedule.ends());
    }

    #[test]
    fn weekly_counts_every_week() {
        let schedule = CheckInSchedule {
            starts: day(2026, 2, 23),
            weeks: 4,
            rhythm: CheckInRhythm::Weekly,
        };
        assert_eq!(
            schedule.dates(),
            vec![
                day(2026, 3, 2),
                day(2026, 3, 9),
                day(2026, 3, 16),
                day(2026, 3, 23)
            ]
        );
    }

    #[test]
    fn next_check_in_is_today_or_later_and_none_after_the_end() {
        let schedule = CheckInSchedule {
            starts: day(2026, 1, 5),
            weeks: 4,
            rhythm: CheckInRhythm::Fortnightly,
        };
        assert_eq!(schedule.next_after(day(2026, 1, 5)), Some(day(2026, 1, 19)));
        assert_eq!(
            schedule.next_after(day(2026, 1, 19)),
            Some(day(2026, 1, 19))
        );
        assert_eq!(schedule.next_after(day(2026, 1, 20)), Some(day(2026, 2, 2)));
        assert_eq!(schedule.next_after(day(2026, 2, 3)), None);
    }

    #[test]
    fn dates_at_the_calendar_edge_do_not_panic() {
        let schedule = CheckInSchedule {
            starts: NaiveDate::MAX,
            weeks: 52,
            rhythm: CheckInRhythm::Weekly,
        };
        assert_eq!(schedule.ends(), NaiveDate::MAX);
        assert!(schedule.dates().is_empty());
        let mut profile = Profile::default();
        profile.started_on = Some(NaiveDate::MAX);
        assert_eq!(CheckInSchedule::of(&profile), None);
    }

    #[test]
    fn no_start_date_means_no_schedule() {
        assert_eq!(CheckInSchedule::of(&Profile::default()), None);
    }
}
