//! The years Waypoint accepts for any date a person enters.

use chrono::NaiveDate;

/// Dates are kept to years a working life can span; this also keeps date arithmetic far from the
/// calendar's limits.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 2199;

/// Whether `day` is a date Waypoint accepts.
pub fn date_in_range(day: NaiveDate) -> bool {
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&chrono::Datelike::year(&day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_years_of_a_working_life_are_accepted() {
        assert!(date_in_range(NaiveDate::from_ymd_opt(EARLIEST_YEAR, 1, 1).unwrap()));
        assert!(date_in_range(NaiveDate::from_ymd_opt(LATEST_YEAR, 12, 31).unwrap()));
        assert!(!date_in_range(NaiveDate::from_ymd_opt(EARLIEST_YEAR - 1, 12, 31).unwrap()));
        assert!(!date_in_range(NaiveDate::from_ymd_opt(LATEST_YEAR + 1, 1, 1).unwrap()));
    }
}
