//! N4, networking goals: "two conversations a week", counted from the conversations logged, so
//! progress is never typed in twice. Weeks are ISO weeks (Monday to Sunday).

use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::Id;

use super::conversations::{Channel, Interaction};

pub const MAX_GOALS: usize = 10;
pub const MIN_COUNT: u8 = 1;
pub const MAX_COUNT: u8 = 50;
/// How many periods the chart shows, the current one last.
pub const CHART_PERIODS: usize = 8;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NetworkingGoal {
    pub id: Id,
    /// How many conversations per period.
    pub count: u8,
    pub period: Period,
    /// Only conversations of this kind count; `None` counts every kind.
    pub channel: Option<Channel>,
}
saved_record!(NetworkingGoal with defaults { id, count, period, channel });

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    Week,
    Month,
}
saved_choice!(Period);

impl Period {
    pub const ALL: [Period; 2] = [Period::Week, Period::Month];

    pub fn key(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Period::Week => "a week",
            Period::Month => "a month",
        }
    }

    /// The first day of the period `day` falls in: its ISO week's Monday, or its month's first day.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
            Period::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// The first day of the period before the one starting on `start`.
    fn before(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => start - Duration::days(7),
            Period::Month => start.checked_sub_months(Months::new(1)).unwrap_or(start),
        }
    }

    fn after(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => start + Duration::days(7),
            Period::Month => start.checked_add_months(Months::new(1)).unwrap_or(start),
        }
    }
}

impl NetworkingGoal {
    /// "2 conversations a week", "1 call a month".
    pub fn describe(&self) -> String {
        let what = match (self.channel, self.count) {
            (None, 1) => "conversation".to_string(),
            (None, _) => "conversations".to_string(),
            (Some(channel), 1) => channel.label().to_ascii_lowercase(),
            (Some(channel), _) => format!("{}s", channel.label().to_ascii_lowercase()),
        };
        format!("{} {what} {}", self.count, self.period.label())
    }

    fn counts(&self, interaction: &Interaction) -> bool {
        self.channel.is_none_or(|c| interaction.channel == c)
    }
}

/// One period's progress towards a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodProgress {
    /// The period's first day (a Monday, or the first of a month).
    pub start: NaiveDate,
    pub done: usize,
    pub target: usize,
}

impl PeriodProgress {
    pub fn met(&self) -> bool {
        self.done >= self.target
    }
}

/// The goal's progress in the last `periods` periods, oldest first, the one holding `today` last.
/// Conversations dated after `today` are planned, not held, and do not count; undated ones neither.
pub fn goal_progress(
    goal: &NetworkingGoal,
    interactions: &[Interaction],
    today: NaiveDate,
    periods: usize,
) -> Vec<PeriodProgress> {
    let mut starts = Vec::with_capacity(periods);
    let mut start = goal.period.start_of(today);
    for _ in 0..periods {
        starts.push(start);
        start = goal.period.before(start);
    }
    starts.reverse();
    starts
        .into_iter()
        .map(|start| {
            let end = goal.period.after(start);
            let done = interactions
                .iter()
                .filter(|i| goal.counts(i))
                .filter_map(|i| i.date)
                .filter(|d| *d >= start && *d < end && *d <= today)
                .count();
            PeriodProgress {
                start,
                done,
                target: usize::from(goal.count),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn talks(days: &[(NaiveDate, Channel)]) -> Vec<Interaction> {
        days.iter()
            .enumerate()
            .map(|(i, (d, c))| Interaction {
                id: Id(i as u32 + 1),
                date: Some(*d),
                channel: *c,
                ..Interaction::default()
            })
            .collect()
    }

    #[test]
    fn weekly_progress_counts_per_iso_week_up_to_today() {
        let goal = NetworkingGoal {
            id: Id(1),
            count: 2,
            period: Period::Week,
            channel: None,
        };
        // Thursday 3 December 2026; its ISO week runs from Monday 30 November to Sunday 6 December.
        let today = day(2026, 12, 3);
        let log = talks(&[
            (day(2026, 11, 29), Channel::Call),    // Sunday: the week before
            (day(2026, 11, 30), Channel::Meeting), // Monday: this week
            (day(2026, 12, 3), Channel::Message),  // today
            (day(2026, 12, 5), Channel::Meeting),  // Saturday, planned: not yet
            (day(2026, 11, 23), Channel::Event),
            (day(2026, 10, 1), Channel::Call), // long before the chart
        ]);
        let progress = goal_progress(&goal, &log, today, 3);
        assert_eq!(
            progress
                .iter()
                .map(|p| (p.start, p.done))
                .collect::<Vec<_>>(),
            [
                (day(2026, 11, 16), 0),
                (day(2026, 11, 23), 2),
                (day(2026, 11, 30), 2),
            ]
        );
        assert!(progress[2].met() && !progress[0].met());
    }

    #[test]
    fn iso_weeks_cross_year_ends() {
        // 1 January 2027 is a Friday: its ISO week began on Monday 28 December 2026.
        assert_eq!(Period::Week.start_of(day(2027, 1, 1)), day(2026, 12, 28));
        assert_eq!(
            Period::Week.start_of(day(2024, 3, 3)),
            day(2024, 2, 26),
            "a week holding a leap day"
        );
        let goal = NetworkingGoal {
            id: Id(1),
            count: 1,
            period: Period::Week,
            channel: None,
        };
        let log = talks(&[
            (day(2026, 12, 28), Channel::Call),
            (day(2027, 1, 3), Channel::Call),
        ]);
        let progress = goal_progress(&goal, &log, day(2027, 1, 3), 1);
        assert_eq!(
            (progress[0].start, progress[0].done),
            (day(2026, 12, 28), 2)
        );
    }

    #[test]
    fn monthly_goals_and_channel_goals_count_their_own() {
        let goal = NetworkingGoal {
            id: Id(1),
            count: 1,
            period: Period::Month,
            channel: Some(Channel::Call),
        };
        let log = talks(&[
            (day(2024, 2, 29), Channel::Call),
            (day(2024, 3, 1), Channel::Meeting),
            (day(2024, 1, 31), Channel::Call),
        ]);
        let progress = goal_progress(&goal, &log, day(2024, 3, 31), 3);
        assert_eq!(
            progress
                .iter()
                .map(|p| (p.start, p.done))
                .collect::<Vec<_>>(),
            [
                (day(2024, 1, 1), 1),
                (day(2024, 2, 1), 1),
                (day(2024, 3, 1), 0),
            ]
        );
        assert_eq!(goal.describe(), "1 call a month");
        assert_eq!(
            NetworkingGoal {
                count: 2,
                ..NetworkingGoal::default()
            }
            .describe(),
            "2 conversations a week"
        );
    }
}
