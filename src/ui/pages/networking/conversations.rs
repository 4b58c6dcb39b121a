//! N2: a contact's conversations, the latest first, and the form that logs one (with the next
//! follow-up, which may not come before it). A conversation can be one of the reality tests (R2) of
//! Diving deeper, and can carry questions pinned from the bank or the person's own.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::networking::conversations::{conversations_of, MAX_OUTCOME_CHARS};
use crate::model::networking::outreach::QUESTIONS;
use crate::model::networking::{Channel, InteractionText, NetworkingEdit, NewConversation};
use crate::model::{networking, Id, Part, MAX_TEXT_CHARS};
use crate::store::LiveWorkbook;
use crate::ui::format::{day_input_value, long_date, parse_day_input};
use crate::ui::widgets::{DateField, Field, Fields, Undo};

use super::{Earlier, Today};

#[component]
pub fn Conversations(contact: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let ids = live.select_in(&[Part::Conversations], move |w| {
        conversations_of(&w.networking.interactions, contact)
    });
    let heading = format!("contact-{contact}-talks-heading");
    let labelled_by = heading.clone();
    view! {
        <section class="subsection" aria-labelledby=labelled_by>
            <h3 id=heading>"Conversations"</h3>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"None logged yet. After you talk, write down what you learned while it is fresh."</p>
            })}
            <For each=move || ids.get() key=|id| *id children=move |id: Id| view! { <ConversationItem id=id/> }/>
            <LogConversation contact=contact/>
        </section>
    }
}

fn channel_select(
    id: String,
    selected: impl Fn() -> Channel + Send + Sync + Copy + 'static,
    on_pick: impl Fn(Channel) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>"How"</label>
            <select id=id on:change=move |ev| {
                let key = event_target_value(&ev);
                if let Some(c) = Channel::ALL.into_iter().find(|c| c.key() == key) {
                    on_pick(c);
                }
            }>
                {Channel::ALL.into_iter().map(|c| view! { <option value=c.key() selected=move || selected() == c>{c.label()}</option> }).collect_view()}
            </select>
        </div>
    }
}

fn reality_test_select(
    id: String,
    selected: impl Fn() -> Option<Id> + Send + Sync + Copy + 'static,
    on_pick: impl Fn(Option<Id>) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let earlier = expect_context::<Earlier>();
    view! {
        {move || (!earlier.tests.with(Vec::is_empty)).then(|| {
            let id = id.clone();
            view! {
                <div class="field">
                    <label for=id.clone()>"Was this a reality test?"</label>
                    <select id=id on:change=move |ev| on_pick(event_target_value(&ev).parse().ok().map(Id))>
                        <option value="" selected=move || selected().is_none()>"No"</option>
                        <For each=move || earlier.tests.get() key=|t| t.clone() let:test>
                            <option value=test.0.to_string() selected=move || selected() == Some(test.0)>{test.1.clone()}</option>
                        </For>
                    </select>
                </div>
            }
        })}
    }
}

#[component]
fn ConversationItem(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let read = live.select_record(Part::Conversations, id, move |w| {
        w.networking.interaction(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    let p = format!("talk-{id}");
    let (notes_id, outcome_id) = (format!("{p}-notes"), format!("{p}-outcome"));
    let set_text = move |field: InteractionText, text: String| {
        live.dispatch(NetworkingEdit::SetInteractionText(id, field, text))
    };
    view! {
        <div class="sub-item conversation"><Fields>
            <p class="conversation-when">{move || {
                let r = read();
                let when = r.date.map(long_date).unwrap_or_else(|| "No date yet".into());
                format!("{when} · {}", r.channel.label())
            }}</p>
            <div class="field-row">
                <DateField id=format!("talk-{id}-date") label="Date" value=Signal::derive(move || read().date)
                    on_change=Callback::new(move |day| live.dispatch(NetworkingEdit::SetInteractionDate(id, day)))/>
                {channel_select(format!("talk-{id}-channel"), move || read().channel, move |c| live.dispatch(NetworkingEdit::SetChannel(id, c)))}
                {reality_test_select(format!("talk-{id}-test"), move || read().reality_test, move |t| live.dispatch(NetworkingEdit::SetRealityTest(id, t)))}
            </div>
            <Field id=notes_id.clone() label="Notes">
                <textarea id=notes_id rows="3" maxlength=MAX_TEXT_CHARS prop:value=move || read().notes
                    on:input=move |ev| set_text(InteractionText::Notes, event_target_value(&ev))></textarea>
            </Field>
            <Field id=outcome_id.clone() label="What came of it">
                <textarea id=outcome_id class="one-line" rows="1" maxlength=MAX_OUTCOME_CHARS prop:value=move || read().outcome
                    on:input=move |ev| set_text(InteractionText::Outcome, event_target_value(&ev))></textarea>
            </Field>
        </Fields>
        <PinnedQuestions id=id/>
        <button type="button" class="quiet" id=format!("talk-{id}-remove")
            aria-label=move || format!("Remove the conversation of {}", read().date.map(long_date).unwrap_or_else(|| "no date".into()))
            on:click=move |_| undo.remove(networking::Target::Interaction(id))>"Remove"</button>
        </div>
    }
}

/// The questions to take into a conversation: drawn only while open (twenty from the bank and any of
/// the person's own, each a checkbox).
#[component]
fn PinnedQuestions(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let pinned = live.select_record(Part::Conversations, id, move |w| {
        w.networking
            .interaction(id)
            .map(|i| (i.bank_questions.clone(), i.own_questions.clone()))
            .unwrap_or_default()
    });
    let own = live.select_in(&[Part::Outreach], |w| {
        w.networking
            .own_questions
            .iter()
            .map(|q| (q.id, q.text.clone()))
            .collect::<Vec<_>>()
    });
    let open = RwSignal::new(false);
    let summary = move || {
        let (bank, mine) = pinned.get();
        let texts: Vec<String> = bank
            .iter()
            .filter_map(|k| {
                QUESTIONS
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, q)| q.to_string())
            })
            .chain(own.with(|own| {
                mine.iter()
                    .filter_map(|m| own.iter().find(|(i, _)| i == m).map(|(_, t)| t.clone()))
                    .collect::<Vec<_>>()
            }))
            .collect();
        texts
    };
    view! {
        <ul class="plain-list pinned">
            {move || summary().into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
        </ul>
        <details class="questions-picker" on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>"Questions to take"</summary>
            {move || open.get().then(|| view! {
                <Fields>
                    <fieldset class="field">
                        <legend class="visually-hidden">"Questions to take into this conversation"</legend>
                        {QUESTIONS.iter().map(|(key, text)| {
                            let box_id = format!("talk-{id}-q-{key}");
                            let key = key.to_string();
                            let checked = { let key = key.clone(); move || pinned.with(|p| p.0.contains(&key)) };
                            view! {
                                <div class="choice">
                                    <input type="checkbox" id=box_id.clone() prop:checked=checked
                                        on:change=move |ev| live.dispatch(NetworkingEdit::PinBankQuestion { interaction: id, key: key.clone(), pinned: event_target_checked(&ev) })/>
                                    <label for=box_id>{*text}</label>
                                </div>
                            }
                        }).collect_view()}
                        <For each=move || own.get() key=|q| q.clone() let:question>
                            {
                                let box_id = format!("talk-{id}-own-{}", question.0);
                                let q = question.0;
                                view! {
                                    <div class="choice">
                                        <input type="checkbox" id=box_id.clone() prop:checked=move || pinned.with(|p| p.1.contains(&q))
                                            on:change=move |ev| live.dispatch(NetworkingEdit::PinOwnQuestion { interaction: id, question: q, pinned: event_target_checked(&ev) })/>
                                        <label for=box_id>{question.1.clone()}</label>
                                    </div>
                                }
                            }
                        </For>
                    </fieldset>
                </Fields>
            })}
        </details>
    }
}

/// The form that logs a conversation. Its date starts at today; the follow-up is checked against it
/// before anything is saved, and a refused form keeps everything typed.
#[component]
fn LogConversation(contact: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let p = format!("contact-{contact}-log");
    let (channel_id, test_id, hint_id, error_id, submit_id) = (
        format!("{p}-channel"),
        format!("{p}-test"),
        format!("{p}-notes-hint"),
        format!("{p}-error"),
        format!("{p}-submit"),
    );
    let date = RwSignal::new(day_input_value(Some(today)));
    let follow_up = RwSignal::new(String::new());
    let channel = RwSignal::new(Channel::default());
    let reality_test = RwSignal::new(None::<Id>);
    let notes = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let said = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let on = match parse_day_input(&date.get_untracked()) {
            Ok(day) => day,
            Err(message) => return problem.set(Some(format!("Date: {message}"))),
        };
        let next: Option<NaiveDate> = match parse_day_input(&follow_up.get_untracked()) {
            Ok(day) => day,
            Err(message) => return problem.set(Some(format!("Next follow-up: {message}"))),
        };
        if let (Some(on), Some(next)) = (on, next) {
            if next < on {
                return problem.set(Some(
                    "The next follow-up comes after the conversation; choose a later date.".into(),
                ));
            }
        }
        if let Some(refused) = live.with(|w| w.networking.conversation_refusal()) {
            return problem.set(Some(refused.message()));
        }
        let new = NewConversation {
            contact,
            date: on,
            channel: channel.get_untracked(),
            notes: notes.get_untracked(),
            outcome: outcome.get_untracked(),
            reality_test: reality_test.get_untracked(),
            follow_up: next,
        };
        if live.try_dispatch(NetworkingEdit::LogConversation(new)) {
            problem.set(None);
            said.set(Some(match next {
                Some(next) => format!("Logged. Next follow-up: {}.", long_date(next)),
                None => "Logged.".into(),
            }));
            notes.set(String::new());
            outcome.set(String::new());
            follow_up.set(String::new());
            reality_test.set(None);
        } else {
            problem.set(Some(
                "This conversation could not be logged; check the dates.".into(),
            ));
        }
    };
    let follow_described = error_id.clone();
    let (date_id, follow_id, notes_id, outcome_id) = (
        format!("{p}-date"),
        format!("{p}-follow-up"),
        format!("{p}-notes"),
        format!("{p}-outcome"),
    );
    view! {
        <form class="log-form" on:submit=submit aria-label="Log a conversation">
            <h4>"Log a conversation"</h4>
            <div class="field-row">
                <Field id=date_id.clone() label="Date">
                    <input type="date" id=date_id prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev))/>
                </Field>
                {channel_select(channel_id, move || channel.get(), move |c| channel.set(c))}
                {reality_test_select(test_id, move || reality_test.get(), move |t| reality_test.set(t))}
            </div>
            <Field id=notes_id.clone() label="Notes" hint=Some("What did you learn? What surprised you?")>
                <textarea id=notes_id rows="3" maxlength=MAX_TEXT_CHARS aria-describedby=hint_id
                    prop:value=move || notes.get() on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
            </Field>
            <Field id=outcome_id.clone() label="What came of it">
                <textarea id=outcome_id class="one-line" rows="1" maxlength=MAX_OUTCOME_CHARS
                    prop:value=move || outcome.get() on:input=move |ev| outcome.set(event_target_value(&ev))></textarea>
            </Field>
            <Field id=follow_id.clone() label="Next follow-up (optional)">
                <input type="date" id=follow_id aria-describedby=follow_described
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=move || follow_up.get() on:change=move |ev| follow_up.set(event_target_value(&ev))/>
            </Field>
            <p class="field-error" id=error_id aria-live="polite">{move || problem.get()}</p>
            <p class="hint" aria-live="polite">{move || said.get()}</p>
            <button type="submit" id=submit_id>"Log conversation"</button>
        </form>
    }
}
