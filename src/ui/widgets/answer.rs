use leptos::prelude::*;

use super::field::{described_by, Field};
use crate::model::MAX_TEXT_CHARS;

/// A labelled multi-line answer to one question, with an optional hint read out with the field.
#[component]
pub fn LongAnswer(
    /// The element id; the label and hint hang on it.
    #[prop(into)]
    id: String,
    label: &'static str,
    #[prop(into, default = None)] hint: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let described = described_by(&id, hint.is_some(), false);
    view! {
        <Field id=id.clone() label=label hint=hint>
            <textarea
                id=id
                rows=rows
                maxlength=MAX_TEXT_CHARS
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </Field>
    }
}
