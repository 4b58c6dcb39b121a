//! The overview at the top of the Exploration page: how far each section has come, with a link to it.

use leptos::prelude::*;

use crate::model::exploration::Section;
use crate::model::Part;
use crate::store::LiveWorkbook;

use crate::model::exploration::Completion;
use crate::ui::dom::focus_first;

/// The one part a section's progress is read from (`Exploration::completion` reads nothing else).
fn parts_of(section: Section) -> &'static [Part] {
    match section {
        Section::Situation => &[Part::Situation],
        Section::Vision => &[Part::Vision],
        Section::Values => &[Part::Values],
        Section::Strengths => &[Part::Strengths],
        Section::Interests => &[Part::Interests],
        Section::Skills => &[Part::Skills],
        Section::Flow => &[Part::Flow],
        Section::Readiness => &[Part::Readiness],
        Section::Goals => &[Part::Goals],
    }
}

/// Each section's progress, one memo per section made once for the page: a key press re-reads its
/// own section's progress only, and the tag in the overview and the one by the heading share it.
#[derive(Clone, Copy)]
pub struct SectionProgress([ReadSignal<Completion>; Section::ALL.len()]);

impl SectionProgress {
    pub fn provide() {
        let live = expect_context::<LiveWorkbook>();
        provide_context(Self(std::array::from_fn(|i| {
            let section = Section::ALL[i];
            live.select_in(parts_of(section), move |w| {
                w.exploration.completion(section, &w.vision)
            })
        })));
    }

    fn of(self, section: Section) -> ReadSignal<Completion> {
        let at = Section::ALL
            .iter()
            .position(|s| *s == section)
            .unwrap_or_default();
        self.0[at]
    }
}

/// A small "Done" / "Started" / "Not started" tag after a section's heading.
#[component]
pub fn SectionStatus(section: Section) -> impl IntoView {
    let status = expect_context::<SectionProgress>().of(section);
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
    let sections = expect_context::<SectionProgress>().0;
    let progress = Memo::new(move |_| {
        (
            sections
                .iter()
                .filter(|status| status.get() == Completion::Done)
                .count(),
            sections.len(),
        )
    });
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
