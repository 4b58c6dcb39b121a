//! Cards of one's own, added to the deck and renamed.

use leptos::prelude::*;

use crate::model::exploration;
use crate::model::exploration::values::{
    ValuesEdit, ValuesSort, MAX_CARD_LINE_CHARS, MAX_CARD_NAME_CHARS,
};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddForm, Fields, ListWindow, NameField, ShowMore, Undo};

#[component]
pub(super) fn CustomCards() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let line = RwSignal::new(String::new());
    let cards = live.select_in(&[Part::Values], move |w| {
        w.exploration
            .values
            .custom
            .iter()
            .map(|c| c.id)
            .collect::<Vec<_>>()
    });
    let window = ListWindow::new(cards);
    let add = move |name: String| match live.with(|w| w.exploration.values.custom_refusal(&name)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(ValuesEdit::AddCustom {
                name,
                line: line.get_untracked(),
            });
            line.set(String::new());
            None
        }
    };
    view! {
        <details class="custom-cards">
            <summary>"Add a value of your own"</summary>
            <p class="hint">"If something that matters to you is missing, write it on a card; it joins the stack."</p>
            <AddForm id="custom-card-name" label="Name" button="Add card" max_chars=MAX_CARD_NAME_CHARS on_add=add>
                <div class="field">
                    <label for="custom-card-line">"In one line"</label>
                    <input type="text" id="custom-card-line" maxlength=MAX_CARD_LINE_CHARS
                        prop:value=move || line.get() on:input=move |ev| line.set(event_target_value(&ev))/>
                </div>
            </AddForm>
            <ul class="custom-list">
                <For
                    each=move || window.shown()
                    key=|id| *id
                    children=move |id| {
                        let read = live.select_in(&[Part::Values], move |w| w.exploration.values.custom.iter().find(|c| c.id == id).cloned().unwrap_or_default());
                        let read = move || read.get();
                        let edit = move |name: Option<String>, line: Option<String>| {
                            let card = read();
                            live.dispatch(ValuesEdit::EditCustom {
                                id,
                                name: name.unwrap_or(card.name),
                                line: line.unwrap_or(card.line),
                            });
                        };
                        let (name_id, line_id) = (format!("custom-{id}-name"), format!("custom-{id}-line"));
                        view! {
                            <li class="custom-item" on:focusin=move |_| window.pin(id)><Fields>
                                <NameField id=name_id label="Card name" max_chars=MAX_CARD_NAME_CHARS
                                    value=Signal::derive(move || read().name) refusal=ValuesSort::custom_rename_refusal
                                    on_change=Callback::new(move |name| edit(Some(name), None))/>
                                <div class="field">
                                    <label for=line_id.clone()>"Its line"</label>
                                    <input type="text" id=line_id maxlength=MAX_CARD_LINE_CHARS prop:value=move || read().line
                                        on:change=move |ev| edit(None, Some(event_target_value(&ev)))/>
                                </div>
                                <button type="button" class="quiet" aria-label=move || format!("Remove the card “{}”", read().name)
                                    on:click=move |_| undo.remove(exploration::Target::CustomValue(id))>"Remove"</button>
                            </Fields></li>
                        }
                    }
                />
            </ul>
            <ShowMore window=window id="custom-shown" noun=("card", "cards") focus=|id| format!("#custom-{id}-name")/>
        </details>
    }
}
