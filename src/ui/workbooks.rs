//! D5: which workbook this tab has open, among the workbooks of this browser (`store::workbooks`).
//! The shell chooses it before the workbook is loaded, names it in the header, and opens another by
//! saving and loading the page afresh, so nothing of one workbook stays on screen in another.

use leptos::prelude::*;

use crate::store::local::LocalStore;
use crate::store::workbooks::{self, WorkbookEntry, ACTIVE_KEY, REGISTRY_KEY};
use crate::store::LiveWorkbook;

/// The workbook open in this tab, among the browser's; provided as context by the shell. Only its
/// name is reactive here (the header shows it; the Data page renames it): the list itself is the
/// Data page's, read in that page's part.
#[derive(Clone, Copy)]
pub struct OpenWorkbooks {
    /// The namespace of the workbook open in this tab: it does not change while the page lives.
    pub active: StoredValue<String>,
    pub name: RwSignal<String>,
    /// Whether the browser holds more than one workbook (then the window's title names the open one).
    pub several: RwSignal<bool>,
}

impl OpenWorkbooks {
    /// Reads the list and chooses the tab's workbook; returns its store.
    pub fn choose() -> (OpenWorkbooks, LocalStore) {
        let any = LocalStore::default();
        let registry = any.read_raw(REGISTRY_KEY).ok().flatten();
        let last = any.read_raw(ACTIVE_KEY).ok().flatten();
        let opening = workbooks::opening(
            registry.as_deref(),
            LocalStore::tab_choice().as_deref(),
            last.as_deref(),
        );
        let store = LocalStore::new(&opening.namespace);
        store.remember_in_tab();
        let open = OpenWorkbooks {
            active: StoredValue::new(opening.namespace),
            name: RwSignal::new(opening.name),
            several: RwSignal::new(opening.several),
        };
        provide_context(open);
        (open, store)
    }

    /// Tells the shell what the list now says of the open workbook.
    pub fn update(self, entries: &[WorkbookEntry]) {
        let active = self.active.get_value();
        if let Some(entry) = entries.iter().find(|e| e.namespace == active) {
            if self.name.get_untracked() != entry.name {
                self.name.set(entry.name.clone());
            }
        }
        self.several
            .set(entries.iter().filter(|e| e.is_open()).count() > 1);
    }

    /// Saves what is waiting, remembers `namespace` as this tab's workbook and the browser's last,
    /// and loads the app afresh on it (at home: the page open here may mean nothing there).
    pub fn open(self, live: LiveWorkbook, namespace: &str) -> Result<(), String> {
        live.flush();
        LocalStore::new(namespace)
            .choose_workbook()
            .map_err(|error| error.to_string())?;
        let location = window().location();
        let address = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        location.replace(&address).map_err(|_| {
            "The browser did not open the workbook. Reload the page to open it.".to_string()
        })
    }
}

/// The open workbook's name in the header, always in sight, linking to where workbooks are managed.
#[component]
pub fn WorkbookName() -> impl IntoView {
    let name = expect_context::<OpenWorkbooks>().name;
    view! {
        <a class="workbook-name" id="workbook-name" href="#/data" title="Workbooks in this browser">
            <span class="visually-hidden">"Open workbook: "</span>{name}
        </a>
    }
}
