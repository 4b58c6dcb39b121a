//! Waypoint: a private career-coaching workbook that runs entirely in the browser.
//!
//! - [`model`]: the workbook as plain data and pure functions. Knows nothing of browsers.
//! - [`store`]: the only door in and out: the saved form, its validator, localStorage, files.
//! - [`ui`]: Leptos components, one module per page the user sees.

pub mod model;
pub mod store;
pub mod ui;
