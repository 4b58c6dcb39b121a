//! The workbook: everything a person writes in Waypoint.

use chrono::NaiveDate;
use serde::Serialize;

use super::applying::{self, Applying};
use super::base::limits::unique_ids;
use super::base::{clip_chars, Check, Id, IdSource, Link};
use super::closing::{self, Closing, ClosingEdit};
use super::coach::{acceptance, Coach, CoachEdit};
use super::deeper::{Decision, Deeper};
use super::edit::{Edit, Removed, RemovedPart, Target};
use super::exploration::values::ValuesEdit;
use super::exploration::vision::{Vision, VisionClarity};
use super::exploration::Exploration;
use super::networking::Networking;
use super::plan::{Earlier, Plan};
use super::start::{CheckInRhythm, Profile};
use crate::model::base::saved::saved_record;

/// The version of the saved form. It only goes up; each step up has a migration in `store::migrate`.
pub const SCHEMA_VERSION: u32 = 9;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Workbook {
    pub schema_version: u32,
    /// Where the next id comes from; see `model::id`.
    pub next_id: IdSource,
    pub profile: Profile,
    pub vision: Vision,
    pub exploration: Exploration,
    pub deeper: Deeper,
    pub networking: Networking,
    pub applying: Applying,
    pub closing: Closing,
    pub plan: Plan,
    /// A coach's program: one this person writes, and one they accepted.
    pub coach: Coach,
}
saved_record!(Workbook with defaults { schema_version, next_id, profile, vision, exploration, deeper, networking, applying, closing, plan, coach });

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
            networking: Networking::default(),
            applying: Applying::default(),
            closing: Closing::default(),
            plan: Plan::default(),
            coach: Coach::default(),
        }
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
    pub contacts: usize,
    pub conversations: usize,
    pub networking_goals: usize,
    pub materials: usize,
    pub applications: usize,
    /// Interview questions of one's own, STAR stories and practice entries.
    pub interview: (usize, usize, usize),
    pub setbacks: usize,
    /// Offers (staying where one is among them) and leaving-well items ticked, of all.
    pub offers: usize,
    pub leaving: (usize, usize),
    pub plan_steps: usize,
    pub if_thens: usize,
    pub check_ins: usize,
    /// The coach of the program accepted (their name, or empty) and the answers given to it.
    pub coached_by: Option<(String, usize)>,
    /// Whether a program of one's own is written.
    pub program_written: bool,
}

impl Workbook {
    /// A new workbook whose program starts on `today`.
    pub fn new_started(today: NaiveDate) -> Self {
        let mut workbook = Self::default();
        workbook.profile.started_on = Some(today);
        workbook
    }

    /// One line that tells one copy of a workbook from another (a backup in a list): the name, and
    /// the larger lists that have anything in them. Counted here rather than from `summary`, which
    /// reads the values deck: this line is made at start-up, and the deck loads with its page.
    pub fn brief(&self) -> String {
        let name = self.profile.name.trim();
        let counts = [
            (self.deeper.options.len(), "career option", "career options"),
            (self.networking.contacts.len(), "contact", "contacts"),
            (
                self.applying.applications.len(),
                "application",
                "applications",
            ),
            (self.closing.offers.len(), "offer", "offers"),
            (self.plan.steps.len(), "plan step", "plan steps"),
        ];
        let mut parts = vec![if name.is_empty() {
            "No name given".to_string()
        } else {
            name.to_string()
        }];
        parts.extend(
            counts
                .iter()
                .filter(|(n, ..)| *n > 0)
                .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many })),
        );
        if parts.len() == 1 {
            let begun = self.vision.answered() > 0
                || !self.exploration.goals.is_empty()
                || !self.exploration.values.top.is_empty();
            parts.push(
                if begun {
                    "Exploration begun"
                } else {
                    "Little written yet"
                }
                .to_string(),
            );
        }
        parts.join(" · ")
    }

    pub fn summary(&self) -> WorkbookSummary {
        let name = self.profile.name.trim();
        WorkbookSummary {
            name: (!name.is_empty()).then(|| name.to_string()),
            program_weeks: self.profile.program_weeks,
            check_in_rhythm: self.profile.check_in_rhythm,
            started_on: self.profile.started_on,
            vision_answers: self.vision.answered(),
            vision_clarity: self.vision.clarity,
            values_sorted: self.exploration.values.progress(),
            top_values: self.top_value_names(),
            goals: self
                .exploration
                .goals
                .iter()
                .filter(|g| !g.text.trim().is_empty())
                .count(),
            buts: self.exploration.buts.len(),
            exploration_done: self.exploration.progress(&self.vision),
            active_options: self.deeper.active_count(),
            archived_options: self.deeper.options.len() - self.deeper.active_count(),
            criteria: self.deeper.matrix.criteria.len(),
            scores: self.deeper.matrix.scores.len(),
            decision: self.decision_title(),
            skill_gaps: self.deeper.skill_gaps.len(),
            contacts: self.networking.contacts.len(),
            conversations: self.networking.interactions.len(),
            networking_goals: self.networking.goals.len(),
            materials: self.applying.materials.len(),
            applications: self.applying.applications.len(),
            interview: (
                self.applying.questions.len(),
                self.applying.stories.len(),
                self.applying.practice.len(),
            ),
            setbacks: self.applying.setbacks.len(),
            offers: self.closing.offers.len(),
            leaving: (
                self.closing.leaving.iter().filter(|i| i.done).count(),
                self.closing.leaving.len(),
            ),
            plan_steps: self.plan.steps.len(),
            if_thens: self.plan.if_thens.len(),
            check_ins: self.plan.check_ins.len(),
            coached_by: self.coach.received.as_ref().map(|r| {
                (
                    r.program.coach.trim().to_string(),
                    r.answers
                        .iter()
                        .filter(|a| !a.text.trim().is_empty())
                        .count(),
                )
            }),
            program_written: !self.coach.draft.is_empty(),
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
        Some(clip_chars(title, 80))
    }

    /// The names of the ranked top values, in rank order.
    pub fn top_value_names(&self) -> Vec<String> {
        let values = &self.exploration.values;
        values
            .top
            .iter()
            .filter_map(|key| values.card(key))
            .map(|c| c.name)
            .collect()
    }

    /// Every id in the workbook, in no particular order.
    pub fn ids(&self) -> Vec<Id> {
        let mut ids = self.exploration.ids();
        ids.extend(self.deeper.ids());
        ids.extend(self.networking.ids());
        ids.extend(self.applying.ids());
        ids.extend(self.closing.ids());
        ids.extend(self.plan.ids());
        ids
    }

    /// Repairs what a hand-edited or damaged-but-readable document may leave inconsistent, without
    /// losing anything a person wrote: the id source moves past every id, and each stage drops what
    /// can never be shown and clears links to records that do not exist.
    pub fn normalise(&mut self) {
        if let Some(highest) = self.ids().into_iter().max() {
            self.next_id.skip_past(highest);
        }
        self.exploration.normalise();
        self.deeper.normalise(&self.exploration);
        self.networking.normalise(&self.deeper);
        let earlier = applying::Earlier {
            exploration: &self.exploration,
            deeper: &self.deeper,
            networking: &self.networking,
        };
        self.applying.normalise(earlier);
        self.closing.normalise(closing::Earlier {
            applying: &self.applying,
        });
        let earlier = Earlier {
            exploration: &self.exploration,
            deeper: &self.deeper,
            networking: &self.networking,
            applying: &self.applying,
            closing: &self.closing,
        };
        self.plan.normalise(earlier);
        self.coach.normalise();
    }

    /// `Ok` when every limit holds; otherwise the first one broken, with its place in the saved form.
    pub fn check_limits(&self) -> Check {
        self.profile.check_limits()?;
        self.vision.check_limits()?;
        self.exploration.check_limits()?;
        self.deeper.check_limits()?;
        self.networking.check_limits()?;
        self.applying.check_limits()?;
        self.closing.check_limits()?;
        self.plan.check_limits()?;
        self.coach.check_limits()?;
        unique_ids(self.ids())
    }

    /// Applies one edit, keeping every value within its limits. Returns whether anything changed,
    /// so that an edit that changes nothing causes no save. A stage's edit may read earlier stages.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let ids = &mut self.next_id;
        match edit {
            Edit::Start(edit) => self.profile.apply(edit),
            Edit::Exploration(edit) => self.exploration.apply(edit, &mut self.vision, ids),
            Edit::Deeper(edit) => self.deeper.apply(edit, &self.exploration, ids),
            Edit::Networking(edit) => self.networking.apply(edit, &self.deeper, ids),
            Edit::Applying(edit) => {
                let earlier = applying::Earlier {
                    exploration: &self.exploration,
                    deeper: &self.deeper,
                    networking: &self.networking,
                };
                self.applying.apply(edit, earlier, ids)
            }
            Edit::Closing(edit) => {
                // A leaving-well item ticked ticks the plan step made from it.
                let tick = match edit {
                    ClosingEdit::TickLeaving { item, done, today } => Some((item, done, today)),
                    _ => None,
                };
                let changed = self.closing.apply(
                    edit,
                    closing::Earlier {
                        applying: &self.applying,
                    },
                    ids,
                );
                if let Some((item, done, today)) = tick.filter(|_| changed) {
                    self.plan.tick_leaving_step(item, done, today);
                }
                changed
            }
            Edit::Plan(edit) => {
                let earlier = Earlier {
                    exploration: &self.exploration,
                    deeper: &self.deeper,
                    networking: &self.networking,
                    applying: &self.applying,
                    closing: &self.closing,
                };
                self.plan.apply(edit, earlier, ids)
            }
            Edit::Coach(edit) => {
                if let CoachEdit::Accept { program, today } = &edit {
                    // Only a program within its limits is taken in (a link's has passed the
                    // validator; this keeps any other caller to the same rule).
                    if program.check_limits("program").is_err()
                        || !crate::model::base::date_in_range(*today)
                    {
                        return false;
                    }
                    let adds = acceptance(
                        program,
                        *today,
                        &self.exploration.values,
                        &self.plan,
                        self.coach.received.as_ref(),
                    );
                    for card in program
                        .cards
                        .iter()
                        .filter(|c| adds.new_cards.contains(&c.name))
                    {
                        self.exploration.values.apply(
                            ValuesEdit::AddCustom {
                                name: card.name.clone(),
                                line: card.line.clone(),
                            },
                            ids,
                        );
                    }
                    for (title, due) in &adds.new_steps {
                        self.plan.add_dated_step(title, *due, ids);
                    }
                }
                self.coach.apply(edit)
            }
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
        let part = match target {
            Target::Exploration(target) => {
                RemovedPart::Exploration(self.exploration.removal_of(target)?)
            }
            Target::Deeper(target) => RemovedPart::Deeper(self.deeper.removal_of(target)?),
            Target::Networking(target) => {
                RemovedPart::Networking(self.networking.removal_of(target)?)
            }
            Target::Applying(target) => RemovedPart::Applying(self.applying.removal_of(target)?),
            Target::Closing(target) => RemovedPart::Closing(self.closing.removal_of(target)?),
            Target::Plan(target) => RemovedPart::Plan(self.plan.removal_of(target)?),
            Target::Coach(target) => RemovedPart::Coach(self.coach.removal_of(target)?),
        };
        let gone = part.ids();
        Some(Removed {
            links: self.links_to(&gone),
            part,
        })
    }

    /// Every link any stage holds to one of `gone`. Only later stages link to earlier ones.
    fn links_to(&self, gone: &[Id]) -> Vec<Link> {
        let mut links = self.deeper.links_to(gone);
        links.extend(self.networking.links_to(gone));
        links.extend(self.applying.links_to(gone));
        links.extend(self.closing.links_to(gone));
        links.extend(self.plan.links_to(gone));
        links
    }

    fn take_away(&mut self, removed: &Removed) {
        let ids = &mut self.next_id;
        match &removed.part {
            RemovedPart::Exploration(part) => self.exploration.take_away(part, ids),
            RemovedPart::Deeper(part) => self.deeper.take_away(part, ids),
            RemovedPart::Networking(part) => self.networking.take_away(part),
            RemovedPart::Applying(part) => self.applying.take_away(part),
            RemovedPart::Closing(part) => self.closing.take_away(part, ids),
            RemovedPart::Plan(part) => self.plan.take_away(part),
            RemovedPart::Coach(part) => self.coach.take_away(part),
        }
        let gone = removed.part.ids();
        self.deeper.unlink(&gone);
        self.networking.unlink(&gone);
        self.applying.unlink(&gone);
        self.closing.unlink(&gone);
        self.plan.unlink(&gone);
    }

    /// Puts a removed record back, with the links that pointed at it. Does nothing when it is
    /// already back (undo pressed twice), when its owner is gone, or when there is no room.
    fn put_back(&mut self, removed: Removed) -> bool {
        let back = match removed.part {
            RemovedPart::Exploration(part) => self.exploration.put_back(part),
            RemovedPart::Deeper(part) => self.deeper.put_back(part, &mut self.next_id),
            RemovedPart::Networking(part) => self.networking.put_back(part),
            RemovedPart::Applying(part) => self.applying.put_back(part),
            RemovedPart::Closing(part) => self.closing.put_back(part, &mut self.next_id),
            RemovedPart::Plan(part) => self.plan.put_back(part),
            RemovedPart::Coach(part) => self.coach.put_back(part),
        };
        if back {
            self.deeper.relink(&removed.links);
            self.networking.relink(&removed.links);
            let earlier = applying::Earlier {
                exploration: &self.exploration,
                deeper: &self.deeper,
                networking: &self.networking,
            };
            self.applying.relink(&removed.links, earlier);
            self.closing.relink(
                &removed.links,
                closing::Earlier {
                    applying: &self.applying,
                },
            );
            let earlier = Earlier {
                exploration: &self.exploration,
                deeper: &self.deeper,
                networking: &self.networking,
                applying: &self.applying,
                closing: &self.closing,
            };
            self.plan.relink(&removed.links, earlier);
        }
        back
    }

    /// The stages the plan may read.
    pub fn plan_reads(&self) -> Earlier<'_> {
        Earlier {
            exploration: &self.exploration,
            deeper: &self.deeper,
            networking: &self.networking,
            applying: &self.applying,
            closing: &self.closing,
        }
    }

    /// The program has started and the plan holds a step: from then on the Plan, with its overview
    /// of what is due, is the home page (before, the start page is).
    pub fn program_under_way(&self) -> bool {
        self.profile.started_on.is_some() && !self.plan.steps.is_empty()
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
            && self.networking == Networking::default()
            && self.applying == Applying::default()
            && self.closing == Closing::default()
            && self.plan == Plan::default()
            && self.coach == Coach::default()
            && self.deeper.decision == Decision::default()
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
        assert!(!workbook.program_under_way());
        let mut started =
            Workbook::new_started(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert!(
            !started.program_under_way(),
            "a start date alone: the start page stays home"
        );
        let step = crate::model::plan::PlanEdit::AddStep {
            title: "Call Sam".into(),
            goal: None,
            check_in: None,
        };
        assert!(started.apply(step.into()));
        assert!(started.program_under_way());
        assert_eq!(
            workbook.profile.program_weeks,
            crate::model::start::DEFAULT_PROGRAM_WEEKS
        );
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

    /// Fills a list to `limit` with `add`, removes its first, adds one more, and checks that undoing
    /// the removal is refused rather than growing the list past its limit.
    fn undo_stops_at_the_limit(
        mut workbook: Workbook,
        add: Edit,
        list: fn(&Workbook) -> Vec<Id>,
        target: fn(Id) -> Target,
        limit: usize,
    ) {
        while list(&workbook).len() < limit {
            assert!(
                workbook.apply(add.clone()),
                "adding below the limit of {limit}"
            );
        }
        assert!(
            !workbook.apply(add.clone()),
            "an add past the limit of {limit} is refused"
        );
        let first = target(list(&workbook)[0]);
        let removed = workbook.removal_of(first).expect("something to remove");
        assert!(workbook.apply(Edit::Remove(first)));
        assert!(workbook.apply(add.clone()));
        assert!(
            !workbook.apply(Edit::Restore(removed.clone())),
            "undo would pass the limit of {limit}"
        );
        assert_eq!(list(&workbook).len(), limit);
        assert_eq!(workbook.check_limits(), Ok(()));
        // With room again, the same undo works.
        let last = target(*list(&workbook).last().unwrap());
        assert!(workbook.apply(Edit::Remove(last)));
        assert!(workbook.apply(Edit::Restore(removed)));
        assert_eq!(workbook.check_limits(), Ok(()));
    }

    #[test]
    fn undo_never_grows_a_list_past_its_limit() {
        use crate::model::deeper::Target as Researching;
        use crate::model::deeper::{
            DeeperEdit, RealityTestKind, MAX_RISKS_PER_OPTION, MAX_TESTS_PER_OPTION,
        };
        use crate::model::exploration::about_you::SelfEdit;
        use crate::model::exploration::goals::{GoalEdit, MAX_GOALS};
        use crate::model::exploration::situation::{MAX_FEELINGS, MAX_PAST_ROLES};
        use crate::model::exploration::skills::MAX_SKILLS;
        use crate::model::exploration::strengths::MAX_STRENGTHS;
        use crate::model::exploration::Target as Exploring;
        let blank = Workbook::default;
        undo_stops_at_the_limit(
            blank(),
            GoalEdit::Add.into(),
            |w| w.exploration.goals.iter().map(|g| g.id).collect(),
            |id| Exploring::Goal(id).into(),
            MAX_GOALS,
        );
        undo_stops_at_the_limit(
            blank(),
            SelfEdit::AddStrength.into(),
            |w| w.exploration.strengths.iter().map(|x| x.id).collect(),
            |id| Exploring::Strength(id).into(),
            MAX_STRENGTHS,
        );
        undo_stops_at_the_limit(
            blank(),
            SelfEdit::AddPastRole.into(),
            |w| {
                w.exploration
                    .situation
                    .past_roles
                    .iter()
                    .map(|x| x.id)
                    .collect()
            },
            |id| Exploring::PastRole(id).into(),
            MAX_PAST_ROLES,
        );
        undo_stops_at_the_limit(
            blank(),
            SelfEdit::AddFeeling.into(),
            |w| {
                w.exploration
                    .situation
                    .feelings
                    .iter()
                    .map(|x| x.id)
                    .collect()
            },
            |id| Exploring::Feeling(id).into(),
            MAX_FEELINGS,
        );
        let skill = SelfEdit::AddSkill {
            name: "Typing".into(),
            kind: Default::default(),
        }
        .into();
        undo_stops_at_the_limit(
            blank(),
            skill,
            |w| w.exploration.skills.iter().map(|x| x.id).collect(),
            |id| Exploring::Skill(id).into(),
            MAX_SKILLS,
        );
        let mut with_option = blank();
        assert!(with_option.apply(DeeperEdit::AddOption("Nurse".into()).into()));
        let option = with_option.deeper.options[0].id;
        assert_eq!(option, Id(9), "the targets below name the option by its id");
        let tests = |w: &Workbook| {
            w.deeper.options[0]
                .reality_tests
                .iter()
                .map(|t| t.id)
                .collect()
        };
        let add_test = DeeperEdit::AddRealityTest(option, RealityTestKind::default()).into();
        undo_stops_at_the_limit(
            with_option.clone(),
            add_test,
            tests,
            |test| {
                Researching::RealityTest {
                    option: Id(9),
                    test,
                }
                .into()
            },
            MAX_TESTS_PER_OPTION,
        );
        let risks = |w: &Workbook| w.deeper.options[0].risks.iter().map(|r| r.id).collect();
        undo_stops_at_the_limit(
            with_option,
            DeeperEdit::AddRisk(option).into(),
            risks,
            |risk| {
                Researching::Risk {
                    option: Id(9),
                    risk,
                }
                .into()
            },
            MAX_RISKS_PER_OPTION,
        );
    }

    #[test]
    fn a_default_workbook_keeps_every_limit() {
        assert_eq!(Workbook::default().check_limits(), Ok(()));
    }

    #[test]
    fn repeated_ids_are_refused() {
        use crate::model::LimitProblem;
        let mut workbook = Workbook::default();
        workbook.deeper.matrix.criteria[1].id = workbook.deeper.matrix.criteria[0].id;
        assert!(
            matches!(workbook.check_limits(), Err(LimitProblem::OutOfRange { path, .. }) if path == "id")
        );
        workbook.deeper.matrix.criteria[1].id = Id(0);
        assert!(workbook.check_limits().is_err());
    }
}
