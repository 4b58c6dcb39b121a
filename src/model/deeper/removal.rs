//! What can be deleted in Diving deeper, exact undo for each, and the links this stage holds to
//! records that may be removed (a risk's parked "but", a skill gap's option).

use crate::model::base::matrix::{MatrixEdit, RemovedCriterion, RemovedThing};
use crate::model::base::{found, named, reinsert, Id, IdSource, Link};

use super::{
    CareerOption, Deeper, OptionStatus, RealityTest, Risk, SkillGap, MAX_ACTIVE_OPTIONS,
    MAX_OPTIONS, MAX_SKILL_GAPS,
};

/// Something in Diving deeper a person can delete (and get back with undo).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Option(Id),
    RealityTest { option: Id, test: Id },
    Risk { option: Id, risk: Id },
    Criterion(Id),
    SkillGap(Id),
}

/// Everything a removal takes away, so that undo can put back exactly that, where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    Option {
        index: usize,
        option: CareerOption,
        matrix: RemovedThing,
        was_chosen: bool,
    },
    RealityTest {
        option: Id,
        index: usize,
        test: RealityTest,
    },
    Risk {
        option: Id,
        index: usize,
        risk: Risk,
    },
    Criterion(RemovedCriterion),
    SkillGap {
        index: usize,
        gap: SkillGap,
    },
}

impl Removed {
    /// A short name for what was removed, for the undo message.
    pub fn name(&self) -> String {
        match self {
            Removed::Option { option, .. } => named(&option.title, "the option"),
            // The labels are plain English words: A to Z is all there is to lower.
            Removed::RealityTest { test, .. } => {
                format!("the {}", test.kind.label().to_ascii_lowercase())
            }
            Removed::Risk { risk, .. } => named(&risk.risk, "the risk"),
            Removed::Criterion(removed) => named(&removed.criterion.name, "the criterion"),
            Removed::SkillGap { gap, .. } => named(&gap.skill, "the skill gap"),
        }
    }

    /// The ids that leave the workbook with this removal.
    pub fn ids(&self) -> Vec<Id> {
        match self {
            Removed::Option { option, .. } => std::iter::once(option.id)
                .chain(option.reality_tests.iter().map(|t| t.id))
                .chain(option.risks.iter().map(|r| r.id))
                .collect(),
            Removed::RealityTest { test, .. } => vec![test.id],
            Removed::Risk { risk, .. } => vec![risk.id],
            Removed::Criterion(removed) => vec![removed.criterion.id],
            Removed::SkillGap { gap, .. } => vec![gap.id],
        }
    }
}

impl Deeper {
    /// What removing `target` would take away, or `None` when there is no such thing.
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        Some(match target {
            Target::Option(id) => {
                let (index, option) = found(&self.options, id, |o| o.id)?;
                Removed::Option {
                    index,
                    option,
                    matrix: self.matrix.clone().remove_thing(id),
                    was_chosen: self.decision.chosen == Some(id),
                }
            }
            Target::RealityTest { option, test: id } => {
                let (index, test) = found(&self.option(option)?.reality_tests, id, |t| t.id)?;
                Removed::RealityTest {
                    option,
                    index,
                    test,
                }
            }
            Target::Risk { option, risk: id } => {
                let (index, risk) = found(&self.option(option)?.risks, id, |r| r.id)?;
                Removed::Risk {
                    option,
                    index,
                    risk,
                }
            }
            Target::Criterion(id) => Removed::Criterion(self.matrix.removal_of_criterion(id)?),
            Target::SkillGap(id) => {
                let (index, gap) = found(&self.skill_gaps, id, |g| g.id)?;
                Removed::SkillGap { index, gap }
            }
        })
    }

    pub fn take_away(&mut self, removed: &Removed, ids: &mut IdSource) {
        match removed {
            Removed::Option { option, .. } => {
                let id = option.id;
                self.options.retain(|o| o.id != id);
                self.matrix.remove_thing(id);
                if self.decision.chosen == Some(id) {
                    self.decision.chosen = None;
                }
            }
            Removed::RealityTest { option, test, .. } => {
                if let Some(o) = self.option_mut(*option) {
                    o.reality_tests.retain(|t| t.id != test.id);
                }
            }
            Removed::Risk { option, risk, .. } => {
                if let Some(o) = self.option_mut(*option) {
                    o.risks.retain(|r| r.id != risk.id);
                }
            }
            Removed::Criterion(removed) => {
                let things = self.all_ids();
                self.matrix.apply(
                    MatrixEdit::RemoveCriterion(removed.criterion.id),
                    &things,
                    ids,
                );
            }
            Removed::SkillGap { gap, .. } => self.skill_gaps.retain(|g| g.id != gap.id),
        }
    }

    /// Puts a removed record back at its place. Does nothing when it is already back (undo pressed
    /// twice), when its owner is gone, or when there is no room for it any more.
    pub fn put_back(&mut self, removed: Removed, ids: &mut IdSource) -> bool {
        match removed {
            Removed::Option {
                index,
                option,
                matrix,
                was_chosen,
            } => {
                let id = option.id;
                let active_room = option.archived || self.active_count() < MAX_ACTIVE_OPTIONS;
                if self.option(id).is_some() || !active_room || self.options.len() >= MAX_OPTIONS {
                    return false;
                }
                self.options.insert(index.min(self.options.len()), option);
                self.matrix.restore_thing(matrix);
                if was_chosen && self.decision.chosen.is_none() {
                    self.decision.chosen = Some(id);
                } else if was_chosen {
                    // Another option was chosen meanwhile; this one comes back shortlisted.
                    if let Some(o) = self.option_mut(id) {
                        o.status = OptionStatus::Shortlisted;
                    }
                }
                true
            }
            // Never past a limit: more may have been added since the removal.
            Removed::RealityTest {
                option,
                index,
                test,
            } => {
                self.reality_test_refusal(option).is_none()
                    && self
                        .option_mut(option)
                        .is_some_and(|o| reinsert(&mut o.reality_tests, index, test, |t| t.id))
            }
            Removed::Risk {
                option,
                index,
                risk,
            } => {
                self.risk_refusal(option).is_none()
                    && self
                        .option_mut(option)
                        .is_some_and(|o| reinsert(&mut o.risks, index, risk, |r| r.id))
            }
            Removed::SkillGap { index, mut gap } => {
                if gap.option.is_some_and(|id| self.option(id).is_none()) {
                    gap.option = None;
                }
                self.skill_gaps.len() < MAX_SKILL_GAPS
                    && reinsert(&mut self.skill_gaps, index, gap, |g| g.id)
            }
            Removed::Criterion(removed) => {
                let things = self.all_ids();
                self.matrix
                    .apply(MatrixEdit::RestoreCriterion(removed), &things, ids)
            }
        }
    }

    /// The links this stage holds to any of `gone`: risks to parked "buts", skill gaps to options.
    pub fn links_to(&self, gone: &[Id]) -> Vec<Link> {
        let risks = self
            .options
            .iter()
            .flat_map(|o| &o.risks)
            .map(|r| (r.id, r.but));
        let gaps = self.skill_gaps.iter().map(|g| (g.id, g.option));
        risks
            .chain(gaps)
            .filter_map(|(from, to)| {
                to.filter(|to| gone.contains(to))
                    .map(|to| Link { from, to })
            })
            .collect()
    }

    /// Cuts every link to any of `gone`.
    pub fn unlink(&mut self, gone: &[Id]) {
        let risks = self
            .options
            .iter_mut()
            .flat_map(|o| o.risks.iter_mut())
            .map(|r| &mut r.but);
        let gaps = self.skill_gaps.iter_mut().map(|g| &mut g.option);
        for slot in risks
            .chain(gaps)
            .filter(|slot| slot.is_some_and(|to| gone.contains(&to)))
        {
            *slot = None;
        }
    }

    /// Ties `links` again where the record still exists and has not been linked elsewhere meanwhile.
    pub fn relink(&mut self, links: &[Link]) {
        let risks = self
            .options
            .iter_mut()
            .flat_map(|o| o.risks.iter_mut())
            .map(|r| (r.id, &mut r.but));
        let gaps = self.skill_gaps.iter_mut().map(|g| (g.id, &mut g.option));
        for (id, slot) in risks.chain(gaps) {
            if let Some(link) = links
                .iter()
                .find(|l| l.from == id)
                .filter(|_| slot.is_none())
            {
                *slot = Some(link.to);
            }
        }
    }
}
