//! Plan and accountability (P1–P3), across the stages: the action plan's steps, if–then plans and
//! check-ins. It reads every stage before it: goals and parked buts (Exploration), options and
//! skill gaps (Diving deeper), contacts (Networking), applications (Applying).

pub mod check_ins;
pub mod if_then;
pub mod removal;
pub mod steps;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::applying::Applying;
use crate::model::base::limits::{count, date, range, scale, text};
use crate::model::base::saved::saved_record;
use crate::model::base::{clip_chars, date_in_range, set, Check, Direction, Id, IdSource, Link};
use crate::model::closing::Closing;
use crate::model::deeper::{Deeper, SkillGap};
use crate::model::exploration::goals::MAX_GOALS;
use crate::model::exploration::Exploration;
use crate::model::networking::Networking;

pub use check_ins::{
    next_check_in, CheckIn, CheckInDue, CheckInText, GoalProgress, Rating, MAX_CHECK_INS,
    MAX_CHECK_IN_CHARS, MAX_RATING, MIN_RATING,
};
pub use if_then::{
    if_then_refusal, obstacle_from_but, IfThen, IfThenText, MAX_IF_THENS, MAX_IF_THEN_CHARS,
};
pub use removal::{Removed, Target};
pub use steps::{
    new_step_refusal, split_lines, split_refusal, step_title_refusal, steps_for_gap, ActionStep,
    Smaller, StepLink, StepStatus, FIRST_STEP_DAYS, MAX_SPLIT, MAX_STEPS, MAX_STEP_CHARS,
};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// In the person's order (they can move them); grouped by goal on the page.
    pub steps: Vec<ActionStep>,
    pub if_thens: Vec<IfThen>,
    pub check_ins: Vec<CheckIn>,
}
saved_record!(Plan with defaults { steps, if_thens, check_ins });

/// The stages the plan reads: what its links may point to.
#[derive(Clone, Copy)]
pub struct Earlier<'a> {
    pub exploration: &'a Exploration,
    pub deeper: &'a Deeper,
    pub networking: &'a Networking,
    pub applying: &'a Applying,
    pub closing: &'a Closing,
}

impl Earlier<'_> {
    fn has_goal(&self, id: Id) -> bool {
        self.exploration.goals.iter().any(|g| g.id == id)
    }

    fn has_but(&self, id: Id) -> bool {
        self.exploration.buts.iter().any(|b| b.id == id)
    }
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
    /// A new step at the end of its goal's steps (or of the steps of their own), undated and to do;
    /// `check_in` when it is a commitment made at one.
    AddStep {
        title: String,
        goal: Option<Id>,
        check_in: Option<Id>,
    },
    SetTitle(Id, String),
    SetDue(Id, Option<NaiveDate>),
    /// Done is dated `today`, for the wins; leaving done forgets that date.
    SetStatus {
        step: Id,
        status: StepStatus,
        today: NaiveDate,
    },
    SetLink {
        step: Id,
        link: StepLink,
        to: Option<Id>,
    },
    /// Moves a step past its neighbour among the steps of the same goal.
    MoveStep(Id, Direction),
    /// Moves the first step to where the second stands among the steps of their goal (a drag and
    /// drop): before it when coming from below, after it when coming from above. Steps of two
    /// goals are refused.
    MoveStepTo(Id, Id),
    /// The step takes the first line's words; the other lines become steps right after it, with
    /// its date, goal and links.
    SplitStep {
        step: Id,
        into: Vec<String>,
    },
    /// Turns a skill gap (R6) into dated plan steps, counted from `today`.
    StepsFromGap {
        gap: Id,
        today: NaiveDate,
    },
    /// Dates a leaving-well item (C3): its step takes the date, and is made (named after the item,
    /// done when it is) if it has none yet.
    LeavingStep {
        item: Id,
        due: Option<NaiveDate>,
        today: NaiveDate,
    },
    AddIfThen {
        goal: Option<Id>,
    },
    /// A parked but (E3) as the "if" of a new plan, linked to it.
    IfThenFromBut {
        but: Id,
        goal: Option<Id>,
    },
    SetIfThenText(Id, IfThenText, String),
    SetIfThenGoal(Id, Option<Id>),
    /// A check-in held `on` (never after `today`).
    AddCheckIn {
        on: NaiveDate,
        today: NaiveDate,
    },
    SetCheckInDate {
        id: Id,
        on: NaiveDate,
        today: NaiveDate,
    },
    SetCheckInText(Id, CheckInText, String),
    SetProgress {
        check_in: Id,
        goal: Id,
        percent: Option<u8>,
    },
    SetRating(Id, Rating, Option<u8>),
}

/// Whether `id` is a record a step's `link` may point to: in the earlier stages, or among the
/// plan's own `check_ins`. The one rule for linking, repairing and tying links again.
fn link_target_exists(earlier: Earlier, check_ins: &[CheckIn], link: StepLink, id: Id) -> bool {
    match link {
        StepLink::Goal => earlier.has_goal(id),
        StepLink::Option => earlier.deeper.option(id).is_some(),
        StepLink::SkillGap => earlier.deeper.skill_gap(id).is_some(),
        StepLink::Contact => earlier.networking.contact(id).is_some(),
        StepLink::Application => earlier.applying.application(id).is_some(),
        StepLink::CheckIn => check_ins.iter().any(|c| c.id == id),
        StepLink::Leaving => earlier.closing.leaving_item(id).is_some(),
    }
}

impl Plan {
    pub fn step(&self, id: Id) -> Option<&ActionStep> {
        self.steps.iter().find(|s| s.id == id)
    }

    fn step_mut(&mut self, id: Id) -> Option<&mut ActionStep> {
        self.steps.iter_mut().find(|s| s.id == id)
    }

    pub fn check_in(&self, id: Id) -> Option<&CheckIn> {
        self.check_ins.iter().find(|c| c.id == id)
    }

    fn check_in_mut(&mut self, id: Id) -> Option<&mut CheckIn> {
        self.check_ins.iter_mut().find(|c| c.id == id)
    }

    fn if_then_mut(&mut self, id: Id) -> Option<&mut IfThen> {
        self.if_thens.iter_mut().find(|p| p.id == id)
    }

    pub fn steps_from_gap(&self, gap: Id) -> usize {
        self.steps
            .iter()
            .filter(|s| s.skill_gap == Some(gap))
            .count()
    }

    /// The steps under `goal` (or of their own, for `None`), in the person's order.
    pub fn steps_of(&self, goal: Option<Id>) -> impl Iterator<Item = &ActionStep> {
        self.steps.iter().filter(move |s| s.goal == goal)
    }

    /// The open steps to do next: dated ones by date, then undated ones in the person's order.
    pub fn next_steps(&self, n: usize) -> Vec<&ActionStep> {
        let mut open: Vec<&ActionStep> = self.steps.iter().filter(|s| s.status.is_open()).collect();
        // Stable: steps on the same day, and undated ones, keep the person's order.
        open.sort_by_key(|s| (s.due.is_none(), s.due));
        open.truncate(n);
        open
    }

    /// The if–then plan made from `but`, if one was.
    pub fn if_then_from_but(&self, but: Id) -> Option<&IfThen> {
        self.if_thens.iter().find(|p| p.but == Some(but))
    }

    /// The step made from the leaving-well item `item`, if one was.
    pub fn leaving_step(&self, item: Id) -> Option<&ActionStep> {
        self.steps.iter().find(|s| s.leaving == Some(item))
    }

    /// Ticks the step made from the leaving-well item `item` with it: done `today`, or to do again.
    pub fn tick_leaving_step(&mut self, item: Id, done: bool, today: NaiveDate) -> bool {
        let Some(step) = self.steps.iter_mut().find(|s| s.leaving == Some(item)) else {
            return false;
        };
        let status = if done {
            StepStatus::Done
        } else {
            StepStatus::ToDo
        };
        if step.status == status || (done && !date_in_range(today)) {
            return false;
        }
        step.status = status;
        step.done_on = done.then_some(today);
        true
    }

    /// Whether `id` is something a step's `link` may point to.
    /// Whether `step` may point `link` at `id`: the record exists, and a leaving-well item is not
    /// already another step's (one step per item, which ticks with it).
    fn may_link(&self, earlier: Earlier, step: Id, link: StepLink, id: Id) -> bool {
        link_target_exists(earlier, &self.check_ins, link, id)
            && !(link == StepLink::Leaving
                && self
                    .steps
                    .iter()
                    .any(|s| s.id != step && s.leaving == Some(id)))
    }

    /// Applies one edit of the plan; `earlier` holds what its links may point to.
    pub fn apply(&mut self, edit: PlanEdit, earlier: Earlier, ids: &mut IdSource) -> bool {
        use PlanEdit as E;
        match edit {
            E::AddStep {
                title,
                goal,
                check_in,
            } => {
                let title = clip_chars(title.trim(), MAX_STEP_CHARS);
                if new_step_refusal(&self.steps, &title).is_some()
                    || goal.is_some_and(|g| !earlier.has_goal(g))
                    || check_in.is_some_and(|c| self.check_in(c).is_none())
                {
                    return false;
                }
                let step = ActionStep {
                    id: ids.next(),
                    title,
                    goal,
                    check_in,
                    ..ActionStep::default()
                };
                // At the end of its goal's steps: after the last of them, else at the end.
                let at = self
                    .steps
                    .iter()
                    .rposition(|s| s.goal == goal)
                    .map_or(self.steps.len(), |i| i + 1);
                self.steps.insert(at, step);
                true
            }
            E::SetTitle(id, title) => {
                let title = clip_chars(&title, MAX_STEP_CHARS);
                step_title_refusal(&title).is_none()
                    && self.step_mut(id).is_some_and(|s| set(&mut s.title, title))
            }
            E::SetDue(_, Some(day)) if !date_in_range(day) => false,
            E::SetDue(id, due) => self.step_mut(id).is_some_and(|s| set(&mut s.due, due)),
            E::SetStatus {
                step,
                status,
                today,
            } => {
                if status == StepStatus::Done && !date_in_range(today) {
                    return false;
                }
                let Some(s) = self.step_mut(step) else {
                    return false;
                };
                if s.status == status {
                    return false;
                }
                s.status = status;
                s.done_on = (status == StepStatus::Done).then_some(today);
                true
            }
            E::SetLink { step, link, to } => {
                if to.is_some_and(|to| !self.may_link(earlier, step, link, to)) {
                    return false;
                }
                self.step_mut(step)
                    .is_some_and(|s| set(link.get_mut(s), to))
            }
            E::MoveStep(id, direction) => self.move_step(id, direction),
            E::MoveStepTo(id, to) => self.move_step_to(id, to),
            E::SplitStep { step, into } => self.split(step, into, ids),
            E::StepsFromGap { gap, today } => earlier
                .deeper
                .skill_gap(gap)
                .is_some_and(|gap| self.add_steps_for_gap(gap, today, ids)),
            E::LeavingStep { item, due, today } => {
                let Some(item) = earlier.closing.leaving_item(item) else {
                    return false;
                };
                if due.is_some_and(|d| !date_in_range(d)) || !date_in_range(today) {
                    return false;
                }
                if let Some(step) = self.steps.iter_mut().find(|s| s.leaving == Some(item.id)) {
                    return set(&mut step.due, due);
                }
                let title = clip_chars(item.title.trim(), MAX_STEP_CHARS);
                if due.is_none() || new_step_refusal(&self.steps, &title).is_some() {
                    return false;
                }
                let (status, done_on) = if item.done {
                    (StepStatus::Done, Some(today))
                } else {
                    (StepStatus::ToDo, None)
                };
                self.steps.push(ActionStep {
                    id: ids.next(),
                    title,
                    due,
                    status,
                    done_on,
                    leaving: Some(item.id),
                    ..ActionStep::default()
                });
                true
            }
            E::AddIfThen { goal } => self.add_if_then(earlier, goal, None, String::new(), ids),
            E::IfThenFromBut { but, goal } => {
                let Some(b) = earlier.exploration.buts.iter().find(|b| b.id == but) else {
                    return false;
                };
                self.if_then_from_but(but).is_none()
                    && self.add_if_then(earlier, goal, Some(but), obstacle_from_but(&b.text), ids)
            }
            E::SetIfThenText(id, field, value) => {
                let value = clip_chars(&value, MAX_IF_THEN_CHARS);
                self.if_then_mut(id)
                    .is_some_and(|p| set(field.get_mut(p), value))
            }
            E::SetIfThenGoal(_, Some(goal)) if !earlier.has_goal(goal) => false,
            E::SetIfThenGoal(id, goal) => {
                self.if_then_mut(id).is_some_and(|p| set(&mut p.goal, goal))
            }
            E::AddCheckIn { on, today } => {
                if !date_in_range(on) || on > today || self.check_ins.len() >= MAX_CHECK_INS {
                    return false;
                }
                self.check_ins.push(CheckIn {
                    id: ids.next(),
                    on: Some(on),
                    ..CheckIn::default()
                });
                true
            }
            E::SetCheckInDate { id, on, today } => {
                date_in_range(on)
                    && on <= today
                    && self
                        .check_in_mut(id)
                        .is_some_and(|c| set(&mut c.on, Some(on)))
            }
            E::SetCheckInText(id, field, value) => {
                let value = clip_chars(&value, MAX_CHECK_IN_CHARS);
                self.check_in_mut(id)
                    .is_some_and(|c| set(field.get_mut(c), value))
            }
            E::SetProgress {
                check_in,
                goal,
                percent,
            } => {
                if percent.is_some_and(|p| p > 100)
                    || (percent.is_some() && !earlier.has_goal(goal))
                {
                    return false;
                }
                let Some(c) = self.check_in_mut(check_in) else {
                    return false;
                };
                let at = c.progress.iter().position(|p| p.goal == goal);
                match (at, percent) {
                    (Some(at), Some(percent)) => set(&mut c.progress[at].percent, percent),
                    (Some(at), None) => {
                        c.progress.remove(at);
                        true
                    }
                    (None, Some(percent)) => {
                        c.progress.push(GoalProgress { goal, percent });
                        true
                    }
                    (None, None) => false,
                }
            }
            E::SetRating(_, _, Some(value)) if !(MIN_RATING..=MAX_RATING).contains(&value) => false,
            E::SetRating(id, rating, value) => self
                .check_in_mut(id)
                .is_some_and(|c| set(rating.get_mut(c), value)),
        }
    }

    fn add_if_then(
        &mut self,
        earlier: Earlier,
        goal: Option<Id>,
        but: Option<Id>,
        obstacle: String,
        ids: &mut IdSource,
    ) -> bool {
        if if_then_refusal(self.if_thens.len()).is_some()
            || goal.is_some_and(|g| !earlier.has_goal(g))
        {
            return false;
        }
        let obstacle = clip_chars(&obstacle, MAX_IF_THEN_CHARS);
        self.if_thens.push(IfThen {
            id: ids.next(),
            goal,
            obstacle,
            response: String::new(),
            but,
        });
        true
    }

    fn move_step(&mut self, id: Id, direction: Direction) -> bool {
        let Some(at) = self.steps.iter().position(|s| s.id == id) else {
            return false;
        };
        let goal = self.steps[at].goal;
        let neighbour = match direction {
            Direction::Up => self.steps[..at].iter().rposition(|s| s.goal == goal),
            Direction::Down => self.steps[at + 1..]
                .iter()
                .position(|s| s.goal == goal)
                .map(|i| at + 1 + i),
        };
        neighbour.map(|to| self.steps.swap(at, to)).is_some()
    }

    fn move_step_to(&mut self, id: Id, to: Id) -> bool {
        let (Some(from), Some(to)) = (
            self.steps.iter().position(|s| s.id == id),
            self.steps.iter().position(|s| s.id == to),
        ) else {
            return false;
        };
        if from == to || self.steps[from].goal != self.steps[to].goal {
            return false;
        }
        // Taken out, the steps after it move up one: inserted at `to`, it lands after the step it was
        // dropped on when it came from above, and before it when it came from below.
        let step = self.steps.remove(from);
        self.steps.insert(to, step);
        true
    }

    fn split(&mut self, id: Id, into: Vec<String>, ids: &mut IdSource) -> bool {
        let lines: Vec<String> = into
            .iter()
            .map(|l| clip_chars(l.trim(), MAX_STEP_CHARS))
            .filter(|l| !l.is_empty())
            .collect();
        let Some(at) = self.steps.iter().position(|s| s.id == id) else {
            return false;
        };
        if split_refusal(self.steps.len(), lines.len()).is_some() {
            return false;
        }
        let mut lines = lines.into_iter();
        let original = &mut self.steps[at];
        original.title = lines.next().unwrap_or_default();
        // One step stands for a leaving-well item: the parts split off are steps of their own.
        let template = ActionStep {
            status: StepStatus::ToDo,
            done_on: None,
            leaving: None,
            ..original.clone()
        };
        let new: Vec<ActionStep> = lines
            .map(|title| ActionStep {
                id: ids.next(),
                title,
                ..template.clone()
            })
            .collect();
        self.steps.splice(at + 1..at + 1, new);
        true
    }

    pub fn ids(&self) -> Vec<Id> {
        let steps = self.steps.iter().map(|s| s.id);
        let if_thens = self.if_thens.iter().map(|p| p.id);
        steps
            .chain(if_thens)
            .chain(self.check_ins.iter().map(|c| c.id))
            .collect()
    }

    /// `Ok` when every limit of the saved `plan` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        fn at(list: &str, i: usize, field: &str) -> String {
            format!("plan.{list}[{i}].{field}")
        }
        count("plan.steps", self.steps.len(), MAX_STEPS, "plan steps")?;
        for (i, step) in self.steps.iter().enumerate() {
            text(at("steps", i, "title"), &step.title, MAX_STEP_CHARS)?;
            date(at("steps", i, "due"), step.due)?;
            date(at("steps", i, "done_on"), step.done_on)?;
        }
        count(
            "plan.if_thens",
            self.if_thens.len(),
            MAX_IF_THENS,
            "if–then plans",
        )?;
        for (i, plan) in self.if_thens.iter().enumerate() {
            for field in IfThenText::ALL {
                text(
                    at("if_thens", i, field.key()),
                    field.get(plan),
                    MAX_IF_THEN_CHARS,
                )?;
            }
        }
        count(
            "plan.check_ins",
            self.check_ins.len(),
            MAX_CHECK_INS,
            "check-ins",
        )?;
        for (i, check_in) in self.check_ins.iter().enumerate() {
            date(at("check_ins", i, "on"), check_in.on)?;
            for field in CheckInText::ALL {
                text(
                    at("check_ins", i, field.key()),
                    field.get(check_in),
                    MAX_CHECK_IN_CHARS,
                )?;
            }
            for rating in Rating::ALL {
                if let Some(value) = rating.get(check_in) {
                    scale(
                        at("check_ins", i, rating.key()),
                        value,
                        MIN_RATING,
                        MAX_RATING,
                        rating.key(),
                    )?;
                }
            }
            count(
                &at("check_ins", i, "progress"),
                check_in.progress.len(),
                MAX_GOALS,
                "goals' progress",
            )?;
            for (j, progress) in check_in.progress.iter().enumerate() {
                range(
                    format!("plan.check_ins[{i}].progress[{j}].percent"),
                    progress.percent <= 100,
                    || {
                        format!(
                            "progress is a per cent from 0 to 100, and this says {}",
                            progress.percent
                        )
                    },
                )?;
            }
        }
        Ok(())
    }

    /// Clears links to records that `earlier` (or the plan) does not hold, and keeps one progress
    /// figure per goal. Progress toward a goal since removed is kept (undo may bring the goal back).
    pub fn normalise(&mut self, earlier: Earlier) {
        let check_ins = &self.check_ins;
        let mut leaving_seen = Vec::new();
        for step in &mut self.steps {
            for link in StepLink::ALL {
                let keep = link
                    .get(step)
                    .is_none_or(|id| link_target_exists(earlier, check_ins, link, id));
                if !keep {
                    *link.get_mut(step) = None;
                }
            }
            // One step per leaving-well item: the first keeps the link.
            if let Some(item) = step.leaving {
                if leaving_seen.contains(&item) {
                    step.leaving = None;
                }
                leaving_seen.push(item);
            }
            if step.status != StepStatus::Done {
                step.done_on = None;
            }
        }
        for plan in &mut self.if_thens {
            if plan.goal.is_some_and(|g| !earlier.has_goal(g)) {
                plan.goal = None;
            }
            if plan.but.is_some_and(|b| !earlier.has_but(b)) {
                plan.but = None;
            }
        }
        for check_in in &mut self.check_ins {
            let mut seen = Vec::new();
            check_in.progress.retain(|p| {
                let first = !seen.contains(&p.goal);
                seen.push(p.goal);
                first
            });
        }
    }

    /// The links this stage holds to any of `gone`: a step's goal, option, skill gap, contact or
    /// check-in; an if–then plan's goal and but.
    pub fn links_to(&self, gone: &[Id]) -> Vec<Link> {
        let to = |from: Id, to: Option<Id>| {
            to.filter(|to| gone.contains(to))
                .map(|to| Link { from, to })
        };
        let steps = self.steps.iter().flat_map(|s| {
            StepLink::ALL
                .into_iter()
                .filter_map(move |l| to(s.id, l.get(s)))
        });
        let plans = self
            .if_thens
            .iter()
            .flat_map(|p| [to(p.id, p.goal), to(p.id, p.but)].into_iter().flatten());
        steps.chain(plans).collect()
    }

    pub fn unlink(&mut self, gone: &[Id]) {
        let cut = |slot: &mut Option<Id>| {
            if slot.is_some_and(|to| gone.contains(&to)) {
                *slot = None;
            }
        };
        for step in &mut self.steps {
            for link in StepLink::ALL {
                cut(link.get_mut(step));
            }
        }
        for plan in &mut self.if_thens {
            cut(&mut plan.goal);
            cut(&mut plan.but);
        }
    }

    /// Ties `links` again where the record still exists and the slot has not been filled meanwhile.
    /// Ids are unique across the workbook, so where a link's target lives says which slot it was.
    pub fn relink(&mut self, links: &[Link], earlier: Earlier) {
        let check_ins = &self.check_ins;
        for link in links {
            if let Some(step) = self.steps.iter_mut().find(|s| s.id == link.from) {
                let slot = StepLink::ALL
                    .into_iter()
                    .find(|l| link_target_exists(earlier, check_ins, *l, link.to));
                if let Some(slot) = slot.map(|l| l.get_mut(step)).filter(|slot| slot.is_none()) {
                    *slot = Some(link.to);
                }
            } else if let Some(plan) = self.if_thens.iter_mut().find(|p| p.id == link.from) {
                if earlier.has_goal(link.to) && plan.goal.is_none() {
                    plan.goal = Some(link.to);
                } else if earlier.has_but(link.to) && plan.but.is_none() {
                    plan.but = Some(link.to);
                }
            }
        }
    }

    /// How the open steps made from `gap` stand against its deadline, which may have moved since they
    /// were made. Steps keep their own dates (the person may have set them on purpose), so a mismatch
    /// is pointed out, never changed here.
    pub fn deadline_fit(&self, gap: &SkillGap) -> DeadlineFit {
        let Some(deadline) = gap.deadline else {
            return DeadlineFit::Fits;
        };
        let open: Vec<&ActionStep> = self
            .steps
            .iter()
            .filter(|s| s.skill_gap == Some(gap.id) && s.status.is_open())
            .collect();
        if open.iter().any(|s| s.due.is_none()) {
            return DeadlineFit::Undated;
        }
        match open.iter().filter_map(|s| s.due).max() {
            Some(end) if end != deadline => DeadlineFit::EndsOn(end),
            _ => DeadlineFit::Fits,
        }
    }

    /// Adds a step of its own, due on `due` (a coach's homework). Refused, as any new step, when the
    /// title is empty, already a step, or the plan is full.
    pub fn add_dated_step(&mut self, title: &str, due: NaiveDate, ids: &mut IdSource) -> bool {
        let title = clip_chars(title.trim(), MAX_STEP_CHARS);
        if new_step_refusal(&self.steps, &title).is_some() || !date_in_range(due) {
            return false;
        }
        self.steps.push(ActionStep {
            id: ids.next(),
            title,
            due: Some(due),
            ..ActionStep::default()
        });
        true
    }

    /// Adds the steps [`steps_for_gap`] suggests, under no goal, linked to the gap and its option.
    /// Returns false when the gap already has steps or the plan is full.
    pub fn add_steps_for_gap(
        &mut self,
        gap: &SkillGap,
        today: NaiveDate,
        ids: &mut IdSource,
    ) -> bool {
        let suggested = steps_for_gap(gap, today);
        if self.steps_from_gap(gap.id) > 0 || self.steps.len() + suggested.len() > MAX_STEPS {
            return false;
        }
        for (title, due) in suggested {
            self.steps.push(ActionStep {
                id: ids.next(),
                title,
                due,
                skill_gap: Some(gap.id),
                option: gap.option,
                ..ActionStep::default()
            });
        }
        true
    }
}
