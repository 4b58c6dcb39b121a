//! How dates and counts read on screen.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use crate::model::{date_in_range, EARLIEST_YEAR, LATEST_YEAR};

// Written out by hand rather than with chrono's `format`: its pattern engine cost 3 KB of the first
// download, for three fixed patterns.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month(day: NaiveDate) -> &'static str {
    MONTHS[day.month0() as usize]
}

/// "Tuesday 3 November 2026".
pub fn long_date(day: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        DAYS[day.weekday().num_days_from_monday() as usize],
        day.day(),
        month(day),
        day.year()
    )
}

/// "3 Nov 2026".
pub fn short_date(day: NaiveDate) -> String {
    format!("{} {} {}", day.day(), &month(day)[..3], day.year())
}

/// A moment in this device's time: "3 Nov 2026 at 09:05".
pub fn moment(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&chrono::Local);
    format!(
        "{} at {:02}:{:02}",
        short_date(local.date_naive()),
        local.hour(),
        local.minute()
    )
}

/// Bytes as a person reads them: "12 KB", "1.4 MB", "2.3 GB".
pub fn size_text(bytes: usize) -> String {
    match bytes {
        0..1_000_000 => format!("{} KB", bytes.div_ceil(1000)),
        1_000_000..1_000_000_000 => format!("{:.1} MB", bytes as f64 / 1e6),
        _ => format!("{:.1} GB", bytes as f64 / 1e9),
    }
}

/// "1 check-in", "3 check-ins".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Reads a date input's value: empty is "no date"; otherwise a date within the accepted years, or a
/// message that says what to enter.
pub fn parse_day_input(text: &str) -> Result<Option<NaiveDate>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match crate::model::base::dates::parse_day(text.trim()) {
        Ok(day) if date_in_range(day) => Ok(Some(day)),
        Ok(_) => Err(format!(
            "Choose a date between {EARLIEST_YEAR} and {LATEST_YEAR}."
        )),
        Err(_) => Err("Enter a date, for example 2027-01-31.".into()),
    }
}

/// Reads an amount of money as typed: spaces, commas, underscores and apostrophes between digits
/// are ignored; empty is `Some(None)` ("not given"); anything else that is not a whole number is `None`.
pub fn parse_amount(text: &str) -> Option<Option<u64>> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | ',' | '_' | '\''))
        .collect();
    if digits.is_empty() {
        return Some(None);
    }
    digits.parse().ok().map(Some)
}

/// A date as a date input's value (`YYYY-MM-DD`), or empty.
pub fn day_input_value(day: Option<NaiveDate>) -> String {
    // A date's own text is `YYYY-MM-DD` for the accepted years.
    day.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_counts_read_naturally() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        assert_eq!(long_date(day), "Tuesday 3 November 2026");
        assert_eq!(short_date(day), "3 Nov 2026");
        let last = NaiveDate::from_ymd_opt(1900, 9, 30).unwrap();
        assert_eq!(
            (long_date(last).as_str(), short_date(last).as_str()),
            ("Sunday 30 September 1900", "30 Sep 1900")
        );
        assert_eq!(
            day_input_value(Some(NaiveDate::from_ymd_opt(2199, 1, 5).unwrap())),
            "2199-01-05"
        );
        assert_eq!(count(1, "check-in", "check-ins"), "1 check-in");
        assert_eq!(count(0, "check-in", "check-ins"), "0 check-ins");
    }

    #[test]
    fn date_inputs_are_read_with_reasons() {
        assert_eq!(parse_day_input(" "), Ok(None));
        assert_eq!(
            parse_day_input("2027-01-31"),
            Ok(NaiveDate::from_ymd_opt(2027, 1, 31))
        );
        assert!(parse_day_input("2500-01-01")
            .unwrap_err()
            .contains("between 1900 and 2199"));
        assert!(parse_day_input("31/01/2027")
            .unwrap_err()
            .contains("for example"));
        assert_eq!(
            day_input_value(NaiveDate::from_ymd_opt(2027, 1, 3)),
            "2027-01-03"
        );
    }

    #[test]
    fn amounts_allow_separators_and_refuse_words() {
        assert_eq!(parse_amount("12,000"), Some(Some(12_000)));
        assert_eq!(parse_amount(" 1 200 000 "), Some(Some(1_200_000)));
        assert_eq!(parse_amount("1'500"), Some(Some(1_500)));
        assert_eq!(parse_amount("  "), Some(None));
        assert_eq!(parse_amount("two thousand"), None);
        assert_eq!(parse_amount("-5"), None);
        assert_eq!(parse_amount("99999999999999999999999"), None);
    }
}
