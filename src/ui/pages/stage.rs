//! The stage whose worksheets are not built yet (Closing): it says what the
//! stage is for, offers questions worth carrying, and says plainly that its tools are still to come.

use leptos::prelude::*;

use crate::ui::route::Route;
use crate::ui::widgets::StageNumber;

struct StageText {
    purpose: &'static str,
    questions: [&'static str; 3],
    coming: &'static str,
}

fn stage_text(route: Route) -> StageText {
    match route {
        // Closing: the app shows every other route on a page of its own.
        _ => StageText {
            purpose: "Close well. Compare offers against what matters to you, negotiate for what you need, \
                      leave your old role on good terms, and take time to mark how far you have come.",
            questions: [
                "Beyond pay, what would make an offer right for you?",
                "What is your walk-away point, and why?",
                "Who helped you on the way, and how will you thank them?",
            ],
            coming: "offer comparison, a negotiation plan, leaving well, and a celebration page",
        },
    }
}

#[component]
pub fn StagePage(route: Route) -> impl IntoView {
    let text = stage_text(route);
    let questions_id = format!("{}-questions", route.title().to_ascii_lowercase().replace(' ', "-"));
    let labelled_by = questions_id.clone();
    view! {
        <article class="page">
            <StageNumber route=route/>
            <h1 tabindex="-1">{route.title()}</h1>
            <p class="purpose">{text.purpose}</p>
            <section aria-labelledby=labelled_by class="card">
                <h2 id=questions_id>"Questions worth carrying"</h2>
                <ul class="questions">
                    {text.questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
                </ul>
            </section>
            <section class="not-yet" aria-label="Not built yet">
                <p>
                    {format!(
                        "The worksheets for this part are not in Waypoint yet: {}. Until they are, the \
                         questions above are worth a page in your own notebook.",
                        text.coming
                    )}
                </p>
            </section>
        </article>
    }
}

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <article class="page">
            <h1 tabindex="-1">"There is no page here"</h1>
            <p>
                "The link may be mistyped or from a newer version of Waypoint. Your workbook is unaffected. "
                <a href=Route::Start.href()>"Go to the start page"</a>
                "."
            </p>
        </article>
    }
}
