use leptos::prelude::*;

/// One option of a [`ChoiceGroup`]: its value, the key used in its id, and its label.
pub struct Choice<T> {
    pub value: T,
    pub key: &'static str,
    pub label: &'static str,
}

/// A labelled group of radio buttons: arrow keys move between them, as in any native radio group.
/// Option ids are `{id_prefix}-{key}`.
#[component]
pub fn ChoiceGroup<T>(
    id_prefix: &'static str,
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    choices: Vec<Choice<T>>,
    #[prop(into)] selected: Signal<Option<T>>,
    #[prop(into)] on_select: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let hint_id = format!("{id_prefix}-hint");
    let described_by = hint.map(|_| hint_id.clone());
    view! {
        <fieldset class="field" aria-describedby=described_by>
            <legend>{legend}</legend>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {choices
                .into_iter()
                .map(|choice| {
                    let id = format!("{id_prefix}-{}", choice.key);
                    let value = choice.value;
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=id.clone()
                                name=id_prefix
                                value=choice.key
                                prop:checked=move || selected.get() == Some(value)
                                on:change=move |_| on_select.run(value)
                            />
                            <label for=id>{choice.label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
