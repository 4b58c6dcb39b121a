//! C1, the offers: each with its figures (every one checked as it is written), where and when it
//! starts, and the person's own words on growth and fit. What it is worth in a year is shown on its
//! card, with the assumptions behind the figure.

use leptos::prelude::*;

use crate::model::base::Refusal;
use crate::model::closing::{
    commute_hours, compensation, offer_criteria, offer_refusal, ClosingEdit, OfferNumber,
    OfferText, MAX_CURRENCY_CHARS, MAX_OFFER_NAME_CHARS, STAY_NAME,
};
use crate::model::{closing, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::count;
use crate::ui::widgets::{AddForm, AmountField, DateField, Fields, NameField, Undo};

use super::{money, offer_name, Today};

fn name_refusal(text: &str) -> Option<Refusal> {
    crate::model::base::refusal_to_rename(
        text,
        Refusal::Empty {
            ask: "An offer keeps a name, for example “Northwind, trainer”.",
        },
    )
}

/// The figures of an offer, in the order the form shows them.
const FIGURES: [OfferNumber; 10] = [
    OfferNumber::BasePay,
    OfferNumber::BonusPercent,
    OfferNumber::BonusPayout,
    OfferNumber::SigningBonus,
    OfferNumber::EquityValue,
    OfferNumber::VestingMonths,
    OfferNumber::BenefitsValue,
    OfferNumber::LeaveDays,
    OfferNumber::CommuteMinutes,
    OfferNumber::RemoteDays,
];

#[component]
pub fn OffersSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let ids = live.select_in(&[Part::Offers], |w| {
        w.closing.offers.iter().map(|o| o.id).collect::<Vec<_>>()
    });
    let has_stay = live.select_in(&[Part::Offers], |w| w.closing.has_stay());
    let stay_refused = RwSignal::new(None::<String>);
    let add = move |name: String| {
        if let Some(refused) = live.with(|w| offer_refusal(&w.closing.offers, &name)) {
            return Some(refused.message());
        }
        live.dispatch(ClosingEdit::AddOffer {
            name,
            stay: false,
            criteria: offer_criteria(),
        });
        None
    };
    let add_stay = move |_| match live.with(|w| offer_refusal(&w.closing.offers, STAY_NAME)) {
        Some(refused) => stay_refused.set(Some(refused.message())),
        None => {
            stay_refused.set(None);
            live.dispatch(ClosingEdit::AddOffer {
                name: STAY_NAME.into(),
                stay: true,
                criteria: offer_criteria(),
            });
            // The button goes with the press: the focus goes to the new offer.
            if let Some(id) = live.with(|w| w.closing.offers.last().map(|o| o.id)) {
                request_animation_frame(move || focus_first(&format!("#offer-{id}-name")));
            }
        }
    };
    view! {
        <section aria-labelledby="offers-heading" class="card">
            <h2 id="offers-heading">"Offers"</h2>
            <p class="hint">
                "Write down each offer as it stands, and your present job too: staying is a real choice, \
                 and the one every offer has to beat. Figures are per year unless they say otherwise."
            </p>
            <AddForm id="new-offer" label="Who is the offer from, and for what role?" button="Add offer" max_chars=MAX_OFFER_NAME_CHARS on_add=add/>
            {move || (!has_stay.get()).then(|| view! {
                <p>
                    <button type="button" id="add-stay" on:click=add_stay>"Add “Stay where I am” to compare against"</button>
                    <span class="field-error" aria-live="polite">{move || stay_refused.get()}</span>
                </p>
            })}
            {move || ids.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">
                    "No offers yet. When one arrives, add it here with your present job beside it; seeing both \
                     on one page makes the choice clearer."
                </p>
            })}
            <div class="option-list">
                <For each=move || ids.get() key=|id| *id children=move |id: Id| view! { <OfferCard id=id/> }/>
            </div>
        </section>
    }
}

#[component]
fn OfferCard(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let today = expect_context::<Today>().0;
    let read = live.select_record(Part::Offers, id, move |w| {
        w.closing.offer(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    // Read apart from the rest of the offer: a key press in the offer's text must not draw the
    // application list again (with every application at its cap, that was 20 ms a press at 2 MB).
    let stay = live.select_record(Part::Offers, id, move |w| {
        w.closing.offer(id).is_some_and(|o| o.stay)
    });
    let linked = live.select_record(Part::Offers, id, move |w| {
        w.closing.offer(id).and_then(|o| o.application)
    });
    let applications = live.select_in(&[Part::Applications], |w| {
        w.applying
            .applications
            .iter()
            .map(|a| (a.id, a.name()))
            .collect::<Vec<_>>()
    });
    let p = move |rest: &str| format!("offer-{id}-{rest}");
    let worth = Memo::new(move |_| {
        let offer = read();
        (
            compensation(&offer),
            commute_hours(&offer),
            offer.currency.clone(),
        )
    });
    let summary = move || {
        worth.with(|(c, hours, currency)| {
            let mut parts = vec![format!("first year {}", money(c.first_year, currency))];
            if c.steady_year != c.first_year {
                parts.push(format!("later years {}", money(c.steady_year, currency)));
            }
            if let Some(hours) = hours {
                parts.push(format!(
                    "commute {} a year",
                    count(*hours as usize, "hour", "hours")
                ));
            }
            parts.join(" · ")
        })
    };
    let started = move || {
        read().start_on.filter(|day| *day < today).map(|_| {
            "This date has passed: fine if you have started already, worth a second look if not.".to_string()
        })
    };
    view! {
        <details class="option-card offer" id=format!("offer-{id}") open>
            <summary>
                {move || offer_name(&read())}
                " "
                {move || stay.get().then(|| view! { <span class="tag">"Your present job"</span> })}
                <span class="offer-worth" id=p("worth")>{summary}</span>
            </summary>
            <div class="option-body">
            <Fields>
                <div class="field-row">
                    <NameField id=p("name") label="Name" max_chars=MAX_OFFER_NAME_CHARS value=Signal::derive(move || read().name)
                        refusal=name_refusal on_change=Callback::new(move |name| live.dispatch(ClosingEdit::SetOfferName(id, name)))/>
                    <div class="field currency">
                        <label for=p("currency")>"Currency"</label>
                        <input type="text" id=p("currency") maxlength=MAX_CURRENCY_CHARS prop:value=move || read().currency
                            on:input=move |ev| live.dispatch(ClosingEdit::SetCurrency(id, event_target_value(&ev)))/>
                    </div>
                    {move || (!stay.get()).then(|| view! {
                        <div class="field">
                            <label for=p("application")>"From the application"</label>
                            <select id=p("application") on:change=move |ev| {
                                live.dispatch(ClosingEdit::SetOfferApplication(id, event_target_value(&ev).parse::<u32>().ok().map(Id)));
                            }>
                                <option value="" selected=move || linked.get().is_none()>"None"</option>
                                {move || applications.get().into_iter().map(|(a, name)| view! {
                                    <option value=a.to_string() selected=move || linked.get() == Some(a)>{name}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                </div>
                <fieldset class="field subsection">
                    <legend>"The figures"</legend>
                    <div class="figure-grid">
                        {FIGURES.into_iter().map(|field| view! {
                            <AmountField id=p(field.key()) label=field.label() example=field.example()
                                value=Signal::derive(move || field.get(&read()))
                                refusal=Callback::new(move |value| field.refusal(value).map(str::to_string))
                                on_change=Callback::new(move |value| live.dispatch(ClosingEdit::SetNumber(id, field, value)))/>
                        }).collect_view()}
                    </div>
                </fieldset>
                <div class="field-row">
                    <DateField id=p("start_on") label="Start date" value=Signal::derive(move || read().start_on)
                        on_change=Callback::new(move |day| live.dispatch(ClosingEdit::SetStartOn(id, day)))/>
                    <div class="field">
                        <label for=p("location")>{OfferText::Location.label()}</label>
                        <input type="text" id=p("location") maxlength=OfferText::Location.limit() prop:value=move || read().location
                            on:input=move |ev| live.dispatch(ClosingEdit::SetOfferText(id, OfferText::Location, event_target_value(&ev)))/>
                    </div>
                </div>
                <p class="hint" id=p("start-note") aria-live="polite">{started}</p>
                {[OfferText::Growth, OfferText::ValuesFit, OfferText::Notes].into_iter().map(|field| {
                    let field_id = p(field.key());
                    view! {
                        <div class="field">
                            <label for=field_id.clone()>{field.label()}</label>
                            <textarea id=field_id rows="2" maxlength=field.limit() prop:value=move || field.get(&read()).to_string()
                                on:input=move |ev| live.dispatch(ClosingEdit::SetOfferText(id, field, event_target_value(&ev)))></textarea>
                        </div>
                    }
                }).collect_view()}
            </Fields>
            <div class="assumptions">
                <h3>"How the figure is worked out"</h3>
                <ul id=p("assumptions")>
                    {move || worth.with(|(c, _, _)| {
                        let mut lines = c.assumptions.clone();
                        if lines.is_empty() {
                            lines.push("Base pay, as written: nothing else adds to it yet.".into());
                        }
                        lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()
                    })}
                </ul>
            </div>
            <button type="button" class="quiet" id=p("remove") on:click=move |_| undo.remove(closing::Target::Offer(id))>"Remove offer"</button>
            </div>
        </details>
    }
}
