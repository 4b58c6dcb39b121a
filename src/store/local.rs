//! The localStorage adapter: the only code that touches the browser's storage.
//!
//! Values are stored as the exact text of the saved form, so that what comes back is read by the same
//! validator as an imported file, and unreadable text can be kept aside byte for byte.

use std::fmt;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

use super::backups::{self, Backup, BackupError, BackupMade, BackupReason};
use super::document::{read_document, DocumentError, IncomingDocument};
use super::pieces::{KeyValue, Pieces, SavedRead};
use super::saved_text::{fnv1a, Changed};
use crate::model::base::dates::parse_day;
use crate::model::Workbook;

pub const DEFAULT_NAMESPACE: &str = "waypoint";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// The browser does not let this page use storage (blocked, or a private mode that forbids it).
    Unavailable,
    Failed(String),
    /// The saved workbook was written by a newer Waypoint; this copy must not overwrite it.
    SavedByNewerVersion {
        version: u64,
    },
    /// Another tab saved since this one last did, and there was no room to keep its version as a
    /// backup before saving over it.
    OtherTabUnkept,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::QuotaExceeded => write!(
                f,
                "This browser's storage for Waypoint is full, so the latest changes are not saved. \
                 What was saved before is kept. Export a copy to keep your work safe."
            ),
            SaveError::Unavailable => write!(
                f,
                "This browser does not let Waypoint save (storage is blocked or switched off), so \
                 nothing you write will be kept after you close the page. Export a copy to keep it."
            ),
            SaveError::Failed(detail) => write!(f, "Saving failed: {detail}. Export a copy to keep your work safe."),
            SaveError::SavedByNewerVersion { version } => write!(
                f,
                "The workbook in this browser was saved by a newer version of Waypoint (workbook version \
                 {version}) than this one. To keep it safe, this copy saves nothing. Reload the page to get \
                 the newest Waypoint."
            ),
            SaveError::OtherTabUnkept => write!(
                f,
                "Another tab saved changes to this workbook, and there is no room left to keep both versions, \
                 so this tab's latest changes are not saved. Export a copy to keep them, then reload this page \
                 to see the other tab's."
            ),
        }
    }
}

/// What start-up found in storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Fresh,
    Found(IncomingDocument),
    /// Saved text that the validator refused; it must be kept, never overwritten.
    Unreadable {
        text: String,
        error: DocumentError,
    },
}

/// One namespace of keys in localStorage. The app uses [`DEFAULT_NAMESPACE`]; tests use their own.
/// Clones share what the store knows of its saved pieces (`store::pieces`).
#[derive(Clone)]
pub struct LocalStore {
    namespace: String,
    pieces: Arc<Mutex<Pieces>>,
    /// The hash of the workbook key's text as this tab last read or wrote it: a save finds out from
    /// it whether another tab saved since (`unseen_save`).
    seen: Arc<Mutex<Option<u64>>>,
}

impl PartialEq for LocalStore {
    fn eq(&self, other: &Self) -> bool {
        self.namespace == other.namespace
    }
}

impl fmt::Debug for LocalStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LocalStore({})", self.namespace)
    }
}

impl KeyValue for LocalStore {
    fn read(&self, key: &str) -> Result<Option<String>, SaveError> {
        self.read_raw(key)
    }
    fn write(&self, key: &str, text: &str) -> Result<(), SaveError> {
        self.write_raw(key, text)
    }
    fn delete(&self, key: &str) -> Result<(), SaveError> {
        self.remove(key)
    }
}

impl Default for LocalStore {
    fn default() -> Self {
        Self::new(DEFAULT_NAMESPACE)
    }
}

fn error_from_js(error: JsValue) -> SaveError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => SaveError::QuotaExceeded,
        Some(exception) if exception.name() == "SecurityError" => SaveError::Unavailable,
        Some(exception) => SaveError::Failed(exception.message()),
        None => SaveError::Failed(error.as_string().unwrap_or_else(|| "unknown error".into())),
    }
}

impl LocalStore {
    pub fn new(namespace: &str) -> Self {
        Self {
            namespace: namespace.to_string(),
            pieces: Arc::default(),
            seen: Arc::default(),
        }
    }

    pub fn workbook_key(&self) -> String {
        format!("{}.workbook", self.namespace)
    }

    /// Where the one backup of earlier versions was kept (from before the last import); taken into
    /// the list of backups at start-up.
    pub fn legacy_backup_key(&self) -> String {
        format!("{}.workbook.before-import", self.namespace)
    }

    fn unreadable_prefix(&self) -> String {
        format!("{}.unreadable.", self.namespace)
    }

    /// Whether this page may use localStorage at all. Asked first, because merely touching
    /// `window.localStorage` throws where storage is blocked.
    pub fn available() -> bool {
        web_sys::window()
            .and_then(|window| window.local_storage().ok().flatten())
            .is_some()
    }

    fn storage() -> Result<web_sys::Storage, SaveError> {
        if Self::available() {
            Ok(LocalStorage::raw())
        } else {
            Err(SaveError::Unavailable)
        }
    }

    pub fn read_raw(&self, key: &str) -> Result<Option<String>, SaveError> {
        Self::storage()?.get_item(key).map_err(error_from_js)
    }

    fn write_raw(&self, key: &str, text: &str) -> Result<(), SaveError> {
        Self::storage()?.set_item(key, text).map_err(error_from_js)
    }

    pub fn remove(&self, key: &str) -> Result<(), SaveError> {
        Self::storage()?.remove_item(key).map_err(error_from_js)
    }

    fn pieces(&self) -> std::sync::MutexGuard<'_, Pieces> {
        // Nothing panics while holding the lock, but a poisoned lock still holds usable data.
        self.pieces
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn note_seen(&self, root_text: Option<&str>) {
        *self
            .seen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) =
            root_text.map(|text| fnv1a(text.as_bytes()));
    }

    /// The saved workbook's whole text when another tab saved it after this tab last read or wrote
    /// it (so that saving now would overwrite what this tab has never shown), else `None`.
    pub fn unseen_save(&self) -> Result<Option<String>, SaveError> {
        let Some(root) = self.read_raw(&self.workbook_key())? else {
            return Ok(None);
        };
        let seen = *self
            .seen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if seen == Some(fnv1a(root.as_bytes())) {
            return Ok(None);
        }
        Ok(Some(
            self.read_saved(root)?.unwrap_or_else(|(text, _)| text),
        ))
    }

    /// The saved workbook's whole text, put together from its pieces where it was saved in pieces.
    /// What could not be put together comes with the error that says why.
    fn read_saved(
        &self,
        root_text: String,
    ) -> Result<Result<String, (String, DocumentError)>, SaveError> {
        Ok(
            match self.pieces().read(self, &self.namespace, root_text)? {
                SavedRead::Text(text) => Ok(text),
                SavedRead::Broken {
                    text,
                    missing,
                    pieces,
                } => Err((text, DocumentError::MissingPieces { missing, pieces })),
            },
        )
    }

    /// The saved workbook's text, whole (for a backup, or a look in a test).
    pub fn saved_text(&self) -> Result<Option<String>, SaveError> {
        match self.read_raw(&self.workbook_key())? {
            None => Ok(None),
            Some(root) => Ok(Some(
                self.read_saved(root)?.unwrap_or_else(|(text, _)| text),
            )),
        }
    }

    pub fn load(&self) -> Result<Loaded, SaveError> {
        let root = self.read_raw(&self.workbook_key())?;
        // What this tab has now seen: unreadable text is kept aside before anything overwrites it.
        self.note_seen(root.as_deref());
        let Some(root) = root else {
            return Ok(Loaded::Fresh);
        };
        let loaded = match self.read_saved(root)? {
            Ok(text) => match read_document(&text) {
                Ok(document) => Loaded::Found(document),
                Err(error) => Loaded::Unreadable { text, error },
            },
            Err((text, error)) => Loaded::Unreadable { text, error },
        };
        if !matches!(loaded, Loaded::Found(_)) {
            // Its pieces are not this tab's to reuse or delete.
            self.pieces().forget();
        }
        Ok(loaded)
    }

    /// What another tab saved, given the new text of the workbook's key: its workbook when it reads
    /// whole and valid (then its pieces are the known ones), or nothing.
    pub fn read_from_other_tab(&self, root_text: String) -> Option<IncomingDocument> {
        let hash = fnv1a(root_text.as_bytes());
        let read = self
            .read_saved(root_text)
            .ok()?
            .ok()
            .and_then(|text| read_document(&text).ok());
        match read {
            // Shown here from now on, so no longer another tab's save this tab has not seen.
            Some(_) => {
                *self
                    .seen
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(hash)
            }
            None => self.pieces().forget(),
        }
        read
    }

    /// Saves `workbook` whole. On failure what was saved before is left as it was.
    pub fn save(&self, workbook: &Workbook) -> Result<(), SaveError> {
        self.save_changed(workbook, &Changed::everything())
    }

    /// Saves `workbook`, writing again only the text of what `changed` names, and only the pieces
    /// that are new (`store::pieces`). On failure what was saved before is left as it was.
    pub fn save_changed(&self, workbook: &Workbook, changed: &Changed) -> Result<(), SaveError> {
        let mut pieces = self.pieces();
        pieces.save(
            self,
            &self.namespace,
            &self.workbook_key(),
            workbook,
            changed,
        )?;
        self.note_seen(pieces.known_manifest());
        Ok(())
    }

    /// Keeps text the app could not read under a key of its own; returns that key.
    pub fn keep_aside(&self, text: &str, now: DateTime<Utc>) -> Result<String, SaveError> {
        let key = format!(
            "{}{}",
            self.unreadable_prefix(),
            now.to_rfc3339_opts(SecondsFormat::Millis, true)
        );
        self.write_raw(&key, text)?;
        Ok(key)
    }

    /// Puts kept-aside text back under its key (undoing a deletion).
    pub fn restore_kept_aside(&self, key: &str, text: &str) -> Result<(), SaveError> {
        if self.kept_aside_stamp(key).is_none() {
            return Err(SaveError::Failed(format!(
                "{key} is not a key for kept-aside text"
            )));
        }
        self.write_raw(key, text)
    }

    /// Keys of all text kept aside, oldest first.
    pub fn kept_aside_keys(&self) -> Vec<String> {
        let Ok(storage) = Self::storage() else {
            return Vec::new();
        };
        let prefix = self.unreadable_prefix();
        let count = storage.length().unwrap_or(0);
        let mut keys: Vec<String> = (0..count)
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(&prefix))
            .collect();
        keys.sort();
        keys
    }

    /// When a kept-aside key was written, as its RFC 3339 stamp.
    pub fn kept_aside_stamp<'k>(&self, key: &'k str) -> Option<&'k str> {
        key.strip_prefix(&self.unreadable_prefix())
    }

    /// The backups, newest first (`store::backups`).
    pub fn backups(&self) -> Vec<Backup> {
        backups::list(self, &self.namespace)
    }

    /// Keeps `text` (a saved workbook's whole text) as a backup.
    pub fn back_up(
        &self,
        text: &str,
        reason: BackupReason,
        now: DateTime<Utc>,
    ) -> Result<BackupMade, SaveError> {
        backups::make(self, &self.namespace, text, reason, now)
    }

    /// Keeps the saved workbook as a backup; `None` when nothing was saved.
    pub fn back_up_saved(
        &self,
        reason: BackupReason,
        now: DateTime<Utc>,
    ) -> Result<Option<BackupMade>, SaveError> {
        match self.saved_text()? {
            Some(text) => self.back_up(&text, reason, now).map(Some),
            None => Ok(None),
        }
    }

    pub fn backup_text(&self, backup: &Backup) -> Result<String, BackupError> {
        backups::text(self, backup)
    }

    /// A backup's workbook, read through the one validator.
    pub fn read_backup(&self, backup: &Backup) -> Result<IncomingDocument, BackupError> {
        backups::read(self, backup)
    }

    pub fn newest_good_backup(&self) -> Option<Backup> {
        backups::newest_good(self, &self.namespace)
    }

    /// Removes the oldest backup to make room for the workbook; false when there was none.
    pub fn drop_oldest_backup(&self) -> bool {
        backups::drop_oldest(self, &self.namespace)
    }

    /// Takes the one backup an earlier Waypoint kept (before an import) into the list. Returns
    /// whether there was one; if it cannot be moved it stays where it is.
    pub fn adopt_legacy_backup(&self, now: DateTime<Utc>) -> bool {
        let key = self.legacy_backup_key();
        let Ok(Some(text)) = self.read_raw(&key) else {
            return false;
        };
        if self.back_up(&text, BackupReason::Import, now).is_ok() {
            let _ = self.remove(&key);
            return true;
        }
        false
    }

    /// A day kept under `<ns>.<name>` (the last export, a reminder waved away): about this browser's
    /// copy, not the workbook, so it is neither exported nor imported. Unreadable reads as none.
    fn day(&self, name: &str) -> Option<NaiveDate> {
        let text = self
            .read_raw(&format!("{}.{name}", self.namespace))
            .ok()
            .flatten()?;
        parse_day(&text).ok()
    }

    fn set_day(&self, name: &str, day: NaiveDate) -> Result<(), SaveError> {
        self.write_raw(&format!("{}.{name}", self.namespace), &day.to_string())
    }

    /// The day of the last export from this browser.
    pub fn last_export(&self) -> Option<NaiveDate> {
        self.day("last-export")
    }

    pub fn record_export(&self, day: NaiveDate) -> Result<(), SaveError> {
        self.set_day("last-export", day)
    }

    /// The day the reminder to export was last waved away.
    pub fn reminder_dismissed(&self) -> Option<NaiveDate> {
        self.day("export-reminder-dismissed")
    }

    pub fn dismiss_reminder(&self, day: NaiveDate) -> Result<(), SaveError> {
        self.set_day("export-reminder-dismissed", day)
    }

    /// Whether the browser was already asked to keep this site's storage (asked once, as asking
    /// again may show the person the same prompt again).
    pub fn persistence_asked(&self) -> bool {
        self.day("persistence-asked").is_some()
    }

    pub fn record_persistence_asked(&self, day: NaiveDate) -> Result<(), SaveError> {
        self.set_day("persistence-asked", day)
    }

    /// Every key in this site's localStorage (to find the workbooks in it, `store::workbooks`).
    pub fn all_keys() -> Vec<String> {
        let Ok(storage) = Self::storage() else {
            return Vec::new();
        };
        (0..storage.length().unwrap_or(0))
            .filter_map(|index| storage.key(index).ok().flatten())
            .collect()
    }

    /// The workbook this tab had open (kept in session storage, which a reload keeps and another tab
    /// does not share).
    pub fn tab_choice() -> Option<String> {
        let storage = web_sys::window()?.session_storage().ok()??;
        storage.get_item(super::workbooks::ACTIVE_KEY).ok()?
    }

    /// Remembers this store's workbook as the one open in this tab, so a reload keeps it.
    pub fn remember_in_tab(&self) {
        if let Some(Ok(Some(session))) = web_sys::window().map(|w| w.session_storage()) {
            let _ = session.set_item(super::workbooks::ACTIVE_KEY, &self.namespace);
        }
    }

    /// Remembers this store's workbook as the one open in this tab and the last one opened in this
    /// browser (which a new tab opens).
    pub fn choose_workbook(&self) -> Result<(), SaveError> {
        self.remember_in_tab();
        self.write_raw(super::workbooks::ACTIVE_KEY, &self.namespace)
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// What Waypoint's keys take of localStorage, as browsers count it against their quota: two bytes
    /// for each UTF-16 unit of every key and value.
    pub fn usage(&self) -> usize {
        let Ok(storage) = Self::storage() else {
            return 0;
        };
        let prefix = format!("{}.", self.namespace);
        (0..storage.length().unwrap_or(0))
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(&prefix))
            .map(|key| {
                let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
                2 * (key.encode_utf16().count() + value.encode_utf16().count())
            })
            .sum()
    }
}
