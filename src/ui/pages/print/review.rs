//! D4, the review space (`#/review`): a snapshot a client shared, opened from its file or its link,
//! drawn read-only as the printable summary draws a workbook. It is kept under a key of its own
//! (`store::snapshot::REVIEW_KEY`) and never reads or writes the workbook of this browser; closing
//! it removes it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::stages;
use crate::model::share::Snapshot;
use crate::store::files::read_bytes;
use crate::store::local::LocalStore;
use crate::store::snapshot::{
    close_review, keep_review, kept_review, read_snapshot_bytes, snapshot_in,
};
use crate::ui::format::long_date;
use crate::ui::program_link::IncomingSnapshot;
use crate::ui::route::shared_page;
use crate::ui::widgets::Fields;

/// What the review space says after the person did something.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Opened(String),
    /// Shown, but the browser would not keep it.
    NotKept,
    Refused(String),
    /// Closed; the snapshot is held until the page closes, for "Open it again".
    Closed(Snapshot),
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let store = LocalStore::default();
    let today = chrono::Local::now().date_naive();
    let review = RwSignal::new(None::<Snapshot>);
    let said = RwSignal::new(None::<Said>);
    // Kept text that no longer reads (a newer Waypoint wrote it, or it was damaged): said, and
    // removed only when the person closes it.
    let broken = RwSignal::new(None::<String>);
    match kept_review(&store) {
        Ok(kept) => review.set(kept),
        Err(error) => broken.set(Some(error.to_string())),
    }

    let open = move |snapshot: Snapshot| {
        let name = snapshot.workbook.profile.name.trim().to_string();
        said.set(Some(match keep_review(&LocalStore::default(), &snapshot) {
            Ok(()) if name.is_empty() => Said::Opened("The snapshot is open for review.".into()),
            Ok(()) => Said::Opened(format!("{name}’s snapshot is open for review.")),
            Err(_) => Said::NotKept,
        }));
        broken.set(None);
        review.set(Some(snapshot));
    };

    // A link opened in this visit: read here, in this page's part.
    let incoming = expect_context::<IncomingSnapshot>();
    Effect::new(move |_| {
        let Some(link) = incoming.0.get() else { return };
        incoming.0.set(None);
        spawn_local(async move {
            match snapshot_in(&link).await {
                Ok(snapshot) => open(snapshot),
                Err(error) => {
                    said.set(Some(Said::Refused(format!("{error} Nothing was changed."))))
                }
            }
        });
    });

    let choose_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let read = match read_bytes(&file).await {
                Ok(bytes) => read_snapshot_bytes(&bytes).map_err(|e| e.to_string()),
                Err(error) => Err(error.to_string()),
            };
            match read {
                Ok(snapshot) => open(snapshot),
                Err(message) => said.set(Some(Said::Refused(format!(
                    "{message} Nothing was changed."
                )))),
            }
        });
    };

    let close = move |_| {
        let _ = close_review(&LocalStore::default());
        broken.set(None);
        match review.get_untracked() {
            Some(snapshot) => said.set(Some(Said::Closed(snapshot))),
            None => said.set(None),
        }
        review.set(None);
    };

    let message = move || {
        said.get().map(|said| match said {
            Said::Opened(text) => view! { <p class="result" role="status" id="review-said">{text}</p> }.into_any(),
            Said::NotKept => view! {
                <p class="result result-error" role="alert" id="review-said">
                    "This browser's storage is full, so the snapshot is shown but not kept: it goes when this page closes. \
                     Your own workbook was not touched."
                </p>
            }
            .into_any(),
            Said::Refused(text) => view! { <p class="result result-error" role="alert" id="review-refused">{text}</p> }.into_any(),
            Said::Closed(snapshot) => view! {
                <p class="result" role="status" id="review-said">
                    "The review is closed and the snapshot removed from this browser. Your own workbook was not touched. "
                    <button type="button" id="review-reopen" on:click=move |_| open(snapshot.clone())>"Open it again"</button>
                </p>
            }
            .into_any(),
        })
    };

    let shown = move || {
        let Some(snapshot) = review.get() else {
            return view! {
                <p class="empty-state" id="review-empty">
                    "No snapshot is open. When a client shares one with you, open their file here, or open the \
                     link they sent: it comes straight to this page."
                </p>
            }
            .into_any();
        };
        let name = snapshot.workbook.profile.name.trim().to_string();
        let title = if name.is_empty() {
            "A shared snapshot".to_string()
        } else {
            format!("{name}’s snapshot")
        };
        let made = snapshot
            .made_on
            .map(|day| format!("Made {}. ", long_date(day)))
            .unwrap_or_default();
        let shares: Vec<&str> = snapshot
            .stages
            .iter()
            .map(|stage| shared_page(*stage).title())
            .collect();
        let started = snapshot
            .workbook
            .profile
            .started_on
            .map(|d| format!(" Program started {}.", long_date(d)))
            .unwrap_or_default();
        let pieces: Vec<AnyView> = stages(&snapshot.workbook, today)
            .into_iter()
            .filter(|(route, _)| {
                snapshot
                    .stages
                    .iter()
                    .any(|stage| shared_page(*stage) == *route)
            })
            .filter_map(|(_, piece)| piece)
            .collect();
        let empty = pieces.is_empty();
        view! {
            <div class="review-banner" id="review-banner">
                <p><strong>"Read only."</strong>" This is a snapshot someone shared with you, not your workbook: nothing here can be changed, and nothing in it reaches your own."</p>
                <div class="print-tools">
                    <button type="button" id="review-print" class="primary" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
                    <button type="button" id="review-close" on:click=close>"Close the review"</button>
                </div>
            </div>
            <header class="print-head">
                <h2 id="review-title">{title}</h2>
                <p>{format!("{made}Shares {}.{started}", shares.join(", "))}</p>
            </header>
            {empty.then(|| view! { <p class="empty-state" id="review-nothing">"The stages shared hold nothing yet."</p> })}
            <div class="review-summary">{pieces}</div>
        }
        .into_any()
    };

    view! {
        <article class="page print-page review-page">
            <h1 tabindex="-1">"Review a snapshot"</h1>
            <div class="print-tools">
                <p class="purpose">
                    "A client can share a read-only snapshot of the stages they choose. It is kept here, apart from \
                     your own workbook, until you close it."
                </p>
            </div>
            <div class="print-tools">
                <Fields><div class="field">
                    <label for="review-file">"Open a snapshot file (.json)"</label>
                    <input type="file" id="review-file" accept=".json,application/json" on:change=choose_file/>
                </div></Fields>
            </div>
            {message}
            {move || broken.get().map(|error| view! {
                <div class="result result-error" role="alert" id="review-broken">
                    <p>{format!("The snapshot kept for review can no longer be read: {error}")}</p>
                    <button type="button" id="review-close" on:click=close>"Remove it"</button>
                </div>
            })}
            {shown}
        </article>
    }
}
