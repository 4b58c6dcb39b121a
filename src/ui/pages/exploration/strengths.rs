//! E5: the person's top strengths, each with evidence and how energising it is.

use leptos::prelude::*;

use crate::model::exploration::about_you::SelfEdit;
use crate::model::exploration::situation::MAX_SHORT;
use crate::model::exploration::strengths::{strength_refusal, StrengthField, MAX_STRENGTHS};
use crate::model::exploration::Section;
use crate::model::Part;
use crate::model::{exploration, Id};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddButton, Fields, LongAnswer, Undo};

use super::overview::SectionStatus;

#[component]
pub fn StrengthsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let strengths = live.select_in(&[Part::Strengths], move |w| {
        w.exploration
            .strengths
            .iter()
            .map(|s| s.id)
            .collect::<Vec<_>>()
    });
    view! {
        <section aria-labelledby="strengths" class="card">
            <h2 id="strengths" tabindex="-1">"Your strengths" <SectionStatus section=Section::Strengths/></h2>
            <p class="hint">
                {format!("Up to {MAX_STRENGTHS}: what you do well, with a time you did it. Evidence turns a hunch into something you can say in an interview.")}
            </p>
            <For each=move || strengths.get() key=|id| *id children=move |id: Id| {
                let read = live.select_in(&[Part::Strengths], move |w| w.exploration.strengths.iter().find(|s| s.id == id).cloned().unwrap_or_default());
                let read = move || read.get();
                let name_id = format!("strength-{id}-name");
                let energy_id = format!("strength-{id}-energy");
                view! {
                    <div class="sub-item strength"><Fields>
                        <div class="field-row">
                            <div class="field">
                                <label for=name_id.clone()>"Strength"</label>
                                <input type="text" id=name_id maxlength=MAX_SHORT prop:value=move || read().name
                                    on:input=move |ev| live.dispatch(SelfEdit::SetStrength(id, StrengthField::Name(event_target_value(&ev))))/>
                            </div>
                            <div class="field">
                                <label for=energy_id.clone()>"How energising is using it?"</label>
                                <select id=energy_id on:change=move |ev| live.dispatch(SelfEdit::SetStrength(id, StrengthField::Energy(event_target_value(&ev).parse().ok())))>
                                    <option value="" selected=move || read().energy.is_none()>"Not rated"</option>
                                    {[(1u8, "1 · draining"), (2, "2"), (3, "3 · neutral"), (4, "4"), (5, "5 · energising")].into_iter().map(|(n, label)| view! {
                                        <option value=n.to_string() selected=move || read().energy == Some(n)>{label}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        </div>
                        <LongAnswer id=format!("strength-{id}-evidence") label="A time when you used it" value=Signal::derive(move || read().evidence)
                            on_input=Callback::new(move |t| live.dispatch(SelfEdit::SetStrength(id, StrengthField::Evidence(t)))) rows=2/>
                        <button type="button" class="quiet" aria-label=move || format!("Remove the strength “{}”", read().name)
                            on:click=move |_| undo.remove(exploration::Target::Strength(id))>"Remove"</button>
                    </Fields></div>
                }
            }/>
            <AddButton id="add-strength" label="Add a strength" refusal=live.select_in(&[Part::Strengths], move |w| strength_refusal(&w.exploration.strengths))
                on_add=Callback::new(move |()| live.dispatch(SelfEdit::AddStrength))/>
        </section>
    }
}
