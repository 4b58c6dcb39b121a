//! Fields whose text is checked as it is committed: a date, an amount, a name a thing must keep.
//! What cannot be read, or what the model refuses, gets an inline message and changes nothing.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::field::{described_by, Field};
use crate::model::base::Refusal;
use crate::model::{EARLIEST_YEAR, LATEST_YEAR};
use crate::ui::format::{day_input_value, parse_amount, parse_day_input};

/// A labelled date input; an empty input is "no date". `refusal`, when given, asks the model whether
/// a readable date may be kept (a follow-up before the conversation it follows): its message shows
/// inline and nothing changes.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into, default = None)] hint: Option<&'static str>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    #[prop(into)] on_change: Callback<Option<NaiveDate>>,
    #[prop(optional, into)] refusal: Option<Callback<Option<NaiveDate>, Option<String>>>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let described = described_by(&id, hint.is_some(), true);
    view! {
        <Field id=id.clone() label=label hint=hint error=problem>
            <input
                type="date"
                id=id
                min=format!("{EARLIEST_YEAR}-01-01")
                max=format!("{LATEST_YEAR}-12-31")
                aria-describedby=described
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                prop:value=move || day_input_value(value.get())
                on:change=move |ev| match parse_day_input(&event_target_value(&ev)) {
                    Ok(day) => match refusal.and_then(|refusal| refusal.run(day)) {
                        Some(message) => problem.set(Some(message)),
                        None => {
                            problem.set(None);
                            on_change.run(day);
                        }
                    },
                    Err(message) => problem.set(Some(message)),
                }
            />
        </Field>
    }
}

/// A labelled text input for the name a thing must keep (a step, a card of one's own). A name the
/// model's `refusal` refuses (nothing but spaces) is not saved: the field says why, keeps what was
/// typed, and the thing keeps its old name until a new one is written.
#[component]
pub fn NameField(
    #[prop(into)] id: String,
    label: &'static str,
    /// The label is read out but not shown, where the row around the field says what it is.
    #[prop(optional)]
    label_hidden: bool,
    max_chars: usize,
    #[prop(into)] value: Signal<String>,
    refusal: fn(&str) -> Option<Refusal>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone() class=label_hidden.then_some("visually-hidden")>{label}</label>
            <input
                type="text"
                id=id
                maxlength=max_chars
                aria-describedby=error_id.clone()
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    match refusal(&text) {
                        Some(refused) => problem.set(Some(refused.message())),
                        None => {
                            problem.set(None);
                            on_change.run(text);
                        }
                    }
                }
            />
            <p class="field-error" id=error_id aria-live="polite">{move || problem.get()}</p>
        </div>
    }
}

/// A labelled input for a whole amount (of money, days, minutes …); spaces and thousands separators
/// are allowed, an empty input is "not given". `refusal`, when given, asks the model whether a
/// readable amount may be kept (a bonus of 500 %): its message shows inline and nothing changes.
#[component]
pub fn AmountField(
    #[prop(into)] id: String,
    label: &'static str,
    /// An amount to show in the message when the text is not a whole amount.
    example: &'static str,
    #[prop(into)] value: Signal<Option<u64>>,
    #[prop(into)] on_change: Callback<Option<u64>>,
    /// Shown where a message goes while the text itself is fine (a range the wrong way round).
    #[prop(optional, into)]
    note: Option<Signal<Option<String>>>,
    #[prop(optional, into)] refusal: Option<Callback<u64, Option<String>>>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let shown = Signal::derive(move || problem.get().or_else(|| note.and_then(|note| note.get())));
    let described = described_by(&id, false, true);
    view! {
        <Field id=id.clone() label=label error=shown>
            <input
                type="text"
                inputmode="numeric"
                id=id
                aria-describedby=described
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                prop:value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
                on:change=move |ev| match parse_amount(&event_target_value(&ev)) {
                    Some(amount) => match amount.and_then(|a| refusal.and_then(|refusal| refusal.run(a))) {
                        Some(message) => problem.set(Some(message)),
                        None => {
                            problem.set(None);
                            on_change.run(amount);
                        }
                    },
                    None if event_target_value(&ev).trim_start().starts_with('-') => {
                        problem.set(Some(format!("This cannot be below zero; enter a whole amount, such as {example}.")))
                    }
                    None => problem.set(Some(format!("Enter a whole amount, such as {example}."))),
                }
            />
        </Field>
    }
}
