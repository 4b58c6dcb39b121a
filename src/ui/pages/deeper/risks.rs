//! R4: what could get in the way of an option, what would lessen it, and the parked "but" it takes up.

use leptos::prelude::*;

use crate::model::deeper::{
    DeeperEdit, RiskField,
};
use crate::model::{deeper, Id};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddButton, LongAnswer, Undo};

#[component]
pub fn Risks(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let risks = Memo::new(move |_| {
        live.with(|w| w.deeper.option(id).map(|o| o.risks.iter().map(|r| r.id).collect::<Vec<_>>()).unwrap_or_default())
    });
    view! {
        <fieldset class="field subsection">
            <legend>"Risks and barriers"</legend>
            <p class="hint">"What could get in the way, and what would make it smaller?"</p>
            <For
                each=move || risks.get()
                key=|r| *r
                children=move |risk: Id| {
                    let read = move || live.with(|w| w.deeper.option(id).and_then(|o| o.risks.iter().find(|r| r.id == risk).cloned()).unwrap_or_default());
                    view! {
                        <div class="sub-item">
                            <LongAnswer
                                id=format!("risk-{risk}-text")
                                label="The risk or barrier"
                                value=Signal::derive(move || read().risk)
                                on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetRisk(id, risk, RiskField::Risk(text))))
                                rows=2
                            />
                            <LongAnswer
                                id=format!("risk-{risk}-mitigation")
                                label="What would lessen it?"
                                value=Signal::derive(move || read().mitigation)
                                on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetRisk(id, risk, RiskField::Mitigation(text))))
                                rows=2
                            />
                            <RiskButLink option=id risk=risk/>
                            <button type="button" class="quiet" aria-label="Remove this risk" on:click=move |_| undo.remove(deeper::Target::Risk { option: id, risk })>
                                "Remove"
                            </button>
                        </div>
                    }
                }
            />
            <AddButton id=format!("option-{id}-add-risk") label="Add a risk" refusal=Signal::derive(move || live.with(|w| w.deeper.risk_refusal(id)))
                on_add=Callback::new(move |()| live.dispatch(DeeperEdit::AddRisk(id)))/>
        </fieldset>
    }
}

/// R4 ↔ E3: a risk can name the parked "but" it takes up.
#[component]
fn RiskButLink(option: Id, risk: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let buts = move || live.with(|w| w.exploration.buts.iter().map(|b| (b.id, b.text.clone())).collect::<Vec<_>>());
    let linked = move || {
        live.with(|w| w.deeper.option(option).and_then(|o| o.risks.iter().find(|r| r.id == risk)).and_then(|r| r.but))
    };
    let select_id = format!("risk-{risk}-but");
    move || {
        let list = buts();
        (!list.is_empty()).then(|| {
            let select_id = select_id.clone();
            view! {
                <div class="field">
                    <label for=select_id.clone()>"Is this one of your parked “buts”?"</label>
                    <select id=select_id on:change=move |ev| {
                        let but = event_target_value(&ev).parse::<u32>().ok().map(Id);
                        live.dispatch(DeeperEdit::SetRisk(option, risk, RiskField::But(but)));
                    }>
                        <option value="" selected=move || linked().is_none()>"No"</option>
                        {list.into_iter().map(|(id, text)| view! {
                            <option value=id.to_string() selected=move || linked() == Some(id)>{text}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    }
}
