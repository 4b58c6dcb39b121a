//! E9: readiness for change, asked as questions and reflected back.

use leptos::prelude::*;

use crate::model::exploration::readiness::{Dissatisfaction, ReadinessEdit, ReadinessText};
use crate::model::exploration::Section;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AmountField, Fields, LongAnswer};

use super::overview::SectionStatus;

#[component]
pub fn ReadinessSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let readiness = live.select_in(&[Part::Readiness], move |w| w.exploration.readiness.clone());
    let readiness = move || readiness.get();
    let text = move |field: ReadinessText| {
        live.select_in(&[Part::Readiness], move |w| {
            field.get(&w.exploration.readiness).to_string()
        })
    };
    let set = move |field: ReadinessText| {
        Callback::new(move |t| live.dispatch(ReadinessEdit::SetText(field, t)))
    };
    view! {
            <section aria-labelledby="readiness" class="card">
                <h2 id="readiness" tabindex="-1">"Readiness for change" <SectionStatus section=Section::Readiness/></h2>
    <Fields>
                <p class="hint">"Not a test of whether you are ready: a few honest questions, reflected back to you."</p>
                <fieldset class="field">
                    <legend>"Where does the dissatisfaction come from? Choose any."</legend>
                    {Dissatisfaction::ALL.into_iter().map(|d| {
                        let id = format!("source-{}", d.key());
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() prop:checked=move || readiness().sources.contains(&d)
                                    on:change=move |ev| live.dispatch(ReadinessEdit::SetSource(d, event_target_checked(&ev)))/>
                                <label for=id>{d.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field-row">
                    <AmountField id="readiness-savings" label="Savings you could draw on" example="12000"
                        value=Signal::derive(move || readiness().savings)
                        on_change=Callback::new(move |v| live.dispatch(ReadinessEdit::SetSavings(v)))/>
                    <AmountField id="readiness-costs" label="Your costs each month" example="2000"
                        value=Signal::derive(move || readiness().monthly_costs)
                        on_change=Callback::new(move |v| live.dispatch(ReadinessEdit::SetMonthlyCosts(v)))/>
                </div>
                <p class="runway" id="readiness-runway" aria-live="polite">
                    {move || readiness().runway().map(|m| format!("Runway: about {m} months."))}
                </p>
                <div class="field">
                    <label for="readiness-uncertainty">"How comfortable are you with not knowing what comes next? (1: very uneasy, 10: at ease)"</label>
                    <select id="readiness-uncertainty" on:change=move |ev| live.dispatch(ReadinessEdit::SetUncertainty(event_target_value(&ev).parse().ok()))>
                        <option value="" selected=move || readiness().uncertainty.is_none()>"Not rated"</option>
                        {(1..=10u8).map(|n| view! { <option value=n.to_string() selected=move || readiness().uncertainty == Some(n)>{n}</option> }).collect_view()}
                    </select>
                </div>
                <LongAnswer id="readiness-responsibilities" label="What responsibilities do you carry?" hint="People who depend on you, commitments, a mortgage."
                    value=text(ReadinessText::Responsibilities) on_input=set(ReadinessText::Responsibilities) rows=2/>
                <LongAnswer id="readiness-support" label="Who supports you?" value=text(ReadinessText::Support) on_input=set(ReadinessText::Support) rows=2/>
                <div class="reflections" aria-live="polite" id="readiness-reflections">
                    {move || readiness().reflections().into_iter().map(|q| view! { <p class="next-step">{q}</p> }).collect_view()}
                </div>
            </Fields>
    </section>
        }
}
