//! What can be deleted on the Exploration page, and exact undo for each.

use crate::model::base::{found, named, reinsert, Id, IdSource};

use super::buts::{But, MAX_BUTS};
use super::goals::{goal_refusal, Goal};
use super::interests::{Topic, MAX_TOPICS};
use super::situation::{feeling_refusal, past_role_refusal, FeelingToReasons, PastRole};
use super::skills::{Skill, MAX_SKILLS};
use super::strengths::{strength_refusal, Strength};
use super::values::{
    custom_key, CustomCard, Pile, Placement, ValueReflection, ValuesEdit, MAX_CUSTOM_CARDS, MAX_TOP,
};
use super::Exploration;

/// Something on the Exploration page a person can delete (and get back with undo).
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
}

/// Everything a removal takes away, so that undo can put back exactly that, where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    ValuesSort {
        placements: Vec<Placement>,
        top: Vec<String>,
    },
    But {
        index: usize,
        but: But,
    },
    PastRole {
        index: usize,
        role: PastRole,
    },
    Feeling {
        index: usize,
        feeling: FeelingToReasons,
    },
    Strength {
        index: usize,
        strength: Strength,
    },
    Skill {
        index: usize,
        skill: Skill,
    },
    Topic {
        index: usize,
        topic: Topic,
    },
    CustomValue {
        index: usize,
        card: CustomCard,
        /// The card's placement and where it stood among the placements.
        placement: Option<(usize, Pile)>,
        top_index: Option<usize>,
        reflection: Option<(usize, ValueReflection)>,
    },
    Goal {
        index: usize,
        goal: Goal,
    },
}

impl Removed {
    /// A short name for what was removed, for the undo message.
    pub fn name(&self) -> String {
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
        }
    }

    /// The ids that leave the workbook with this removal (later stages may link to them).
    pub fn ids(&self) -> Vec<Id> {
        match self {
            Removed::ValuesSort { .. } => Vec::new(),
            Removed::But { but, .. } => vec![but.id],
            Removed::PastRole { role, .. } => vec![role.id],
            Removed::Feeling { feeling, .. } => vec![feeling.id],
            Removed::Strength { strength, .. } => vec![strength.id],
            Removed::Skill { skill, .. } => vec![skill.id],
            Removed::Topic { topic, .. } => vec![topic.id],
            Removed::CustomValue { card, .. } => vec![card.id],
            Removed::Goal { goal, .. } => vec![goal.id],
        }
    }
}

impl Exploration {
    /// What removing `target` would take away, or `None` when there is no such thing.
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        let values = &self.values;
        Some(match target {
            Target::ValuesSort if values.placements.is_empty() => return None,
            Target::ValuesSort => Removed::ValuesSort {
                placements: values.placements.clone(),
                top: values.top.clone(),
            },
            Target::But(id) => {
                let (index, but) = found(&self.buts, id, |x| x.id)?;
                Removed::But { index, but }
            }
            Target::PastRole(id) => {
                let (index, role) = found(&self.situation.past_roles, id, |x| x.id)?;
                Removed::PastRole { index, role }
            }
            Target::Feeling(id) => {
                let (index, feeling) = found(&self.situation.feelings, id, |x| x.id)?;
                Removed::Feeling { index, feeling }
            }
            Target::Strength(id) => {
                let (index, strength) = found(&self.strengths, id, |x| x.id)?;
                Removed::Strength { index, strength }
            }
            Target::Skill(id) => {
                let (index, skill) = found(&self.skills, id, |x| x.id)?;
                Removed::Skill { index, skill }
            }
            Target::Topic(id) => {
                let (index, topic) = found(&self.interests.topics, id, |x| x.id)?;
                Removed::Topic { index, topic }
            }
            Target::CustomValue(id) => {
                let (index, card) = found(&values.custom, id, |c| c.id)?;
                let key = custom_key(id);
                Removed::CustomValue {
                    index,
                    card,
                    placement: values
                        .placements
                        .iter()
                        .position(|p| p.card == key)
                        .map(|at| (at, values.placements[at].pile)),
                    top_index: values.top.iter().position(|k| *k == key),
                    reflection: values
                        .reflections
                        .iter()
                        .position(|r| r.card == key)
                        .map(|at| (at, values.reflections[at].clone())),
                }
            }
            Target::Goal(id) => {
                let (index, goal) = found(&self.goals, id, |g| g.id)?;
                Removed::Goal { index, goal }
            }
        })
    }

    pub fn take_away(&mut self, removed: &Removed, ids: &mut IdSource) {
        match removed {
            Removed::ValuesSort { .. } => {
                self.values.apply(ValuesEdit::Resort, ids);
            }
            Removed::PastRole { role, .. } => self.situation.past_roles.retain(|x| x.id != role.id),
            Removed::Feeling { feeling, .. } => {
                self.situation.feelings.retain(|x| x.id != feeling.id)
            }
            Removed::Strength { strength, .. } => self.strengths.retain(|x| x.id != strength.id),
            Removed::Skill { skill, .. } => self.skills.retain(|x| x.id != skill.id),
            Removed::Topic { topic, .. } => self.interests.topics.retain(|x| x.id != topic.id),
            Removed::But { but, .. } => self.buts.retain(|b| b.id != but.id),
            Removed::CustomValue { card, .. } => {
                let values = &mut self.values;
                let key = custom_key(card.id);
                values.custom.retain(|c| c.id != card.id);
                values.placements.retain(|p| p.card != key);
                values.top.retain(|k| *k != key);
                values.reflections.retain(|r| r.card != key);
            }
            Removed::Goal { goal, .. } => self.goals.retain(|g| g.id != goal.id),
        }
    }

    /// Puts a removed record back at its place. Does nothing when it is already back (undo pressed
    /// twice) or when there is no room for it any more.
    pub fn put_back(&mut self, removed: Removed) -> bool {
        match removed {
            // Undo never grows a list past its limit (another may have been added meanwhile): the
            // workbook would then fail its own check when next read.
            Removed::PastRole { index, role } => {
                past_role_refusal(&self.situation).is_none()
                    && reinsert(&mut self.situation.past_roles, index, role, |x| x.id)
            }
            Removed::Feeling { index, feeling } => {
                feeling_refusal(&self.situation).is_none()
                    && reinsert(&mut self.situation.feelings, index, feeling, |x| x.id)
            }
            Removed::Strength { index, strength } => {
                strength_refusal(&self.strengths).is_none()
                    && reinsert(&mut self.strengths, index, strength, |x| x.id)
            }
            Removed::Skill { index, skill } => {
                self.skills.len() < MAX_SKILLS && reinsert(&mut self.skills, index, skill, |x| x.id)
            }
            Removed::Topic { index, topic } => {
                let topics = &mut self.interests.topics;
                topics.len() < MAX_TOPICS && reinsert(topics, index, topic, |x| x.id)
            }
            Removed::Goal { index, goal } => {
                goal_refusal(&self.goals).is_none()
                    && reinsert(&mut self.goals, index, goal, |g| g.id)
            }
            Removed::But { index, but } => {
                self.buts.len() < MAX_BUTS && reinsert(&mut self.buts, index, but, |b| b.id)
            }
            Removed::ValuesSort { placements, top } => {
                let values = &mut self.values;
                if !values.placements.is_empty() {
                    return false;
                }
                values.placements = placements;
                values.top = top;
                values.normalise();
                true
            }
            Removed::CustomValue {
                index,
                card,
                placement,
                top_index,
                reflection,
            } => {
                let values = &mut self.values;
                if values.custom.iter().any(|c| c.id == card.id)
                    || values.custom.len() >= MAX_CUSTOM_CARDS
                {
                    return false;
                }
                let key = custom_key(card.id);
                values.custom.insert(index.min(values.custom.len()), card);
                if let Some((at, pile)) = placement {
                    let at = at.min(values.placements.len());
                    values.placements.insert(
                        at,
                        Placement {
                            card: key.clone(),
                            pile,
                        },
                    );
                }
                let always = placement.is_some_and(|(_, pile)| pile == Pile::Always);
                if let Some(at) = top_index.filter(|_| always && values.top.len() < MAX_TOP) {
                    values.top.insert(at.min(values.top.len()), key);
                }
                if let Some((at, reflection)) = reflection {
                    values
                        .reflections
                        .insert(at.min(values.reflections.len()), reflection);
                }
                true
            }
        }
    }
}
