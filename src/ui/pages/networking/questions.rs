//! N3: open questions for informational interviews, Waypoint's and the person's own. Any of them can
//! be pinned to a conversation (in its "Questions to take").

use leptos::prelude::*;

use crate::model::networking::outreach::{MAX_QUESTION_CHARS, QUESTIONS};
use crate::model::networking::NetworkingEdit;
use crate::model::{networking, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddForm, Fields, Undo};

#[component]
pub fn QuestionsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let own = live.select_in(&[Part::Outreach], |w| {
        w.networking
            .own_questions
            .iter()
            .map(|q| q.id)
            .collect::<Vec<_>>()
    });
    let add = move |text: String| match live.with(|w| w.networking.own_question_refusal(&text)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(NetworkingEdit::AddOwnQuestion(text));
            None
        }
    };
    view! {
        <section aria-labelledby="questions-heading" class="card">
            <h2 id="questions-heading">"Questions for informational interviews"</h2>
            <p class="hint">
                "An informational interview is a short conversation about someone’s work, not a request for a \
                 job. Ask about their experience, listen more than you talk, and end by thanking them. Pin \
                 the questions you want to ask to a conversation in a contact’s card."
            </p>
            <details class="question-bank">
                <summary>{format!("Waypoint’s {} questions", QUESTIONS.len())}</summary>
                <ol class="plain-list">
                    {QUESTIONS.iter().map(|(_, q)| view! { <li>{*q}</li> }).collect_view()}
                </ol>
            </details>
            <h3>"Your own questions"</h3>
            <AddForm id="new-question" label="A question you would like to ask" button="Add question" max_chars=MAX_QUESTION_CHARS on_add=add/>
            <ul class="plain-list own-questions">
                <For each=move || own.get() key=|id| *id children=move |id: Id| {
                    let text = live.select_in(&[Part::Outreach], move |w| w.networking.own_questions.iter().find(|q| q.id == id).map(|q| q.text.clone()).unwrap_or_default());
                    let field_id = format!("question-{id}");
                    view! {
                        <li class="custom-item"><Fields>
                            <div class="field">
                                <label for=field_id.clone() class="visually-hidden">"Question"</label>
                                <input type="text" id=field_id maxlength=MAX_QUESTION_CHARS prop:value=move || text.get()
                                    on:change=move |ev| live.dispatch(NetworkingEdit::SetOwnQuestion(id, event_target_value(&ev)))/>
                            </div>
                            <button type="button" class="quiet" aria-label=move || format!("Remove the question “{}”", text.get())
                                on:click=move |_| undo.remove(networking::Target::OwnQuestion(id))>"Remove"</button>
                        </Fields></li>
                    }
                }/>
            </ul>
        </section>
    }
}
