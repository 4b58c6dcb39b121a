//! One module per page the user sees; a stage's page is a folder with one file per section.

mod applying;
mod data;
mod deeper;
mod exploration;
mod networking;
mod plan;
mod stage;
mod start;

pub use applying::ApplyingPage;
pub use data::DataPage;
pub use deeper::DeeperPage;
pub use exploration::ExplorationPage;
pub use networking::NetworkingPage;
pub use plan::PlanPage;
pub use stage::{NotFoundPage, StagePage};
pub use start::StartPage;
