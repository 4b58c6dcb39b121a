//! A1, materials: each a card with its checklist (the kind's own to start from, the person's to
//! change) and its versions, each with a status, the option it is aimed at, a date and notes.

use leptos::prelude::*;

use crate::model::applying::materials::{
    check_item_refusal, material_refusal, version_refusal, MAX_CHECK_ITEM_CHARS, MAX_LABEL_CHARS,
    MAX_MATERIAL_TITLE_CHARS,
};
use crate::model::applying::{ApplyingEdit, MaterialKind, VersionStatus, VersionText};
use crate::model::base::Refusal;
use crate::model::{applying, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddForm, DateField, Fields, NameField, Undo};

use super::{Earlier, Today};

fn title_refusal(text: &str) -> Option<Refusal> {
    crate::model::base::refusal_to_rename(
        text,
        Refusal::Empty {
            ask: "A material keeps a name, for example “Résumé”.",
        },
    )
}

fn label_refusal(text: &str) -> Option<Refusal> {
    crate::model::base::refusal_to_rename(
        text,
        Refusal::Empty {
            ask: "A version keeps a name, for example “v2”.",
        },
    )
}

fn item_refusal(text: &str) -> Option<Refusal> {
    crate::model::base::refusal_to_rename(
        text,
        Refusal::Empty {
            ask: "Write what to check, or remove the item.",
        },
    )
}

#[component]
pub fn MaterialsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let ids = live.select_in(&[Part::Materials], |w| {
        w.applying
            .materials
            .iter()
            .map(|m| m.id)
            .collect::<Vec<_>>()
    });
    let kind = RwSignal::new(MaterialKind::Resume);
    let add = move |title: String| {
        if let Some(refused) = live.with(|w| material_refusal(&w.applying.materials, &title)) {
            return Some(refused.message());
        }
        let kind = kind.get_untracked();
        let checklist = kind
            .default_checklist()
            .iter()
            .map(|t| t.to_string())
            .collect();
        live.dispatch(ApplyingEdit::AddMaterial {
            kind,
            title,
            checklist,
            today,
        });
        None
    };
    view! {
        <section aria-labelledby="materials-heading" class="card">
            <h2 id="materials-heading">"Materials"</h2>
            <p class="hint">
                "Your résumé, letters and portfolio, in the versions you send. Naming versions by who they \
                 are for (“v2 teaching-focused”) lets you see later which one opened doors."
            </p>
            <AddForm id="new-material" label="Name of the material" button="Add material" max_chars=MAX_MATERIAL_TITLE_CHARS on_add=add>
                <div class="field">
                    <label for="new-material-kind">"Kind"</label>
                    <select id="new-material-kind" on:change=move |ev| {
                        if let Some(k) = MaterialKind::from_key(&event_target_value(&ev)) {
                            kind.set(k);
                        }
                    }>
                        {MaterialKind::ALL.into_iter().map(|k| view! { <option value=k.key() selected=move || kind.get() == k>{k.label()}</option> }).collect_view()}
                    </select>
                </div>
            </AddForm>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"No materials yet. Most searches start with a résumé; add yours and its checklist comes with it."</p>
            })}
            <div class="option-list">
                <For each=move || ids.get() key=|id| *id children=move |id: Id| view! { <MaterialCard id=id/> }/>
            </div>
        </section>
    }
}

#[component]
fn MaterialCard(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let today = expect_context::<Today>().0;
    let read = live.select_in(&[Part::Materials], move |w| {
        w.applying.material(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    let p = move |rest: &str| format!("material-{id}-{rest}");
    let add_item = move |text: String| {
        if let Some(refused) = live.with(|w| {
            w.applying
                .material(id)
                .and_then(|m| check_item_refusal(m, &text))
        }) {
            return Some(refused.message());
        }
        live.dispatch(ApplyingEdit::AddCheckItem { material: id, text });
        None
    };
    let add_version = move |label: String| {
        if let Some(refused) = live.with(|w| {
            w.applying
                .material(id)
                .and_then(|m| version_refusal(m, &label))
        }) {
            return Some(refused.message());
        }
        live.dispatch(ApplyingEdit::AddVersion {
            material: id,
            label,
            today,
        });
        None
    };
    let item_ids = move || read().checklist.iter().map(|c| c.id).collect::<Vec<_>>();
    let version_ids = move || read().versions.iter().map(|v| v.id).collect::<Vec<_>>();
    view! {
        <details class="option-card" id=format!("material-{id}")>
            <summary>
                <span class="option-title">{move || read().title}</span>
                <span class="muted">{move || format!(" ({})", read().kind.label())}</span>
                <span class="tag">{move || { let (done, all) = read().checked(); format!("{done} of {all} checked") }}</span>
            </summary>
            <div class="option-body">
                <Fields>
                    <NameField id=p("title") label="Name" max_chars=MAX_MATERIAL_TITLE_CHARS value=Signal::derive(move || read().title)
                        refusal=title_refusal on_change=Callback::new(move |t| live.dispatch(ApplyingEdit::SetMaterialTitle(id, t)))/>
                </Fields>
                <h3>"Before you send it"</h3>
                <ul class="checklist" id=p("checklist")>
                    <For each=item_ids key=|id| *id children=move |item: Id| {
                        let text = move || read().checklist.iter().find(|c| c.id == item).map(|c| (c.text.clone(), c.done)).unwrap_or_default();
                        view! {
                            <li class="check-item">
                                <Fields>
                                    <div class="choice">
                                        <input type="checkbox" id=format!("check-{item}-done") prop:checked=move || text().1
                                            on:change=move |ev| live.dispatch(ApplyingEdit::TickCheckItem(item, event_target_checked(&ev)))/>
                                        <label for=format!("check-{item}-done") class="visually-hidden">{move || format!("Done: {}", text().0)}</label>
                                    </div>
                                    <CheckItemText item=item text=Signal::derive(move || text().0)/>
                                </Fields>
                                <button type="button" class="quiet chip-remove" id=format!("check-{item}-remove")
                                    aria-label=move || format!("Remove “{}” from the checklist", text().0)
                                    on:click=move |_| undo.remove(applying::Target::CheckItem(item))>"×"</button>
                            </li>
                        }
                    }/>
                </ul>
                <AddForm id=p("new-item") label="Add something to check" button="Add to checklist" max_chars=MAX_CHECK_ITEM_CHARS on_add=add_item/>
                <h3>"Versions"</h3>
                <div class="versions">
                    <For each=version_ids key=|id| *id children=move |version: Id| view! { <VersionRow version=version/> }/>
                </div>
                <AddForm id=p("new-version") label="Name of a new version" button="Add version" max_chars=MAX_LABEL_CHARS on_add=add_version/>
                <div class="actions">
                    <button type="button" class="quiet" id=p("remove") on:click=move |_| undo.remove(applying::Target::Material(id))>
                        "Remove material"
                    </button>
                </div>
            </div>
        </details>
    }
}

/// A checklist item's words, in a box that grows with them (an item may run past one line); emptied,
/// it says why and keeps the old words until new ones are written.
#[component]
fn CheckItemText(item: Id, text: Signal<String>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let problem = RwSignal::new(None::<String>);
    let id = format!("check-{item}-text");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone() class="visually-hidden">"Checklist item"</label>
            <textarea id=id class="one-line" rows="1" maxlength=MAX_CHECK_ITEM_CHARS aria-describedby=error_id.clone()
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                prop:value=move || text.get()
                on:change=move |ev| {
                    let words = event_target_value(&ev);
                    match item_refusal(&words) {
                        Some(refused) => problem.set(Some(refused.message())),
                        None => {
                            problem.set(None);
                            live.dispatch(ApplyingEdit::SetCheckItem(item, words));
                        }
                    }
                }></textarea>
            <p class="field-error" id=error_id aria-live="polite">{move || problem.get()}</p>
        </div>
    }
}

#[component]
fn VersionRow(version: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let earlier = expect_context::<Earlier>();
    let today = expect_context::<Today>().0;
    let read = live.select_in(&[Part::Materials], move |w| {
        w.applying
            .version(version)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    });
    let read = move || read.get();
    let p = move |rest: &str| format!("version-{version}-{rest}");
    view! {
        <fieldset class="version" id=format!("version-{version}")>
            <legend>{move || read().label}</legend>
            <Fields>
                <div class="field-row">
                    <NameField id=p("label") label="Version name" max_chars=MAX_LABEL_CHARS value=Signal::derive(move || read().label)
                        refusal=label_refusal on_change=Callback::new(move |t| live.dispatch(ApplyingEdit::SetVersionText(version, VersionText::Label, t)))/>
                    <div class="field">
                        <label for=p("status")>"Status"</label>
                        <select id=p("status") on:change=move |ev| {
                            if let Some(status) = VersionStatus::from_key(&event_target_value(&ev)) {
                                live.dispatch(ApplyingEdit::SetVersionStatus { version, status, today });
                            }
                        }>
                            {VersionStatus::ALL.into_iter().map(|s| view! { <option value=s.key() selected=move || read().status == s>{s.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=p("option")>"Aimed at"</label>
                        <select id=p("option") on:change=move |ev| {
                            live.dispatch(ApplyingEdit::SetVersionOption(version, event_target_value(&ev).parse::<u32>().ok().map(Id)));
                        }>
                            <option value="" selected=move || read().option.is_none()>"Any option"</option>
                            {move || earlier.options.get().into_iter().map(|(o, name)| view! {
                                <option value=o.to_string() selected=move || read().option == Some(o)>{name}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <DateField id=p("updated") label="Last updated" value=Signal::derive(move || read().updated_on)
                        on_change=Callback::new(move |day| live.dispatch(ApplyingEdit::SetVersionUpdated(version, day)))/>
                </div>
                <div class="field">
                    <label for=p("notes")>"Notes"</label>
                    <textarea id=p("notes") class="one-line" rows="1" maxlength=VersionText::Notes.limit() prop:value=move || read().notes
                        on:input=move |ev| live.dispatch(ApplyingEdit::SetVersionText(version, VersionText::Notes, event_target_value(&ev)))></textarea>
                </div>
            </Fields>
            <button type="button" class="quiet" id=p("remove") aria-label=move || format!("Remove the version {}", read().label)
                on:click=move |_| undo.remove(applying::Target::Version(version))>"Remove version"</button>
        </fieldset>
    }
}
