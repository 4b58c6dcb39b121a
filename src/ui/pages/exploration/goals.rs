//! E10, coaching goals, each with the SMART check beside it.

use leptos::prelude::*;

use crate::model::exploration::goals::{
    goal_refusal, smart_check, too_many_goals, GoalEdit, SUGGESTED_MAX_GOALS,
};
use crate::model::Part;
use crate::model::{exploration, Id};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::widgets::{AddButton, Fields, LongAnswer, Undo};

#[component]
pub fn GoalsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let goals = live.select_in(&[Part::Goals], move |w| {
        w.exploration.goals.iter().map(|g| g.id).collect::<Vec<_>>()
    });
    let too_many = live.select_in(&[Part::Goals], move |w| {
        too_many_goals(&w.exploration.goals)
    });
    let too_many = move || too_many.get();
    let add = move |()| {
        live.dispatch(GoalEdit::Add);
        if let Some(id) = live.with(|w| w.exploration.goals.last().map(|g| g.id)) {
            request_animation_frame(move || focus_first(&format!("#goal-{id}-text")));
        }
    };
    view! {
        <section aria-labelledby="goals-heading" class="card goals">
            <h2 id="goals-heading" tabindex="-1">"Your coaching goals" <super::overview::SectionStatus section=crate::model::exploration::Section::Goals/></h2>
            <p class="hint">
                {format!(
                    "What do you want from this program? One to {SUGGESTED_MAX_GOALS} goals keep it focused. \
                     Beside each, five questions help make it SMART: specific, measurable, achievable, \
                     relevant and time-bound. They are questions, not corrections."
                )}
            </p>
            {move || goals.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"No goals yet. What would make the next few months worth it?"</p>
            })}
            <For
                each=move || goals.get()
                key=|id| *id
                children=move |id: Id| view! { <GoalCard id=id/> }
            />
            <p class="next-step" aria-live="polite" id="goals-too-many">
                {move || too_many().then(|| format!(
                    "That is more than {SUGGESTED_MAX_GOALS} goals. Which ones matter most right now? The others can wait for a later round."
                ))}
            </p>
            <AddButton id="add-goal" label="Add a goal" refusal=live.select_in(&[Part::Goals], move |w| goal_refusal(&w.exploration.goals))
                on_add=Callback::new(add)/>
        </section>
    }
}

#[component]
fn GoalCard(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let text = live.select_in(&[Part::Goals], move |w| {
        w.exploration
            .goals
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.text.clone())
            .unwrap_or_default()
    });
    let number = live.select_in(&[Part::Goals], move |w| {
        w.exploration
            .goals
            .iter()
            .position(|g| g.id == id)
            .map_or(0, |p| p + 1)
    });
    let number = move || number.get();
    let check = Memo::new(move |_| smart_check(&text.get()));
    let open_flags = move || check.with(|c| c.iter().filter(|l| l.flag.is_some()).count());
    view! {
        <div class="goal" id=format!("goal-{id}")><Fields>
            <LongAnswer
                id=format!("goal-{id}-text")
                label="Goal"
                hint="For example: “I will talk to three people who work in adult education by the end of March.”"
                value=text
                on_input=Callback::new(move |t| live.dispatch(GoalEdit::SetText(id, t)))
                rows=2
            />
            {move || (!text.with(|t| t.trim().is_empty())).then(|| view! {
                <div class="smart-check" aria-labelledby=format!("goal-{id}-smart-heading") role="group">
                    <p class="smart-heading" id=format!("goal-{id}-smart-heading")>
                        {move || match open_flags() {
                            0 => format!("Goal {}: every SMART question has an answer in your words.", number()),
                            n => format!("Goal {}: {n} of 5 SMART questions still open.", number()),
                        }}
                    </p>
                    <ul class="smart-letters">
                        {move || check.get().into_iter().map(|letter| {
                            let open = letter.flag.is_some();
                            view! {
                                <li class="smart-letter" class:open=open data-letter=letter.letter.initial().to_string()>
                                    <span class="letter" aria-hidden="true">{letter.letter.initial().to_string()}</span>
                                    <span>
                                        <strong>{letter.letter.name()}</strong>": "{letter.question}
                                        {letter.flag.map(|flag| view! { <span class="flag">" "{flag}</span> })}
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <button type="button" class="quiet" aria-label=move || format!("Remove goal {}", number())
                on:click=move |_| undo.remove(exploration::Target::Goal(id))>"Remove goal"</button>
        </Fields></div>
    }
}
