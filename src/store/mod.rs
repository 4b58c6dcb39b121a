//! The only door in and out of the app: the saved form and its one validator, migrations,
//! localStorage, files. Nothing outside this module reads or writes storage or parses a document.

pub mod backups;
pub mod document;
pub mod files;
pub mod link;
pub mod live;
pub mod local;
pub mod memory;
pub mod migrate;
pub mod pieces;
pub mod safety;
pub mod saved_text;
pub mod snapshot;
pub mod workbooks;

pub use document::{read_document, DocumentError, IncomingDocument};
pub use live::{LiveWorkbook, SaveStatus, StartupNotice};
