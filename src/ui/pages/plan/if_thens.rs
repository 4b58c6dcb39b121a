//! P2, if–then plans: "If … gets in the way, then I will …", each under a goal or for the whole
//! plan. The buts parked in Exploration (E3) are offered here, each one action away from a plan.

use leptos::prelude::*;

use crate::model::plan::{self, if_then_refusal, IfThenText, PlanEdit, MAX_IF_THEN_CHARS};
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::format::count;
use crate::ui::widgets::{AddButton, Fields, Undo};

use super::Earlier;

#[component]
pub fn IfThensSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let ids = live.select_in(&[Part::IfThens], move |w| {
        w.plan.if_thens.iter().map(|p| p.id).collect::<Vec<_>>()
    });
    let refusal = live.select_in(&[Part::IfThens], move |w| {
        if_then_refusal(w.plan.if_thens.len())
    });
    // Buts not yet turned into a plan, open ones first.
    let buts = live.select_in(&[Part::Buts, Part::IfThens], move |w| {
        let mut buts: Vec<(Id, String, bool)> = w
            .exploration
            .buts
            .iter()
            .filter(|b| w.plan.if_then_from_but(b.id).is_none())
            .map(|b| (b.id, b.text.clone(), b.addressed))
            .collect();
        buts.sort_by_key(|b| b.2);
        buts
    });
    let add = move |()| {
        if live.try_dispatch(PlanEdit::AddIfThen { goal: None }) {
            focus_new(live);
        }
    };
    view! {
        <section aria-labelledby="if-thens-heading" class="card">
            <h2 id="if-thens-heading">"If–then plans"</h2>
            <p class="hint">
                "Deciding now what you will do when something gets in the way makes it far likelier that you \
                 do it. Name the obstacle as it would really show up, and a response small enough to do on a \
                 bad day."
            </p>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"No if–then plans yet. What is most likely to knock your plan off course?"</p>
            })}
            <ol class="plain-rows if-then-list">
                <For each=move || ids.get() key=|id| *id children=move |id: Id| view! { <IfThenRow id=id/> }/>
            </ol>
            <AddButton id="add-if-then" label="Add an if–then plan" refusal=refusal on_add=add/>
            {move || (!buts.with(Vec::is_empty)).then(|| view! {
                <div class="subsection">
                    <h3 id="parked-buts-heading">"Your parked buts"</h3>
                    <p class="hint">{move || format!("{} you parked along the way. Any of them can become the “if” of a plan.", count(buts.with(Vec::len), "But", "Buts"))}</p>
                    <ul class="plain-rows" aria-labelledby="parked-buts-heading">
                        <For each=move || buts.get() key=|b| b.0 children=move |(but, text, addressed)| {
                            let make = move |_| {
                                if live.try_dispatch(PlanEdit::IfThenFromBut { but, goal: None }) {
                                    focus_new(live);
                                }
                            };
                            view! {
                                <li class="parked-but">
                                    <span>{text.clone()}{addressed.then_some(" (marked addressed)")}</span>
                                    <button type="button" class="quiet" id=format!("but-{but}-if-then")
                                        aria-label=format!("Make an if–then plan of “{text}”")
                                        disabled=move || refusal.with(Option::is_some) on:click=make>"Make an if–then plan"</button>
                                </li>
                            }
                        }/>
                    </ul>
                </div>
            })}
        </section>
    }
}

/// After a plan is added: its "then" field (the one to write next), once drawn.
fn focus_new(live: LiveWorkbook) {
    if let Some(id) = live.with(|w| w.plan.if_thens.last().map(|p| p.id)) {
        request_animation_frame(move || {
            crate::ui::dom::focus_first(&format!("#if-then-{id}-response"))
        });
    }
}

#[component]
fn IfThenRow(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let earlier = expect_context::<Earlier>();
    let read = live.select_in(&[Part::IfThens], move |w| {
        w.plan
            .if_thens
            .iter()
            .find(|p| p.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let from_but = live.select_in(&[Part::Buts, Part::IfThens], move |w| {
        let but = w.plan.if_thens.iter().find(|p| p.id == id)?.but?;
        w.exploration
            .buts
            .iter()
            .find(|b| b.id == but)
            .map(|b| format!("From the but you parked: “{}”", b.text))
    });
    let text = move |field: IfThenText| {
        let field_id = format!("if-then-{id}-{}", field.key());
        view! {
            <div class="field">
                <label for=field_id.clone()>{field.label()}</label>
                <textarea id=field_id rows="2" maxlength=MAX_IF_THEN_CHARS prop:value=move || read.with(|p| field.get(p).to_string())
                    on:input=move |ev| live.dispatch(PlanEdit::SetIfThenText(id, field, event_target_value(&ev)))></textarea>
            </div>
        }
    };
    let goal_id = format!("if-then-{id}-goal");
    view! {
        <li class="if-then" id=format!("if-then-{id}")>
            <Fields>
                <div class="field-row">
                    {text(IfThenText::Obstacle)}
                    {text(IfThenText::Response)}
                </div>
                <div class="field">
                    <label for=goal_id.clone()>"For the goal"</label>
                    <select id=goal_id on:change=move |ev| {
                        let goal = event_target_value(&ev).parse::<u32>().ok().map(Id);
                        live.dispatch(PlanEdit::SetIfThenGoal(id, goal));
                    }>
                        <option value="" selected=move || read.with(|p| p.goal.is_none())>"The whole plan"</option>
                        {move || earlier.goals.get().into_iter().map(|(goal, name)| view! {
                            <option value=goal.to_string() selected=move || read.with(|p| p.goal == Some(goal))>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
                <p class="hint">{move || from_but.get()}</p>
            </Fields>
            <div class="row-actions">
                <button type="button" class="quiet" id=format!("if-then-{id}-remove")
                    aria-label=move || format!("Remove the if–then plan “{}”", read.with(|p| p.obstacle.clone()))
                    on:click=move |_| undo.remove(plan::Target::IfThen(id))>"Remove"</button>
            </div>
        </li>
    }
}
