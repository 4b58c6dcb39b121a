//! S2: a coach's questions where they belong. Each stage page shows the questions the accepted
//! program asks for that stage, each with the person's answer (the same answer the Coaching page
//! shows), and nothing when there are none.

use leptos::prelude::*;

use super::Fields;
use crate::model::coach::{CoachEdit, ProgramStage};
use crate::model::Part;
use crate::store::LiveWorkbook;

/// The coach's questions for `stage`, to answer here.
#[component]
pub fn CoachQuestions(stage: ProgramStage) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let asked = live.select_in(&[Part::Coach], move |w| {
        w.coach.received.as_ref().map(|r| {
            let coach = r.program.coach.trim().to_string();
            let questions: Vec<(u32, String)> = r
                .program
                .questions
                .iter()
                .filter(|q| q.stage == stage)
                .map(|q| (q.key, q.text.clone()))
                .collect();
            (coach, questions)
        })
    });
    move || {
        let (coach, questions) = asked.get().filter(|(_, questions)| !questions.is_empty())?;
        let (heading, labelled_by) = (
            format!("coach-questions-{}", stage.key()),
            format!("coach-questions-{}", stage.key()),
        );
        let from = if coach.is_empty() {
            "your coach".to_string()
        } else {
            coach
        };
        Some(view! {
            <section class="card coach-questions" aria-labelledby=labelled_by>
                <h2 id=heading>{format!("Questions from {from}")}</h2>
                <p class="hint">"Your answers are kept with the program, on the Coaching page too."</p>
                <Fields>{questions.into_iter().map(|(key, text)| view! { <CoachAnswer key=key text=text/> }).collect_view()}</Fields>
            </section>
        })
    }
}

/// One question of the coach's, with the person's answer.
#[component]
pub fn CoachAnswer(key: u32, text: String) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let value = live.select_in(&[Part::Coach], move |w| {
        w.coach
            .received
            .as_ref()
            .and_then(|r| r.answer(key))
            .map(|a| a.text.clone())
            .unwrap_or_default()
    });
    // The label is the coach's own question, so it is not one of the app's fixed texts.
    let id = format!("answer-{key}");
    view! {
        <div class="field">
            <label for=id.clone()>{text}</label>
            <textarea
                id=id
                rows=3
                maxlength=crate::model::MAX_TEXT_CHARS
                prop:value=move || value.get()
                on:input=move |ev| live.dispatch(CoachEdit::SetAnswer { question: key, text: event_target_value(&ev) })
            ></textarea>
        </div>
    }
}
