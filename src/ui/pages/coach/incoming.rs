//! S2: a program link just opened. It says who the program is from and exactly what accepting would
//! add; nothing changes until the person accepts, and "Not now" (the focused answer) changes nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::coach::{acceptance, CoachEdit, Program, ProgramStage};
use crate::model::Part;
use crate::store::link::program_in;
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::long_date;
use crate::ui::program_link::{Incoming, IncomingProgram};

use super::Today;

#[component]
pub fn IncomingSection() -> impl IntoView {
    let incoming = expect_context::<IncomingProgram>().0;
    let said = RwSignal::new(None::<Result<String, String>>);
    // A link handed over by the shell is read here, through every guard of the link format. It
    // stays the link until its reading is in (should this page be drawn again meanwhile, the new
    // one reads it again), and a reading answers only the link it read.
    Effect::new(move |_| {
        if let Some(Incoming::Link(fragment)) = incoming.get() {
            spawn_local(async move {
                let read = match program_in(&fragment).await {
                    Ok(program) => Incoming::Ready(program),
                    Err(error) => Incoming::Refused(error.to_string()),
                };
                if incoming.with_untracked(
                    |now| matches!(now, Some(Incoming::Link(link)) if *link == fragment),
                ) {
                    incoming.set(Some(read));
                }
            });
        }
    });
    // A new link replaces what was said about the last one.
    Effect::new(move |_| {
        if incoming.with(Option::is_some) {
            said.set(None);
        }
    });
    Effect::new(move |_| {
        if matches!(incoming.get(), Some(Incoming::Ready(_))) {
            request_animation_frame(|| focus_first("#program-decline"));
        } else if matches!(incoming.get(), Some(Incoming::Refused(_))) {
            request_animation_frame(|| focus_first("#program-refused"));
        }
    });
    move || {
        let outcome = said.get().map(|said| match said {
            Ok(message) => view! { <p class="result" role="status" id="program-outcome" tabindex="-1">{message}</p> }.into_any(),
            Err(message) => view! { <p class="result result-error" role="alert" id="program-outcome" tabindex="-1">{message}</p> }.into_any(),
        });
        let body = match incoming.get() {
            None => return outcome,
            Some(Incoming::Link(_)) => view! { <p role="status">"Reading the program in the link…"</p> }.into_any(),
            Some(Incoming::Refused(message)) => view! {
                <div class="result result-error" role="alert" id="program-refused" tabindex="-1">
                    <p>{message}</p>
                    <button type="button" id="program-refused-close" on:click=move |_| incoming.set(None)>"Close"</button>
                </div>
            }
            .into_any(),
            Some(Incoming::Ready(program)) => view! { <Preview program=program said=said/> }.into_any(),
        };
        Some(view! {
            <section aria-labelledby="incoming-heading" class="card incoming" id="incoming-program">
                <h2 id="incoming-heading">"A program from a link"</h2>
                {body}
            </section>
        }
        .into_any())
    }
}

#[component]
fn Preview(program: Program, said: RwSignal<Option<Result<String, String>>>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let incoming = expect_context::<IncomingProgram>().0;
    let today = expect_context::<Today>().0;
    let for_preview = program.clone();
    let adds = live.select_in(&[Part::Values, Part::Steps, Part::Coach], move |w| {
        acceptance(
            &for_preview,
            today,
            &w.exploration.values,
            &w.plan,
            w.coach.received.as_ref(),
        )
    });
    let from = match program.coach.trim() {
        "" => "your coach".to_string(),
        name => name.to_string(),
    };
    let by_stage: Vec<(ProgramStage, usize)> = ProgramStage::ALL
        .into_iter()
        .map(|s| (s, program.questions_for(s).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let welcome = program.welcome.trim().to_string();
    let focus = super::stages_line(&program.stages, false);
    let accept = {
        let program = program.clone();
        let from = from.clone();
        move |_| {
            let accepted = live.try_dispatch(CoachEdit::Accept {
                program: program.clone(),
                today,
            });
            said.set(Some(if accepted {
                Ok(format!("The program from {from} is in your workbook. Its questions are below, and its homework is in your plan."))
            } else {
                Err("The program could not be taken in. Nothing was changed.".to_string())
            }));
            incoming.set(None);
            request_animation_frame(|| focus_first("#program-outcome"));
        }
    };
    let decline = move |_| {
        incoming.set(None);
        said.set(Some(Ok(
            "Not now: nothing was changed. Open the link again whenever you like.".into(),
        )));
        request_animation_frame(|| focus_first("#program-outcome"));
    };
    view! {
        <h3 id="incoming-from">{format!("A program from {from}")}</h3>
        {(!welcome.is_empty()).then(|| view! { <blockquote class="welcome">{welcome}</blockquote> })}
        <p>"If you accept, Waypoint adds:"</p>
        <ul class="adds" id="program-adds">
            {move || {
                let a = adds.get();
                let mut lines: Vec<String> = Vec::new();
                if !a.new_cards.is_empty() {
                    lines.push(format!("Value cards to your deck: {}.", a.new_cards.join(", ")));
                }
                if !a.cards_present.is_empty() {
                    lines.push(format!("Cards you have already (not added again): {}.", a.cards_present.join(", ")));
                }
                if !a.cards_without_room.is_empty() {
                    lines.push(format!("Cards with no room in your deck (it holds 40 of your own): {}.", a.cards_without_room.join(", ")));
                }
                for (title, due) in &a.new_steps {
                    lines.push(format!("A step in your plan: “{title}”, due {}.", long_date(*due)));
                }
                if !a.steps_present.is_empty() {
                    lines.push(format!("Homework already in your plan (not added again): {}.", a.steps_present.join(", ")));
                }
                if !a.steps_without_room.is_empty() {
                    lines.push(format!("Homework with no room in your plan: {}.", a.steps_without_room.join(", ")));
                }
                if lines.is_empty() && a.questions == 0 {
                    lines.push("Nothing new: you have everything this program holds.".into());
                }
                lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()
            }}
            {by_stage.into_iter().map(|(stage, n)| view! {
                <li>{format!("{n} question{} to reflect on in {}.", if n == 1 { "" } else { "s" }, stage.label())}</li>
            }).collect_view()}
            {focus.map(|line| view! { <li id="program-focus">{line}</li> })}
        </ul>
        {move || adds.with(|a| a.replaces.clone()).map(|before| view! {
            <p id="program-replaces">{format!(
                "It takes the place of the program from {}. Your answers so far are kept, every one.",
                if before.trim().is_empty() { "your coach" } else { before.trim() }
            )}</p>
        })}
        <p class="hint">"Nothing you have written is changed or removed."</p>
        <div class="actions">
            <button type="button" id="program-decline" on:click=decline>"Not now"</button>
            <button type="button" class="primary" id="program-accept" on:click=accept>"Accept the program"</button>
        </div>
    }
}
