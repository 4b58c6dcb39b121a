//! Every change a person makes is one named `Edit`, applied by one pure function.
//! The UI sends edits; it never reaches into the workbook itself.

use chrono::NaiveDate;

use super::text::clip_chars;
use super::workbook::{
    date_in_range, CheckInRhythm, VisionClarity, Workbook, MAX_PROGRAM_WEEKS, MAX_TEXT_CHARS, MIN_PROGRAM_WEEKS,
};

/// The four vision questions of E2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Horizon {
    BestOfAllWorlds,
    OneYear,
    ThreeYears,
    TenYears,
}

impl Horizon {
    pub const ALL: [Horizon; 4] =
        [Horizon::BestOfAllWorlds, Horizon::OneYear, Horizon::ThreeYears, Horizon::TenYears];

    pub fn answer(self, workbook: &Workbook) -> &str {
        let vision = &workbook.vision;
        match self {
            Horizon::BestOfAllWorlds => &vision.best_of_all_worlds,
            Horizon::OneYear => &vision.one_year,
            Horizon::ThreeYears => &vision.three_years,
            Horizon::TenYears => &vision.ten_years,
        }
    }

    fn answer_mut(self, workbook: &mut Workbook) -> &mut String {
        let vision = &mut workbook.vision;
        match self {
            Horizon::BestOfAllWorlds => &mut vision.best_of_all_worlds,
            Horizon::OneYear => &mut vision.one_year,
            Horizon::ThreeYears => &mut vision.three_years,
            Horizon::TenYears => &mut vision.ten_years,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    SetName(String),
    SetProgramWeeks(u16),
    SetCheckInRhythm(CheckInRhythm),
    SetStartedOn(Option<NaiveDate>),
    SetVisionAnswer(Horizon, String),
    SetVisionClarity(Option<VisionClarity>),
}

impl Workbook {
    /// Applies one edit, keeping every value within its limits. Returns whether anything changed,
    /// so that an edit that changes nothing causes no save.
    pub fn apply(&mut self, edit: Edit) -> bool {
        fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
            let changed = *slot != value;
            *slot = value;
            changed
        }
        match edit {
            Edit::SetName(name) => set(&mut self.profile.name, clip_chars(&name, MAX_TEXT_CHARS)),
            Edit::SetProgramWeeks(weeks) => set(
                &mut self.profile.program_weeks,
                weeks.clamp(MIN_PROGRAM_WEEKS, MAX_PROGRAM_WEEKS),
            ),
            Edit::SetCheckInRhythm(rhythm) => set(&mut self.profile.check_in_rhythm, rhythm),
            // A date outside the accepted years is refused, not stored; the UI says why.
            Edit::SetStartedOn(Some(day)) if !date_in_range(day) => false,
            Edit::SetStartedOn(date) => set(&mut self.profile.started_on, date),
            Edit::SetVisionAnswer(horizon, text) => {
                set(horizon.answer_mut(self), clip_chars(&text, MAX_TEXT_CHARS))
            }
            Edit::SetVisionClarity(clarity) => set(&mut self.vision.clarity, clarity),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_change_exactly_their_field() {
        let mut workbook = Workbook::default();
        assert!(workbook.apply(Edit::SetName("Ada".into())));
        assert!(workbook.apply(Edit::SetVisionAnswer(Horizon::ThreeYears, "Teaching".into())));
        assert_eq!(workbook.profile.name, "Ada");
        assert_eq!(workbook.vision.three_years, "Teaching");
        assert_eq!(Horizon::ThreeYears.answer(&workbook), "Teaching");
        assert_eq!(workbook.vision.one_year, "");
    }

    #[test]
    fn an_edit_that_changes_nothing_says_so() {
        let mut workbook = Workbook::default();
        assert!(workbook.apply(Edit::SetVisionClarity(Some(VisionClarity::NotYet))));
        assert!(!workbook.apply(Edit::SetVisionClarity(Some(VisionClarity::NotYet))));
        assert!(!workbook.apply(Edit::SetName(String::new())));
    }

    #[test]
    fn program_length_stays_within_limits() {
        let mut workbook = Workbook::default();
        workbook.apply(Edit::SetProgramWeeks(1));
        assert_eq!(workbook.profile.program_weeks, MIN_PROGRAM_WEEKS);
        workbook.apply(Edit::SetProgramWeeks(500));
        assert_eq!(workbook.profile.program_weeks, MAX_PROGRAM_WEEKS);
    }

    #[test]
    fn start_dates_outside_the_accepted_years_are_refused() {
        let mut workbook = Workbook::default();
        let far = NaiveDate::from_ymd_opt(9999, 1, 1).unwrap();
        assert!(!workbook.apply(Edit::SetStartedOn(Some(far))));
        assert_eq!(workbook.profile.started_on, None);
        let fine = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert!(workbook.apply(Edit::SetStartedOn(Some(fine))));
        assert!(workbook.apply(Edit::SetStartedOn(None)));
    }

    #[test]
    fn overlong_text_is_clipped() {
        let mut workbook = Workbook::default();
        workbook.apply(Edit::SetVisionAnswer(Horizon::TenYears, "x".repeat(MAX_TEXT_CHARS + 10)));
        assert_eq!(workbook.vision.ten_years.chars().count(), MAX_TEXT_CHARS);
    }
}
