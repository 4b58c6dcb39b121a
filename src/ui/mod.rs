//! Leptos components: the shell, one module per page the user sees, and reusable widgets.
//! Components read the workbook from [`crate::store::LiveWorkbook`] and change it only by `Edit`s.

pub mod app;
pub mod dom;
pub mod format;
pub mod pages;
pub mod parts;
pub mod program_link;
pub mod route;
pub mod widgets;
pub mod workbooks;

pub use app::App;
