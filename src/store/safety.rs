//! Keeping a copy (D1, D2): when to remind a person to export. Browsers may clear a site's storage
//! (Safari after seven days without a visit), so a workbook that exists only here is one mishap from
//! lost. The reminder comes when the last export (or, never exported, the program's start) is more
//! than a week old, and once waved away it stays away for a week.

use chrono::NaiveDate;

/// Days after the last export that a reminder waits, and that a reminder waved away stays away.
pub const EXPORT_REMINDER_DAYS: i64 = 7;

/// Why the reminder shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportReminder {
    /// The last export from this browser was this many days ago.
    SinceExport(i64),
    /// Never exported from this browser, and the program started this many days ago.
    Never(i64),
}

impl ExportReminder {
    pub fn message(self) -> String {
        let (what, days) = match self {
            ExportReminder::SinceExport(days) => ("Your last export was", days),
            ExportReminder::Never(days) => ("You started your program", days),
        };
        format!(
            "{what} {days} days ago. Your workbook lives only in this browser, which may clear it (some do after a \
             week without a visit): export a copy to keep it safe."
        )
    }
}

/// Whether to remind the person today, from the day of their last export (if any), the day their
/// program started (if it has), and the day they last waved the reminder away (if ever). A date
/// after today (a clock set back) reminds of nothing.
pub fn export_reminder(
    last_export: Option<NaiveDate>,
    started_on: Option<NaiveDate>,
    dismissed: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<ExportReminder> {
    let days_since = |day: NaiveDate| (today - day).num_days();
    if dismissed.is_some_and(|d| (0..EXPORT_REMINDER_DAYS).contains(&days_since(d))) {
        return None;
    }
    let reminder = match last_export {
        Some(day) => ExportReminder::SinceExport(days_since(day)),
        None => ExportReminder::Never(days_since(started_on?)),
    };
    let (ExportReminder::SinceExport(days) | ExportReminder::Never(days)) = reminder;
    (days > EXPORT_REMINDER_DAYS).then_some(reminder)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn a_reminder_comes_a_week_after_the_last_export_or_the_start() {
        let today = day(12, 10);
        assert_eq!(
            export_reminder(Some(day(12, 3)), None, None, today),
            None,
            "seven days: not yet"
        );
        assert_eq!(
            export_reminder(Some(day(12, 2)), None, None, today),
            Some(ExportReminder::SinceExport(8))
        );
        // An export counts, however long ago the program started.
        assert_eq!(
            export_reminder(Some(day(12, 9)), Some(day(1, 5)), None, today),
            None
        );
        assert_eq!(
            export_reminder(None, Some(day(11, 20)), None, today),
            Some(ExportReminder::Never(20))
        );
        assert_eq!(export_reminder(None, Some(day(12, 5)), None, today), None);
        assert_eq!(
            export_reminder(None, None, None, today),
            None,
            "nothing started, nothing to lose yet"
        );
        assert_eq!(
            export_reminder(Some(day(12, 20)), None, None, today),
            None,
            "a date after today"
        );
        assert!(ExportReminder::Never(20)
            .message()
            .starts_with("You started your program 20 days ago."));
    }

    #[test]
    fn a_reminder_waved_away_stays_away_for_a_week() {
        let today = day(12, 10);
        let old = Some(day(11, 1));
        assert_eq!(
            export_reminder(old, None, Some(day(12, 10)), today),
            None,
            "waved away today"
        );
        assert_eq!(
            export_reminder(old, None, Some(day(12, 4)), today),
            None,
            "six days ago"
        );
        assert_eq!(
            export_reminder(old, None, Some(day(12, 3)), today),
            Some(ExportReminder::SinceExport(39)),
            "a week ago: back"
        );
        assert_eq!(
            export_reminder(old, None, Some(day(12, 30)), today),
            Some(ExportReminder::SinceExport(39)),
            "a date after today does not hide it"
        );
    }
}
