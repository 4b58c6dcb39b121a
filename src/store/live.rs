//! The one reactive workbook. Every edit goes through [`LiveWorkbook::dispatch`]; one place saves it
//! ([`LiveWorkbook::flush`]), at most ~300 ms after the last edit and at once when the page is hidden
//! or closed. Import replaces it through [`LiveWorkbook::replace`], which backs up first.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use super::backups::{Backup, BackupMade, BackupReason};
use super::document::{read_document, DocumentError};
use super::local::{Loaded, LocalStore, SaveError};
use super::saved_text::Changed;
use crate::model::{Edit, Id, Part, Workbook};

/// How long after the last edit the workbook is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// An edit is waiting for the save delay to pass.
    Pending,
    /// The last save failed; the next edit tries again.
    Failed(SaveError),
    /// Saving is switched off for this visit; the reason says why.
    Off(SaveError),
}

/// Something start-up or another tab did that the person should hear about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartupNotice {
    /// The saved workbook could not be read; its text was kept under `key` and a fresh one begun.
    /// `backup` is the newest backup that reads whole, to offer in its place.
    KeptAside {
        key: String,
        error: DocumentError,
        backup: Option<Backup>,
    },
    /// The saved workbook could not be read, nor kept aside; saving is off so nothing overwrites it.
    CouldNotKeepAside {
        error: DocumentError,
        save_error: SaveError,
    },
    /// The saved workbook was written by an older version and has been brought up to date.
    Migrated { from: u32 },
    /// Another tab saved a newer workbook, and this tab now shows it.
    UpdatedFromAnotherTab,
    /// Another tab saved while this one had changes of its own: this tab's are saved, and the other
    /// tab's version is kept as a backup.
    OtherTabKept,
    /// Saving needed room: this many of the oldest backups were removed.
    BackupsDropped { count: usize },
}

/// The workbook as signals: the whole of it, and its readers ([`WorkbookSignals::select_in`]), each
/// holding the value it picks out and the parts (or the record) it reads from.
///
/// After an edit, the readers of what it touched read again at once, and a reader whose value
/// changed tells its own subscribers; nobody else hears of the edit. (Memos over one trigger per
/// part did the same reading, but Leptos then asks every subscriber of every such memo to check
/// it, whether its value changed or not: hundreds of checks per key press on a full page.)
#[derive(Clone, Copy)]
pub struct WorkbookSignals {
    workbook: RwSignal<Workbook>,
    readers: StoredValue<Readers>,
}

/// Reads its value again from the workbook, and sets it if it changed.
type Refresh = Arc<dyn Fn(&Workbook) + Send + Sync>;

struct Reader {
    parts: &'static [Part],
    /// Set for a reader of one record of `parts[0]`.
    record: Option<Id>,
    refresh: Refresh,
}

impl Reader {
    fn reads_after(&self, touched: &[Part], record: Option<(Part, Id)>) -> bool {
        self.parts.iter().any(|part| touched.contains(part))
            && match (self.record, record) {
                (Some(mine), Some((part, id))) => part != self.parts[0] || mine == id,
                _ => true,
            }
    }
}

#[derive(Default)]
struct Readers {
    next: u64,
    all: HashMap<u64, Reader>,
}

impl WorkbookSignals {
    pub fn new(workbook: Workbook) -> Self {
        Self {
            workbook: RwSignal::new(workbook),
            readers: StoredValue::new(Readers::default()),
        }
    }

    /// Applies `edit`; says whether it changed anything, and if so has the readers of what it
    /// touched read again.
    pub fn apply(&self, edit: Edit) -> bool {
        let touched = Part::touched_by(&edit);
        let record = Part::touched_record(&edit);
        let mut changed = false;
        self.workbook.maybe_update(|workbook| {
            changed = workbook.apply(edit);
            changed
        });
        if changed {
            self.refresh(|reader| reader.reads_after(touched, record));
        }
        changed
    }

    /// Puts a whole new workbook in place (an import, another tab's save): every reader reads again.
    pub fn set(&self, workbook: Workbook) {
        self.workbook.set(workbook);
        self.refresh(|_| true);
    }

    fn refresh(&self, wanted: impl Fn(&Reader) -> bool) {
        // Gathered first, so that nothing a refresh sets off can find the readers borrowed.
        let due: Vec<Refresh> = self.readers.with_value(|readers| {
            readers
                .all
                .values()
                .filter(|r| wanted(r))
                .map(|r| r.refresh.clone())
                .collect()
        });
        self.workbook
            .with_untracked(|w| due.iter().for_each(|refresh| refresh(w)));
    }

    pub fn with_untracked<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.workbook.with_untracked(read)
    }

    /// What `read` picks out of `parts`, read again only after an edit that touched one of them, and
    /// telling its subscribers only when it changed. `read` must look at nothing outside `parts`, or
    /// it will show stale text.
    pub fn select_in<T>(
        &self,
        parts: &'static [Part],
        read: impl Fn(&Workbook) -> T + Send + Sync + 'static,
    ) -> ReadSignal<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        self.select_boxed(parts, None, Box::new(read))
    }

    /// As [`WorkbookSignals::select_in`], for what `read` picks out of one record of `part` (an
    /// option, say): read again after an edit of that record or of the whole part
    /// (`Part::touched_record`), not after an edit of another record. `read` must look at nothing
    /// outside that record.
    pub fn select_record<T>(
        &self,
        part: Part,
        id: Id,
        read: impl Fn(&Workbook) -> T + Send + Sync + 'static,
    ) -> ReadSignal<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        let parts: &'static [Part] = &Part::ALL[part.index()..=part.index()];
        self.select_boxed(parts, Some(id), Box::new(read))
    }

    /// One function per value type, not one per call site: the read is boxed (3.4 KiB of brotli wasm
    /// less than a generic closure at each of the ~90 call sites).
    fn select_boxed<T>(
        &self,
        parts: &'static [Part],
        record: Option<Id>,
        read: Box<dyn Fn(&Workbook) -> T + Send + Sync>,
    ) -> ReadSignal<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        let value = RwSignal::new(self.workbook.with_untracked(|w| read(w)));
        self.register(Reader {
            parts,
            record,
            refresh: Arc::new(move |w| {
                let new = read(w);
                if value.with_untracked(|old| *old != new) {
                    value.set(new);
                }
            }),
        });
        value.read_only()
    }

    /// Keeps `reader` until the owner that made it ends (a page or a record left the screen).
    fn register(&self, reader: Reader) {
        let readers = self.readers;
        let key = readers
            .try_update_value(|readers| {
                readers.next += 1;
                readers.all.insert(readers.next, reader);
                readers.next
            })
            .unwrap_or_default();
        on_cleanup(move || {
            readers.try_update_value(|readers| readers.all.remove(&key));
        });
    }
}

#[derive(Clone, Copy)]
pub struct LiveWorkbook {
    signals: WorkbookSignals,
    status: RwSignal<SaveStatus>,
    notices: RwSignal<Vec<StartupNotice>>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// What changed since the last save, so the save writes only that again.
    unsaved: StoredValue<Changed>,
    store: StoredValue<LocalStore>,
}

impl LiveWorkbook {
    /// Loads the saved workbook (or begins one) and starts listening for page hide and other tabs.
    pub fn start(store: LocalStore) -> Self {
        let today = chrono::Local::now().date_naive();
        let mut notices = Vec::new();
        store.adopt_legacy_backup(Utc::now());
        let (workbook, status) = match store.load() {
            Err(error) => (Workbook::new_started(today), SaveStatus::Off(error)),
            Ok(Loaded::Fresh) => (Workbook::new_started(today), SaveStatus::Saved),
            Ok(Loaded::Found(document)) => {
                if let Some(from) = document.migrated_from {
                    notices.push(StartupNotice::Migrated { from });
                    // The older text is kept before anything writes the new form over it.
                    if let Ok(Some(made)) = store.back_up_saved(BackupReason::Migration, Utc::now())
                    {
                        if made.dropped_for_room > 0 {
                            notices.push(StartupNotice::BackupsDropped {
                                count: made.dropped_for_room,
                            });
                        }
                        let _ = store.save(&document.workbook);
                    }
                }
                (document.workbook, SaveStatus::Saved)
            }
            // A newer Waypoint's workbook is not damaged, just not ours to rewrite: leave it in place.
            Ok(Loaded::Unreadable {
                error: DocumentError::NewerVersion { file, .. },
                ..
            }) => (
                Workbook::new_started(today),
                SaveStatus::Off(SaveError::SavedByNewerVersion { version: file }),
            ),
            Ok(Loaded::Unreadable { text, error }) => match store.keep_aside(&text, Utc::now()) {
                Ok(key) => {
                    notices.push(StartupNotice::KeptAside {
                        key,
                        error,
                        backup: store.newest_good_backup(),
                    });
                    (Workbook::new_started(today), SaveStatus::Saved)
                }
                Err(save_error) => {
                    notices.push(StartupNotice::CouldNotKeepAside {
                        error,
                        save_error: save_error.clone(),
                    });
                    (Workbook::new_started(today), SaveStatus::Off(save_error))
                }
            },
        };
        let signals = WorkbookSignals::new(workbook);
        let live = Self {
            signals,
            status: RwSignal::new(status),
            notices: RwSignal::new(notices),
            pending: StoredValue::new(None),
            unsaved: StoredValue::new(Changed::default()),
            store: StoredValue::new(store),
        };
        live.listen_to_page_and_tabs();
        live
    }

    /// Reads the workbook, tracking it so the caller re-runs after every edit. For event handlers; a
    /// view reads through [`LiveWorkbook::select_in`], so that it re-runs only for its own part.
    pub fn with<R>(&self, read: impl FnOnce(&Workbook) -> R) -> R {
        self.signals.workbook.with(read)
    }

    /// A narrow read: a memo of what `read` picks out of `parts` (one record, one list's ids, a small
    /// derived value), re-run only after an edit of one of those parts; what reads the memo re-runs
    /// only when its value changed. So a key press costs the same with 3 records or 300. `read` must
    /// be cheap (find and clone one record, never a whole list of long texts) and look at nothing
    /// outside `parts` (see [`WorkbookSignals::select_in`]).
    pub fn select_in<T>(
        &self,
        parts: &'static [Part],
        read: impl Fn(&Workbook) -> T + Send + Sync + 'static,
    ) -> ReadSignal<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        self.signals.select_in(parts, read)
    }

    /// See [`WorkbookSignals::select_record`].
    pub fn select_record<T>(
        &self,
        part: Part,
        id: Id,
        read: impl Fn(&Workbook) -> T + Send + Sync + 'static,
    ) -> ReadSignal<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        self.signals.select_record(part, id, read)
    }

    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    pub fn notices(&self) -> Vec<StartupNotice> {
        self.notices.get()
    }

    pub fn dismiss_notice(&self, index: usize) {
        self.notices.update(|notices| {
            if index < notices.len() {
                notices.remove(index);
            }
        });
    }

    pub fn store(&self) -> LocalStore {
        self.store.get_value()
    }

    /// Applies one edit and schedules a save if it changed anything.
    /// Applies `edit` and schedules a save when it changed something.
    pub fn dispatch(&self, edit: impl Into<Edit>) {
        self.try_dispatch(edit);
    }

    /// As `dispatch`, and says whether the edit changed anything (false when the model refused it,
    /// or it changed nothing), for a control that must tell the person it could not be done.
    pub fn try_dispatch(&self, edit: impl Into<Edit>) -> bool {
        let edit = edit.into();
        let mut unsaved = Changed::default();
        unsaved.add(&edit);
        let changed = self.signals.apply(edit);
        if changed {
            self.unsaved.update_value(|all| all.merge(unsaved));
            self.schedule_save();
        }
        changed
    }

    fn saving_is_off(&self) -> bool {
        matches!(self.status.get_untracked(), SaveStatus::Off(_))
    }

    fn schedule_save(&self) {
        if self.saving_is_off() {
            return;
        }
        match self.pending.get_value() {
            Some(handle) => handle.clear(),
            None => mark("waypoint:edit"),
        }
        let live = *self;
        let handle = set_timeout_with_handle(move || live.flush(), SAVE_DELAY).ok();
        if handle.is_none() {
            // No timer to be had: save now rather than not at all.
            self.pending.set_value(None);
            self.write();
            return;
        }
        self.pending.set_value(handle);
        // Said once per burst of typing, not at every key press.
        if self.status.get_untracked() != SaveStatus::Pending {
            self.status.set(SaveStatus::Pending);
        }
    }

    /// The one place the workbook is written: saves now if an edit is waiting.
    pub fn flush(&self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
            self.pending.set_value(None);
            self.write();
        }
    }

    fn write(&self) {
        mark("waypoint:save-start");
        let changed = self
            .unsaved
            .try_update_value(std::mem::take)
            .unwrap_or_else(Changed::everything);
        let result = self
            .keep_other_tabs_save()
            .and_then(|()| self.save_making_room(&changed));
        if result.is_err() {
            // Still unsaved: the next save tries it again.
            self.unsaved.update_value(|all| all.merge(changed));
        }
        self.status.set(match result {
            Ok(()) => SaveStatus::Saved,
            Err(error @ (SaveError::Unavailable | SaveError::SavedByNewerVersion { .. })) => {
                SaveStatus::Off(error)
            }
            Err(error) => SaveStatus::Failed(error),
        });
        mark("waypoint:saved");
    }

    /// Before this tab saves over a workbook another tab saved and this one never showed (both edited
    /// within a save's delay, or the other's news has not arrived yet), that version is kept as a
    /// backup, and the person is told. With no room to keep it, this tab does not save.
    fn keep_other_tabs_save(&self) -> Result<(), SaveError> {
        let store = self.store.get_value();
        let Some(theirs) = store.unseen_save()? else {
            return Ok(());
        };
        match read_document(&theirs) {
            Ok(document)
                if self
                    .signals
                    .with_untracked(|mine| *mine == document.workbook) =>
            {
                return Ok(())
            }
            // A newer Waypoint in the other tab: its workbook is not this one's to rewrite at all.
            Err(DocumentError::NewerVersion { file, .. }) => {
                return Err(SaveError::SavedByNewerVersion { version: file })
            }
            _ => {}
        }
        let made = store
            .back_up(&theirs, BackupReason::OtherTab, Utc::now())
            .map_err(|_| SaveError::OtherTabUnkept)?;
        self.tell(StartupNotice::OtherTabKept);
        self.tell_dropped(&made);
        Ok(())
    }

    /// Saves what `changed` names; when storage is full, removes the oldest backups one at a time
    /// (the workbook matters more than an old copy of it) and tries again.
    fn save_making_room(&self, changed: &Changed) -> Result<(), SaveError> {
        let store = self.store.get_value();
        let mut dropped = 0;
        loop {
            match self
                .signals
                .with_untracked(|workbook| store.save_changed(workbook, changed))
            {
                Err(SaveError::QuotaExceeded) if store.drop_oldest_backup() => dropped += 1,
                result => {
                    if dropped > 0 {
                        self.tell(StartupNotice::BackupsDropped { count: dropped });
                    }
                    return result;
                }
            }
        }
    }

    fn tell(&self, notice: StartupNotice) {
        self.notices.update(|notices| {
            if !notices.contains(&notice) {
                notices.push(notice);
            }
        });
    }

    fn tell_dropped(&self, made: &BackupMade) {
        if made.dropped_for_room > 0 {
            self.tell(StartupNotice::BackupsDropped {
                count: made.dropped_for_room,
            });
        }
    }

    /// Replaces the whole workbook (an import, a restore, starting again, each confirmed). The saved
    /// workbook is first kept as a backup for `reason`; if the backup or the save fails, nothing
    /// changes and the error says why. Returns the backup made (none when nothing was saved).
    pub fn replace(
        &self,
        workbook: Workbook,
        reason: BackupReason,
    ) -> Result<Option<BackupMade>, SaveError> {
        if let SaveStatus::Off(error) = self.status.get_untracked() {
            return Err(error);
        }
        self.flush();
        let store = self.store.get_value();
        let made = store.back_up_saved(reason, Utc::now())?;
        store.save(&workbook)?;
        self.signals.set(workbook);
        self.unsaved.set_value(Changed::default());
        self.status.set(SaveStatus::Saved);
        Ok(made)
    }

    fn listen_to_page_and_tabs(&self) {
        let live = *self;
        // Leaving, closing or hiding the page must not lose the last ~300 ms of typing.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| live.flush());
        let on_visibility = Closure::<dyn Fn()>::new(move || {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                live.flush();
            }
        });
        let _ = document().add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        );
        on_visibility.forget();

        // Another tab saved: show its workbook here, unless this tab has an edit of its own waiting.
        let _ = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            let store = live.store.get_value();
            if event.key().as_deref() != Some(store.workbook_key().as_str())
                || live.pending.get_value().is_some()
            {
                return;
            }
            let Some(text) = event.new_value() else {
                return;
            };
            if let Some(document) = store.read_from_other_tab(text) {
                if live
                    .signals
                    .with_untracked(|current| *current != document.workbook)
                {
                    live.signals.set(document.workbook);
                    live.unsaved.set_value(Changed::everything());
                    live.tell(StartupNotice::UpdatedFromAnotherTab);
                }
            }
        });
    }
}

/// Marks a moment the timing bench reads (`scripts/bench`: start-up, edit to saved). Each name keeps only
/// its latest mark, so a long visit does not pile them up.
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        performance.clear_marks_with_mark_name(name);
        let _ = performance.mark(name);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use chrono::NaiveDate;

    use super::*;
    use crate::model::exploration::buts::ButEdit;
    use crate::model::exploration::goals::GoalEdit;

    /// A counter a memo bumps each time it runs.
    fn counter() -> (Arc<AtomicUsize>, impl Fn() -> usize) {
        let runs = Arc::new(AtomicUsize::new(0));
        let read = runs.clone();
        (runs, move || read.load(Ordering::SeqCst))
    }

    fn goal_text(w: &Workbook, index: usize) -> String {
        w.exploration
            .goals
            .get(index)
            .map(|g| g.text.clone())
            .unwrap_or_default()
    }

    #[test]
    fn an_edit_re_runs_only_the_readers_of_what_it_changed() {
        let owner = Owner::new();
        owner.set();
        let signals = WorkbookSignals::new(Workbook::default());
        signals.apply(GoalEdit::Add.into());
        signals.apply(GoalEdit::Add.into());
        let first_id = signals.with_untracked(|w| w.exploration.goals[0].id);

        // Two goals, each read through its own memo, and a view of each memo.
        let (first_runs, first_count) = counter();
        let first = signals.select_in(&[Part::Goals], move |w| {
            first_runs.fetch_add(1, Ordering::SeqCst);
            goal_text(w, 0)
        });
        let (second_runs, second_count) = counter();
        let second = signals.select_in(&[Part::Goals], move |w| {
            second_runs.fetch_add(1, Ordering::SeqCst);
            goal_text(w, 1)
        });
        let (view_runs, view_count) = counter();
        let second_view = Memo::new(move |_| {
            view_runs.fetch_add(1, Ordering::SeqCst);
            second.get()
        });
        let read_all = || {
            first.get();
            second_view.get();
        };
        read_all();
        assert_eq!((first_count(), second_count(), view_count()), (1, 1, 1));

        // Typing in the first goal: its memo changes; the second's memo checks, its view stays put.
        signals.apply(GoalEdit::SetText(first_id, "Talk to three nurses".into()).into());
        read_all();
        assert_eq!(first.get_untracked(), "Talk to three nurses");
        assert_eq!((first_count(), second_count(), view_count()), (2, 2, 1));

        // Parking a but touches another part: no goal memo runs at all.
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        signals.apply(
            ButEdit::Park {
                text: "But the money".into(),
                parked_from: "Exploration".into(),
                today,
            }
            .into(),
        );
        read_all();
        assert_eq!((first_count(), second_count(), view_count()), (2, 2, 1));

        // An edit that changes nothing tells nobody.
        signals.apply(GoalEdit::SetText(first_id, "Talk to three nurses".into()).into());
        read_all();
        assert_eq!((first_count(), second_count(), view_count()), (2, 2, 1));

        // A new workbook (an import) is read again by everyone.
        signals.set(Workbook::default());
        read_all();
        assert_eq!((first_count(), second_count()), (3, 3));
        assert_eq!(first.get_untracked(), "");
        assert_eq!(
            view_count(),
            1,
            "the second goal's text was empty and still is"
        );
    }

    #[test]
    fn an_edit_of_one_option_re_runs_only_that_options_readers_and_the_parts() {
        use crate::model::deeper::{DecisionText, DeeperEdit, OptionText};
        let owner = Owner::new();
        owner.set();
        let signals = WorkbookSignals::new(Workbook::default());
        signals.apply(DeeperEdit::AddOption("Nursing".into()).into());
        signals.apply(DeeperEdit::AddOption("Teaching".into()).into());
        let [a, b] = signals.with_untracked(|w| [w.deeper.options[0].id, w.deeper.options[1].id]);

        let appeal = |w: &Workbook, id| {
            w.deeper
                .option(id)
                .map(|o| o.appeal.clone())
                .unwrap_or_default()
        };
        let (a_runs, a_count) = counter();
        let a_read = signals.select_record(Part::Options, a, move |w| {
            a_runs.fetch_add(1, Ordering::SeqCst);
            appeal(w, a)
        });
        let (b_runs, b_count) = counter();
        let b_read = signals.select_record(Part::Options, b, move |w| {
            b_runs.fetch_add(1, Ordering::SeqCst);
            appeal(w, b)
        });
        let (list_runs, list_count) = counter();
        let titles = signals.select_in(&[Part::Options], move |w| {
            list_runs.fetch_add(1, Ordering::SeqCst);
            w.deeper
                .options
                .iter()
                .map(|o| o.title.clone())
                .collect::<Vec<_>>()
        });
        let read_all = || {
            a_read.get();
            b_read.get();
            titles.get();
        };
        read_all();
        assert_eq!((a_count(), b_count(), list_count()), (1, 1, 1));

        // Typing in the first option: its reader and the part's reader run, the second option's not.
        signals.apply(DeeperEdit::SetOptionText(a, OptionText::Appeal, "Caring".into()).into());
        read_all();
        assert_eq!(a_read.get_untracked(), "Caring");
        assert_eq!((a_count(), b_count(), list_count()), (2, 1, 2));

        // An edit of the whole part (a new option) reaches every record's reader.
        signals.apply(DeeperEdit::AddOption("Carpentry".into()).into());
        read_all();
        assert_eq!((a_count(), b_count(), list_count()), (3, 2, 3));

        // An edit elsewhere reaches none of them; a new workbook reaches all.
        signals.apply(DeeperEdit::SetDecisionText(DecisionText::Why, "x".into()).into());
        read_all();
        assert_eq!((a_count(), b_count(), list_count()), (3, 2, 3));
        signals.set(Workbook::default());
        read_all();
        assert_eq!((a_count(), b_count(), list_count()), (4, 3, 4));
        assert_eq!(a_read.get_untracked(), "");
    }

    /// One edit of each part, as a person makes it, and every part's memo: only the memos of the parts
    /// the edit touched run again.
    #[test]
    fn each_part_is_re_read_only_after_an_edit_of_that_part() {
        use crate::model::applying::{ApplyingEdit, MaterialKind};
        use crate::model::base::matrix::MatrixEdit;
        use crate::model::closing::{leaving_checklist, offer_criteria, ClosingEdit};
        use crate::model::deeper::{DecisionText, DeeperEdit};
        use crate::model::exploration::about_you::SelfEdit;
        use crate::model::exploration::flow::FlowText;
        use crate::model::exploration::interests::InterestsEdit;
        use crate::model::exploration::readiness::ReadinessEdit;
        use crate::model::exploration::situation::SituationText;
        use crate::model::exploration::skills::SkillKind;
        use crate::model::exploration::values::ValuesEdit;
        use crate::model::exploration::vision::VisionEdit;
        use crate::model::networking::{NetworkingEdit, NewConversation, Period};
        use crate::model::plan::PlanEdit;
        use crate::model::{Horizon, StartEdit};

        let owner = Owner::new();
        owner.set();
        let signals = WorkbookSignals::new(Workbook::default());
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        // The plan's steps come from a skill gap.
        signals.apply(
            DeeperEdit::AddSkillGap {
                option: None,
                skill: "Python".into(),
            }
            .into(),
        );
        let gap = signals.with_untracked(|w| w.deeper.skill_gaps[0].id);
        // A conversation is held with a contact.
        signals.apply(NetworkingEdit::AddContact("Sam".into()).into());
        let contact = signals.with_untracked(|w| w.networking.contacts[0].id);

        let counters: Vec<(Part, Arc<AtomicUsize>)> = Part::ALL
            .iter()
            .map(|p| (*p, Arc::new(AtomicUsize::new(0))))
            .collect();
        let memos: Vec<ReadSignal<()>> = counters
            .iter()
            .map(|(part, runs)| {
                let runs = runs.clone();
                let parts: &'static [Part] = std::slice::from_ref(&Part::ALL[part.index()]);
                signals.select_in(parts, move |_| {
                    runs.fetch_add(1, Ordering::SeqCst);
                })
            })
            .collect();
        let read_all = || memos.iter().for_each(|m| m.get());
        let runs = || {
            counters
                .iter()
                .map(|(_, r)| r.load(Ordering::SeqCst))
                .collect::<Vec<_>>()
        };
        read_all();

        let edits: Vec<(Part, Edit)> = vec![
            (Part::Profile, StartEdit::SetName("Sam".into()).into()),
            (
                Part::Vision,
                VisionEdit::SetAnswer(Horizon::OneYear, "Teaching".into()).into(),
            ),
            (
                Part::Situation,
                SelfEdit::Situation(SituationText::Role, "Nurse".into()).into(),
            ),
            (Part::Strengths, SelfEdit::AddStrength.into()),
            (
                Part::Skills,
                SelfEdit::AddSkill {
                    name: "Listening".into(),
                    kind: SkillKind::Technical,
                }
                .into(),
            ),
            (
                Part::Flow,
                SelfEdit::Flow(FlowText::Moments, "Night shifts".into()).into(),
            ),
            (
                Part::Interests,
                InterestsEdit::SetCommonThread("People".into()).into(),
            ),
            (
                Part::Readiness,
                ReadinessEdit::SetSavings(Some(1_000)).into(),
            ),
            (Part::Goals, GoalEdit::Add.into()),
            (
                Part::Buts,
                ButEdit::Park {
                    text: "But the money".into(),
                    parked_from: "Plan".into(),
                    today,
                }
                .into(),
            ),
            (
                Part::Values,
                ValuesEdit::AddCustom {
                    name: "Calm".into(),
                    line: String::new(),
                }
                .into(),
            ),
            (
                Part::Options,
                DeeperEdit::AddOption("Teacher".into()).into(),
            ),
            (
                Part::Matrix,
                DeeperEdit::OptionMatrix(MatrixEdit::AddCriterion("Commute".into())).into(),
            ),
            (
                Part::Decision,
                DeeperEdit::SetDecisionText(DecisionText::Why, "It fits".into()).into(),
            ),
            (
                Part::SkillGaps,
                DeeperEdit::AddSkillGap {
                    option: None,
                    skill: "Excel".into(),
                }
                .into(),
            ),
            (
                Part::Contacts,
                NetworkingEdit::AddContact("Priya".into()).into(),
            ),
            (
                Part::Conversations,
                NetworkingEdit::LogConversation(NewConversation {
                    contact,
                    ..Default::default()
                })
                .into(),
            ),
            (
                Part::Outreach,
                NetworkingEdit::AddDraft("Hello".into()).into(),
            ),
            (
                Part::NetworkingGoals,
                NetworkingEdit::AddGoal {
                    count: 2,
                    period: Period::Week,
                    channel: None,
                }
                .into(),
            ),
            (
                Part::Materials,
                ApplyingEdit::AddMaterial {
                    kind: MaterialKind::Resume,
                    title: "CV".into(),
                    checklist: vec!["Spelling".into()],
                    today,
                }
                .into(),
            ),
            (
                Part::Applications,
                ApplyingEdit::AddApplication {
                    company: "Northwind".into(),
                    role: String::new(),
                    today,
                }
                .into(),
            ),
            (
                Part::Stories,
                ApplyingEdit::AddStory("The rota".into()).into(),
            ),
            (
                Part::Practice,
                ApplyingEdit::LogPractice {
                    question: "Why now?".into(),
                    on: today,
                }
                .into(),
            ),
            (
                Part::Setbacks,
                ApplyingEdit::AddSetback {
                    application: None,
                    today,
                }
                .into(),
            ),
            (
                Part::Offers,
                ClosingEdit::AddOffer {
                    name: "Northwind".into(),
                    stay: false,
                    criteria: offer_criteria(),
                }
                .into(),
            ),
            (
                Part::OfferMatrix,
                ClosingEdit::OfferMatrix(MatrixEdit::AddCriterion("Pension".into())).into(),
            ),
            (
                Part::Leaving,
                ClosingEdit::StartLeaving(leaving_checklist()).into(),
            ),
            (
                Part::Celebration,
                ClosingEdit::SetNextCheckIn(Some(today)).into(),
            ),
            (Part::Steps, PlanEdit::StepsFromGap { gap, today }.into()),
            (Part::IfThens, PlanEdit::AddIfThen { goal: None }.into()),
            (
                Part::CheckIns,
                PlanEdit::AddCheckIn { on: today, today }.into(),
            ),
            (
                Part::Coach,
                Edit::Coach(crate::model::coach::CoachEdit::Draft(
                    crate::model::coach::ProgramEdit::SetCoach("Maya".into()),
                )),
            ),
        ];
        assert_eq!(
            edits.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
            Part::ALL.to_vec(),
            "one edit for each part"
        );
        for (part, edit) in edits {
            assert!(
                Part::touched_by(&edit).contains(&part),
                "{edit:?} is an edit of {part:?}"
            );
            let before = runs();
            assert!(signals.apply(edit.clone()), "{edit:?} changes something");
            read_all();
            let after = runs();
            for (i, other) in Part::ALL.iter().enumerate() {
                let ran = after[i] - before[i];
                let expected = usize::from(Part::touched_by(&edit).contains(other));
                assert_eq!(
                    ran, expected,
                    "after {edit:?} (an edit of {part:?}), the memo of {other:?} ran {ran} times"
                );
            }
        }
    }
}
