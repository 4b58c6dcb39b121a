//! Reading the saved form back into the model. Each saved type says beside its definition which
//! entries it has ([`saved_record!`]) or which names its choices go by ([`saved_choice!`]); this
//! module turns an already parsed JSON value into it, or names the place of the first entry that does
//! not fit and says in plain words what is wrong there.
//!
//! Why not serde's `Deserialize` derive: it writes a visitor, a field identifier and a reader from
//! lists for every type, once more for every deserializer it meets, and naming the place took a
//! wrapper around that (serde_path_to_error): 23 KB of the first download, brotli, for code
//! that runs when a workbook is opened. Writing stays with serde's `Serialize`.

use chrono::NaiveDate;
use serde_json::{Map, Value};

/// An entry that does not fit, with its place (`deeper.options[0].status`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeProblem {
    /// Innermost first: each level adds its step on the way out.
    steps: Vec<Step>,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Entry(String),
    Item(usize),
}

impl ShapeProblem {
    pub fn new(detail: String) -> Self {
        Self {
            steps: Vec::new(),
            detail,
        }
    }

    fn in_entry(mut self, key: &str) -> Self {
        self.steps.push(Step::Entry(key.to_owned()));
        self
    }

    fn in_item(mut self, index: usize) -> Self {
        self.steps.push(Step::Item(index));
        self
    }

    /// The place in the saved form's own words; empty for the document itself.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for step in self.steps.iter().rev() {
            match step {
                Step::Entry(key) if path.is_empty() => path.push_str(key),
                Step::Entry(key) => {
                    path.push('.');
                    path.push_str(key);
                }
                Step::Item(index) => path.push_str(&format!("[{index}]")),
            }
        }
        path
    }
}

pub type Read<T> = Result<T, ShapeProblem>;

/// A type the saved form holds.
pub trait ReadSaved: Sized {
    fn read_saved(value: Value) -> Read<Self>;

    /// What an entry left out of a record reads as, for records whose entries are all required:
    /// nothing for an optional value, a problem for anything else.
    fn when_missing() -> Option<Self> {
        None
    }
}

/// What a value is, for "expected an object, found …".
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing (null)",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// "found the number `3`, expected text": a number, text or true/false is shown as it is.
fn found(value: &Value, expected: &str) -> ShapeProblem {
    let found = match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(number) => format!("the number `{number}`"),
        Value::String(text) => format!("string {text:?}"),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    };
    ShapeProblem::new(format!("found {found}, expected {expected}"))
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    match names {
        [one] => format!("`{one}`"),
        [one, two] => format!("`{one}` or `{two}`"),
        _ => format!("one of `{}`", names.join("`, `")),
    }
}

/// The entries of a record, which must be an object.
pub fn entries(value: Value) -> Read<Map<String, Value>> {
    match value {
        Value::Object(map) => Ok(map),
        other => Err(ShapeProblem::new(format!(
            "expected an object, found {}",
            kind_of(&other)
        ))),
    }
}

/// One entry of a record, its place added to any problem. Never inlined: every field of every saved
/// record calls it, and one copy per type of field is much less code than one per field.
#[inline(never)]
pub fn entry<T: ReadSaved>(value: Value, key: &str) -> Read<T> {
    T::read_saved(value).map_err(|problem| problem.in_entry(key))
}

pub fn unknown_entry(key: &str, known: &[&str]) -> ShapeProblem {
    ShapeProblem::new(format!("unknown entry `{key}`, expected {}", one_of(known))).in_entry(key)
}

pub fn missing<T: ReadSaved>(value: Option<T>, key: &str) -> Read<T> {
    value
        .or_else(T::when_missing)
        .ok_or_else(|| ShapeProblem::new(format!("missing entry `{key}`")))
}

/// One of a fixed set of names, as `key` writes them.
pub fn choice<T: Copy>(value: Value, all: &[T], key: fn(T) -> &'static str) -> Read<T> {
    let names: Vec<&str> = all.iter().map(|&choice| key(choice)).collect();
    let Value::String(name) = &value else {
        return Err(found(&value, &one_of(&names)));
    };
    match all.iter().find(|&&choice| key(choice) == name) {
        Some(&choice) => Ok(choice),
        None => Err(ShapeProblem::new(format!(
            "unknown choice `{name}`, expected {}",
            one_of(&names)
        ))),
    }
}

impl ReadSaved for String {
    fn read_saved(value: Value) -> Read<Self> {
        match value {
            Value::String(text) => Ok(text),
            other => Err(found(&other, "text")),
        }
    }
}

impl ReadSaved for bool {
    fn read_saved(value: Value) -> Read<Self> {
        value
            .as_bool()
            .ok_or_else(|| found(&value, "true or false"))
    }
}

/// Whole numbers: JSON's `12.0` is not one, as in serde.
fn whole<T: TryFrom<u64>>(value: Value) -> Read<T> {
    value
        .as_u64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| found(&value, "a whole number"))
}

macro_rules! whole_numbers {
    ($($number:ty),+) => {$(
        impl ReadSaved for $number {
            fn read_saved(value: Value) -> Read<Self> {
                whole(value)
            }
        }
    )+};
}
whole_numbers!(u8, u16, u32, u64);

impl ReadSaved for NaiveDate {
    fn read_saved(value: Value) -> Read<Self> {
        let Value::String(text) = &value else {
            return Err(found(&value, "a date in the form YYYY-MM-DD"));
        };
        super::dates::parse_day(text).map_err(|problem| {
            ShapeProblem::new(match problem {
                super::dates::DayProblem::NotReal => "not a real calendar date".into(),
                super::dates::DayProblem::NotInForm => "not a date in the form YYYY-MM-DD".into(),
            })
        })
    }
}

impl<T: ReadSaved> ReadSaved for Option<T> {
    fn read_saved(value: Value) -> Read<Self> {
        match value {
            Value::Null => Ok(None),
            other => T::read_saved(other).map(Some),
        }
    }

    fn when_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: ReadSaved> ReadSaved for Vec<T> {
    fn read_saved(value: Value) -> Read<Self> {
        match value {
            Value::Array(items) => {
                // A plain loop: `collect` into a `Result` compiles an adapter per item type.
                let mut read = Vec::with_capacity(items.len());
                for (index, item) in items.into_iter().enumerate() {
                    read.push(T::read_saved(item).map_err(|problem| problem.in_item(index))?);
                }
                Ok(read)
            }
            other => Err(found(&other, "a list")),
        }
    }
}

/// Reads a record from the saved form: an object with exactly these entries.
///
/// `saved_record!(Profile with defaults { name, program_weeks })`: an entry left out keeps its
/// value from `Default`. `saved_record!(Score { thing, criterion, value })`: every entry must be
/// there (an optional one may be left out). Either way the list must name every field of the
/// struct, or it does not compile, so a field cannot be written and then not read.
macro_rules! saved_record {
    ($record:ident with defaults { $($field:ident),+ $(,)? }) => {
        impl $crate::model::base::saved::ReadSaved for $record {
            fn read_saved(value: ::serde_json::Value) -> $crate::model::base::saved::Read<Self> {
                use $crate::model::base::saved::{entries, entry, unknown_entry};
                let $record { $(mut $field),+ } = $record::default();
                for (key, value) in entries(value)? {
                    match key.as_str() {
                        $(stringify!($field) => $field = entry(value, &key)?,)+
                        _ => return Err(unknown_entry(&key, &[$(stringify!($field)),+])),
                    }
                }
                Ok($record { $($field),+ })
            }
        }
    };
    ($record:ident { $($field:ident),+ $(,)? }) => {
        impl $crate::model::base::saved::ReadSaved for $record {
            fn read_saved(value: ::serde_json::Value) -> $crate::model::base::saved::Read<Self> {
                use $crate::model::base::saved::{entries, entry, missing, unknown_entry};
                $(let mut $field = None;)+
                for (key, value) in entries(value)? {
                    match key.as_str() {
                        $(stringify!($field) => $field = Some(entry(value, &key)?),)+
                        _ => return Err(unknown_entry(&key, &[$(stringify!($field)),+])),
                    }
                }
                Ok($record { $($field: missing($field, stringify!($field))?),+ })
            }
        }
    };
}
pub(crate) use saved_record;

/// Reads and writes a choice by its `key`, out of `ALL`: the one list of its saved names.
macro_rules! saved_choice {
    ($choice:ident) => {
        impl $crate::model::base::saved::ReadSaved for $choice {
            fn read_saved(value: ::serde_json::Value) -> $crate::model::base::saved::Read<Self> {
                $crate::model::base::saved::choice(value, &$choice::ALL, $choice::key)
            }
        }

        impl ::serde::Serialize for $choice {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }
    };
}
pub(crate) use saved_choice;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Default, PartialEq)]
    struct Note {
        title: String,
        stars: Option<u8>,
    }
    saved_record!(Note with defaults { title, stars });

    #[derive(Debug, PartialEq)]
    struct Pair {
        left: u32,
        right: Option<u32>,
    }
    saved_record!(Pair { left, right });

    fn problem<T: ReadSaved + std::fmt::Debug>(value: Value) -> (String, String) {
        let problem = T::read_saved(value).unwrap_err();
        (problem.path(), problem.detail)
    }

    #[test]
    fn a_record_with_defaults_fills_what_is_left_out() {
        assert_eq!(
            Note::read_saved(json!({"stars": 3})),
            Ok(Note {
                title: String::new(),
                stars: Some(3)
            })
        );
        assert_eq!(
            problem::<Note>(json!({"title": "a", "colour": 1})),
            (
                "colour".into(),
                "unknown entry `colour`, expected `title` or `stars`".into()
            )
        );
        assert_eq!(
            problem::<Note>(json!([])),
            (String::new(), "expected an object, found a list".into())
        );
    }

    #[test]
    fn a_record_without_defaults_needs_every_entry_but_the_optional_ones() {
        assert_eq!(
            Pair::read_saved(json!({"left": 1})),
            Ok(Pair {
                left: 1,
                right: None
            })
        );
        assert_eq!(
            problem::<Pair>(json!({"right": 1})),
            (String::new(), "missing entry `left`".into())
        );
    }

    #[test]
    fn places_name_entries_and_items() {
        let notes = json!([{"title": "a"}, {"title": "b", "stars": 256}]);
        assert_eq!(
            problem::<Vec<Note>>(notes),
            (
                "[1].stars".into(),
                "found the number `256`, expected a whole number".into()
            )
        );
        let problem = ShapeProblem::new(String::new())
            .in_item(2)
            .in_entry("notes")
            .in_entry("book");
        assert_eq!(problem.path(), "book.notes[2]");
    }

    #[test]
    fn values_of_the_wrong_kind_are_shown_as_found() {
        assert_eq!(
            problem::<String>(json!(3)).1,
            "found the number `3`, expected text"
        );
        assert_eq!(
            problem::<String>(json!(null)).1,
            "found null, expected text"
        );
        assert_eq!(
            problem::<u16>(json!(-3)).1,
            "found the number `-3`, expected a whole number"
        );
        assert_eq!(
            problem::<u16>(json!(12.0)).1,
            "found the number `12.0`, expected a whole number"
        );
        assert_eq!(
            problem::<bool>(json!("yes")).1,
            "found string \"yes\", expected true or false"
        );
        assert_eq!(
            problem::<Vec<u8>>(json!({})).1,
            "found an object, expected a list"
        );
        assert_eq!(u64::read_saved(json!(5_000_000_000u64)), Ok(5_000_000_000));
    }

    #[test]
    fn dates_say_whether_the_form_or_the_day_is_wrong() {
        assert_eq!(
            NaiveDate::read_saved(json!("2026-01-05")),
            Ok(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap())
        );
        assert_eq!(
            problem::<NaiveDate>(json!("31/01/2026")).1,
            "not a date in the form YYYY-MM-DD"
        );
        assert_eq!(
            problem::<NaiveDate>(json!("2026-02-30")).1,
            "not a real calendar date"
        );
        assert_eq!(
            problem::<NaiveDate>(json!(20260105)).1,
            "found the number `20260105`, expected a date in the form YYYY-MM-DD"
        );
    }

    #[test]
    fn choices_are_read_by_their_names() {
        let read = |value| {
            choice(value, &[1u8, 2, 3], |n| {
                ["", "one", "two", "three"][usize::from(n)]
            })
        };
        assert_eq!(read(json!("two")), Ok(2));
        assert_eq!(
            read(json!("four")).unwrap_err().detail,
            "unknown choice `four`, expected one of `one`, `two`, `three`"
        );
        assert_eq!(
            read(json!(4)).unwrap_err().detail,
            "found the number `4`, expected one of `one`, `two`, `three`"
        );
    }
}
