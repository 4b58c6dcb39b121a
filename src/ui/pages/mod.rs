//! One module per page the user sees.

mod buts;
mod data;
mod deeper;
mod exploration;
mod goals;
mod myself;
mod plan;
mod stage;
mod start;
mod values;

pub use data::DataPage;
pub use deeper::DeeperPage;
pub use exploration::ExplorationPage;
pub use plan::PlanPage;
pub use stage::{NotFoundPage, StagePage};
pub use start::StartPage;
