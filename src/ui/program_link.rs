//! S2 and D4: a program link or a snapshot link opened. The fragment is taken off the address at once (so it is not left in
//! the history, nor shared by accident with the address) and handed to the Coaching page, whose part
//! reads it (the decoding is that part's code, not the first download's) and shows what the program
//! would add; nothing changes until the person accepts.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::coach::Program;
use crate::store::link::is_program_link;
use crate::store::snapshot::is_snapshot_link;

use super::route::Route;

/// A program link being read, read, or refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// The fragment as it came, not read yet.
    Link(String),
    Ready(Program),
    Refused(String),
}

/// The program link opened in this visit, if any: the Coaching page shows it and clears it.
#[derive(Clone, Copy)]
pub struct IncomingProgram(pub RwSignal<Option<Incoming>>);

impl IncomingProgram {
    pub fn provide() -> Self {
        let incoming = IncomingProgram(RwSignal::new(None));
        provide_context(incoming);
        incoming
    }

    /// When the address holds a program link: keeps it for the Coaching page, puts `#/coach` in its
    /// place (replacing the history entry, which holds the link), and returns true.
    pub fn take_from_address(self) -> bool {
        match take_link(is_program_link, Route::Coach) {
            Some(hash) => {
                self.0.set(Some(Incoming::Link(hash)));
                true
            }
            None => false,
        }
    }
}

/// The snapshot link opened in this visit, as it came, until the review space reads it (D4): the
/// shell only takes it off the address; the review space's part decodes it.
#[derive(Clone, Copy)]
pub struct IncomingSnapshot(pub RwSignal<Option<String>>);

impl IncomingSnapshot {
    pub fn provide() -> Self {
        let incoming = IncomingSnapshot(RwSignal::new(None));
        provide_context(incoming);
        incoming
    }

    /// When the address holds a snapshot link: keeps it for the review space and puts `#/review` in
    /// its place.
    pub fn take_from_address(self) -> bool {
        match take_link(is_snapshot_link, Route::Review) {
            Some(hash) => {
                self.0.set(Some(hash));
                true
            }
            None => false,
        }
    }
}

/// The address's fragment when `is_link` says it is such a link, replaced in the history by `page`.
fn take_link(is_link: fn(&str) -> bool, page: Route) -> Option<String> {
    let hash = window().location().hash().unwrap_or_default();
    if !is_link(&hash) {
        return None;
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page.href()));
    }
    Some(hash)
}
