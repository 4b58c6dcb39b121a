//! Backups (D2): before anything replaces the saved workbook — an import, a restore, starting again,
//! an update to a newer schema, or this tab saving over what another tab saved — its whole text is
//! copied under a key of its own, `<ns>.backup.<milliseconds>`. The last [`BACKUPS_KEPT`] are kept, listed
//! newest first in `<ns>.backups` with when, why, how large and a line saying what each holds (so the
//! Data page lists them without reading megabytes).
//!
//! Backups take room in the same storage as the workbook. When a write does not fit, the oldest
//! backups go first, one at a time, and the caller is told how many went.

use chrono::{DateTime, Utc};

use super::document::{read_document, DocumentError, IncomingDocument};
use super::local::SaveError;
use super::pieces::KeyValue;

/// How many backups are kept; a new one beyond that pushes out the oldest.
pub const BACKUPS_KEPT: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupReason {
    Import,
    Restore,
    StartAgain,
    Migration,
    /// Another tab saved this copy; this tab, with changes of its own, saved over it.
    OtherTab,
}

impl BackupReason {
    const ALL: [BackupReason; 5] = [
        BackupReason::Import,
        BackupReason::Restore,
        BackupReason::StartAgain,
        BackupReason::Migration,
        BackupReason::OtherTab,
    ];

    /// Its name in the list of backups.
    pub fn key(self) -> &'static str {
        match self {
            BackupReason::Import => "import",
            BackupReason::Restore => "restore",
            BackupReason::StartAgain => "start-again",
            BackupReason::Migration => "migration",
            BackupReason::OtherTab => "other-tab",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            BackupReason::Import => "Before an import",
            BackupReason::Restore => "Before a restore",
            BackupReason::StartAgain => "Before starting again",
            BackupReason::Migration => "Before an update of Waypoint",
            BackupReason::OtherTab => "Saved in another tab at the same time",
        }
    }
}

/// One backup as the list holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    /// When it was made, in milliseconds since 1970 (a number, so that no date text is written or
    /// parsed at start-up, where chrono's text handling would weigh on the first load).
    pub at_ms: i64,
    pub reason: BackupReason,
    /// The length of its text in bytes.
    pub bytes: usize,
    /// What it holds, in a line (`WorkbookSummary::brief`).
    pub summary: String,
}

impl Backup {
    pub fn at(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.at_ms).unwrap_or_default()
    }

    /// Its line in the list: key, time, reason, bytes and summary, separated by tabs (the summary, last,
    /// with tabs and line breaks made spaces). Lines, not JSON: the list is read at every start-up, and
    /// a serde reader for it weighed a few KB of the first load.
    fn line(&self) -> String {
        let summary = self.summary.replace(['\t', '\n', '\r'], " ");
        format!(
            "{}\t{}\t{}\t{}\t{summary}\n",
            self.key,
            self.at_ms,
            self.reason.key(),
            self.bytes
        )
    }

    fn from_line(line: &str) -> Option<Backup> {
        let mut fields = line.splitn(5, '\t');
        let key = fields.next()?.to_string();
        let at_ms = fields.next()?.parse().ok()?;
        let reason_key = fields.next()?;
        let reason = BackupReason::ALL
            .into_iter()
            .find(|r| r.key() == reason_key)?;
        let bytes = fields.next()?.parse().ok()?;
        Some(Backup {
            key,
            at_ms,
            reason,
            bytes,
            summary: fields.next()?.to_string(),
        })
    }
}

/// The first line of the list.
const LIST_HEADER: &str = "waypoint-backups 1\n";

/// A backup made, and how many older ones went to make room for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupMade {
    pub backup: Backup,
    pub dropped_for_room: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum BackupError {
    /// Its text is no longer in storage.
    Gone,
    Storage(SaveError),
    Unreadable(DocumentError),
}

impl std::fmt::Display for BackupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupError::Gone => write!(f, "This backup is no longer in this browser's storage."),
            BackupError::Storage(error) => write!(f, "{error}"),
            BackupError::Unreadable(error) => write!(f, "This backup cannot be read: {error}"),
        }
    }
}

pub fn list_key(namespace: &str) -> String {
    format!("{namespace}.backups")
}

/// The backups, newest first. A list that cannot be read counts as none, and a line that cannot be
/// read is passed over (the backups' texts stay in storage, untouched).
pub fn list(store: &impl KeyValue, namespace: &str) -> Vec<Backup> {
    let text = store
        .read(&list_key(namespace))
        .ok()
        .flatten()
        .unwrap_or_default();
    let Some(lines) = text.strip_prefix(LIST_HEADER) else {
        return Vec::new();
    };
    lines.lines().filter_map(Backup::from_line).collect()
}

fn write_list(store: &impl KeyValue, namespace: &str, backups: &[Backup]) -> Result<(), SaveError> {
    let text: String = std::iter::once(LIST_HEADER.to_string())
        .chain(backups.iter().map(Backup::line))
        .collect();
    store.write(&list_key(namespace), &text)
}

/// Removes the oldest backup to make room; false when there was none.
pub fn drop_oldest(store: &impl KeyValue, namespace: &str) -> bool {
    let mut backups = list(store, namespace);
    let Some(oldest) = backups.pop() else {
        return false;
    };
    let _ = store.delete(&oldest.key);
    // A shorter list always fits where the longer one was.
    let _ = write_list(store, namespace, &backups);
    true
}

/// Copies `text` (a saved workbook's whole text) as a backup made at `now` for `reason`.
pub fn make(
    store: &impl KeyValue,
    namespace: &str,
    text: &str,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<BackupMade, SaveError> {
    let summary = match read_document(text) {
        Ok(document) => document.workbook.brief(),
        Err(_) => "A workbook this version of Waypoint cannot read".into(),
    };
    let mut backups = list(store, namespace);
    let stamp = now.timestamp_millis();
    let mut key = format!("{namespace}.backup.{stamp}");
    for n in 2.. {
        if !backups.iter().any(|b| b.key == key) {
            break;
        }
        key = format!("{namespace}.backup.{stamp}-{n}");
    }
    let backup = Backup {
        key: key.clone(),
        at_ms: now.timestamp_millis(),
        reason,
        bytes: text.len(),
        summary,
    };

    let mut dropped_for_room = 0;
    let mut written = false;
    loop {
        let attempt = if written {
            let mut new_list = vec![backup.clone()];
            new_list.extend(backups.iter().take(BACKUPS_KEPT - 1).cloned());
            write_list(store, namespace, &new_list)
        } else {
            store.write(&key, text)
        };
        match attempt {
            Ok(()) if written => break,
            Ok(()) => written = true,
            Err(SaveError::QuotaExceeded) if !backups.is_empty() => {
                if let Some(oldest) = backups.pop() {
                    let _ = store.delete(&oldest.key);
                    let _ = write_list(store, namespace, &backups);
                    dropped_for_room += 1;
                }
            }
            Err(error) => {
                if written {
                    let _ = store.delete(&key);
                }
                return Err(error);
            }
        }
    }
    // Beyond the ten kept: the oldest leave the list above; their texts leave storage here.
    for old in backups.iter().skip(BACKUPS_KEPT - 1) {
        let _ = store.delete(&old.key);
    }
    Ok(BackupMade {
        backup,
        dropped_for_room,
    })
}

/// A backup's text, as it was stored.
pub fn text(store: &impl KeyValue, backup: &Backup) -> Result<String, BackupError> {
    store
        .read(&backup.key)
        .map_err(BackupError::Storage)?
        .ok_or(BackupError::Gone)
}

/// A backup's workbook, read through the one validator.
pub fn read(store: &impl KeyValue, backup: &Backup) -> Result<IncomingDocument, BackupError> {
    read_document(&text(store, backup)?).map_err(BackupError::Unreadable)
}

/// The newest backup that reads whole, to offer when the saved workbook cannot be read.
pub fn newest_good(store: &impl KeyValue, namespace: &str) -> Option<Backup> {
    list(store, namespace)
        .into_iter()
        .find(|backup| read(store, backup).is_ok())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::model::{StartEdit, Workbook};
    use crate::store::memory::MemoryStore;
    use crate::store::saved_text::export_text;

    const NS: &str = "t";

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 3, 10, minute, 0).unwrap()
    }

    fn named(name: &str) -> String {
        let mut workbook = Workbook::default();
        workbook.apply(StartEdit::SetName(name.into()).into());
        export_text(&workbook, at(0)).unwrap()
    }

    #[test]
    fn backups_are_listed_newest_first_with_what_they_hold_and_read_back_whole() {
        let store = MemoryStore::default();
        assert!(list(&store, NS).is_empty());
        let first = make(&store, NS, &named("Ana"), BackupReason::Import, at(1)).unwrap();
        let second = make(&store, NS, &named("Bea"), BackupReason::Restore, at(2)).unwrap();
        assert_eq!(first.dropped_for_room, 0);
        let backups = list(&store, NS);
        assert_eq!(backups, vec![second.backup.clone(), first.backup.clone()]);
        assert_eq!(backups[0].reason, BackupReason::Restore);
        assert!(
            backups[1].summary.starts_with("Ana"),
            "{}",
            backups[1].summary
        );
        assert_eq!(backups[1].bytes, named("Ana").len());
        assert_eq!(text(&store, &backups[1]).unwrap(), named("Ana"));
        assert_eq!(
            read(&store, &backups[0]).unwrap().workbook.profile.name,
            "Bea"
        );
    }

    #[test]
    fn the_list_reads_back_what_it_wrote_and_passes_over_a_damaged_line() {
        let store = MemoryStore::default();
        let made = make(
            &store,
            NS,
            &named("Tab\tand\nline"),
            BackupReason::OtherTab,
            at(1),
        )
        .unwrap();
        make(&store, NS, &named("Bea"), BackupReason::StartAgain, at(2)).unwrap();
        let text = store.read(&list_key(NS)).unwrap().unwrap();
        assert_eq!(text.lines().count(), 3, "{text}");
        let backups = list(&store, NS);
        assert_eq!(backups[1].reason, BackupReason::OtherTab);
        assert_eq!(backups[1].at(), at(1));
        assert_eq!(
            backups[1].summary,
            made.backup.summary.replace(['\t', '\n'], " ")
        );
        let damaged = text.replacen("start-again", "unknown-reason", 1);
        store.write(&list_key(NS), &damaged).unwrap();
        assert_eq!(list(&store, NS).len(), 1);
    }

    #[test]
    fn two_backups_in_the_same_millisecond_keep_both() {
        let store = MemoryStore::default();
        let a = make(&store, NS, &named("Ana"), BackupReason::Import, at(1)).unwrap();
        let b = make(&store, NS, &named("Bea"), BackupReason::Import, at(1)).unwrap();
        assert_ne!(a.backup.key, b.backup.key);
        assert_eq!(
            read(&store, &a.backup).unwrap().workbook.profile.name,
            "Ana"
        );
        assert_eq!(
            read(&store, &b.backup).unwrap().workbook.profile.name,
            "Bea"
        );
    }

    #[test]
    fn only_the_last_ten_are_kept_and_the_others_leave_storage() {
        let store = MemoryStore::default();
        for minute in 0..13 {
            make(
                &store,
                NS,
                &named(&format!("N{minute}")),
                BackupReason::Import,
                at(minute),
            )
            .unwrap();
        }
        let backups = list(&store, NS);
        assert_eq!(backups.len(), BACKUPS_KEPT);
        assert_eq!(
            read(&store, &backups[0]).unwrap().workbook.profile.name,
            "N12"
        );
        assert_eq!(
            read(&store, &backups[9]).unwrap().workbook.profile.name,
            "N3"
        );
        let texts = store
            .keys()
            .into_iter()
            .filter(|k| k.starts_with("t.backup."))
            .count();
        assert_eq!(
            texts, BACKUPS_KEPT,
            "no text is left behind without its place in the list"
        );
    }

    #[test]
    fn when_space_is_short_the_oldest_go_first_and_are_counted() {
        let mut store = MemoryStore::default();
        for minute in 0..4 {
            make(
                &store,
                NS,
                &named(&format!("N{minute}")),
                BackupReason::Import,
                at(minute),
            )
            .unwrap();
        }
        // Room for about two more backups of this size than there is now.
        let one = named("N9").len() + 40;
        store.quota = Some(store.used() + one / 2);
        let made = make(&store, NS, &named("N9"), BackupReason::Import, at(9)).unwrap();
        assert!(made.dropped_for_room >= 1, "{made:?}");
        let names: Vec<String> = list(&store, NS)
            .iter()
            .map(|b| read(&store, b).unwrap().workbook.profile.name)
            .collect();
        assert_eq!(names.first().map(String::as_str), Some("N9"));
        assert_eq!(names.len(), 5 - made.dropped_for_room);
        assert!(
            !names.contains(&"N0".to_string()),
            "the oldest went first: {names:?}"
        );
    }

    #[test]
    fn a_backup_that_cannot_fit_at_all_changes_nothing_but_what_it_had_to_try() {
        let mut store = MemoryStore::default();
        store.write("t.workbook", &named("Ana")).unwrap();
        store.quota = Some(store.used() + 10);
        assert_eq!(
            make(&store, NS, &named("Ana"), BackupReason::Import, at(1)),
            Err(SaveError::QuotaExceeded)
        );
        assert_eq!(store.keys(), vec!["t.workbook".to_string()]);
    }

    #[test]
    fn an_unreadable_list_counts_as_none_and_the_newest_good_backup_is_found() {
        let store = MemoryStore::default();
        store.write(&list_key(NS), "not a list").unwrap();
        assert!(list(&store, NS).is_empty());
        let good = make(&store, NS, &named("Ana"), BackupReason::Import, at(1)).unwrap();
        let bad = make(
            &store,
            NS,
            "{\"format\":\"waypoint-workbook\"",
            BackupReason::Import,
            at(2),
        )
        .unwrap();
        assert!(bad.backup.summary.contains("cannot read"));
        assert_eq!(newest_good(&store, NS), Some(good.backup.clone()));
        store.delete(&good.backup.key).unwrap();
        assert_eq!(read(&store, &good.backup), Err(BackupError::Gone));
        assert_eq!(newest_good(&store, NS), None);
    }
}
