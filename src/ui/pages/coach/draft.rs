//! D3, writing a program as a coach: a name and a welcome, value cards of one's own, a reflection
//! question or two per stage, homework due so many days after the client accepts, and the stages the
//! program covers. Each item can be removed, with undo.

use leptos::prelude::*;

use crate::model::coach::program::{
    card_rename_refusal, homework_rename_refusal, question_rename_refusal,
};
use crate::model::coach::{
    self, ProgramEdit, ProgramStage, MAX_CARD_LINE_CHARS, MAX_CARD_NAME_CHARS,
    MAX_COACH_NAME_CHARS, MAX_DUE_IN_DAYS, MAX_HOMEWORK_CHARS, MAX_QUESTION_CHARS,
    MAX_WELCOME_CHARS,
};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddForm, Field, Fields, NameField, Undo};

#[component]
pub fn DraftSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let name = live.select_in(&[Part::Coach], |w| w.coach.draft.coach.clone());
    let welcome = live.select_in(&[Part::Coach], |w| w.coach.draft.welcome.clone());
    let covers = live.select_in(&[Part::Coach], |w| {
        ProgramStage::ALL.map(|s| w.coach.draft.covers(s))
    });
    view! {
        <section aria-labelledby="draft-heading" class="card">
            <h2 id="draft-heading">"A program of your own"</h2>
            <p class="hint">
                "For coaches: write what your client should find in Waypoint, then make a link of it below. \
                 The program stays in this workbook until you change it."
            </p>
            <Fields>
                <Field id="program-coach" label="Your name, as your client will see it">
                    <input type="text" id="program-coach" maxlength=MAX_COACH_NAME_CHARS autocomplete="name"
                        prop:value=move || name.get()
                        on:input=move |ev| live.dispatch(ProgramEdit::SetCoach(event_target_value(&ev)))/>
                </Field>
                <Field id="program-welcome" label="A welcome" hint="A few words your client reads first.">
                    <textarea id="program-welcome" rows=3 maxlength=MAX_WELCOME_CHARS aria-describedby="program-welcome-hint"
                        prop:value=move || welcome.get()
                        on:input=move |ev| live.dispatch(ProgramEdit::SetWelcome(event_target_value(&ev)))></textarea>
                </Field>
                <fieldset class="stages">
                    <legend>"The stages it covers"</legend>
                    {ProgramStage::ALL.into_iter().enumerate().map(|(i, stage)| {
                        let id = format!("program-stage-{}", stage.key());
                        let for_label = id.clone();
                        view! {
                            <label class="check" for=for_label>
                                <input type="checkbox" id=id
                                    prop:checked=move || covers.get()[i]
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        // The last stage cannot go: the box stays ticked.
                                        if !live.try_dispatch(ProgramEdit::SetStage(stage, on)) {
                                            if let Some(input) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
                                                input.set_checked(true);
                                            }
                                        }
                                    }/>
                                {stage.label()}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            </Fields>
            <Cards/>
            <Questions/>
            <Homework/>
        </section>
    }
}

/// The button that removes an item of the draft (with undo).
fn remove_button(key: u32, what: &'static str) -> impl IntoView {
    let undo = expect_context::<Undo>();
    view! {
        <button type="button" class="link-button remove" id=format!("program-item-{key}-remove")
            aria-label=format!("Remove this {what}")
            on:click=move |_| undo.remove(coach::Target::DraftItem(key))>"Remove"</button>
    }
}

#[component]
fn Cards() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let cards = live.select_in(&[Part::Coach], |w| {
        w.coach
            .draft
            .cards
            .iter()
            .map(|c| (c.key, c.name.clone(), c.line.clone()))
            .collect::<Vec<_>>()
    });
    let keys = live.select_in(&[Part::Coach], |w| {
        w.coach
            .draft
            .cards
            .iter()
            .map(|c| c.key)
            .collect::<Vec<_>>()
    });
    let line = RwSignal::new(String::new());
    let add = move |name: String| {
        if let Some(refused) = live.with(|w| w.coach.draft.card_refusal(&name)) {
            return Some(refused.message());
        }
        live.dispatch(ProgramEdit::AddCard {
            name,
            line: line.get_untracked(),
        });
        line.set(String::new());
        None
    };
    view! {
        <h3>"Value cards of your own"</h3>
        <p class="hint">"They join your client's deck, beside Waypoint's own cards."</p>
        <ul class="program-items" id="program-cards">
            <For each=move || keys.get() key=|k| *k children=move |key| {
                let card = move || cards.with(|cards| cards.iter().find(|c| c.0 == key).map(|c| (c.1.clone(), c.2.clone())).unwrap_or_default());
                let set = move |name: String, line: String| live.dispatch(ProgramEdit::SetCard { key, name, line });
                view! {
                    <li id=format!("program-item-{key}")>
                        <Fields>
                            <NameField id=format!("program-card-{key}-name") label="The card's name" max_chars=MAX_CARD_NAME_CHARS
                                value=Signal::derive(move || card().0) refusal=card_rename_refusal
                                on_change=Callback::new(move |name| set(name, card().1))/>
                            <Field id=format!("program-card-{key}-line") label="What it means">
                                <input type="text" id=format!("program-card-{key}-line") maxlength=MAX_CARD_LINE_CHARS
                                    prop:value=move || card().1 on:change=move |ev| set(card().0, event_target_value(&ev))/>
                            </Field>
                        </Fields>
                        {remove_button(key, "card")}
                    </li>
                }
            }/>
        </ul>
        <AddForm id="new-program-card" label="A card's name" button="Add the card" max_chars=MAX_CARD_NAME_CHARS on_add=add>
            <Field id="new-program-card-line" label="What it means (optional)">
                <input type="text" id="new-program-card-line" maxlength=MAX_CARD_LINE_CHARS
                    prop:value=move || line.get() on:input=move |ev| line.set(event_target_value(&ev))/>
            </Field>
        </AddForm>
    }
}

#[component]
fn Questions() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let questions = live.select_in(&[Part::Coach], |w| {
        w.coach
            .draft
            .questions
            .iter()
            .map(|q| (q.key, q.stage, q.text.clone()))
            .collect::<Vec<_>>()
    });
    let keys = live.select_in(&[Part::Coach], |w| {
        w.coach
            .draft
            .questions
            .iter()
            .map(|q| q.key)
            .collect::<Vec<_>>()
    });
    let stage = RwSignal::new(ProgramStage::Exploration);
    let add = move |text: String| {
        if let Some(refused) = live.with(|w| w.coach.draft.question_refusal(&text)) {
            return Some(refused.message());
        }
        live.dispatch(ProgramEdit::AddQuestion {
            stage: stage.get_untracked(),
            text,
        });
        None
    };
    view! {
        <h3>"Questions to reflect on"</h3>
        <p class="hint">"Open questions work best: what, when, how. Your client finds them here, under their stage."</p>
        <ul class="program-items" id="program-questions">
            <For each=move || keys.get() key=|k| *k children=move |key| {
                let question = move || questions.with(|qs| qs.iter().find(|q| q.0 == key).map(|q| (q.1, q.2.clone())).unwrap_or_default());
                view! {
                    <li id=format!("program-item-{key}")>
                        <Fields>
                            <NameField id=format!("program-question-{key}-text") label=question().0.label() max_chars=MAX_QUESTION_CHARS
                                value=Signal::derive(move || question().1) refusal=question_rename_refusal
                                on_change=Callback::new(move |text| live.dispatch(ProgramEdit::SetQuestion { key, text }))/>
                        </Fields>
                        {remove_button(key, "question")}
                    </li>
                }
            }/>
        </ul>
        <AddForm id="new-program-question" label="A question" button="Add the question" max_chars=MAX_QUESTION_CHARS on_add=add>
            <Field id="new-program-question-stage" label="For the stage">
                <select id="new-program-question-stage" on:change=move |ev| {
                    let key = event_target_value(&ev);
                    if let Some(s) = ProgramStage::ALL.into_iter().find(|s| s.key() == key) {
                        stage.set(s);
                    }
                }>
                    {ProgramStage::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || stage.get() == s>{s.label()}</option>
                    }).collect_view()}
                </select>
            </Field>
        </AddForm>
    }
}

#[component]
fn Homework() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let homework = live.select_in(&[Part::Coach], |w| {
        w.coach
            .draft
            .homework
            .iter()
            .map(|h| (h.key, h.title.clone(), h.due_in_days))
            .collect::<Vec<_>>()
    });
    let keys = live.select_in(&[Part::Coach], |w| {
        w.coach
            .draft
            .homework
            .iter()
            .map(|h| h.key)
            .collect::<Vec<_>>()
    });
    let days = RwSignal::new(String::from("7"));
    let add = move |title: String| {
        let Some(due_in_days) = days
            .get_untracked()
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|d| *d <= MAX_DUE_IN_DAYS)
        else {
            return Some(format!(
                "Give the days as a whole number from 0 to {MAX_DUE_IN_DAYS}."
            ));
        };
        if let Some(refused) = live.with(|w| w.coach.draft.homework_refusal(&title)) {
            return Some(refused.message());
        }
        live.dispatch(ProgramEdit::AddHomework { title, due_in_days });
        None
    };
    view! {
        <h3>"Homework"</h3>
        <p class="hint">"Each becomes a dated step in your client's plan, due so many days after they accept."</p>
        <ul class="program-items" id="program-homework">
            <For each=move || keys.get() key=|k| *k children=move |key| {
                let item = move || homework.with(|hs| hs.iter().find(|h| h.0 == key).map(|h| (h.1.clone(), h.2)).unwrap_or_default());
                let days_problem = RwSignal::new(None::<String>);
                let days_error = format!("program-homework-{key}-days-error");
                let set_days = move |text: String| match text.trim().parse::<u16>().ok().filter(|d| *d <= MAX_DUE_IN_DAYS) {
                    Some(due_in_days) => {
                        days_problem.set(None);
                        live.dispatch(ProgramEdit::SetHomework { key, title: item().0, due_in_days });
                    }
                    None => days_problem.set(Some(format!("Give the days as a whole number from 0 to {MAX_DUE_IN_DAYS}."))),
                };
                view! {
                    <li id=format!("program-item-{key}")>
                        <Fields>
                            <NameField id=format!("program-homework-{key}-title") label="Something to do" max_chars=MAX_HOMEWORK_CHARS
                                value=Signal::derive(move || item().0) refusal=homework_rename_refusal
                                on_change=Callback::new(move |title| live.dispatch(ProgramEdit::SetHomework { key, title, due_in_days: item().1 }))/>
                            <div class="field">
                                <label for=format!("program-homework-{key}-days")>"Due after (days)"</label>
                                <input type="number" id=format!("program-homework-{key}-days") min=0 max=MAX_DUE_IN_DAYS inputmode="numeric"
                                    aria-describedby=days_error.clone()
                                    aria-invalid=move || days_problem.with(Option::is_some).then_some("true")
                                    prop:value=move || item().1.to_string()
                                    on:change=move |ev| set_days(event_target_value(&ev))/>
                                <p class="field-error" id=days_error aria-live="polite">{move || days_problem.get()}</p>
                            </div>
                        </Fields>
                        {remove_button(key, "homework")}
                    </li>
                }
            }/>
        </ul>
        <AddForm id="new-program-homework" label="Something to do" button="Add the homework" max_chars=MAX_HOMEWORK_CHARS on_add=add>
            <Field id="new-program-homework-days" label="Due after (days)">
                <input type="number" id="new-program-homework-days" min=0 max=MAX_DUE_IN_DAYS inputmode="numeric"
                    prop:value=move || days.get() on:input=move |ev| days.set(event_target_value(&ev))/>
            </Field>
        </AddForm>
    }
}
