//! S2, a program accepted from a coach: the program as it came, the day it was accepted, and the
//! person's answers to its questions. Accepting never overwrites what the person wrote: the coach's
//! cards join the deck unless a card of that name is there, homework becomes dated plan steps unless
//! a step of that title is there, and a program accepted again (or another one) replaces the
//! program but keeps every answer, with the question it answered.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::limits::{count, date, text};
use crate::model::base::saved::saved_record;
use crate::model::base::{clip_chars, date_in_range, set, Check, MAX_TEXT_CHARS};
use crate::model::exploration::values::{ValuesSort, MAX_CUSTOM_CARDS};
use crate::model::plan::{Plan, MAX_STEPS};

use super::program::{Program, MAX_PROGRAM_QUESTIONS, MAX_QUESTION_CHARS};

/// Answers kept: those of the program's questions, and of questions earlier programs asked.
pub const MAX_ANSWERS: usize = 4 * MAX_PROGRAM_QUESTIONS;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Received {
    pub program: Program,
    pub accepted_on: Option<NaiveDate>,
    pub answers: Vec<Answer>,
}
saved_record!(Received with defaults { program, accepted_on, answers });

/// An answer to a program's question, with the question as it was asked (a later program may drop
/// or reword it; the answer stays with its own question).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub question: u32,
    pub asked: String,
    pub text: String,
}
saved_record!(Answer with defaults { question, asked, text });

/// Exactly what accepting a program would add, shown before the person accepts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Acceptance {
    /// The coach's cards that join the deck.
    pub new_cards: Vec<String>,
    /// Cards already in the deck under that name: not added again.
    pub cards_present: Vec<String>,
    /// Cards with no room left (the deck takes 40 of one's own).
    pub cards_without_room: Vec<String>,
    /// Plan steps, with their due days.
    pub new_steps: Vec<(String, NaiveDate)>,
    /// Homework already a step under that title: not added again.
    pub steps_present: Vec<String>,
    /// Homework with no room left in the plan, or due past the years Waypoint keeps.
    pub steps_without_room: Vec<String>,
    /// The questions, by stage, in the program's order.
    pub questions: usize,
    /// The coach of the program this one replaces, when there is one.
    pub replaces: Option<String>,
}

/// What accepting `program` on `today` would do to a workbook holding `values`, `plan` and
/// `received`.
pub fn acceptance(
    program: &Program,
    today: NaiveDate,
    values: &ValuesSort,
    plan: &Plan,
    received: Option<&Received>,
) -> Acceptance {
    let mut acceptance = Acceptance {
        questions: program.questions.len(),
        replaces: received.map(|r| r.program.coach.clone()),
        ..Acceptance::default()
    };
    let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    let mut custom = values.custom.len();
    for card in &program.cards {
        let known = values.cards().iter().any(|c| same(&c.name, &card.name))
            || acceptance.new_cards.iter().any(|n| same(n, &card.name));
        if known {
            acceptance.cards_present.push(card.name.clone());
        } else if custom < MAX_CUSTOM_CARDS {
            custom += 1;
            acceptance.new_cards.push(card.name.clone());
        } else {
            acceptance.cards_without_room.push(card.name.clone());
        }
    }
    let mut steps = plan.steps.len();
    for homework in &program.homework {
        let due = today
            .checked_add_days(chrono::Days::new(u64::from(homework.due_in_days)))
            .filter(|day| date_in_range(*day));
        let known = plan.steps.iter().any(|s| same(&s.title, &homework.title))
            || acceptance
                .new_steps
                .iter()
                .any(|(t, _)| same(t, &homework.title));
        match due {
            _ if known => acceptance.steps_present.push(homework.title.clone()),
            Some(due) if steps < MAX_STEPS => {
                steps += 1;
                acceptance.new_steps.push((homework.title.clone(), due));
            }
            _ => acceptance.steps_without_room.push(homework.title.clone()),
        }
    }
    acceptance
}

impl Received {
    /// The program accepted on `today`, keeping every answer given so far.
    pub fn accepted(program: Program, today: NaiveDate, before: Option<Received>) -> Received {
        let answers = before.map(|r| r.answers).unwrap_or_default();
        Received {
            program,
            accepted_on: Some(today),
            answers,
        }
    }

    pub fn answer(&self, question: u32) -> Option<&Answer> {
        self.answers.iter().find(|a| a.question == question)
    }

    /// Sets the answer to the program's question `question` (it keeps the question's words).
    pub fn set_answer(&mut self, question: u32, text: String) -> bool {
        let Some(asked) = self
            .program
            .questions
            .iter()
            .find(|q| q.key == question)
            .map(|q| q.text.clone())
        else {
            return false;
        };
        let text = clip_chars(&text, MAX_TEXT_CHARS);
        let room = self.answers.len() < MAX_ANSWERS;
        match self.answers.iter_mut().find(|a| a.question == question) {
            Some(answer) => set(&mut answer.text, text) | set(&mut answer.asked, asked),
            None if room && !text.is_empty() => {
                self.answers.push(Answer {
                    question,
                    asked,
                    text,
                });
                true
            }
            None => false,
        }
    }

    /// Answers to questions the program no longer asks (kept from an earlier program).
    pub fn earlier_answers(&self) -> impl Iterator<Item = &Answer> {
        self.answers.iter().filter(|a| {
            !a.text.trim().is_empty()
                && !self
                    .program
                    .questions
                    .iter()
                    .any(|q| q.key == a.question && q.text == a.asked)
        })
    }

    pub fn check_limits(&self) -> Check {
        self.program.check_limits("coach.received.program")?;
        date("coach.received.accepted_on".into(), self.accepted_on)?;
        count(
            "coach.received.answers",
            self.answers.len(),
            MAX_ANSWERS,
            "answers",
        )?;
        for (i, answer) in self.answers.iter().enumerate() {
            text(
                format!("coach.received.answers[{i}].asked"),
                &answer.asked,
                MAX_QUESTION_CHARS,
            )?;
            text(
                format!("coach.received.answers[{i}].text"),
                &answer.text,
                MAX_TEXT_CHARS,
            )?;
        }
        Ok(())
    }
}
