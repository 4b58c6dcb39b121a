//! What can be deleted in Networking, exact undo for each, and the links this stage holds: a
//! contact to the options it is linked to, a conversation to its reality test and pinned questions.

use crate::model::base::{found, named, reinsert, Id, Link};

use super::contacts::MAX_CONTACTS;
use super::conversations::MAX_INTERACTIONS;
use super::goals::MAX_GOALS;
use super::outreach::{MAX_DRAFTS, MAX_OWN_QUESTIONS};
use super::{Contact, Draft, Interaction, Networking, NetworkingGoal, OwnQuestion};

/// Something in Networking a person can delete (and get back with undo).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A contact, with every conversation held with them.
    Contact(Id),
    Interaction(Id),
    Draft(Id),
    OwnQuestion(Id),
    Goal(Id),
}

/// Everything a removal takes away, so that undo can put back exactly that, where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removed {
    Contact {
        index: usize,
        contact: Contact,
        interactions: Vec<(usize, Interaction)>,
    },
    Interaction {
        index: usize,
        interaction: Interaction,
    },
    Draft {
        index: usize,
        draft: Draft,
    },
    OwnQuestion {
        index: usize,
        question: OwnQuestion,
    },
    Goal {
        index: usize,
        goal: NetworkingGoal,
    },
}

impl Removed {
    /// A short name for what was removed, for the undo message; a contact's says what went with it.
    pub fn name(&self) -> String {
        match self {
            Removed::Contact {
                contact,
                interactions,
                ..
            } => {
                let who = named(&contact.name, "the contact");
                match interactions.len() {
                    0 => who,
                    1 => format!("{who} and one conversation"),
                    n => format!("{who} and {n} conversations"),
                }
            }
            Removed::Interaction { .. } => "the conversation".into(),
            Removed::Draft { draft, .. } => named(&draft.title, "the draft"),
            Removed::OwnQuestion { question, .. } => named(&question.text, "the question"),
            Removed::Goal { goal, .. } => format!("the goal “{}”", goal.describe()),
        }
    }

    /// The ids that leave the workbook with this removal.
    pub fn ids(&self) -> Vec<Id> {
        match self {
            Removed::Contact {
                contact,
                interactions,
                ..
            } => std::iter::once(contact.id)
                .chain(interactions.iter().map(|(_, i)| i.id))
                .collect(),
            Removed::Interaction { interaction, .. } => vec![interaction.id],
            Removed::Draft { draft, .. } => vec![draft.id],
            Removed::OwnQuestion { question, .. } => vec![question.id],
            Removed::Goal { goal, .. } => vec![goal.id],
        }
    }
}

impl Networking {
    /// What removing `target` would take away, or `None` when there is no such thing.
    pub fn removal_of(&self, target: Target) -> Option<Removed> {
        Some(match target {
            Target::Contact(id) => {
                let (index, contact) = found(&self.contacts, id, |c| c.id)?;
                let interactions = self
                    .interactions
                    .iter()
                    .cloned()
                    .enumerate()
                    .filter(|(_, i)| i.contact == id)
                    .collect();
                Removed::Contact {
                    index,
                    contact,
                    interactions,
                }
            }
            Target::Interaction(id) => {
                let (index, interaction) = found(&self.interactions, id, |i| i.id)?;
                Removed::Interaction { index, interaction }
            }
            Target::Draft(id) => {
                let (index, draft) = found(&self.drafts, id, |d| d.id)?;
                Removed::Draft { index, draft }
            }
            Target::OwnQuestion(id) => {
                let (index, question) = found(&self.own_questions, id, |q| q.id)?;
                Removed::OwnQuestion { index, question }
            }
            Target::Goal(id) => {
                let (index, goal) = found(&self.goals, id, |g| g.id)?;
                Removed::Goal { index, goal }
            }
        })
    }

    pub fn take_away(&mut self, removed: &Removed) {
        let gone = removed.ids();
        match removed {
            Removed::Contact { .. } | Removed::Interaction { .. } => {
                self.contacts.retain(|c| !gone.contains(&c.id));
                self.interactions.retain(|i| !gone.contains(&i.id));
            }
            Removed::Draft { .. } => self.drafts.retain(|d| !gone.contains(&d.id)),
            Removed::OwnQuestion { .. } => self.own_questions.retain(|q| !gone.contains(&q.id)),
            Removed::Goal { .. } => self.goals.retain(|g| !gone.contains(&g.id)),
        }
    }

    /// Puts `removed` back where it was; refused when it is back already, when a conversation's
    /// contact is gone, or when the list has filled up since.
    pub fn put_back(&mut self, removed: Removed) -> bool {
        match removed {
            Removed::Contact {
                index,
                contact,
                interactions,
            } => {
                if self.contacts.len() >= MAX_CONTACTS
                    || self.interactions.len() + interactions.len() > MAX_INTERACTIONS
                {
                    return false;
                }
                if !reinsert(&mut self.contacts, index, contact, |c| c.id) {
                    return false;
                }
                for (index, interaction) in interactions {
                    reinsert(&mut self.interactions, index, interaction, |i| i.id);
                }
                true
            }
            Removed::Interaction { index, interaction } => {
                self.contact(interaction.contact).is_some()
                    && self.interactions.len() < MAX_INTERACTIONS
                    && reinsert(&mut self.interactions, index, interaction, |i| i.id)
            }
            Removed::Draft { index, draft } => {
                self.drafts.len() < MAX_DRAFTS && reinsert(&mut self.drafts, index, draft, |d| d.id)
            }
            Removed::OwnQuestion { index, question } => {
                self.own_questions.len() < MAX_OWN_QUESTIONS
                    && reinsert(&mut self.own_questions, index, question, |q| q.id)
            }
            Removed::Goal { index, goal } => {
                self.goals.len() < MAX_GOALS && reinsert(&mut self.goals, index, goal, |g| g.id)
            }
        }
    }

    /// The links this stage holds to any of `gone`.
    pub fn links_to(&self, gone: &[Id]) -> Vec<Link> {
        let mut links = Vec::new();
        for contact in &self.contacts {
            links.extend(
                contact
                    .options
                    .iter()
                    .filter(|o| gone.contains(o))
                    .map(|to| Link {
                        from: contact.id,
                        to: *to,
                    }),
            );
        }
        for interaction in &self.interactions {
            let from = interaction.id;
            links.extend(
                interaction
                    .reality_test
                    .filter(|t| gone.contains(t))
                    .map(|to| Link { from, to }),
            );
            links.extend(
                interaction
                    .own_questions
                    .iter()
                    .filter(|q| gone.contains(q))
                    .map(|to| Link { from, to: *to }),
            );
        }
        links
    }

    pub fn unlink(&mut self, gone: &[Id]) {
        for contact in &mut self.contacts {
            contact.options.retain(|o| !gone.contains(o));
        }
        for interaction in &mut self.interactions {
            if interaction.reality_test.is_some_and(|t| gone.contains(&t)) {
                interaction.reality_test = None;
            }
            interaction.own_questions.retain(|q| !gone.contains(q));
        }
    }

    /// Ties `links` again where the record still exists; a conversation's reality test only when it
    /// has not been given another meanwhile.
    pub fn relink(&mut self, links: &[Link]) {
        let own: Vec<Id> = self.own_questions.iter().map(|q| q.id).collect();
        for link in links {
            if let Some(contact) = self.contacts.iter_mut().find(|c| c.id == link.from) {
                if !contact.options.contains(&link.to) {
                    contact.options.push(link.to);
                }
            } else if let Some(interaction) =
                self.interactions.iter_mut().find(|i| i.id == link.from)
            {
                if own.contains(&link.to) {
                    if !interaction.own_questions.contains(&link.to) {
                        interaction.own_questions.push(link.to);
                    }
                } else if interaction.reality_test.is_none() {
                    interaction.reality_test = Some(link.to);
                }
            }
        }
    }
}
