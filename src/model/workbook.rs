//! The workbook: everything a person writes in Waypoint.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::deeper::Deeper;
use super::exploration::Exploration;
use super::id::{Id, IdSource};
use super::plan::Plan;

/// The version of the saved form. It only goes up; each step up has a migration in `store::migrate`.
pub const SCHEMA_VERSION: u32 = 3;

/// The longest text one answer may hold, in characters. Generous for a reflection, small enough that a
/// whole workbook stays far below the browser's storage quota.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// A program runs from a month to a year; coaching programs typically take two to six months.
pub const MIN_PROGRAM_WEEKS: u16 = 4;
pub const MAX_PROGRAM_WEEKS: u16 = 52;
pub const DEFAULT_PROGRAM_WEEKS: u16 = 12;

/// Program dates are kept to years a working life can span; this also keeps date arithmetic far from
/// the calendar's limits.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 2199;

/// Whether `day` is a date Waypoint accepts for a program.
pub fn date_in_range(day: NaiveDate) -> bool {
    (EARLIEST_YEAR..=LATEST_YEAR).contains(&chrono::Datelike::year(&day))
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Workbook {
    pub schema_version: u32,
    /// Where the next id comes from; see `model::id`.
    pub next_id: IdSource,
    pub profile: Profile,
    pub vision: Vision,
    pub exploration: Exploration,
    pub deeper: Deeper,
    pub plan: Plan,
}

impl Default for Workbook {
    fn default() -> Self {
        let mut next_id = IdSource::default();
        let deeper = Deeper::new(&mut next_id);
        Self {
            schema_version: SCHEMA_VERSION,
            next_id,
            profile: Profile::default(),
            vision: Vision::default(),
            exploration: Exploration::default(),
            deeper,
            plan: Plan::default(),
        }
    }
}

/// S1: who the person is to the app, and the shape of their program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// The name the app greets the person by; may stay empty.
    pub name: String,
    pub program_weeks: u16,
    pub check_in_rhythm: CheckInRhythm,
    /// The day the program began; check-ins are counted from it.
    pub started_on: Option<NaiveDate>,
}

impl Default for Profile {
    fn default() -> Self {
        Self {
            name: String::new(),
            program_weeks: DEFAULT_PROGRAM_WEEKS,
            check_in_rhythm: CheckInRhythm::default(),
            started_on: None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckInRhythm {
    Weekly,
    #[default]
    Fortnightly,
}

impl CheckInRhythm {
    pub const ALL: [CheckInRhythm; 2] = [CheckInRhythm::Weekly, CheckInRhythm::Fortnightly];

    pub fn days(self) -> i64 {
        match self {
            CheckInRhythm::Weekly => 7,
            CheckInRhythm::Fortnightly => 14,
        }
    }

    /// The stable name used in the saved form and in form controls.
    pub fn key(self) -> &'static str {
        match self {
            CheckInRhythm::Weekly => "weekly",
            CheckInRhythm::Fortnightly => "fortnightly",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            CheckInRhythm::Weekly => "Every week",
            CheckInRhythm::Fortnightly => "Every two weeks",
        }
    }
}

/// E2: the picture of a preferred future, at three distances.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Vision {
    pub best_of_all_worlds: String,
    pub one_year: String,
    pub three_years: String,
    pub ten_years: String,
    pub clarity: Option<VisionClarity>,
}

/// How clear the vision feels to the person right now. It decides which next step the app suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisionClarity {
    /// "I can see where I want to go."
    Clear,
    /// "I know what I want, not how to get there."
    WhatNotHow,
    /// "Not yet: it is still a blur."
    NotYet,
}

impl VisionClarity {
    pub const ALL: [VisionClarity; 3] =
        [VisionClarity::Clear, VisionClarity::WhatNotHow, VisionClarity::NotYet];

    pub fn key(self) -> &'static str {
        match self {
            VisionClarity::Clear => "clear",
            VisionClarity::WhatNotHow => "what_not_how",
            VisionClarity::NotYet => "not_yet",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// What a workbook holds, in a few numbers: shown before an import replaces anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookSummary {
    pub name: Option<String>,
    pub program_weeks: u16,
    pub check_in_rhythm: CheckInRhythm,
    pub started_on: Option<NaiveDate>,
    /// How many of the four vision questions have an answer.
    pub vision_answers: usize,
    pub vision_clarity: Option<VisionClarity>,
    /// (cards sorted, cards in the deck and the person's own)
    pub values_sorted: (usize, usize),
    pub top_values: Vec<String>,
    pub goals: usize,
    pub buts: usize,
    /// (Exploration sections done, sections in all)
    pub exploration_done: (usize, usize),
    pub active_options: usize,
    pub archived_options: usize,
    pub criteria: usize,
    pub scores: usize,
    /// The title of the chosen option, or the decision's own words.
    pub decision: Option<String>,
    pub skill_gaps: usize,
    pub plan_steps: usize,
}

impl Workbook {
    /// A new workbook whose program starts on `today`.
    pub fn new_started(today: NaiveDate) -> Self {
        let mut workbook = Self::default();
        workbook.profile.started_on = Some(today);
        workbook
    }

    pub fn summary(&self) -> WorkbookSummary {
        let v = &self.vision;
        let vision_answers = [&v.best_of_all_worlds, &v.one_year, &v.three_years, &v.ten_years]
            .iter()
            .filter(|answer| !answer.trim().is_empty())
            .count();
        let name = self.profile.name.trim();
        WorkbookSummary {
            name: (!name.is_empty()).then(|| name.to_string()),
            program_weeks: self.profile.program_weeks,
            check_in_rhythm: self.profile.check_in_rhythm,
            started_on: self.profile.started_on,
            vision_answers,
            vision_clarity: v.clarity,
            values_sorted: self.exploration.values.progress(),
            top_values: self.top_value_names(),
            goals: self.exploration.goals.iter().filter(|g| !g.text.trim().is_empty()).count(),
            buts: self.exploration.buts.len(),
            exploration_done: self.exploration.progress(&self.vision),
            active_options: self.deeper.active_count(),
            archived_options: self.deeper.options.len() - self.deeper.active_count(),
            criteria: self.deeper.matrix.criteria.len(),
            scores: self.deeper.matrix.scores.len(),
            decision: self.decision_title(),
            skill_gaps: self.deeper.skill_gaps.len(),
            plan_steps: self.plan.steps.len(),
        }
    }

    /// The decided direction in a few words: the chosen option's title, else the direction as written.
    pub fn decision_title(&self) -> Option<String> {
        let decision = &self.deeper.decision;
        let title = decision
            .chosen
            .and_then(|id| self.deeper.option(id))
            .map(|o| o.title.trim())
            .filter(|t| !t.is_empty())
            .or_else(|| Some(decision.direction.trim()).filter(|t| !t.is_empty()))?;
        Some(super::text::clip_chars(title, 80))
    }

    /// The names of the ranked top values, in rank order.
    pub fn top_value_names(&self) -> Vec<String> {
        let values = &self.exploration.values;
        values.top.iter().filter_map(|key| values.card(key)).map(|c| c.name).collect()
    }

    /// Every id in the workbook, in no particular order.
    pub fn ids(&self) -> Vec<Id> {
        let deeper = &self.deeper;
        let mut ids: Vec<Id> = deeper.matrix.criteria.iter().map(|c| c.id).collect();
        ids.extend(self.exploration.values.custom.iter().map(|c| c.id));
        ids.extend(self.exploration.goals.iter().map(|g| g.id));
        ids.extend(self.exploration.buts.iter().map(|b| b.id));
        ids.extend(self.exploration.situation.past_roles.iter().map(|r| r.id));
        ids.extend(self.exploration.situation.feelings.iter().map(|f| f.id));
        ids.extend(self.exploration.strengths.iter().map(|s| s.id));
        ids.extend(self.exploration.skills.iter().map(|s| s.id));
        ids.extend(self.exploration.interests.topics.iter().map(|t| t.id));
        for option in &deeper.options {
            ids.push(option.id);
            ids.extend(option.reality_tests.iter().map(|t| t.id));
            ids.extend(option.risks.iter().map(|r| r.id));
        }
        ids.extend(deeper.skill_gaps.iter().map(|g| g.id));
        ids.extend(self.plan.steps.iter().map(|s| s.id));
        ids
    }

    /// Repairs what a hand-edited or damaged-but-readable document may leave inconsistent, without
    /// losing anything a person wrote: the id source moves past every id; scores and gut feelings of
    /// options that do not exist are dropped (they can never be shown); links to missing records are
    /// cleared; and "chosen" agrees between the decision and the options.
    pub fn normalise(&mut self) {
        if let Some(highest) = self.ids().into_iter().max() {
            self.next_id.skip_past(highest);
        }
        self.exploration.normalise();
        let deeper = &mut self.deeper;
        let all = deeper.all_ids();
        deeper.matrix.keep_only(&all);
        if deeper.decision.chosen.is_some_and(|id| !all.contains(&id)) {
            deeper.decision.chosen = None;
        }
        let chosen = deeper.decision.chosen;
        for option in &mut deeper.options {
            if Some(option.id) == chosen {
                option.status = super::deeper::OptionStatus::Chosen;
                option.archived = false;
            } else if option.status == super::deeper::OptionStatus::Chosen {
                option.status = super::deeper::OptionStatus::Shortlisted;
            }
        }
        let buts: Vec<Id> = self.exploration.buts.iter().map(|b| b.id).collect();
        for risk in deeper.options.iter_mut().flat_map(|o| o.risks.iter_mut()) {
            if risk.but.is_some_and(|id| !buts.contains(&id)) {
                risk.but = None;
            }
        }
        for gap in &mut deeper.skill_gaps {
            if gap.option.is_some_and(|id| !all.contains(&id)) {
                gap.option = None;
            }
        }
        let gaps: Vec<Id> = deeper.skill_gaps.iter().map(|g| g.id).collect();
        for step in &mut self.plan.steps {
            if step.skill_gap.is_some_and(|id| !gaps.contains(&id)) {
                step.skill_gap = None;
            }
        }
    }

    /// True when the person has written nothing yet: nothing would be lost by replacing it.
    pub fn is_blank(&self) -> bool {
        let summary = self.summary();
        summary.name.is_none()
            && summary.vision_answers == 0
            && summary.vision_clarity.is_none()
            && self.exploration == Exploration::default()
            && self.deeper.options.is_empty()
            && self.deeper.skill_gaps.is_empty()
            && self.plan.steps.is_empty()
            && self.deeper.decision == super::deeper::Decision::default()
    }

}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_workbook_is_blank_and_current() {
        let workbook = Workbook::default();
        assert_eq!(workbook.schema_version, SCHEMA_VERSION);
        assert!(workbook.is_blank());
        assert_eq!(workbook.profile.program_weeks, DEFAULT_PROGRAM_WEEKS);
    }

    #[test]
    fn summary_counts_only_answered_vision_questions() {
        let mut workbook = Workbook::default();
        workbook.profile.name = "  Sam ".into();
        workbook.vision.one_year = "A calmer team".into();
        workbook.vision.ten_years = "   ".into();
        let summary = workbook.summary();
        assert_eq!(summary.name.as_deref(), Some("Sam"));
        assert_eq!(summary.vision_answers, 1);
        assert!(!workbook.is_blank());
    }

    #[test]
    fn rhythm_and_clarity_keys_round_trip() {
        for rhythm in CheckInRhythm::ALL {
            assert_eq!(CheckInRhythm::from_key(rhythm.key()), Some(rhythm));
        }
        for clarity in VisionClarity::ALL {
            assert_eq!(VisionClarity::from_key(clarity.key()), Some(clarity));
        }
        assert_eq!(CheckInRhythm::from_key("monthly"), None);
    }

    #[test]
    fn serde_keys_match_form_keys() {
        let text = serde_json::to_string(&VisionClarity::WhatNotHow).unwrap();
        assert_eq!(text, "\"what_not_how\"");
        let text = serde_json::to_string(&CheckInRhythm::Weekly).unwrap();
        assert_eq!(text, "\"weekly\"");
    }
}
