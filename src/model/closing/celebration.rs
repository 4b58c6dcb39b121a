//! C4, the celebration: what the person writes about the journey, and the day of their next
//! check-in with themselves. The journey's facts (goals reached, values, numbers) are read from
//! the whole workbook by `model::dashboard::journey`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::text::text_fields;

pub const MAX_CELEBRATION_CHARS: usize = 6_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Celebration {
    pub proud_of: String,
    pub learned: String,
    pub thanks: String,
    pub tools: String,
    /// A day to look back again, with oneself: on the agenda and in the calendar file.
    pub next_check_in: Option<NaiveDate>,
}
saved_record!(Celebration with defaults { proud_of, learned, thanks, tools, next_check_in });

text_fields! {
    pub enum CelebrationText for Celebration {
        ProudOf => proud_of,
        Learned => learned,
        Thanks => thanks,
        Tools => tools,
    }
}

impl CelebrationText {
    pub fn label(self) -> &'static str {
        match self {
            CelebrationText::ProudOf => {
                "What are you proud of, looking back over the whole journey?"
            }
            CelebrationText::Learned => "What did you learn about yourself that you want to keep?",
            CelebrationText::Thanks => "Who helped you along the way, and how will you thank them?",
            CelebrationText::Tools => {
                "Which tools or habits from this program will you keep using?"
            }
        }
    }
}
