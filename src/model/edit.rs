//! Every change a person makes is one named `Edit`, applied by one pure function, `Workbook::apply`.
//! The UI sends edits; it never reaches into the workbook itself. Each stage owns its edits; this
//! module only names the stages, and turns a section's edit into the workbook's (`Edit::from`).

use super::applying::{self, ApplyingEdit};
use super::base::{Id, Link};
use super::closing::{self, ClosingEdit};
use super::coach::{self, CoachEdit};
use super::deeper::{self, DeeperEdit};
use super::exploration::about_you::SelfEdit;
use super::exploration::buts::ButEdit;
use super::exploration::goals::GoalEdit;
use super::exploration::interests::InterestsEdit;
use super::exploration::readiness::ReadinessEdit;
use super::exploration::values::ValuesEdit;
use super::exploration::vision::VisionEdit;
use super::exploration::{self, ExplorationEdit};
use super::networking::{self, NetworkingEdit};
use super::plan::{self, PlanEdit};
use super::start::StartEdit;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Start(StartEdit),
    Exploration(ExplorationEdit),
    Deeper(DeeperEdit),
    Networking(NetworkingEdit),
    Applying(ApplyingEdit),
    Closing(ClosingEdit),
    Plan(PlanEdit),
    Coach(CoachEdit),
    Remove(Target),
    /// Undoes a removal: puts back exactly what [`Workbook::removal_of`](super::Workbook::removal_of)
    /// described.
    Restore(Removed),
}

/// Something a person can delete (and get back with undo), by stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Exploration(exploration::Target),
    Deeper(deeper::Target),
    Networking(networking::Target),
    Applying(applying::Target),
    Closing(closing::Target),
    Plan(plan::Target),
    Coach(coach::Target),
}

/// What a removal took away in its own stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemovedPart {
    Exploration(exploration::Removed),
    Deeper(deeper::Removed),
    Networking(networking::Removed),
    Applying(applying::Removed),
    Closing(closing::Removed),
    Plan(plan::Removed),
    Coach(coach::Removed),
}

/// Everything a removal takes away: the record (with what belongs to it) and the links other
/// records held to it, so that undo puts back exactly that, where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub part: RemovedPart,
    pub links: Vec<Link>,
}

impl RemovedPart {
    pub fn name(&self) -> String {
        match self {
            RemovedPart::Exploration(removed) => removed.name(),
            RemovedPart::Deeper(removed) => removed.name(),
            RemovedPart::Networking(removed) => removed.name(),
            RemovedPart::Applying(removed) => removed.name(),
            RemovedPart::Closing(removed) => removed.name(),
            RemovedPart::Plan(removed) => removed.name(),
            RemovedPart::Coach(removed) => removed.name(),
        }
    }

    /// The ids that leave the workbook with this removal.
    pub fn ids(&self) -> Vec<Id> {
        match self {
            RemovedPart::Exploration(removed) => removed.ids(),
            RemovedPart::Deeper(removed) => removed.ids(),
            RemovedPart::Networking(removed) => removed.ids(),
            RemovedPart::Applying(removed) => removed.ids(),
            RemovedPart::Closing(removed) => removed.ids(),
            RemovedPart::Plan(removed) => removed.ids(),
            RemovedPart::Coach(removed) => removed.ids(),
        }
    }
}

impl Removed {
    /// A short name for what was removed, for the undo message.
    pub fn name(&self) -> String {
        self.part.name()
    }
}

/// `Edit::from(section_edit)`: each stage's and section's edit becomes the workbook's.
macro_rules! edit_from {
    ($($edit:ty => |$e:ident| $make:expr;)+) => {
        $(impl From<$edit> for Edit {
            fn from($e: $edit) -> Self {
                $make
            }
        })+
    };
}

edit_from! {
    StartEdit => |e| Edit::Start(e);
    ExplorationEdit => |e| Edit::Exploration(e);
    VisionEdit => |e| Edit::Exploration(ExplorationEdit::Vision(e));
    ButEdit => |e| Edit::Exploration(ExplorationEdit::But(e));
    SelfEdit => |e| Edit::Exploration(ExplorationEdit::Myself(e));
    InterestsEdit => |e| Edit::Exploration(ExplorationEdit::Interests(e));
    ReadinessEdit => |e| Edit::Exploration(ExplorationEdit::Readiness(e));
    ValuesEdit => |e| Edit::Exploration(ExplorationEdit::Values(e));
    GoalEdit => |e| Edit::Exploration(ExplorationEdit::Goal(e));
    DeeperEdit => |e| Edit::Deeper(e);
    NetworkingEdit => |e| Edit::Networking(e);
    ApplyingEdit => |e| Edit::Applying(e);
    ClosingEdit => |e| Edit::Closing(e);
    PlanEdit => |e| Edit::Plan(e);
    CoachEdit => |e| Edit::Coach(e);
    coach::ProgramEdit => |e| Edit::Coach(CoachEdit::Draft(e));
}

impl From<coach::Target> for Target {
    fn from(target: coach::Target) -> Self {
        Target::Coach(target)
    }
}

impl From<exploration::Target> for Target {
    fn from(target: exploration::Target) -> Self {
        Target::Exploration(target)
    }
}

impl From<deeper::Target> for Target {
    fn from(target: deeper::Target) -> Self {
        Target::Deeper(target)
    }
}

impl From<networking::Target> for Target {
    fn from(target: networking::Target) -> Self {
        Target::Networking(target)
    }
}

impl From<applying::Target> for Target {
    fn from(target: applying::Target) -> Self {
        Target::Applying(target)
    }
}

impl From<closing::Target> for Target {
    fn from(target: closing::Target) -> Self {
        Target::Closing(target)
    }
}

impl From<plan::Target> for Target {
    fn from(target: plan::Target) -> Self {
        Target::Plan(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::base::matrix::MatrixEdit;
    use crate::model::deeper::Target as DT;
    use crate::model::exploration::vision::{Horizon, VisionClarity};
    use crate::model::exploration::Target as ET;
    use crate::model::plan::Target as PT;
    use crate::model::start::StartEdit;
    use crate::model::Workbook;
    use chrono::NaiveDate;

    #[test]
    fn edits_change_exactly_their_field() {
        let mut workbook = Workbook::default();
        assert!(workbook.apply(StartEdit::SetName("Ada".into()).into()));
        assert!(
            workbook.apply(VisionEdit::SetAnswer(Horizon::ThreeYears, "Teaching".into()).into())
        );
        assert_eq!(workbook.profile.name, "Ada");
        assert_eq!(workbook.vision.three_years, "Teaching");
        assert_eq!(Horizon::ThreeYears.get(&workbook.vision), "Teaching");
        assert_eq!(workbook.vision.one_year, "");
    }

    #[test]
    fn an_edit_that_changes_nothing_says_so() {
        let mut workbook = Workbook::default();
        assert!(workbook.apply(VisionEdit::SetClarity(Some(VisionClarity::NotYet)).into()));
        assert!(!workbook.apply(VisionEdit::SetClarity(Some(VisionClarity::NotYet)).into()));
        assert!(!workbook.apply(StartEdit::SetName(String::new()).into()));
    }

    fn workbook_with_research() -> Workbook {
        let mut w = Workbook::default();
        for title in ["Nurse", "Teacher", "Gardener"] {
            w.apply(Edit::from(DeeperEdit::AddOption(title.into())));
        }
        let ids = w.deeper.all_ids();
        let criteria: Vec<Id> = w.deeper.matrix.criteria.iter().map(|c| c.id).collect();
        for (n, thing) in ids.iter().enumerate() {
            for (m, criterion) in criteria.iter().enumerate() {
                let score = Some(((n + m) % 10 + 1) as u8);
                w.apply(Edit::from(DeeperEdit::OptionMatrix(MatrixEdit::SetScore {
                    thing: *thing,
                    criterion: *criterion,
                    score,
                })));
            }
            w.apply(Edit::from(DeeperEdit::OptionMatrix(
                MatrixEdit::SetGutRating(*thing, Some(5 + n as u8)),
            )));
            w.apply(Edit::from(DeeperEdit::AddRealityTest(
                *thing,
                crate::model::deeper::RealityTestKind::Volunteering,
            )));
            w.apply(Edit::from(DeeperEdit::AddRisk(*thing)));
        }
        w.apply(Edit::from(DeeperEdit::Choose(Some(ids[1]))));
        w.apply(Edit::from(DeeperEdit::AddSkillGap {
            option: Some(ids[1]),
            skill: "Classroom management".into(),
        }));
        let gap = w.deeper.skill_gaps[0].id;
        w.apply(Edit::from(PlanEdit::StepsFromGap {
            gap,
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }));
        use crate::model::exploration::values::{Pile, ReflectionField, ValuesEdit};
        w.apply(Edit::from(ValuesEdit::AddCustom {
            name: "Quiet mornings".into(),
            line: String::new(),
        }));
        let custom =
            crate::model::exploration::values::custom_key(w.exploration.values.custom[0].id);
        for key in ["autonomy", custom.as_str(), "balance"] {
            w.apply(Edit::from(ValuesEdit::Place {
                card: key.into(),
                pile: Some(Pile::Always),
            }));
            w.apply(Edit::from(ValuesEdit::AddToTop(key.into())));
        }
        w.apply(Edit::from(ValuesEdit::SetReflection(
            custom,
            ReflectionField::Why,
            "Thinking time".into(),
        )));
        w.apply(Edit::from(ButEdit::Park {
            text: "But I have a mortgage".into(),
            parked_from: "Start".into(),
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }));
        let but = w.exploration.buts[0].id;
        let (option, risk) = (w.deeper.options[0].id, w.deeper.options[0].risks[0].id);
        assert!(w.apply(Edit::from(DeeperEdit::SetRisk(
            option,
            risk,
            crate::model::deeper::RiskField::But(Some(but))
        ))));
        assert!(!w.apply(Edit::from(DeeperEdit::SetRisk(
            option,
            risk,
            crate::model::deeper::RiskField::But(Some(Id(999)))
        ))));
        use crate::model::exploration::skills::SkillKind;
        use crate::model::exploration::strengths::StrengthField;
        w.apply(Edit::from(SelfEdit::AddPastRole));
        w.apply(Edit::from(SelfEdit::AddPastRole));
        w.apply(Edit::from(SelfEdit::AddFeeling));
        w.apply(Edit::from(SelfEdit::AddStrength));
        let strength = w.exploration.strengths[0].id;
        w.apply(Edit::from(SelfEdit::SetStrength(
            strength,
            StrengthField::Name("Patience".into()),
        )));
        w.apply(Edit::from(SelfEdit::AddSkill {
            name: "Python".into(),
            kind: SkillKind::Technical,
        }));
        w.apply(Edit::from(InterestsEdit::AddTopic("Old maps".into())));
        w.apply(Edit::from(InterestsEdit::AddTopic("Bees".into())));
        w.apply(Edit::from(GoalEdit::Add));
        w.apply(Edit::from(GoalEdit::Add));
        let goal = w.exploration.goals[0].id;
        w.apply(Edit::from(GoalEdit::SetText(
            goal,
            "I will talk to 3 teachers by March".into(),
        )));
        w
    }

    #[test]
    fn every_removal_is_undone_exactly() {
        let original = workbook_with_research();
        let d = &original.deeper;
        let (option, test, risk) = (
            d.options[1].id,
            d.options[2].reality_tests[0].id,
            d.options[0].risks[0].id,
        );
        let targets = [
            Target::from(DT::Option(option)),
            Target::from(DT::Option(d.options[0].id)),
            Target::from(DT::RealityTest {
                option: d.options[2].id,
                test,
            }),
            Target::from(DT::Risk {
                option: d.options[0].id,
                risk,
            }),
            Target::from(DT::Criterion(d.matrix.criteria[3].id)),
            Target::from(DT::SkillGap(d.skill_gaps[0].id)),
            Target::from(PT::Step(original.plan.steps[0].id)),
            Target::from(ET::CustomValue(original.exploration.values.custom[0].id)),
            Target::from(ET::Goal(original.exploration.goals[0].id)),
            Target::from(ET::ValuesSort),
            Target::from(ET::But(original.exploration.buts[0].id)),
            Target::from(ET::PastRole(
                original.exploration.situation.past_roles[0].id,
            )),
            Target::from(ET::Feeling(original.exploration.situation.feelings[0].id)),
            Target::from(ET::Strength(original.exploration.strengths[0].id)),
            Target::from(ET::Skill(original.exploration.skills[0].id)),
            Target::from(ET::Topic(original.exploration.interests.topics[0].id)),
        ];
        for target in targets {
            let mut w = original.clone();
            let removed = w.removal_of(target).expect("the target exists");
            assert!(w.apply(Edit::Remove(target)), "{target:?}");
            assert_ne!(w, original, "{target:?} removed something");
            assert_eq!(w.check_limits(), Ok(()));
            assert!(w.apply(Edit::Restore(removed.clone())), "{target:?}");
            assert_eq!(w, original, "{target:?} came back exactly");
            assert!(
                !w.apply(Edit::Restore(removed)),
                "a second undo does nothing"
            );
            assert!(!w.apply(Edit::Remove(PT::Step(Id(9999)).into())));
        }
    }

    #[test]
    fn removing_the_chosen_option_clears_the_decision_and_its_links() {
        let mut w = workbook_with_research();
        let chosen = w.deeper.decision.chosen.unwrap();
        assert!(w.apply(Edit::Remove(DT::Option(chosen).into())));
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
        assert!(!w.apply(Edit::from(PlanEdit::StepsFromGap {
            gap,
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        })));
        assert_eq!(w.plan.steps.len(), count);
        assert!(w.summary().plan_steps == count && w.summary().skill_gaps == 1);
        assert_eq!(w.summary().decision.as_deref(), Some("Teacher"));
    }
}
