//! Small helpers for the page around the components.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the first element matching `selector`, if there is one.
pub fn focus_first(selector: &str) {
    let element = document().query_selector(selector).ok().flatten();
    if let Some(element) =
        element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// After the next frame, if the focus was lost meanwhile (it fell to the page itself), moves it to
/// the first of `selectors` that finds an element: an edit that moves a record in a keyed list (a
/// follow-up given a new date, a row moved down) moves its element, and a moved element loses the focus.
pub fn refocus_if_lost(selectors: Vec<String>) {
    leptos::prelude::request_animation_frame(move || {
        let body: Option<web_sys::Element> = document().body().map(Into::into);
        if !document()
            .active_element()
            .is_none_or(|active| Some(active) == body)
        {
            return;
        }
        if let Some(selector) = selectors
            .iter()
            .find(|s| document().query_selector(s).ok().flatten().is_some())
        {
            focus_first(selector);
        }
    });
}

/// Keeps the focus on the ↑ or ↓ button just pressed after its record moved, or on the other one
/// when the record has reached that end (the pressed one is then off). `ids` are the ids of the
/// record's ↑ and ↓ buttons.
pub fn moved_keep_focus(ids: (&str, &str), up: bool) {
    let (pressed, other) = if up { (ids.0, ids.1) } else { (ids.1, ids.0) };
    refocus_if_lost(vec![
        format!("#{pressed}:not(:disabled)"),
        format!("#{other}"),
    ]);
}

/// How long the greeting waits for a pause in the typing of the name.
pub const GREETING_DELAY: std::time::Duration = std::time::Duration::from_millis(400);

/// A copy of `source` that catches up once `source` has stopped changing for `delay`. For words that
/// echo what is being typed elsewhere (the greeting that follows the name): at every key press they
/// cost a layout of the header and the heading besides the field, and a greeting that waits for a
/// pause in the typing reads better than one that spells the name out letter by letter.
pub fn settled<T>(
    source: leptos::prelude::ReadSignal<T>,
    delay: std::time::Duration,
) -> leptos::prelude::ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    use leptos::prelude::*;
    let (shown, show) = signal(source.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let clear = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move |_| {
        let next = source.get();
        clear();
        if shown.with_untracked(|shown| *shown != next) {
            let later = next.clone();
            match set_timeout_with_handle(move || show.set(later), delay) {
                Ok(handle) => pending.set_value(Some(handle)),
                // No timer to be had: show it now rather than never.
                Err(_) => show.set(next),
            }
        }
    });
    on_cleanup(clear);
    shown
}

/// Copies `text` with the Clipboard API and says `copied`. Where copying is not allowed (no
/// permission, an insecure page, an older browser), the text in the field `field_id` (a text box or
/// a text area) is selected instead and the person is told how to copy it.
pub fn copy_text(
    text: String,
    field_id: String,
    copied: &'static str,
    said: leptos::prelude::RwSignal<Option<String>>,
) {
    use leptos::prelude::{window, Set};
    let fallback = move |said: leptos::prelude::RwSignal<Option<String>>| {
        if let Some(field) = document().get_element_by_id(&field_id) {
            if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                let _ = area.focus();
                area.select();
            } else if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        }
        said.set(Some("Copying is not allowed here, so the text is selected: press Ctrl+C (or ⌘C) to copy it.".into()));
    };
    let navigator = window().navigator();
    // `navigator.clipboard` is missing outside secure pages; calling into it there would throw.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return fallback(said);
    }
    let promise = navigator.clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => said.set(Some(copied.into())),
            Err(_) => fallback(said),
        }
    });
}
