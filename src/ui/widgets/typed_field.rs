//! Fields whose text is read as something else, a date or an amount: the text is checked as it is
//! committed, and what cannot be read gets an inline message and changes nothing.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::field::{described_by, Field};
use crate::model::{EARLIEST_YEAR, LATEST_YEAR};
use crate::ui::format::{day_input_value, parse_amount, parse_day_input};

/// A labelled date input; an empty input is "no date".
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into, default = None)] hint: Option<&'static str>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    #[prop(into)] on_change: Callback<Option<NaiveDate>>,
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
                    Ok(day) => {
                        problem.set(None);
                        on_change.run(day);
                    }
                    Err(message) => problem.set(Some(message)),
                }
            />
        </Field>
    }
}

/// A labelled input for a whole amount of money; spaces and thousands separators are allowed, an
/// empty input is "not given".
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
                    Some(amount) => {
                        problem.set(None);
                        on_change.run(amount);
                    }
                    None => problem.set(Some(format!("Enter a whole amount, such as {example}."))),
                }
            />
        </Field>
    }
}
