//! The parts of a workbook that views follow one by one, and which parts each edit may change. The UI
//! re-reads only the parts an edit touched, so a key press in one section never re-reads another; a
//! test applies generated edits and checks that nothing changes outside the parts named here.

use super::applying::{Applying, ApplyingEdit};
use super::base::Id;
use super::closing::{Closing, ClosingEdit};
use super::coach::CoachEdit;
use super::deeper::{CareerOption, Deeper, DeeperEdit};
use super::edit::Edit;
use super::exploration::about_you::SelfEdit;
use super::exploration::{Exploration, ExplorationEdit};
use super::networking::{Networking, NetworkingEdit};
use super::plan::{Plan, PlanEdit};
use super::workbook::Workbook;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Profile,
    Vision,
    /// E1, with past roles and feelings.
    Situation,
    Strengths,
    Skills,
    Flow,
    Interests,
    Readiness,
    Goals,
    Buts,
    Values,
    /// R1, R2 and R4: the options with their tests, risks and skills.
    Options,
    Matrix,
    Decision,
    SkillGaps,
    /// N1, with each contact's next follow-up.
    Contacts,
    /// N2: the conversations logged.
    Conversations,
    /// N3: drafts, own questions and the ladder.
    Outreach,
    /// N4.
    NetworkingGoals,
    /// A1: materials with their versions and checklists.
    Materials,
    /// A2, with each application's interview preparation.
    Applications,
    /// A3: STAR stories.
    Stories,
    /// A3: questions of one's own and the practice log.
    Practice,
    /// A4.
    Setbacks,
    /// C1 and C2: the offers with their negotiation plans.
    Offers,
    /// C1: the offers scored.
    OfferMatrix,
    /// C3.
    Leaving,
    /// C4.
    Celebration,
    /// P1, the action plan's steps.
    Steps,
    /// P2.
    IfThens,
    /// P3.
    CheckIns,
    /// D3 and S2: the program written as a coach, and the one accepted with its answers.
    Coach,
}

impl Part {
    pub const ALL: [Part; 32] = [
        Part::Profile,
        Part::Vision,
        Part::Situation,
        Part::Strengths,
        Part::Skills,
        Part::Flow,
        Part::Interests,
        Part::Readiness,
        Part::Goals,
        Part::Buts,
        Part::Values,
        Part::Options,
        Part::Matrix,
        Part::Decision,
        Part::SkillGaps,
        Part::Contacts,
        Part::Conversations,
        Part::Outreach,
        Part::NetworkingGoals,
        Part::Materials,
        Part::Applications,
        Part::Stories,
        Part::Practice,
        Part::Setbacks,
        Part::Offers,
        Part::OfferMatrix,
        Part::Leaving,
        Part::Celebration,
        Part::Steps,
        Part::IfThens,
        Part::CheckIns,
        Part::Coach,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The parts `edit` may change. A removal or an undo may cut or tie links anywhere: all of them.
    pub fn touched_by(edit: &Edit) -> &'static [Part] {
        match edit {
            Edit::Start(_) => &[Part::Profile],
            Edit::Exploration(edit) => match edit {
                ExplorationEdit::Vision(_) => &[Part::Vision],
                ExplorationEdit::But(_) => &[Part::Buts],
                ExplorationEdit::Myself(edit) => match edit {
                    SelfEdit::Situation(..)
                    | SelfEdit::AddPastRole
                    | SelfEdit::SetPastRole(..)
                    | SelfEdit::MovePastRole(..)
                    | SelfEdit::AddFeeling
                    | SelfEdit::SetFeeling { .. } => &[Part::Situation],
                    SelfEdit::AddStrength | SelfEdit::SetStrength(..) => &[Part::Strengths],
                    SelfEdit::AddSkill { .. } | SelfEdit::SetSkill(..) => &[Part::Skills],
                    SelfEdit::Flow(..) => &[Part::Flow],
                },
                ExplorationEdit::Interests(_) => &[Part::Interests],
                ExplorationEdit::Readiness(_) => &[Part::Readiness],
                ExplorationEdit::Values(_) => &[Part::Values],
                ExplorationEdit::Goal(_) => &[Part::Goals],
            },
            Edit::Deeper(edit) => match edit {
                DeeperEdit::OptionMatrix(_) => &[Part::Matrix],
                DeeperEdit::SetDecisionText(..) => &[Part::Decision],
                DeeperEdit::AddSkillGap { .. } | DeeperEdit::SetSkillGap(..) => &[Part::SkillGaps],
                // The decision and an option's status are kept in step.
                DeeperEdit::Choose(_) | DeeperEdit::SetStatus(..) | DeeperEdit::SetArchived(..) => {
                    &[Part::Options, Part::Decision]
                }
                DeeperEdit::AddOption(_)
                | DeeperEdit::SetOptionText(..)
                | DeeperEdit::AddSkillNeeded(..)
                | DeeperEdit::RemoveSkillNeeded(..)
                | DeeperEdit::SetSalary(..)
                | DeeperEdit::AddRealityTest(..)
                | DeeperEdit::SetRealityTest(..)
                | DeeperEdit::AddRisk(..)
                | DeeperEdit::SetRisk(..) => &[Part::Options],
            },
            Edit::Applying(edit) => match edit {
                ApplyingEdit::AddMaterial { .. }
                | ApplyingEdit::SetMaterialTitle(..)
                | ApplyingEdit::AddVersion { .. }
                | ApplyingEdit::SetVersionText(..)
                | ApplyingEdit::SetVersionStatus { .. }
                | ApplyingEdit::SetVersionOption(..)
                | ApplyingEdit::SetVersionUpdated(..)
                | ApplyingEdit::AddCheckItem { .. }
                | ApplyingEdit::SetCheckItem(..)
                | ApplyingEdit::TickCheckItem(..) => &[Part::Materials],
                ApplyingEdit::AddApplication { .. }
                | ApplyingEdit::SetApplicationText(..)
                | ApplyingEdit::SetFoundOn(..)
                | ApplyingEdit::SetAppliedOn(..)
                | ApplyingEdit::SetNextOn(..)
                | ApplyingEdit::SetThankYou(..)
                | ApplyingEdit::Move { .. }
                | ApplyingEdit::UndoMove(_)
                | ApplyingEdit::UseVersion { .. }
                | ApplyingEdit::SetAppContact(..)
                | ApplyingEdit::SetAppOption(..) => &[Part::Applications],
                ApplyingEdit::AddStory(_)
                | ApplyingEdit::SetStoryText(..)
                | ApplyingEdit::LinkStory { .. } => &[Part::Stories],
                ApplyingEdit::AddQuestion { .. }
                | ApplyingEdit::SetQuestion(..)
                | ApplyingEdit::LogPractice { .. }
                | ApplyingEdit::SetPracticeImprove(..)
                | ApplyingEdit::SetPracticeRating(..)
                | ApplyingEdit::SetPracticeDate(..) => &[Part::Practice],
                ApplyingEdit::AddSetback { .. }
                | ApplyingEdit::SetSetbackText(..)
                | ApplyingEdit::SetMood(..)
                | ApplyingEdit::SetSetbackDate(..) => &[Part::Setbacks],
            },
            Edit::Networking(edit) => match edit {
                NetworkingEdit::AddContact(_)
                | NetworkingEdit::SetContactText(..)
                | NetworkingEdit::SetWarmth(..)
                | NetworkingEdit::LinkOption { .. }
                | NetworkingEdit::AddTag(..)
                | NetworkingEdit::RemoveTag(..)
                | NetworkingEdit::SetFollowUp(..) => &[Part::Contacts],
                // Logging a conversation may set the contact's follow-up; "done" clears it.
                NetworkingEdit::FollowUpDone { .. } | NetworkingEdit::LogConversation(_) => {
                    &[Part::Contacts, Part::Conversations]
                }
                NetworkingEdit::SetInteractionText(..)
                | NetworkingEdit::SetInteractionDate(..)
                | NetworkingEdit::SetChannel(..)
                | NetworkingEdit::SetRealityTest(..)
                | NetworkingEdit::PinBankQuestion { .. }
                | NetworkingEdit::PinOwnQuestion { .. } => &[Part::Conversations],
                NetworkingEdit::AddDraft(_)
                | NetworkingEdit::SetDraftText(..)
                | NetworkingEdit::AddOwnQuestion(_)
                | NetworkingEdit::SetOwnQuestion(..)
                | NetworkingEdit::TickRung { .. }
                | NetworkingEdit::SetReflection(..) => &[Part::Outreach],
                NetworkingEdit::AddGoal { .. } | NetworkingEdit::SetGoal { .. } => {
                    &[Part::NetworkingGoals]
                }
            },
            Edit::Closing(edit) => match edit {
                // The first offer may bring the offer criteria.
                ClosingEdit::AddOffer { .. } => &[Part::Offers, Part::OfferMatrix],
                ClosingEdit::SetOfferName(..)
                | ClosingEdit::SetCurrency(..)
                | ClosingEdit::SetNumber(..)
                | ClosingEdit::SetOfferText(..)
                | ClosingEdit::SetNegotiationText(..)
                | ClosingEdit::SetStartOn(..)
                | ClosingEdit::SetOfferApplication(..) => &[Part::Offers],
                ClosingEdit::OfferMatrix(_) => &[Part::OfferMatrix],
                ClosingEdit::StartLeaving(_)
                | ClosingEdit::AddLeavingItem(_)
                | ClosingEdit::SetLeavingTitle(..)
                | ClosingEdit::SetLeavingNote(..) => &[Part::Leaving],
                // The plan step made from the item is ticked with it.
                ClosingEdit::TickLeaving { .. } => &[Part::Leaving, Part::Steps],
                ClosingEdit::SetCelebrationText(..) | ClosingEdit::SetNextCheckIn(_) => {
                    &[Part::Celebration]
                }
            },
            Edit::Plan(edit) => match edit {
                PlanEdit::AddStep { .. }
                | PlanEdit::SetTitle(..)
                | PlanEdit::SetDue(..)
                | PlanEdit::SetStatus { .. }
                | PlanEdit::SetLink { .. }
                | PlanEdit::MoveStep(..)
                | PlanEdit::MoveStepTo(..)
                | PlanEdit::SplitStep { .. }
                | PlanEdit::StepsFromGap { .. }
                | PlanEdit::LeavingStep { .. } => &[Part::Steps],
                PlanEdit::AddIfThen { .. }
                | PlanEdit::IfThenFromBut { .. }
                | PlanEdit::SetIfThenText(..)
                | PlanEdit::SetIfThenGoal(..) => &[Part::IfThens],
                PlanEdit::AddCheckIn { .. }
                | PlanEdit::SetCheckInDate { .. }
                | PlanEdit::SetCheckInText(..)
                | PlanEdit::SetProgress { .. }
                | PlanEdit::SetRating(..) => &[Part::CheckIns],
            },
            Edit::Coach(edit) => match edit {
                CoachEdit::Draft(_) | CoachEdit::SetAnswer { .. } => &[Part::Coach],
                // The coach's cards join the deck; homework becomes plan steps.
                CoachEdit::Accept { .. } => &[Part::Coach, Part::Values, Part::Steps],
            },
            Edit::Remove(_) | Edit::Restore(_) => &Part::ALL,
        }
    }

    /// The one record an edit changes, when it changes nothing else in its part: then the readers
    /// of other records of that part need not read again (the part's readers still do). Only
    /// Diving deeper's options, Networking's contacts and conversations and the check-ins have record edits; `None` means "maybe any record".
    pub fn touched_record(edit: &Edit) -> Option<(Part, Id)> {
        match edit {
            Edit::Deeper(
                DeeperEdit::SetOptionText(id, ..)
                | DeeperEdit::AddSkillNeeded(id, ..)
                | DeeperEdit::RemoveSkillNeeded(id, ..)
                | DeeperEdit::SetSalary(id, ..)
                | DeeperEdit::AddRealityTest(id, ..)
                | DeeperEdit::SetRealityTest(id, ..)
                | DeeperEdit::AddRisk(id)
                | DeeperEdit::SetRisk(id, ..),
            ) => Some((Part::Options, *id)),
            Edit::Networking(
                NetworkingEdit::SetContactText(id, ..)
                | NetworkingEdit::SetWarmth(id, _)
                | NetworkingEdit::LinkOption { contact: id, .. }
                | NetworkingEdit::AddTag(id, _)
                | NetworkingEdit::RemoveTag(id, _)
                | NetworkingEdit::SetFollowUp(id, _),
            ) => Some((Part::Contacts, *id)),
            Edit::Networking(
                NetworkingEdit::SetInteractionText(id, ..)
                | NetworkingEdit::SetInteractionDate(id, _)
                | NetworkingEdit::SetChannel(id, _)
                | NetworkingEdit::SetRealityTest(id, _)
                | NetworkingEdit::PinBankQuestion {
                    interaction: id, ..
                }
                | NetworkingEdit::PinOwnQuestion {
                    interaction: id, ..
                },
            ) => Some((Part::Conversations, *id)),
            Edit::Applying(
                ApplyingEdit::SetApplicationText(id, ..)
                | ApplyingEdit::SetFoundOn(id, _)
                | ApplyingEdit::SetAppliedOn(id, _)
                | ApplyingEdit::SetNextOn(id, _)
                | ApplyingEdit::SetThankYou(id, _)
                | ApplyingEdit::Move { app: id, .. }
                | ApplyingEdit::UndoMove(crate::model::applying::Stood { app: id, .. })
                | ApplyingEdit::UseVersion { app: id, .. }
                | ApplyingEdit::SetAppContact(id, _)
                | ApplyingEdit::SetAppOption(id, _),
            ) => Some((Part::Applications, *id)),
            Edit::Applying(
                ApplyingEdit::SetStoryText(id, ..) | ApplyingEdit::LinkStory { story: id, .. },
            ) => Some((Part::Stories, *id)),
            Edit::Applying(
                ApplyingEdit::SetPracticeImprove(id, _)
                | ApplyingEdit::SetPracticeRating(id, _)
                | ApplyingEdit::SetPracticeDate(id, _),
            ) => Some((Part::Practice, *id)),
            Edit::Applying(
                ApplyingEdit::SetSetbackText(id, ..)
                | ApplyingEdit::SetMood(id, _)
                | ApplyingEdit::SetSetbackDate(id, _),
            ) => Some((Part::Setbacks, *id)),
            Edit::Closing(
                ClosingEdit::SetOfferName(id, _)
                | ClosingEdit::SetCurrency(id, _)
                | ClosingEdit::SetNumber(id, ..)
                | ClosingEdit::SetOfferText(id, ..)
                | ClosingEdit::SetNegotiationText(id, ..)
                | ClosingEdit::SetStartOn(id, _)
                | ClosingEdit::SetOfferApplication(id, _),
            ) => Some((Part::Offers, *id)),
            Edit::Plan(
                PlanEdit::SetCheckInDate { id, .. }
                | PlanEdit::SetCheckInText(id, ..)
                | PlanEdit::SetProgress { check_in: id, .. }
                | PlanEdit::SetRating(id, ..),
            ) => Some((Part::CheckIns, *id)),
            _ => None,
        }
    }

    /// Whether `a` and `b` hold the same in this part apart from the record `id` (for the test of
    /// `touched_record`): the same records in the same order, each other one unchanged.
    pub fn same_apart_from(self, id: Id, a: &Workbook, b: &Workbook) -> bool {
        match self {
            Part::Options => {
                let others = |w: &Workbook| -> Vec<Option<CareerOption>> {
                    w.deeper
                        .options
                        .iter()
                        .map(|o| (o.id != id).then(|| o.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            Part::Contacts => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.networking
                        .contacts
                        .iter()
                        .map(|c| (c.id != id).then(|| c.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            Part::Conversations => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.networking
                        .interactions
                        .iter()
                        .map(|i| (i.id != id).then(|| i.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            Part::Applications => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.applying
                        .applications
                        .iter()
                        .map(|x| (x.id != id).then(|| x.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            Part::Stories => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.applying
                        .stories
                        .iter()
                        .map(|x| (x.id != id).then(|| x.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            Part::Practice => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.applying
                        .practice
                        .iter()
                        .map(|x| (x.id != id).then(|| x.clone()))
                        .collect()
                };
                others(a) == others(b) && a.applying.questions == b.applying.questions
            }
            Part::Setbacks => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.applying
                        .setbacks
                        .iter()
                        .map(|x| (x.id != id).then(|| x.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            Part::Offers => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.closing
                        .offers
                        .iter()
                        .map(|x| (x.id != id).then(|| x.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            Part::CheckIns => {
                let others = |w: &Workbook| -> Vec<Option<_>> {
                    w.plan
                        .check_ins
                        .iter()
                        .map(|c| (c.id != id).then(|| c.clone()))
                        .collect()
                };
                others(a) == others(b)
            }
            _ => self.same(a, b),
        }
    }

    /// Whether `a` and `b` hold the same in this part (for the test of `touched_by`).
    pub fn same(self, a: &Workbook, b: &Workbook) -> bool {
        every_field_is_in_a_part(a);
        let (x, y) = (&a.exploration, &b.exploration);
        match self {
            Part::Profile => a.profile == b.profile,
            Part::Vision => a.vision == b.vision,
            Part::Situation => x.situation == y.situation,
            Part::Strengths => x.strengths == y.strengths,
            Part::Skills => x.skills == y.skills,
            Part::Flow => x.flow == y.flow,
            Part::Interests => x.interests == y.interests,
            Part::Readiness => x.readiness == y.readiness,
            Part::Goals => x.goals == y.goals,
            Part::Buts => x.buts == y.buts,
            Part::Values => x.values == y.values,
            Part::Options => a.deeper.options == b.deeper.options,
            Part::Matrix => a.deeper.matrix == b.deeper.matrix,
            Part::Decision => a.deeper.decision == b.deeper.decision,
            Part::SkillGaps => a.deeper.skill_gaps == b.deeper.skill_gaps,
            Part::Contacts => a.networking.contacts == b.networking.contacts,
            Part::Conversations => a.networking.interactions == b.networking.interactions,
            Part::Outreach => {
                let (m, n) = (&a.networking, &b.networking);
                m.drafts == n.drafts && m.own_questions == n.own_questions && m.ladder == n.ladder
            }
            Part::NetworkingGoals => a.networking.goals == b.networking.goals,
            Part::Materials => a.applying.materials == b.applying.materials,
            Part::Applications => a.applying.applications == b.applying.applications,
            Part::Stories => a.applying.stories == b.applying.stories,
            Part::Practice => {
                a.applying.questions == b.applying.questions
                    && a.applying.practice == b.applying.practice
            }
            Part::Setbacks => a.applying.setbacks == b.applying.setbacks,
            Part::Offers => a.closing.offers == b.closing.offers,
            Part::OfferMatrix => a.closing.matrix == b.closing.matrix,
            Part::Leaving => a.closing.leaving == b.closing.leaving,
            Part::Celebration => a.closing.celebration == b.closing.celebration,
            Part::Steps => a.plan.steps == b.plan.steps,
            Part::IfThens => a.plan.if_thens == b.plan.if_thens,
            Part::CheckIns => a.plan.check_ins == b.plan.check_ins,
            Part::Coach => a.coach == b.coach,
        }
    }
}

/// Fails to compile when the workbook gains a field, until it is given a part here and in `same`.
fn every_field_is_in_a_part(workbook: &Workbook) {
    let Workbook {
        schema_version: _,
        next_id: _,
        profile: _,
        vision: _,
        exploration,
        deeper,
        networking,
        applying,
        closing,
        plan,
        coach: _,
    } = workbook;
    let Exploration {
        situation: _,
        buts: _,
        values: _,
        strengths: _,
        interests: _,
        skills: _,
        flow: _,
        readiness: _,
        goals: _,
    } = exploration;
    let Deeper {
        options: _,
        matrix: _,
        decision: _,
        skill_gaps: _,
    } = deeper;
    let Networking {
        contacts: _,
        interactions: _,
        drafts: _,
        own_questions: _,
        ladder: _,
        goals: _,
    } = networking;
    let Applying {
        materials: _,
        applications: _,
        questions: _,
        stories: _,
        practice: _,
        setbacks: _,
    } = applying;
    let Closing {
        offers: _,
        matrix: _,
        leaving: _,
        celebration: _,
    } = closing;
    let Plan {
        steps: _,
        if_thens: _,
        check_ins: _,
    } = plan;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_numbered_in_order() {
        for (i, part) in Part::ALL.into_iter().enumerate() {
            assert_eq!(part.index(), i);
        }
    }
}
