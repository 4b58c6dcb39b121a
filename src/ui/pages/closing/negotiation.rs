//! C2, a negotiation plan for one offer at a time: the numbers (target, walk-away, first ask), the
//! asks beyond pay, practice and the outcome. The page asks questions; it hands out no scripts.

use leptos::prelude::*;

use crate::model::closing::{
    negotiation_note, ClosingEdit, NegotiationText, OfferNumber, MAX_OFFER_TEXT_CHARS,
};
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AmountField, Fields};

use super::offer_name;

#[component]
pub fn NegotiationSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    // The offers worth negotiating: not the present job.
    let offers = live.select_in(&[Part::Offers], |w| {
        w.closing
            .offers
            .iter()
            .filter(|o| !o.stay)
            .map(|o| (o.id, offer_name(o)))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(None::<Id>);
    let shown = Memo::new(move |_| {
        offers.with(|offers| match chosen.get() {
            Some(id) if offers.iter().any(|(o, _)| *o == id) => Some(id),
            _ => offers.first().map(|(o, _)| *o),
        })
    });
    view! {
        <section aria-labelledby="negotiation-heading" class="card">
            <h2 id="negotiation-heading">"Negotiation plan"</h2>
            <p class="hint">
                "Most offers have room in them, and asking well is expected. Decide before the conversation \
                 what you are aiming for and where you would stop; then practise saying it out loud."
            </p>
            {move || match offers.with(Vec::is_empty) {
                true => view! { <p class="empty-state">"Add an offer above to plan how you will negotiate it."</p> }.into_any(),
                false => view! {
                    <Fields><div class="field">
                        <label for="negotiation-offer">"The offer"</label>
                        <select id="negotiation-offer" on:change=move |ev| chosen.set(event_target_value(&ev).parse::<u32>().ok().map(Id))>
                            {move || offers.get().into_iter().map(|(o, name)| view! {
                                <option value=o.to_string() selected=move || shown.get() == Some(o)>{name}</option>
                            }).collect_view()}
                        </select>
                    </div></Fields>
                    {move || shown.get().map(|id| view! { <NegotiationPlan id=id/> })}
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn NegotiationPlan(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let read = live.select_record(Part::Offers, id, move |w| {
        w.closing
            .offer(id)
            .map(|o| (o.negotiation.clone(), o.currency.clone()))
            .unwrap_or_default()
    });
    let plan = move || read.get().0;
    let note = Signal::derive(move || negotiation_note(&plan()).map(str::to_string));
    let p = move |rest: &str| format!("negotiation-{id}-{rest}");
    let text = move |field: NegotiationText| {
        let field_id = p(field.key());
        view! {
            <div class="field">
                <label for=field_id.clone()>{field.label()}</label>
                <textarea id=field_id rows="2" maxlength=MAX_OFFER_TEXT_CHARS prop:value=move || field.get(&plan()).to_string()
                    on:input=move |ev| live.dispatch(ClosingEdit::SetNegotiationText(id, field, event_target_value(&ev)))></textarea>
            </div>
        }
    };
    let number = move |field: OfferNumber, key: &str, note: Option<Signal<Option<String>>>| {
        view! {
            <AmountField id=p(key) label=field.label() example=field.example()
                value=Signal::derive(move || read.with(|(n, _)| match field {
                    OfferNumber::Target => n.target,
                    OfferNumber::WalkAway => n.walk_away,
                    _ => n.first_ask,
                }))
                note=note.unwrap_or_else(|| Signal::derive(|| None))
                on_change=Callback::new(move |value| live.dispatch(ClosingEdit::SetNumber(id, field, value)))/>
        }
    };
    view! {
        <Fields>
            {text(NegotiationText::ClearYes)}
            <fieldset class="field subsection">
                <legend>{move || match read.with(|(_, c)| c.trim().to_string()) {
                    c if c.is_empty() => "Base pay, a year".to_string(),
                    c => format!("Base pay, a year, in {c}"),
                }}</legend>
                <div class="field-row">
                    {number(OfferNumber::Target, "target", None)}
                    {number(OfferNumber::WalkAway, "walk_away", Some(note))}
                    {number(OfferNumber::FirstAsk, "first_ask", None)}
                </div>
                <p class="hint">
                    "What is your walk-away point built on: your costs, your present pay, what staying is worth to you?"
                </p>
            </fieldset>
            <fieldset class="field subsection">
                <legend>"Beyond pay"</legend>
                {NegotiationText::ALL.into_iter().filter(|f| f.is_ask()).map(text).collect_view()}
            </fieldset>
            {text(NegotiationText::Practice)}
            {text(NegotiationText::Outcome)}
        </Fields>
    }
}
