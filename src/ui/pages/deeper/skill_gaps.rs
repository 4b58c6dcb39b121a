//! R6: the skills the chosen direction asks for, and how each gap will close; one step makes plan steps.

use leptos::prelude::*;

use super::display_title;
use crate::model::deeper::{
    CareerOption, DeeperEdit, GapField, GapMethod, MAX_LEVEL, MAX_SHORT_CHARS, MIN_LEVEL,
};
use crate::model::plan::DeadlineFit;
use crate::model::plan::PlanEdit;
use crate::model::Part;
use crate::model::{deeper, Id};
use crate::store::LiveWorkbook;
use crate::ui::format::{count, long_date};
use crate::ui::route::Route;
use crate::ui::widgets::{AddForm, DateField, Fields, ListWindow, LongAnswer, ShowMore, Undo};

fn level_label(level: u8) -> &'static str {
    match level {
        1 => "1 · new to it",
        2 => "2 · beginner",
        3 => "3 · capable",
        4 => "4 · strong",
        _ => "5 · could teach it",
    }
}

#[component]
pub fn SkillGaps() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let gaps = live.select_in(&[Part::SkillGaps], |w| {
        w.deeper.skill_gaps.iter().map(|g| g.id).collect::<Vec<_>>()
    });
    let window = ListWindow::new(gaps);
    let options = live.select_in(&[Part::Options], |w| {
        w.deeper
            .options
            .iter()
            .map(|o| (o.id, display_title(o)))
            .collect::<Vec<_>>()
    });
    // Skills the options need that have no gap entry yet, offered as quick picks.
    let suggestions = live.select_in(&[Part::Options, Part::Decision, Part::SkillGaps], |w| {
        let mut names = Vec::new();
        let preferred = w.deeper.decision.chosen;
        let mut options: Vec<&CareerOption> =
            w.deeper.options.iter().filter(|o| !o.archived).collect();
        options.sort_by_key(|o| Some(o.id) != preferred);
        for option in options {
            for skill in &option.skills_needed {
                let taken =
                    w.deeper.skill_gaps.iter().any(|g| {
                        g.skill.eq_ignore_ascii_case(skill) && g.option == Some(option.id)
                    });
                if !taken {
                    names.push((option.id, skill.clone(), display_title(option)));
                }
            }
        }
        names
    });
    let add = move |skill: String| match live.with(|w| w.deeper.skill_gap_refusal(&skill)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            let option = live.with(|w| w.deeper.decision.chosen);
            live.dispatch(DeeperEdit::AddSkillGap { option, skill });
            None
        }
    };
    let today = chrono::Local::now().date_naive();

    view! {
        <section aria-labelledby="gaps-heading" class="card">
            <h2 id="gaps-heading">"Skill-gap plan"</h2>
            <p class="hint">
                "For the direction you lean towards: which skills does it ask for, where are you now, and \
                 how will you close the gap? One button turns a gap into dated steps in your plan."
            </p>
            {move || {
                let picks = suggestions.get();
                (!picks.is_empty()).then(|| view! {
                    <div class="suggestions">
                        <p class="hint">"Skills your options need:"</p>
                        <ul class="chips">
                            {picks.into_iter().map(|(option, skill, title)| {
                                let label = format!("Add a gap for “{skill}” ({title})");
                                let name = skill.clone();
                                view! {
                                    <li>
                                        <button type="button" class="chip-button" aria-label=label on:click=move |_| {
                                            live.dispatch(DeeperEdit::AddSkillGap { option: Some(option), skill: name.clone() })
                                        }>{format!("+ {skill}")}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <AddForm id="new-gap" label="A skill to build" button="Add skill gap" max_chars=MAX_SHORT_CHARS list="inventory-skills" on_add=add/>
            {move || gaps.with(Vec::is_empty).then(|| view! {
                <p class="empty-state">"No skill gaps yet. Everyone has some; naming them is the first step to closing them."</p>
            })}
            <For
                each=move || window.shown()
                key=|g| *g
                children=move |gap: Id| {
                    let record = live.select_in(&[Part::SkillGaps], move |w| w.deeper.skill_gap(gap).cloned().unwrap_or_default());
                    let read = move || record.get();
                    let set = move |field: GapField| live.dispatch(DeeperEdit::SetSkillGap(gap, field));
                    let steps = live.select_in(&[Part::Steps], move |w| w.plan.steps_from_gap(gap));
                    let steps = move || steps.get();
                    let fit = live.select_in(&[Part::SkillGaps, Part::Steps], move |w| w.deeper.skill_gap(gap).map(|g| w.plan.deadline_fit(g)));
                    let option = Memo::new(move |_| record.with(|g| g.option));
                    let p = format!("gap-{gap}");
                    let ids = [format!("{p}-option"), format!("{p}-current"), format!("{p}-target"), format!("{p}-method"), format!("{p}-cost"), format!("{p}-deadline")];
                    let skill = move || read().skill;
                    view! {
                        <div class="sub-item gap" id=format!("gap-{gap}") on:focusin=move |_| window.pin(gap)><Fields>
                            <h3>{skill}</h3>
                            <div class="field-row">
                                <div class="field">
                                    <label for=ids[0].clone()>"For option"</label>
                                    <select id=ids[0].clone() on:change=move |ev| set(GapField::Option(event_target_value(&ev).parse::<u32>().ok().map(Id)))>
                                        <option value="" selected=move || option.get().is_none()>"Any"</option>
                                        <For each=move || options.get() key=|choice| choice.clone() let:choice>
                                            <option value=choice.0.to_string() selected=move || option.get() == Some(choice.0)>{choice.1}</option>
                                        </For>
                                    </select>
                                </div>
                                <div class="field">
                                    <label for=ids[1].clone()>"Where you are"</label>
                                    <select id=ids[1].clone() on:change=move |ev| if let Ok(l) = event_target_value(&ev).parse() { set(GapField::Current(l)) }>
                                        {(MIN_LEVEL..=MAX_LEVEL).map(|l| view! { <option value=l.to_string() selected=move || read().current == l>{level_label(l)}</option> }).collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for=ids[2].clone()>"Where you want to be"</label>
                                    <select id=ids[2].clone() on:change=move |ev| if let Ok(l) = event_target_value(&ev).parse() { set(GapField::Target(l)) }>
                                        {(MIN_LEVEL..=MAX_LEVEL).map(|l| view! { <option value=l.to_string() selected=move || read().target == l>{level_label(l)}</option> }).collect_view()}
                                    </select>
                                </div>
                            </div>
                            <div class="field-row">
                                <div class="field">
                                    <label for=ids[3].clone()>"How you will close it"</label>
                                    <select id=ids[3].clone() on:change=move |ev| if let Some(m) = GapMethod::from_key(&event_target_value(&ev)) { set(GapField::Method(m)) }>
                                        {GapMethod::ALL.into_iter().map(|m| view! { <option value=m.key() selected=move || read().method == m>{m.label()}</option> }).collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for=ids[4].clone()>"Cost"</label>
                                    <input type="text" id=ids[4].clone() maxlength=MAX_SHORT_CHARS prop:value=move || read().cost
                                        on:input=move |ev| set(GapField::Cost(event_target_value(&ev))) />
                                </div>
                                <DateField id=ids[5].clone() label="Deadline" value=Signal::derive(move || read().deadline)
                                    on_change=Callback::new(move |day| set(GapField::Deadline(day)))/>
                            </div>
                            <LongAnswer
                                id=format!("{p}-how")
                                label="Which course, certificate, person or project?"
                                value=Signal::derive(move || read().how)
                                on_input=Callback::new(move |text| set(GapField::How(text)))
                                rows=2
                            />
                            <p class="gap-status">
                                {move || {
                                    let g = read();
                                    if g.size() == 0 { "You are at your target level already.".to_string() }
                                    else { format!("{} to climb.", count(usize::from(g.size()), "level", "levels")) }
                                }}
                            </p>
                            <p class="deadline-fit" id=format!("gap-{gap}-deadline-fit") aria-live="polite">{move || {
                                let deadline = record.with(|g| g.deadline.map(long_date).unwrap_or_default());
                                match fit.get().unwrap_or(DeadlineFit::Fits) {
                                    DeadlineFit::Fits => String::new(),
                                    DeadlineFit::EndsOn(end) => format!(
                                        "Your deadline is now {deadline}, and the open steps made from this gap end on {}. Do their dates still work for you? You can change them on the plan.",
                                        long_date(end)
                                    ),
                                    DeadlineFit::Undated => format!(
                                        "Your deadline is {deadline}, and a step made from this gap has no date yet. When will you do it? You can date it on the plan."
                                    ),
                                }
                            }}</p>
                            <div class="actions">
                                {move || match steps() {
                                    0 => view! {
                                        <button type="button" class="primary" id=format!("gap-{gap}-make-steps") on:click=move |_| live.dispatch(PlanEdit::StepsFromGap { gap, today })>
                                            "Turn into plan steps"
                                        </button>
                                    }.into_any(),
                                    n => view! {
                                        <p class="steps-made">
                                            {format!("{} in your plan. ", count(n, "step", "steps"))}
                                            <a href=Route::Plan.href()>"See the plan"</a>
                                        </p>
                                    }.into_any(),
                                }}
                                <button type="button" aria-label=move || format!("Remove the skill gap “{}”", skill()) on:click=move |_| undo.remove(deeper::Target::SkillGap(gap))>
                                    "Remove"
                                </button>
                            </div>
                        </Fields></div>
                    }
                }
            />
            <ShowMore window=window id="gaps-shown" noun=("skill gap", "skill gaps") focus=|id| format!("#gap-{id}-option")/>
        </section>
    }
}
