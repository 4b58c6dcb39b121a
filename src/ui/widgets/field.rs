use leptos::prelude::*;

/// The value for the input's `aria-describedby`: the ids of the hint and error a [`Field`] shows.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled form field: label, optional hint, the input (the children), and an optional inline
/// error announced as it appears. The input's id must be `id`, and it names
/// [`described_by`]`(id, hint.is_some(), error.is_some())` in its `aria-describedby`.
#[component]
pub fn Field(
    #[prop(into)] id: String,
    label: &'static str,
    #[prop(into, default = None)] hint: Option<&'static str>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {children()}
            {error.map(|error| view! {
                <p class="field-error" id=error_id aria-live="polite">{move || error.get()}</p>
            })}
        </div>
    }
}

/// The fields of one record (a past role, a step) or of one short part of a section, in a form of
/// their own. Why: at every key press Chromium's autofill reads each field of the typed field's form,
/// and the fields outside any form count as one form, the whole page (some 250 fields on a full
/// Exploration page cost 3 to 4 ms a key, before the frame). The form draws no box
/// (`display: contents`), has no name (so it is no landmark), and Enter in it submits nothing.
/// Never put an [`AddForm`](super::AddForm) or another `Fields` inside: forms do not nest.
#[component]
pub fn Fields(children: Children) -> impl IntoView {
    view! { <form class="fields" novalidate on:submit=|ev| ev.prevent_default()>{children()}</form> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described_by_names_only_what_is_shown() {
        assert_eq!(
            described_by("a", true, true).as_deref(),
            Some("a-hint a-error")
        );
        assert_eq!(described_by("a", false, true).as_deref(), Some("a-error"));
        assert_eq!(described_by("a", true, false).as_deref(), Some("a-hint"));
        assert_eq!(described_by("a", false, false), None);
    }
}
