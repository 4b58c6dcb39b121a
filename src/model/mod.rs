//! The workbook as plain Rust data and pure functions.
//!
//! Invariant: nothing in this module knows about a browser or the UI framework;
//! `tests/architecture.rs` fails if that changes. Everything here is tested natively.
//!
//! Layout: `base` is what every stage uses and imports nothing else of the model; each stage is a
//! folder (`start`, `exploration`, `deeper`, `networking`, `applying`, `closing`, `plan`, `coach`) that reads only `base` and earlier stages;
//! `workbook` composes the stages and `edit` names their edits. See ARCHITECTURE.md, "Adding a stage".

pub mod agenda;
pub mod applying;
pub mod base;
pub mod calendar;
pub mod closing;
pub mod coach;
pub mod dashboard;
pub mod deeper;
pub mod edit;
pub mod exploration;
pub mod menu;
pub mod networking;
pub mod part;
pub mod plan;
pub mod share;
pub mod start;
pub mod workbook;

pub use base::{
    date_in_range, Id, IdSource, LimitProblem, EARLIEST_YEAR, LATEST_YEAR, MAX_TEXT_CHARS,
};
pub use edit::{Edit, Removed, RemovedPart, Target};
pub use exploration::vision::{Horizon, Vision, VisionClarity};
pub use part::Part;
pub use start::{
    CheckInRhythm, CheckInSchedule, Profile, StartEdit, MAX_PROGRAM_WEEKS, MIN_PROGRAM_WEEKS,
};
pub use workbook::{Workbook, WorkbookSummary, SCHEMA_VERSION};
