//! Widgets used on more than one page.

mod answer;
mod notices;
mod save_indicator;

pub use answer::LongAnswer;
pub use notices::NoticeList;
pub use save_indicator::SaveIndicator;
