//! The years Waypoint accepts for any date a person enters.

use chrono::{Datelike, NaiveDate};

/// Dates are kept to years a working life can span; this also keeps date arithmetic far from the
/// calendar's limits.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 2199;

/// Why text is not a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayProblem {
    /// Not written as `YYYY-MM-DD`.
    NotInForm,
    /// In the form, but no such day (`2026-02-30`).
    NotReal,
}

/// Reads a day written as `YYYY-MM-DD`, as Waypoint writes it and as a date input gives it. Done by
/// hand rather than by chrono's general parser, which brought every format it knows (RFC 2822 and
/// the rest) into the first download for this one form.
pub fn parse_day(text: &str) -> Result<NaiveDate, DayProblem> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes[range].iter().try_fold(0_u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(DayProblem::NotInForm);
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return Err(DayProblem::NotInForm);
    };
    NaiveDate::from_ymd_opt(year as i32, month, day).ok_or(DayProblem::NotReal)
}

/// Whether `day` is a date Waypoint accepts.
pub fn date_in_range(day: NaiveDate) -> bool {
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&day.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_in_their_one_form() {
        assert_eq!(
            parse_day("2026-12-03"),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 3).unwrap())
        );
        assert_eq!(
            parse_day("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        assert_eq!(parse_day("2026-02-30"), Err(DayProblem::NotReal));
        assert_eq!(parse_day("2026-13-01"), Err(DayProblem::NotReal));
        assert_eq!(parse_day("2026-00-10"), Err(DayProblem::NotReal));
        for bad in [
            "",
            "x",
            "2026-1-5",
            "2026/12/03",
            " 2026-12-03",
            "2026-12-03 ",
            "２026-12-03",
            "+2026-12-03",
            "20261203xx",
            "2026-12-3x",
        ] {
            assert_eq!(parse_day(bad), Err(DayProblem::NotInForm), "{bad:?}");
        }
        // Every day written by chrono reads back as itself.
        let mut day = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
        while day.year() < 1905 {
            assert_eq!(parse_day(&day.to_string()), Ok(day));
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn only_years_of_a_working_life_are_accepted() {
        assert!(date_in_range(
            NaiveDate::from_ymd_opt(EARLIEST_YEAR, 1, 1).unwrap()
        ));
        assert!(date_in_range(
            NaiveDate::from_ymd_opt(LATEST_YEAR, 12, 31).unwrap()
        ));
        assert!(!date_in_range(
            NaiveDate::from_ymd_opt(EARLIEST_YEAR - 1, 12, 31).unwrap()
        ));
        assert!(!date_in_range(
            NaiveDate::from_ymd_opt(LATEST_YEAR + 1, 1, 1).unwrap()
        ));
    }
}
