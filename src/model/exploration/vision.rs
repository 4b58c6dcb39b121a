//! E2: the picture of a preferred future at three distances, and how clear it feels. Saved at the
//! top of the workbook (`vision`, as since version 1), edited on the Exploration page.

use serde::Serialize;

use crate::model::base::limits::text;
use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{clip_chars, set, Check, MAX_TEXT_CHARS};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Vision {
    pub best_of_all_worlds: String,
    pub one_year: String,
    pub three_years: String,
    pub ten_years: String,
    pub clarity: Option<VisionClarity>,
}
saved_record!(Vision with defaults { best_of_all_worlds, one_year, three_years, ten_years, clarity });

text_fields! {
    /// The four vision questions of E2.
    pub enum Horizon for Vision {
        BestOfAllWorlds => best_of_all_worlds,
        OneYear => one_year,
        ThreeYears => three_years,
        TenYears => ten_years,
    }
}

/// How clear the vision feels to the person right now. It decides which next step the app suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisionClarity {
    /// "I can see where I want to go."
    Clear,
    /// "I know what I want, not how to get there."
    WhatNotHow,
    /// "Not yet: it is still a blur."
    NotYet,
}
saved_choice!(VisionClarity);

impl VisionClarity {
    pub const ALL: [VisionClarity; 3] = [
        VisionClarity::Clear,
        VisionClarity::WhatNotHow,
        VisionClarity::NotYet,
    ];

    pub fn key(self) -> &'static str {
        match self {
            VisionClarity::Clear => "clear",
            VisionClarity::WhatNotHow => "what_not_how",
            VisionClarity::NotYet => "not_yet",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            VisionClarity::Clear => "Clear: I can see where I want to go",
            VisionClarity::WhatNotHow => "I know what I want, but not how to get there",
            VisionClarity::NotYet => "Not yet: it is still a blur",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VisionEdit {
    SetAnswer(Horizon, String),
    SetClarity(Option<VisionClarity>),
}

impl Vision {
    pub fn apply(&mut self, edit: VisionEdit) -> bool {
        match edit {
            VisionEdit::SetAnswer(horizon, answer) => {
                set(horizon.get_mut(self), clip_chars(&answer, MAX_TEXT_CHARS))
            }
            VisionEdit::SetClarity(clarity) => set(&mut self.clarity, clarity),
        }
    }

    /// How many of the four questions have an answer.
    pub fn answered(&self) -> usize {
        Horizon::ALL
            .into_iter()
            .filter(|h| !h.get(self).trim().is_empty())
            .count()
    }

    pub fn check_limits(&self) -> Check {
        for horizon in Horizon::ALL {
            text(
                format!("vision.{}", horizon.key()),
                horizon.get(self),
                MAX_TEXT_CHARS,
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_clipped_and_counted() {
        let mut vision = Vision::default();
        assert!(vision.apply(VisionEdit::SetAnswer(
            Horizon::TenYears,
            "x".repeat(MAX_TEXT_CHARS + 10)
        )));
        assert_eq!(vision.ten_years.chars().count(), MAX_TEXT_CHARS);
        vision.one_year = "   ".into();
        assert_eq!(vision.answered(), 1);
        assert!(vision.apply(VisionEdit::SetClarity(Some(VisionClarity::NotYet))));
        assert!(!vision.apply(VisionEdit::SetClarity(Some(VisionClarity::NotYet))));
    }

    #[test]
    fn clarity_keys_round_trip_and_match_the_saved_form() {
        for clarity in VisionClarity::ALL {
            assert_eq!(VisionClarity::from_key(clarity.key()), Some(clarity));
        }
        assert_eq!(
            serde_json::to_string(&VisionClarity::WhatNotHow).unwrap(),
            "\"what_not_how\""
        );
    }
}
