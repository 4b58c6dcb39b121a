//! E3, the parking lot on the Exploration page: every parked "but", to be addressed or carried into
//! a risk (R4) in Diving deeper.

use leptos::prelude::*;

use crate::model::exploration::buts::{ButEdit, MAX_BUT_CHARS};
use crate::model::Part;
use crate::model::{exploration, Id};
use crate::store::LiveWorkbook;
use crate::ui::format::{count, short_date};
use crate::ui::widgets::{Fields, ListWindow, LongAnswer, ShowMore, Undo};

#[component]
pub fn ButsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let buts = live.select_in(&[Part::Buts], move |w| {
        w.exploration.buts.iter().map(|b| b.id).collect::<Vec<_>>()
    });
    let open = live.select_in(&[Part::Buts], move |w| {
        w.exploration.buts.iter().filter(|b| !b.addressed).count()
    });
    let open = move || open.get();
    let window = ListWindow::new(buts);
    view! {
        <section aria-labelledby="buts-heading" class="card buts">
            <h2 id="buts-heading">"Parking lot of “buts”"</h2>
            <p class="hint">
                "“But I would earn less.” “But I am too old to retrain.” Barriers deserve attention, just not \
                 while you are dreaming. Park them with the “Park a but” button at the top of any page (or \
                 Alt+Shift+B), and come back to them here: each can become a question to research or a plan \
                 for what you would do if it happened."
            </p>
            {move || {
                let total = buts.with(Vec::len);
                if total == 0 {
                    view! { <p class="empty-state">"Nothing parked yet."</p> }.into_any()
                } else {
                    view! { <p class="progress">{format!("{} parked, {} still open.", count(total, "“but”", "“buts”"), open())}</p> }.into_any()
                }
            }}
            <ul class="but-list">
                <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <ButItem id=id window=window/> }/>
            </ul>
            <ShowMore window=window id="buts-shown" noun=("“but”", "“buts”") focus=|id| format!("#but-{id}-text")/>
        </section>
    }
}

#[component]
fn ButItem(id: Id, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let read = live.select_in(&[Part::Buts], move |w| {
        w.exploration
            .buts
            .iter()
            .find(|b| b.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let read = move || read.get();
    let context = move || {
        let but = read();
        let when = but
            .parked_on
            .map(|d| format!(" on {}", short_date(d)))
            .unwrap_or_default();
        format!(
            "Parked from {}{when}.",
            if but.parked_from.is_empty() {
                "a page"
            } else {
                &but.parked_from
            }
        )
    };
    let (text_id, done_id) = (format!("but-{id}-text"), format!("but-{id}-addressed"));
    view! {
        <li class="but" class:addressed=move || read().addressed id=format!("but-{id}") on:focusin=move |_| window.pin(id)><Fields>
            <div class="field">
                <label for=text_id.clone()>"The “but”"</label>
                // A text box that grows, not a one-line input: a "but" may run to a paragraph.
                <textarea id=text_id class="one-line" rows="2" maxlength=MAX_BUT_CHARS prop:value=move || read().text
                    on:change=move |ev| live.dispatch(ButEdit::SetText(id, event_target_value(&ev)))></textarea>
                <p class="hint">{context}</p>
            </div>
            <LongAnswer
                id=format!("but-{id}-note")
                label="What could you do about it?"
                hint="A question to research, a person to ask, or an if–then plan."
                value=Signal::derive(move || read().note)
                on_input=Callback::new(move |t| live.dispatch(ButEdit::SetNote(id, t)))
                rows=2
            />
            <div class="actions">
                <div class="choice">
                    <input type="checkbox" id=done_id.clone() prop:checked=move || read().addressed
                        on:change=move |ev| live.dispatch(ButEdit::SetAddressed(id, event_target_checked(&ev)))/>
                    <label for=done_id>"Addressed"</label>
                </div>
                <button type="button" class="quiet" aria-label=move || format!("Remove “{}”", read().text)
                    on:click=move |_| undo.remove(exploration::Target::But(id))>"Remove"</button>
            </div>
        </Fields></li>
    }
}
