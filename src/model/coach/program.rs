//! D3, a coach's program: who it is from, a welcome, value cards of the coach's own, reflection
//! questions per stage, homework with a due offset in days, and which stages it covers. A coach
//! writes one (the draft) and hands it on as a link; a client accepts one ([`super::Received`]).
//!
//! Its items are numbered by `key`s of their own (1, 2, …), not by the workbook's ids: a program
//! travels from the coach's workbook into the client's, where the coach's ids could be taken.

use serde::Serialize;

use crate::model::base::limits::{count, range, text};
use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::{clip_chars, refusal_to_add, refusal_to_rename, set, Check, Refusal};

pub const MAX_COACH_NAME_CHARS: usize = 120;
pub const MAX_WELCOME_CHARS: usize = 2_000;
pub const MAX_PROGRAM_CARDS: usize = 20;
pub const MAX_PROGRAM_QUESTIONS: usize = 30;
pub const MAX_HOMEWORK: usize = 30;
pub const MAX_CARD_NAME_CHARS: usize = 60;
pub const MAX_CARD_LINE_CHARS: usize = 200;
pub const MAX_QUESTION_CHARS: usize = 300;
pub const MAX_HOMEWORK_CHARS: usize = 300;
/// Homework is due at most a year after the program is accepted.
pub const MAX_DUE_IN_DAYS: u16 = 365;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Program {
    /// The coach's name, as the client will see it ("A program from …").
    pub coach: String,
    pub welcome: String,
    pub cards: Vec<ProgramCard>,
    pub questions: Vec<ProgramQuestion>,
    pub homework: Vec<Homework>,
    /// The stages the program covers, in program order; none means all of them.
    pub stages: Vec<ProgramStage>,
}
saved_record!(Program with defaults { coach, welcome, cards, questions, homework, stages });

/// A value card of the coach's own, added to the client's deck when they accept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ProgramCard {
    pub key: u32,
    pub name: String,
    pub line: String,
}
saved_record!(ProgramCard with defaults { key, name, line });

/// A reflection question the client finds in the stage it belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ProgramQuestion {
    pub key: u32,
    pub stage: ProgramStage,
    pub text: String,
}
saved_record!(ProgramQuestion with defaults { key, stage, text });

/// Homework: a step of the client's plan, due `due_in_days` after the day they accept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Homework {
    pub key: u32,
    pub title: String,
    pub due_in_days: u16,
}
saved_record!(Homework with defaults { key, title, due_in_days });

/// The program's stages, as a program names them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ProgramStage {
    #[default]
    Exploration,
    Deeper,
    Networking,
    Applying,
    Closing,
}
saved_choice!(ProgramStage);

impl ProgramStage {
    pub const ALL: [ProgramStage; 5] = [
        ProgramStage::Exploration,
        ProgramStage::Deeper,
        ProgramStage::Networking,
        ProgramStage::Applying,
        ProgramStage::Closing,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ProgramStage::Exploration => "exploration",
            ProgramStage::Deeper => "deeper",
            ProgramStage::Networking => "networking",
            ProgramStage::Applying => "applying",
            ProgramStage::Closing => "closing",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ProgramStage::Exploration => "Exploration",
            ProgramStage::Deeper => "Diving deeper",
            ProgramStage::Networking => "Networking",
            ProgramStage::Applying => "Applying",
            ProgramStage::Closing => "Closing",
        }
    }
}

/// Changes to the program a coach is writing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgramEdit {
    SetCoach(String),
    SetWelcome(String),
    AddCard {
        name: String,
        line: String,
    },
    SetCard {
        key: u32,
        name: String,
        line: String,
    },
    AddQuestion {
        stage: ProgramStage,
        text: String,
    },
    SetQuestion {
        key: u32,
        text: String,
    },
    AddHomework {
        title: String,
        due_in_days: u16,
    },
    SetHomework {
        key: u32,
        title: String,
        due_in_days: u16,
    },
    /// Covers a stage or not.
    SetStage(ProgramStage, bool),
}

/// An item taken out of a program, with its place, for undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemovedItem {
    Card(usize, ProgramCard),
    Question(usize, ProgramQuestion),
    Homework(usize, Homework),
}

impl RemovedItem {
    /// What the undo bar calls it.
    pub fn name(&self) -> String {
        match self {
            RemovedItem::Card(_, card) => format!("the card “{}”", card.name),
            RemovedItem::Question(_, question) => format!("the question “{}”", question.text),
            RemovedItem::Homework(_, homework) => format!("the homework “{}”", homework.title),
        }
    }
}

impl Program {
    /// A key no item of the program has.
    fn next_key(&self) -> u32 {
        let keys = self
            .cards
            .iter()
            .map(|c| c.key)
            .chain(self.questions.iter().map(|q| q.key))
            .chain(self.homework.iter().map(|h| h.key));
        keys.max().unwrap_or(0).saturating_add(1)
    }

    pub fn is_empty(&self) -> bool {
        *self == Program::default()
    }

    /// The stages it covers, in program order (all of them when it names none).
    pub fn covers(&self, stage: ProgramStage) -> bool {
        self.stages.is_empty() || self.stages.contains(&stage)
    }

    pub fn questions_for(&self, stage: ProgramStage) -> impl Iterator<Item = &ProgramQuestion> {
        self.questions.iter().filter(move |q| q.stage == stage)
    }

    pub fn card_refusal(&self, name: &str) -> Option<Refusal> {
        let empty = CARD_EMPTY;
        let full = Refusal::Full {
            limit: MAX_PROGRAM_CARDS,
            what: "cards",
            make_room: "Remove one first.",
        };
        refusal_to_add(
            name,
            self.cards.iter().map(|c| c.name.as_str()),
            self.cards.len(),
            empty,
            full,
        )
    }

    pub fn question_refusal(&self, text: &str) -> Option<Refusal> {
        let empty = QUESTION_EMPTY;
        let full = Refusal::Full {
            limit: MAX_PROGRAM_QUESTIONS,
            what: "questions",
            make_room: "Remove one first.",
        };
        refusal_to_add(
            text,
            self.questions.iter().map(|q| q.text.as_str()),
            self.questions.len(),
            empty,
            full,
        )
    }

    pub fn homework_refusal(&self, title: &str) -> Option<Refusal> {
        let empty = HOMEWORK_EMPTY;
        let full = Refusal::Full {
            limit: MAX_HOMEWORK,
            what: "homework items",
            make_room: "Remove one first.",
        };
        refusal_to_add(
            title,
            self.homework.iter().map(|h| h.title.as_str()),
            self.homework.len(),
            empty,
            full,
        )
    }

    pub fn apply(&mut self, edit: ProgramEdit) -> bool {
        use ProgramEdit as E;
        match edit {
            E::SetCoach(name) => set(&mut self.coach, clip_chars(&name, MAX_COACH_NAME_CHARS)),
            E::SetWelcome(welcome) => {
                set(&mut self.welcome, clip_chars(&welcome, MAX_WELCOME_CHARS))
            }
            E::AddCard { name, line } => {
                let name = clip_chars(name.trim(), MAX_CARD_NAME_CHARS);
                if self.card_refusal(&name).is_some() {
                    return false;
                }
                let key = self.next_key();
                self.cards.push(ProgramCard {
                    key,
                    name,
                    line: clip_chars(line.trim(), MAX_CARD_LINE_CHARS),
                });
                true
            }
            E::SetCard { key, name, line } => {
                let name = clip_chars(&name, MAX_CARD_NAME_CHARS);
                let line = clip_chars(&line, MAX_CARD_LINE_CHARS);
                !name.trim().is_empty()
                    && self
                        .cards
                        .iter_mut()
                        .find(|c| c.key == key)
                        .is_some_and(|c| set(&mut c.name, name) | set(&mut c.line, line))
            }
            E::AddQuestion { stage, text } => {
                let text = clip_chars(text.trim(), MAX_QUESTION_CHARS);
                if self.question_refusal(&text).is_some() {
                    return false;
                }
                let key = self.next_key();
                self.questions.push(ProgramQuestion { key, stage, text });
                true
            }
            E::SetQuestion { key, text } => {
                let text = clip_chars(&text, MAX_QUESTION_CHARS);
                !text.trim().is_empty()
                    && self
                        .questions
                        .iter_mut()
                        .find(|q| q.key == key)
                        .is_some_and(|q| set(&mut q.text, text))
            }
            E::AddHomework { title, due_in_days } => {
                let title = clip_chars(title.trim(), MAX_HOMEWORK_CHARS);
                if due_in_days > MAX_DUE_IN_DAYS || self.homework_refusal(&title).is_some() {
                    return false;
                }
                let key = self.next_key();
                self.homework.push(Homework {
                    key,
                    title,
                    due_in_days,
                });
                true
            }
            E::SetHomework {
                key,
                title,
                due_in_days,
            } => {
                let title = clip_chars(&title, MAX_HOMEWORK_CHARS);
                due_in_days <= MAX_DUE_IN_DAYS
                    && !title.trim().is_empty()
                    && self
                        .homework
                        .iter_mut()
                        .find(|h| h.key == key)
                        .is_some_and(|h| {
                            set(&mut h.title, title) | set(&mut h.due_in_days, due_in_days)
                        })
            }
            E::SetStage(stage, on) => {
                let covered: Vec<ProgramStage> = ProgramStage::ALL
                    .into_iter()
                    .filter(|s| if *s == stage { on } else { self.covers(*s) })
                    .collect();
                if covered.is_empty() {
                    // A program covers at least one stage.
                    return false;
                }
                set(&mut self.stages, stages_named(&covered))
            }
        }
    }

    /// What removing the item with `key` would take out, with its place.
    pub fn removal_of(&self, key: u32) -> Option<RemovedItem> {
        if let Some(at) = self.cards.iter().position(|c| c.key == key) {
            return Some(RemovedItem::Card(at, self.cards[at].clone()));
        }
        if let Some(at) = self.questions.iter().position(|q| q.key == key) {
            return Some(RemovedItem::Question(at, self.questions[at].clone()));
        }
        self.homework
            .iter()
            .position(|h| h.key == key)
            .map(|at| RemovedItem::Homework(at, self.homework[at].clone()))
    }

    pub(super) fn take(&mut self, key: u32) -> Option<RemovedItem> {
        let removed = self.removal_of(key)?;
        match &removed {
            RemovedItem::Card(at, _) => drop(self.cards.remove(*at)),
            RemovedItem::Question(at, _) => drop(self.questions.remove(*at)),
            RemovedItem::Homework(at, _) => drop(self.homework.remove(*at)),
        }
        Some(removed)
    }

    pub(super) fn put_back(&mut self, item: RemovedItem) -> bool {
        let key = match &item {
            RemovedItem::Card(_, c) => c.key,
            RemovedItem::Question(_, q) => q.key,
            RemovedItem::Homework(_, h) => h.key,
        };
        if self.removal_of(key).is_some() {
            return false;
        }
        match item {
            RemovedItem::Card(at, card) if self.cards.len() < MAX_PROGRAM_CARDS => {
                self.cards.insert(at.min(self.cards.len()), card)
            }
            RemovedItem::Question(at, q) if self.questions.len() < MAX_PROGRAM_QUESTIONS => {
                self.questions.insert(at.min(self.questions.len()), q)
            }
            RemovedItem::Homework(at, h) if self.homework.len() < MAX_HOMEWORK => {
                self.homework.insert(at.min(self.homework.len()), h)
            }
            _ => return false,
        }
        true
    }

    /// `Ok` when every limit holds; `at` is the program's place in the saved form.
    pub fn check_limits(&self, at: &str) -> Check {
        text(format!("{at}.coach"), &self.coach, MAX_COACH_NAME_CHARS)?;
        text(format!("{at}.welcome"), &self.welcome, MAX_WELCOME_CHARS)?;
        count(
            &format!("{at}.cards"),
            self.cards.len(),
            MAX_PROGRAM_CARDS,
            "cards",
        )?;
        for (i, card) in self.cards.iter().enumerate() {
            text(
                format!("{at}.cards[{i}].name"),
                &card.name,
                MAX_CARD_NAME_CHARS,
            )?;
            text(
                format!("{at}.cards[{i}].line"),
                &card.line,
                MAX_CARD_LINE_CHARS,
            )?;
        }
        count(
            &format!("{at}.questions"),
            self.questions.len(),
            MAX_PROGRAM_QUESTIONS,
            "questions",
        )?;
        for (i, question) in self.questions.iter().enumerate() {
            text(
                format!("{at}.questions[{i}].text"),
                &question.text,
                MAX_QUESTION_CHARS,
            )?;
        }
        count(
            &format!("{at}.homework"),
            self.homework.len(),
            MAX_HOMEWORK,
            "homework items",
        )?;
        for (i, homework) in self.homework.iter().enumerate() {
            text(
                format!("{at}.homework[{i}].title"),
                &homework.title,
                MAX_HOMEWORK_CHARS,
            )?;
            range(
                format!("{at}.homework[{i}].due_in_days"),
                homework.due_in_days <= MAX_DUE_IN_DAYS,
                || {
                    format!("homework is due at most {MAX_DUE_IN_DAYS} days after the program is accepted, and this says {}", homework.due_in_days)
                },
            )?;
        }
        // Keys name answers and undo: above 0, each used once.
        let keys: Vec<u32> = self
            .cards
            .iter()
            .map(|c| c.key)
            .chain(self.questions.iter().map(|q| q.key))
            .chain(self.homework.iter().map(|h| h.key))
            .collect();
        for (i, key) in keys.iter().enumerate() {
            range(format!("{at}.key"), *key > 0, || {
                "a program's item needs a key above 0".into()
            })?;
            range(format!("{at}.key"), !keys[..i].contains(key), || {
                format!("the key {key} is used by two items of the program")
            })?;
        }
        Ok(())
    }

    /// Drops repeats from the stages and puts them in program order.
    pub fn normalise(&mut self) {
        self.stages = stages_named(&self.stages);
    }
}

/// The stages a program names when it covers `covered`: in the program's order, each once, and
/// none named when it covers every stage ("none named" means all, so there is one way to say it).
fn stages_named(covered: &[ProgramStage]) -> Vec<ProgramStage> {
    let stages: Vec<ProgramStage> = ProgramStage::ALL
        .into_iter()
        .filter(|s| covered.contains(s))
        .collect();
    if stages.len() == ProgramStage::ALL.len() {
        Vec::new()
    } else {
        stages
    }
}

const CARD_EMPTY: Refusal = Refusal::Empty {
    ask: "Give the card a name, for example “Craft”.",
};
const QUESTION_EMPTY: Refusal = Refusal::Empty {
    ask: "Write the question, for example “When did work last feel easy?”.",
};
const HOMEWORK_EMPTY: Refusal = Refusal::Empty {
    ask: "Say what to do, for example “Talk to two people in the field”.",
};

/// Why a card of the draft cannot be renamed to `name` (the edit refuses the same).
pub fn card_rename_refusal(name: &str) -> Option<Refusal> {
    refusal_to_rename(name, CARD_EMPTY)
}

pub fn question_rename_refusal(text: &str) -> Option<Refusal> {
    refusal_to_rename(text, QUESTION_EMPTY)
}

pub fn homework_rename_refusal(title: &str) -> Option<Refusal> {
    refusal_to_rename(title, HOMEWORK_EMPTY)
}
