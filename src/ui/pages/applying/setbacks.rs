//! A4, setbacks: written down, a no or a hard week becomes something to learn from. When someone
//! says they have felt low for a long time, the page says kindly and plainly that coaching is not
//! therapy, and that a doctor or a mental-health professional can help.

use leptos::prelude::*;

use crate::model::applying::setbacks::{setback_refusal, MAX_SETBACK_CHARS};
use crate::model::applying::{ApplyingEdit, Mood, SetbackText};
use crate::model::{applying, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::widgets::{DateField, Fields, ListWindow, ShowMore, Undo};

use super::{Earlier, Today};

#[component]
pub fn SetbacksSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    // Newest first.
    let ids = live.select_in(&[Part::Setbacks], |w| {
        w.applying
            .setbacks
            .iter()
            .rev()
            .map(|s| s.id)
            .collect::<Vec<_>>()
    });
    let window = ListWindow::new(ids);
    let refused = live.select_in(&[Part::Setbacks], |w| {
        setback_refusal(w.applying.setbacks.len()).map(|r| r.message())
    });
    let add = move |_| {
        live.dispatch(ApplyingEdit::AddSetback {
            application: None,
            today,
        });
        if let Some(id) = live.with(|w| w.applying.setbacks.last().map(|s| s.id)) {
            request_animation_frame(move || focus_first(&format!("#setback-{id}-what_happened")));
        }
    };
    view! {
        <section aria-labelledby="setbacks-heading" class="card">
            <h2 id="setbacks-heading">"Setbacks"</h2>
            <p class="hint">
                "Every search has them. Writing one down, soon after, turns it from a verdict into \
                 information, and reminds you to look after yourself while it stings."
            </p>
            <button type="button" id="add-setback" disabled=move || refused.with(Option::is_some) on:click=add>"Write about a setback"</button>
            <p class="field-error" aria-live="polite">{move || refused.get()}</p>
            <ul class="setbacks">
                <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <SetbackCard id=id window=window/> }/>
            </ul>
            <ShowMore window=window id="setbacks-shown" noun=("setback", "setbacks") focus=|id| format!("#setback-{id}-what_happened")/>
        </section>
    }
}

#[component]
fn SetbackCard(id: Id, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let earlier = expect_context::<Earlier>();
    let read = live.select_record(Part::Setbacks, id, move |w| {
        w.applying
            .setbacks
            .iter()
            .find(|s| s.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let read = move || read.get();
    let p = move |rest: &str| format!("setback-{id}-{rest}");
    let mood_name = p("mood");
    view! {
        <li class="setback" id=format!("setback-{id}") on:focusin=move |_| window.pin(id)>
            <Fields>
                <div class="field-row">
                    <DateField id=p("on") label="When" value=Signal::derive(move || read().on)
                        on_change=Callback::new(move |day| live.dispatch(ApplyingEdit::SetSetbackDate(id, day)))/>
                    {move || read().application.map(|a| {
                        let name = earlier.applications.with(|apps| apps.iter().find(|x| x.0 == a).map(|x| x.1.clone()));
                        view! { <p class="hint setback-about">{format!("About: {}", name.unwrap_or_else(|| "an application".into()))}</p> }
                    })}
                </div>
                {SetbackText::ALL.into_iter().map(|field| {
                    let field_id = format!("setback-{id}-{}", field.key());
                    view! {
                        <div class="field">
                            <label for=field_id.clone()>{field.label()}</label>
                            <textarea id=field_id rows="2" maxlength=MAX_SETBACK_CHARS prop:value=move || field.get(&read()).to_string()
                                on:input=move |ev| live.dispatch(ApplyingEdit::SetSetbackText(id, field, event_target_value(&ev)))></textarea>
                        </div>
                    }
                }).collect_view()}
                <fieldset class="field">
                    <legend>"How have you been feeling lately, beyond this one thing?"</legend>
                    {Mood::ALL.into_iter().map(|mood| {
                        let box_id = p(&format!("mood-{}", mood.key()));
                        view! {
                            <div class="choice">
                                <input type="radio" id=box_id.clone() name=mood_name.clone() value=mood.key() prop:checked=move || read().mood == Some(mood)
                                    on:change=move |_| live.dispatch(ApplyingEdit::SetMood(id, Some(mood)))/>
                                <label for=box_id>{mood.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </Fields>
            {move || read().suggests_care().then(|| view! {
                <div class="care-note" role="note" id=format!("setback-{id}-care")>
                    <p>
                        "Thank you for saying so. Feeling low for weeks deserves more care than a workbook can \
                         give: coaching is not therapy. Please consider talking to your doctor or a mental-health \
                         professional; they can help, and it is a strong thing to do. Your plan will still be \
                         here, and it is fine to slow it down meanwhile."
                    </p>
                </div>
            })}
            <button type="button" class="quiet" id=p("remove") on:click=move |_| undo.remove(applying::Target::Setback(id))>"Remove"</button>
        </li>
    }
}
