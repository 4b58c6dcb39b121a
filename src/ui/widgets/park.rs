//! E3: "Park a but" from any page, by a header button or Alt+Shift+B, in a modal dialog that leaves
//! the page as it was. The native `<dialog>` traps focus, closes on Escape and gives focus back.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::model::exploration::buts::{ButEdit, MAX_BUT_CHARS};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::route::Route;

use super::field::{described_by, Field};

/// The keyboard shortcut, as `aria-keyshortcuts` spells it.
pub const PARK_SHORTCUT: &str = "Alt+Shift+B";

#[component]
pub fn ParkBut(#[prop(into)] route: Signal<Route>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let dialog = NodeRef::<Dialog>::new();
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let said = RwSignal::new(String::new());
    let open = move || {
        if let Some(dialog) = dialog.get_untracked() {
            if !dialog.open() {
                problem.set(None);
                let _ = dialog.show_modal();
                request_animation_frame(|| focus_first("#park-text"));
            }
        }
    };
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() && ev.shift_key() && !ev.ctrl_key() && ev.code() == "KeyB" {
            ev.prevent_default();
            open();
        }
    });
    let park = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = text.get_untracked();
        if words.trim().is_empty() {
            problem.set(Some(
                "Write the “but” in a few words, for example “But I would earn less”.".into(),
            ));
            return;
        }
        let today = chrono::Local::now().date_naive();
        let page = route.get_untracked().title().to_string();
        live.dispatch(ButEdit::Park {
            text: words,
            parked_from: page,
            today,
        });
        text.set(String::new());
        close();
        said.set("Parked. It waits for you in the parking lot on the Exploration page.".into());
    };
    view! {
        <button type="button" class="park-button quiet" id="park-but" aria-keyshortcuts=PARK_SHORTCUT on:click=move |_| open()>
            "Park a “but”"
        </button>
        <p class="visually-hidden" role="status" id="park-said">{move || said.get()}</p>
        <dialog node_ref=dialog id="park-dialog" aria-labelledby="park-title" aria-describedby="park-hint">
            <form on:submit=park>
                <h2 id="park-title">"Park a “but”"</h2>
                <p class="hint" id="park-hint">
                    "A doubt or a barrier came up? Note it and carry on; it waits for you on the Exploration \
                     page, where you can come back to it. (Shortcut: Alt+Shift+B, from any page.)"
                </p>
                <Field id="park-text" label="What is the “but”?" error=problem>
                    <textarea
                        id="park-text"
                        rows="3"
                        maxlength=MAX_BUT_CHARS
                        aria-describedby=described_by("park-text", false, true)
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </Field>
                <div class="actions">
                    <button type="submit" class="primary" id="park-confirm">"Park it"</button>
                    <button type="button" id="park-cancel" on:click=move |_| close()>"Cancel"</button>
                </div>
            </form>
        </dialog>
    }
}
