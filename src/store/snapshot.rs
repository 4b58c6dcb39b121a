//! D4, a snapshot shared with a coach: its file and link, read through the one validator, and the
//! review space it is kept in on the coach's side, apart from the coach's own workbook.
//!
//! The file, version 1, is a JSON object:
//! `{"format": "waypoint-snapshot", "snapshot_version": 1, "made_on": "2026-12-04",
//!   "stages": ["exploration", "plan"], "workbook": { …a workbook document… }}`.
//! The workbook inside passes the validator as any imported file does; only the stages named are
//! kept from it. A whole workbook's export can be opened for review too (every stage shared).
//! The link is `#/snapshot/1/<data>`, made as a program link is (`store::link`): a check and the file
//! compressed, base64url; a snapshot too large for [`MAX_LINK_CHARS`](super::link::MAX_LINK_CHARS)
//! travels only as the file.

use std::fmt;

use serde_json::Value;

use super::document::{json_object, read_workbook, text_of_bytes, DocumentError, FORMAT};
use super::link::{self, check_of, compressed_bytes_at, fragment_at, LinkError};
use super::local::SaveError;
use super::pieces::KeyValue;
use super::saved_text::{storage_text, WriteError};
use crate::model::base::dates::parse_day;
use crate::model::base::saved::kind_of;
use crate::model::date_in_range;
use crate::model::share::{SharedStage, Snapshot};

pub const SNAPSHOT_FORMAT: &str = "waypoint-snapshot";
pub const SNAPSHOT_VERSION: u32 = 1;
/// What the fragment of a snapshot link starts with (the route, then the format's version).
pub const SNAPSHOT_ROUTE: &str = "#/snapshot/";
/// The most a snapshot link may expand to (a link of 16 000 characters is about 12 KB compressed).
pub const MAX_SNAPSHOT_LINK_BYTES: usize = 512 * 1024;
/// Where the review space keeps the one snapshot open for review: beside every workbook's keys,
/// never among them.
pub const REVIEW_KEY: &str = "waypoint-review";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// The text itself, or the workbook inside, as the validator says.
    Document(DocumentError),
    /// JSON, but neither a snapshot nor a workbook.
    NotASnapshot,
    NewerVersion {
        version: u64,
    },
    WrongShape {
        path: String,
        detail: String,
    },
    Link(LinkError),
    /// Too long for a link: the file carries it.
    TooLongForLink {
        chars: usize,
    },
    Write(String),
}

impl fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SnapshotError::Document(error) => write!(f, "{error}"),
            SnapshotError::NotASnapshot => write!(f, "This file is not a Waypoint snapshot (nor a Waypoint workbook), so there is nothing to review."),
            SnapshotError::NewerVersion { version } => write!(
                f,
                "This snapshot was made by a newer version of Waypoint (snapshot version {version}; this copy reads version {SNAPSHOT_VERSION}). \
                 Update Waypoint to read it."
            ),
            SnapshotError::WrongShape { path, detail } => write!(f, "The snapshot has a problem at \"{path}\": {detail}."),
            SnapshotError::Link(error) => match error {
                LinkError::TooLong { chars } => write!(
                    f,
                    "This link is too long to be a Waypoint snapshot ({chars} characters; the most is {}). Ask for the file instead.",
                    link::MAX_LINK_CHARS
                ),
                LinkError::NewerVersion { version } => write!(
                    f,
                    "This snapshot link was made by a newer version of Waypoint (link version {version}; this copy reads version {}). Update Waypoint to read it.",
                    link::LINK_VERSION
                ),
                LinkError::TooLargeUnpacked => write!(
                    f,
                    "This link unpacks to more than a snapshot link may hold ({} KB at most), so it was not read.",
                    MAX_SNAPSHOT_LINK_BYTES / 1024
                ),
                LinkError::Browser(detail) => write!(f, "This browser could not read or make the link ({detail})."),
                _ => write!(f, "This snapshot link is damaged: part of it may be missing or changed (links are sometimes cut when copied). Ask for it again, or for the file."),
            },
            SnapshotError::TooLongForLink { chars } => write!(
                f,
                "This snapshot is too long for a link ({chars} characters; a link holds {}). Send the file instead, or share fewer stages.",
                link::MAX_LINK_CHARS
            ),
            SnapshotError::Write(detail) => write!(f, "The snapshot could not be written ({detail})."),
        }
    }
}

impl std::error::Error for SnapshotError {}

impl From<WriteError> for SnapshotError {
    fn from(error: WriteError) -> Self {
        SnapshotError::Write(error.to_string())
    }
}

/// `waypoint-snapshot-YYYY-MM-DD.json`
pub fn snapshot_file_name(snapshot: &Snapshot) -> String {
    match snapshot.made_on {
        Some(day) => format!("{SNAPSHOT_FORMAT}-{day}.json"),
        None => format!("{SNAPSHOT_FORMAT}.json"),
    }
}

/// The snapshot's text, compact: the file's and the link's.
pub fn snapshot_text(snapshot: &Snapshot) -> Result<String, SnapshotError> {
    let stages: Vec<String> = snapshot
        .stages
        .iter()
        .map(|stage| format!("\"{}\"", stage.key()))
        .collect();
    let made_on = snapshot
        .made_on
        .map(|day| format!("\"made_on\":\"{day}\","))
        .unwrap_or_default();
    let workbook = storage_text(&snapshot.workbook)?;
    Ok(format!(
        "{{\"format\":\"{SNAPSHOT_FORMAT}\",\"snapshot_version\":{SNAPSHOT_VERSION},{made_on}\"stages\":[{}],\"workbook\":{}}}\n",
        stages.join(","),
        workbook.trim_end()
    ))
}

/// A chosen file's bytes as a snapshot (see [`read_snapshot`]).
pub fn read_snapshot_bytes(bytes: &[u8]) -> Result<Snapshot, SnapshotError> {
    read_snapshot(&text_of_bytes(bytes).map_err(SnapshotError::Document)?)
}

/// The snapshot in a file's text: the envelope checked name by name, then the workbook inside
/// through the one validator, then only the shared stages kept. A whole workbook's export reads as
/// a snapshot of every stage.
pub fn read_snapshot(text: &str) -> Result<Snapshot, SnapshotError> {
    let mut document = match json_object(text).map_err(SnapshotError::Document)? {
        Ok(document) => document,
        Err(_) => return Err(SnapshotError::NotASnapshot),
    };
    match document.get("format") {
        Some(Value::String(format)) if format == FORMAT => {
            let incoming = read_workbook(document).map_err(SnapshotError::Document)?;
            let made_on = incoming.exported_at.map(|at| at.date_naive());
            return Ok(Snapshot::read(
                made_on,
                &SharedStage::ALL,
                &incoming.workbook,
            ));
        }
        Some(Value::String(format)) if format == SNAPSHOT_FORMAT => {}
        _ => return Err(SnapshotError::NotASnapshot),
    }
    document.remove("format");
    let version = match document.remove("snapshot_version") {
        Some(Value::Number(number)) => number
            .as_u64()
            .ok_or_else(|| shape("snapshot_version", format!("{number} is not a version")))?,
        Some(other) => {
            return Err(shape(
                "snapshot_version",
                format!("expected a whole number, found {}", kind_of(&other)),
            ))
        }
        None => return Err(shape("snapshot_version", "it is missing".into())),
    };
    if version > u64::from(SNAPSHOT_VERSION) {
        return Err(SnapshotError::NewerVersion { version });
    }
    if version != u64::from(SNAPSHOT_VERSION) {
        return Err(shape(
            "snapshot_version",
            format!("no version of Waypoint wrote version {version}"),
        ));
    }
    let made_on = match document.remove("made_on") {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) => match parse_day(&text) {
            Ok(day) if date_in_range(day) => Some(day),
            _ => {
                return Err(shape(
                    "made_on",
                    format!("\"{text}\" is not a day of the years Waypoint accepts"),
                ))
            }
        },
        Some(other) => {
            return Err(shape(
                "made_on",
                format!("expected a day, found {}", kind_of(&other)),
            ))
        }
    };
    let stages = read_stages(document.remove("stages"))?;
    let workbook = match document.remove("workbook") {
        Some(Value::Object(workbook)) => {
            read_workbook(workbook).map_err(|error| SnapshotError::Document(inside(error)))?
        }
        Some(other) => {
            return Err(shape(
                "workbook",
                format!("expected a workbook, found {}", kind_of(&other)),
            ))
        }
        None => return Err(shape("workbook", "it is missing".into())),
    };
    if let Some(name) = document.keys().next() {
        return Err(shape(name, "a snapshot holds no such name".into()));
    }
    Ok(Snapshot::read(made_on, &stages, &workbook.workbook))
}

fn shape(path: &str, detail: String) -> SnapshotError {
    SnapshotError::WrongShape {
        path: path.to_string(),
        detail,
    }
}

/// A problem of the workbook inside, with its place under `workbook`.
fn inside(error: DocumentError) -> DocumentError {
    let under = |path: String| {
        if path == "the top level" {
            "workbook".to_string()
        } else {
            format!("workbook.{path}")
        }
    };
    match error {
        DocumentError::WrongShape { path, detail } => DocumentError::WrongShape {
            path: under(path),
            detail,
        },
        DocumentError::OutOfRange { path, detail } => DocumentError::OutOfRange {
            path: under(path),
            detail,
        },
        DocumentError::TextTooLong { path, chars, limit } => DocumentError::TextTooLong {
            path: under(path),
            chars,
            limit,
        },
        other => other,
    }
}

fn read_stages(value: Option<Value>) -> Result<Vec<SharedStage>, SnapshotError> {
    let items = match value {
        Some(Value::Array(items)) => items,
        Some(other) => {
            return Err(shape(
                "stages",
                format!("expected a list of stages, found {}", kind_of(&other)),
            ))
        }
        None => return Err(shape("stages", "it is missing".into())),
    };
    let mut stages = Vec::new();
    for (at, item) in items.iter().enumerate() {
        let path = format!("stages[{at}]");
        let stage = match item {
            Value::String(key) => SharedStage::from_key(key).ok_or_else(|| {
                shape(
                    &path,
                    format!("\"{key}\" is not a stage that can be shared"),
                )
            })?,
            other => {
                return Err(shape(
                    &path,
                    format!("expected a stage's name, found {}", kind_of(other)),
                ))
            }
        };
        if stages.contains(&stage) {
            return Err(shape(&path, format!("\"{}\" is named twice", stage.key())));
        }
        stages.push(stage);
    }
    if stages.is_empty() {
        return Err(shape("stages", "no stage is shared".into()));
    }
    Ok(stages)
}

/// Whether an address's fragment is a snapshot link.
pub fn is_snapshot_link(fragment: &str) -> bool {
    fragment.starts_with(SNAPSHOT_ROUTE) || fragment.starts_with(&SNAPSHOT_ROUTE[1..])
}

/// The snapshot in a link's decompressed bytes, which must match the link's check.
pub fn read_snapshot_unpacked(check: [u8; 4], unpacked: &[u8]) -> Result<Snapshot, SnapshotError> {
    if unpacked.len() > MAX_SNAPSHOT_LINK_BYTES {
        return Err(SnapshotError::Link(LinkError::TooLargeUnpacked));
    }
    if check_of(unpacked) != check {
        return Err(SnapshotError::Link(LinkError::Damaged));
    }
    read_snapshot(
        std::str::from_utf8(unpacked).map_err(|_| SnapshotError::Link(LinkError::Damaged))?,
    )
}

/// The link fragment for a snapshot, or why it cannot be one.
pub async fn snapshot_fragment(snapshot: &Snapshot) -> Result<String, SnapshotError> {
    let text = snapshot_text(snapshot)?;
    let compressed = link::compress(text.as_bytes())
        .await
        .map_err(SnapshotError::Link)?;
    fragment_at(SNAPSHOT_ROUTE, text.as_bytes(), &compressed).map_err(|error| match error {
        LinkError::ProgramTooLong { chars } => SnapshotError::TooLongForLink { chars },
        other => SnapshotError::Link(other),
    })
}

/// The snapshot a link's fragment carries, read through every guard.
pub async fn snapshot_in(fragment: &str) -> Result<Snapshot, SnapshotError> {
    let (check, compressed) =
        compressed_bytes_at(SNAPSHOT_ROUTE, fragment).map_err(SnapshotError::Link)?;
    let unpacked = link::decompress(&compressed, MAX_SNAPSHOT_LINK_BYTES)
        .await
        .map_err(SnapshotError::Link)?;
    read_snapshot_unpacked(check, &unpacked)
}

/// The snapshot open in the review space, if any; one that no longer reads says why (it is then
/// closed by the person, never silently).
pub fn kept_review(store: &impl KeyValue) -> Result<Option<Snapshot>, SnapshotError> {
    match store.read(REVIEW_KEY) {
        Ok(Some(text)) => read_snapshot(&text).map(Some),
        Ok(None) => Ok(None),
        Err(error) => Err(SnapshotError::Write(error.to_string())),
    }
}

/// Keeps `snapshot` in the review space, in place of any other.
pub fn keep_review(store: &impl KeyValue, snapshot: &Snapshot) -> Result<(), SaveError> {
    let text = snapshot_text(snapshot).map_err(|error| SaveError::Failed(error.to_string()))?;
    store.write(REVIEW_KEY, &text)
}

/// Closes the review space: the snapshot leaves this browser.
pub fn close_review(store: &impl KeyValue) -> Result<(), SaveError> {
    store.delete(REVIEW_KEY)
}
