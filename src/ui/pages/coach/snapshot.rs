//! D4, sharing with a coach: the person chooses the stages, and gets a read-only snapshot of them as
//! a file, and as a link when it is small enough. Only what is chosen leaves (`model::share`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Today;
use crate::model::share::{SharedStage, Snapshot};
use crate::store::files::download_text;
use crate::store::snapshot::{snapshot_file_name, snapshot_fragment, snapshot_text};
use crate::store::LiveWorkbook;
use crate::ui::route::{shared_page, Route};
use crate::ui::widgets::Fields;

use super::{app_link, LinkMade};

/// What a box's label says: the page's name, and for Coaching what it holds.
fn label_of(stage: SharedStage) -> &'static str {
    match stage {
        SharedStage::Coaching => "Coaching: your coach's program and your answers",
        other => shared_page(other).title(),
    }
}

#[component]
pub fn SnapshotSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let Today(today) = expect_context::<Today>();
    let chosen = RwSignal::new(Vec::<SharedStage>::new());
    // What was made from the choice: a file downloaded, a link, or why not. A new choice clears it.
    let made = RwSignal::new(None::<Result<String, String>>);
    let downloaded = RwSignal::new(None::<Result<String, String>>);
    let none_chosen = RwSignal::new(false);
    let snapshot = move || {
        let stages = chosen.get_untracked();
        none_chosen.set(stages.is_empty());
        (!stages.is_empty()).then(|| live.with(|w| Snapshot::of(w, &stages, today)))
    };
    let download = move |_| {
        let Some(snapshot) = snapshot() else { return };
        let result = snapshot_text(&snapshot).map_err(|e| e.to_string()).and_then(|text| {
            download_text(&snapshot_file_name(&snapshot), &text, "application/json")
                .map(|()| format!("Downloaded {}. Send it to your coach the way you usually share files with them.", snapshot_file_name(&snapshot)))
                .map_err(|_| "The browser did not offer the file. Try again.".to_string())
        });
        downloaded.set(Some(result));
    };
    let make_link = move |_| {
        let Some(snapshot) = snapshot() else { return };
        spawn_local(async move {
            let link = snapshot_fragment(&snapshot)
                .await
                .map_err(|e| e.to_string())
                .map(|fragment| app_link(&fragment));
            made.set(Some(link));
        });
    };
    let toggle = move |stage: SharedStage, on: bool| {
        chosen.update(|stages| {
            stages.retain(|s| *s != stage);
            if on {
                stages.push(stage);
            }
        });
        made.set(None);
        downloaded.set(None);
        none_chosen.set(false);
    };

    view! {
        <section aria-labelledby="snapshot-heading" class="card">
            <h2 id="snapshot-heading">"Share with your coach"</h2>
            <p class="hint">
                "Choose what your coach may read. They get a read-only copy of those stages as they are today, \
                 with your name and the day you started; nothing else leaves, and nothing they do changes your workbook."
            </p>
            <Fields><fieldset class="stages" aria-describedby="snapshot-warning">
                <legend>"Stages to share"</legend>
                {SharedStage::ALL.into_iter().map(|stage| {
                    let id = format!("share-{}", stage.key());
                    view! {
                        <label class="check">
                            <input type="checkbox" id=id
                                prop:checked=move || chosen.with(|c| c.contains(&stage))
                                on:change=move |ev| toggle(stage, event_target_checked(&ev))/>
                            {label_of(stage)}
                        </label>
                    }
                }).collect_view()}
            </fieldset></Fields>
            <p class="hint" id="snapshot-warning">
                "Anyone who has the file or the link can read what it holds: send it only to your coach, in a way you trust."
            </p>
            {move || none_chosen.get().then(|| view! {
                <p class="result result-error" role="alert" id="snapshot-none">"Choose at least one stage to share."</p>
            })}
            <div class="actions">
                <button type="button" id="snapshot-download" class="primary" on:click=download>"Download the snapshot"</button>
                <button type="button" id="snapshot-make-link" on:click=make_link>"Make a link"</button>
            </div>
            {move || downloaded.get().map(|result| match result {
                Ok(text) => view! { <p class="result" role="status" id="snapshot-downloaded">{text}</p> }.into_any(),
                Err(text) => view! { <p class="result result-error" role="alert" id="snapshot-downloaded">{text}</p> }.into_any(),
            })}
            {move || made.get().map(|link| match link {
                Err(message) => view! { <p class="result result-error" role="alert" id="snapshot-link-error">{message}</p> }.into_any(),
                Ok(link) => view! {
                    <LinkMade id="snapshot-link" copy_id="snapshot-copy" said_id="snapshot-copy-said" link=link
                        note=" It opens in your coach's review space, apart from their own workbook."
                        copied="Copied. Paste it into a message to your coach."/>
                }
                .into_any(),
            })}
        </section>
        <section aria-labelledby="review-heading" class="card">
            <h2 id="review-heading">"Review a snapshot"</h2>
            <p>
                "Coaching someone? The snapshot they share opens in a review space of its own, read-only and \
                 printable, apart from this workbook. "
                <a href=Route::Review.href() id="open-review">"Open the review space"</a>
            </p>
        </section>
    }
}
