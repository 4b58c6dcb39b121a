//! P3, check-ins: when the next one is due (a missed one kindly, as still worth doing), a button to
//! record one today, a chart of confidence and energy over time, and the timeline of past check-ins,
//! each opened to read or change: wins, progress per goal, obstacles, what works, what to change,
//! the two ratings, and next commitments, which are steps of the plan.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::plan::check_ins::in_time_order;
use crate::model::plan::{
    self, new_step_refusal, next_check_in, CheckInText, PlanEdit, Rating, MAX_CHECK_INS,
    MAX_CHECK_IN_CHARS, MAX_RATING, MAX_STEP_CHARS, MIN_RATING,
};
use crate::model::start::CheckInSchedule;
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::format::long_date;
use crate::ui::route::Route;
use crate::ui::widgets::{
    ratings_chart, AddForm, DateField, Fields, ListWindow, RatingPoint, ShowMore, Undo,
};

use super::{Earlier, Today};

#[component]
pub fn CheckInsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let due = live.select_in(&[Part::Profile, Part::CheckIns], move |w| {
        let schedule = CheckInSchedule::of(&w.profile);
        (
            schedule.map(|s| s.rhythm.label()),
            schedule.is_some(),
            next_check_in(schedule, &w.plan.check_ins, today),
        )
    });
    // Newest first: the latest look back is the one most often reread.
    let ids = live.select_in(&[Part::CheckIns], move |w| {
        in_time_order(&w.plan.check_ins)
            .iter()
            .rev()
            .map(|c| c.id)
            .collect::<Vec<_>>()
    });
    let full = live.select_in(&[Part::CheckIns], move |w| {
        w.plan.check_ins.len() >= MAX_CHECK_INS
    });
    let window = ListWindow::new(ids);
    let opened = RwSignal::new(None::<Id>);
    let record = move |_| {
        if live.try_dispatch(PlanEdit::AddCheckIn { on: today, today }) {
            if let Some(id) = live.with(|w| w.plan.check_ins.last().map(|c| c.id)) {
                opened.set(Some(id));
                request_animation_frame(move || {
                    crate::ui::dom::focus_first(&format!("#check-in-{id}-wins"))
                });
            }
        }
    };
    let due_line = move || {
        let (rhythm, started, next) = due.get();
        match (started, next) {
            (false, _) => view! {
                <p class="check-in-due">
                    "Check-ins follow the rhythm you chose on the "<a href=Route::Start.href()>"Start"</a>
                    " page, counted from the day your program starts. Set that day there, and the next one shows here."
                </p>
            }
            .into_any(),
            (true, Some(due)) if due.late => view! {
                <p class="check-in-due" id="check-in-due">
                    {format!("A check-in was due on {}. Late is fine: looking back is worth it whenever you do it.", long_date(due.on))}
                </p>
            }
            .into_any(),
            (true, Some(due)) => view! {
                <p class="check-in-due" id="check-in-due">{format!("Next check-in: {} ({}).", long_date(due.on), rhythm.unwrap_or_default().to_lowercase())}</p>
            }
            .into_any(),
            (true, None) => view! {
                <p class="check-in-due" id="check-in-due">"Your program's check-ins are behind you. You can still record one whenever it helps."</p>
            }
            .into_any(),
        }
    };
    view! {
        <section aria-labelledby="check-ins-heading" class="card">
            <h2 id="check-ins-heading">"Check-ins"</h2>
            <p class="hint">
                "A few minutes on your rhythm: what went well, what got in the way, how far each goal has come, \
                 and what you will do next. Honest beats impressive; nobody else reads this."
            </p>
            {due_line}
            <button type="button" id="add-check-in" class="primary" disabled=move || full.get() on:click=record>"Record a check-in today"</button>
            {move || full.get().then(|| view! {
                <p class="hint">{format!("You have {MAX_CHECK_INS} check-ins, as many as Waypoint keeps. Remove an old one first.")}</p>
            })}
            <RatingsChart/>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"No check-ins yet. The first one is a good moment to notice what has already moved."</p>
            })}
            <div class="option-list check-in-list">
                <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <CheckInCard id=id opened=opened window=window/> }/>
            </div>
            <ShowMore window=window id="check-ins-shown" noun=("check-in", "check-ins") focus=|id| format!("#check-in-{id} > summary")/>
        </section>
    }
}

/// Confidence and energy at each of the latest check-ins, following them as they change.
#[component]
fn RatingsChart() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let points = live.select_in(&[Part::CheckIns], |w| {
        RatingPoint::charted(&w.plan.check_ins)
    });
    move || ratings_chart(points.get())
}

#[component]
fn CheckInCard(id: Id, opened: RwSignal<Option<Id>>, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let summary = live.select_record(Part::CheckIns, id, move |w| {
        let c = w.plan.check_in(id)?;
        let mut words = vec![match c.on {
            Some(on) => format!("Check-in of {}", long_date(on)),
            None => "Check-in, undated".to_string(),
        }];
        for rating in Rating::ALL {
            if let Some(v) = rating.get(c) {
                words.push(format!("{} {v}", rating.key()));
            }
        }
        Some(words.join(" · "))
    });
    let drawn = RwSignal::new(opened.get_untracked() == Some(id));
    view! {
        <details class="option-card check-in-card" id=format!("check-in-{id}") open=drawn.get_untracked()
            on:toggle=move |_| drawn.set(true) on:focusin=move |_| window.pin(id)>
            <summary on:click=move |_| drawn.set(true)><span class="option-title">{move || summary.get().unwrap_or_default()}</span></summary>
            {move || drawn.get().then(|| view! { <CheckInBody id=id/> })}
        </details>
    }
}

#[component]
fn CheckInBody(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let today = expect_context::<Today>().0;
    let earlier = expect_context::<Earlier>();
    let read = live.select_record(Part::CheckIns, id, move |w| {
        w.plan.check_in(id).cloned().unwrap_or_default()
    });
    let text = move |field: CheckInText| {
        let field_id = format!("check-in-{id}-{}", field.key());
        view! {
            <div class="field">
                <label for=field_id.clone()>{field.label()}</label>
                <textarea id=field_id rows="2" maxlength=MAX_CHECK_IN_CHARS prop:value=move || read.with(|c| field.get(c).to_string())
                    on:input=move |ev| live.dispatch(PlanEdit::SetCheckInText(id, field, event_target_value(&ev)))></textarea>
            </div>
        }
    };
    let rating = move |rating: Rating| {
        let select_id = format!("check-in-{id}-{}", rating.key());
        view! {
            <div class="field">
                <label for=select_id.clone()>{rating.label()}</label>
                <select id=select_id on:change=move |ev| {
                    let value = event_target_value(&ev).parse::<u8>().ok();
                    live.dispatch(PlanEdit::SetRating(id, rating, value));
                }>
                    <option value="" selected=move || read.with(|c| rating.get(c).is_none())>"Not rated"</option>
                    {(MIN_RATING..=MAX_RATING).map(|v| view! {
                        <option value=v.to_string() selected=move || read.with(|c| rating.get(c) == Some(v))>{v.to_string()}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let commitments = live.select_in(&[Part::Steps], move |w| {
        w.plan
            .steps
            .iter()
            .filter(|s| s.check_in == Some(id))
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    });
    let commit = move |title: String| {
        if let Some(refused) = live.with(|w| new_step_refusal(&w.plan.steps, &title)) {
            return Some(refused.message());
        }
        live.dispatch(PlanEdit::AddStep {
            title,
            goal: None,
            check_in: Some(id),
        });
        None
    };
    view! {
        <div class="option-body">
            <Fields>
                <DateField id=format!("check-in-{id}-on") label="Held on" value=Signal::derive(move || read.with(|c| c.on))
                    refusal=Callback::new(move |day: Option<NaiveDate>| match day {
                        None => Some("A check-in keeps its date; choose the day it was held.".to_string()),
                        Some(day) if day > today => Some("A check-in looks back, so it cannot be dated after today.".to_string()),
                        Some(_) => None,
                    })
                    on_change=Callback::new(move |day: Option<NaiveDate>| {
                        if let Some(on) = day {
                            live.dispatch(PlanEdit::SetCheckInDate { id, on, today });
                        }
                    })/>
                {text(CheckInText::Wins)}
                <fieldset class="field">
                    <legend>"How far has each goal come?"</legend>
                    {move || earlier.goals.with(Vec::is_empty).then(|| view! {
                        <p class="hint">"Goals you write in "<a href=Route::Exploration.href()>"Exploration"</a>" can be followed here."</p>
                    })}
                    <For each=move || earlier.goals.get() key=|g| g.clone() children=move |(goal, name)| view! { <ProgressField check_in=id goal=goal name=name/> }/>
                </fieldset>
                {text(CheckInText::Obstacles)}
                {text(CheckInText::Works)}
                {text(CheckInText::Change)}
                <div class="field-row">
                    {rating(Rating::Confidence)}
                    {rating(Rating::Energy)}
                </div>
            </Fields>
            <div class="subsection">
                <h3 id=format!("check-in-{id}-next-heading")>"Next commitments"</h3>
                <p class="hint">"Each becomes a step of your plan, under “Steps of their own”."</p>
                <ul aria-labelledby=format!("check-in-{id}-next-heading") class="commitments">
                    {move || commitments.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                </ul>
                <AddForm id=format!("check-in-{id}-commit") label="A next commitment" button="Add as a step" max_chars=MAX_STEP_CHARS on_add=commit/>
            </div>
            <div class="actions">
                <button type="button" class="quiet" id=format!("check-in-{id}-remove")
                    on:click=move |_| undo.remove(plan::Target::CheckIn(id))>"Remove this check-in"</button>
            </div>
        </div>
    }
}

/// A goal's progress at one check-in, in per cent; empty is "not said".
#[component]
fn ProgressField(check_in: Id, goal: Id, name: String) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let value = live.select_record(Part::CheckIns, check_in, move |w| {
        w.plan.check_in(check_in).and_then(|c| c.progress_of(goal))
    });
    let problem = RwSignal::new(None::<String>);
    let field_id = format!("check-in-{check_in}-goal-{goal}");
    let error_id = format!("{field_id}-error");
    view! {
        <div class="field progress-field">
            <label for=field_id.clone()>{name}</label>
            <span class="with-unit">
                <input type="number" id=field_id min="0" max="100" step="5" inputmode="numeric" aria-describedby=error_id.clone()
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        match text.trim() {
                            "" => {
                                problem.set(None);
                                live.dispatch(PlanEdit::SetProgress { check_in, goal, percent: None });
                            }
                            t => match t.parse::<u8>().ok().filter(|p| *p <= 100) {
                                Some(percent) => {
                                    problem.set(None);
                                    live.dispatch(PlanEdit::SetProgress { check_in, goal, percent: Some(percent) });
                                }
                                None => problem.set(Some("Give a whole number from 0 to 100, or leave it empty.".to_string())),
                            },
                        }
                    }/>
                <span aria-hidden="true">"%"</span>
            </span>
            <p class="field-error" id=error_id aria-live="polite">{move || problem.get()}</p>
        </div>
    }
}
