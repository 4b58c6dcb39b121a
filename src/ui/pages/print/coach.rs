//! Coaching in the printed summary: the program accepted from a coach, with the person's answers to
//! its questions (and to an earlier program's). The program a person writes as a coach is theirs to
//! send as a link, not part of their own story, so it is not printed.

use crate::model::coach::ProgramStage;
use crate::model::Workbook;
use crate::ui::route::Route;

use super::{answer, day, fact, lines, part, stage, Piece};

pub fn section(w: &Workbook) -> Piece {
    let r = w.coach.received.as_ref()?;
    let from = part(
        "From your coach",
        vec![
            fact("From", Some(r.program.coach.trim().to_string())),
            fact("Accepted on", day(r.accepted_on)),
            answer("Welcome", &r.program.welcome),
            lines(
                r.program
                    .homework
                    .iter()
                    .map(|h| format!("Homework: {}", h.title.trim()))
                    .collect(),
            ),
        ],
    );
    let answers = part(
        "Answers to your coach's questions",
        ProgramStage::ALL
            .into_iter()
            .flat_map(|s| r.program.questions_for(s))
            .map(|q| answer(&q.text, r.answer(q.key).map_or("", |a| a.text.as_str())))
            .chain(r.earlier_answers().map(|a| answer(&a.asked, &a.text)))
            .collect(),
    );
    stage(Route::Coach, vec![from, answers])
}
