//! The saved form of a workbook and its one validator.
//!
//! Every document that comes in — from localStorage, an imported file, a backup (and later a link) —
//! passes through [`read_document`]: size, JSON, envelope, version, migration, shape, limits, in that
//! order. It either returns a whole, valid workbook or says precisely what is wrong.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::{Map, Value};

use super::migrate::{migrate, OLDEST_READABLE};
use crate::model::base::saved::{kind_of, ReadSaved};
use crate::model::{LimitProblem, Workbook, SCHEMA_VERSION};

pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Keys of the envelope around the workbook's own fields.
const FORMAT_KEY: &str = "format";
const VERSION_KEY: &str = "schema_version";
const EXPORTED_AT_KEY: &str = "exported_at";

pub use super::saved_text::{export_text, storage_text, WriteError, FORMAT};

/// `waypoint-YYYY-MM-DD.json`
pub fn export_file_name(day: NaiveDate) -> String {
    format!("waypoint-{day}.json")
}

/// A document that passed the validator.
#[derive(Clone, Debug, PartialEq)]
pub struct IncomingDocument {
    pub workbook: Workbook,
    pub exported_at: Option<DateTime<FixedOffset>>,
    /// The version the document was written in, when older than this app's.
    pub migrated_from: Option<u32>,
}

/// Everything that can be wrong with an incoming document, each with a message a person understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    Empty,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAnObject {
        found: &'static str,
    },
    NotWaypoint,
    OtherFormat {
        found: String,
    },
    MissingVersion,
    VersionNotANumber {
        found: String,
    },
    UnknownVersion {
        found: String,
    },
    NewerVersion {
        file: u64,
        app: u32,
    },
    WrongShape {
        path: String,
        detail: String,
    },
    OutOfRange {
        path: String,
        detail: String,
    },
    TextTooLong {
        path: String,
        chars: usize,
        limit: usize,
    },
    /// The workbook saved in this browser is kept in pieces (`store::pieces`), and some are missing
    /// or damaged (`pieces` is 0 when even the list of them is unreadable).
    MissingPieces {
        missing: usize,
        pieces: usize,
    },
    /// The file's bytes are not UTF-8 (nor UTF-16 with its byte-order mark); `at` is the first byte
    /// that cannot be read.
    NotText {
        at: usize,
    },
    /// A compressed archive (`kind`: "gzip", "zip"), perhaps with an export inside.
    Compressed {
        kind: &'static str,
    },
}

impl DocumentError {
    /// A short name for the kind of problem, as `tests/fixtures/bad/expected.txt` lists them.
    pub fn kind(&self) -> &'static str {
        match self {
            DocumentError::Empty => "empty",
            DocumentError::TooLarge { .. } => "too-large",
            DocumentError::NotJson { .. } => "not-json",
            DocumentError::NotAnObject { .. } => "not-an-object",
            DocumentError::NotWaypoint => "not-waypoint",
            DocumentError::OtherFormat { .. } => "other-format",
            DocumentError::MissingVersion => "missing-version",
            DocumentError::VersionNotANumber { .. } => "version-not-a-number",
            DocumentError::UnknownVersion { .. } => "unknown-version",
            DocumentError::NewerVersion { .. } => "newer-version",
            DocumentError::WrongShape { .. } => "wrong-shape",
            DocumentError::OutOfRange { .. } => "out-of-range",
            DocumentError::TextTooLong { .. } => "text-too-long",
            DocumentError::MissingPieces { .. } => "missing-pieces",
            DocumentError::NotText { .. } => "not-text",
            DocumentError::Compressed { .. } => "compressed",
        }
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentError::Empty => write!(f, "The file is empty."),
            DocumentError::TooLarge { bytes, limit } => write!(
                f,
                "The file is too large to be a Waypoint workbook ({} KB; the limit is {} KB).",
                bytes.div_ceil(1024),
                limit / 1024
            ),
            DocumentError::NotJson { line, column, detail } => write!(
                f,
                "The file is not readable JSON: {detail} (line {line}, column {column}). \
                 It may be damaged, or it may not be a Waypoint export."
            ),
            DocumentError::NotAnObject { found } => write!(
                f,
                "The file holds {found}, not a Waypoint workbook (which is a JSON object)."
            ),
            DocumentError::NotWaypoint => write!(
                f,
                "This JSON file is not a Waypoint workbook: it has no \"format\": \"{FORMAT}\" marker."
            ),
            DocumentError::OtherFormat { found } if found == super::snapshot::SNAPSHOT_FORMAT => write!(
                f,
                "This file is a snapshot someone shared for review, not a workbook to import. Open it on the Coaching page, \
                 under “Review a snapshot”, where it stays apart from your own workbook."
            ),
            DocumentError::OtherFormat { found } => write!(
                f,
                "This file is marked as \"{found}\", not as a Waypoint workbook (\"{FORMAT}\")."
            ),
            DocumentError::MissingVersion => write!(
                f,
                "The file does not say which version of Waypoint wrote it (\"schema_version\" is missing)."
            ),
            DocumentError::VersionNotANumber { found } => write!(
                f,
                "The file's \"schema_version\" should be a whole number, but it is {found}."
            ),
            DocumentError::UnknownVersion { found } => write!(
                f,
                "The file's \"schema_version\" is {found}; no version of Waypoint wrote that. \
                 Versions start at {OLDEST_READABLE}."
            ),
            DocumentError::NewerVersion { file, app } => write!(
                f,
                "This file was written by a newer version of Waypoint (workbook version {file}); this copy \
                 reads up to version {app}. Open it with the newer Waypoint, or update this one."
            ),
            DocumentError::WrongShape { path, detail } => {
                write!(f, "The file has a problem at \"{path}\": {detail}.")
            }
            DocumentError::OutOfRange { path, detail } => {
                write!(f, "The value at \"{path}\" is out of range: {detail}.")
            }
            DocumentError::TextTooLong { path, chars, limit } => write!(
                f,
                "The text at \"{path}\" is {chars} characters long; Waypoint keeps at most {limit}."
            ),
            DocumentError::MissingPieces { pieces: 0, .. } => write!(
                f,
                "The list of the pieces of the workbook saved in this browser is damaged, so it cannot be \
                 put back together."
            ),
            DocumentError::NotText { at } => write!(
                f,
                "The file is not text Waypoint can read: byte {at} is not part of any letter in UTF-8, the \
                 encoding Waypoint writes. It may be damaged, or another kind of file."
            ),
            DocumentError::Compressed { kind } => write!(
                f,
                "This is a compressed {kind} file, not a Waypoint workbook. If a Waypoint export is inside, \
                 extract it first and choose the .json file."
            ),
            DocumentError::MissingPieces { missing, pieces } => write!(
                f,
                "{missing} of the {pieces} pieces of the workbook saved in this browser {} missing or \
                 damaged, so it cannot be opened whole. What remains of it is kept.",
                if *missing == 1 { "is" } else { "are" }
            ),
        }
    }
}

impl std::error::Error for DocumentError {}

/// The one validator for a file's bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with
/// its byte-order mark become text for [`read_document`]; compressed archives and bytes that are no
/// text are refused by name.
pub fn read_document_bytes(bytes: &[u8]) -> Result<IncomingDocument, DocumentError> {
    read_document(&text_of_bytes(bytes)?)
}

/// A file's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with its byte-order
/// mark; compressed archives, bytes that are no text and files too large are refused by name.
pub(crate) fn text_of_bytes(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, DocumentError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    match bytes {
        [0x1f, 0x8b, ..] => return Err(DocumentError::Compressed { kind: "gzip" }),
        [b'P', b'K', 3, 4, ..] | [b'P', b'K', 5, 6, ..] => {
            return Err(DocumentError::Compressed { kind: "zip" })
        }
        [0xff, 0xfe, rest @ ..] => return utf16(rest, u16::from_le_bytes).map(Into::into),
        [0xfe, 0xff, rest @ ..] => return utf16(rest, u16::from_be_bytes).map(Into::into),
        _ => {}
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.into()),
        Err(error) => Err(DocumentError::NotText {
            at: error.valid_up_to(),
        }),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DocumentError> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => Ok(unit([*a, *b])),
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for (index, unit) in char::decode_utf16(units.map(|u| u.unwrap_or(0xdc00))).enumerate() {
        // An odd byte at the end reads as a lone surrogate, and is refused with it.
        text.push(unit.map_err(|_| DocumentError::NotText { at: 2 + 2 * index })?);
    }
    Ok(text)
}

/// A JSON value, as serde_json reads it, but refusing a name given twice in one object (serde_json
/// keeps the last silently, and a person's words under the first would be lost unseen).
struct StrictValue(Value);

impl<'de> serde::Deserialize<'de> for StrictValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "the name \"{key}\" appears twice in one object"
                )));
            }
            let StrictValue(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// The one validator. See the module documentation.
pub fn read_document(text: &str) -> Result<IncomingDocument, DocumentError> {
    match json_object(text)? {
        Ok(document) => read_workbook(document),
        Err(other) => Err(DocumentError::NotAnObject {
            found: kind_of(&other),
        }),
    }
}

/// The first steps of the validator: size, text, JSON with no name given twice. A JSON object, or
/// the other value the text holds.
pub(crate) fn json_object(text: &str) -> Result<Result<Map<String, Value>, Value>, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge {
            bytes: text.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(DocumentError::Empty);
    }
    let StrictValue(value) =
        serde_json::from_str(text).map_err(|error| DocumentError::NotJson {
            line: error.line(),
            column: error.column(),
            detail: json_error_detail(&error),
        })?;
    Ok(match value {
        Value::Object(map) => Ok(map),
        other => Err(other),
    })
}

/// The rest of the validator, from the `format` marker on: a workbook document's JSON object read
/// whole, or what is wrong with it.
pub(crate) fn read_workbook(
    mut document: Map<String, Value>,
) -> Result<IncomingDocument, DocumentError> {
    match document.remove(FORMAT_KEY) {
        None => return Err(DocumentError::NotWaypoint),
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(format)) => return Err(DocumentError::OtherFormat { found: format }),
        Some(other) => {
            return Err(DocumentError::OtherFormat {
                found: other.to_string(),
            })
        }
    }

    let version = read_version(&document)?;
    let migrated_from = (version < SCHEMA_VERSION).then_some(version);
    migrate(&mut document, version);

    let exported_at = match document.remove(EXPORTED_AT_KEY) {
        None | Some(Value::Null) => None,
        Some(Value::String(stamp)) => {
            Some(
                DateTime::parse_from_rfc3339(&stamp).map_err(|_| DocumentError::WrongShape {
                    path: EXPORTED_AT_KEY.into(),
                    detail: format!("\"{stamp}\" is not a date and time"),
                })?,
            )
        }
        Some(other) => {
            return Err(DocumentError::WrongShape {
                path: EXPORTED_AT_KEY.into(),
                detail: format!("expected a date and time, found {}", kind_of(&other)),
            })
        }
    };

    let mut workbook = Workbook::read_saved(Value::Object(document)).map_err(|problem| {
        let path = problem.path();
        DocumentError::WrongShape {
            path: if path.is_empty() {
                "the top level".into()
            } else {
                path
            },
            detail: problem.detail,
        }
    })?;
    check_limits(&workbook)?;
    workbook.normalise();
    Ok(IncomingDocument {
        workbook,
        exported_at,
        migrated_from,
    })
}

/// Reads one record of the saved form from JSON text through the validator's own steps (names given
/// twice refused, the shape with its place, then `limits`): how a program from a link is read.
pub(crate) fn read_record<T: ReadSaved>(
    text: &str,
    limits: impl FnOnce(&T) -> Result<(), LimitProblem>,
) -> Result<T, DocumentError> {
    let StrictValue(value) =
        serde_json::from_str(text).map_err(|error| DocumentError::NotJson {
            line: error.line(),
            column: error.column(),
            detail: json_error_detail(&error),
        })?;
    if !value.is_object() {
        return Err(DocumentError::NotAnObject {
            found: kind_of(&value),
        });
    }
    let record = T::read_saved(value).map_err(|problem| {
        let path = problem.path();
        DocumentError::WrongShape {
            path: if path.is_empty() {
                "the top level".into()
            } else {
                path
            },
            detail: problem.detail,
        }
    })?;
    limits(&record).map_err(|problem| match problem {
        LimitProblem::OutOfRange { path, detail } => DocumentError::OutOfRange { path, detail },
        LimitProblem::TextTooLong { path, chars, limit } => {
            DocumentError::TextTooLong { path, chars, limit }
        }
    })?;
    Ok(record)
}

fn json_error_detail(error: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; the line and column are reported separately.
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => &message,
    };
    message
        .replace(
            "EOF while parsing a value",
            "it ends where more was expected",
        )
        .replace(
            "EOF while parsing an object",
            "it ends before an object is closed",
        )
        .replace(
            "EOF while parsing a list",
            "it ends before a list is closed",
        )
        .replace(
            "EOF while parsing a string",
            "it ends inside a piece of text",
        )
        .replace("expected value", "it does not begin like JSON")
        .replace("key must be a string", "a name is not in double quotes")
}

fn read_version(document: &Map<String, Value>) -> Result<u32, DocumentError> {
    let version = match document.get(VERSION_KEY) {
        None | Some(Value::Null) => return Err(DocumentError::MissingVersion),
        Some(Value::Number(number)) => number,
        Some(other) => {
            let found = match other {
                Value::String(text) => format!("the text \"{text}\""),
                other => kind_of(other).to_string(),
            };
            return Err(DocumentError::VersionNotANumber { found });
        }
    };
    match version.as_u64() {
        Some(v) if v > u64::from(SCHEMA_VERSION) => Err(DocumentError::NewerVersion {
            file: v,
            app: SCHEMA_VERSION,
        }),
        Some(v) if v >= u64::from(OLDEST_READABLE) => Ok(v as u32),
        _ => Err(DocumentError::UnknownVersion {
            found: version.to_string(),
        }),
    }
}

fn check_limits(workbook: &Workbook) -> Result<(), DocumentError> {
    workbook.check_limits().map_err(|problem| match problem {
        LimitProblem::OutOfRange { path, detail } => DocumentError::OutOfRange { path, detail },
        LimitProblem::TextTooLong { path, chars, limit } => {
            DocumentError::TextTooLong { path, chars, limit }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn export_puts_the_envelope_first_and_reads_back() {
        let mut workbook = Workbook::default();
        workbook.profile.name = "Rin".into();
        let stamp = DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let text = export_text(&workbook, stamp).unwrap();
        assert!(text.starts_with("{\n  \"format\": \"waypoint-workbook\",\n  \"exported_at\""));
        assert!(text.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
        let incoming = read_document(&text).unwrap();
        assert_eq!(incoming.workbook, workbook);
        assert_eq!(incoming.exported_at.unwrap().with_timezone(&Utc), stamp);
        assert_eq!(incoming.migrated_from, None);
    }

    #[test]
    fn file_name_carries_the_day() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(export_file_name(day), "waypoint-2026-03-07.json");
    }

    #[test]
    fn missing_sections_are_filled_with_defaults() {
        let incoming =
            read_document(r#"{"format":"waypoint-workbook","schema_version":1}"#).unwrap();
        assert_eq!(incoming.workbook, Workbook::default());
    }
}
