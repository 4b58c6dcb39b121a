//! One module per page the user sees.

mod data;
mod exploration;
mod stage;
mod start;

pub use data::DataPage;
pub use exploration::ExplorationPage;
pub use stage::{NotFoundPage, StagePage};
pub use start::StartPage;
