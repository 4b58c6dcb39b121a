//! Coaching: a program from a coach opened from a link (S2: what it adds, accepted or not), the
//! program accepted with its questions to answer, and a program of one's own to hand on as a link
//! (D3). One file per section; the page lays them out.

mod draft;
mod incoming;
mod received;
mod share;
mod snapshot;

use chrono::NaiveDate;
use leptos::prelude::*;

use draft::DraftSection;
use incoming::IncomingSection;
use received::ReceivedSection;
use share::ShareSection;
use snapshot::SnapshotSection;

/// Today on this device, read once when the page is drawn.
#[derive(Clone, Copy)]
struct Today(NaiveDate);

#[component]
pub fn CoachPage() -> impl IntoView {
    provide_context(Today(chrono::Local::now().date_naive()));
    view! {
        <article class="page">
            <h1 tabindex="-1">"Coaching"</h1>
            <p class="purpose">
                "Working with a coach? Their program arrives as a link: open it, see exactly what it adds, and \
                 take it in only if you want to, and share with them a read-only snapshot of the stages you choose. \
                 Coaching others? Write a program here and send it as a link, and read what your clients share. \
                 Links are read on this device; nothing is sent anywhere."
            </p>
            <IncomingSection/>
            <ReceivedSection/>
            <SnapshotSection/>
            <DraftSection/>
            <ShareSection/>
        </article>
    }
}
