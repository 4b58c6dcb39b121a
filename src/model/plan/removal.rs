//! Removing a step, an if–then plan or a check-in, and undoing it. Steps promised at a check-in lose
//! that link with it and get it back with undo (through the workbook's links).

use crate::model::base::{found, named, reinsert, Id};

use super::{ActionStep, CheckIn, IfThen, Plan, MAX_CHECK_INS, MAX_IF_THENS, MAX_STEPS};

/// Something of the plan to delete (and get back with undo).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Step(Id),
    IfThen(Id),
    CheckIn(Id),
}

/// What a removal took away, so that undo puts back exactly that, where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    Step { index: usize, step: ActionStep },
    IfThen { index: usize, if_then: IfThen },
    CheckIn { index: usize, check_in: CheckIn },
}

impl Removed {
    pub fn name(&self) -> String {
        match self {
            Removed::Step { step, .. } => named(&step.title, "the step"),
            Removed::IfThen { if_then, .. } => named(&if_then.obstacle, "the if–then plan"),
            Removed::CheckIn { .. } => "the check-in".to_string(),
        }
    }

    pub fn ids(&self) -> Vec<Id> {
        match self {
            Removed::Step { step, .. } => vec![step.id],
            Removed::IfThen { if_then, .. } => vec![if_then.id],
            Removed::CheckIn { check_in, .. } => vec![check_in.id],
        }
    }
}

impl Plan {
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        match target {
            Target::Step(id) => {
                found(&self.steps, id, |s| s.id).map(|(index, step)| Removed::Step { index, step })
            }
            Target::IfThen(id) => found(&self.if_thens, id, |p| p.id)
                .map(|(index, if_then)| Removed::IfThen { index, if_then }),
            Target::CheckIn(id) => found(&self.check_ins, id, |c| c.id)
                .map(|(index, check_in)| Removed::CheckIn { index, check_in }),
        }
    }

    pub fn take_away(&mut self, removed: &Removed) {
        match removed {
            Removed::Step { step, .. } => self.steps.retain(|s| s.id != step.id),
            Removed::IfThen { if_then, .. } => self.if_thens.retain(|p| p.id != if_then.id),
            Removed::CheckIn { check_in, .. } => self.check_ins.retain(|c| c.id != check_in.id),
        }
    }

    /// Never past a list's limit: more may have been added since the removal.
    pub fn put_back(&mut self, removed: Removed) -> bool {
        match removed {
            Removed::Step { index, mut step } => {
                // Its leaving-well item may have been given another step since: that one keeps it.
                if step
                    .leaving
                    .is_some_and(|item| self.steps.iter().any(|s| s.leaving == Some(item)))
                {
                    step.leaving = None;
                }
                self.steps.len() < MAX_STEPS && reinsert(&mut self.steps, index, step, |s| s.id)
            }
            Removed::IfThen { index, if_then } => {
                self.if_thens.len() < MAX_IF_THENS
                    && reinsert(&mut self.if_thens, index, if_then, |p| p.id)
            }
            Removed::CheckIn { index, check_in } => {
                self.check_ins.len() < MAX_CHECK_INS
                    && reinsert(&mut self.check_ins, index, check_in, |c| c.id)
            }
        }
    }
}
