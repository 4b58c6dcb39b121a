//! The overview at the top of the Exploration page: how far each section has come, with a link to it.

use leptos::prelude::*;

use crate::model::exploration::Section;
use crate::model::Part;
use crate::store::LiveWorkbook;

/// Every part a section's progress is read from.
const EXPLORATION: &[Part] = &[
    Part::Vision, Part::Situation, Part::Strengths, Part::Skills, Part::Flow, Part::Interests, Part::Readiness,
    Part::Goals, Part::Buts, Part::Values,
];
use crate::ui::dom::focus_first;



/// A small "Done" / "Started" / "Not started" tag after a section's heading.
#[component]
pub fn SectionStatus(section: Section) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let status = live.select_in(EXPLORATION, move |w| w.exploration.completion(section, &w.vision));
    let status = move || status.get();
    view! {
        <span class="tag section-status" data-status=move || format!("{:?}", status()).to_lowercase()>
            {move || status().label()}
        </span>
    }
}

/// The overview at the top of the page: overall progress, and a link to each section with its state.
#[component]
pub fn ExplorationProgress() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let progress = live.select_in(EXPLORATION, move |w| w.exploration.progress(&w.vision));
    let progress = move || progress.get();
    view! {
        <nav class="card contents" aria-labelledby="contents-heading">
            <h2 id="contents-heading">"In this stage"</h2>
            <p class="progress" id="exploration-progress">
                {move || { let (done, all) = progress(); format!("{done} of {all} sections done.") }}
            </p>
            <progress max=move || progress().1 value=move || progress().0 aria-labelledby="exploration-progress"></progress>
            <ol class="contents-list">
                {Section::ALL.into_iter().map(|section| view! {
                    <li>
                        <a href="#" on:click=move |ev| {
                            // The fragment holds the route, so move focus to the section instead.
                            ev.prevent_default();
                            focus_first(&format!("#{}", section.anchor()));
                        }>{section.title()}</a>
                        " "
                        <SectionStatus section=section/>
                    </li>
                }).collect_view()}
            </ol>
        </nav>
    }
}
