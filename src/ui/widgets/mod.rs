//! Widgets used on more than one page.

mod add_form;
mod answer;
mod bar_chart;
mod board;
mod choice;
mod coach_questions;
mod field;
mod long_list;
mod notices;
mod park;
mod ratings_chart;
mod save_indicator;
mod score_matrix;
mod stage_number;
mod typed_field;
mod undo;

pub use add_form::{AddButton, AddForm};
pub use answer::LongAnswer;
pub use bar_chart::{Bar, BarChart};
pub use board::{BoardDrag, BoardGhost};
pub use choice::{Choice, ChoiceGroup};
pub use coach_questions::{CoachAnswer, CoachQuestions};
pub use field::{described_by, Field, Fields};
pub use long_list::{ListWindow, ShowMore, SHORT_PAGE};
pub use notices::{ExportNudge, ExportReminderBar, NoticeList, UpdateNotice};
pub use park::ParkBut;
pub use ratings_chart::{ratings_chart, RatingPoint};
pub use save_indicator::SaveIndicator;
pub use score_matrix::{MatrixWords, ScoreMatrixView};
pub use stage_number::StageNumber;
pub use typed_field::{AmountField, DateField, NameField};
pub use undo::{Undo, UndoBar};
