//! D3, the link: the program written above, compressed by the browser into the address's fragment
//! (never sent to a server), with its length, a copy button and a plain word on who can read it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::Part;
use crate::store::link::fragment_of;
use crate::store::LiveWorkbook;

use super::{app_link, LinkMade};

#[component]
pub fn ShareSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let empty = live.select_in(&[Part::Coach], |w| w.coach.draft.is_empty());
    // The link made, and the program it was made from (an edit since makes it out of date).
    let made = RwSignal::new(None::<(Result<String, String>, crate::model::coach::Program)>);
    let current = live.select_in(&[Part::Coach], |w| w.coach.draft.clone());
    let make = move |_| {
        let program = live.with(|w| w.coach.draft.clone());
        spawn_local(async move {
            let link = fragment_of(&program)
                .await
                .map_err(|e| e.to_string())
                .map(|fragment| app_link(&fragment));
            made.set(Some((link, program)));
        });
    };
    view! {
        <section aria-labelledby="share-heading" class="card">
            <h2 id="share-heading">"Send it as a link"</h2>
            <p class="hint" id="share-warning">
                "Anyone who has the link can read the program, so keep it free of personal details about your \
                 client. The program travels inside the link itself: Waypoint sends it nowhere."
            </p>
            <button type="button" id="make-link" disabled=move || empty.get() on:click=make>"Make the link"</button>
            {move || empty.get().then(|| view! { <p class="hint">"Write something in the program first."</p> })}
            {move || made.get().map(|(link, from)| match link {
                Err(message) => view! { <p class="result result-error" role="alert" id="link-error">{message}</p> }.into_any(),
                Ok(link) => {
                    let stale = move || current.with(|now| *now != from);
                    view! {
                        <LinkMade id="program-link" copy_id="copy-link" said_id="copy-said" link=link note=""
                            copied="Copied. Paste it into a message to your client."/>
                        {move || stale().then(|| view! {
                            <p class="hint" id="link-stale" role="status">"The program has changed since: make the link again to include it."</p>
                        })}
                    }
                    .into_any()
                }
            })}
        </section>
    }
}
