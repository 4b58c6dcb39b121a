//! R1: the career options being researched, each in a card with its details, skills, pay and sources.

use leptos::prelude::*;

use super::display_title;
use super::reality_tests::RealityTests;
use super::risks::Risks;
use crate::model::deeper::{
    safe_link, DeeperEdit, OptionStatus, OptionText, SalaryField, MAX_ACTIVE_OPTIONS,
    MAX_CURRENCY_CHARS, MAX_SHORT_CHARS, MAX_TITLE_CHARS,
};
use crate::model::Part;
use crate::model::{deeper, Id};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{AddForm, AmountField, Fields, LongAnswer, Undo};

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

#[component]
pub fn OptionsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let active_ids = live.select_in(&[Part::Options], |w| w.deeper.active_ids());
    let archived_ids = live.select_in(&[Part::Options], |w| {
        w.deeper
            .options
            .iter()
            .filter(|o| o.archived)
            .map(|o| o.id)
            .collect::<Vec<_>>()
    });
    // Archived options are drawn only while their list is open: up to 25 of them, each with its tests
    // and risks, would otherwise be built (and kept up to date) for nobody to see.
    let archive_open = RwSignal::new(false);
    view! {
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
            <details class="archived" prop:open=archive_open on:toggle=move |ev| {
                archive_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
            }>
                <summary>{move || format!("Archived ({})", archived_ids.with(Vec::len))}</summary>
                <For
                    each=move || if archive_open.get() { archived_ids.get() } else { Vec::new() }
                    key=|id| *id
                    children=move |id: Id| view! { <OptionCard id=id/> }
                />
            </details>
        })}
    </section>
    }
}

#[component]
fn AddOption() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let add = move |text: String| match live.with(|w| w.deeper.option_refusal(&text)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(DeeperEdit::AddOption(text));
            None
        }
    };
    view! {
        <AddForm id="new-option" label="A direction to research" button="Add option" max_chars=MAX_TITLE_CHARS primary=true on_add=add/>
    }
}

#[component]
fn OptionCard(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let shown_title = live.select_record(Part::Options, id, move |w| {
        w.deeper.option(id).map(display_title).unwrap_or_default()
    });
    let status = live.select_record(Part::Options, id, move |w| {
        w.deeper.option(id).map(|o| o.status).unwrap_or_default()
    });
    // The body (every detail, test and risk, each risk with its list of buts) is drawn the first time
    // the option is opened, and then kept: a page of closed options starts at once. The click on the
    // summary draws it before the browser opens it, so it is there when the person looks.
    let drawn = RwSignal::new(false);
    view! {
            <details class="option-card" id=format!("option-{id}") on:toggle=move |_| drawn.set(true)>
                <summary on:click=move |_| drawn.set(true)>
                    <span class="option-title">{move || shown_title.get()}</span>
                    <span class="tag" data-status=move || status.get().key()>{move || status.get().label()}</span>
                </summary>
                {move || drawn.get().then(|| view! { <OptionBody id=id title=shown_title status=status/> })}
            </details>
    }
}

/// Everything inside an open option card.
#[component]
fn OptionBody(
    id: Id,
    title: ReadSignal<String>,
    status: ReadSignal<OptionStatus>,
) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let title_text = live.select_record(Part::Options, id, move |w| {
        w.deeper
            .option(id)
            .map(|o| o.title.clone())
            .unwrap_or_default()
    });
    let status = move || status.get();
    let title = move || title.get();
    let archived = live.select_record(Part::Options, id, move |w| {
        w.deeper.option(id).is_some_and(|o| o.archived)
    });
    let archived = move || archived.get();
    let archive_problem = RwSignal::new(None::<String>);
    let prefix = format!("option-{id}");
    let title_id = format!("{prefix}-title");
    let status_id = format!("{prefix}-status");

    let toggle_archive = move |_| {
        let now = !archived();
        match live.with(|w| w.deeper.archive_refusal(id, now)) {
            Some(refused) => archive_problem.set(Some(refused.message())),
            None => {
                archive_problem.set(None);
                live.dispatch(DeeperEdit::SetArchived(id, now));
            }
        }
    };

    view! {
        <div class="option-body">
            <Fields>
            <div class="field-row">
                <div class="field">
                    <label for=title_id.clone()>"Title"</label>
                    <input
                        type="text"
                        id=title_id
                        maxlength=MAX_TITLE_CHARS
                        prop:value=title_text
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
                let value = live.select_record(Part::Options, id, move |w| w.deeper.option(id).map(|o| field.get(o).to_string()).unwrap_or_default());
                view! {
                    <LongAnswer
                        id=format!("option-{id}-{}", field.key())
                        label=option_text_label(field)
                        hint=option_text_hint(field)
                        value=value
                        on_input=Callback::new(move |text| live.dispatch(DeeperEdit::SetOptionText(id, field, text)))
                        rows=3
                    />
                }
            }).collect_view()}
            </Fields>
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
    }
}

/// Source lines that are plain web addresses, as links that open outside the app.
#[component]
fn SourceLinks(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let links = live.select_record(Part::Options, id, move |w| {
        w.deeper
            .option(id)
            .map(|o| {
                o.sources
                    .lines()
                    .filter_map(safe_link)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    move || {
        let links = links.get();
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
    let skills = live.select_record(Part::Options, id, move |w| {
        w.deeper
            .option(id)
            .map(|o| o.skills_needed.clone())
            .unwrap_or_default()
    });
    let add = move |skill: String| match live.with(|w| w.deeper.skill_needed_refusal(id, &skill)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(DeeperEdit::AddSkillNeeded(id, skill));
            None
        }
    };
    view! {
        <fieldset class="field subsection">
            <legend>"Skills it needs"</legend>
            <ul class="chips">
                <For each=move || skills.get() key=|skill| skill.clone() let:skill>
                    {
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
                    }
                </For>
            </ul>
            <AddForm id=format!("option-{id}-new-skill") label="Add a skill" button="Add skill" max_chars=MAX_SHORT_CHARS list="inventory-skills" on_add=add/>
        </fieldset>
    }
}

#[component]
fn Salary(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let salary = live.select_record(Part::Options, id, move |w| {
        w.deeper
            .option(id)
            .map(|o| o.salary.clone())
            .unwrap_or_default()
    });
    let salary = move || salary.get();
    let prefix = format!("option-{id}-salary");
    let set = move |make: fn(Option<u64>) -> SalaryField| {
        Callback::new(move |amount| live.dispatch(DeeperEdit::SetSalary(id, make(amount))))
    };
    let reversed = Signal::derive(move || {
        salary().is_reversed().then(|| {
            "The lower end is above the upper end; is that the right way round?".to_string()
        })
    });
    let cur_id = format!("{prefix}-currency");
    view! {
        <Fields><fieldset class="field subsection">
            <legend>"Pay, per year"</legend>
            <div class="field-row salary-row">
                <AmountField id=format!("option-{id}-salary-min") label="From" example="42000"
                    value=Signal::derive(move || salary().min) on_change=set(SalaryField::Min)/>
                <AmountField id=format!("option-{id}-salary-max") label="To" example="42000"
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
        </fieldset></Fields>
    }
}
