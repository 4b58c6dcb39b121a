//! S2: a program link opened. The fragment is taken off the address at once (so it is not left in
//! the history, nor shared by accident with the address) and handed to the Coaching page, whose part
//! reads it (the decoding is that part's code, not the first download's) and shows what the program
//! would add; nothing changes until the person accepts.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::coach::Program;
use crate::store::link::is_program_link;

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
        let location = window().location();
        let hash = location.hash().unwrap_or_default();
        if !is_program_link(&hash) {
            return false;
        }
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&Route::Coach.href()));
        }
        self.0.set(Some(Incoming::Link(hash)));
        true
    }
}
