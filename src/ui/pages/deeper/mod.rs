//! Stage 2, Diving deeper: options (R1) with reality tests (R2) and risks (R4), the score matrix (R3),
//! the decision (R5) and the skill-gap plan (R6). One file per section; the page lays them out.

mod compare;
mod decision;
mod options;
mod reality_tests;
mod risks;
mod skill_gaps;

use leptos::prelude::*;

use crate::model::coach::ProgramStage;
use crate::model::deeper::CareerOption;
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::route::Route;
use crate::ui::widgets::{CoachQuestions, StageNumber};
use compare::CompareSection;
use decision::DecisionSection;
use options::OptionsSection;
use skill_gaps::SkillGaps;

/// The name shown for an option, even when its title has been cleared.
fn display_title(option: &CareerOption) -> String {
    match option.title.trim() {
        "" => "Untitled option".to_string(),
        title => title.to_string(),
    }
}

#[component]
pub fn DeeperPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    risks::ButChoices::provide(live);
    let skill_names = live.select_in(&[Part::Skills], |w| {
        w.exploration
            .skills
            .iter()
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    });

    view! {
        <article class="page page-wide">
            <StageNumber route=Route::Deeper/>
            <h1 tabindex="-1">"Diving deeper"</h1>
            <p class="purpose">
                "Research and choose. Take the few directions that pull at you and find out what they are \
                 really like: the daily work, the way in, the pay, the people. Then weigh them against what \
                 matters to you. The choice stays yours; the tools here help you see it clearly."
            </p>
            <CoachQuestions stage=ProgramStage::Deeper/>

            <OptionsSection/>
            <CompareSection/>

            <DecisionSection/>
            <SkillGaps/>
            // The skills inventory (E7) offered wherever a skill is named.
            <datalist id="inventory-skills">
                <For each=move || skill_names.get() key=|name| name.clone() let:name>
                    <option value=name></option>
                </For>
            </datalist>
        </article>
    }
}
