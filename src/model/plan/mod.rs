//! The action plan's steps (P1). Steps are made from skill gaps (R6) for now; the Plan stage shows
//! them, and later stages will add their own.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::limits::{count, date, text};
use crate::model::base::{Check, Id, IdSource, Link, Refusal, clip_chars, date_in_range, found, named, refusal_to_rename, reinsert, set};

use crate::model::deeper::{Deeper, GapMethod, SkillGap};

pub const MAX_STEPS: usize = 500;
pub const MAX_STEP_CHARS: usize = 300;
/// The first step of a plan is due this soon, so that something happens while the intention is fresh.
pub const FIRST_STEP_DAYS: i64 = 14;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub steps: Vec<ActionStep>,
}
saved_record!(Plan with defaults { steps });

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ActionStep {
    pub id: Id,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub done: bool,
    /// The skill gap this step was made from, if any.
    pub skill_gap: Option<Id>,
}
saved_record!(ActionStep with defaults { id, title, due, done, skill_gap });

/// See [`Plan::deadline_fit`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineFit {
    /// No deadline, no open step, or the last open step is due on the deadline.
    Fits,
    /// The last open step is due on this other day.
    EndsOn(NaiveDate),
    /// An open step has no date yet.
    Undated,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    SetDone(Id, bool),
    SetTitle(Id, String),
    SetDue(Id, Option<NaiveDate>),
    /// Turns a skill gap (R6) into dated plan steps, counted from `today`.
    StepsFromGap { gap: Id, today: NaiveDate },
}

/// A plan step to delete (and get back with undo).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Step(Id),
}

/// What a removal took away, so that undo puts back exactly that, where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    Step { index: usize, step: ActionStep },
}

impl Removed {
    pub fn name(&self) -> String {
        match self {
            Removed::Step { step, .. } => named(&step.title, "the step"),
        }
    }

    pub fn ids(&self) -> Vec<Id> {
        match self {
            Removed::Step { step, .. } => vec![step.id],
        }
    }
}

impl Plan {
    pub fn steps_from_gap(&self, gap: Id) -> usize {
        self.steps.iter().filter(|s| s.skill_gap == Some(gap)).count()
    }

    /// Steps in the order to do them: dated ones by date, then undated, each in the order made.
    pub fn in_order(&self) -> Vec<&ActionStep> {
        let mut steps: Vec<&ActionStep> = self.steps.iter().collect();
        steps.sort_by_key(|s| (s.due.is_none(), s.due));
        steps
    }

    /// Applies one edit of the plan; `earlier` holds the skill gaps steps are made from.
    pub fn apply(&mut self, edit: PlanEdit, earlier: &Deeper, ids: &mut IdSource) -> bool {
        match edit {
            PlanEdit::StepsFromGap { gap, today } => {
                earlier.skill_gap(gap).is_some_and(|gap| self.add_steps_for_gap(gap, today, ids))
            }
            edit => self.change(edit),
        }
    }

    /// Applies an edit of one step.
    fn change(&mut self, edit: PlanEdit) -> bool {
        let id = match &edit {
            PlanEdit::SetDone(id, _) | PlanEdit::SetTitle(id, _) | PlanEdit::SetDue(id, _) => *id,
            PlanEdit::StepsFromGap { .. } => return false,
        };
        let Some(step) = self.steps.iter_mut().find(|s| s.id == id) else { return false };
        match edit {
            PlanEdit::SetDone(_, done) => set(&mut step.done, done),
            PlanEdit::SetTitle(_, title) => {
                let title = clip_chars(&title, MAX_STEP_CHARS);
                step_title_refusal(&title).is_none() && set(&mut step.title, title)
            }
            PlanEdit::SetDue(_, Some(day)) if !date_in_range(day) => false,
            PlanEdit::SetDue(_, due) => set(&mut step.due, due),
            PlanEdit::StepsFromGap { .. } => false,
        }
    }

    pub fn ids(&self) -> Vec<Id> {
        self.steps.iter().map(|s| s.id).collect()
    }

    /// `Ok` when every limit of the saved `plan` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        count("plan.steps", self.steps.len(), MAX_STEPS, "plan steps")?;
        for (i, step) in self.steps.iter().enumerate() {
            text(format!("plan.steps[{i}].title"), &step.title, MAX_STEP_CHARS)?;
            date(format!("plan.steps[{i}].due"), step.due)?;
        }
        Ok(())
    }

    /// Clears links to skill gaps that `earlier` does not hold.
    pub fn normalise(&mut self, earlier: &Deeper) {
        for step in &mut self.steps {
            if step.skill_gap.is_some_and(|id| earlier.skill_gap(id).is_none()) {
                step.skill_gap = None;
            }
        }
    }

    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        match target {
            Target::Step(id) => found(&self.steps, id, |s| s.id).map(|(index, step)| Removed::Step { index, step }),
        }
    }

    pub fn take_away(&mut self, removed: &Removed) {
        match removed {
            Removed::Step { step, .. } => self.steps.retain(|s| s.id != step.id),
        }
    }

    pub fn put_back(&mut self, removed: Removed) -> bool {
        match removed {
            // Never past the limit: more steps may have been added since the removal.
            Removed::Step { index, step } => self.steps.len() < MAX_STEPS && reinsert(&mut self.steps, index, step, |s| s.id),
        }
    }

    /// The links this stage holds to any of `gone`: steps to the skill gaps they came from.
    pub fn links_to(&self, gone: &[Id]) -> Vec<Link> {
        let links = self.steps.iter().map(|s| (s.id, s.skill_gap));
        links.filter_map(|(from, to)| to.filter(|to| gone.contains(to)).map(|to| Link { from, to })).collect()
    }

    pub fn unlink(&mut self, gone: &[Id]) {
        for step in self.steps.iter_mut().filter(|s| s.skill_gap.is_some_and(|to| gone.contains(&to))) {
            step.skill_gap = None;
        }
    }

    /// Ties `links` again where the step still exists and has not been linked elsewhere meanwhile.
    pub fn relink(&mut self, links: &[Link]) {
        for step in self.steps.iter_mut().filter(|s| s.skill_gap.is_none()) {
            if let Some(link) = links.iter().find(|l| l.from == step.id) {
                step.skill_gap = Some(link.to);
            }
        }
    }

    /// How the open steps made from `gap` stand against its deadline, which may have moved since they
    /// were made. Steps keep their own dates (the person may have set them on purpose), so a mismatch
    /// is pointed out, never changed here.
    pub fn deadline_fit(&self, gap: &SkillGap) -> DeadlineFit {
        let Some(deadline) = gap.deadline else { return DeadlineFit::Fits };
        let open: Vec<&ActionStep> = self.steps.iter().filter(|s| s.skill_gap == Some(gap.id) && !s.done).collect();
        if open.iter().any(|s| s.due.is_none()) {
            return DeadlineFit::Undated;
        }
        match open.iter().filter_map(|s| s.due).max() {
            Some(end) if end != deadline => DeadlineFit::EndsOn(end),
            _ => DeadlineFit::Fits,
        }
    }

    /// Adds the steps [`steps_for_gap`] suggests. Returns false when the gap already has steps or the
    /// plan is full.
    pub fn add_steps_for_gap(&mut self, gap: &SkillGap, today: NaiveDate, ids: &mut IdSource) -> bool {
        let suggested = steps_for_gap(gap, today);
        if self.steps_from_gap(gap.id) > 0 || self.steps.len() + suggested.len() > MAX_STEPS {
            return false;
        }
        for (title, due) in suggested {
            self.steps.push(ActionStep { id: ids.next(), title, due, done: false, skill_gap: Some(gap.id) });
        }
        true
    }
}

/// Why rewording a step as `title` would be refused, if it would.
pub fn step_title_refusal(title: &str) -> Option<Refusal> {
    refusal_to_rename(title, Refusal::Empty { ask: "A step needs a few words. Write new ones; until then the step keeps its old wording." })
}

/// Small, dated steps that close a skill gap: a first step within two weeks (or by the deadline, if
/// that is sooner), a halfway check when the deadline is far enough off, and the target by the deadline.
pub fn steps_for_gap(gap: &SkillGap, today: NaiveDate) -> Vec<(String, Option<NaiveDate>)> {
    let skill = gap.skill.trim();
    let first = match gap.method {
        GapMethod::Course => format!("Find a course in {skill} and enrol"),
        GapMethod::Certification => format!("Find the right {skill} certification and book it"),
        GapMethod::Mentor => format!("Ask someone skilled in {skill} to mentor you"),
        GapMethod::Volunteering => format!("Find a volunteering role that uses {skill}"),
        GapMethod::Project => format!("Choose a small project that builds {skill}"),
    };
    let soon = today + Duration::days(FIRST_STEP_DAYS);
    let first_due = Some(gap.deadline.map_or(soon, |deadline| deadline.min(soon)));
    let mut steps = vec![(first, first_due)];
    if let Some(deadline) = gap.deadline {
        let halfway = today + Duration::days((deadline - today).num_days() / 2);
        if halfway > soon {
            steps.push((format!("Halfway check: how is {skill} coming along?"), Some(halfway)));
        }
        if deadline > soon {
            steps.push((format!("Reach level {} of 5 in {skill}", gap.target), Some(deadline)));
        }
    } else {
        steps.push((format!("Reach level {} of 5 in {skill}", gap.target), None));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn gap(deadline: Option<NaiveDate>) -> SkillGap {
        SkillGap { id: Id(7), skill: "Python".into(), target: 4, deadline, ..SkillGap::default() }
    }

    #[test]
    fn a_far_deadline_gives_three_dated_steps() {
        let steps = steps_for_gap(&gap(Some(day(2027, 3, 1))), day(2026, 11, 23));
        assert_eq!(
            steps,
            vec![
                ("Find a course in Python and enrol".to_string(), Some(day(2026, 12, 7))),
                ("Halfway check: how is Python coming along?".to_string(), Some(day(2027, 1, 11))),
                ("Reach level 4 of 5 in Python".to_string(), Some(day(2027, 3, 1))),
            ]
        );
    }

    #[test]
    fn a_near_deadline_gives_one_step_by_then() {
        let steps = steps_for_gap(&gap(Some(day(2026, 11, 30))), day(2026, 11, 23));
        assert_eq!(steps, vec![("Find a course in Python and enrol".to_string(), Some(day(2026, 11, 30)))]);
    }

    #[test]
    fn no_deadline_still_dates_the_first_step() {
        let steps = steps_for_gap(&gap(None), day(2026, 11, 23));
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].1, Some(day(2026, 12, 7)));
        assert_eq!(steps[1].1, None);
    }

    #[test]
    fn steps_are_made_once_per_gap() {
        let mut plan = Plan::default();
        let mut ids = IdSource::starting_at(20);
        assert!(plan.add_steps_for_gap(&gap(None), day(2026, 11, 23), &mut ids));
        assert_eq!(plan.steps_from_gap(Id(7)), 2);
        assert!(!plan.add_steps_for_gap(&gap(None), day(2026, 11, 23), &mut ids));
        assert!(plan.steps.iter().all(|s| s.skill_gap == Some(Id(7)) && !s.done));
        let first = plan.steps[0].id;
        assert!(plan.change(PlanEdit::SetDone(first, true)));
        assert!(!plan.change(PlanEdit::SetTitle(first, "  ".into())));
        assert!(step_title_refusal("  ").is_some_and(|r| r.message().contains("keeps its old wording")));
        assert_eq!(step_title_refusal(" A call "), None);
        assert_eq!(plan.in_order()[0].id, first);
    }

    #[test]
    fn a_moved_deadline_is_pointed_out_until_the_open_steps_fit_it() {
        let mut plan = Plan::default();
        let mut ids = IdSource::starting_at(20);
        let mut far = gap(Some(day(2027, 3, 1)));
        plan.add_steps_for_gap(&far, day(2026, 11, 23), &mut ids);
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::Fits);
        far.deadline = Some(day(2027, 5, 1));
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::EndsOn(day(2027, 3, 1)));
        let last = plan.steps[2].id;
        assert!(plan.change(PlanEdit::SetDue(last, Some(day(2027, 5, 1)))));
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::Fits);
        assert!(plan.change(PlanEdit::SetDue(last, None)));
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::Undated);
        for step in plan.steps.clone() {
            plan.change(PlanEdit::SetDone(step.id, true));
        }
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::Fits, "done steps are history");
        far.deadline = None;
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::Fits);
    }

    #[test]
    fn a_deadline_set_after_the_steps_asks_for_the_undated_one() {
        let mut plan = Plan::default();
        let mut open_ended = gap(None);
        plan.add_steps_for_gap(&open_ended, day(2026, 11, 23), &mut IdSource::starting_at(20));
        assert_eq!(plan.deadline_fit(&open_ended), DeadlineFit::Fits);
        open_ended.deadline = Some(day(2027, 2, 1));
        assert_eq!(plan.deadline_fit(&open_ended), DeadlineFit::Undated);
    }
}
