//! Stage 2, Diving deeper (R1–R6): career options with their reality tests and risks, the option
//! score matrix, the decision, and the skill-gap plan.

pub mod removal;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::limits::{count, date, range, scale, text};
use crate::model::base::matrix::MatrixEdit;
use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::{
    clip_chars, date_in_range, refusal_to_add, refusal_when_full, set, Check, Id, IdSource,
    Refusal, MAX_TEXT_CHARS,
};
use crate::model::exploration::Exploration;

pub use removal::{Removed, Target};

use crate::model::base::matrix::ScoreMatrix;
use crate::model::base::text::text_fields;

/// "Three to five active options": more than five at once spreads the research too thin.
pub const MAX_ACTIVE_OPTIONS: usize = 5;
/// Options ever kept, archived ones included.
pub const MAX_OPTIONS: usize = 30;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_SHORT_CHARS: usize = 120;
pub const MAX_CURRENCY_CHARS: usize = 12;
pub const MAX_SKILLS_PER_OPTION: usize = 30;
pub const MAX_TESTS_PER_OPTION: usize = 30;
pub const MAX_RISKS_PER_OPTION: usize = 30;
pub const MAX_SKILL_GAPS: usize = 60;
/// Larger than any salary in any currency; keeps sums far from overflow.
pub const MAX_SALARY: u64 = 1_000_000_000_000;
pub const MIN_LEVEL: u8 = 1;
pub const MAX_LEVEL: u8 = 5;

/// The criteria a new matrix starts with. Each is phrased so that a higher score is better.
pub const DEFAULT_CRITERIA: [&str; 8] = [
    "Fits my top values",
    "Uses my strengths",
    "Matches my interests",
    "Lifestyle and balance",
    "Pay",
    "Room to grow",
    "Risk I can live with",
    "Ease of getting in",
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deeper {
    pub options: Vec<CareerOption>,
    pub matrix: ScoreMatrix,
    pub decision: Decision,
    pub skill_gaps: Vec<SkillGap>,
}
saved_record!(Deeper with defaults { options, matrix, decision, skill_gaps });

impl Deeper {
    /// A new stage, its matrix holding the default criteria (ids from `ids`).
    pub fn new(ids: &mut IdSource) -> Self {
        Self {
            options: Vec::new(),
            matrix: ScoreMatrix::with_criteria(&DEFAULT_CRITERIA, ids),
            decision: Decision::default(),
            skill_gaps: Vec::new(),
        }
    }

    pub fn option(&self, id: Id) -> Option<&CareerOption> {
        self.options.iter().find(|o| o.id == id)
    }

    fn option_mut(&mut self, id: Id) -> Option<&mut CareerOption> {
        self.options.iter_mut().find(|o| o.id == id)
    }

    /// The options being compared now: every option not archived, in the person's order.
    pub fn active_ids(&self) -> Vec<Id> {
        self.options
            .iter()
            .filter(|o| !o.archived)
            .map(|o| o.id)
            .collect()
    }

    pub fn all_ids(&self) -> Vec<Id> {
        self.options.iter().map(|o| o.id).collect()
    }

    pub fn active_count(&self) -> usize {
        self.options.iter().filter(|o| !o.archived).count()
    }

    pub fn skill_gap(&self, id: Id) -> Option<&SkillGap> {
        self.skill_gaps.iter().find(|g| g.id == id)
    }

    /// Why a new option called `title` would be refused, if it would.
    pub fn option_refusal(&self, title: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "Give the option a working title, for example “Nurse” or “Own bakery”.",
        };
        let active = Refusal::Full {
            limit: MAX_ACTIVE_OPTIONS,
            what: "active options",
            make_room: "Archive or drop one first; a few at a time keeps the research focused.",
        };
        let all = Refusal::Full {
            limit: MAX_OPTIONS,
            what: "options, archived ones included",
            make_room: "Remove one you no longer need first.",
        };
        let titles = self.options.iter().map(|o| o.title.as_str());
        refusal_to_add(title, titles, self.active_count(), empty, active)
            .or_else(|| (self.options.len() >= MAX_OPTIONS).then_some(all))
    }

    /// Why adding `skill` to the skills option `id` needs would be refused, if it would.
    pub fn skill_needed_refusal(&self, id: Id, skill: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "Name the skill, for example “First aid”.",
        };
        let full = Refusal::Full {
            limit: MAX_SKILLS_PER_OPTION,
            what: "skills for this option",
            make_room: "Remove one first.",
        };
        let option = self.option(id)?;
        refusal_to_add(
            skill,
            option.skills_needed.iter().map(String::as_str),
            option.skills_needed.len(),
            empty,
            full,
        )
    }

    /// Why archiving the option `id` (or, with `archived` false, bringing it back) would be refused,
    /// if it would: the chosen direction stays in the comparison, and at most five are active.
    pub fn archive_refusal(&self, id: Id, archived: bool) -> Option<Refusal> {
        if archived && self.decision.chosen == Some(id) {
            Some(Refusal::Rule {
                why: "This is your chosen direction; choose another first, then archive this one.",
            })
        } else if !archived
            && self.option(id).is_some_and(|o| o.archived)
            && self.active_count() >= MAX_ACTIVE_OPTIONS
        {
            Some(Refusal::Full {
                limit: MAX_ACTIVE_OPTIONS,
                what: "active options",
                make_room: "Archive one of them first; a few at a time keeps the research focused.",
            })
        } else {
            None
        }
    }

    /// Why another reality test for the option `id` would be refused, if it would.
    pub fn reality_test_refusal(&self, id: Id) -> Option<Refusal> {
        let full = Refusal::Full {
            limit: MAX_TESTS_PER_OPTION,
            what: "reality tests for this option",
            make_room: "Remove one you no longer need first.",
        };
        refusal_when_full(self.option(id).map_or(0, |o| o.reality_tests.len()), full)
    }

    /// Why another risk for the option `id` would be refused, if it would.
    pub fn risk_refusal(&self, id: Id) -> Option<Refusal> {
        let full = Refusal::Full {
            limit: MAX_RISKS_PER_OPTION,
            what: "risks for this option",
            make_room: "Remove one that no longer worries you first.",
        };
        refusal_when_full(self.option(id).map_or(0, |o| o.risks.len()), full)
    }

    /// Why a new skill gap for `skill` would be refused, if it would.
    pub fn skill_gap_refusal(&self, skill: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "Name the skill, for example “Project management”.",
        };
        let full = Refusal::Full {
            limit: MAX_SKILL_GAPS,
            what: "skill gaps",
            make_room: "Remove one you have closed first.",
        };
        refusal_to_add(
            skill,
            self.skill_gaps.iter().map(|g| g.skill.as_str()),
            self.skill_gaps.len(),
            empty,
            full,
        )
    }

    /// Marks `chosen` (or nothing) as the decision, keeping each option's status in step with it.
    fn choose(&mut self, chosen: Option<Id>) -> bool {
        if chosen.is_some_and(|id| self.option(id).is_none()) || self.decision.chosen == chosen {
            return false;
        }
        // Choosing brings an archived option back into the comparison, if there is room for it.
        let archived = chosen
            .and_then(|id| self.option(id))
            .is_some_and(|o| o.archived);
        if archived && self.active_count() >= MAX_ACTIVE_OPTIONS {
            return false;
        }
        if let Some(previous) = self.decision.chosen.and_then(|id| self.option_mut(id)) {
            previous.status = OptionStatus::Shortlisted;
        }
        if let Some(option) = chosen.and_then(|id| self.option_mut(id)) {
            option.status = OptionStatus::Chosen;
            option.archived = false;
        }
        self.decision.chosen = chosen;
        true
    }

    /// Applies one edit of this stage; `earlier` is what a risk may link to.
    pub fn apply(&mut self, edit: DeeperEdit, earlier: &Exploration, ids: &mut IdSource) -> bool {
        match edit {
            // A risk links only to a "but" that is parked.
            DeeperEdit::SetRisk(_, _, RiskField::But(Some(but)))
                if !earlier.buts.iter().any(|b| b.id == but) =>
            {
                false
            }
            edit => self.change(edit, ids),
        }
    }

    /// Every id this stage holds.
    pub fn ids(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = self.matrix.criteria.iter().map(|c| c.id).collect();
        for option in &self.options {
            ids.push(option.id);
            ids.extend(option.reality_tests.iter().map(|t| t.id));
            ids.extend(option.risks.iter().map(|r| r.id));
        }
        ids.extend(self.skill_gaps.iter().map(|g| g.id));
        ids
    }

    /// Repairs what a hand-edited document may leave inconsistent: scores and gut feelings of
    /// options that do not exist are dropped (they can never be shown), links to missing records
    /// are cleared, and "chosen" agrees between the decision and the options.
    pub fn normalise(&mut self, earlier: &Exploration) {
        let all = self.all_ids();
        self.matrix.keep_only(&all);
        if self.decision.chosen.is_some_and(|id| !all.contains(&id)) {
            self.decision.chosen = None;
        }
        let chosen = self.decision.chosen;
        for option in &mut self.options {
            if Some(option.id) == chosen {
                option.status = OptionStatus::Chosen;
                option.archived = false;
            } else if option.status == OptionStatus::Chosen {
                option.status = OptionStatus::Shortlisted;
            }
        }
        let buts: Vec<Id> = earlier.buts.iter().map(|b| b.id).collect();
        for risk in self.options.iter_mut().flat_map(|o| o.risks.iter_mut()) {
            if risk.but.is_some_and(|id| !buts.contains(&id)) {
                risk.but = None;
            }
        }
        for gap in &mut self.skill_gaps {
            if gap.option.is_some_and(|id| !all.contains(&id)) {
                gap.option = None;
            }
        }
    }

    /// `Ok` when every limit of the saved `deeper` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        let deeper = self;
        count(
            "deeper.options",
            deeper.options.len(),
            MAX_OPTIONS,
            "career options",
        )?;
        count(
            "deeper.options",
            deeper.active_count(),
            MAX_ACTIVE_OPTIONS,
            "options that are not archived",
        )?;
        for (i, option) in deeper.options.iter().enumerate() {
            let at = format!("deeper.options[{i}]");
            text(format!("{at}.title"), &option.title, MAX_TITLE_CHARS)?;
            for field in OptionText::DETAILS {
                text(
                    format!("{at}.{}", field.key()),
                    field.get(option),
                    field.limit(),
                )?;
            }
            count(
                &format!("{at}.skills_needed"),
                option.skills_needed.len(),
                MAX_SKILLS_PER_OPTION,
                "skills",
            )?;
            for (j, skill) in option.skills_needed.iter().enumerate() {
                text(format!("{at}.skills_needed[{j}]"), skill, MAX_SHORT_CHARS)?;
            }
            for (key, value) in [("min", option.salary.min), ("max", option.salary.max)] {
                if let Some(value) = value {
                    range(format!("{at}.salary.{key}"), value <= MAX_SALARY, || {
                        format!("a salary is at most {MAX_SALARY}, and this says {value}")
                    })?;
                }
            }
            text(
                format!("{at}.salary.currency"),
                &option.salary.currency,
                MAX_CURRENCY_CHARS,
            )?;
            count(
                &format!("{at}.reality_tests"),
                option.reality_tests.len(),
                MAX_TESTS_PER_OPTION,
                "reality tests",
            )?;
            for (j, test) in option.reality_tests.iter().enumerate() {
                date(format!("{at}.reality_tests[{j}].date"), test.date)?;
                text(
                    format!("{at}.reality_tests[{j}].learned"),
                    &test.learned,
                    MAX_TEXT_CHARS,
                )?;
            }
            count(
                &format!("{at}.risks"),
                option.risks.len(),
                MAX_RISKS_PER_OPTION,
                "risks",
            )?;
            for (j, risk) in option.risks.iter().enumerate() {
                text(format!("{at}.risks[{j}].risk"), &risk.risk, MAX_TEXT_CHARS)?;
                text(
                    format!("{at}.risks[{j}].mitigation"),
                    &risk.mitigation,
                    MAX_TEXT_CHARS,
                )?;
            }
        }
        deeper.matrix.check_limits("deeper.matrix")?;
        let d = &deeper.decision;
        for (key, answer) in [
            ("direction", &d.direction),
            ("why", &d.why),
            ("change_my_mind", &d.change_my_mind),
        ] {
            text(format!("deeper.decision.{key}"), answer, MAX_TEXT_CHARS)?;
        }
        count(
            "deeper.skill_gaps",
            deeper.skill_gaps.len(),
            MAX_SKILL_GAPS,
            "skill gaps",
        )?;
        for (i, gap) in deeper.skill_gaps.iter().enumerate() {
            let at = format!("deeper.skill_gaps[{i}]");
            text(format!("{at}.skill"), &gap.skill, MAX_SHORT_CHARS)?;
            scale(
                format!("{at}.current"),
                gap.current,
                MIN_LEVEL,
                MAX_LEVEL,
                "a skill level",
            )?;
            scale(
                format!("{at}.target"),
                gap.target,
                MIN_LEVEL,
                MAX_LEVEL,
                "a skill level",
            )?;
            text(format!("{at}.how"), &gap.how, MAX_TEXT_CHARS)?;
            text(format!("{at}.cost"), &gap.cost, MAX_SHORT_CHARS)?;
            date(format!("{at}.deadline"), gap.deadline)?;
        }
        Ok(())
    }

    /// Applies an edit that needs nothing from earlier stages.
    fn change(&mut self, edit: DeeperEdit, ids: &mut IdSource) -> bool {
        match edit {
            DeeperEdit::AddOption(title) => {
                let title = clip_chars(title.trim(), MAX_TITLE_CHARS);
                if self.option_refusal(&title).is_some() {
                    return false;
                }
                self.options.push(CareerOption {
                    id: ids.next(),
                    title,
                    ..CareerOption::default()
                });
                true
            }
            DeeperEdit::SetOptionText(id, field, text) => {
                let text = clip_chars(&text, field.limit());
                self.option_mut(id)
                    .is_some_and(|o| set(field.get_mut(o), text))
            }
            DeeperEdit::AddSkillNeeded(id, skill) => {
                let skill = clip_chars(skill.trim(), MAX_SHORT_CHARS);
                if self.skill_needed_refusal(id, &skill).is_some() {
                    return false;
                }
                self.option_mut(id)
                    .map(|o| o.skills_needed.push(skill))
                    .is_some()
            }
            DeeperEdit::RemoveSkillNeeded(id, skill) => self.option_mut(id).is_some_and(|o| {
                let before = o.skills_needed.len();
                o.skills_needed.retain(|s| *s != skill);
                o.skills_needed.len() != before
            }),
            DeeperEdit::SetSalary(id, field) => self.option_mut(id).is_some_and(|o| match field {
                SalaryField::Min(value) => set(&mut o.salary.min, value.map(|v| v.min(MAX_SALARY))),
                SalaryField::Max(value) => set(&mut o.salary.max, value.map(|v| v.min(MAX_SALARY))),
                SalaryField::Currency(text) => set(
                    &mut o.salary.currency,
                    clip_chars(text.trim(), MAX_CURRENCY_CHARS),
                ),
            }),
            DeeperEdit::SetStatus(id, status) => {
                let Some(option) = self.option(id) else {
                    return false;
                };
                let was = option.status;
                match (was, status) {
                    (was, now) if was == now => false,
                    (_, OptionStatus::Chosen) => self.choose(Some(id)),
                    (OptionStatus::Chosen, now) => {
                        self.choose(None);
                        self.option_mut(id).is_some_and(|o| set(&mut o.status, now))
                    }
                    (_, now) => self.option_mut(id).is_some_and(|o| set(&mut o.status, now)),
                }
            }
            DeeperEdit::SetArchived(id, archived) => {
                if self.archive_refusal(id, archived).is_some() {
                    return false;
                }
                self.option_mut(id)
                    .is_some_and(|o| set(&mut o.archived, archived))
            }
            DeeperEdit::AddRealityTest(id, _) if self.reality_test_refusal(id).is_some() => false,
            DeeperEdit::AddRealityTest(id, kind) => match self.option_mut(id) {
                Some(o) => {
                    o.reality_tests.push(RealityTest {
                        id: ids.next(),
                        kind,
                        ..RealityTest::default()
                    });
                    true
                }
                _ => false,
            },
            DeeperEdit::SetRealityTest(option, test, field) => {
                let Some(t) = self
                    .option_mut(option)
                    .and_then(|o| o.reality_tests.iter_mut().find(|t| t.id == test))
                else {
                    return false;
                };
                match field {
                    TestField::Kind(kind) => set(&mut t.kind, kind),
                    TestField::Done(done) => set(&mut t.done, done),
                    TestField::Date(Some(day)) if !date_in_range(day) => false,
                    TestField::Date(day) => set(&mut t.date, day),
                    TestField::Learned(text) => {
                        set(&mut t.learned, clip_chars(&text, MAX_TEXT_CHARS))
                    }
                }
            }
            DeeperEdit::AddRisk(id) if self.risk_refusal(id).is_some() => false,
            DeeperEdit::AddRisk(id) => match self.option_mut(id) {
                Some(o) => {
                    o.risks.push(Risk {
                        id: ids.next(),
                        ..Risk::default()
                    });
                    true
                }
                _ => false,
            },
            DeeperEdit::SetRisk(option, risk, field) => {
                let Some(r) = self
                    .option_mut(option)
                    .and_then(|o| o.risks.iter_mut().find(|r| r.id == risk))
                else {
                    return false;
                };
                match field {
                    RiskField::Risk(text) => set(&mut r.risk, clip_chars(&text, MAX_TEXT_CHARS)),
                    RiskField::Mitigation(text) => {
                        set(&mut r.mitigation, clip_chars(&text, MAX_TEXT_CHARS))
                    }
                    RiskField::But(but) => set(&mut r.but, but),
                }
            }
            DeeperEdit::Choose(chosen) => self.choose(chosen),
            DeeperEdit::SetDecisionText(field, text) => set(
                field.get_mut(&mut self.decision),
                clip_chars(&text, MAX_TEXT_CHARS),
            ),
            DeeperEdit::AddSkillGap { option, skill } => {
                let skill = clip_chars(skill.trim(), MAX_SHORT_CHARS);
                if self.skill_gap_refusal(&skill).is_some()
                    || option.is_some_and(|id| self.option(id).is_none())
                {
                    return false;
                }
                self.skill_gaps.push(SkillGap {
                    id: ids.next(),
                    option,
                    skill,
                    ..SkillGap::default()
                });
                true
            }
            DeeperEdit::OptionMatrix(edit) => {
                let things = self.all_ids();
                self.matrix.apply(edit, &things, ids)
            }
            DeeperEdit::SetSkillGap(id, field) => {
                let known_option = match &field {
                    GapField::Option(Some(option)) => self.option(*option).is_some(),
                    _ => true,
                };
                let Some(g) = self.skill_gaps.iter_mut().find(|g| g.id == id) else {
                    return false;
                };
                match field {
                    GapField::Option(option) => known_option && set(&mut g.option, option),
                    GapField::Skill(text) => {
                        let text = clip_chars(text.trim(), MAX_SHORT_CHARS);
                        !text.is_empty() && set(&mut g.skill, text)
                    }
                    GapField::Current(level) => {
                        set(&mut g.current, level.clamp(MIN_LEVEL, MAX_LEVEL))
                    }
                    GapField::Target(level) => {
                        set(&mut g.target, level.clamp(MIN_LEVEL, MAX_LEVEL))
                    }
                    GapField::Method(method) => set(&mut g.method, method),
                    GapField::How(text) => set(&mut g.how, clip_chars(&text, MAX_TEXT_CHARS)),
                    GapField::Cost(text) => set(&mut g.cost, clip_chars(&text, MAX_SHORT_CHARS)),
                    GapField::Deadline(Some(day)) if !date_in_range(day) => false,
                    GapField::Deadline(day) => set(&mut g.deadline, day),
                }
            }
        }
    }
}

impl Default for Deeper {
    fn default() -> Self {
        Self::new(&mut IdSource::default())
    }
}

/// R1: one direction being researched.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CareerOption {
    pub id: Id,
    pub title: String,
    pub appeal: String,
    pub day_in_the_life: String,
    pub duties: String,
    pub education: String,
    pub skills_needed: Vec<String>,
    pub salary: SalaryRange,
    pub culture: String,
    pub outlook: String,
    pub entry_steps: String,
    pub open_questions: String,
    pub sources: String,
    pub status: OptionStatus,
    /// Archived options keep everything but leave the comparison.
    pub archived: bool,
    pub reality_tests: Vec<RealityTest>,
    pub risks: Vec<Risk>,
}
saved_record!(CareerOption with defaults {
    id, title, appeal, day_in_the_life, duties, education, skills_needed, salary, culture, outlook,
    entry_steps, open_questions, sources, status, archived, reality_tests, risks
});

text_fields! {
    /// The free-text parts of an option, each with its place in the saved form.
    pub enum OptionText for CareerOption {
        Title => title,
        Appeal => appeal,
        DayInTheLife => day_in_the_life,
        Duties => duties,
        Education => education,
        Culture => culture,
        Outlook => outlook,
        EntrySteps => entry_steps,
        OpenQuestions => open_questions,
        Sources => sources,
    }
}

impl OptionText {
    pub const DETAILS: [OptionText; 9] = [
        OptionText::Appeal,
        OptionText::DayInTheLife,
        OptionText::Duties,
        OptionText::Education,
        OptionText::Culture,
        OptionText::Outlook,
        OptionText::EntrySteps,
        OptionText::OpenQuestions,
        OptionText::Sources,
    ];

    pub fn limit(self) -> usize {
        match self {
            OptionText::Title => MAX_TITLE_CHARS,
            _ => MAX_TEXT_CHARS,
        }
    }
}

/// A yearly pay range; either end may be unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SalaryRange {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub currency: String,
}
saved_record!(SalaryRange with defaults { min, max, currency });

impl SalaryRange {
    /// True when both ends are known and the lower is above the upper.
    pub fn is_reversed(&self) -> bool {
        matches!((self.min, self.max), (Some(min), Some(max)) if min > max)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SalaryField {
    Min(Option<u64>),
    Max(Option<u64>),
    Currency(String),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OptionStatus {
    #[default]
    Exploring,
    Shortlisted,
    Chosen,
    Dropped,
}
saved_choice!(OptionStatus);

impl OptionStatus {
    pub const ALL: [OptionStatus; 4] = [
        OptionStatus::Exploring,
        OptionStatus::Shortlisted,
        OptionStatus::Chosen,
        OptionStatus::Dropped,
    ];

    pub fn key(self) -> &'static str {
        match self {
            OptionStatus::Exploring => "exploring",
            OptionStatus::Shortlisted => "shortlisted",
            OptionStatus::Chosen => "chosen",
            OptionStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            OptionStatus::Exploring => "Exploring",
            OptionStatus::Shortlisted => "Shortlisted",
            OptionStatus::Chosen => "Chosen",
            OptionStatus::Dropped => "Dropped",
        }
    }
}

/// R2: a way of trying an option on before committing to it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RealityTest {
    pub id: Id,
    pub kind: RealityTestKind,
    /// Planned until done.
    pub done: bool,
    pub date: Option<NaiveDate>,
    pub learned: String,
}
saved_record!(RealityTest with defaults { id, kind, done, date, learned });

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RealityTestKind {
    #[default]
    InformationalInterview,
    JobShadowing,
    Volunteering,
    SmallProject,
}
saved_choice!(RealityTestKind);

impl RealityTestKind {
    pub const ALL: [RealityTestKind; 4] = [
        RealityTestKind::InformationalInterview,
        RealityTestKind::JobShadowing,
        RealityTestKind::Volunteering,
        RealityTestKind::SmallProject,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RealityTestKind::InformationalInterview => "informational_interview",
            RealityTestKind::JobShadowing => "job_shadowing",
            RealityTestKind::Volunteering => "volunteering",
            RealityTestKind::SmallProject => "small_project",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            RealityTestKind::InformationalInterview => "Informational interview",
            RealityTestKind::JobShadowing => "Job shadowing",
            RealityTestKind::Volunteering => "Volunteering",
            RealityTestKind::SmallProject => "Small project",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TestField {
    Kind(RealityTestKind),
    Done(bool),
    Date(Option<NaiveDate>),
    Learned(String),
}

/// R4: something that could get in the way of an option, and what would lessen it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Risk {
    pub id: Id,
    pub risk: String,
    pub mitigation: String,
    /// The parked "but" (E3) this risk takes up, if any.
    pub but: Option<Id>,
}
saved_record!(Risk with defaults { id, risk, mitigation, but });

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RiskField {
    Risk(String),
    Mitigation(String),
    /// Links the risk to a parked "but" (checked against the parking lot by `Deeper::apply`).
    But(Option<Id>),
}

/// R5: the direction chosen, in the person's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// The option chosen, if the direction is one of the options.
    pub chosen: Option<Id>,
    pub direction: String,
    pub why: String,
    pub change_my_mind: String,
}
saved_record!(Decision with defaults { chosen, direction, why, change_my_mind });

text_fields! {
    /// The parts of a decision written in the person's own words.
    pub enum DecisionText for Decision {
        Direction => direction,
        Why => why,
        ChangeMyMind => change_my_mind,
    }
}

/// R6: one skill an option asks for, where the person stands and how they will close the gap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkillGap {
    pub id: Id,
    /// The option that needs the skill, if any.
    pub option: Option<Id>,
    pub skill: String,
    /// 1 (new to it) to 5 (could teach it).
    pub current: u8,
    pub target: u8,
    pub method: GapMethod,
    pub how: String,
    pub cost: String,
    pub deadline: Option<NaiveDate>,
}
saved_record!(SkillGap with defaults { id, option, skill, current, target, method, how, cost, deadline });

impl Default for SkillGap {
    fn default() -> Self {
        Self {
            id: Id::default(),
            option: None,
            skill: String::new(),
            current: MIN_LEVEL,
            target: 3,
            method: GapMethod::default(),
            how: String::new(),
            cost: String::new(),
            deadline: None,
        }
    }
}

impl SkillGap {
    /// How many levels are still to climb (0 when the target is reached).
    pub fn size(&self) -> u8 {
        self.target.saturating_sub(self.current)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GapMethod {
    #[default]
    Course,
    Certification,
    Mentor,
    Volunteering,
    Project,
}
saved_choice!(GapMethod);

impl GapMethod {
    pub const ALL: [GapMethod; 5] = [
        GapMethod::Course,
        GapMethod::Certification,
        GapMethod::Mentor,
        GapMethod::Volunteering,
        GapMethod::Project,
    ];

    pub fn key(self) -> &'static str {
        match self {
            GapMethod::Course => "course",
            GapMethod::Certification => "certification",
            GapMethod::Mentor => "mentor",
            GapMethod::Volunteering => "volunteering",
            GapMethod::Project => "project",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            GapMethod::Course => "A course",
            GapMethod::Certification => "A certification",
            GapMethod::Mentor => "A mentor",
            GapMethod::Volunteering => "Volunteering",
            GapMethod::Project => "A project of my own",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GapField {
    Option(Option<Id>),
    Skill(String),
    Current(u8),
    Target(u8),
    Method(GapMethod),
    How(String),
    Cost(String),
    Deadline(Option<NaiveDate>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeeperEdit {
    AddOption(String),
    SetOptionText(Id, OptionText, String),
    AddSkillNeeded(Id, String),
    RemoveSkillNeeded(Id, String),
    SetSalary(Id, SalaryField),
    SetStatus(Id, OptionStatus),
    SetArchived(Id, bool),
    AddRealityTest(Id, RealityTestKind),
    SetRealityTest(Id, Id, TestField),
    AddRisk(Id),
    SetRisk(Id, Id, RiskField),
    Choose(Option<Id>),
    SetDecisionText(DecisionText, String),
    AddSkillGap {
        option: Option<Id>,
        skill: String,
    },
    SetSkillGap(Id, GapField),
    /// An edit of the option score matrix; the things compared are the career options.
    OptionMatrix(MatrixEdit),
}

/// The text of a source line when it is a web address safe to show as a link (see
/// [`crate::model::base::links::web_link`]).
pub fn safe_link(line: &str) -> Option<&str> {
    crate::model::base::links::web_link(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_options(titles: &[&str]) -> (Deeper, IdSource) {
        let mut ids = IdSource::starting_at(100);
        let mut deeper = Deeper::new(&mut ids);
        for title in titles {
            assert!(deeper.change(DeeperEdit::AddOption((*title).into()), &mut ids));
        }
        (deeper, ids)
    }

    #[test]
    fn a_new_stage_has_the_default_criteria() {
        let deeper = Deeper::default();
        assert_eq!(deeper.matrix.criteria.len(), DEFAULT_CRITERIA.len());
        assert!(deeper
            .matrix
            .criteria
            .iter()
            .all(|c| c.weight == crate::model::base::matrix::DEFAULT_WEIGHT));
    }

    #[test]
    fn at_most_five_options_are_active() {
        let (mut deeper, mut ids) = with_options(&["A", "B", "C", "D", "E"]);
        assert!(!deeper.change(DeeperEdit::AddOption("F".into()), &mut ids));
        let first = deeper.options[0].id;
        assert!(deeper.change(DeeperEdit::SetArchived(first, true), &mut ids));
        assert!(deeper.change(DeeperEdit::AddOption("F".into()), &mut ids));
        assert!(
            !deeper.change(DeeperEdit::SetArchived(first, false), &mut ids),
            "five are active again"
        );
        let why = deeper
            .archive_refusal(first, false)
            .map(Refusal::message)
            .unwrap_or_default();
        assert!(why.starts_with("You have 5 active options"), "{why}");
        assert_eq!(deeper.active_ids().len(), 5);
        assert!(!deeper.change(DeeperEdit::AddOption("   ".into()), &mut ids));
    }

    #[test]
    fn choosing_keeps_status_and_decision_in_step() {
        let (mut deeper, mut ids) = with_options(&["Nurse", "Teacher"]);
        let (nurse, teacher) = (deeper.options[0].id, deeper.options[1].id);
        assert!(deeper.change(DeeperEdit::Choose(Some(nurse)), &mut ids));
        assert_eq!(deeper.option(nurse).unwrap().status, OptionStatus::Chosen);
        assert!(deeper.change(
            DeeperEdit::SetStatus(teacher, OptionStatus::Chosen),
            &mut ids
        ));
        assert_eq!(deeper.decision.chosen, Some(teacher));
        assert_eq!(
            deeper.option(nurse).unwrap().status,
            OptionStatus::Shortlisted
        );
        assert!(
            !deeper.change(DeeperEdit::SetArchived(teacher, true), &mut ids),
            "the chosen one stays active"
        );
        assert!(deeper
            .archive_refusal(teacher, true)
            .is_some_and(|r| r.message().contains("chosen direction")));
        assert_eq!(deeper.archive_refusal(nurse, true), None);
        assert!(deeper.change(
            DeeperEdit::SetStatus(teacher, OptionStatus::Dropped),
            &mut ids
        ));
        assert_eq!(deeper.decision.chosen, None);
        assert_eq!(
            deeper.option(teacher).unwrap().status,
            OptionStatus::Dropped
        );
        assert!(!deeper.change(DeeperEdit::Choose(Some(Id(9999))), &mut ids));
    }

    #[test]
    fn choosing_an_archived_option_needs_room_among_the_active() {
        let (mut deeper, mut ids) = with_options(&["A", "B", "C", "D", "E"]);
        let first = deeper.options[0].id;
        deeper.change(DeeperEdit::SetArchived(first, true), &mut ids);
        deeper.change(DeeperEdit::AddOption("F".into()), &mut ids);
        assert!(!deeper.change(DeeperEdit::Choose(Some(first)), &mut ids));
        assert!(!deeper.change(DeeperEdit::SetStatus(first, OptionStatus::Chosen), &mut ids));
        assert_eq!(deeper.active_count(), MAX_ACTIVE_OPTIONS);
        let second = deeper.options[1].id;
        deeper.change(DeeperEdit::SetArchived(second, true), &mut ids);
        assert!(deeper.change(DeeperEdit::Choose(Some(first)), &mut ids));
        assert!(!deeper.option(first).unwrap().archived);
    }

    #[test]
    fn skills_needed_are_a_set_of_names() {
        let (mut deeper, mut ids) = with_options(&["Nurse"]);
        let nurse = deeper.options[0].id;
        assert!(deeper.change(
            DeeperEdit::AddSkillNeeded(nurse, " Triage ".into()),
            &mut ids
        ));
        assert!(!deeper.change(DeeperEdit::AddSkillNeeded(nurse, "triage".into()), &mut ids));
        assert_eq!(
            deeper.option(nurse).unwrap().skills_needed,
            vec!["Triage".to_string()]
        );
        assert!(deeper.change(
            DeeperEdit::RemoveSkillNeeded(nurse, "Triage".into()),
            &mut ids
        ));
        assert!(deeper.option(nurse).unwrap().skills_needed.is_empty());
    }

    #[test]
    fn reality_tests_and_risks_are_edited_in_place() {
        let (mut deeper, mut ids) = with_options(&["Nurse"]);
        let nurse = deeper.options[0].id;
        assert!(deeper.change(
            DeeperEdit::AddRealityTest(nurse, RealityTestKind::JobShadowing),
            &mut ids
        ));
        let test = deeper.options[0].reality_tests[0].id;
        assert!(deeper.change(
            DeeperEdit::SetRealityTest(nurse, test, TestField::Done(true)),
            &mut ids
        ));
        let far = NaiveDate::from_ymd_opt(3000, 1, 1);
        assert!(!deeper.change(
            DeeperEdit::SetRealityTest(nurse, test, TestField::Date(far)),
            &mut ids
        ));
        assert!(deeper.options[0].reality_tests[0].done);
        assert!(deeper.change(DeeperEdit::AddRisk(nurse), &mut ids));
        let risk = deeper.options[0].risks[0].id;
        assert!(deeper.change(
            DeeperEdit::SetRisk(nurse, risk, RiskField::Mitigation("Save first".into())),
            &mut ids
        ));
        assert_eq!(deeper.options[0].risks[0].mitigation, "Save first");
    }

    #[test]
    fn salary_and_gap_values_stay_in_range() {
        let (mut deeper, mut ids) = with_options(&["Nurse"]);
        let nurse = deeper.options[0].id;
        deeper.change(
            DeeperEdit::SetSalary(nurse, SalaryField::Min(Some(u64::MAX))),
            &mut ids,
        );
        deeper.change(
            DeeperEdit::SetSalary(nurse, SalaryField::Max(Some(40_000))),
            &mut ids,
        );
        assert_eq!(deeper.options[0].salary.min, Some(MAX_SALARY));
        assert!(deeper.options[0].salary.is_reversed());
        assert!(deeper.change(
            DeeperEdit::AddSkillGap {
                option: Some(nurse),
                skill: "Anatomy".into()
            },
            &mut ids
        ));
        let gap = deeper.skill_gaps[0].id;
        deeper.change(DeeperEdit::SetSkillGap(gap, GapField::Target(9)), &mut ids);
        assert_eq!(deeper.skill_gaps[0].target, MAX_LEVEL);
        assert_eq!(deeper.skill_gaps[0].size(), MAX_LEVEL - MIN_LEVEL);
        assert!(!deeper.change(
            DeeperEdit::SetSkillGap(gap, GapField::Option(Some(Id(9999)))),
            &mut ids
        ));
        assert!(!deeper.change(
            DeeperEdit::AddSkillGap {
                option: Some(Id(9999)),
                skill: "X".into()
            },
            &mut ids
        ));
    }

    #[test]
    fn only_plain_web_addresses_become_links() {
        assert_eq!(
            safe_link(" https://example.org/jobs?a=1 "),
            Some("https://example.org/jobs?a=1")
        );
        assert_eq!(safe_link("HTTP://example.org"), Some("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,hi",
            "https://",
            "https:///path",
            "ftp://example.org",
            "https://exa mple.org",
            "https://example.org/\"onmouseover=x",
            "example.org",
            "",
            "ht",
        ] {
            assert_eq!(safe_link(bad), None, "{bad}");
        }
    }

    #[test]
    fn enum_keys_round_trip() {
        for s in OptionStatus::ALL {
            assert_eq!(OptionStatus::from_key(s.key()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.key())
            );
        }
        for k in RealityTestKind::ALL {
            assert_eq!(RealityTestKind::from_key(k.key()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.key())
            );
        }
        for m in GapMethod::ALL {
            assert_eq!(GapMethod::from_key(m.key()), Some(m));
            assert_eq!(
                serde_json::to_string(&m).unwrap(),
                format!("\"{}\"", m.key())
            );
        }
    }

    #[test]
    fn refused_adds_say_why() {
        let (mut deeper, mut ids) =
            with_options(&["Nurse", "Teacher", "Gardener", "Baker", "Pilot"]);
        assert!(matches!(
            deeper.option_refusal("  "),
            Some(Refusal::Empty { .. })
        ));
        assert_eq!(deeper.option_refusal("nurse"), Some(Refusal::AlreadyListed));
        let full = deeper.option_refusal("Vet").expect("five are active");
        assert!(
            full.message().starts_with("You have 5 active options"),
            "{}",
            full.message()
        );
        assert!(
            !deeper.change(DeeperEdit::AddOption("Vet".into()), &mut ids),
            "the edit refuses what the form refuses"
        );
        let nurse = deeper.options[0].id;
        assert!(deeper.change(DeeperEdit::AddSkillNeeded(nurse, "Care".into()), &mut ids));
        assert_eq!(
            deeper.skill_needed_refusal(nurse, "CARE "),
            Some(Refusal::AlreadyListed)
        );
        assert!(!deeper.change(DeeperEdit::AddSkillNeeded(nurse, "care".into()), &mut ids));
        for n in 0..MAX_SKILL_GAPS {
            assert!(deeper.change(
                DeeperEdit::AddSkillGap {
                    option: None,
                    skill: format!("Skill {n}")
                },
                &mut ids
            ));
        }
        assert!(matches!(
            deeper.skill_gap_refusal("One more"),
            Some(Refusal::Full {
                limit: MAX_SKILL_GAPS,
                ..
            })
        ));
        assert!(!deeper.change(
            DeeperEdit::AddSkillGap {
                option: None,
                skill: "One more".into()
            },
            &mut ids
        ));
    }
}
