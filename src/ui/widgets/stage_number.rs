//! "Stage N of M" above a stage page's heading, read from the one table of stages, with the link to
//! the stage's printable summary beside it.

use leptos::prelude::*;

use crate::ui::route::{Route, STAGES};

#[component]
pub fn StageNumber(route: Route) -> impl IntoView {
    view! {
        <p class="stage-number">
            {route.stage_number().map(|number| format!("Stage {number} of {}", STAGES.len()))}
            <a class="print-link" href=route.print_href()>{format!("Print {}", route.title().to_ascii_lowercase())}</a>
        </p>
    }
}
