//! D2 on the Data page: export, import with preview and confirmation, the backups (restore or download
//! any), starting again, and any unreadable text kept aside at start-up.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::model::Workbook;
use crate::model::WorkbookSummary;
use crate::store::backups::{Backup, BackupMade, BackupReason};
use crate::store::document::read_document_bytes;
use crate::store::files::{download_text, read_bytes};
use crate::store::{IncomingDocument, LiveWorkbook};
use crate::ui::dom::focus_first;
use crate::ui::format::{count, long_date, moment, short_date, size_text};
use crate::ui::route::Route;
use crate::ui::widgets::{described_by, ExportNudge, Field, Fields};

#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Reading {
        file_name: String,
    },
    Refused {
        file_name: String,
        message: String,
    },
    Ready {
        file_name: String,
        document: IncomingDocument,
    },
    /// `newest`: the newest backup when it was said; a later backup (a restore, starting again)
    /// makes the message old news, and it goes.
    Done {
        message: String,
        newest: Option<String>,
    },
}

fn describe(summary: &WorkbookSummary) -> Vec<String> {
    let mut lines = Vec::new();
    lines.push(match &summary.name {
        Some(name) => format!("Name: {name}"),
        None => "No name given".into(),
    });
    let start = summary
        .started_on
        .map(|d| format!(", starting {}", short_date(d)))
        .unwrap_or_default();
    lines.push(format!(
        "A {}-week program{start}, checking in {}",
        summary.program_weeks,
        summary.check_in_rhythm.label().to_lowercase()
    ));
    lines.push(format!(
        "Vision: {} of 4 questions answered",
        summary.vision_answers
    ));
    let (sorted, cards) = summary.values_sorted;
    let top = match summary.top_values.as_slice() {
        [] => String::new(),
        names => format!("; top values: {}", names.join(", ")),
    };
    lines.push(format!("Values: {sorted} of {cards} cards sorted{top}"));
    lines.push(format!(
        "{} and {}",
        count(summary.goals, "coaching goal", "coaching goals"),
        count(summary.buts, "parked “but”", "parked “buts”"),
    ));
    let archived = match summary.archived_options {
        0 => String::new(),
        n => format!(" (and {n} archived)"),
    };
    lines.push(format!(
        "Diving deeper: {}{archived}, {} and {}",
        count(summary.active_options, "career option", "career options"),
        count(summary.criteria, "criterion", "criteria"),
        count(summary.scores, "score", "scores"),
    ));
    if let Some(decision) = &summary.decision {
        lines.push(format!("Decision: {decision}"));
    }
    lines.push(count(summary.skill_gaps, "skill gap", "skill gaps"));
    lines.push(format!(
        "Networking: {}, {} and {}",
        count(summary.contacts, "contact", "contacts"),
        count(summary.conversations, "conversation", "conversations"),
        count(summary.networking_goals, "goal", "goals"),
    ));
    let (questions, stories, practice) = summary.interview;
    lines.push(format!(
        "Applying: {}, {}, {}, {}, {} and {}",
        count(summary.applications, "application", "applications"),
        count(summary.materials, "material", "materials"),
        count(stories, "story", "stories"),
        count(practice, "answer practised", "answers practised"),
        count(questions, "question of your own", "questions of your own"),
        count(summary.setbacks, "setback", "setbacks"),
    ));
    lines.push(format!(
        "Closing: {} and {} of {} leaving-well items done",
        count(summary.offers, "offer", "offers"),
        summary.leaving.0,
        summary.leaving.1,
    ));
    lines.push(format!(
        "Plan: {}, {} and {}",
        count(summary.plan_steps, "step", "steps"),
        count(summary.if_thens, "if–then plan", "if–then plans"),
        count(summary.check_ins, "check-in", "check-ins"),
    ));
    match &summary.coached_by {
        Some((coach, answers)) => lines.push(format!(
            "Coaching: a program from {}, {}{}",
            if coach.is_empty() {
                "your coach"
            } else {
                coach
            },
            count(*answers, "answer", "answers"),
            if summary.program_written {
                ", and a program of your own"
            } else {
                ""
            }
        )),
        None if summary.program_written => lines.push("Coaching: a program of your own".into()),
        None => {}
    }
    lines
}

#[component]
pub fn DataPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    // The list as storage holds it, read again after each section's replacing of the workbook.
    let backups = RwSignal::new(live.store().backups());
    view! {
        <article class="page">
            <h1 tabindex="-1">"Your data"</h1>
            <p class="purpose">
                "Your workbook lives only in this browser, on this device. Export it to a file to keep a \
                 backup or to carry on somewhere else; import a file to pick up where you left off. The \
                 file is yours: Waypoint never sends it anywhere."
            </p>
            <ExportSection/>
            <super::workbooks::WorkbooksSection/>
            <KeepingSection/>
            <ImportSection backups=backups/>
            <BackupsSection backups=backups/>
            <StartAgainSection backups=backups/>
            <KeptAsideSection/>
        </article>
    }
}

#[component]
fn ExportSection() -> impl IntoView {
    let nudge = expect_context::<ExportNudge>();
    let message = RwSignal::new(None::<String>);
    let export = move |_| message.set(Some(nudge.export()));
    view! {
        <section aria-labelledby="export" class="card">
            <h2 id="export">"Export"</h2>
            <p>"Download the whole workbook as a JSON file, named with today's date."</p>
            <button type="button" class="primary" id="export-button" on:click=export>
                "Export workbook"
            </button>
            <p class="result" role="status">{move || message.get()}</p>
            <h3>"On paper"</h3>
            <p>
                "A clean summary of everything you wrote, to print or save as a PDF: "
                <a href=Route::Data.print_href() id="print-workbook">"print the whole workbook"</a>
                ". Each stage's page has a link to print that stage alone."
            </p>
        </section>
    }
}

/// What a replacing of the workbook did with the one it replaced.
fn kept_text(made: &Option<BackupMade>) -> String {
    match made {
        None => "Nothing had been saved here before, so there was nothing to back up.".into(),
        Some(made) => {
            let mut text = "The workbook you had is kept as the newest backup, under “Backups in this browser”.".to_string();
            if made.dropped_for_room > 0 {
                text.push_str(&format!(
                    " To make room for it, {} removed.",
                    count(
                        made.dropped_for_room,
                        "older backup was",
                        "older backups were"
                    )
                ));
            }
            text
        }
    }
}

#[component]
fn ImportSection(backups: RwSignal<Vec<Backup>>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let state = RwSignal::new(ImportState::Idle);

    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Let the same file be chosen again after a refusal.
        input.set_value("");
        let file_name = file.name();
        state.set(ImportState::Reading {
            file_name: file_name.clone(),
        });
        spawn_local(async move {
            let outcome = match read_bytes(&file).await {
                Err(error) => Err(error.to_string()),
                Ok(bytes) => read_document_bytes(&bytes).map_err(|error| error.to_string()),
            };
            let ready = outcome.is_ok();
            state.set(match outcome {
                Ok(document) => ImportState::Ready {
                    file_name,
                    document,
                },
                Err(message) => ImportState::Refused { file_name, message },
            });
            if ready {
                // The safe choice takes the focus, so Enter keeps the current workbook.
                request_animation_frame(|| focus_first("#import-cancel"));
            }
        });
    };

    // After a button that removes itself, focus goes to what happened, not to the page's start.
    let focus_result = || request_animation_frame(|| focus_first("#import-done, #import-error"));

    let confirm = move |_| {
        let ImportState::Ready {
            file_name,
            document,
        } = state.get_untracked()
        else {
            return;
        };
        state.set(
            match live.replace(document.workbook, BackupReason::Import) {
                Ok(made) => {
                    backups.set(live.store().backups());
                    ImportState::Done {
                        message: format!("Imported {file_name}. {}", kept_text(&made)),
                        newest: newest_key(backups),
                    }
                }
                Err(error) => ImportState::Refused {
                    file_name,
                    message: format!("Nothing was replaced. {error}"),
                },
            },
        );
        focus_result();
    };
    let cancel = move |_| {
        state.set(ImportState::Done {
            message: "Import cancelled. Nothing was changed.".into(),
            newest: newest_key(backups),
        });
        focus_result();
    };

    let view_state = move || match state.get() {
        ImportState::Idle => ().into_any(),
        ImportState::Reading { file_name } => {
            view! { <p class="result" role="status">{format!("Reading {file_name}…")}</p> }
                .into_any()
        }
        ImportState::Refused { file_name, message } => view! {
            <div class="result result-error" role="alert" id="import-error" tabindex="-1">
                <p><strong>{format!("Could not import {file_name}.")}</strong></p>
                <p>{message}</p>
                <p>"Your current workbook is unchanged."</p>
            </div>
        }
        .into_any(),
        ImportState::Ready {
            file_name,
            document,
        } => {
            let exported = document
                .exported_at
                .map(|at| format!("Exported on {}.", long_date(at.date_naive())))
                .unwrap_or_default();
            let migrated = document
                .migrated_from
                .map(|v| format!(" It was made by an older version of Waypoint (version {v}) and will be brought up to date."))
                .unwrap_or_default();
            view! {
                <div class="preview" role="region" aria-labelledby="preview-title" id="import-preview">
                    <h3 id="preview-title">{format!("{file_name} is a Waypoint workbook")}</h3>
                    <p>{exported}{migrated}</p>
                    <ul>
                        {describe(&document.workbook.summary())
                            .into_iter()
                            .map(|line| view! { <li>{line}</li> })
                            .collect_view()}
                    </ul>
                    <p>
                        "Importing replaces the workbook in this browser with this file. The current one is \
                         kept as a backup, and you can restore it."
                    </p>
                    <div class="actions">
                        <button type="button" id="import-cancel" on:click=cancel>
                            "Keep my current workbook"
                        </button>
                        <button type="button" class="primary" id="import-confirm" on:click=confirm>
                            "Replace with this file"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
        ImportState::Done { newest, .. }
            if backups.with(|list| list.first().map(|b| &b.key) != newest.as_ref()) =>
        {
            ().into_any()
        }
        ImportState::Done { message, .. } => {
            view! { <p class="result" role="status" id="import-done" tabindex="-1">{message}</p> }
                .into_any()
        }
    };

    view! {
        <section aria-labelledby="import" class="card">
            <h2 id="import">"Import"</h2>
            <Fields><Field
                id="import-file"
                label="Choose a Waypoint file (.json)"
                hint="Nothing changes until you have seen what the file holds and confirmed."
            >
                <input
                    id="import-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby=described_by("import-file", true, false)
                    on:change=on_file
                />
            </Field></Fields>
            {view_state}
        </section>
    }
}

/// What a section did, said while the backups list is as that left it (another section's replacing
/// of the workbook makes it old news).
#[derive(Clone, Debug, PartialEq)]
struct Outcome {
    newest: Option<String>,
    said: Result<String, String>,
}

fn newest_key(backups: RwSignal<Vec<Backup>>) -> Option<String> {
    backups.with_untracked(|list| list.first().map(|b| b.key.clone()))
}

fn current(
    outcome: RwSignal<Option<Outcome>>,
    backups: RwSignal<Vec<Backup>>,
) -> Option<Result<String, String>> {
    let newest = backups.with(|list| list.first().map(|b| b.key.clone()));
    outcome.get().filter(|o| o.newest == newest).map(|o| o.said)
}

/// The last ten backups, each to restore (after a backup of the workbook it replaces) or download.
#[component]
fn BackupsSection(backups: RwSignal<Vec<Backup>>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let result = RwSignal::new(None::<Outcome>);
    let say = move |said| {
        result.set(Some(Outcome {
            newest: newest_key(backups),
            said,
        }))
    };
    let restore = move |backup: Backup| {
        let when = moment(backup.at());
        let outcome = live
            .store()
            .read_backup(&backup)
            .map_err(|error| error.to_string())
            .and_then(|document| {
                live.replace(document.workbook, BackupReason::Restore)
                    .map_err(|error| format!("Nothing was replaced. {error}"))
            });
        backups.set(live.store().backups());
        say(outcome.map(|made| format!("Restored the backup from {when}. {}", kept_text(&made))));
        request_animation_frame(|| focus_first("#backup-result"));
    };
    let download = move |backup: Backup| {
        let name = format!(
            "waypoint-backup-{}.json",
            moment(backup.at())
                .replace(" at ", "-")
                .replace([' ', ':'], "-")
        );
        let outcome = match live.store().backup_text(&backup) {
            Ok(text) => download_text(&name, &text, "application/json")
                .map(|()| {
                    format!(
                        "Downloaded the backup from {} as {name}.",
                        moment(backup.at())
                    )
                })
                .map_err(|_| {
                    "The browser would not start the download. Please try again.".to_string()
                }),
            Err(error) => Err(error.to_string()),
        };
        say(outcome);
    };
    view! {
        <section aria-labelledby="backups" class="card">
            <h2 id="backups">"Backups in this browser"</h2>
            <p>
                "Before an import, a restore, starting again or an update of Waypoint, the workbook you had is \
                 kept here: the last ten. They live in this browser, like the workbook, and share its room; an \
                 exported file is still the copy to rely on."
            </p>
            {move || {
                let list = backups.get();
                if list.is_empty() {
                    return view! {
                        <p class="empty-state" id="no-backups">
                            "No backups yet. The first is made when something replaces your workbook."
                        </p>
                    }
                    .into_any();
                }
                view! {
                    <ol class="backups">
                        {list
                            .into_iter()
                            .enumerate()
                            .map(|(index, backup)| {
                                let when = moment(backup.at());
                                let (for_restore, for_download) = (backup.clone(), backup.clone());
                                view! {
                                    <li id=format!("backup-{index}")>
                                        <p>
                                            <strong>{backup.reason.label()}</strong>
                                            {format!(" · {when} · {}", size_text(backup.bytes))}
                                        </p>
                                        <p class="hint">{backup.summary.clone()}</p>
                                        <div class="actions">
                                            <button
                                                type="button"
                                                class="restore"
                                                aria-label=format!("Restore the backup from {when}")
                                                on:click=move |_| restore(for_restore.clone())
                                            >
                                                "Restore"
                                            </button>
                                            <button
                                                type="button"
                                                class="download"
                                                aria-label=format!("Download the backup from {when}")
                                                on:click=move |_| download(for_download.clone())
                                            >
                                                "Download"
                                            </button>
                                        </div>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
            {move || current(result, backups).map(|outcome| match outcome {
                Ok(message) => view! { <p class="result" role="status" id="backup-result" tabindex="-1">{message}</p> }.into_any(),
                Err(message) => view! {
                    <div class="result result-error" role="alert" id="backup-result" tabindex="-1">
                        <p>{message}</p>
                        <p>"Your current workbook is unchanged."</p>
                    </div>
                }
                .into_any(),
            })}
        </section>
    }
}

/// A new, empty workbook, after the one on screen is kept as a backup; asked twice, the safe answer first.
#[component]
fn StartAgainSection(backups: RwSignal<Vec<Backup>>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let asking = RwSignal::new(false);
    let result = RwSignal::new(None::<Outcome>);
    let say = move |said| {
        result.set(Some(Outcome {
            newest: newest_key(backups),
            said,
        }))
    };
    let ask = move |_| {
        asking.set(true);
        result.set(None);
        request_animation_frame(|| focus_first("#start-again-keep"));
    };
    let keep = move |_| {
        asking.set(false);
        say(Ok("Nothing was changed.".into()));
        request_animation_frame(|| focus_first("#start-again-result"));
    };
    let confirm = move |_| {
        let today = chrono::Local::now().date_naive();
        let outcome = live
            .replace(Workbook::new_started(today), BackupReason::StartAgain)
            .map(|made| format!("You have a new, empty workbook. {}", kept_text(&made)))
            .map_err(|error| format!("Nothing was replaced. {error}"));
        backups.set(live.store().backups());
        asking.set(false);
        say(outcome);
        request_animation_frame(|| focus_first("#start-again-result"));
    };
    view! {
        <section aria-labelledby="start-again" class="card">
            <h2 id="start-again">"Start again"</h2>
            <p>
                "Begin a new, empty workbook in this browser, for a new program or for someone else. The one \
                 you have now is kept as a backup, and you can restore it."
            </p>
            {move || if asking.get() {
                view! {
                    <div class="preview" role="group" aria-labelledby="start-again-question">
                        <p id="start-again-question">
                            <strong>"Replace everything on screen with an empty workbook?"</strong>
                        </p>
                        <div class="actions">
                            <button type="button" id="start-again-keep" on:click=keep>"Keep my workbook"</button>
                            <button type="button" class="primary" id="start-again-confirm" on:click=confirm>
                                "Start again with an empty workbook"
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            } else {
                view! { <button type="button" id="start-again-button" on:click=ask>"Start again…"</button> }.into_any()
            }}
            {move || current(result, backups).map(|outcome| match outcome {
                Ok(message) => view! { <p class="result" role="status" id="start-again-result" tabindex="-1">{message}</p> }.into_any(),
                Err(message) => view! {
                    <div class="result result-error" role="alert" id="start-again-result" tabindex="-1">
                        <p>{message}</p>
                    </div>
                }
                .into_any(),
            })}
        </section>
    }
}

/// One piece of kept-aside text as the Data page lists it.
#[derive(Clone, Debug, PartialEq)]
struct KeptAside {
    key: String,
    stamp: String,
    /// Set once deleted: the text, held so the deletion can be undone while the page is open.
    deleted: Option<String>,
}

/// Text that start-up could not read is kept under its own key; offer it back as a file, and let the
/// person delete it (with undo) once they no longer need it.
/// What the browser says of `navigator.storage`: whether it has agreed to keep this site's
/// storage, asked of it once (`persist`) and only looked up after that (`persisted`). `None` where
/// the browser has no such thing or would not say.
async fn storage_kept(ask: bool) -> Option<bool> {
    let navigator = window().navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()?
        .dyn_into::<web_sys::StorageManager>()
        .ok()?;
    let promise = if ask {
        manager.persist()
    } else {
        manager.persisted()
    }
    .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// The browser's own estimate of what this site stores and may store (`navigator.storage.estimate`),
/// in bytes; `None` where it has no such thing or would not say.
async fn storage_estimate() -> Option<(f64, f64)> {
    let navigator = window().navigator();
    let manager = js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()?
        .dyn_into::<web_sys::StorageManager>()
        .ok()?;
    let estimate = wasm_bindgen_futures::JsFuture::from(manager.estimate().ok()?)
        .await
        .ok()?;
    let field = |name: &str| js_sys::Reflect::get(&estimate, &name.into()).ok()?.as_f64();
    Some((field("usage")?, field("quota")?))
}

/// D1's safety: whether the browser may clear the workbook, how much of its storage Waypoint takes,
/// and the day of the last export.
#[component]
fn KeepingSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let store = live.store();
    let kept = RwSignal::new(None::<Option<bool>>);
    let ask = !store.persistence_asked();
    if ask {
        let _ = store.record_persistence_asked(chrono::Local::now().date_naive());
    }
    spawn_local(async move { kept.set(Some(storage_kept(ask).await)) });
    let estimate = RwSignal::new(None::<(f64, f64)>);
    spawn_local(async move { estimate.set(storage_estimate().await) });
    // Measured as the page opens; the figure is rounded, so a few words typed since change nothing.
    let used = store.usage();
    let last_export = store.last_export();
    view! {
        <section aria-labelledby="keeping" class="card">
            <h2 id="keeping">"Keeping it safe"</h2>
            <p id="storage-kept">{move || match kept.get() {
                None => "Asking this browser whether it will keep your workbook…",
                Some(Some(true)) => "This browser has agreed to keep Waypoint's storage: it will not clear it to make room.",
                Some(Some(false)) => "This browser keeps your workbook, but may clear it when the device runs short of space \
                     or after a long time unused (Safari does after seven days without a visit). An exported file \
                     is the copy nothing can clear.",
                Some(None) => "This browser does not say whether it will keep your workbook. An exported file is the \
                     copy nothing can clear.",
            }}</p>
            <p id="storage-used">{format!(
                "Your workbook and what Waypoint keeps beside it take {} of the about 5 MB this browser gives a site.",
                size_text(used)
            )}</p>
            {move || estimate.get().map(|(usage, quota)| view! {
                <p id="storage-estimate" class="hint">{format!(
                    "The browser's own estimate for this site: {} in use, of up to {}. Browsers count the \
                     storage Waypoint uses (localStorage) apart from this, or not at all, so the figure above \
                     is Waypoint's own measure.",
                    size_text(usage as usize),
                    size_text(quota as usize),
                )}</p>
            })}
            <p id="last-export">{match last_export {
                Some(day) => format!("Last exported from this browser on {}.", long_date(day)),
                None => "Not exported from this browser yet.".to_string(),
            }}</p>
        </section>
    }
}

#[component]
fn KeptAsideSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let store = StoredValue::new(live.store());
    let items = RwSignal::new(
        store
            .get_value()
            .kept_aside_keys()
            .into_iter()
            .map(|key| {
                let stamp = store
                    .get_value()
                    .kept_aside_stamp(&key)
                    .unwrap_or_default()
                    .to_string();
                KeptAside {
                    key,
                    stamp,
                    deleted: None,
                }
            })
            .collect::<Vec<_>>(),
    );
    let problem = RwSignal::new(None::<String>);

    let download = move |index: usize| {
        let Some(item) = items.with_untracked(|items| items.get(index).cloned()) else {
            return;
        };
        if let Ok(Some(text)) = store.get_value().read_raw(&item.key) {
            let _ = download_text(
                &format!("waypoint-unreadable-{}.json", index + 1),
                &text,
                "application/json",
            );
        }
    };
    let delete = move |index: usize| {
        let Some(item) = items.with_untracked(|items| items.get(index).cloned()) else {
            return;
        };
        let local = store.get_value();
        // Only what could be read back can be undone, so nothing is deleted unread.
        let text = match local.read_raw(&item.key) {
            Ok(Some(text)) => text,
            Ok(None) => return,
            Err(error) => {
                problem.set(Some(error.to_string()));
                return;
            }
        };
        match local.remove(&item.key) {
            Ok(()) => items.update(|items| {
                if let Some(item) = items.get_mut(index) {
                    item.deleted = Some(text);
                }
            }),
            Err(error) => problem.set(Some(error.to_string())),
        }
        request_animation_frame(move || focus_first(&format!("#kept-aside-{index} button")));
    };
    let undo = move |index: usize| {
        let Some(item) = items.with_untracked(|items| items.get(index).cloned()) else {
            return;
        };
        let Some(text) = item.deleted else { return };
        match store.get_value().restore_kept_aside(&item.key, &text) {
            Ok(()) => items.update(|items| {
                if let Some(item) = items.get_mut(index) {
                    item.deleted = None;
                }
            }),
            Err(error) => problem.set(Some(error.to_string())),
        }
        request_animation_frame(move || focus_first(&format!("#kept-aside-{index} button")));
    };

    move || {
        (!items.with(Vec::is_empty)).then(|| {
            view! {
                <section aria-labelledby="kept-aside" class="card">
                    <h2 id="kept-aside">"Saved text Waypoint could not read"</h2>
                    <p>
                        "When Waypoint found saved text it could not read, it kept it here untouched instead \
                         of overwriting it. Download it to look at it, or to ask for help recovering it."
                    </p>
                    <ul class="kept-aside">
                        {move || {
                            items
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(index, item)| {
                                    let when = item.stamp.replace('T', " at ").replace('Z', " UTC");
                                    let download_label = format!("Download the text kept aside {when}");
                                    let delete_label = format!("Delete the text kept aside {when}");
                                    view! {
                                        <li id=format!("kept-aside-{index}")>
                                            {match item.deleted {
                                                None => view! {
                                                    <span>{format!("Kept aside {when}")}</span>
                                                    " "
                                                    <button type="button" aria-label=download_label on:click=move |_| download(index)>
                                                        "Download"
                                                    </button>
                                                    " "
                                                    <button type="button" aria-label=delete_label on:click=move |_| delete(index)>
                                                        "Delete"
                                                    </button>
                                                }
                                                .into_any(),
                                                Some(_) => view! {
                                                    <span role="status">{format!("Deleted the text kept aside {when}.")}</span>
                                                    " "
                                                    <button type="button" on:click=move |_| undo(index)>
                                                        "Undo"
                                                    </button>
                                                }
                                                .into_any(),
                                            }}
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    <p class="field-error" role="alert">{move || problem.get()}</p>
                </section>
            }
        })
    }
}
