//! C3, leaving well: a checklist for the way out of the present job. An item given a date becomes a
//! step of the plan (on the agenda and in the calendar file), and ticking it here ticks the step.

use leptos::prelude::*;

use crate::model::base::Refusal;
use crate::model::closing::{
    leaving_checklist, leaving_refusal, ClosingEdit, DEFAULT_LEAVING, MAX_LEAVING_NOTE_CHARS,
    MAX_LEAVING_TITLE_CHARS,
};
use crate::model::plan::PlanEdit;
use crate::model::{closing, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::long_date;
use crate::ui::route::Route;
use crate::ui::widgets::{AddForm, DateField, Fields, NameField, Undo};

use super::Today;

fn title_refusal(text: &str) -> Option<Refusal> {
    crate::model::base::refusal_to_rename(
        text,
        Refusal::Empty {
            ask: "Write what needs doing, or remove the item.",
        },
    )
}

#[component]
pub fn LeavingSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let ids = live.select_in(&[Part::Leaving], |w| {
        w.closing.leaving.iter().map(|i| i.id).collect::<Vec<_>>()
    });
    let ticked = live.select_in(&[Part::Leaving], |w| {
        (
            w.closing.leaving.iter().filter(|i| i.done).count(),
            w.closing.leaving.len(),
        )
    });
    let add = move |title: String| {
        if let Some(refused) = live.with(|w| leaving_refusal(&w.closing.leaving, &title)) {
            return Some(refused.message());
        }
        live.dispatch(ClosingEdit::AddLeavingItem(title));
        None
    };
    let start = move |_| {
        live.dispatch(ClosingEdit::StartLeaving(leaving_checklist()));
        // The button goes with the press: the focus goes to the first item.
        if let Some(id) = live.with(|w| w.closing.leaving.first().map(|i| i.id)) {
            request_animation_frame(move || focus_first(&format!("#leaving-{id}-done")));
        }
    };
    view! {
        <section aria-labelledby="leaving-heading" class="card">
            <h2 id="leaving-heading">"Leaving well"</h2>
            <p class="hint">
                "How you leave is how many people will remember you. Give an item a date and it becomes a step \
                 in your plan; tick it here when it is done."
            </p>
            {move || match ids.with(Vec::is_empty) {
                true => view! {
                    <div class="empty-state">
                        <p>"A checklist to start from, yours to change:"</p>
                        <ul class="questions">{DEFAULT_LEAVING.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
                        <button type="button" id="start-leaving" on:click=start>"Start from this checklist"</button>
                    </div>
                }.into_any(),
                false => view! {
                    <p class="hint" id="leaving-progress">{move || { let (done, all) = ticked.get(); format!("{done} of {all} done") }}</p>
                }.into_any(),
            }}
            <ul class="leaving-list">
                <For each=move || ids.get() key=|id| *id children=move |id: Id| view! { <LeavingRow id=id/> }/>
            </ul>
            <AddForm id="new-leaving" label="Something else to do before you go" button="Add" max_chars=MAX_LEAVING_TITLE_CHARS on_add=add/>
        </section>
    }
}

#[component]
fn LeavingRow(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let today = expect_context::<Today>().0;
    let read = live.select_in(&[Part::Leaving], move |w| {
        w.closing.leaving_item(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    let step = live.select_in(&[Part::Steps], move |w| {
        w.plan.leaving_step(id).map(|s| (s.due, s.status.label()))
    });
    let p = move |rest: &str| format!("leaving-{id}-{rest}");
    let in_plan = move || {
        step.get().map(|(due, status)| match due {
            Some(day) => format!(
                "In your plan, due {} ({}).",
                long_date(day),
                status.to_lowercase()
            ),
            None => format!("In your plan, with no date ({}).", status.to_lowercase()),
        })
    };
    view! {
        <li class="leaving-item" id=format!("leaving-{id}") class:done=move || read().done>
            <Fields>
                <div class="leaving-head">
                    <input type="checkbox" id=p("done") prop:checked=move || read().done
                        aria-label=move || format!("Done: {}", read().title)
                        on:change=move |ev| live.dispatch(ClosingEdit::TickLeaving { item: id, done: event_target_checked(&ev), today })/>
                    <NameField id=p("title") label="What to do" label_hidden=true max_chars=MAX_LEAVING_TITLE_CHARS value=Signal::derive(move || read().title)
                        refusal=title_refusal on_change=Callback::new(move |title| live.dispatch(ClosingEdit::SetLeavingTitle(id, title)))/>
                </div>
                <div class="field-row">
                    <DateField id=p("on") label="When" value=Signal::derive(move || step.get().and_then(|(due, _)| due))
                        on_change=Callback::new(move |due| live.dispatch(PlanEdit::LeavingStep { item: id, due, today }))/>
                    <p class="hint leaving-plan" id=p("plan")>
                        {in_plan}
                        {move || step.get().is_some().then(|| view! { " " <a href=Route::Plan.href()>"See the plan"</a> })}
                    </p>
                </div>
                <div class="field">
                    <label for=p("note")>"Notes"</label>
                    <textarea id=p("note") rows="1" maxlength=MAX_LEAVING_NOTE_CHARS prop:value=move || read().note
                        on:input=move |ev| live.dispatch(ClosingEdit::SetLeavingNote(id, event_target_value(&ev)))></textarea>
                </div>
            </Fields>
            <button type="button" class="quiet" id=p("remove") on:click=move |_| undo.remove(closing::Target::LeavingItem(id))>"Remove"</button>
        </li>
    }
}
