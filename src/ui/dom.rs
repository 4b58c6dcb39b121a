//! Small helpers for the page around the components.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the first element matching `selector`, if there is one.
pub fn focus_first(selector: &str) {
    let element = document().query_selector(selector).ok().flatten();
    if let Some(element) = element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
