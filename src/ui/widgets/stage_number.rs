//! "Stage N of M" above a stage page's heading, read from the one table of stages.

use leptos::prelude::*;

use crate::ui::route::{Route, STAGES};

#[component]
pub fn StageNumber(route: Route) -> impl IntoView {
    route.stage_number().map(|number| {
        view! { <p class="stage-number">{format!("Stage {number} of {}", STAGES.len())}</p> }
    })
}
