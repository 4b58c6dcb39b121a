//! One module per page the user sees; a stage's page is a folder with one file per section.

mod applying;
mod closing;
mod coach;
mod data;
mod deeper;
mod exploration;
mod networking;
mod not_found;
mod plan;
mod print;
mod start;
mod workbooks;

pub use applying::ApplyingPage;
pub use closing::ClosingPage;
pub use coach::CoachPage;
pub use data::DataPage;
pub use deeper::DeeperPage;
pub use exploration::ExplorationPage;
pub use networking::NetworkingPage;
pub use not_found::NotFoundPage;
pub use plan::PlanPage;
pub use print::PrintPage;
pub use start::StartPage;
