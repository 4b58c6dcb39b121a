//! The action plan's steps (P1). Steps are made from skill gaps (R6) for now; the Plan stage shows
//! them, and later stages will add their own.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::deeper::{set, GapMethod, SkillGap};
use super::id::{Id, IdSource};
use super::text::clip_chars;
use super::workbook::date_in_range;

pub const MAX_STEPS: usize = 500;
pub const MAX_STEP_CHARS: usize = 300;
/// The first step of a plan is due this soon, so that something happens while the intention is fresh.
pub const FIRST_STEP_DAYS: i64 = 14;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Plan {
    pub steps: Vec<ActionStep>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ActionStep {
    pub id: Id,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub done: bool,
    /// The skill gap this step was made from, if any.
    pub skill_gap: Option<Id>,
}

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

    pub fn apply(&mut self, edit: PlanEdit) -> bool {
        let id = match &edit {
            PlanEdit::SetDone(id, _) | PlanEdit::SetTitle(id, _) | PlanEdit::SetDue(id, _) => *id,
        };
        let Some(step) = self.steps.iter_mut().find(|s| s.id == id) else { return false };
        match edit {
            PlanEdit::SetDone(_, done) => set(&mut step.done, done),
            PlanEdit::SetTitle(_, title) => {
                let title = clip_chars(&title, MAX_STEP_CHARS);
                !title.trim().is_empty() && set(&mut step.title, title)
            }
            PlanEdit::SetDue(_, Some(day)) if !date_in_range(day) => false,
            PlanEdit::SetDue(_, due) => set(&mut step.due, due),
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
        assert!(plan.apply(PlanEdit::SetDone(first, true)));
        assert!(!plan.apply(PlanEdit::SetTitle(first, "  ".into())));
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
        assert!(plan.apply(PlanEdit::SetDue(last, Some(day(2027, 5, 1)))));
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::Fits);
        assert!(plan.apply(PlanEdit::SetDue(last, None)));
        assert_eq!(plan.deadline_fit(&far), DeadlineFit::Undated);
        for step in plan.steps.clone() {
            plan.apply(PlanEdit::SetDone(step.id, true));
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
