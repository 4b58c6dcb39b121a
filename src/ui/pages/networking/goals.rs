//! N4: networking goals ("two conversations a week"), with progress counted from the conversations
//! logged and drawn as a small chart of the last eight weeks or months.

use leptos::prelude::*;

use crate::model::networking::goals::{
    goal_progress, PeriodProgress, CHART_PERIODS, MAX_COUNT, MIN_COUNT,
};
use crate::model::networking::{Channel, NetworkingEdit, Period};
use crate::model::{networking, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::format::short_date;
use crate::ui::widgets::{Field, Undo};

use super::Today;

#[component]
pub fn GoalsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let goals = live.select_in(&[Part::NetworkingGoals], |w| {
        w.networking.goals.iter().map(|g| g.id).collect::<Vec<_>>()
    });
    let count = RwSignal::new("2".to_string());
    let period = RwSignal::new(Period::Week);
    let channel = RwSignal::new(None::<Channel>);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = match count.get_untracked().trim().parse::<u8>() {
            Ok(n) if (MIN_COUNT..=MAX_COUNT).contains(&n) => n,
            _ => {
                return problem.set(Some(format!(
                    "Enter a whole number from {MIN_COUNT} to {MAX_COUNT}."
                )))
            }
        };
        if let Some(refused) = live.with(|w| w.networking.goal_refusal()) {
            return problem.set(Some(refused.message()));
        }
        problem.set(None);
        live.dispatch(NetworkingEdit::AddGoal {
            count: n,
            period: period.get_untracked(),
            channel: channel.get_untracked(),
        });
    };
    view! {
        <section aria-labelledby="goals-heading" class="card">
            <h2 id="goals-heading">"Networking goals"</h2>
            <p class="hint">
                "A small, steady goal beats a burst of effort. Progress counts the conversations you log, so \
                 there is nothing to tick twice."
            </p>
            <form class="add-row goal-form" on:submit=submit aria-label="Add a networking goal">
                <Field id="new-goal-count" label="How many">
                    <input type="number" id="new-goal-count" min=MIN_COUNT max=MAX_COUNT inputmode="numeric"
                        aria-describedby="new-goal-error" aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        prop:value=move || count.get() on:input=move |ev| count.set(event_target_value(&ev))/>
                </Field>
                <div class="field">
                    <label for="new-goal-channel">"Of what"</label>
                    <select id="new-goal-channel" on:change=move |ev| {
                        let key = event_target_value(&ev);
                        channel.set(Channel::ALL.into_iter().find(|c| c.key() == key));
                    }>
                        <option value="">"Conversations of any kind"</option>
                        {Channel::ALL.into_iter().map(|c| view! { <option value=c.key()>{format!("{}s", c.label())}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="new-goal-period">"Per"</label>
                    <select id="new-goal-period" on:change=move |ev| {
                        let key = event_target_value(&ev);
                        if let Some(p) = Period::ALL.into_iter().find(|p| p.key() == key) { period.set(p) }
                    }>
                        {Period::ALL.into_iter().map(|p| view! { <option value=p.key()>{p.key()}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit">"Add goal"</button>
            </form>
            <p class="field-error" id="new-goal-error" aria-live="polite">{move || problem.get()}</p>
            {move || goals.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"No goal yet. What pace would feel steady rather than heroic: one conversation a week?"</p>
            })}
            <For each=move || goals.get() key=|id| *id children=move |id: Id| view! { <GoalItem id=id/> }/>
        </section>
    }
}

#[component]
fn GoalItem(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let today = expect_context::<Today>().0;
    let goal = live.select_in(&[Part::NetworkingGoals], move |w| {
        w.networking
            .goals
            .iter()
            .find(|g| g.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let progress = live.select_in(&[Part::NetworkingGoals, Part::Conversations], move |w| {
        w.networking
            .goals
            .iter()
            .find(|g| g.id == id)
            .map(|g| goal_progress(g, &w.networking.interactions, today, CHART_PERIODS))
            .unwrap_or_default()
    });
    let now = move || progress.with(|p| p.last().map(|p| (p.done, p.target)).unwrap_or_default());
    view! {
        <div class="sub-item goal">
            <h3 id=format!("goal-{id}-heading")>{move || goal.with(|g| g.describe())}</h3>
            <p class="progress" id=format!("goal-{id}-progress") aria-live="polite">{move || {
                let (done, target) = now();
                let period = if goal.with(|g| g.period) == Period::Week { "week" } else { "month" };
                if done >= target {
                    format!("{done} this {period}: goal met. Well done.")
                } else {
                    format!("{done} of {target} this {period}.")
                }
            }}</p>
            {move || view! { <GoalChart id=id progress=progress.get()/> }}
            <button type="button" class="quiet" aria-label=move || format!("Remove the goal “{}”", goal.with(|g| g.describe()))
                on:click=move |_| undo.remove(networking::Target::Goal(id))>"Remove"</button>
        </div>
    }
}

/// One bar per period, the target as a line across; a period that met the target is drawn solid.
#[component]
fn GoalChart(id: Id, progress: Vec<PeriodProgress>) -> impl IntoView {
    const W: f64 = 40.0;
    const H: f64 = 100.0;
    let top = progress
        .iter()
        .map(|p| p.done.max(p.target))
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let y = move |n: usize| H - (n as f64 / top) * (H - 10.0);
    let target = progress.last().map(|p| p.target).unwrap_or(0);
    let description = progress
        .iter()
        .map(|p| format!("from {}: {} of {}", short_date(p.start), p.done, p.target))
        .collect::<Vec<_>>()
        .join("; ");
    let (title_id, desc_id) = (
        format!("goal-{id}-chart-title"),
        format!("goal-{id}-chart-desc"),
    );
    let width = W * progress.len() as f64;
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="goal-chart">
            <svg viewBox=format!("0 0 {width} {}", H + 18.0) role="img" aria-labelledby=labelled_by id=format!("goal-{id}-chart")>
                <title id=title_id>"Conversations per period, the latest last"</title>
                <desc id=desc_id>{description}</desc>
                {progress.iter().enumerate().map(|(i, p)| {
                    let x = i as f64 * W + 8.0;
                    let top = y(p.done);
                    view! {
                        <g>
                            <rect x=format!("{x:.1}") y=format!("{top:.1}") width=W - 16.0 height=format!("{:.1}", H - top)
                                class=if p.met() { "bar bar-met" } else { "bar" }></rect>
                            <text x=format!("{:.1}", x + (W - 16.0) / 2.0) y=format!("{:.1}", H + 14.0) class="chart-total" text-anchor="middle">{p.done}</text>
                        </g>
                    }
                }).collect_view()}
                <line x1="0" x2=width y1=format!("{:.1}", y(target)) y2=format!("{:.1}", y(target)) class="target-line"></line>
            </svg>
        </figure>
    }
}
