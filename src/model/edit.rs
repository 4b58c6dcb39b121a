//! Every change a person makes is one named `Edit`, applied by one pure function.
//! The UI sends edits; it never reaches into the workbook itself.

use chrono::NaiveDate;

use super::deeper::{CareerOption, DeeperEdit, RealityTest, Risk, SkillGap, MAX_ACTIVE_OPTIONS, MAX_OPTIONS};
use super::buts::{apply_but_edit, But, ButEdit};
use super::goals::{apply_goal_edit, Goal, GoalEdit};
use super::interests::{InterestsEdit, Topic};
use super::readiness::ReadinessEdit;
use super::situation::{FeelingToReasons, PastRole, SelfEdit, SelfParts, Skill, Strength};
use super::id::Id;
use super::values::{
    custom_key, CustomCard, Pile, Placement, ValueReflection, ValuesEdit, MAX_CUSTOM_CARDS, MAX_TOP,
};
use super::matrix::{MatrixEdit, RemovedCriterion, RemovedThing};
use super::plan::{ActionStep, PlanEdit};
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
    But(ButEdit),
    /// E1 (situation), E5 (strengths), E7 (skills), E8 (flow).
    Myself(SelfEdit),
    Interests(InterestsEdit),
    Readiness(ReadinessEdit),
    Values(ValuesEdit),
    Goal(GoalEdit),
    Deeper(DeeperEdit),
    /// An edit of the option score matrix; the things compared are the career options.
    OptionMatrix(MatrixEdit),
    Plan(PlanEdit),
    /// Turns a skill gap into dated plan steps, counted from `today`.
    MakeStepsFromGap { gap: Id, today: NaiveDate },
    Remove(Target),
    /// Undoes a removal: puts back exactly what [`Workbook::removal_of`] described.
    Restore(Removed),
}

/// Something a person can delete (and get back with undo).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The current values sort: every card back on the stack (history stays).
    ValuesSort,
    But(Id),
    PastRole(Id),
    Feeling(Id),
    Strength(Id),
    Skill(Id),
    /// An interest in the person's own words.
    Topic(Id),
    CustomValue(Id),
    Goal(Id),
    Option(Id),
    RealityTest { option: Id, test: Id },
    Risk { option: Id, risk: Id },
    Criterion(Id),
    SkillGap(Id),
    Step(Id),
}

/// Everything a removal takes away, so that undo can put back exactly that, where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    ValuesSort { placements: Vec<Placement>, top: Vec<String> },
    /// A parked "but", and the risks (option, risk) that were linked to it.
    But { index: usize, but: But, risks: Vec<(Id, Id)> },
    PastRole { index: usize, role: PastRole },
    Feeling { index: usize, feeling: FeelingToReasons },
    Strength { index: usize, strength: Strength },
    Skill { index: usize, skill: Skill },
    Topic { index: usize, topic: Topic },
    CustomValue {
        index: usize,
        card: CustomCard,
        /// The card's placement and where it stood among the placements.
        placement: Option<(usize, Pile)>,
        top_index: Option<usize>,
        reflection: Option<(usize, ValueReflection)>,
    },
    Goal { index: usize, goal: Goal },
    Option { index: usize, option: CareerOption, matrix: RemovedThing, was_chosen: bool, gaps: Vec<Id> },
    RealityTest { option: Id, index: usize, test: RealityTest },
    Risk { option: Id, index: usize, risk: Risk },
    Criterion(RemovedCriterion),
    SkillGap { index: usize, gap: SkillGap, steps: Vec<Id> },
    Step { index: usize, step: ActionStep },
}

impl Removed {
    /// A short name for what was removed, for the undo message.
    pub fn name(&self) -> String {
        let named = |text: &str, fallback: &str| {
            let text = text.trim();
            if text.is_empty() {
                fallback.to_string()
            } else {
                format!("“{}”", clip_chars(text, 60))
            }
        };
        match self {
            Removed::ValuesSort { .. } => "the sort: every card is back on the stack".into(),
            Removed::But { but, .. } => named(&but.text, "the “but”"),
            Removed::PastRole { role, .. } => named(&role.title, "the past role"),
            Removed::Feeling { feeling, .. } => named(&feeling.feeling, "the feeling"),
            Removed::Strength { strength, .. } => named(&strength.name, "the strength"),
            Removed::Skill { skill, .. } => named(&skill.name, "the skill"),
            Removed::Topic { topic, .. } => named(&topic.text, "the interest"),
            Removed::CustomValue { card, .. } => named(&card.name, "the card"),
            Removed::Goal { goal, .. } => named(&goal.text, "the goal"),
            Removed::Option { option, .. } => named(&option.title, "the option"),
            Removed::RealityTest { test, .. } => format!("the {}", test.kind.label().to_lowercase()),
            Removed::Risk { risk, .. } => named(&risk.risk, "the risk"),
            Removed::Criterion(removed) => named(&removed.criterion.name, "the criterion"),
            Removed::SkillGap { gap, .. } => named(&gap.skill, "the skill gap"),
            Removed::Step { step, .. } => named(&step.title, "the step"),
        }
    }
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
            Edit::But(edit) => apply_but_edit(&mut self.exploration.buts, edit, &mut self.next_id),
            // A risk links only to a "but" that is parked.
            Edit::Deeper(DeeperEdit::SetRisk(_, _, super::deeper::RiskField::But(Some(but))))
                if !self.exploration.buts.iter().any(|b| b.id == but) =>
            {
                false
            }
            Edit::Myself(edit) => {
                let e = &mut self.exploration;
                let parts =
                    SelfParts { situation: &mut e.situation, strengths: &mut e.strengths, skills: &mut e.skills, flow: &mut e.flow };
                parts.apply(edit, &mut self.next_id)
            }
            Edit::Interests(edit) => self.exploration.interests.apply(edit, &mut self.next_id),
            Edit::Readiness(edit) => self.exploration.readiness.apply(edit),
            Edit::Values(edit) => self.exploration.values.apply(edit, &mut self.next_id),
            Edit::Goal(edit) => apply_goal_edit(&mut self.exploration.goals, edit, &mut self.next_id),
            Edit::Deeper(edit) => self.deeper.apply(edit, &mut self.next_id),
            Edit::OptionMatrix(edit) => {
                let things = self.deeper.all_ids();
                self.deeper.matrix.apply(edit, &things, &mut self.next_id)
            }
            Edit::Plan(edit) => self.plan.apply(edit),
            Edit::MakeStepsFromGap { gap, today } => match self.deeper.skill_gap(gap) {
                Some(gap) => self.plan.add_steps_for_gap(gap, today, &mut self.next_id),
                None => false,
            },
            Edit::Remove(target) => match self.removal_of(target) {
                Some(removed) => {
                    self.take_away(&removed);
                    true
                }
                None => false,
            },
            Edit::Restore(removed) => self.put_back(removed),
        }
    }

    /// What removing `target` would take away, or `None` when there is no such thing.
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        let deeper = &self.deeper;
        let option_at = |id: Id| deeper.options.iter().position(|o| o.id == id);
        let values = &self.exploration.values;
        Some(match target {
            Target::ValuesSort if values.placements.is_empty() => return None,
            Target::ValuesSort => Removed::ValuesSort { placements: values.placements.clone(), top: values.top.clone() },
            Target::But(id) => {
                let buts = &self.exploration.buts;
                let index = buts.iter().position(|b| b.id == id)?;
                let risks = self
                    .deeper
                    .options
                    .iter()
                    .flat_map(|o| o.risks.iter().filter(|r| r.but == Some(id)).map(move |r| (o.id, r.id)))
                    .collect();
                Removed::But { index, but: buts[index].clone(), risks }
            }
            Target::PastRole(id) => {
                let list = &self.exploration.situation.past_roles;
                let index = list.iter().position(|x| x.id == id)?;
                Removed::PastRole { index, role: list[index].clone() }
            }
            Target::Feeling(id) => {
                let list = &self.exploration.situation.feelings;
                let index = list.iter().position(|x| x.id == id)?;
                Removed::Feeling { index, feeling: list[index].clone() }
            }
            Target::Strength(id) => {
                let list = &self.exploration.strengths;
                let index = list.iter().position(|x| x.id == id)?;
                Removed::Strength { index, strength: list[index].clone() }
            }
            Target::Skill(id) => {
                let list = &self.exploration.skills;
                let index = list.iter().position(|x| x.id == id)?;
                Removed::Skill { index, skill: list[index].clone() }
            }
            Target::Topic(id) => {
                let list = &self.exploration.interests.topics;
                let index = list.iter().position(|x| x.id == id)?;
                Removed::Topic { index, topic: list[index].clone() }
            }
            Target::CustomValue(id) => {
                let index = values.custom.iter().position(|c| c.id == id)?;
                let key = custom_key(id);
                Removed::CustomValue {
                    index,
                    card: values.custom[index].clone(),
                    placement: values.placements.iter().position(|p| p.card == key).map(|at| (at, values.placements[at].pile)),
                    top_index: values.top.iter().position(|k| *k == key),
                    reflection: values.reflections.iter().position(|r| r.card == key).map(|at| (at, values.reflections[at].clone())),
                }
            }
            Target::Goal(id) => {
                let goals = &self.exploration.goals;
                let index = goals.iter().position(|g| g.id == id)?;
                Removed::Goal { index, goal: goals[index].clone() }
            }
            Target::Option(id) => {
                let index = option_at(id)?;
                let mut matrix = deeper.matrix.clone();
                Removed::Option {
                    index,
                    option: deeper.options[index].clone(),
                    matrix: matrix.remove_thing(id),
                    was_chosen: deeper.decision.chosen == Some(id),
                    gaps: deeper.skill_gaps.iter().filter(|g| g.option == Some(id)).map(|g| g.id).collect(),
                }
            }
            Target::RealityTest { option, test } => {
                let owner = deeper.option(option)?;
                let index = owner.reality_tests.iter().position(|t| t.id == test)?;
                Removed::RealityTest { option, index, test: owner.reality_tests[index].clone() }
            }
            Target::Risk { option, risk } => {
                let owner = deeper.option(option)?;
                let index = owner.risks.iter().position(|r| r.id == risk)?;
                Removed::Risk { option, index, risk: owner.risks[index].clone() }
            }
            Target::Criterion(id) => Removed::Criterion(deeper.matrix.removal_of_criterion(id)?),
            Target::SkillGap(id) => {
                let index = deeper.skill_gaps.iter().position(|g| g.id == id)?;
                Removed::SkillGap {
                    index,
                    gap: deeper.skill_gaps[index].clone(),
                    steps: self.plan.steps.iter().filter(|s| s.skill_gap == Some(id)).map(|s| s.id).collect(),
                }
            }
            Target::Step(id) => {
                let index = self.plan.steps.iter().position(|s| s.id == id)?;
                Removed::Step { index, step: self.plan.steps[index].clone() }
            }
        })
    }

    fn take_away(&mut self, removed: &Removed) {
        let deeper = &mut self.deeper;
        match removed {
            Removed::ValuesSort { .. } => {
                self.exploration.values.apply(ValuesEdit::Resort, &mut self.next_id);
            }
            Removed::PastRole { role, .. } => self.exploration.situation.past_roles.retain(|x| x.id != role.id),
            Removed::Feeling { feeling, .. } => self.exploration.situation.feelings.retain(|x| x.id != feeling.id),
            Removed::Strength { strength, .. } => self.exploration.strengths.retain(|x| x.id != strength.id),
            Removed::Skill { skill, .. } => self.exploration.skills.retain(|x| x.id != skill.id),
            Removed::Topic { topic, .. } => self.exploration.interests.topics.retain(|x| x.id != topic.id),
            Removed::But { but, .. } => {
                self.exploration.buts.retain(|b| b.id != but.id);
                for risk in deeper.options.iter_mut().flat_map(|o| o.risks.iter_mut()).filter(|r| r.but == Some(but.id)) {
                    risk.but = None;
                }
            }
            Removed::CustomValue { card, .. } => {
                let values = &mut self.exploration.values;
                let key = custom_key(card.id);
                values.custom.retain(|c| c.id != card.id);
                values.placements.retain(|p| p.card != key);
                values.top.retain(|k| *k != key);
                values.reflections.retain(|r| r.card != key);
            }
            Removed::Goal { goal, .. } => self.exploration.goals.retain(|g| g.id != goal.id),
            Removed::Option { option, .. } => {
                let id = option.id;
                deeper.options.retain(|o| o.id != id);
                deeper.matrix.remove_thing(id);
                if deeper.decision.chosen == Some(id) {
                    deeper.decision.chosen = None;
                }
                for gap in deeper.skill_gaps.iter_mut().filter(|g| g.option == Some(id)) {
                    gap.option = None;
                }
            }
            Removed::RealityTest { option, test, .. } => {
                if let Some(o) = deeper.options.iter_mut().find(|o| o.id == *option) {
                    o.reality_tests.retain(|t| t.id != test.id);
                }
            }
            Removed::Risk { option, risk, .. } => {
                if let Some(o) = deeper.options.iter_mut().find(|o| o.id == *option) {
                    o.risks.retain(|r| r.id != risk.id);
                }
            }
            Removed::Criterion(removed) => {
                let things = deeper.all_ids();
                deeper.matrix.apply(MatrixEdit::RemoveCriterion(removed.criterion.id), &things, &mut self.next_id);
            }
            Removed::SkillGap { gap, .. } => {
                deeper.skill_gaps.retain(|g| g.id != gap.id);
                for step in self.plan.steps.iter_mut().filter(|s| s.skill_gap == Some(gap.id)) {
                    step.skill_gap = None;
                }
            }
            Removed::Step { step, .. } => self.plan.steps.retain(|s| s.id != step.id),
        }
    }

    /// Puts a removed record back at its place. Does nothing when it is already back (undo pressed
    /// twice) or when its owner is gone.
    fn put_back(&mut self, removed: Removed) -> bool {
        /// Puts `item` back at `index` unless a record with its id is already there.
        fn reinsert<T>(list: &mut Vec<T>, index: usize, item: T, id: impl Fn(&T) -> Id) -> bool {
            if list.iter().any(|x| id(x) == id(&item)) {
                return false;
            }
            list.insert(index.min(list.len()), item);
            true
        }
        let deeper = &mut self.deeper;
        let e = &mut self.exploration;
        match removed {
            Removed::PastRole { index, role } => reinsert(&mut e.situation.past_roles, index, role, |x| x.id),
            Removed::Feeling { index, feeling } => reinsert(&mut e.situation.feelings, index, feeling, |x| x.id),
            Removed::Strength { index, strength } => reinsert(&mut e.strengths, index, strength, |x| x.id),
            Removed::Skill { index, skill } => reinsert(&mut e.skills, index, skill, |x| x.id),
            // Undo never grows the list past its limit (another interest may have been added meanwhile).
            Removed::Topic { index, topic } => {
                let topics = &mut e.interests.topics;
                topics.len() < super::interests::MAX_TOPICS && reinsert(topics, index, topic, |x| x.id)
            }
            Removed::Goal { index, goal } => reinsert(&mut e.goals, index, goal, |g| g.id),
            Removed::Step { index, step } => reinsert(&mut self.plan.steps, index, step, |s| s.id),
            Removed::But { index, but, risks } => {
                let id = but.id;
                if !reinsert(&mut e.buts, index, but, |b| b.id) {
                    return false;
                }
                for option in &mut deeper.options {
                    let owner = option.id;
                    for risk in option.risks.iter_mut().filter(|r| r.but.is_none() && risks.contains(&(owner, r.id))) {
                        risk.but = Some(id);
                    }
                }
                true
            }
            Removed::ValuesSort { placements, top } => {
                let values = &mut e.values;
                if !values.placements.is_empty() {
                    return false;
                }
                values.placements = placements;
                values.top = top;
                values.normalise();
                true
            }
            Removed::CustomValue { index, card, placement, top_index, reflection } => {
                let values = &mut e.values;
                if values.custom.iter().any(|c| c.id == card.id) || values.custom.len() >= MAX_CUSTOM_CARDS {
                    return false;
                }
                let key = custom_key(card.id);
                values.custom.insert(index.min(values.custom.len()), card);
                if let Some((at, pile)) = placement {
                    let at = at.min(values.placements.len());
                    values.placements.insert(at, Placement { card: key.clone(), pile });
                }
                let always = placement.is_some_and(|(_, pile)| pile == Pile::Always);
                if let Some(at) = top_index.filter(|_| always && values.top.len() < MAX_TOP) {
                    values.top.insert(at.min(values.top.len()), key);
                }
                if let Some((at, reflection)) = reflection {
                    values.reflections.insert(at.min(values.reflections.len()), reflection);
                }
                true
            }
            Removed::Option { index, option, matrix, was_chosen, gaps } => {
                let id = option.id;
                let active_room = option.archived || deeper.active_count() < MAX_ACTIVE_OPTIONS;
                if deeper.option(id).is_some() || !active_room || deeper.options.len() >= MAX_OPTIONS {
                    return false;
                }
                deeper.options.insert(index.min(deeper.options.len()), option);
                deeper.matrix.restore_thing(matrix);
                for gap in deeper.skill_gaps.iter_mut().filter(|g| gaps.contains(&g.id) && g.option.is_none()) {
                    gap.option = Some(id);
                }
                if was_chosen && deeper.decision.chosen.is_none() {
                    deeper.decision.chosen = Some(id);
                } else if was_chosen {
                    // Another option was chosen meanwhile; this one comes back shortlisted.
                    if let Some(o) = deeper.options.iter_mut().find(|o| o.id == id) {
                        o.status = super::deeper::OptionStatus::Shortlisted;
                    }
                }
                true
            }
            Removed::RealityTest { option, index, test } => deeper
                .options
                .iter_mut()
                .find(|o| o.id == option)
                .is_some_and(|o| reinsert(&mut o.reality_tests, index, test, |t| t.id)),
            Removed::Risk { option, index, risk } => deeper
                .options
                .iter_mut()
                .find(|o| o.id == option)
                .is_some_and(|o| reinsert(&mut o.risks, index, risk, |r| r.id)),
            Removed::SkillGap { index, mut gap, steps } => {
                if deeper.skill_gap(gap.id).is_some() {
                    return false;
                }
                if gap.option.is_some_and(|id| deeper.option(id).is_none()) {
                    gap.option = None;
                }
                let id = gap.id;
                deeper.skill_gaps.insert(index.min(deeper.skill_gaps.len()), gap);
                for step in self.plan.steps.iter_mut().filter(|s| steps.contains(&s.id) && s.skill_gap.is_none()) {
                    step.skill_gap = Some(id);
                }
                true
            }
            Removed::Criterion(removed) => {
                let things = deeper.all_ids();
                deeper.matrix.apply(MatrixEdit::RestoreCriterion(removed), &things, &mut self.next_id)
            }
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

    fn workbook_with_research() -> Workbook {
        let mut w = Workbook::default();
        for title in ["Nurse", "Teacher", "Gardener"] {
            w.apply(Edit::Deeper(DeeperEdit::AddOption(title.into())));
        }
        let ids = w.deeper.all_ids();
        let criteria: Vec<Id> = w.deeper.matrix.criteria.iter().map(|c| c.id).collect();
        for (n, thing) in ids.iter().enumerate() {
            for (m, criterion) in criteria.iter().enumerate() {
                let score = Some(((n + m) % 10 + 1) as u8);
                w.apply(Edit::OptionMatrix(MatrixEdit::SetScore { thing: *thing, criterion: *criterion, score }));
            }
            w.apply(Edit::OptionMatrix(MatrixEdit::SetGutRating(*thing, Some(5 + n as u8))));
            w.apply(Edit::Deeper(DeeperEdit::AddRealityTest(*thing, super::super::deeper::RealityTestKind::Volunteering)));
            w.apply(Edit::Deeper(DeeperEdit::AddRisk(*thing)));
        }
        w.apply(Edit::Deeper(DeeperEdit::Choose(Some(ids[1]))));
        w.apply(Edit::Deeper(DeeperEdit::AddSkillGap { option: Some(ids[1]), skill: "Classroom management".into() }));
        let gap = w.deeper.skill_gaps[0].id;
        w.apply(Edit::MakeStepsFromGap { gap, today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap() });
        use super::super::values::{Pile, ReflectionField, ValuesEdit};
        w.apply(Edit::Values(ValuesEdit::AddCustom { name: "Quiet mornings".into(), line: String::new() }));
        let custom = super::super::values::custom_key(w.exploration.values.custom[0].id);
        for key in ["autonomy", custom.as_str(), "balance"] {
            w.apply(Edit::Values(ValuesEdit::Place { card: key.into(), pile: Some(Pile::Always) }));
            w.apply(Edit::Values(ValuesEdit::AddToTop(key.into())));
        }
        w.apply(Edit::Values(ValuesEdit::SetReflection(custom, ReflectionField::Why, "Thinking time".into())));
        w.apply(Edit::But(ButEdit::Park {
            text: "But I have a mortgage".into(),
            parked_from: "Start".into(),
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }));
        let but = w.exploration.buts[0].id;
        let (option, risk) = (w.deeper.options[0].id, w.deeper.options[0].risks[0].id);
        assert!(w.apply(Edit::Deeper(DeeperEdit::SetRisk(option, risk, super::super::deeper::RiskField::But(Some(but))))));
        assert!(!w.apply(Edit::Deeper(DeeperEdit::SetRisk(option, risk, super::super::deeper::RiskField::But(Some(Id(999)))))));
        use super::super::situation::{SkillKind, StrengthField};
        w.apply(Edit::Myself(SelfEdit::AddPastRole));
        w.apply(Edit::Myself(SelfEdit::AddPastRole));
        w.apply(Edit::Myself(SelfEdit::AddFeeling));
        w.apply(Edit::Myself(SelfEdit::AddStrength));
        let strength = w.exploration.strengths[0].id;
        w.apply(Edit::Myself(SelfEdit::SetStrength(strength, StrengthField::Name("Patience".into()))));
        w.apply(Edit::Myself(SelfEdit::AddSkill { name: "Python".into(), kind: SkillKind::Technical }));
        w.apply(Edit::Interests(InterestsEdit::AddTopic("Old maps".into())));
        w.apply(Edit::Interests(InterestsEdit::AddTopic("Bees".into())));
        w.apply(Edit::Goal(GoalEdit::Add));
        w.apply(Edit::Goal(GoalEdit::Add));
        let goal = w.exploration.goals[0].id;
        w.apply(Edit::Goal(GoalEdit::SetText(goal, "I will talk to 3 teachers by March".into())));
        w
    }

    #[test]
    fn every_removal_is_undone_exactly() {
        let original = workbook_with_research();
        let d = &original.deeper;
        let (option, test, risk) = (d.options[1].id, d.options[2].reality_tests[0].id, d.options[0].risks[0].id);
        let targets = [
            Target::Option(option),
            Target::Option(d.options[0].id),
            Target::RealityTest { option: d.options[2].id, test },
            Target::Risk { option: d.options[0].id, risk },
            Target::Criterion(d.matrix.criteria[3].id),
            Target::SkillGap(d.skill_gaps[0].id),
            Target::Step(original.plan.steps[0].id),
            Target::CustomValue(original.exploration.values.custom[0].id),
            Target::Goal(original.exploration.goals[0].id),
            Target::ValuesSort,
            Target::But(original.exploration.buts[0].id),
            Target::PastRole(original.exploration.situation.past_roles[0].id),
            Target::Feeling(original.exploration.situation.feelings[0].id),
            Target::Strength(original.exploration.strengths[0].id),
            Target::Skill(original.exploration.skills[0].id),
            Target::Topic(original.exploration.interests.topics[0].id),
        ];
        for target in targets {
            let mut w = original.clone();
            let removed = w.removal_of(target).expect("the target exists");
            assert!(w.apply(Edit::Remove(target)), "{target:?}");
            assert_ne!(w, original, "{target:?} removed something");
            assert_eq!(w.check_limits(), Ok(()));
            assert!(w.apply(Edit::Restore(removed.clone())), "{target:?}");
            assert_eq!(w, original, "{target:?} came back exactly");
            assert!(!w.apply(Edit::Restore(removed)), "a second undo does nothing");
            assert!(!w.apply(Edit::Remove(Target::Step(Id(9999)))));
        }
    }

    #[test]
    fn removing_the_chosen_option_clears_the_decision_and_its_links() {
        let mut w = workbook_with_research();
        let chosen = w.deeper.decision.chosen.unwrap();
        assert!(w.apply(Edit::Remove(Target::Option(chosen))));
        assert_eq!(w.deeper.decision.chosen, None);
        assert_eq!(w.deeper.skill_gaps[0].option, None);
        assert!(w.deeper.matrix.scores.iter().all(|s| s.thing != chosen));
        assert!(w.deeper.matrix.gut.iter().all(|g| g.thing != chosen));
        let mut normalised = w.clone();
        normalised.normalise();
        assert_eq!(normalised, w, "edits leave nothing for normalise to repair");
    }

    #[test]
    fn steps_come_from_a_gap_once() {
        let mut w = workbook_with_research();
        let gap = w.deeper.skill_gaps[0].id;
        let count = w.plan.steps.len();
        assert!(count >= 2);
        assert!(!w.apply(Edit::MakeStepsFromGap { gap, today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap() }));
        assert_eq!(w.plan.steps.len(), count);
        assert!(w.summary().plan_steps == count && w.summary().skill_gaps == 1);
        assert_eq!(w.summary().decision.as_deref(), Some("Teacher"));
    }

    #[test]
    fn overlong_text_is_clipped() {
        let mut workbook = Workbook::default();
        workbook.apply(Edit::SetVisionAnswer(Horizon::TenYears, "x".repeat(MAX_TEXT_CHARS + 10)));
        assert_eq!(workbook.vision.ten_years.chars().count(), MAX_TEXT_CHARS);
    }
}
