//! Stage 3, Networking (N1–N4): contacts, conversations and their follow-ups, outreach helpers
//! (drafts, questions, the ladder of first steps) and networking goals. It reads Diving deeper for
//! the options a contact is linked to and the reality tests a conversation was.

pub mod contacts;
pub mod conversations;
pub mod goals;
pub mod outreach;
pub mod removal;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::limits::{count, date, range, text};
use crate::model::base::saved::saved_record;
use crate::model::base::{
    clip_chars, date_in_range, dedup, set, toggle, Check, Id, IdSource, Refusal,
};
use crate::model::deeper::Deeper;

pub use contacts::{Contact, ContactFilter, ContactText, Warmth};
pub use conversations::{Channel, Interaction, InteractionText};
pub use goals::{NetworkingGoal, Period};
pub use outreach::{Draft, DraftText, LadderStep, OwnQuestion, Rung};
pub use removal::{Removed, Target};

use contacts::{clean_tag, contact_refusal, MAX_CONTACTS, MAX_TAGS, MAX_TAG_CHARS};
use conversations::{follow_up_problem, MAX_INTERACTIONS};
use goals::{MAX_COUNT, MAX_GOALS, MIN_COUNT};
use outreach::{
    question_text, MAX_DRAFTS, MAX_DRAFT_CHARS, MAX_DRAFT_TITLE_CHARS, MAX_OWN_QUESTIONS,
    MAX_QUESTION_CHARS, MAX_REFLECTION_CHARS,
};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Networking {
    pub contacts: Vec<Contact>,
    pub interactions: Vec<Interaction>,
    pub drafts: Vec<Draft>,
    pub own_questions: Vec<OwnQuestion>,
    /// The rungs of the ladder ticked (or written about), in the ladder's order.
    pub ladder: Vec<Rung>,
    pub goals: Vec<NetworkingGoal>,
}
saved_record!(Networking with defaults { contacts, interactions, drafts, own_questions, ladder, goals });

/// A conversation as logged from the form: its contact, and the next follow-up set with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewConversation {
    pub contact: Id,
    pub date: Option<NaiveDate>,
    pub channel: Channel,
    pub notes: String,
    pub outcome: String,
    pub reality_test: Option<Id>,
    /// The contact's next follow-up; `None` leaves it as it is.
    pub follow_up: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetworkingEdit {
    AddContact(String),
    SetContactText(Id, ContactText, String),
    SetWarmth(Id, Warmth),
    /// Links (or unlinks) a career option (R1) to a contact.
    LinkOption {
        contact: Id,
        option: Id,
        linked: bool,
    },
    AddTag(Id, String),
    RemoveTag(Id, String),
    SetFollowUp(Id, Option<NaiveDate>),
    /// The one-step "done" of a due follow-up: logs a conversation on `today` and clears the date.
    FollowUpDone {
        contact: Id,
        today: NaiveDate,
    },
    LogConversation(NewConversation),
    SetInteractionText(Id, InteractionText, String),
    SetInteractionDate(Id, Option<NaiveDate>),
    SetChannel(Id, Channel),
    SetRealityTest(Id, Option<Id>),
    PinBankQuestion {
        interaction: Id,
        key: String,
        pinned: bool,
    },
    PinOwnQuestion {
        interaction: Id,
        question: Id,
        pinned: bool,
    },
    AddDraft(String),
    SetDraftText(Id, DraftText, String),
    AddOwnQuestion(String),
    SetOwnQuestion(Id, String),
    /// Ticks a rung of the ladder on `today`, or unticks it (its reflection goes with it).
    TickRung {
        step: LadderStep,
        done: bool,
        today: NaiveDate,
    },
    SetReflection(LadderStep, String),
    AddGoal {
        count: u8,
        period: Period,
        channel: Option<Channel>,
    },
    SetGoal {
        id: Id,
        count: u8,
        period: Period,
        channel: Option<Channel>,
    },
}

impl Networking {
    pub fn contact(&self, id: Id) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    fn contact_mut(&mut self, id: Id) -> Option<&mut Contact> {
        self.contacts.iter_mut().find(|c| c.id == id)
    }

    pub fn interaction(&self, id: Id) -> Option<&Interaction> {
        self.interactions.iter().find(|i| i.id == id)
    }

    fn interaction_mut(&mut self, id: Id) -> Option<&mut Interaction> {
        self.interactions.iter_mut().find(|i| i.id == id)
    }

    pub fn rung(&self, step: LadderStep) -> Option<&Rung> {
        self.ladder.iter().find(|r| r.step == step)
    }

    /// How many rungs of the ladder are ticked.
    pub fn rungs_climbed(&self) -> usize {
        self.ladder.iter().filter(|r| r.done_on.is_some()).count()
    }

    pub fn contact_refusal(&self, name: &str) -> Option<Refusal> {
        contact_refusal(&self.contacts, name)
    }

    pub fn conversation_refusal(&self) -> Option<Refusal> {
        let full = Refusal::Full {
            limit: MAX_INTERACTIONS,
            what: "conversations",
            make_room: "Remove old ones you no longer need first.",
        };
        crate::model::base::refusal_when_full(self.interactions.len(), full)
    }

    pub fn draft_refusal(&self, title: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "Give the draft a short name, for example “First hello”.",
        };
        let full = Refusal::Full {
            limit: MAX_DRAFTS,
            what: "drafts",
            make_room: "Remove one you no longer use first.",
        };
        crate::model::base::refusal_to_add(
            title,
            self.drafts.iter().map(|d| d.title.as_str()),
            self.drafts.len(),
            empty,
            full,
        )
    }

    pub fn own_question_refusal(&self, question: &str) -> Option<Refusal> {
        let empty = Refusal::Empty {
            ask: "Write the question you would like to ask.",
        };
        let full = Refusal::Full {
            limit: MAX_OWN_QUESTIONS,
            what: "questions of your own",
            make_room: "Remove one first.",
        };
        crate::model::base::refusal_to_add(
            question,
            self.own_questions.iter().map(|q| q.text.as_str()),
            self.own_questions.len(),
            empty,
            full,
        )
    }

    pub fn goal_refusal(&self) -> Option<Refusal> {
        let full = Refusal::Full {
            limit: MAX_GOALS,
            what: "networking goals",
            make_room: "Remove one first; a few clear goals work better.",
        };
        crate::model::base::refusal_when_full(self.goals.len(), full)
    }

    /// Applies one edit of the stage; `earlier` holds the options and reality tests it may link to.
    pub fn apply(&mut self, edit: NetworkingEdit, earlier: &Deeper, ids: &mut IdSource) -> bool {
        use NetworkingEdit as E;
        match edit {
            E::AddContact(name) => {
                let name = clip_chars(name.trim(), contacts::MAX_NAME_CHARS);
                if self.contact_refusal(&name).is_some() {
                    return false;
                }
                self.contacts.push(Contact {
                    id: ids.next(),
                    name,
                    ..Contact::default()
                });
                true
            }
            E::SetContactText(id, field, value) => {
                let value = clip_chars(&value, field.limit());
                // A contact keeps a name: emptying it is refused and the old name stays.
                if field == ContactText::Name && value.trim().is_empty() {
                    return false;
                }
                self.contact_mut(id)
                    .is_some_and(|c| set(field.get_mut(c), value))
            }
            E::SetWarmth(id, warmth) => self
                .contact_mut(id)
                .is_some_and(|c| set(&mut c.warmth, warmth)),
            E::LinkOption {
                contact,
                option,
                linked,
            } => {
                if linked && earlier.option(option).is_none() {
                    return false;
                }
                let Some(c) = self.contact_mut(contact) else {
                    return false;
                };
                match (linked, c.options.contains(&option)) {
                    (true, false) => {
                        c.options.push(option);
                        true
                    }
                    (false, true) => {
                        c.options.retain(|o| *o != option);
                        true
                    }
                    _ => false,
                }
            }
            E::AddTag(id, tag) => {
                let Some(tag) = clean_tag(&tag) else {
                    return false;
                };
                let Some(c) = self.contact_mut(id) else {
                    return false;
                };
                if contacts::tag_refusal(c, &tag).is_some() {
                    return false;
                }
                c.tags.push(tag);
                true
            }
            E::RemoveTag(id, tag) => self.contact_mut(id).is_some_and(|c| {
                let before = c.tags.len();
                c.tags.retain(|t| *t != tag);
                c.tags.len() != before
            }),
            E::SetFollowUp(id, Some(day))
                if follow_up_problem(&self.interactions, id, day).is_some() =>
            {
                false
            }
            E::SetFollowUp(id, due) => self
                .contact_mut(id)
                .is_some_and(|c| set(&mut c.follow_up, due)),
            E::FollowUpDone { contact, today } => {
                if !date_in_range(today)
                    || self.conversation_refusal().is_some()
                    || self.contact(contact).is_none_or(|c| c.follow_up.is_none())
                {
                    return false;
                }
                let id = ids.next();
                self.interactions.push(Interaction {
                    id,
                    contact,
                    date: Some(today),
                    ..Interaction::default()
                });
                self.contact_mut(contact)
                    .is_some_and(|c| set(&mut c.follow_up, None))
            }
            E::LogConversation(new) => self.log(new, earlier, ids),
            E::SetInteractionText(id, field, value) => {
                let limit = match field {
                    InteractionText::Notes => crate::model::base::MAX_TEXT_CHARS,
                    InteractionText::Outcome => conversations::MAX_OUTCOME_CHARS,
                };
                let value = clip_chars(&value, limit);
                self.interaction_mut(id)
                    .is_some_and(|i| set(field.get_mut(i), value))
            }
            E::SetInteractionDate(_, Some(day)) if !date_in_range(day) => false,
            E::SetInteractionDate(id, day) => self
                .interaction_mut(id)
                .is_some_and(|i| set(&mut i.date, day)),
            E::SetChannel(id, channel) => self
                .interaction_mut(id)
                .is_some_and(|i| set(&mut i.channel, channel)),
            E::SetRealityTest(_, Some(test)) if !has_reality_test(earlier, test) => false,
            E::SetRealityTest(id, test) => self
                .interaction_mut(id)
                .is_some_and(|i| set(&mut i.reality_test, test)),
            E::PinBankQuestion {
                interaction,
                key,
                pinned,
            } => {
                if question_text(&key).is_none() {
                    return false;
                }
                self.interaction_mut(interaction)
                    .is_some_and(|i| toggle(&mut i.bank_questions, key, pinned))
            }
            E::PinOwnQuestion {
                interaction,
                question,
                pinned,
            } => {
                if pinned && !self.own_questions.iter().any(|q| q.id == question) {
                    return false;
                }
                self.interaction_mut(interaction)
                    .is_some_and(|i| toggle(&mut i.own_questions, question, pinned))
            }
            E::AddDraft(title) => {
                let title = clip_chars(title.trim(), MAX_DRAFT_TITLE_CHARS);
                if self.draft_refusal(&title).is_some() {
                    return false;
                }
                self.drafts.push(Draft {
                    id: ids.next(),
                    title,
                    body: String::new(),
                });
                true
            }
            E::SetDraftText(id, field, value) => {
                let limit = match field {
                    DraftText::Title => MAX_DRAFT_TITLE_CHARS,
                    DraftText::Body => MAX_DRAFT_CHARS,
                };
                let value = clip_chars(&value, limit);
                if field == DraftText::Title && value.trim().is_empty() {
                    return false;
                }
                self.drafts
                    .iter_mut()
                    .find(|d| d.id == id)
                    .is_some_and(|d| set(field.get_mut(d), value))
            }
            E::AddOwnQuestion(question) => {
                let question = clip_chars(question.trim(), MAX_QUESTION_CHARS);
                if self.own_question_refusal(&question).is_some() {
                    return false;
                }
                self.own_questions.push(OwnQuestion {
                    id: ids.next(),
                    text: question,
                });
                true
            }
            E::SetOwnQuestion(id, question) => {
                let question = clip_chars(&question, MAX_QUESTION_CHARS);
                !question.trim().is_empty()
                    && self
                        .own_questions
                        .iter_mut()
                        .find(|q| q.id == id)
                        .is_some_and(|q| set(&mut q.text, question))
            }
            E::TickRung {
                step,
                done: true,
                today,
            } => {
                if !date_in_range(today) {
                    return false;
                }
                match self.ladder.iter_mut().find(|r| r.step == step) {
                    Some(rung) if rung.done_on.is_some() => false,
                    Some(rung) => set(&mut rung.done_on, Some(today)),
                    None => {
                        // In the ladder's order (an insert, not a sort: a sort of rungs would add its
                        // own copy of the sorting code to the first download).
                        let at = self
                            .ladder
                            .iter()
                            .position(|r| r.step > step)
                            .unwrap_or(self.ladder.len());
                        self.ladder.insert(
                            at,
                            Rung {
                                step,
                                done_on: Some(today),
                                reflection: String::new(),
                            },
                        );
                        true
                    }
                }
            }
            // Unticking keeps what was written about the rung; a rung with nothing written goes.
            E::TickRung {
                step, done: false, ..
            } => {
                let Some(at) = self
                    .ladder
                    .iter()
                    .position(|r| r.step == step && r.done_on.is_some())
                else {
                    return false;
                };
                if self.ladder[at].reflection.trim().is_empty() {
                    self.ladder.remove(at);
                } else {
                    self.ladder[at].done_on = None;
                }
                true
            }
            E::SetReflection(step, reflection) => {
                let reflection = clip_chars(&reflection, MAX_REFLECTION_CHARS);
                self.ladder
                    .iter_mut()
                    .find(|r| r.step == step)
                    .is_some_and(|r| set(&mut r.reflection, reflection))
            }
            E::AddGoal {
                count,
                period,
                channel,
            } => {
                if self.goal_refusal().is_some() || !(MIN_COUNT..=MAX_COUNT).contains(&count) {
                    return false;
                }
                self.goals.push(NetworkingGoal {
                    id: ids.next(),
                    count,
                    period,
                    channel,
                });
                true
            }
            E::SetGoal {
                id,
                count,
                period,
                channel,
            } => {
                if !(MIN_COUNT..=MAX_COUNT).contains(&count) {
                    return false;
                }
                let Some(goal) = self.goals.iter_mut().find(|g| g.id == id) else {
                    return false;
                };
                let new = NetworkingGoal {
                    id,
                    count,
                    period,
                    channel,
                };
                set(goal, new)
            }
        }
    }

    fn log(&mut self, new: NewConversation, earlier: &Deeper, ids: &mut IdSource) -> bool {
        let dates_ok =
            new.date.is_none_or(date_in_range) && new.follow_up.is_none_or(date_in_range);
        let follow_up_ok = match (new.date, new.follow_up) {
            (Some(on), Some(next)) => next >= on,
            _ => true,
        };
        if self.contact(new.contact).is_none()
            || self.conversation_refusal().is_some()
            || !dates_ok
            || !follow_up_ok
            || new
                .reality_test
                .is_some_and(|t| !has_reality_test(earlier, t))
        {
            return false;
        }
        let interaction = Interaction {
            id: ids.next(),
            contact: new.contact,
            date: new.date,
            channel: new.channel,
            notes: clip_chars(&new.notes, crate::model::base::MAX_TEXT_CHARS),
            outcome: clip_chars(&new.outcome, conversations::MAX_OUTCOME_CHARS),
            reality_test: new.reality_test,
            bank_questions: Vec::new(),
            own_questions: Vec::new(),
        };
        self.interactions.push(interaction);
        if let Some(next) = new.follow_up {
            if let Some(contact) = self.contact_mut(new.contact) {
                contact.follow_up = Some(next);
            }
        }
        true
    }

    pub fn ids(&self) -> Vec<Id> {
        let contacts = self.contacts.iter().map(|c| c.id);
        let interactions = self.interactions.iter().map(|i| i.id);
        let drafts = self.drafts.iter().map(|d| d.id);
        let questions = self.own_questions.iter().map(|q| q.id);
        let goals = self.goals.iter().map(|g| g.id);
        contacts
            .chain(interactions)
            .chain(drafts)
            .chain(questions)
            .chain(goals)
            .collect()
    }

    /// `Ok` when every limit of the saved `networking` holds; otherwise the first one broken.
    pub fn check_limits(&self) -> Check {
        // One place builds every path (`networking.contacts[3].email`): a `format!` per field would
        // each add its own code to the first download.
        fn at(list: &str, i: usize, field: &str) -> String {
            format!("networking.{list}[{i}].{field}")
        }
        count(
            "networking.contacts",
            self.contacts.len(),
            MAX_CONTACTS,
            "contacts",
        )?;
        for (i, contact) in self.contacts.iter().enumerate() {
            for field in ContactText::ALL {
                text(
                    at("contacts", i, field.key()),
                    field.get(contact),
                    field.limit(),
                )?;
            }
            count(
                &at("contacts", i, "tags"),
                contact.tags.len(),
                MAX_TAGS,
                "tags",
            )?;
            for tag in &contact.tags {
                text(at("contacts", i, "tags"), tag, MAX_TAG_CHARS)?;
            }
            count(
                &at("contacts", i, "options"),
                contact.options.len(),
                crate::model::deeper::MAX_OPTIONS,
                "linked options",
            )?;
            date(at("contacts", i, "follow_up"), contact.follow_up)?;
        }
        count(
            "networking.interactions",
            self.interactions.len(),
            MAX_INTERACTIONS,
            "conversations",
        )?;
        for (i, interaction) in self.interactions.iter().enumerate() {
            // A conversation is shown under its contact; one whose contact is missing could never be
            // seen, and dropping it would lose its notes, so the file is refused instead.
            range(
                at("interactions", i, "contact"),
                self.contacts.iter().any(|c| c.id == interaction.contact),
                || {
                    format!(
                        "this conversation is with contact {}, who is not in the file",
                        interaction.contact
                    )
                },
            )?;
            for field in InteractionText::ALL {
                let limit = if field == InteractionText::Notes {
                    crate::model::base::MAX_TEXT_CHARS
                } else {
                    conversations::MAX_OUTCOME_CHARS
                };
                text(
                    at("interactions", i, field.key()),
                    field.get(interaction),
                    limit,
                )?;
            }
            date(at("interactions", i, "date"), interaction.date)?;
            count(
                &at("interactions", i, "bank_questions"),
                interaction.bank_questions.len(),
                outreach::QUESTIONS.len(),
                "bank questions",
            )?;
            count(
                &at("interactions", i, "own_questions"),
                interaction.own_questions.len(),
                MAX_OWN_QUESTIONS,
                "questions of your own",
            )?;
        }
        count("networking.drafts", self.drafts.len(), MAX_DRAFTS, "drafts")?;
        for (i, draft) in self.drafts.iter().enumerate() {
            for (field, limit) in [
                (DraftText::Title, MAX_DRAFT_TITLE_CHARS),
                (DraftText::Body, MAX_DRAFT_CHARS),
            ] {
                text(at("drafts", i, field.key()), field.get(draft), limit)?;
            }
        }
        count(
            "networking.own_questions",
            self.own_questions.len(),
            MAX_OWN_QUESTIONS,
            "questions of your own",
        )?;
        for (i, question) in self.own_questions.iter().enumerate() {
            text(
                at("own_questions", i, "text"),
                &question.text,
                MAX_QUESTION_CHARS,
            )?;
        }
        for (i, rung) in self.ladder.iter().enumerate() {
            date(at("ladder", i, "done_on"), rung.done_on)?;
            text(
                at("ladder", i, "reflection"),
                &rung.reflection,
                MAX_REFLECTION_CHARS,
            )?;
            range(
                at("ladder", i, "step"),
                self.ladder[..i].iter().all(|r| r.step != rung.step),
                || format!("the rung `{}` is ticked twice", rung.step.key()),
            )?;
        }
        count(
            "networking.goals",
            self.goals.len(),
            MAX_GOALS,
            "networking goals",
        )?;
        for (i, goal) in self.goals.iter().enumerate() {
            range(
                at("goals", i, "count"),
                (MIN_COUNT..=MAX_COUNT).contains(&goal.count),
                || {
                    format!("a goal counts from {MIN_COUNT} to {MAX_COUNT} conversations, and this says {}", goal.count)
                },
            )?;
        }
        Ok(())
    }

    /// Repairs what a hand-edited document may leave inconsistent: links to missing options, reality
    /// tests and questions are cut, repeated tags and pins kept once, and the ladder put in its order.
    /// (A conversation with a missing contact is refused by `check_limits` before this runs; one that
    /// got here anyway is dropped, as it could never be shown.)
    pub fn normalise(&mut self, earlier: &Deeper) {
        let contacts: Vec<Id> = self.contacts.iter().map(|c| c.id).collect();
        self.interactions.retain(|i| contacts.contains(&i.contact));
        for contact in &mut self.contacts {
            contact.options.retain(|o| earlier.option(*o).is_some());
            dedup(&mut contact.options);
            dedup(&mut contact.tags);
        }
        let own: Vec<Id> = self.own_questions.iter().map(|q| q.id).collect();
        for interaction in &mut self.interactions {
            if interaction
                .reality_test
                .is_some_and(|t| !has_reality_test(earlier, t))
            {
                interaction.reality_test = None;
            }
            interaction
                .bank_questions
                .retain(|k| question_text(k).is_some());
            dedup(&mut interaction.bank_questions);
            interaction.own_questions.retain(|q| own.contains(q));
            dedup(&mut interaction.own_questions);
        }
        // The ladder's order, each rung once.
        let mut ladder = std::mem::take(&mut self.ladder);
        for step in LadderStep::ALL {
            if let Some(at) = ladder.iter().position(|r| r.step == step) {
                self.ladder.push(ladder.swap_remove(at));
            }
        }
    }
}

/// Whether any option of `deeper` holds the reality test `id`.
fn has_reality_test(deeper: &Deeper, id: Id) -> bool {
    deeper
        .options
        .iter()
        .any(|o| o.reality_tests.iter().any(|t| t.id == id))
}

#[cfg(test)]
mod tests;
