//! The limits a saved workbook must keep: numbers within their scales, dates within the accepted
//! years, text within its length, lists within their size, ids unique. Edits keep these by
//! construction; this check is for documents that come from outside (files, storage, links).

use std::collections::HashSet;

use chrono::NaiveDate;

use super::dates::{date_in_range, EARLIEST_YEAR, LATEST_YEAR};
use super::id::Id;

/// The first limit a workbook breaks, with its place in the saved form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitProblem {
    OutOfRange {
        path: String,
        detail: String,
    },
    TextTooLong {
        path: String,
        chars: usize,
        limit: usize,
    },
}

pub type Check = Result<(), LimitProblem>;

pub fn range(path: impl Into<String>, ok: bool, detail: impl FnOnce() -> String) -> Check {
    if ok {
        Ok(())
    } else {
        Err(LimitProblem::OutOfRange {
            path: path.into(),
            detail: detail(),
        })
    }
}

pub fn text(path: impl Into<String>, text: &str, limit: usize) -> Check {
    let chars = text.chars().count();
    if chars > limit {
        return Err(LimitProblem::TextTooLong {
            path: path.into(),
            chars,
            limit,
        });
    }
    Ok(())
}

pub fn scale(path: String, value: u8, min: u8, max: u8, what: &str) -> Check {
    range(path, (min..=max).contains(&value), || {
        format!("{what} goes from {min} to {max}, and this says {value}")
    })
}

pub fn date(path: String, day: Option<NaiveDate>) -> Check {
    match day {
        Some(day) if !date_in_range(day) => Err(LimitProblem::OutOfRange {
            path,
            detail: format!("dates go from {EARLIEST_YEAR} to {LATEST_YEAR}, and this says {day}"),
        }),
        _ => Ok(()),
    }
}

pub fn count(path: &str, len: usize, limit: usize, what: &str) -> Check {
    range(path, len <= limit, || {
        format!("Waypoint keeps at most {limit} {what}, and this has {len}")
    })
}

/// Every record's id is above zero and used once: scores, links and undo rely on it.
pub fn unique_ids(ids: impl IntoIterator<Item = Id>) -> Check {
    let mut seen = HashSet::new();
    for id in ids {
        range("id", id.0 > 0, || {
            "an id must be a whole number above 0".into()
        })?;
        range("id", seen.insert(id), || {
            format!("the id {id} is used by two records")
        })?;
    }
    Ok(())
}
