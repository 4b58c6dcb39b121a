//! P1, the action plan's steps: small and dated, each with a status, under a goal (E10) or on their
//! own, linked where that helps to an option, a skill gap, a contact or the check-in that promised it.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::{refusal_to_rename, Id, Refusal};
use crate::model::deeper::{GapMethod, SkillGap};

pub const MAX_STEPS: usize = 500;
pub const MAX_STEP_CHARS: usize = 300;
/// A split makes at most this many steps of one.
pub const MAX_SPLIT: usize = 10;
/// The first step of a plan is due this soon, so that something happens while the intention is fresh.
pub const FIRST_STEP_DAYS: i64 = 14;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ActionStep {
    pub id: Id,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub status: StepStatus,
    /// The day it was marked done: the dashboard's recent wins.
    pub done_on: Option<NaiveDate>,
    /// The coaching goal (E10) it moves toward; none for a step of its own.
    pub goal: Option<Id>,
    pub option: Option<Id>,
    /// The skill gap (R6) it closes, when it was made from one.
    pub skill_gap: Option<Id>,
    pub contact: Option<Id>,
    /// The application (A2) it moves along.
    pub application: Option<Id>,
    /// The check-in (P3) where it was promised as a next commitment.
    pub check_in: Option<Id>,
    /// The leaving-well item (C3) it was made from, when given a date there.
    pub leaving: Option<Id>,
}
saved_record!(ActionStep with defaults { id, title, due, status, done_on, goal, option, skill_gap, contact, application, check_in, leaving });

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StepStatus {
    #[default]
    ToDo,
    Doing,
    Done,
    /// Let go on purpose: no longer right, kept as a record of the choice.
    Dropped,
}
saved_choice!(StepStatus);

impl StepStatus {
    pub const ALL: [StepStatus; 4] = [
        StepStatus::ToDo,
        StepStatus::Doing,
        StepStatus::Done,
        StepStatus::Dropped,
    ];

    pub fn key(self) -> &'static str {
        match self {
            StepStatus::ToDo => "todo",
            StepStatus::Doing => "doing",
            StepStatus::Done => "done",
            StepStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            StepStatus::ToDo => "To do",
            StepStatus::Doing => "Doing",
            StepStatus::Done => "Done",
            StepStatus::Dropped => "Dropped",
        }
    }

    /// Still to be done: to do or under way.
    pub fn is_open(self) -> bool {
        matches!(self, StepStatus::ToDo | StepStatus::Doing)
    }
}

/// What a step can be linked to, each a slot of its own on the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepLink {
    Goal,
    Option,
    SkillGap,
    Contact,
    Application,
    CheckIn,
    Leaving,
}

impl StepLink {
    pub const ALL: [StepLink; 7] = [
        StepLink::Goal,
        StepLink::Option,
        StepLink::SkillGap,
        StepLink::Contact,
        StepLink::Application,
        StepLink::CheckIn,
        StepLink::Leaving,
    ];

    pub fn get(self, step: &ActionStep) -> Option<Id> {
        match self {
            StepLink::Goal => step.goal,
            StepLink::Option => step.option,
            StepLink::SkillGap => step.skill_gap,
            StepLink::Contact => step.contact,
            StepLink::Application => step.application,
            StepLink::CheckIn => step.check_in,
            StepLink::Leaving => step.leaving,
        }
    }

    pub fn get_mut(self, step: &mut ActionStep) -> &mut Option<Id> {
        match self {
            StepLink::Goal => &mut step.goal,
            StepLink::Option => &mut step.option,
            StepLink::SkillGap => &mut step.skill_gap,
            StepLink::Contact => &mut step.contact,
            StepLink::Application => &mut step.application,
            StepLink::CheckIn => &mut step.check_in,
            StepLink::Leaving => &mut step.leaving,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            StepLink::Goal => "goal",
            StepLink::Option => "option",
            StepLink::SkillGap => "skill_gap",
            StepLink::Contact => "contact",
            StepLink::Application => "application",
            StepLink::CheckIn => "check_in",
            StepLink::Leaving => "leaving",
        }
    }
}

impl ActionStep {
    /// Open and dated before `today`.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due.is_some_and(|due| due < today)
    }

    /// The gentle question an open step raises, if any: no date yet, or words that read large.
    pub fn could_be_smaller(&self) -> Option<Smaller> {
        if !self.status.is_open() {
            None
        } else if reads_large(&self.title) {
            Some(Smaller::ReadsLarge)
        } else if self.due.is_none() {
            Some(Smaller::NoDate)
        } else {
            None
        }
    }
}

/// Why a step might want to be smaller or more definite. Asked, never enforced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Smaller {
    NoDate,
    ReadsLarge,
}

impl Smaller {
    pub fn question(self) -> &'static str {
        match self {
            Smaller::NoDate => "When could you do this? A date turns an intention into a step.",
            Smaller::ReadsLarge => {
                "Could this be smaller? A step you could finish in an afternoon is easier to start. \
                 Split it into the first few moves."
            }
        }
    }
}

/// More words than this and a step probably holds several.
const LARGE_WORDS: usize = 12;
/// Phrases that name an outcome rather than a step toward it.
const LARGE_PHRASES: [&str; 12] = [
    "get a job",
    "find a job",
    "new job",
    "new career",
    "change career",
    "change careers",
    "switch career",
    "become a",
    "become an",
    "master",
    "and then",
    "everything",
];

/// Whether a step's words read like more than one small step.
pub fn reads_large(title: &str) -> bool {
    let words = title.split_whitespace().count();
    let padded = format!(
        " {} ",
        title
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    words > LARGE_WORDS
        || LARGE_PHRASES
            .iter()
            .any(|p| padded.contains(&format!(" {p} ")))
}

/// Why rewording a step as `title` would be refused, if it would.
pub fn step_title_refusal(title: &str) -> Option<Refusal> {
    refusal_to_rename(title, Refusal::Empty { ask: "A step needs a few words. Write new ones; until then the step keeps its old wording." })
}

/// Why adding a step called `title` to `steps` would be refused, if it would.
pub fn new_step_refusal(steps: &[ActionStep], title: &str) -> Option<Refusal> {
    if title.trim().is_empty() {
        Some(Refusal::Empty {
            ask: "Write the step in a few words, for example “Email Sam about the open day”.",
        })
    } else if steps.len() >= MAX_STEPS {
        Some(Refusal::Full {
            limit: MAX_STEPS,
            what: "steps",
            make_room: "Remove done or dropped ones you no longer need first.",
        })
    } else {
        None
    }
}

/// The lines of a split, cleaned: one step per non-empty line.
pub fn split_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| crate::model::base::clip_chars(l, MAX_STEP_CHARS))
        .collect()
}

/// Why splitting a step into `parts` would be refused, if it would. `len` is how many steps there are.
pub fn split_refusal(len: usize, parts: usize) -> Option<Refusal> {
    if parts < 2 {
        Some(Refusal::Rule {
            why: "Write two or more smaller steps, one on each line.",
        })
    } else if parts > MAX_SPLIT {
        Some(Refusal::Rule {
            why: "Ten smaller steps at most: keep the rest for later.",
        })
    } else if len + parts - 1 > MAX_STEPS {
        Some(Refusal::Full {
            limit: MAX_STEPS,
            what: "steps",
            make_room: "Remove done or dropped ones you no longer need first.",
        })
    } else {
        None
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
            steps.push((
                format!("Halfway check: how is {skill} coming along?"),
                Some(halfway),
            ));
        }
        if deadline > soon {
            steps.push((
                format!("Reach level {} of 5 in {skill}", gap.target),
                Some(deadline),
            ));
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
        SkillGap {
            id: Id(7),
            skill: "Python".into(),
            target: 4,
            deadline,
            ..SkillGap::default()
        }
    }

    #[test]
    fn a_far_deadline_gives_three_dated_steps() {
        let steps = steps_for_gap(&gap(Some(day(2027, 3, 1))), day(2026, 11, 23));
        assert_eq!(
            steps,
            vec![
                (
                    "Find a course in Python and enrol".to_string(),
                    Some(day(2026, 12, 7))
                ),
                (
                    "Halfway check: how is Python coming along?".to_string(),
                    Some(day(2027, 1, 11))
                ),
                (
                    "Reach level 4 of 5 in Python".to_string(),
                    Some(day(2027, 3, 1))
                ),
            ]
        );
    }

    #[test]
    fn a_near_deadline_gives_one_step_by_then() {
        let steps = steps_for_gap(&gap(Some(day(2026, 11, 30))), day(2026, 11, 23));
        assert_eq!(
            steps,
            vec![(
                "Find a course in Python and enrol".to_string(),
                Some(day(2026, 11, 30))
            )]
        );
    }

    #[test]
    fn no_deadline_still_dates_the_first_step() {
        let steps = steps_for_gap(&gap(None), day(2026, 11, 23));
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].1, Some(day(2026, 12, 7)));
        assert_eq!(steps[1].1, None);
    }

    #[test]
    fn large_or_undated_steps_raise_a_question_once_open() {
        let step = |title: &str, due: Option<NaiveDate>| ActionStep {
            title: title.into(),
            due,
            ..ActionStep::default()
        };
        let today = Some(day(2026, 12, 3));
        assert_eq!(
            step("Email Sam about the open day", today).could_be_smaller(),
            None
        );
        assert_eq!(
            step("Email Sam about the open day", None).could_be_smaller(),
            Some(Smaller::NoDate)
        );
        assert_eq!(
            step("Get a job in teaching", today).could_be_smaller(),
            Some(Smaller::ReadsLarge)
        );
        assert_eq!(
            step("Become an   engineer", today).could_be_smaller(),
            Some(Smaller::ReadsLarge)
        );
        assert_eq!(
            step("Read up on the MASTER's programmes", today).could_be_smaller(),
            None,
            "a word, not the phrase"
        );
        let long =
            "Research every course and every college near me and compare what each costs in fees";
        assert_eq!(
            step(long, today).could_be_smaller(),
            Some(Smaller::ReadsLarge)
        );
        let mut done = step("Get a job in teaching", None);
        done.status = StepStatus::Done;
        assert_eq!(done.could_be_smaller(), None, "a done step is history");
    }

    #[test]
    fn overdue_means_open_and_dated_before_today() {
        let today = day(2026, 3, 1);
        let mut step = ActionStep {
            due: Some(day(2026, 2, 28)),
            ..ActionStep::default()
        };
        assert!(step.overdue(today));
        step.status = StepStatus::Doing;
        assert!(step.overdue(today));
        step.status = StepStatus::Dropped;
        assert!(!step.overdue(today));
        step.status = StepStatus::ToDo;
        step.due = Some(today);
        assert!(!step.overdue(today), "due today is not late");
        step.due = None;
        assert!(!step.overdue(today));
    }

    #[test]
    fn a_split_needs_two_to_ten_lines() {
        assert_eq!(
            split_lines("  Find the form \n\n Fill it in\n  "),
            ["Find the form", "Fill it in"]
        );
        assert!(split_refusal(3, 1).is_some());
        assert_eq!(split_refusal(3, 2), None);
        assert!(split_refusal(3, 11).is_some());
        assert!(matches!(
            split_refusal(MAX_STEPS, 2),
            Some(Refusal::Full { .. })
        ));
        assert_eq!(
            split_refusal(MAX_STEPS - 1, 2),
            None,
            "the step split is replaced by the first line"
        );
    }
}
