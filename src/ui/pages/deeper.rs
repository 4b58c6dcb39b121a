//! Stage 2, Diving deeper: options (R1) with reality tests (R2) and risks (R4), the score matrix (R3),
//! the decision (R5) and the skill-gap plan (R6).

use leptos::prelude::*;

use crate::model::deeper::{
    safe_link, CareerOption, DecisionText, DeeperEdit, GapField, GapMethod, OptionStatus, OptionText,
    RealityTestKind, RiskField, SalaryField, TestField, MAX_ACTIVE_OPTIONS, MAX_CURRENCY_CHARS, MAX_LEVEL,
    MAX_SHORT_CHARS, MAX_TITLE_CHARS, MIN_LEVEL,
};
use crate::model::{deeper, Id};
use crate::model::plan::PlanEdit;
use crate::store::LiveWorkbook;
use crate::model::plan::DeadlineFit;
use crate::ui::format::{count, long_date};
use crate::ui::route::Route;
use crate::ui::widgets::{AddForm, AmountField, DateField, LongAnswer, MatrixWords, ScoreMatrixView, Undo};

fn option_text_label(field: OptionText) -> &'static str {
    match field {
        OptionText::Title => "Title",
        OptionText::Appeal => "Why does it appeal to you?",
        OptionText::DayInTheLife => "What might an ordinary day look like?",
        OptionText::Duties => "The main duties",
        OptionText::Education => "Education and certifications it asks for",
        OptionText::Culture => "The work culture",
        OptionText::Outlook => "The outlook: demand, change, where it is heading",
        OptionText::EntrySteps => "How do people get in?",
        OptionText::OpenQuestions => "What do you still need to find out?",
        OptionText::Sources => "Sources",
    }
}

fn option_text_hint(field: OptionText) -> Option<&'static str> {
    match field {
        OptionText::DayInTheLife => Some("If you do not know yet, that is your first research question."),
        OptionText::Sources => {
            Some("People you spoke to, books, sites. Put each on its own line; web addresses become links.")
        }
        _ => None,
    }
}

fn level_label(level: u8) -> &'static str {
    match level {
        1 => "1 · new to it",
        2 => "2 · beginner",
        3 => "3 · capable",
        4 => "4 · strong",
        _ => "5 · could teach it",
    }
}

/// The name shown for an option, even when its title has been cleared.
fn display_title(option: &CareerOption) -> String {
    match option.title.trim() {
        "" => "Untitled option".to_string(),
        title => title.to_string(),
    }
}

#[component]
pub fn DeeperPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let active_ids = Memo::new(move |_| live.with(|w| w.deeper.active_ids()));
    let archived_ids = Memo::new(move |_| {
        live.with(|w| w.deeper.options.iter().filter(|o| o.archived).map(|o| o.id).collect::<Vec<_>>())
    });
    let things = Signal::derive(move || {
        live.with(|w| {
            w.deeper.options.iter().filter(|o| !o.archived).map(|o| (o.id, display_title(o))).collect::<Vec<_>>()
        })
    });
    let matrix = Signal::derive(move || live.with(|w| w.deeper.matrix.clone()));

    view! {
        <article class="page page-wide">
            <p class="stage-number">"Stage 2 of 5"</p>
            <h1 tabindex="-1">"Diving deeper"</h1>
            <p class="purpose">
                "Research and choose. Take the few directions that pull at you and find out what they are \
                 really like: the daily work, the way in, the pay, the people. Then weigh them against what \
                 matters to you. The choice stays yours; the tools here help you see it clearly."
            </p>

            <section aria-labelledby="options-heading" class="card">
                <h2 id="options-heading">"Your options"</h2>
                <p class="hint">
                    {format!(
                        "Three to five options at a time is plenty; up to {MAX_ACTIVE_OPTIONS} can be active. \
                         Archive one to make room; it keeps everything you wrote."
                    )}
                </p>
                <AddOption/>
                {move || active_ids.with(Vec::is_empty).then(|| view! {
                    <p class="empty-state">
                        "No options yet. Which two or three directions keep coming back to you, even the \
                         unlikely ones? Write a working title for one; you can change it later."
                    </p>
                })}
                <div class="option-list">
                    <For
                        each=move || active_ids.get()
                        key=|id| *id
                        children=move |id: Id| view! { <OptionCard id=id/> }
                    />
                </div>
                {move || (!archived_ids.with(Vec::is_empty)).then(|| view! {
                    <details class="archived">
                        <summary>{move || format!("Archived ({})", archived_ids.with(Vec::len))}</summary>
                        <For
                            each=move || archived_ids.get()
                            key=|id| *id
                            children=move |id: Id| view! { <OptionCard id=id/> }
                        />
                    </details>
                })}
            </section>

            <section aria-labelledby="compare-heading" class="card">
                <h2 id="compare-heading">"Compare your options"</h2>
                <p class="hint">
                    "A way to think, not a verdict. If the ranking surprises you, that is worth a moment: \
                     perhaps a weight is off, or something that matters is missing from the list."
                </p>
                <ScoreMatrixView
                    id_prefix="matrix"
                    words=MatrixWords { thing: "option", things: "options", a_thing: "an option" }
                    things=things
                    matrix=matrix
                    on_edit=Callback::new(move |edit| live.dispatch(DeeperEdit::OptionMatrix(edit)))
                    on_remove_criterion=Callback::new(move |id| undo.remove(deeper::Target::Criterion(id)))
                    suggestions=Signal::derive(move || live.with(|w| w.top_value_names()))
                    suggestions_label="Your top values from the card sort, as criteria:"
                />
            </section>

            <DecisionSection/>
            <SkillGaps/>
            // The skills inventory (E7) offered wherever a skill is named.
            <datalist id="inventory-skills">
                {move || live.with(|w| w.exploration.skills.iter().map(|s| s.name.clone()).collect::<Vec<_>>())
                    .into_iter()
                    .map(|name| view! { <option value=name></option> })
                    .collect_view()}
            </datalist>
        </article>
    }
}

#[component]
fn AddOption() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let add = move |text: String| {
        if text.trim().is_empty() {
            return Some("Give the option a working title, for example “Nurse” or “Own bakery”.".to_string());
        }
        if live.with(|w| w.deeper.active_count() >= MAX_ACTIVE_OPTIONS) {
            return Some(format!(
                "{MAX_ACTIVE_OPTIONS} options are active already. Archive or drop one first; focus helps \
                 the research."
            ));
        }
        live.dispatch(DeeperEdit::AddOption(text));
        None
    };
    view! {
        <AddForm id="new-option" label="A direction to research" button="Add option" max_chars=MAX_TITLE_CHARS primary=true on_add=add/>
    }
}

#[component]
fn OptionCard(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let read = move |f: fn(&CareerOption) -> String| live.with(|w| w.deeper.option(id).map(f).unwrap_or_default());
    let title = move || read(display_title);
    let status = move || live.with(|w| w.deeper.option(id).map(|o| o.status).unwrap_or_default());
    let archived = move || live.with(|w| w.deeper.option(id).is_some_and(|o| o.archived));
    let is_chosen = move || live.with(|w| w.deeper.decision.chosen == Some(id));
    let archive_problem = RwSignal::new(None::<String>);
    let prefix = format!("option-{id}");
    let title_id = format!("{prefix}-title");
    let status_id = format!("{prefix}-status");

    let toggle_archive = move |_| {
        let now = !archived();
        let room = live.with(|w| w.deeper.active_count() < MAX_ACTIVE_OPTIONS);
        if is_chosen() {
            archive_problem.set(Some("This is your chosen direction; choose another first.".into()));
        } else if !now && !room {
            archive_problem.set(Some(format!(
                "{MAX_ACTIVE_OPTIONS} options are active already; archive one of them first."
            )));
        } else {
            archive_problem.set(None);
            live.dispatch(DeeperEdit::SetArchived(id, now));
        }
    };

    view! {
            <details class="option-card" id=prefix.clone()>
                <summary>
                    <span class="option-title">{title}</span>
                    <span class="tag" data-status=move || status().key()>{move || status().label()}</span>
                </summary>
                <div class="option-body">
                    <div class="field-row">
                        <div class="field">
                            <label for=title_id.clone()>"Title"</label>
                            <input
                                type="text"
                                id=title_id
                                maxlength=MAX_TITLE_CHARS
                                prop:value=move || read(|o| o.title.clone())
                                on:input=move |ev| live.dispatch(DeeperEdit::SetOptionText(id, OptionText::Title, event_target_value(&ev)))
                            />
                        </div>
                        <div class="field">
                            <label for=status_id.clone()>"Status"</label>
                            <select
                                id=status_id
                                on:change=move |ev| {
                                    if let Some(s) = OptionStatus::from_key(&event_target_value(&ev)) {
                                        live.dispatch(DeeperEdit::SetStatus(id, s));
                                    }
                                }
                            >
                                {OptionStatus::ALL.into_iter().map(|s| view! {
                                    <option value=s.key() selected=move || status() == s>{s.label()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                    {OptionText::DETAILS.into_iter().map(|field| {
                        let value = Signal::derive(move || live.with(|w| w.deeper.option(id).map(|o| field.get(o).to_string()).unwrap_or_default()));
                        view! {
                            <LongAnswer
                                id=format!("{prefix}-{}", field.key())
                                label=option_text_label(field)
                                hint=option_text_hint(field)
                                value=value
                                on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetOptionText(id, field, text)))
                                rows=3
                            />
                        }
                    }).collect_view()}
                    <SourceLinks id=id/>
                    <SkillsNeeded id=id/>
                    <Salary id=id/>
                    <RealityTests id=id/>
                    <Risks id=id/>
                    <div class="actions">
                        <button type="button" id=format!("{prefix}-archive") on:click=toggle_archive>
                            {move || if archived() { "Bring back into the comparison" } else { "Archive" }}
                        </button>
                        <button
                            type="button"
                            id=format!("{prefix}-remove")
                            aria-label=move || format!("Remove the option “{}”", title())
                            on:click=move |_| undo.remove(deeper::Target::Option(id))
                        >"Remove option"</button>
                    </div>
                    <p class="field-error" aria-live="polite">{move || archive_problem.get()}</p>
                </div>
            </details>
    }
}

/// Source lines that are plain web addresses, as links that open outside the app.
#[component]
fn SourceLinks(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let links = move || {
        live.with(|w| {
            w.deeper
                .option(id)
                .map(|o| o.sources.lines().filter_map(safe_link).map(str::to_string).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    move || {
        let links = links();
        (!links.is_empty()).then(|| view! {
            <ul class="source-links" aria-label="Links from your sources">
                {links.into_iter().map(|href| {
                    let text = href.clone();
                    view! { <li><a href=href target="_blank" rel="noopener noreferrer">{text}</a></li> }
                }).collect_view()}
            </ul>
        })
    }
}

#[component]
fn SkillsNeeded(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let skills = move || live.with(|w| w.deeper.option(id).map(|o| o.skills_needed.clone()).unwrap_or_default());
    let add = move |skill: String| {
        if skill.trim().is_empty() {
            return Some("Name the skill, for example “First aid”.".to_string());
        }
        live.dispatch(DeeperEdit::AddSkillNeeded(id, skill));
        None
    };
    view! {
        <fieldset class="field subsection">
            <legend>"Skills it needs"</legend>
            <ul class="chips">
                {move || skills().into_iter().map(|skill| {
                    let label = format!("Remove the skill “{skill}”");
                    let name = skill.clone();
                    view! {
                        <li class="chip">
                            {skill}
                            <button
                                type="button"
                                class="chip-remove"
                                aria-label=label
                                on:click=move |_| live.dispatch(DeeperEdit::RemoveSkillNeeded(id, name.clone()))
                            >"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <AddForm id=format!("option-{id}-new-skill") label="Add a skill" button="Add skill" max_chars=MAX_SHORT_CHARS list="inventory-skills" on_add=add/>
        </fieldset>
    }
}

#[component]
fn Salary(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let salary = move || live.with(|w| w.deeper.option(id).map(|o| o.salary.clone()).unwrap_or_default());
    let prefix = format!("option-{id}-salary");
    let set = move |make: fn(Option<u64>) -> SalaryField| {
        Callback::new(move |amount| live.dispatch(DeeperEdit::SetSalary(id, make(amount))))
    };
    let reversed = Signal::derive(move || {
        salary().is_reversed().then(|| "The lower end is above the upper end; is that the right way round?".to_string())
    });
    let cur_id = format!("{prefix}-currency");
    view! {
        <fieldset class="field subsection">
            <legend>"Pay, per year"</legend>
            <div class="field-row salary-row">
                <AmountField id=format!("{prefix}-min") label="From" example="42000"
                    value=Signal::derive(move || salary().min) on_change=set(SalaryField::Min)/>
                <AmountField id=format!("{prefix}-max") label="To" example="42000"
                    value=Signal::derive(move || salary().max) on_change=set(SalaryField::Max) note=reversed/>
                <div class="field currency">
                    <label for=cur_id.clone()>"Currency"</label>
                    <input
                        type="text"
                        id=cur_id
                        maxlength=MAX_CURRENCY_CHARS
                        prop:value=move || salary().currency
                        on:input=move |ev| live.dispatch(DeeperEdit::SetSalary(id, SalaryField::Currency(event_target_value(&ev))))
                    />
                </div>
            </div>
        </fieldset>
    }
}

#[component]
fn RealityTests(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let tests = Memo::new(move |_| {
        live.with(|w| w.deeper.option(id).map(|o| o.reality_tests.iter().map(|t| t.id).collect::<Vec<_>>()).unwrap_or_default())
    });
    let kind_id = format!("option-{id}-new-test-kind");
    let new_kind = RwSignal::new(RealityTestKind::default());
    view! {
        <fieldset class="field subsection">
            <legend>"Reality tests"</legend>
            <p class="hint">
                "Try it on before you commit: talk to someone who does the work, shadow them for a day, \
                 volunteer, or take on a small project."
            </p>
            <For
                each=move || tests.get()
                key=|t| *t
                children=move |test: Id| {
                    let read = move || live.with(|w| w.deeper.option(id).and_then(|o| o.reality_tests.iter().find(|t| t.id == test).cloned()).unwrap_or_default());
                    let set = move |field: TestField| live.dispatch(DeeperEdit::SetRealityTest(id, test, field));
                    let p = format!("test-{test}");
                    let (kind_id, done_id, learned_id) = (format!("{p}-kind"), format!("{p}-done"), format!("{p}-learned"));
                    view! {
                        <div class="sub-item">
                            <div class="field-row">
                                <div class="field">
                                    <label for=kind_id.clone()>"Kind"</label>
                                    <select id=kind_id on:change=move |ev| {
                                        if let Some(k) = RealityTestKind::from_key(&event_target_value(&ev)) { set(TestField::Kind(k)) }
                                    }>
                                        {RealityTestKind::ALL.into_iter().map(|k| view! {
                                            <option value=k.key() selected=move || read().kind == k>{k.label()}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                                <DateField id=format!("{p}-date") label="Date" value=Signal::derive(move || read().date)
                                    on_change=Callback::new(move |day| set(TestField::Date(day)))/>
                                <div class="field check">
                                    <input
                                        type="checkbox"
                                        id=done_id.clone()
                                        prop:checked=move || read().done
                                        on:change=move |ev| set(TestField::Done(event_target_checked(&ev)))
                                    />
                                    <label for=done_id>"Done"</label>
                                </div>
                            </div>
                            <LongAnswer
                                id=learned_id
                                label="What did you learn?"
                                value=Signal::derive(move || read().learned)
                                on_input=Callback::new(move |text| set(TestField::Learned(text)))
                                rows=2
                            />
                            <button
                                type="button"
                                class="quiet"
                                aria-label=move || format!("Remove this {}", read().kind.label().to_lowercase())
                                on:click=move |_| undo.remove(deeper::Target::RealityTest { option: id, test })
                            >"Remove"</button>
                        </div>
                    }
                }
            />
            <div class="add-row">
                <div class="field">
                    <label for=kind_id.clone()>"Plan a reality test"</label>
                    <select id=kind_id on:change=move |ev| {
                        if let Some(k) = RealityTestKind::from_key(&event_target_value(&ev)) { new_kind.set(k) }
                    }>
                        {RealityTestKind::ALL.into_iter().map(|k| view! {
                            <option value=k.key() selected=move || new_kind.get() == k>{k.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" id=format!("option-{id}-add-test") on:click=move |_| live.dispatch(DeeperEdit::AddRealityTest(id, new_kind.get_untracked()))>
                    "Add test"
                </button>
            </div>
        </fieldset>
    }
}

#[component]
fn Risks(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let risks = Memo::new(move |_| {
        live.with(|w| w.deeper.option(id).map(|o| o.risks.iter().map(|r| r.id).collect::<Vec<_>>()).unwrap_or_default())
    });
    view! {
        <fieldset class="field subsection">
            <legend>"Risks and barriers"</legend>
            <p class="hint">"What could get in the way, and what would make it smaller?"</p>
            <For
                each=move || risks.get()
                key=|r| *r
                children=move |risk: Id| {
                    let read = move || live.with(|w| w.deeper.option(id).and_then(|o| o.risks.iter().find(|r| r.id == risk).cloned()).unwrap_or_default());
                    view! {
                        <div class="sub-item">
                            <LongAnswer
                                id=format!("risk-{risk}-text")
                                label="The risk or barrier"
                                value=Signal::derive(move || read().risk)
                                on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetRisk(id, risk, RiskField::Risk(text))))
                                rows=2
                            />
                            <LongAnswer
                                id=format!("risk-{risk}-mitigation")
                                label="What would lessen it?"
                                value=Signal::derive(move || read().mitigation)
                                on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetRisk(id, risk, RiskField::Mitigation(text))))
                                rows=2
                            />
                            <RiskButLink option=id risk=risk/>
                            <button type="button" class="quiet" aria-label="Remove this risk" on:click=move |_| undo.remove(deeper::Target::Risk { option: id, risk })>
                                "Remove"
                            </button>
                        </div>
                    }
                }
            />
            <button type="button" id=format!("option-{id}-add-risk") on:click=move |_| live.dispatch(DeeperEdit::AddRisk(id))>"Add a risk"</button>
        </fieldset>
    }
}

#[component]
fn DecisionSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let options = move || {
        live.with(|w| w.deeper.options.iter().filter(|o| !o.archived).map(|o| (o.id, display_title(o))).collect::<Vec<_>>())
    };
    let chosen = move || live.with(|w| w.deeper.decision.chosen);
    let text = move |field: DecisionText| Signal::derive(move || live.with(|w| field.get(&w.deeper.decision).to_string()));
    let set = move |field: DecisionText| Callback::new(move |t| live.dispatch(DeeperEdit::SetDecisionText(field, t)));
    view! {
        <section aria-labelledby="decision-heading" class="card">
            <h2 id="decision-heading">"Your decision"</h2>
            <p class="hint">
                "When you are ready, and not before. A decision can be for now: you can always revisit it."
            </p>
            <div class="field">
                <label for="decision-chosen">"The option you choose"</label>
                <select id="decision-chosen" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let id = value.parse::<u32>().ok().map(Id);
                    live.dispatch(DeeperEdit::Choose(id));
                }>
                    <option value="" selected=move || chosen().is_none()>"Not decided yet"</option>
                    {move || options().into_iter().map(|(id, title)| view! {
                        <option value=id.to_string() selected=move || chosen() == Some(id)>{title}</option>
                    }).collect_view()}
                </select>
            </div>
            <LongAnswer
                id="decision-direction"
                label="The direction, in your own words"
                hint="It may be one of your options, a blend of two, or something new."
                value=text(DecisionText::Direction)
                on_input=set(DecisionText::Direction)
                rows=2
            />
            <LongAnswer id="decision-why" label="Why this one?" value=text(DecisionText::Why) on_input=set(DecisionText::Why) rows=3/>
            <LongAnswer
                id="decision-change"
                label="What would change your mind?"
                hint="Naming it now makes it easier to notice later, and to keep going when it does not happen."
                value=text(DecisionText::ChangeMyMind)
                on_input=set(DecisionText::ChangeMyMind)
                rows=3
            />
        </section>
    }
}

#[component]
fn SkillGaps() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let gaps = Memo::new(move |_| live.with(|w| w.deeper.skill_gaps.iter().map(|g| g.id).collect::<Vec<_>>()));
    let options = move || {
        live.with(|w| w.deeper.options.iter().map(|o| (o.id, display_title(o))).collect::<Vec<_>>())
    };
    // Skills the options need that have no gap entry yet, offered as quick picks.
    let suggestions = move || {
        live.with(|w| {
            let mut names = Vec::new();
            let preferred = w.deeper.decision.chosen;
            let mut options: Vec<&CareerOption> = w.deeper.options.iter().filter(|o| !o.archived).collect();
            options.sort_by_key(|o| Some(o.id) != preferred);
            for option in options {
                for skill in &option.skills_needed {
                    let taken = w.deeper.skill_gaps.iter().any(|g| g.skill.eq_ignore_ascii_case(skill) && g.option == Some(option.id));
                    if !taken {
                        names.push((option.id, skill.clone(), display_title(option)));
                    }
                }
            }
            names
        })
    };
    let add = move |skill: String| {
        if skill.trim().is_empty() {
            return Some("Name the skill, for example “Project management”.".to_string());
        }
        let option = live.with(|w| w.deeper.decision.chosen);
        live.dispatch(DeeperEdit::AddSkillGap { option, skill });
        None
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
                let picks = suggestions();
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
                each=move || gaps.get()
                key=|g| *g
                children=move |gap: Id| {
                    let read = move || live.with(|w| w.deeper.skill_gap(gap).cloned().unwrap_or_default());
                    let set = move |field: GapField| live.dispatch(DeeperEdit::SetSkillGap(gap, field));
                    let steps = move || live.with(|w| w.plan.steps_from_gap(gap));
                    let p = format!("gap-{gap}");
                    let ids = [format!("{p}-option"), format!("{p}-current"), format!("{p}-target"), format!("{p}-method"), format!("{p}-cost"), format!("{p}-deadline")];
                    let skill = move || read().skill;
                    view! {
                        <div class="sub-item gap" id=p.clone()>
                            <h3>{skill}</h3>
                            <div class="field-row">
                                <div class="field">
                                    <label for=ids[0].clone()>"For option"</label>
                                    <select id=ids[0].clone() on:change=move |ev| set(GapField::Option(event_target_value(&ev).parse::<u32>().ok().map(Id)))>
                                        <option value="" selected=move || read().option.is_none()>"Any"</option>
                                        {move || options().into_iter().map(|(id, title)| view! {
                                            <option value=id.to_string() selected=move || read().option == Some(id)>{title}</option>
                                        }).collect_view()}
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
                                let g = read();
                                let deadline = g.deadline.map(long_date).unwrap_or_default();
                                match live.with(|w| w.plan.deadline_fit(&g)) {
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
                        </div>
                    }
                }
            />
        </section>
    }
}

/// R4 ↔ E3: a risk can name the parked "but" it takes up.
#[component]
fn RiskButLink(option: Id, risk: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let buts = move || live.with(|w| w.exploration.buts.iter().map(|b| (b.id, b.text.clone())).collect::<Vec<_>>());
    let linked = move || {
        live.with(|w| w.deeper.option(option).and_then(|o| o.risks.iter().find(|r| r.id == risk)).and_then(|r| r.but))
    };
    let select_id = format!("risk-{risk}-but");
    move || {
        let list = buts();
        (!list.is_empty()).then(|| {
            let select_id = select_id.clone();
            view! {
                <div class="field">
                    <label for=select_id.clone()>"Is this one of your parked “buts”?"</label>
                    <select id=select_id on:change=move |ev| {
                        let but = event_target_value(&ev).parse::<u32>().ok().map(Id);
                        live.dispatch(DeeperEdit::SetRisk(option, risk, RiskField::But(but)));
                    }>
                        <option value="" selected=move || linked().is_none()>"No"</option>
                        {list.into_iter().map(|(id, text)| view! {
                            <option value=id.to_string() selected=move || linked() == Some(id)>{text}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    }
}
