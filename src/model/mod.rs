//! The workbook as plain Rust data and pure functions.
//!
//! Invariant: nothing in this module knows about a browser or the UI framework;
//! `tests/architecture.rs` fails if that changes. Everything here is tested natively.

pub mod buts;
pub mod deeper;
pub mod edit;
pub mod exploration;
pub mod goals;
pub mod id;
pub mod interests;
pub mod limits;
pub mod matrix;
pub mod plan;
pub mod readiness;
pub mod schedule;
pub mod situation;
pub mod text;
pub mod values;
pub mod workbook;

pub use edit::{Edit, Horizon, Removed, Target};
pub use id::{Id, IdSource};
pub use limits::LimitProblem;
pub use schedule::CheckInSchedule;
pub use workbook::{
    date_in_range, CheckInRhythm, Profile, Vision, VisionClarity, Workbook, WorkbookSummary,
    EARLIEST_YEAR, LATEST_YEAR, MAX_PROGRAM_WEEKS, MAX_TEXT_CHARS, MIN_PROGRAM_WEEKS, SCHEMA_VERSION,
};
