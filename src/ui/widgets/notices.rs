use leptos::prelude::*;

use crate::store::backups::{Backup, BackupReason};
use crate::store::document::{export_file_name, export_text};
use crate::store::files::download_text;
use crate::store::safety::{export_reminder, ExportReminder};
use crate::store::{LiveWorkbook, SaveStatus, StartupNotice};
use crate::ui::format::moment;
use crate::ui::route::Route;

fn notice_text(notice: &StartupNotice) -> String {
    match notice {
        StartupNotice::KeptAside { error, backup, .. } => format!(
            "Waypoint could not read the workbook saved in this browser, so you are starting with a fresh \
             one. Nothing was deleted: the saved text is kept aside, and you can download it from the \
             Data page.{} (What went wrong: {error})",
            match backup {
                Some(backup) => format!(" The newest backup that reads whole is from {}: {}.", moment(backup.at()), backup.summary),
                None => String::new(),
            }
        ),
        StartupNotice::CouldNotKeepAside { error, save_error } => format!(
            "Waypoint could not read the workbook saved in this browser, nor keep a copy of it aside \
             ({save_error}). So that the saved text is not overwritten, saving is switched off for this \
             visit. (What went wrong: {error})"
        ),
        StartupNotice::Migrated { from } => format!(
            "Your workbook was saved by an older version of Waypoint (version {from}) and has been \
             brought up to date. Nothing you wrote was lost, and the copy from before is kept as a backup \
             on the Data page."
        ),
        StartupNotice::UpdatedFromAnotherTab => {
            "Waypoint is open in another tab too; this page now shows the changes saved there.".into()
        }
        StartupNotice::OtherTabKept => "Waypoint is open in another tab too, and both changed this workbook at \
             the same moment. This tab's changes are saved; the other tab's version is kept as a backup on the \
             Data page, to look at, restore or download."
            .into(),
        StartupNotice::BackupsDropped { count } => format!(
            "This browser's storage was short of room, so Waypoint removed {} to keep your work.",
            if *count == 1 { "the oldest backup".to_string() } else { format!("the {count} oldest backups") }
        ),
    }
}

/// What start-up or another tab did, each with a dismiss button.
#[component]
pub fn NoticeList() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    move || {
        live.notices()
            .into_iter()
            .enumerate()
            .map(|(index, notice)| {
                let links_to_data = matches!(
                    notice,
                    StartupNotice::KeptAside { .. } | StartupNotice::OtherTabKept | StartupNotice::Migrated { .. }
                );
                let offered = match &notice {
                    StartupNotice::KeptAside { backup: Some(backup), .. } => Some(backup.clone()),
                    _ => None,
                };
                view! {
                    <div class="banner banner-notice" role="status">
                        <p>{notice_text(&notice)}</p>
                        {offered.map(|backup| view! { <RestoreOffer backup=backup index=index/> })}
                        {links_to_data.then(|| view! {
                            <p><a href=Route::Data.href()>"Open the Data page"</a></p>
                        })}
                        <button type="button" class="quiet" on:click=move |_| live.dismiss_notice(index)>
                            "Dismiss"
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// The newest good backup, offered when the saved workbook could not be read: one press puts it back.
#[component]
fn RestoreOffer(backup: Backup, index: usize) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let problem = RwSignal::new(None::<String>);
    let when = moment(backup.at());
    let restore = move |_| {
        let outcome = live
            .store()
            .read_backup(&backup)
            .map_err(|error| error.to_string())
            .and_then(|document| {
                live.replace(document.workbook, BackupReason::Restore)
                    .map_err(|error| error.to_string())
            });
        match outcome {
            Ok(_) => live.dismiss_notice(index),
            Err(message) => {
                problem.set(Some(format!("The backup could not be restored. {message}")))
            }
        }
    };
    view! {
        <p>
            <button type="button" id="restore-newest-backup" on:click=restore>
                {format!("Restore the backup from {when}")}
            </button>
        </p>
        <p role="alert">{move || problem.get()}</p>
    }
}

/// The reminder to export (`store::safety`), as it stands for this visit: under the header until
/// an export is made or it is waved away for a week.
#[derive(Clone, Copy)]
pub struct ExportNudge {
    live: LiveWorkbook,
    reminder: RwSignal<Option<ExportReminder>>,
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

impl ExportNudge {
    pub fn provide(live: LiveWorkbook) {
        let store = live.store();
        let started = live.with(|w| w.profile.started_on);
        let reminder = RwSignal::new(export_reminder(
            store.last_export(),
            started,
            store.reminder_dismissed(),
            today(),
        ));
        provide_context(ExportNudge { live, reminder });
    }

    /// Downloads the whole workbook as a file named with today's date, keeps the day and ends the
    /// reminder; says what happened. The Data page's export and the full-storage banner's.
    pub fn export(self) -> String {
        let file_name = export_file_name(today());
        let text = self
            .live
            .with(|workbook| export_text(workbook, chrono::Utc::now()));
        match text.map(|text| download_text(&file_name, &text, "application/json")) {
            Ok(Ok(())) => {
                let _ = self.live.store().record_export(today());
                self.reminder.set(None);
                format!("Exported as {file_name}. Keep it somewhere safe; it holds everything you wrote.")
            }
            Ok(Err(_)) => "The browser would not start the download. Please try again.".into(),
            Err(error) => error.to_string(),
        }
    }

    fn dismiss(self) {
        let _ = self.live.store().dismiss_reminder(today());
        self.reminder.set(None);
    }
}

#[component]
pub fn ExportReminderBar() -> impl IntoView {
    let nudge = expect_context::<ExportNudge>();
    // While saving fails, the save problem's banner (with its own export) says it more urgently.
    let saving_fails = move || {
        matches!(
            nudge.live.status(),
            SaveStatus::Failed(_) | SaveStatus::Off(_)
        )
    };
    move || {
        nudge.reminder.get().filter(|_| !saving_fails()).map(|reminder| view! {
            <div class="banner banner-notice" role="status" id="export-reminder">
                <p>{reminder.message()}</p>
                <p><a href=format!("{}#export", Route::Data.href())>"Export on the Data page"</a></p>
                <button type="button" class="quiet" id="export-reminder-later" on:click=move |_| nudge.dismiss()>
                    "Not now"
                </button>
            </div>
        })
    }
}

/// D7: a new build of Waypoint is installed and waiting (index.html's script marks the page and says
/// so). Offered, never forced: reloading saves a waiting edit first and goes ahead only once the
/// workbook is saved, since the reload loads it again from storage.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let waiting = || {
        document()
            .document_element()
            .is_some_and(|root| root.get_attribute("data-update").is_some())
    };
    let ready = RwSignal::new(waiting());
    let _ = window_event_listener_untyped("waypoint:update-ready", move |_| ready.set(true));
    let unsaved = RwSignal::new(false);
    let apply = move || {
        if let Ok(event) = web_sys::Event::new("waypoint:update-apply") {
            let _ = window().dispatch_event(&event);
        }
    };
    let reload = move |_| {
        live.flush();
        if live.status() == SaveStatus::Saved {
            apply();
        } else {
            unsaved.set(true);
        }
    };
    move || {
        ready.get().then(|| view! {
            <div class="banner banner-notice" role="status" id="update-ready">
                <p>"A new version of Waypoint is ready. Reload to use it: your workbook stays as it is."</p>
                {move || unsaved.get().then(|| view! {
                    <p class="field-error" id="update-unsaved">
                        "Your latest change could not be saved yet (see above), and reloading now would lose it. \
                         Export your workbook from the Data page first, or reload anyway."
                    </p>
                })}
                <div class="actions">
                    <button type="button" id="update-reload" on:click=reload>"Reload"</button>
                    {move || unsaved.get().then(|| view! {
                        <button type="button" class="quiet" id="update-reload-anyway" on:click=move |_| apply()>
                            "Reload anyway"
                        </button>
                    })}
                    <button type="button" class="quiet" id="update-later" on:click=move |_| ready.set(false)>"Later"</button>
                </div>
            </div>
        })
    }
}
