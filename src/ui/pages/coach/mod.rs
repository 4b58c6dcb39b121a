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

use crate::model::coach::ProgramStage;
use draft::DraftSection;
use incoming::IncomingSection;
use received::ReceivedSection;
use share::ShareSection;
use snapshot::SnapshotSection;

/// The whole address of a link whose fragment is `fragment`: this app's, wherever it is served.
fn app_link(fragment: &str) -> String {
    let location = window().location();
    format!(
        "{}{}{fragment}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// A link made (a program's, a snapshot's): the link itself to select, its length, and a button
/// that copies it, saying so in `said_id`. `id` names the field, `<id>-length` its length.
#[component]
fn LinkMade(
    id: &'static str,
    copy_id: &'static str,
    said_id: &'static str,
    link: String,
    note: &'static str,
    copied: &'static str,
) -> impl IntoView {
    let said = RwSignal::new(None::<String>);
    let chars = link.chars().count();
    let length_id = format!("{id}-length");
    let copy = {
        let link = link.clone();
        move |_| crate::ui::dom::copy_text(link.clone(), id.into(), copied, said)
    };
    view! {
        <crate::ui::widgets::Fields>
            <div class="field">
                <label for=id>"The link"</label>
                <input type="text" id=id readonly prop:value=link aria-describedby=length_id.clone()/>
                <p class="hint" id=length_id>{format!("{chars} characters.{note}")}</p>
            </div>
        </crate::ui::widgets::Fields>
        <button type="button" id=copy_id on:click=copy>"Copy the link"</button>
        <p role="status" id=said_id>{move || said.get()}</p>
    }
}

/// What a program naming its stages does to the menu, in a sentence; none when it covers them all.
/// `accepted` says whether it is the program accepted or one offered.
fn stages_line(stages: &[ProgramStage], accepted: bool) -> Option<String> {
    let names: Vec<&str> = stages.iter().map(|s| s.label()).collect();
    let named = match names.as_slice() {
        [] => return None,
        [one] => one.to_string(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    };
    Some(match accepted {
        true => format!(
            "This program works on {named}. The other stages wait under “More stages” in the menu; any stage you have written in stays listed."
        ),
        false => format!(
            "A focus on {named}: the other stages move under “More stages” in the menu, except any you have written in."
        ),
    })
}

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
