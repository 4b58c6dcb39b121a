//! R4: what could get in the way of an option, what would lessen it, and the parked "but" it takes up.

use leptos::prelude::*;

use crate::model::base::clip_chars;
use crate::model::deeper::{DeeperEdit, RiskField};
use crate::model::Part;
use crate::model::{deeper, Id};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddButton, Fields, ListWindow, LongAnswer, ShowMore, Undo, SHORT_PAGE};

#[component]
pub fn Risks(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let risks = live.select_record(Part::Options, id, move |w| {
        w.deeper
            .option(id)
            .map(|o| o.risks.iter().map(|r| r.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let refusal = live.select_record(Part::Options, id, move |w| w.deeper.risk_refusal(id));
    let window = ListWindow::paged(risks, SHORT_PAGE);
    view! {
        <fieldset class="field subsection">
            <legend>"Risks and barriers"</legend>
            <p class="hint">"What could get in the way, and what would make it smaller?"</p>
            <For
                each=move || window.shown()
                key=|r| *r
                children=move |risk: Id| {
                    let record = live.select_record(Part::Options, id, move |w| w.deeper.option(id).and_then(|o| o.risks.iter().find(|r| r.id == risk).cloned()).unwrap_or_default());
                    view! {
                        <div class="sub-item" on:focusin=move |_| window.pin(risk)><Fields>
                            <LongAnswer
                                id=format!("risk-{risk}-text")
                                label="The risk or barrier"
                                value=Signal::derive(move || record.with(|r| r.risk.clone()))
                                on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetRisk(id, risk, RiskField::Risk(text))))
                                rows=2
                            />
                            <LongAnswer
                                id=format!("risk-{risk}-mitigation")
                                label="What would lessen it?"
                                value=Signal::derive(move || record.with(|r| r.mitigation.clone()))
                                on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetRisk(id, risk, RiskField::Mitigation(text))))
                                rows=2
                            />
                            <RiskButLink option=id risk=risk linked=Memo::new(move |_| record.with(|r| r.but)).into()/>
                            <button type="button" class="quiet" aria-label="Remove this risk" on:click=move |_| undo.remove(deeper::Target::Risk { option: id, risk })>
                                "Remove"
                            </button>
                        </Fields></div>
                    }
                }
            />
            <ShowMore window=window id=format!("option-{id}-risks-shown") noun=("risk", "risks") focus=|risk| format!("#risk-{risk}-text")/>
            <AddButton id=format!("option-{id}-add-risk") label="Add a risk" refusal=refusal
                on_add=Callback::new(move |()| live.dispatch(DeeperEdit::AddRisk(id)))/>
        </fieldset>
    }
}

/// The parked "buts" a risk can name, read once for the whole page (every risk's list shows them).
#[derive(Clone, Copy)]
pub struct ButChoices(ReadSignal<Vec<(Id, String)>>);

/// How much of a but a choice shows: enough to recognise it.
const BUT_LABEL_CHARS: usize = 80;

impl ButChoices {
    pub fn provide(live: LiveWorkbook) {
        provide_context(ButChoices(live.select_in(&[Part::Buts], |w| {
            w.exploration
                .buts
                .iter()
                .map(|b| (b.id, clip_label(&b.text)))
                .collect::<Vec<_>>()
        })));
    }
}

fn clip_label(text: &str) -> String {
    let text = text.trim();
    let clipped = clip_chars(text, BUT_LABEL_CHARS);
    if clipped.len() < text.len() {
        format!("{}…", clipped.trim_end())
    } else {
        clipped
    }
}

/// R4 ↔ E3: a risk can name the parked "but" it takes up.
#[component]
fn RiskButLink(option: Id, risk: Id, linked: Signal<Option<Id>>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let ButChoices(buts) = expect_context::<ButChoices>();
    let any = Memo::new(move |_| buts.with(|b| !b.is_empty()));
    let select_id = format!("risk-{risk}-but");
    move || {
        any.get().then(|| {
            let select_id = select_id.clone();
            view! {
                <div class="field">
                    <label for=select_id.clone()>"Is this one of your parked “buts”?"</label>
                    <select id=select_id on:change=move |ev| {
                        let but = event_target_value(&ev).parse::<u32>().ok().map(Id);
                        live.dispatch(DeeperEdit::SetRisk(option, risk, RiskField::But(but)));
                    }>
                        <option value="" selected=move || linked.get().is_none()>"No"</option>
                        <For each=move || buts.get() key=|choice| choice.clone() let:choice>
                            {
                                let (id, text) = choice;
                                view! { <option value=id.to_string() selected=move || linked.get() == Some(id)>{text}</option> }
                            }
                        </For>
                    </select>
                </div>
            }
        })
    }
}
