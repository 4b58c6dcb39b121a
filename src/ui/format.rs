//! How dates and counts read on screen.

use chrono::NaiveDate;

pub fn long_date(day: NaiveDate) -> String {
    day.format("%A %-d %B %Y").to_string()
}

pub fn short_date(day: NaiveDate) -> String {
    day.format("%-d %b %Y").to_string()
}

/// "1 check-in", "3 check-ins".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_counts_read_naturally() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        assert_eq!(long_date(day), "Tuesday 3 November 2026");
        assert_eq!(short_date(day), "3 Nov 2026");
        assert_eq!(count(1, "check-in", "check-ins"), "1 check-in");
        assert_eq!(count(0, "check-in", "check-ins"), "0 check-ins");
    }
}
