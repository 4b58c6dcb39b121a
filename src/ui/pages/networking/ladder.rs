//! N3: a ladder of small first steps for anyone who dreads networking, from the smallest. Each rung
//! ticked asks a short question about how it went.

use leptos::prelude::*;

use crate::model::networking::{LadderStep, NetworkingEdit};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::format::long_date;
use crate::ui::widgets::{Fields, LongAnswer};

use super::Today;

#[component]
pub fn LadderSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let climbed = live.select_in(&[Part::Outreach], |w| w.networking.rungs_climbed());
    view! {
        <section aria-labelledby="ladder-heading" class="card">
            <h2 id="ladder-heading">"First steps, one rung at a time"</h2>
            <p class="hint">
                "If networking feels fake or frightening, start at the bottom. Each rung is small and real; \
                 tick it when you have done it, and notice what it was like. There is no hurry to the top."
            </p>
            <p class="progress" aria-live="polite">{move || format!("{} of {} rungs climbed.", climbed.get(), LadderStep::ALL.len())}</p>
            <ol class="ladder">
                {LadderStep::ALL.into_iter().map(|step| view! { <Rung step=step/> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn Rung(step: LadderStep) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let rung = live.select_in(&[Part::Outreach], move |w| w.networking.rung(step).cloned());
    let box_id = format!("rung-{}", step.key());
    let ticked = move || rung.with(|r| r.as_ref().is_some_and(|r| r.done_on.is_some()));
    view! {
        <li class="rung" class:done=ticked><Fields>
            <div class="choice">
                <input type="checkbox" id=box_id.clone() prop:checked=ticked
                    on:change=move |ev| live.dispatch(NetworkingEdit::TickRung { step, done: event_target_checked(&ev), today })/>
                <label for=box_id>{step.label()}</label>
            </div>
            {move || rung.with(|r| r.as_ref().map(|r| r.done_on)).map(|done_on| view! {
                {done_on.map(|day| view! { <p class="hint">{format!("Done on {}.", long_date(day))}</p> })}
                <LongAnswer id=format!("rung-{}-reflection", step.key()) label=step.reflection_prompt()
                    value=Signal::derive(move || rung.with(|r| r.as_ref().map(|r| r.reflection.clone()).unwrap_or_default()))
                    on_input=Callback::new(move |text| live.dispatch(NetworkingEdit::SetReflection(step, text))) rows=2/>
            })}
        </Fields></li>
    }
}
