//! The Plan page. Its steps so far come from skill gaps (R6); ticking them off, dating them and
//! removing them (with undo) works here. The rest of the Plan stage (P1–P5) is named as still to come.

use leptos::prelude::*;

use crate::model::plan::{step_title_refusal, PlanEdit, MAX_STEP_CHARS};
use crate::model::{plan, Id};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::dom::refocus_if_lost;
use crate::ui::format::count;
use crate::ui::route::Route;
use crate::ui::widgets::{DateField, Fields, ListWindow, NameField, ShowMore, Undo};

#[component]
pub fn PlanPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let steps = live.select_in(&[Part::Plan], move |w| w.plan.in_order().iter().map(|s| s.id).collect::<Vec<_>>());
    let done = live.select_in(&[Part::Plan], move |w| w.plan.steps.iter().filter(|s| s.done).count());
    let done = move || done.get();
    let window = ListWindow::new(steps);

    view! {
        <article class="page">
            <h1 tabindex="-1">"Plan"</h1>
            <p class="purpose">
                "Keep yourself accountable. Break your goals into small, dated steps, plan for what might get \
                 in the way, and check in on your chosen rhythm to see what is moving."
            </p>
            <section aria-labelledby="steps-heading" class="card">
                <h2 id="steps-heading">"Your steps"</h2>
                <p class="progress" aria-live="polite">
                    {move || {
                        let total = steps.with(Vec::len);
                        (total > 0).then(|| format!("{} of {} done.", done(), count(total, "step", "steps")))
                    }}
                </p>
                {move || steps.with(Vec::is_empty).then(|| view! {
                    <p class="empty-state">
                        "No steps yet. In "<a href=Route::Deeper.href()>"Diving deeper"</a>
                        ", a skill gap can be turned into dated steps with one button."
                    </p>
                })}
                <ol class="step-list">
                    <For
                        each=move || window.shown()
                        key=|id| *id
                        children=move |id: Id| view! { <StepRow id=id undo=undo window=window/> }
                    />
                </ol>
                <ShowMore window=window id="steps-shown" noun=("step", "steps") focus=|id| format!("#step-{id}-title")/>
            </section>
            <section class="not-yet" aria-label="Not built yet">
                <p>
                    "Still to come on this page: your own steps under each goal, if-then plans, check-ins, a \
                     dashboard and calendar export. Until then, put the dates above in your own calendar."
                </p>
            </section>
        </article>
    }
}

#[component]
fn StepRow(id: Id, undo: Undo, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let read = live.select_in(&[Part::Plan], move |w| w.plan.steps.iter().find(|s| s.id == id).cloned().unwrap_or_default());
    let read = move || read.get();
    let source = live.select_in(&[Part::SkillGaps, Part::Plan], move |w| {
        let gap = w.plan.steps.iter().find(|s| s.id == id)?.skill_gap.and_then(|g| w.deeper.skill_gap(g))?;
        Some(format!("From the skill gap “{}”", gap.skill))
    });
    let source = move || source.get();
    let (done_id, title_id) = (format!("step-{id}-done"), format!("step-{id}-title"));
    view! {
        <li class="step" class:done=move || read().done on:focusin=move |_| window.pin(id)><Fields>
            <div class="step-main">
                <input
                    type="checkbox"
                    id=done_id.clone()
                    aria-label=move || format!("Done: {}", read().title)
                    prop:checked=move || read().done
                    on:change=move |ev| live.dispatch(PlanEdit::SetDone(id, event_target_checked(&ev)))
                />
                <div class="step-title">
                    <NameField id=title_id label="Step" label_hidden=true max_chars=MAX_STEP_CHARS
                        value=Signal::derive(move || read().title) refusal=step_title_refusal
                        on_change=Callback::new(move |title| live.dispatch(PlanEdit::SetTitle(id, title)))/>
                </div>
            </div>
            <div class="step-meta">
                <DateField id=format!("step-{id}-due") label="Due" value=Signal::derive(move || read().due)
                    on_change=Callback::new(move |day| {
                        live.dispatch(PlanEdit::SetDue(id, day));
                        refocus_if_lost(vec![format!("#step-{id}-due")]);
                    })/>
                <p class="hint">{source}</p>
                <button type="button" class="quiet" aria-label=move || format!("Remove the step “{}”", read().title)
                    on:click=move |_| undo.remove(plan::Target::Step(id))>"Remove"</button>
            </div>
        </Fields></li>
    }
}
