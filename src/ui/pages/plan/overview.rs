//! P4, where things stand, at the top of the Plan page: how far each stage has come (with what
//! counts, one click or key away), what is overdue or due this week from every stage, the next
//! steps and recent wins.

use leptos::prelude::*;

use crate::model::agenda::{AgendaItem, AgendaKind, AGENDA_PARTS};
use crate::model::dashboard::{due, recent_wins, stage_progress};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::format::short_date;
use crate::ui::route::Route;

use super::Today;

const EVERY_STAGE: &[Part] = &Part::ALL;

/// Where a dated thing is looked after.
fn place(item: &AgendaItem) -> (&'static str, String) {
    match item.kind {
        AgendaKind::Step(id) => ("Step", format!("#step-{id}-title")),
        AgendaKind::FollowUp(_) => ("Follow-up", Route::Networking.href()),
        AgendaKind::Application(_) => ("Application", Route::Applying.href()),
        AgendaKind::CheckIn => ("Check-in", "#check-ins-heading".to_string()),
        AgendaKind::LookBack => ("Look back", Route::Closing.href()),
    }
}

#[component]
pub fn OverviewSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let progress = live.select_in(EVERY_STAGE, stage_progress);
    let due = live.select_in(AGENDA_PARTS, move |w| due(w, today));
    let next = live.select_in(&[Part::Steps], move |w| {
        w.plan
            .next_steps(3)
            .into_iter()
            .map(|s| (s.id, s.title.clone(), s.due))
            .collect::<Vec<_>>()
    });
    let wins = live.select_in(&[Part::Steps, Part::CheckIns], move |w| {
        recent_wins(w, today, 14, 5)
    });
    let item_row = move |item: AgendaItem| {
        let (kind, href) = place(&item);
        let when = if item.day == today {
            "today".to_string()
        } else {
            short_date(item.day)
        };
        // A step on this page is focused in place; anything else is a link to its page.
        let on_page = href.starts_with("#step-") || href.starts_with("#check-ins");
        view! {
            <li>
                <span class="tag">{kind}</span>" "
                {if on_page {
                    let target = href.clone();
                    view! { <a href="#" on:click=move |ev| { ev.prevent_default(); crate::ui::dom::focus_first(&target); }>{item.title.clone()}</a> }.into_any()
                } else {
                    view! { <a href=href>{item.title.clone()}</a> }.into_any()
                }}
                <span class="muted">{format!(", {when}")}</span>
            </li>
        }
    };
    view! {
        <section aria-labelledby="overview-heading" class="card overview">
            <h2 id="overview-heading">"Where you stand"</h2>
            <ul class="stage-progress">
                {move || progress.get().into_iter().map(|stage| {
                    let done = stage.done();
                    let total = stage.checks.len();
                    view! {
                        <li>
                            <details>
                                <summary>
                                    <span class="stage-name">{stage.stage}</span>
                                    <progress max="100" value=stage.percent() aria-label=format!("{}: {done} of {total}", stage.stage)></progress>
                                    <span class="muted">{format!("{done} of {total}")}</span>
                                </summary>
                                <ul class="checks">
                                    {stage.checks.into_iter().map(|c| view! {
                                        <li class:done=c.done>{if c.done { "✓ " } else { "○ " }}{c.what}</li>
                                    }).collect_view()}
                                </ul>
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="overview-lists">
                <div>
                    <h3 id="due-now-heading">"Needs you this week"</h3>
                    {move || {
                        let d = due.get();
                        if d.overdue.is_empty() && d.this_week.is_empty() {
                            view! { <p class="empty-state">"Nothing dated for this week. A good moment to date your next step."</p> }.into_any()
                        } else {
                            view! {
                                <div>
                                    {(!d.overdue.is_empty()).then(|| view! {
                                        <p class="hint">"From before today, still open (move or drop what no longer fits):"</p>
                                        <ul class="plain-rows" id="overdue-list">{d.overdue.clone().into_iter().map(item_row).collect_view()}</ul>
                                    })}
                                    {(!d.this_week.is_empty()).then(|| view! {
                                        <p class="hint">"This week:"</p>
                                        <ul class="plain-rows" id="this-week-list">{d.this_week.clone().into_iter().map(item_row).collect_view()}</ul>
                                    })}
                                </div>
                            }.into_any()
                        }
                    }}
                </div>
                <div>
                    <h3 id="next-steps-heading">"Your next steps"</h3>
                    {move || next.with(Vec::is_empty).then(|| view! { <p class="empty-state">"No open steps. What is one small thing you could do next?"</p> })}
                    <ol class="plain-rows" aria-labelledby="next-steps-heading" id="next-steps">
                        {move || next.get().into_iter().map(|(id, title, due)| {
                            let target = format!("#step-{id}-title");
                            view! {
                                <li>
                                    <a href="#" on:click=move |ev| { ev.prevent_default(); crate::ui::dom::focus_first(&target); }>{title}</a>
                                    {due.map(|d| view! { <span class="muted">{format!(", {}", short_date(d))}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    <h3 id="wins-heading">"Recent wins"</h3>
                    {move || wins.with(Vec::is_empty).then(|| view! {
                        <p class="empty-state">"Your wins of the last two weeks show here: steps done, and what went well at a check-in."</p>
                    })}
                    <ul class="plain-rows" aria-labelledby="wins-heading" id="recent-wins">
                        {move || wins.get().into_iter().map(|win| view! {
                            <li>{win.what}<span class="muted">{format!(", {}", short_date(win.day))}</span></li>
                        }).collect_view()}
                    </ul>
                </div>
            </div>
        </section>
    }
}
