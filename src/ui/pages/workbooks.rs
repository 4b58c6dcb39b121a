//! D5 on the Data page: the workbooks of this browser. Make one, open another, rename, export,
//! delete (to "recently deleted", with undo) and remove for good; each with the storage it takes.

use chrono::{TimeZone, Utc};
use leptos::prelude::*;

use crate::store::document::{export_text, read_document};
use crate::store::files::download_text;
use crate::store::local::LocalStore;
use crate::store::workbooks::{self, name_refusal, WorkbookEntry, MAX_NAME_CHARS};
use crate::store::LiveWorkbook;
use crate::ui::format::{moment, size_text};
use crate::ui::widgets::{ExportNudge, Fields};
use crate::ui::workbooks::OpenWorkbooks;

/// What the section said last, with a way back when it was a deletion.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Done(String),
    Deleted { namespace: String, name: String },
    Problem(String),
}

/// `waypoint-client-a-2026-12-04.json`: the workbook's name, in letters and digits, and the day.
fn file_name(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let day = chrono::Local::now().date_naive();
    if slug.is_empty() {
        format!("waypoint-{day}.json")
    } else {
        format!("waypoint-{slug}-{day}.json")
    }
}

/// Downloads a workbook that is not open here, as its saved form reads through the validator.
fn export_other(entry: &WorkbookEntry) -> Result<String, String> {
    let store = LocalStore::new(&entry.namespace);
    let text = store
        .saved_text()
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("“{}” has nothing saved yet.", entry.name))?;
    let workbook = read_document(&text)
        .map_err(|e| format!("“{}” cannot be read to export it: {e}", entry.name))?
        .workbook;
    let text = export_text(&workbook, Utc::now()).map_err(|e| e.to_string())?;
    let name = file_name(&entry.name);
    download_text(&name, &text, "application/json")
        .map_err(|_| "The browser would not start the download. Please try again.".to_string())?;
    let _ = store.record_export(chrono::Local::now().date_naive());
    Ok(format!("Exported “{}” as {name}.", entry.name))
}

#[component]
pub fn WorkbooksSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let nudge = expect_context::<ExportNudge>();
    let open = expect_context::<OpenWorkbooks>();
    let active = open.active.get_value();
    let said = RwSignal::new(None::<Said>);
    // The list, read when the page opens and after each change here (another tab's show on reload).
    let entries = RwSignal::new(workbooks::list(
        &LocalStore::default(),
        &LocalStore::all_keys(),
    ));
    let refresh = move || {
        let list = workbooks::list(&LocalStore::default(), &LocalStore::all_keys());
        open.update(&list);
        entries.set(list);
    };
    // Sizes are read when the list is drawn (the open workbook's grows as it is written in).
    let sizes = move |namespace: &str| size_text(LocalStore::new(namespace).usage());
    let keys = LocalStore::all_keys;
    let store = LocalStore::default;
    let result = move |outcome: Result<String, String>| {
        refresh();
        said.set(Some(match outcome {
            Ok(text) => Said::Done(text),
            Err(text) => Said::Problem(text),
        }));
    };

    let new_name = RwSignal::new(String::new());
    let new_problem = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked();
        match workbooks::create(&store(), &keys(), &name, chrono::Local::now().date_naive()) {
            Ok(namespace) => {
                if let Err(error) = open.open(live, &namespace) {
                    result(Err(error));
                }
            }
            Err(error) => new_problem.set(Some(error.to_string())),
        }
    };

    let row = move |entry: WorkbookEntry| {
        let is_active = entry.namespace == active;
        let renaming = RwSignal::new(None::<String>);
        let rename_problem = RwSignal::new(None::<String>);
        let ns = StoredValue::new(entry.namespace.clone());
        let id = move |what: &str| format!("workbook-{}-{what}", ns.get_value());
        let (ns_rename, ns_delete) = (entry.namespace.clone(), entry.namespace.clone());
        let entry_export = entry.clone();
        let name = StoredValue::new(entry.name.clone());
        let save_rename = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let Some(text) = renaming.get_untracked() else {
                return;
            };
            match workbooks::rename(&store(), &keys(), &ns_rename, &text) {
                Ok(()) => {
                    renaming.set(None);
                    rename_problem.set(None);
                    result(Ok(format!("Renamed “{}”.", workbooks::tidy_name(&text))));
                }
                Err(error) => rename_problem.set(Some(error.to_string())),
            }
        };
        let export = move |_| {
            let outcome = if is_active {
                Ok(nudge.export())
            } else {
                export_other(&entry_export)
            };
            result(outcome);
        };
        let delete = {
            let name = entry.name.clone();
            move |_| match workbooks::delete(
                &store(),
                &keys(),
                &ns_delete,
                &active_ns(open),
                Utc::now().timestamp_millis(),
            ) {
                Ok(()) => {
                    refresh();
                    said.set(Some(Said::Deleted {
                        namespace: ns_delete.clone(),
                        name: name.clone(),
                    }));
                }
                Err(error) => result(Err(error.to_string())),
            }
        };
        view! {
            <li id=id("row")>
                <p class="workbook-line">
                    <strong>{name.get_value()}</strong>
                    {is_active.then(|| view! { <span class="tag">"Open here"</span> })}
                    <span class="hint">{sizes(&entry.namespace)}</span>
                </p>
                {move || match renaming.get() {
                    Some(_) => view! {
                        <form class="add-row" on:submit=save_rename.clone()>
                            <Fields><div class="field">
                                <label for=id("name")>{format!("New name for “{}”", name.get_value())}</label>
                                <input type="text" id=id("name") maxlength=MAX_NAME_CHARS.to_string()
                                    prop:value=move || renaming.get().unwrap_or_default()
                                    aria-invalid=move || rename_problem.with(Option::is_some).then_some("true")
                                    aria-describedby=id("name-error")
                                    on:input=move |ev| { renaming.set(Some(event_target_value(&ev))); rename_problem.set(None); }/>
                                <p class="field-error" id=id("name-error") role="alert">{move || rename_problem.get()}</p>
                            </div></Fields>
                            <button type="submit" id=id("save")>"Save the name"</button>
                            <button type="button" on:click=move |_| { renaming.set(None); rename_problem.set(None); }>"Cancel"</button>
                        </form>
                    }.into_any(),
                    None => {
                        view! {
                            <div class="actions">
                                {(!is_active).then(|| {
                                    view! { <button type="button" class="primary" id=id("open") on:click=move |_| {
                                        if let Err(error) = open.open(live, &ns.get_value()) { result(Err(error)); }
                                    }>"Open"</button> }
                                })}
                                <button type="button" id=id("rename") on:click=move |_| renaming.set(Some(name.get_value()))>"Rename"</button>
                                <button type="button" id=id("export") on:click=export.clone()>"Export"</button>
                                {(!is_active).then(|| view! { <button type="button" id=id("delete") on:click=delete.clone()>"Delete"</button> })}
                            </div>
                        }.into_any()
                    }
                }}
            </li>
        }
    };

    let deleted_row = move |entry: WorkbookEntry| {
        let confirming = RwSignal::new(false);
        let ns = StoredValue::new(entry.namespace.clone());
        let id = move |what: &str| format!("workbook-{}-{what}", ns.get_value());
        let when = entry
            .deleted_at_ms
            .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
            .map(moment)
            .unwrap_or_default();
        let (ns_restore, ns_remove) = (entry.namespace.clone(), entry.namespace.clone());
        let name = entry.name.clone();
        let restore = move |_| {
            let outcome = workbooks::restore(&store(), &keys(), &ns_restore)
                .map(|()| "It is back in the list.".to_string());
            result(outcome.map_err(|e| e.to_string()));
        };
        let remove = {
            let name = name.clone();
            move |_| {
                let outcome = workbooks::remove_for_good(&store(), &keys(), &ns_remove)
                    .map(|()| format!("“{name}” was removed from this browser."));
                result(outcome.map_err(|e| e.to_string()));
            }
        };
        view! {
            <li id=id("row")>
                <p class="workbook-line">
                    <strong>{name.clone()}</strong>
                    <span class="hint">{format!("Deleted {when}. {}", sizes(&entry.namespace))}</span>
                </p>
                {move || match confirming.get() {
                    false => view! {
                        <div class="actions">
                            <button type="button" id=id("restore") on:click=restore.clone()>"Restore"</button>
                            <button type="button" id=id("remove") on:click=move |_| confirming.set(true)>"Remove for good…"</button>
                        </div>
                    }.into_any(),
                    true => view! {
                        <div class="confirm" role="group" aria-label="Remove for good">
                            <p>{format!("Remove “{}” and everything in it, its backups too, from this browser? This cannot be undone: export it first if you may want it again.", name)}</p>
                            <div class="actions">
                                <button type="button" class="danger" id=id("remove-confirm") on:click=remove.clone()>"Remove for good"</button>
                                <button type="button" id=id("remove-cancel") on:click=move |_| confirming.set(false)>"Keep it"</button>
                            </div>
                        </div>
                    }.into_any(),
                }}
            </li>
        }
    };

    let message = move || {
        said.get().map(|said| match said {
            Said::Done(text) => view! { <p class="result" role="status" id="workbooks-said">{text}</p> }.into_any(),
            Said::Problem(text) => view! { <p class="result result-error" role="alert" id="workbooks-said">{text}</p> }.into_any(),
            Said::Deleted { namespace, name } => view! {
                <p class="result" role="status" id="workbooks-said">
                    {format!("“{name}” is deleted: it waits under “Recently deleted”, whole, until you remove it for good. ")}
                    <button type="button" id="workbooks-undo" on:click=move |_| {
                        let outcome = workbooks::restore(&store(), &keys(), &namespace).map(|()| format!("“{name}” is back."));
                        result(outcome.map_err(|e| e.to_string()));
                    }>"Undo"</button>
                </p>
            }
            .into_any(),
        })
    };

    let total = move || {
        entries.track();
        let bytes: usize = entries.with_untracked(|entries| {
            entries
                .iter()
                .map(|e| LocalStore::new(&e.namespace).usage())
                .sum()
        });
        format!(
            "Together they take {} of the roughly 5 MB this browser gives Waypoint.",
            size_text(bytes)
        )
    };

    view! {
        <section aria-labelledby="workbooks" class="card" id="workbooks-section">
            <h2 id="workbooks">"Workbooks in this browser"</h2>
            <p class="hint">
                "Each workbook is kept apart, with its own backups: a coach can keep one for each client. "
                {total}
            </p>
            {message}
            <ul class="workbook-list" id="workbook-list">
                {move || entries.get().into_iter().filter(WorkbookEntry::is_open).map(&row).collect_view()}
            </ul>
            <form class="add-row" id="new-workbook-form" on:submit=create>
                <Fields><div class="field">
                    <label for="new-workbook">"A new workbook's name"</label>
                    <input type="text" id="new-workbook" maxlength=MAX_NAME_CHARS.to_string()
                        prop:value=move || new_name.get()
                        aria-invalid=move || new_problem.with(Option::is_some).then_some("true")
                        aria-describedby="new-workbook-hint new-workbook-error"
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            // Said as it is typed only once a name is already taken; "empty" waits for the press.
                            let taken = entries.with_untracked(|entries| name_refusal(entries, &text, None))
                                .filter(|r| *r == workbooks::NameRefusal::Taken);
                            new_problem.set(taken.map(|r| r.to_string()));
                            new_name.set(text);
                        }/>
                    <p class="hint" id="new-workbook-hint">"It starts empty and opens at once; this one stays as it is."</p>
                    <p class="field-error" id="new-workbook-error" role="alert">{move || new_problem.get()}</p>
                </div></Fields>
                <button type="submit" id="new-workbook-create">"Make and open it"</button>
            </form>
            {move || {
                let deleted: Vec<WorkbookEntry> = entries.get().into_iter().filter(|e| !e.is_open()).collect();
                (!deleted.is_empty()).then(|| view! {
                    <h3 id="recently-deleted">"Recently deleted"</h3>
                    <ul class="workbook-list" aria-labelledby="recently-deleted">{deleted.into_iter().map(&deleted_row).collect_view()}</ul>
                })
            }}
        </section>
    }
}

fn active_ns(open: OpenWorkbooks) -> String {
    open.active.get_value()
}
