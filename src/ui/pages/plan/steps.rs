//! P1, the steps: a group per goal (and one for steps of their own), each step with its status,
//! words, date, links, ↑/↓ or a drag by its handle to reorder it within its group, a split into
//! smaller steps and removal with undo. An overdue step says
//! so plainly and offers a new date or letting it go; a step that reads large or has no date asks one
//! gentle question.

use leptos::prelude::*;

use crate::model::base::Direction;
use crate::model::plan::{
    self, new_step_refusal, split_lines, split_refusal, step_title_refusal, PlanEdit, StepLink,
    StepStatus, MAX_STEP_CHARS,
};
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::{focus_first, moved_keep_focus, refocus_if_lost};
use crate::ui::format::{count, short_date};
use crate::ui::route::Route;
use crate::ui::widgets::{
    AddForm, BoardDrag, BoardGhost, DateField, Fields, ListWindow, NameField, ShowMore, Undo,
};

use super::{Earlier, Today};

#[component]
pub fn StepsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let earlier = expect_context::<Earlier>();
    let totals = live.select_in(&[Part::Steps], move |w| {
        let done = w
            .plan
            .steps
            .iter()
            .filter(|s| s.status == StepStatus::Done)
            .count();
        (done, w.plan.steps.len())
    });
    // A group for each goal, then one for the steps of their own (`None`).
    let groups = Memo::new(move |_| {
        earlier.goals.with(|goals| {
            goals
                .iter()
                .map(|(id, _)| Some(*id))
                .chain([None])
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="steps-heading" class="card">
            <h2 id="steps-heading">"Your steps"</h2>
            <p class="hint">
                "Small and dated works best: something you could do in an afternoon, with a day to do it by. \
                 Change a step's status as you go; drop one that no longer fits, without guilt."
            </p>
            <p class="progress" aria-live="polite">
                {move || {
                    let (done, total) = totals.get();
                    (total > 0).then(|| format!("{} of {} done.", done, count(total, "step", "steps")))
                }}
            </p>
            {move || earlier.goals.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">
                    "Steps can sit under your coaching goals, which you write in "
                    <a href=format!("{}#goals-heading", Route::Exploration.href())>"Exploration"</a>
                    ". Steps of your own can be added below at any time."
                </p>
            })}
            <For each=move || groups.get() key=|goal| *goal children=move |goal| view! { <StepGroup goal=goal/> }/>
        </section>
    }
}

#[component]
fn StepGroup(goal: Option<Id>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let earlier = expect_context::<Earlier>();
    let key = goal.map_or("own".to_string(), |g| g.to_string());
    let heading_id = format!("steps-{key}-heading");
    let ids = live.select_in(&[Part::Steps], move |w| {
        w.plan.steps_of(goal).map(|s| s.id).collect::<Vec<_>>()
    });
    let window = ListWindow::new(ids);
    let heading = move || match goal {
        Some(goal) => earlier.goals.with(|goals| {
            goals
                .iter()
                .find(|(id, _)| *id == goal)
                .map(|(_, name)| format!("Toward: {name}"))
                .unwrap_or_default()
        }),
        None => "Steps of their own".to_string(),
    };
    let add = move |title: String| {
        let refused = live.with(|w| new_step_refusal(&w.plan.steps, &title));
        if let Some(refused) = refused {
            return Some(refused.message());
        }
        live.dispatch(PlanEdit::AddStep {
            title,
            goal,
            check_in: None,
        });
        None
    };
    let label = if goal.is_some() {
        "A next step toward this goal"
    } else {
        "A step of its own"
    };
    // A step dragged by its handle onto another of the group takes its place; the move is said.
    let said = RwSignal::new(String::new());
    let drag = BoardDrag::new(Callback::new(move |(step, onto): (Id, String)| {
        let Some(onto) = onto
            .strip_prefix("step-")
            .and_then(|n| n.parse().ok())
            .map(Id)
        else {
            return;
        };
        if live.try_dispatch(PlanEdit::MoveStepTo(step, onto)) {
            let place = live.with(|w| {
                let title = w
                    .plan
                    .step(step)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                let group: Vec<Id> = w.plan.steps_of(goal).map(|s| s.id).collect();
                let at = group.iter().position(|s| *s == step).map_or(0, |p| p + 1);
                format!("Moved “{title}” to place {at} of {}.", group.len())
            });
            said.set(place);
        }
    }));
    let ghost_name = Callback::new(move |id: Id| {
        live.with(|w| w.plan.step(id).map(|s| s.title.clone()).unwrap_or_default())
    });
    view! {
        <section class="step-group" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{heading}</h3>
            {move || ids.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">
                    {if goal.is_some() {
                        "No steps toward this goal yet. What is one small thing you could do this week?"
                    } else {
                        "Nothing here yet. A skill gap in Diving deeper can become dated steps with one button, \
                         and anything else you mean to do can go here."
                    }}
                </p>
            })}
            <ol class="step-list">
                <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <StepRow id=id group=ids window=window drag=drag/> }/>
            </ol>
            <p class="visually-hidden" role="status" id=format!("steps-{key}-said")>{move || said.get()}</p>
            <BoardGhost drag=drag name=ghost_name/>
            <ShowMore window=window id=format!("steps-{key}-shown") noun=("step", "steps") focus=|id| format!("#step-{id}-title")/>
            <AddForm id=format!("new-step-{key}") label=label button="Add step" max_chars=MAX_STEP_CHARS on_add=add/>
        </section>
    }
}

#[component]
fn StepRow(
    id: Id,
    group: ReadSignal<Vec<Id>>,
    window: ListWindow,
    drag: BoardDrag,
) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let today = expect_context::<Today>().0;
    let read = live.select_in(&[Part::Steps], move |w| {
        w.plan.step(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    let title = move || read().title;
    let source = live.select_in(&[Part::SkillGaps, Part::CheckIns, Part::Steps], move |w| {
        let step = w.plan.step(id)?;
        if let Some(gap) = step.skill_gap.and_then(|g| w.deeper.skill_gap(g)) {
            return Some(format!("From the skill gap “{}”.", gap.skill));
        }
        let check_in = step.check_in.and_then(|c| w.plan.check_in(c))?;
        Some(match check_in.on {
            Some(on) => format!("Promised at the check-in of {}.", short_date(on)),
            None => "Promised at a check-in.".to_string(),
        })
    });
    let position =
        Memo::new(move |_| group.with(|ids| (ids.iter().position(|x| *x == id), ids.len())));
    let button_id = move |way: &str| format!("step-{id}-{way}");
    let moved = move |up| moved_keep_focus((&button_id("up"), &button_id("down")), up);
    let splitting = RwSignal::new(false);
    let linking = RwSignal::new(false);
    let note = move || {
        let step = read();
        if step.overdue(today) {
            let day = step.due.map(short_date).unwrap_or_default();
            Some(format!("Planned for {day}. Still right? Choose a new date, or drop it if it no longer fits."))
        } else {
            step.could_be_smaller().map(|q| q.question().to_string())
        }
    };
    let status_id = format!("step-{id}-status");
    let drop_key = format!("step-{id}");
    view! {
        <li class="step" id=format!("step-{id}") data-drop=drop_key.clone() data-status=move || read().status.key() on:focusin=move |_| window.pin(id)
            class:over=move || drag.is_over(&drop_key) class:dragging=move || drag.is_dragging(id)>
            <Fields>
                <div class="step-main">
                    // The keyboard's way is ↑ and ↓ below; the handle is for a pointer, mouse or touch.
                    <span class="drag-handle" id=format!("step-{id}-handle") aria-hidden="true" title="Drag to reorder"
                        on:pointerdown=move |ev| drag.grab(id, &ev)
                        on:pointermove=move |ev| drag.moved(&ev)
                        on:pointerup=move |ev| { drag.up(&ev); }
                        on:pointercancel=move |_| drag.cancel()>"⠿"</span>
                    <div class="field step-status">
                        <label for=status_id.clone() class="visually-hidden">{move || format!("Status of “{}”", title())}</label>
                        <select id=status_id on:change=move |ev| {
                            if let Some(status) = StepStatus::from_key(&event_target_value(&ev)) {
                                live.dispatch(PlanEdit::SetStatus { step: id, status, today });
                            }
                        }>
                            {StepStatus::ALL.into_iter().map(|s| view! {
                                <option value=s.key() selected=move || read().status == s>{s.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="step-title">
                        <NameField id=format!("step-{id}-title") label="Step" label_hidden=true max_chars=MAX_STEP_CHARS
                            value=Signal::derive(title) refusal=step_title_refusal
                            on_change=Callback::new(move |title| live.dispatch(PlanEdit::SetTitle(id, title)))/>
                    </div>
                </div>
                <div class="step-meta">
                    <DateField id=format!("step-{id}-due") label="Target date" value=Signal::derive(move || read().due)
                        on_change=Callback::new(move |day| {
                            live.dispatch(PlanEdit::SetDue(id, day));
                            refocus_if_lost(vec![format!("#step-{id}-due")]);
                        })/>
                    <p class="hint">{move || source.get()}</p>
                    <p class="hint step-note" id=format!("step-{id}-note")>{note}</p>
                </div>
                {move || linking.get().then(|| view! { <StepLinks id=id/> })}
            </Fields>
            <div class="row-actions">
                <button type="button" class="quiet" id=button_id("up") aria-label=move || format!("Move “{}” up", title())
                    disabled=move || position.get().0 == Some(0)
                    on:click=move |_| {
                        live.dispatch(PlanEdit::MoveStep(id, Direction::Up));
                        moved(true);
                    }>"↑"</button>
                <button type="button" class="quiet" id=button_id("down") aria-label=move || format!("Move “{}” down", title())
                    disabled=move || { let (at, len) = position.get(); at.map(|a| a + 1) == Some(len) }
                    on:click=move |_| {
                        live.dispatch(PlanEdit::MoveStep(id, Direction::Down));
                        moved(false);
                    }>"↓"</button>
                <button type="button" class="quiet" id=button_id("links") aria-expanded=move || linking.get().to_string()
                    on:click=move |_| linking.update(|open| *open = !*open)>"Links"</button>
                <button type="button" class="quiet" id=button_id("split") aria-expanded=move || splitting.get().to_string()
                    on:click=move |_| {
                        splitting.set(true);
                        // The form is drawn by then; the caret goes after the step's words, on the line
                        // where the next smaller step is written.
                        request_animation_frame(move || focus_at_end(&format!("step-{id}-split-lines")));
                    }>"Split…"</button>
                <button type="button" class="quiet" id=button_id("remove") aria-label=move || format!("Remove the step “{}”", title())
                    on:click=move |_| undo.remove(plan::Target::Step(id))>"Remove"</button>
            </div>
            {move || splitting.get().then(|| view! { <SplitForm id=id open=splitting/> })}
        </li>
    }
}

/// The step's links to a goal, an option, a contact and an application: drawn when asked for, so that a long plan
/// does not carry a list of every contact in every step.
#[component]
fn StepLinks(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let earlier = expect_context::<Earlier>();
    let linked = move |link: StepLink| {
        live.select_in(&[Part::Steps], move |w| {
            w.plan.step(id).and_then(|s| link.get(s))
        })
    };
    let choice = move |link: StepLink,
                       label: &'static str,
                       none: &'static str,
                       names: ReadSignal<Vec<(Id, String)>>| {
        let current = linked(link);
        let select_id = format!("step-{id}-{}", link.key());
        view! {
            <div class="field">
                <label for=select_id.clone()>{label}</label>
                <select id=select_id on:change=move |ev| {
                    let to = event_target_value(&ev).parse::<u32>().ok().map(Id);
                    live.dispatch(PlanEdit::SetLink { step: id, link, to });
                }>
                    <option value="" selected=move || current.get().is_none()>{none}</option>
                    {move || names.get().into_iter().map(|(other, name)| view! {
                        <option value=other.to_string() selected=move || current.get() == Some(other)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <div class="field-row step-links">
            {choice(StepLink::Goal, "Goal", "No goal: a step of its own", earlier.goals)}
            {choice(StepLink::Option, "Career option", "No option", earlier.options)}
            {choice(StepLink::Contact, "Contact", "No contact", earlier.contacts)}
            {choice(StepLink::Application, "Application", "No application", earlier.applications)}
        </div>
    }
}

fn focus_at_end(id: &str) {
    use wasm_bindgen::JsCast;
    let area = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(area) = area {
        let _ = area.focus();
        let end = area.value().encode_utf16().count() as u32;
        let _ = area.set_selection_range(end, end);
    }
}

/// Splits a step: one smaller step per line, the first keeping the step's place and links.
#[component]
fn SplitForm(id: Id, open: RwSignal<bool>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let text = RwSignal::new(
        live.with(|w| w.plan.step(id).map(|s| s.title.clone()).unwrap_or_default() + "\n"),
    );
    let problem = RwSignal::new(None::<String>);
    let lines_id = format!("step-{id}-split-lines");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lines = split_lines(&text.get_untracked());
        if let Some(refused) = live.with(|w| split_refusal(w.plan.steps.len(), lines.len())) {
            problem.set(Some(refused.message()));
            return;
        }
        if live.try_dispatch(PlanEdit::SplitStep {
            step: id,
            into: lines,
        }) {
            open.set(false);
            focus_first(&format!("#step-{id}-title"));
        }
    };
    view! {
        <form class="split-form" on:submit=submit>
            <div class="field">
                <label for=lines_id.clone()>"Smaller steps, one on each line"</label>
                <p class="hint" id=format!("{lines_id}-hint")>"The first line replaces this step's words; each other line becomes a step right after it, with the same date and links."</p>
                <textarea id=lines_id.clone() rows="4" aria-describedby=format!("{lines_id}-hint {lines_id}-error")
                    aria-invalid=move || problem.with(Option::is_some).then_some("true")
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <p class="field-error" id=format!("{lines_id}-error") aria-live="polite">{move || problem.get()}</p>
            </div>
            <div class="row-actions">
                <button type="submit" id=format!("step-{id}-split-save")>"Split"</button>
                <button type="button" class="quiet" on:click=move |_| {
                    open.set(false);
                    focus_first(&format!("#step-{id}-split"));
                }>"Cancel"</button>
            </div>
        </form>
    }
}
