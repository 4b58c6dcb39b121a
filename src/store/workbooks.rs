//! D5, several workbooks in one browser: a coach keeps each client's apart. Each workbook is a
//! namespace of keys of its own (`waypoint` for the first, then `waypoint-w2`, `waypoint-w3`, …),
//! with its own saved form, backups and days, so everything that works on one workbook works on any.
//! Beside them, one list names them (`waypoint-workbooks`, a line each: namespace, state, name) and
//! one key remembers the last one opened (`waypoint-active`; a tab remembers its own in session
//! storage, so a reload keeps it and another tab may work on another workbook).
//!
//! A workbook deleted goes to "recently deleted", whole, until the person restores it or removes it
//! for good. The list is rebuilt from storage when it is missing or damaged: a workbook whose key is
//! there is never left off it.

use std::fmt;

use chrono::NaiveDate;

use super::local::{SaveError, DEFAULT_NAMESPACE};
use super::pieces::KeyValue;
use super::saved_text::storage_text;
use crate::model::Workbook;

pub const REGISTRY_KEY: &str = "waypoint-workbooks";
pub const ACTIVE_KEY: &str = "waypoint-active";
/// Workbooks in one browser, deleted ones included: the browser's ~5 MB is shared by all.
pub const MAX_WORKBOOKS: usize = 20;
pub const MAX_NAME_CHARS: usize = 60;
/// The first workbook's name until the person gives it another.
pub const FIRST_NAME: &str = "My workbook";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookEntry {
    pub namespace: String,
    pub name: String,
    /// When it was deleted (milliseconds since 1970), while it waits in "recently deleted".
    pub deleted_at_ms: Option<i64>,
}

impl WorkbookEntry {
    pub fn is_open(&self) -> bool {
        self.deleted_at_ms.is_none()
    }

    fn line(&self) -> String {
        let state = self
            .deleted_at_ms
            .map_or_else(|| "open".to_string(), |ms| ms.to_string());
        format!("{}\t{state}\t{}\n", self.namespace, self.name)
    }

    fn from_line(line: &str) -> Option<WorkbookEntry> {
        let mut fields = line.splitn(3, '\t');
        let namespace = fields.next().filter(|ns| is_namespace(ns))?.to_string();
        let deleted_at_ms = match fields.next()? {
            "open" => None,
            ms => Some(ms.parse().ok()?),
        };
        let name = tidy_name(fields.next()?);
        (!name.is_empty()).then_some(WorkbookEntry {
            namespace,
            name,
            deleted_at_ms,
        })
    }
}

/// Whether `text` is a workbook's namespace: `waypoint`, or `waypoint-w` and a number from 2.
pub fn is_namespace(text: &str) -> bool {
    text == DEFAULT_NAMESPACE
        || text.strip_prefix("waypoint-w").is_some_and(|n| {
            !n.starts_with('0') && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit()) && n != "1"
        })
}

/// A name as kept: one line, no tabs, spaces at the ends dropped, at most [`MAX_NAME_CHARS`].
pub fn tidy_name(name: &str) -> String {
    let one_line: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    one_line
        .trim()
        .chars()
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// Why a name cannot be given to a workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameRefusal {
    Empty,
    TooLong { chars: usize },
    Taken,
}

impl fmt::Display for NameRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameRefusal::Empty => write!(f, "Give the workbook a name, such as the name of the person it is for."),
            NameRefusal::TooLong { chars } => write!(f, "A workbook's name can be {MAX_NAME_CHARS} characters long; this one is {chars}."),
            NameRefusal::Taken => write!(f, "A workbook of that name is already in this browser (perhaps among the recently deleted). Choose another name."),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkbooksError {
    Name(NameRefusal),
    Full,
    NotFound,
    /// The workbook open in this tab cannot be deleted from it.
    IsOpen,
    Storage(SaveError),
}

impl fmt::Display for WorkbooksError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkbooksError::Name(refusal) => refusal.fmt(f),
            WorkbooksError::Full => write!(
                f,
                "This browser holds {MAX_WORKBOOKS} workbooks already (recently deleted ones count). Remove one for good, or export one and remove it, to make room."
            ),
            WorkbooksError::NotFound => write!(f, "That workbook is no longer in this browser (another tab may have removed it). Reload the page to see the list as it is."),
            WorkbooksError::IsOpen => write!(f, "This is the workbook open here: open another one first, then delete this one."),
            WorkbooksError::Storage(error) => write!(f, "{error}"),
        }
    }
}

impl From<SaveError> for WorkbooksError {
    fn from(error: SaveError) -> Self {
        WorkbooksError::Storage(error)
    }
}

/// The workbooks of this browser, open ones and recently deleted ones, in the order they were made.
/// `keys` are all the keys in storage: a workbook the list does not name (the list lost or damaged)
/// is added under a name that says where it was found.
pub fn list(store: &impl KeyValue, keys: &[String]) -> Vec<WorkbookEntry> {
    let text = store.read(REGISTRY_KEY).ok().flatten();
    let mut entries: Vec<WorkbookEntry> = Vec::new();
    for entry in text
        .as_deref()
        .unwrap_or_default()
        .lines()
        .filter_map(WorkbookEntry::from_line)
    {
        if !entries.iter().any(|e| e.namespace == entry.namespace) {
            entries.push(entry);
        }
    }
    if text.is_none() {
        entries.push(WorkbookEntry {
            namespace: DEFAULT_NAMESPACE.into(),
            name: FIRST_NAME.into(),
            deleted_at_ms: None,
        });
    }
    // (Numbers, not names, are sorted: this runs in the first download, where every byte counts.)
    let mut found: Vec<u32> = keys
        .iter()
        .filter_map(|key| key.strip_suffix(".workbook"))
        .filter(|ns| is_namespace(ns))
        .map(number_of)
        .collect();
    found.sort_unstable();
    for number in found {
        let namespace = if number == 1 {
            DEFAULT_NAMESPACE.to_string()
        } else {
            format!("waypoint-w{number}")
        };
        if !entries.iter().any(|e| e.namespace == namespace) {
            let name = unique_name(
                &entries,
                &format!("Workbook found in this browser ({number})"),
            );
            entries.push(WorkbookEntry {
                namespace,
                name,
                deleted_at_ms: None,
            });
        }
    }
    // Always one open: the first workbook, when the list says every one is deleted or names none.
    if !entries.iter().any(WorkbookEntry::is_open) {
        match entries
            .iter_mut()
            .find(|e| e.namespace == DEFAULT_NAMESPACE)
        {
            Some(first) => first.deleted_at_ms = None,
            None => entries.insert(
                0,
                WorkbookEntry {
                    namespace: DEFAULT_NAMESPACE.into(),
                    name: unique_name(&entries, FIRST_NAME),
                    deleted_at_ms: None,
                },
            ),
        }
    }
    entries
}

fn number_of(namespace: &str) -> u32 {
    namespace
        .strip_prefix("waypoint-w")
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

fn unique_name(entries: &[WorkbookEntry], name: &str) -> String {
    let mut candidate = name.to_string();
    let mut n = 2;
    // ASCII letters only, so the first download needs no tables of Unicode's cases.
    while entries
        .iter()
        .any(|e| e.name.eq_ignore_ascii_case(&candidate))
    {
        candidate = format!("{name} {n}");
        n += 1;
    }
    candidate
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn write_list(store: &impl KeyValue, entries: &[WorkbookEntry]) -> Result<(), SaveError> {
    store.write(
        REGISTRY_KEY,
        &entries.iter().map(WorkbookEntry::line).collect::<String>(),
    )
}

/// Why `name` cannot be given to a workbook (`except` is the one being renamed), if it cannot.
pub fn name_refusal(
    entries: &[WorkbookEntry],
    name: &str,
    except: Option<&str>,
) -> Option<NameRefusal> {
    let one_line: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let chars = one_line.trim().chars().count();
    if chars == 0 {
        return Some(NameRefusal::Empty);
    }
    if chars > MAX_NAME_CHARS {
        return Some(NameRefusal::TooLong { chars });
    }
    entries
        .iter()
        .any(|e| Some(e.namespace.as_str()) != except && same_name(&e.name, name))
        .then_some(NameRefusal::Taken)
}

/// Makes a new, empty workbook named `name` (begun `today`) and returns its namespace. Its saved
/// form is written before the list names it; if the list cannot be written, it is taken away again.
pub fn create(
    store: &impl KeyValue,
    keys: &[String],
    name: &str,
    today: NaiveDate,
) -> Result<String, WorkbooksError> {
    let mut entries = list(store, keys);
    if let Some(refusal) = name_refusal(&entries, name, None) {
        return Err(WorkbooksError::Name(refusal));
    }
    if entries.len() >= MAX_WORKBOOKS {
        return Err(WorkbooksError::Full);
    }
    let number = (2..).find(|n| {
        let namespace = format!("waypoint-w{n}");
        !entries.iter().any(|e| e.namespace == namespace)
            && !keys.iter().any(|k| k.starts_with(&format!("{namespace}.")))
    });
    let namespace = format!("waypoint-w{}", number.unwrap_or(2));
    let text = storage_text(&Workbook::new_started(today))
        .map_err(|e| SaveError::Failed(e.to_string()))?;
    let key = format!("{namespace}.workbook");
    store.write(&key, &text)?;
    entries.push(WorkbookEntry {
        namespace: namespace.clone(),
        name: tidy_name(name),
        deleted_at_ms: None,
    });
    if let Err(error) = write_list(store, &entries) {
        let _ = store.delete(&key);
        return Err(error.into());
    }
    Ok(namespace)
}

fn change(
    store: &impl KeyValue,
    keys: &[String],
    namespace: &str,
    edit: impl FnOnce(&mut WorkbookEntry),
) -> Result<(), WorkbooksError> {
    let mut entries = list(store, keys);
    let entry = entries
        .iter_mut()
        .find(|e| e.namespace == namespace)
        .ok_or(WorkbooksError::NotFound)?;
    edit(entry);
    Ok(write_list(store, &entries)?)
}

pub fn rename(
    store: &impl KeyValue,
    keys: &[String],
    namespace: &str,
    name: &str,
) -> Result<(), WorkbooksError> {
    if let Some(refusal) = name_refusal(&list(store, keys), name, Some(namespace)) {
        return Err(WorkbooksError::Name(refusal));
    }
    change(store, keys, namespace, |e| e.name = tidy_name(name))
}

/// Moves a workbook (not the one open here) to "recently deleted"; everything in it stays.
pub fn delete(
    store: &impl KeyValue,
    keys: &[String],
    namespace: &str,
    open_here: &str,
    now_ms: i64,
) -> Result<(), WorkbooksError> {
    if namespace == open_here {
        return Err(WorkbooksError::IsOpen);
    }
    change(store, keys, namespace, |e| e.deleted_at_ms = Some(now_ms))
}

/// Brings a recently deleted workbook back to the list.
pub fn restore(
    store: &impl KeyValue,
    keys: &[String],
    namespace: &str,
) -> Result<(), WorkbooksError> {
    change(store, keys, namespace, |e| e.deleted_at_ms = None)
}

/// Removes a recently deleted workbook for good: every key of its namespace, then its line.
pub fn remove_for_good(
    store: &impl KeyValue,
    keys: &[String],
    namespace: &str,
) -> Result<(), WorkbooksError> {
    let mut entries = list(store, keys);
    let at = entries
        .iter()
        .position(|e| e.namespace == namespace && !e.is_open())
        .ok_or(WorkbooksError::NotFound)?;
    let prefix = format!("{namespace}.");
    for key in keys.iter().filter(|k| k.starts_with(&prefix)) {
        store.delete(key)?;
    }
    entries.remove(at);
    Ok(write_list(store, &entries)?)
}

/// The workbook a tab opens: the one it had open (session storage), else the one last opened in
/// this browser, else the first — each only while it is on the list and not deleted.
pub fn choose_active(
    entries: &[WorkbookEntry],
    in_tab: Option<&str>,
    last: Option<&str>,
) -> String {
    let open = |ns: &&str| entries.iter().any(|e| e.namespace == *ns && e.is_open());
    in_tab
        .filter(open)
        .or(last.filter(open))
        .map(str::to_string)
        .or_else(|| {
            entries
                .iter()
                .find(|e| e.is_open())
                .map(|e| e.namespace.clone())
        })
        .unwrap_or_else(|| DEFAULT_NAMESPACE.to_string())
}

/// The workbook a tab opens, read from the list's text alone (the shell's first download does not
/// carry [`list`], which reads every key): the same choice as [`choose_active`] over [`list`] for
/// every workbook the list names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    pub namespace: String,
    pub name: String,
    /// More than one workbook is open in this browser.
    pub several: bool,
}

pub fn opening(registry: Option<&str>, in_tab: Option<&str>, last: Option<&str>) -> Opening {
    let Some(text) = registry else {
        return Opening {
            namespace: DEFAULT_NAMESPACE.into(),
            name: FIRST_NAME.into(),
            several: false,
        };
    };
    // (namespace, name) of each open workbook, as `WorkbookEntry::from_line` reads a line.
    let open: Vec<(&str, &str)> = text
        .lines()
        .filter_map(|line| {
            let mut fields = line.splitn(3, '\t');
            let (namespace, state, name) = (fields.next()?, fields.next()?, fields.next()?);
            (is_namespace(namespace) && state == "open" && !name.trim().is_empty())
                .then_some((namespace, name))
        })
        .collect();
    let chosen = [in_tab, last]
        .into_iter()
        .flatten()
        .find_map(|ns| open.iter().find(|(n, _)| *n == ns))
        .or(open.first());
    match chosen {
        Some((namespace, name)) => Opening {
            namespace: namespace.to_string(),
            name: tidy_name(name),
            several: open.len() > 1,
        },
        // Every one deleted, or none named: the first, under its name when the list gives one, as
        // `list` brings it back.
        None => {
            let named = text.lines().find_map(|line| {
                line.strip_prefix("waypoint\t")?
                    .split_once('\t')
                    .map(|(_, name)| tidy_name(name))
            });
            Opening {
                namespace: DEFAULT_NAMESPACE.into(),
                name: named
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| FIRST_NAME.into()),
                several: false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::document::read_document;
    use crate::store::memory::MemoryStore;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
    }

    fn names(store: &MemoryStore) -> Vec<(String, String, bool)> {
        list(store, &store.keys())
            .into_iter()
            .map(|e| (e.namespace.clone(), e.name.clone(), e.is_open()))
            .collect()
    }

    #[test]
    fn a_browser_begins_with_one_workbook_and_makes_more_each_with_keys_of_its_own() {
        let store = MemoryStore::default();
        assert_eq!(
            names(&store),
            [("waypoint".into(), "My workbook".into(), true)]
        );
        let ns = create(&store, &store.keys(), "  Client A\t(Rin) ", day()).unwrap();
        assert_eq!(ns, "waypoint-w2");
        let saved = store.read("waypoint-w2.workbook").unwrap().unwrap();
        assert_eq!(
            read_document(&saved).unwrap().workbook.profile.started_on,
            Some(day()),
            "a new, empty workbook, begun today"
        );
        assert_eq!(
            create(&store, &store.keys(), "client a (rin)", day()),
            Err(WorkbooksError::Name(NameRefusal::Taken))
        );
        assert_eq!(
            create(&store, &store.keys(), "   ", day()),
            Err(WorkbooksError::Name(NameRefusal::Empty))
        );
        assert_eq!(
            create(&store, &store.keys(), &"x".repeat(61), day()),
            Err(WorkbooksError::Name(NameRefusal::TooLong { chars: 61 }))
        );
        assert_eq!(
            create(&store, &store.keys(), "Client B", day()).unwrap(),
            "waypoint-w3"
        );
        assert_eq!(
            names(&store)
                .into_iter()
                .map(|(_, name, _)| name)
                .collect::<Vec<_>>(),
            ["My workbook", "Client A (Rin)", "Client B"]
        );
        rename(&store, &store.keys(), "waypoint", "Mine").unwrap();
        assert_eq!(
            rename(&store, &store.keys(), "waypoint-w3", "MINE"),
            Err(WorkbooksError::Name(NameRefusal::Taken))
        );
        rename(&store, &store.keys(), "waypoint-w3", "client b").unwrap();
        assert_eq!(
            names(&store)[2].1,
            "client b",
            "a workbook may take its own name in other letters"
        );
        for n in 4..=MAX_WORKBOOKS {
            create(&store, &store.keys(), &format!("Client {n}"), day()).unwrap();
        }
        assert_eq!(
            create(&store, &store.keys(), "One more", day()),
            Err(WorkbooksError::Full)
        );
    }

    #[test]
    fn deleting_keeps_everything_until_removed_for_good_and_never_the_one_open() {
        let store = MemoryStore::default();
        let ns = create(&store, &store.keys(), "Client A", day()).unwrap();
        store.write("waypoint-w2.backups", "list").unwrap();
        store.write("waypoint.workbook", "{}").unwrap();
        assert_eq!(
            delete(&store, &store.keys(), &ns, &ns, 5),
            Err(WorkbooksError::IsOpen)
        );
        delete(&store, &store.keys(), &ns, "waypoint", 5).unwrap();
        assert_eq!(
            names(&store)[1],
            ("waypoint-w2".into(), "Client A".into(), false)
        );
        assert!(
            store.read("waypoint-w2.workbook").unwrap().is_some(),
            "deleted, it is all still there"
        );
        assert_eq!(
            choose_active(&list(&store, &store.keys()), Some("waypoint-w2"), None),
            "waypoint",
            "a deleted one is not opened"
        );
        restore(&store, &store.keys(), &ns).unwrap();
        assert!(names(&store)[1].2);
        assert_eq!(
            remove_for_good(&store, &store.keys(), &ns),
            Err(WorkbooksError::NotFound),
            "only a deleted one goes for good"
        );
        delete(&store, &store.keys(), &ns, "waypoint", 6).unwrap();
        remove_for_good(&store, &store.keys(), &ns).unwrap();
        assert_eq!(store.keys(), ["waypoint-workbooks", "waypoint.workbook"]);
        assert_eq!(names(&store).len(), 1);
        // The next one made does not reuse a namespace that still has keys.
        store.write("waypoint-w2.unreadable.x", "kept").unwrap();
        assert_eq!(
            create(&store, &store.keys(), "Client C", day()).unwrap(),
            "waypoint-w3"
        );
    }

    #[test]
    fn a_lost_or_damaged_list_is_rebuilt_from_storage_and_one_is_always_open() {
        let store = MemoryStore::default();
        store.write("waypoint-w2.workbook", "{}").unwrap();
        store.write("waypoint-w10.workbook", "{}").unwrap();
        store.write("waypoint-w01.workbook", "{}").unwrap();
        store.write("waypoint-review", "{}").unwrap();
        assert_eq!(
            names(&store),
            [
                ("waypoint".into(), "My workbook".into(), true),
                (
                    "waypoint-w2".into(),
                    "Workbook found in this browser (2)".into(),
                    true
                ),
                (
                    "waypoint-w10".into(),
                    "Workbook found in this browser (10)".into(),
                    true
                ),
            ]
        );
        store.write(REGISTRY_KEY, "waypoint\t12\tMine\nnonsense\nwaypoint-w2\topen\tA\twith a tab\nwaypoint-w2\topen\tTwice\n").unwrap();
        let listed = names(&store);
        assert_eq!(listed[0], ("waypoint".into(), "Mine".into(), false));
        assert_eq!(
            listed[1],
            (
                "waypoint-w2".into(),
                "A\twith a tab".replace('\t', " "),
                true
            )
        );
        assert_eq!(listed.len(), 3);
        store.write(REGISTRY_KEY, "waypoint\t12\tMine\n").unwrap();
        let only = MemoryStore::default();
        only.write(REGISTRY_KEY, "waypoint\t12\tMine\n").unwrap();
        assert_eq!(
            names(&only),
            [("waypoint".into(), "Mine".into(), true)],
            "never none open"
        );
        assert_eq!(
            choose_active(
                &list(&store, &store.keys()),
                Some("waypoint-w9"),
                Some("waypoint-w10")
            ),
            "waypoint-w10"
        );
        assert!(
            !is_namespace("waypoint-w1")
                && !is_namespace("waypoint-x2")
                && is_namespace("waypoint-w2")
        );
    }

    #[test]
    fn the_shell_opens_what_the_full_list_would_choose() {
        let registries = [
            None,
            Some(""),
            Some("waypoint\topen\tMine\nwaypoint-w2\topen\tRin\n"),
            Some("waypoint\t12\tMine\nwaypoint-w2\topen\tRin\nwaypoint-w3\topen\t Sol \n"),
            Some("waypoint\t12\tMine\n"),
            Some("nonsense\nwaypoint-w2\topen\tRin\n"),
        ];
        let choices = [
            None,
            Some("waypoint"),
            Some("waypoint-w2"),
            Some("waypoint-w3"),
            Some("waypoint-w9"),
        ];
        for registry in registries {
            let store = MemoryStore::default();
            if let Some(text) = registry {
                store.write(REGISTRY_KEY, text).unwrap();
            }
            let entries = list(&store, &store.keys());
            for in_tab in choices {
                for last in choices {
                    let opened = opening(registry, in_tab, last);
                    let chosen = choose_active(&entries, in_tab, last);
                    assert_eq!(opened.namespace, chosen, "{registry:?} {in_tab:?} {last:?}");
                    let entry = entries.iter().find(|e| e.namespace == chosen).unwrap();
                    assert_eq!(opened.name, entry.name, "{registry:?}");
                    assert_eq!(
                        opened.several,
                        entries.iter().filter(|e| e.is_open()).count() > 1,
                        "{registry:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_full_storage_changes_nothing() {
        let store = MemoryStore {
            quota: Some(200),
            ..MemoryStore::default()
        };
        assert!(matches!(
            create(&store, &[], "Client A", day()),
            Err(WorkbooksError::Storage(SaveError::QuotaExceeded))
        ));
        assert_eq!(store.keys(), Vec::<String>::new());
        // Room for the workbook but not for the list: the workbook is taken away again.
        let text = storage_text(&Workbook::new_started(day())).unwrap();
        let store = MemoryStore {
            quota: Some("waypoint-w2.workbook".len() + text.len() + 10),
            ..MemoryStore::default()
        };
        assert!(matches!(
            create(&store, &[], "Client A", day()),
            Err(WorkbooksError::Storage(SaveError::QuotaExceeded))
        ));
        assert_eq!(store.keys(), Vec::<String>::new());
        assert_eq!(
            store.writes.borrow().len(),
            1,
            "the workbook was written, then taken away"
        );
    }
}
