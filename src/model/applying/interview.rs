//! A3, interview practice: a bank of questions written for Waypoint and the person's own, STAR
//! stories (situation, task, action, result) tied to strengths (E5) and skills (E7), and a log of
//! practice with a self-rating. Each application holds its own preparation (see `applications`).

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{Id, Refusal};

pub const MAX_OWN_QUESTIONS: usize = 100;
pub const MAX_QUESTION_CHARS: usize = 300;
pub const MAX_STORIES: usize = 60;
pub const MAX_STORY_TITLE_CHARS: usize = 120;
pub const MAX_STORY_CHARS: usize = 3_000;
pub const MAX_PRACTICE: usize = 500;
pub const MAX_IMPROVE_CHARS: usize = 2_000;
/// A practice answer is rated from 1 (it did not land) to 5 (ready).
pub const MIN_SELF_RATING: u8 = 1;
pub const MAX_SELF_RATING: u8 = 5;
/// A story links to at most this many strengths, and as many skills.
pub const MAX_STORY_LINKS: usize = 12;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuestionKind {
    #[default]
    Behavioural,
    Motivation,
    Role,
}
saved_choice!(QuestionKind);

impl QuestionKind {
    pub const ALL: [QuestionKind; 3] = [
        QuestionKind::Behavioural,
        QuestionKind::Motivation,
        QuestionKind::Role,
    ];

    pub fn key(self) -> &'static str {
        match self {
            QuestionKind::Behavioural => "behavioural",
            QuestionKind::Motivation => "motivation",
            QuestionKind::Role => "role",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Behavioural => "About what you have done",
            QuestionKind::Motivation => "About why you want it",
            QuestionKind::Role => "About the work itself",
        }
    }
}

/// The questions Waypoint offers to practise with, by kind.
pub const BANK: [(QuestionKind, &str); 25] = [
    (
        QuestionKind::Behavioural,
        "Tell me about a time you had to learn something quickly.",
    ),
    (
        QuestionKind::Behavioural,
        "Describe a disagreement with a colleague and how it ended.",
    ),
    (
        QuestionKind::Behavioural,
        "When did a plan of yours go wrong, and what did you do next?",
    ),
    (
        QuestionKind::Behavioural,
        "Tell me about a piece of work you are proud of.",
    ),
    (
        QuestionKind::Behavioural,
        "Give an example of a time you changed someone's mind.",
    ),
    (
        QuestionKind::Behavioural,
        "Describe a time you had more to do than time to do it.",
    ),
    (
        QuestionKind::Behavioural,
        "Tell me about feedback that was hard to hear. What did you change?",
    ),
    (
        QuestionKind::Behavioural,
        "When did you notice a problem nobody had asked you to solve?",
    ),
    (
        QuestionKind::Behavioural,
        "Describe a time you worked with someone very different from you.",
    ),
    (QuestionKind::Motivation, "Why this role, and why now?"),
    (
        QuestionKind::Motivation,
        "What draws you to this organisation in particular?",
    ),
    (
        QuestionKind::Motivation,
        "Walk me through the choices that brought you here.",
    ),
    (
        QuestionKind::Motivation,
        "What would make you look back on this job in two years and be glad?",
    ),
    (
        QuestionKind::Motivation,
        "Why are you leaving what you do now?",
    ),
    (
        QuestionKind::Motivation,
        "What kind of work gives you energy, and what drains it?",
    ),
    (
        QuestionKind::Motivation,
        "How does this move fit what you want your working life to look like?",
    ),
    (QuestionKind::Motivation, "What do you hope to learn here?"),
    (
        QuestionKind::Role,
        "What would you do in your first ninety days?",
    ),
    (
        QuestionKind::Role,
        "Which part of this job do you expect to find hardest?",
    ),
    (
        QuestionKind::Role,
        "How would you explain what you do to someone outside the field?",
    ),
    (
        QuestionKind::Role,
        "What from your past work carries over to this role?",
    ),
    (
        QuestionKind::Role,
        "How do you decide what to work on first?",
    ),
    (
        QuestionKind::Role,
        "Tell me about a tool or method you would bring with you.",
    ),
    (
        QuestionKind::Role,
        "How would people you have worked with describe you?",
    ),
    (QuestionKind::Role, "What questions do you have for us?"),
];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct InterviewQuestion {
    pub id: Id,
    pub kind: QuestionKind,
    pub text: String,
}
saved_record!(InterviewQuestion with defaults { id, kind, text });

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StarStory {
    pub id: Id,
    pub title: String,
    pub situation: String,
    pub task: String,
    pub action: String,
    pub result: String,
    /// The strengths (E5) and skills (E7) the story shows.
    pub strengths: Vec<Id>,
    pub skills: Vec<Id>,
}
saved_record!(StarStory with defaults { id, title, situation, task, action, result, strengths, skills });

text_fields! {
    pub enum StoryText for StarStory { Title => title, Situation => situation, Task => task, Action => action, Result => result }
}

impl StoryText {
    pub fn limit(self) -> usize {
        if self == StoryText::Title {
            MAX_STORY_TITLE_CHARS
        } else {
            MAX_STORY_CHARS
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StoryText::Title => "A short name for the story",
            StoryText::Situation => "Situation: where were you, and what was going on?",
            StoryText::Task => "Task: what was yours to do?",
            StoryText::Action => "Action: what did you do, step by step?",
            StoryText::Result => "Result: what changed, and what did you learn?",
        }
    }
}

/// What a story is linked to: a strength or a skill of Exploration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryLink {
    Strength,
    Skill,
}

impl StoryLink {
    pub fn list(self, story: &StarStory) -> &Vec<Id> {
        match self {
            StoryLink::Strength => &story.strengths,
            StoryLink::Skill => &story.skills,
        }
    }

    pub fn list_mut(self, story: &mut StarStory) -> &mut Vec<Id> {
        match self {
            StoryLink::Strength => &mut story.strengths,
            StoryLink::Skill => &mut story.skills,
        }
    }
}

/// One practised answer: the question as it was asked (kept as text, so removing an own question
/// never empties the log), when, how it went, and what to do better.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PracticeEntry {
    pub id: Id,
    pub question: String,
    pub on: Option<NaiveDate>,
    pub rating: Option<u8>,
    pub improve: String,
}
saved_record!(PracticeEntry with defaults { id, question, on, rating, improve });

pub fn question_refusal(own: &[InterviewQuestion], text: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Write the question as an interviewer might ask it.",
    };
    let full = Refusal::Full {
        limit: MAX_OWN_QUESTIONS,
        what: "questions of your own",
        make_room: "Remove one first.",
    };
    // Own questions only: a question of the bank may be written again, in one's own words or not.
    crate::model::base::refusal_to_add(
        text,
        own.iter().map(|q| q.text.as_str()),
        own.len(),
        empty,
        full,
    )
}

pub fn story_refusal(stories: &[StarStory], title: &str) -> Option<Refusal> {
    let empty = Refusal::Empty {
        ask: "Give the story a short name, for example “The late delivery”.",
    };
    let full = Refusal::Full {
        limit: MAX_STORIES,
        what: "stories",
        make_room: "Remove one you no longer tell first.",
    };
    crate::model::base::refusal_to_add(
        title,
        stories.iter().map(|s| s.title.as_str()),
        stories.len(),
        empty,
        full,
    )
}

pub fn practice_refusal(log: &[PracticeEntry], question: &str) -> Option<Refusal> {
    if question.trim().is_empty() {
        return Some(Refusal::Empty {
            ask: "Choose or write the question you practised.",
        });
    }
    let full = Refusal::Full {
        limit: MAX_PRACTICE,
        what: "practice entries",
        make_room: "Remove old ones first.",
    };
    crate::model::base::refusal_when_full(log.len(), full)
}

/// The average self-rating of the practice of `question`, and how many times it was practised.
pub fn practised(log: &[PracticeEntry], question: &str) -> (usize, Option<f64>) {
    let entries: Vec<&PracticeEntry> = log
        .iter()
        .filter(|e| e.question.trim() == question.trim())
        .collect();
    let rated: Vec<u8> = entries.iter().filter_map(|e| e.rating).collect();
    let average = (!rated.is_empty())
        .then(|| rated.iter().map(|r| f64::from(*r)).sum::<f64>() / rated.len() as f64);
    (entries.len(), average)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bank_has_every_kind_and_no_repeats() {
        for kind in QuestionKind::ALL {
            assert!(
                BANK.iter().filter(|(k, _)| *k == kind).count() >= 6,
                "{kind:?}"
            );
        }
        let mut texts: Vec<&str> = BANK.iter().map(|(_, q)| *q).collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), BANK.len());
        assert!(BANK
            .iter()
            .all(|(_, q)| q.chars().count() <= MAX_QUESTION_CHARS));
        let own = [InterviewQuestion {
            text: "Why teach adults?".into(),
            ..InterviewQuestion::default()
        }];
        assert_eq!(
            question_refusal(&own, "  why teach ADULTS? "),
            Some(Refusal::AlreadyListed)
        );
    }

    #[test]
    fn practice_averages_only_rated_entries() {
        let entry = |q: &str, rating| PracticeEntry {
            question: q.into(),
            rating,
            ..PracticeEntry::default()
        };
        let log = [
            entry("Why now?", Some(2)),
            entry("Why now?", Some(5)),
            entry("Why now?", None),
            entry("Other", Some(1)),
        ];
        assert_eq!(practised(&log, "Why now?"), (3, Some(3.5)));
        assert_eq!(practised(&log, "Never"), (0, None));
        assert!(matches!(
            practice_refusal(&log, " "),
            Some(Refusal::Empty { .. })
        ));
    }
}
