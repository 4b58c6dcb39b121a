//! Stage 1, Exploration: one file per section, in the order the page shows them. The page itself
//! only lays the sections out.

mod buts;
mod flow;
mod goals;
mod interests;
mod overview;
mod readiness;
mod situation;
mod skills;
mod strengths;
mod values;
mod vision;

use leptos::prelude::*;

use crate::model::coach::ProgramStage;
use crate::ui::route::Route;
use crate::ui::widgets::{CoachQuestions, StageNumber};

use buts::ButsSection;
use flow::FlowSection;
use goals::GoalsSection;
use interests::InterestsSection;
use overview::ExplorationProgress;
use readiness::ReadinessSection;
use situation::SituationSection;
use skills::SkillsSection;
use strengths::StrengthsSection;
use values::ValuesSection;
use vision::VisionSection;

#[component]
pub fn ExplorationPage() -> impl IntoView {
    overview::SectionProgress::provide();
    view! {
        <article class="page page-wide">
            <StageNumber route=Route::Exploration/>
            <h1 tabindex="-1">"Exploration"</h1>
            <p class="purpose">
                "Where am I, and where would I like to go? Before weighing up jobs, take a clear look at \
                 your present and sketch the future you would choose if you could. Not knowing yet is \
                 fine: finding out is what this stage is for."
            </p>
            <CoachQuestions stage=ProgramStage::Exploration/>

            <ExplorationProgress/>
            <SituationSection/>

            <VisionSection/>

            <ButsSection/>
            <ValuesSection/>
            <StrengthsSection/>
            <InterestsSection/>
            <SkillsSection/>
            <FlowSection/>
            <ReadinessSection/>
            <GoalsSection/>

            <p class="next-step">"When you are ready, "<a href=Route::Deeper.href()>"go on to Diving deeper"</a>"."</p>
        </article>
    }
}
