//! Stage 5, Closing: the offers on the table with what each is worth (C1), the offers scored with
//! the same matrix as the options, a negotiation plan per offer (C2), leaving well (C3) and the
//! celebration (C4). One file per section; the page lays them out.

mod celebration;
mod compare;
mod leaving;
mod negotiation;
mod offers;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::closing::{amount_text, Offer};
use crate::model::coach::ProgramStage;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::route::Route;
use crate::ui::widgets::{CoachQuestions, StageNumber};
use celebration::CelebrationSection;
use compare::CompareSection;
use leaving::LeavingSection;
use negotiation::NegotiationSection;
use offers::OffersSection;

/// Today on this device, read once when the page is drawn.
#[derive(Clone, Copy)]
struct Today(NaiveDate);

/// An offer's name as shown: its own words, or a stand-in while it has none.
fn offer_name(offer: &Offer) -> String {
    match offer.name.trim() {
        "" => "Unnamed offer".to_string(),
        name => name.to_string(),
    }
}

/// An amount in the offer's currency: "41 000 EUR".
fn money(amount: u64, currency: &str) -> String {
    match currency.trim() {
        "" => amount_text(amount),
        currency => format!("{} {currency}", amount_text(amount)),
    }
}

#[component]
pub fn ClosingPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    provide_context(Today(chrono::Local::now().date_naive()));
    let has_offers = live.select_in(&[Part::Offers], |w| !w.closing.offers.is_empty());
    view! {
        <article class="page page-wide">
            <StageNumber route=Route::Closing/>
            <h1 tabindex="-1">"Closing"</h1>
            <p class="purpose">
                "Close this chapter well. Compare what is on the table, staying where you are included, \
                 against what matters to you; plan how you will ask for what you need; leave on good terms; \
                 and take a moment to see how far you have come."
            </p>
            <CoachQuestions stage=ProgramStage::Closing/>
            <OffersSection/>
            {move || has_offers.get().then(|| view! { <CompareSection/> <NegotiationSection/> })}
            <LeavingSection/>
            <CelebrationSection/>
        </article>
    }
}
