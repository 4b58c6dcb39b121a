//! What every stage uses: ids, text clipping and limits, dates, list moves, the text-field macro,
//! the limit-check helpers and the scoring matrix shared by R3 and C1.
//!
//! Invariant: nothing here imports another part of the model (`tests/architecture.rs` checks it),
//! so every stage can build on it and it never grows a circle.

pub mod dates;
pub mod id;
pub mod limits;
pub mod links;
pub mod list;
pub mod matrix;
pub mod refusal;
pub mod saved;
pub mod text;

pub use dates::{date_in_range, EARLIEST_YEAR, LATEST_YEAR};
pub use id::{Id, IdSource, Link};
pub use limits::{Check, LimitProblem};
pub use list::{dedup, found, reinsert, toggle, Direction};
pub use refusal::{refusal_to_add, refusal_to_rename, refusal_when_full, Refusal};
pub use text::{clip_chars, named, set, MAX_TEXT_CHARS};
