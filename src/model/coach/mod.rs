//! Coaching (D3, S2): the program a person writes as a coach, to hand on as a link, and the program
//! a person accepted from their coach, with their answers. It sits after the plan: accepting a
//! program reads the values sort (the coach's cards join the deck) and the plan (homework becomes
//! dated steps); no stage reads it.

pub mod program;
pub mod received;
pub mod removal;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::saved_record;
use crate::model::base::Check;

pub use program::{
    Homework, Program, ProgramCard, ProgramEdit, ProgramQuestion, ProgramStage, RemovedItem,
    MAX_CARD_LINE_CHARS, MAX_CARD_NAME_CHARS, MAX_COACH_NAME_CHARS, MAX_DUE_IN_DAYS, MAX_HOMEWORK,
    MAX_HOMEWORK_CHARS, MAX_PROGRAM_CARDS, MAX_PROGRAM_QUESTIONS, MAX_QUESTION_CHARS,
    MAX_WELCOME_CHARS,
};
pub use received::{acceptance, Acceptance, Answer, Received, MAX_ANSWERS};
pub use removal::{Removed, Target};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Coach {
    /// The program this person is writing as a coach (D3).
    pub draft: Program,
    /// The program this person accepted from their coach (S2), when there is one.
    pub received: Option<Received>,
}
saved_record!(Coach with defaults { draft, received });

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CoachEdit {
    Draft(ProgramEdit),
    /// Accepts a coach's program on `today`; the workbook adds its cards and homework (see
    /// [`acceptance`]) and this section keeps it, with the answers given so far.
    Accept {
        program: Program,
        today: NaiveDate,
    },
    SetAnswer {
        question: u32,
        text: String,
    },
}

impl Coach {
    /// Applies the edits that stay within this section; `Accept` is the workbook's, which adds to
    /// the values sort and the plan too.
    pub fn apply(&mut self, edit: CoachEdit) -> bool {
        match edit {
            CoachEdit::Draft(edit) => self.draft.apply(edit),
            CoachEdit::Accept { program, today } => {
                let before = self.received.take();
                self.received = Some(Received::accepted(program, today, before));
                true
            }
            CoachEdit::SetAnswer { question, text } => self
                .received
                .as_mut()
                .is_some_and(|r| r.set_answer(question, text)),
        }
    }

    pub fn check_limits(&self) -> Check {
        self.draft.check_limits("coach.draft")?;
        match &self.received {
            Some(received) => received.check_limits(),
            None => Ok(()),
        }
    }

    pub fn normalise(&mut self) {
        self.draft.normalise();
        if let Some(received) = &mut self.received {
            received.program.normalise();
        }
    }
}
