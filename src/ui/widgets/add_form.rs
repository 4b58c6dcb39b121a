use leptos::prelude::*;

use super::field::{described_by, Field};
use crate::model::base::Refusal;

/// A form that adds one named thing: a labelled text box, any extra fields (the children), a button,
/// and an inline message when what was typed is refused. `on_add` receives the text and returns why
/// it was refused, if it was; after a success the box empties for the next one.
#[component]
pub fn AddForm(
    /// The text box's id; its message is `{id}-error`.
    #[prop(into)]
    id: String,
    label: &'static str,
    button: &'static str,
    #[prop(default = 200)] max_chars: usize,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
    #[prop(optional)] primary: bool,
    #[prop(into)] on_add: Callback<String, Option<String>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let described = described_by(&id, false, true);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match on_add.run(text.get_untracked()) {
            Some(refused) => problem.set(Some(refused)),
            None => {
                problem.set(None);
                text.set(String::new());
            }
        }
    };
    view! {
        <form class="add-row" on:submit=submit>
            <Field id=id.clone() label=label error=problem>
                <input
                    type="text"
                    id=id
                    maxlength=max_chars
                    list=list
                    aria-describedby=described
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </Field>
            {children.map(|children| children())}
            <button type="submit" class:primary=primary>{button}</button>
        </form>
    }
}

/// A button that adds one more, blank, of something (a goal, a risk). When the model would refuse
/// because the list is full, the button is off and the model's reason shows beside it, announced
/// as it appears, so a click is never silently ignored.
#[component]
pub fn AddButton(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into)] refusal: Signal<Option<Refusal>>,
    #[prop(into)] on_add: Callback<()>,
) -> impl IntoView {
    let note_id = format!("{id}-full");
    // The button and note change only when the answer does, not on every edit the signal sees.
    let refusal = Memo::new(move |_| refusal.get());
    view! {
        <button type="button" id=id aria-describedby=note_id.clone()
            disabled=move || refusal.with(Option::is_some) on:click=move |_| on_add.run(())>{label}</button>
        <p class="hint full-note" id=note_id aria-live="polite">{move || refusal.get().map(Refusal::message)}</p>
    }
}
