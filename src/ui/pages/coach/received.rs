//! The program accepted from a coach: who it is from, the welcome, its questions by stage with the
//! person's answers, the homework (steps of the plan), and answers kept from an earlier program.

use leptos::prelude::*;

use crate::model::coach::ProgramStage;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::format::long_date;
use crate::ui::widgets::{CoachAnswer, Fields};

#[component]
pub fn ReceivedSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let head = live.select_in(&[Part::Coach], |w| {
        w.coach.received.as_ref().map(|r| {
            (
                r.program.coach.trim().to_string(),
                r.program.welcome.trim().to_string(),
                r.accepted_on,
            )
        })
    });
    let questions = live.select_in(&[Part::Coach], |w| {
        w.coach
            .received
            .as_ref()
            .map(|r| {
                r.program
                    .questions
                    .iter()
                    .map(|q| (q.key, q.stage, q.text.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let homework = live.select_in(&[Part::Coach], |w| {
        w.coach
            .received
            .as_ref()
            .map(|r| {
                r.program
                    .homework
                    .iter()
                    .map(|h| h.title.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let focus = live.select_in(&[Part::Coach], |w| {
        w.coach
            .received
            .as_ref()
            .and_then(|r| super::stages_line(&r.program.stages, true))
    });
    let earlier = live.select_in(&[Part::Coach], |w| {
        w.coach
            .received
            .as_ref()
            .map(|r| {
                r.earlier_answers()
                    .map(|a| (a.asked.clone(), a.text.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="received-heading" class="card">
            <h2 id="received-heading">"From your coach"</h2>
            {move || match head.get() {
                None => view! {
                    <p class="empty-state" id="no-program">
                        "No program from a coach yet. When your coach sends you a link, open it in this browser: \
                         you will see what it adds before anything changes."
                    </p>
                }
                .into_any(),
                Some((coach, welcome, accepted_on)) => view! {
                    <p id="received-from">{format!(
                        "A program from {}{}.",
                        if coach.is_empty() { "your coach" } else { coach.as_str() },
                        accepted_on.map(|d| format!(", accepted on {}", long_date(d))).unwrap_or_default()
                    )}</p>
                    {(!welcome.is_empty()).then(|| view! { <blockquote class="welcome">{welcome.clone()}</blockquote> })}
                }
                .into_any(),
            }}
            {move || focus.get().map(|line| view! { <p id="received-stages">{line}</p> })}
            {move || ProgramStage::ALL.into_iter().filter_map(|stage| {
                let asked: Vec<(u32, String)> = questions.with(|qs| qs.iter().filter(|q| q.1 == stage).map(|q| (q.0, q.2.clone())).collect());
                (!asked.is_empty()).then(|| view! {
                    <h3>{format!("Questions for {}", stage.label())}</h3>
                    <Fields>
                        {asked.into_iter().map(|(key, text)| view! { <CoachAnswer key=key text=text/> }).collect_view()}
                    </Fields>
                })
            }).collect_view()}
            {move || homework.with(|h| !h.is_empty()).then(|| view! {
                <h3>"Homework"</h3>
                <p class="hint">"Each is a dated step in your plan, yours to move, change or drop."</p>
                <ul id="received-homework">{homework.get().into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ul>
            })}
            {move || earlier.with(|e| !e.is_empty()).then(|| view! {
                <h3>"Your answers to earlier questions"</h3>
                <dl id="earlier-answers">
                    {earlier.get().into_iter().map(|(asked, text)| view! { <dt>{asked}</dt><dd>{text}</dd> }).collect_view()}
                </dl>
            })}
        </section>
    }
}
