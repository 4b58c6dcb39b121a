//! N3: the person's own message drafts. A draft may hold {first name}, {organisation} and {option};
//! choosing a contact fills them in, and one button copies the message.

use leptos::prelude::*;

use crate::ui::dom::copy_text;

use crate::model::networking::outreach::{
    fill_placeholders, Fill, Placeholder, MAX_DRAFT_CHARS, MAX_DRAFT_TITLE_CHARS,
};
use crate::model::networking::{DraftText, NetworkingEdit};
use crate::model::{networking, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddForm, Field, Fields, Undo};

use super::display_name;

#[component]
pub fn DraftsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let drafts = live.select_in(&[Part::Outreach], |w| {
        w.networking.drafts.iter().map(|d| d.id).collect::<Vec<_>>()
    });
    let add = move |title: String| match live.with(|w| w.networking.draft_refusal(&title)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(NetworkingEdit::AddDraft(title));
            None
        }
    };
    view! {
        <section aria-labelledby="drafts-heading" class="card">
            <h2 id="drafts-heading">"Message drafts"</h2>
            <p class="hint">
                "Write a message once, in your own voice, and adapt it for each person. Write {first name}, \
                 {organisation} or {option} where their details should go. A short, specific, curious \
                 message works best: who you are, why them, and a small request."
            </p>
            <AddForm id="new-draft" label="Name of a new draft" button="Add draft" max_chars=MAX_DRAFT_TITLE_CHARS on_add=add/>
            {move || drafts.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"No drafts yet. A first one might be called “Hello again” or “A question about your work”."</p>
            })}
            <For each=move || drafts.get() key=|id| *id children=move |id: Id| view! { <DraftItem id=id/> }/>
        </section>
    }
}

#[component]
fn DraftItem(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let read = live.select_in(&[Part::Outreach], move |w| {
        w.networking
            .drafts
            .iter()
            .find(|d| d.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let read = move || read.get();
    let contacts = live.select_in(&[Part::Contacts], |w| {
        w.networking
            .contacts
            .iter()
            .map(|c| (c.id, display_name(c)))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(None::<Id>);
    // The values for the chosen contact: their first name and organisation, and the first option they
    // are linked to, or else the direction decided on in Diving deeper.
    let values = live.select_in(&[Part::Contacts, Part::Options, Part::Decision], move |w| {
        w.networking
            .contacts
            .iter()
            .map(|c| {
                let option = c
                    .options
                    .iter()
                    .find_map(|o| w.deeper.option(*o))
                    .map(|o| o.title.trim().to_string())
                    .or_else(|| w.decision_title())
                    .unwrap_or_default();
                (
                    c.id,
                    c.first_name().to_string(),
                    c.organisation.trim().to_string(),
                    option,
                )
            })
            .collect::<Vec<_>>()
    });
    let filled = move || {
        let contact = chosen.get()?;
        let body = read().body;
        values.with(|values| {
            let (_, first_name, organisation, option) = values.iter().find(|v| v.0 == contact)?;
            Some(fill_placeholders(
                &body,
                &Fill {
                    first_name,
                    organisation,
                    option,
                },
            ))
        })
    };
    let said = RwSignal::new(None::<String>);
    let p = format!("draft-{id}");
    let (title_id, body_id, for_id, filled_id) = (
        format!("{p}-title"),
        format!("{p}-body"),
        format!("{p}-for"),
        format!("{p}-filled"),
    );
    let copy = {
        let filled_id = filled_id.clone();
        move |_| {
            let Some(text) = filled().map(|f| f.text) else {
                return;
            };
            copy_text(
                text,
                filled_id.clone(),
                "Copied. Paste it into your email or message app.",
                said,
            );
        }
    };
    view! {
        <div class="sub-item draft">
            <Fields>
                <Field id=title_id.clone() label="Draft">
                    <input type="text" id=title_id maxlength=MAX_DRAFT_TITLE_CHARS prop:value=move || read().title
                        on:change=move |ev| live.dispatch(NetworkingEdit::SetDraftText(id, DraftText::Title, event_target_value(&ev)))/>
                </Field>
                <Field id=body_id.clone() label="Message">
                    <textarea id=body_id rows="5" maxlength=MAX_DRAFT_CHARS prop:value=move || read().body
                        on:input=move |ev| live.dispatch(NetworkingEdit::SetDraftText(id, DraftText::Body, event_target_value(&ev)))></textarea>
                </Field>
                <div class="field">
                    <label for=for_id.clone()>"Fill in for"</label>
                    <select id=for_id on:change=move |ev| { said.set(None); chosen.set(event_target_value(&ev).parse().ok().map(Id)) }>
                        <option value="" selected=move || chosen.get().is_none()>"Choose a contact"</option>
                        <For each=move || contacts.get() key=|c| c.clone() let:contact>
                            <option value=contact.0.to_string() selected=move || chosen.get() == Some(contact.0)>{contact.1.clone()}</option>
                        </For>
                    </select>
                </div>
            </Fields>
            {move || filled().map(|filled| {
                let missing = (!filled.missing.is_empty()).then(|| {
                    let names: Vec<&str> = filled.missing.iter().map(|m| Placeholder::what(*m)).collect();
                    format!("Not known for this contact: {}. Those places are left as written for you to fill in.", names.join(", "))
                });
                let filled_id = filled_id.clone();
                view! {
                    <Fields>
                        <div class="field">
                            <label for=filled_id.clone()>"Ready to send"</label>
                            {missing.map(|m| view! { <p class="hint">{m}</p> })}
                            <textarea id=filled_id readonly rows="5" prop:value=filled.text></textarea>
                        </div>
                    </Fields>
                }
            })}
            <div class="actions">
                {move || chosen.get().is_some().then(|| view! {
                    <button type="button" id=format!("draft-{id}-copy") class="primary" on:click=copy.clone()>"Copy message"</button>
                })}
                <button type="button" class="quiet" aria-label=move || format!("Remove the draft “{}”", read().title)
                    on:click=move |_| undo.remove(networking::Target::Draft(id))>"Remove"</button>
            </div>
            <p class="hint" aria-live="polite" id=format!("draft-{id}-said")>{move || said.get()}</p>
        </div>
    }
}
