//! One application's details in a modal dialog, opened from its card or its row: who, what and
//! where; the dates; the option it serves and the contact who helped; the materials sent; the next
//! step; notes; the interview preparation (A3); its history of moves; and what was written about
//! it as a setback. The native `<dialog>` keeps focus inside, closes on Escape and gives focus back.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::model::applying::applications::MAX_HISTORY;
use crate::model::applying::{
    dates_problem, identity_refusal, AppStatus, ApplicationText, ApplyingEdit,
};
use crate::model::base::links::web_link;
use crate::model::{applying, Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::short_date;
use crate::ui::widgets::{DateField, Fields, Undo};

use super::{Earlier, Moves};

#[component]
pub fn ApplicationDialog() -> impl IntoView {
    let moves = expect_context::<Moves>();
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let opened = moves.opened.get();
        let Some(dialog) = dialog.get() else { return };
        match opened {
            Some(_) if !dialog.open() => {
                let _ = dialog.show_modal();
                request_animation_frame(|| focus_first("#application-dialog-title"));
            }
            None if dialog.open() => dialog.close(),
            _ => {}
        }
    });
    view! {
        <dialog node_ref=dialog id="application-dialog" class="application-dialog" aria-labelledby="application-dialog-title"
            on:close=move |_| moves.opened.set(None)>
            {move || moves.opened.get().map(|id| view! { <ApplicationBody id=id/> })}
        </dialog>
    }
}

fn text_hint(field: ApplicationText) -> Option<&'static str> {
    match field {
        ApplicationText::Link => Some("A web address starting with http or https becomes a link."),
        ApplicationText::NextStep => {
            Some("The one thing to do next, with a date below: it joins your agenda on the Plan.")
        }
        ApplicationText::Research => {
            Some("What they do, what they care about, what is changing for them.")
        }
        _ => None,
    }
}

#[component]
fn ApplicationBody(id: Id) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let moves = expect_context::<Moves>();
    let undo = expect_context::<Undo>();
    let earlier = expect_context::<Earlier>();
    let read = live.select_record(Part::Applications, id, move |w| {
        w.applying.application(id).cloned().unwrap_or_default()
    });
    let read = move || read.get();
    let name_problem = RwSignal::new(None::<String>);
    let p = move |rest: &str| format!("application-{id}-{rest}");
    let text_field = move |field: ApplicationText, multi: bool| {
        let field_id = p(field.key());
        let hint = text_hint(field);
        let hint_id = format!("{field_id}-hint");
        let value = move || field.get(&read()).to_string();
        let input = move |ev| {
            live.dispatch(ApplyingEdit::SetApplicationText(
                id,
                field,
                event_target_value(&ev),
            ))
        };
        view! {
            <div class="field">
                <label for=field_id.clone()>{field.label()}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                {if multi {
                    view! { <textarea id=field_id.clone() rows="3" maxlength=field.limit() aria-describedby=hint.map(|_| hint_id.clone()) prop:value=value on:input=input></textarea> }.into_any()
                } else {
                    let kind = if field == ApplicationText::Link { "url" } else { "text" };
                    view! { <input type=kind id=field_id.clone() maxlength=field.limit() aria-describedby=hint.map(|_| hint_id.clone()) prop:value=value on:input=input/> }.into_any()
                }}
            </div>
        }
    };
    // Company and role: one of them must stay; emptying the last one is refused with a message.
    let identity_field = move |field: ApplicationText| {
        let field_id = format!("application-{id}-{}", field.key());
        let error_id = format!("{field_id}-error");
        view! {
            <div class="field">
                <label for=field_id.clone()>{field.label()}</label>
                <input type="text" id=field_id maxlength=field.limit() aria-describedby=error_id.clone()
                    aria-invalid=move || name_problem.with(Option::is_some).then_some("true")
                    prop:value=move || field.get(&read()).to_string()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        let a = read();
                        let (company, role) = if field == ApplicationText::Company { (value.as_str(), a.role.as_str()) } else { (a.company.as_str(), value.as_str()) };
                        match identity_refusal(company, role) {
                            Some(refused) => name_problem.set(Some(format!("{} The last name written stays until then.", refused.message()))),
                            None => {
                                name_problem.set(None);
                                live.dispatch(ApplyingEdit::SetApplicationText(id, field, value));
                            }
                        }
                    }/>
                <p class="field-error" id=error_id aria-live="polite">{move || name_problem.get()}</p>
            </div>
        }
    };
    let choose = move |select_id: String,
                       label: &'static str,
                       none: &'static str,
                       names: ReadSignal<Vec<(Id, String)>>,
                       current: fn(&applying::Application) -> Option<Id>,
                       edit: fn(Id, Option<Id>) -> ApplyingEdit| {
        view! {
            <div class="field">
                <label for=select_id.clone()>{label}</label>
                <select id=select_id on:change=move |ev| live.dispatch(edit(id, event_target_value(&ev).parse::<u32>().ok().map(Id)))>
                    <option value="" selected=move || current(&read()).is_none()>{none}</option>
                    {move || names.get().into_iter().map(|(other, name)| view! {
                        <option value=other.to_string() selected=move || current(&read()) == Some(other)>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    // Open at first while it is at the interview stage; the person opens or closes it after that.
    let interviewing = live.with(|w| {
        w.applying
            .application(id)
            .is_some_and(|a| a.status == AppStatus::Interviewing)
    });
    let posting = move || web_link(&read().link).map(str::to_string);
    let close = move |_| moves.opened.set(None);
    let remove = move |_| {
        moves.opened.set(None);
        undo.remove(applying::Target::Application(id));
    };
    view! {
        <div class="dialog-head">
            <h2 id="application-dialog-title" tabindex="-1">{move || read().name()}</h2>
            <button type="button" class="quiet" id="application-dialog-close" on:click=close>"Close"</button>
        </div>
        <p class="hint">{move || format!("Status: {}.", read().status.label())}</p>
        <div class="move-menu" role="group" aria-label="Move it to">
            {AppStatus::ALL.into_iter().map(|s| view! {
                <button type="button" class="quiet" id=p(&format!("to-{}", s.key())) aria-pressed=move || if read().status == s { "true" } else { "false" }
                    on:click=move |_| moves.move_to(id, s, None)>{s.label()}</button>
            }).collect_view()}
        </div>
        <Fields>
            <div class="field-row">
                {identity_field(ApplicationText::Company)}
                {identity_field(ApplicationText::Role)}
            </div>
            {text_field(ApplicationText::Link, false)}
            {move || {
                let link = read().link;
                match posting() {
                    Some(href) => view! { <p><a href=href rel="noopener noreferrer" id=format!("application-{id}-posting")>"Open the posting"</a></p> }.into_any(),
                    None if !link.trim().is_empty() => view! { <p class="hint">"Kept as you wrote it; it is not a web address, so it is not a link."</p> }.into_any(),
                    None => ().into_any(),
                }
            }}
            <div class="field-row">
                <DateField id=p("found") label="Found on" value=Signal::derive(move || read().found_on)
                    refusal=Callback::new(move |day| dates_problem(day, read().applied_on).map(|p| p.message()))
                    on_change=Callback::new(move |day| live.dispatch(ApplyingEdit::SetFoundOn(id, day)))/>
                <DateField id=p("applied") label="Applied on" value=Signal::derive(move || read().applied_on)
                    refusal=Callback::new(move |day| dates_problem(read().found_on, day).map(|p| p.message()))
                    on_change=Callback::new(move |day| live.dispatch(ApplyingEdit::SetAppliedOn(id, day)))/>
            </div>
            <div class="field-row">
                {choose(p("option"), "Career option it serves", "No option yet", earlier.options, |a| a.option, ApplyingEdit::SetAppOption)}
                {choose(p("contact"), "Contact who helped", "No contact", earlier.contacts, |a| a.contact, ApplyingEdit::SetAppContact)}
            </div>
        </Fields>
        <Fields>
            <fieldset class="field">
                <legend>"Materials sent"</legend>
                {move || earlier.versions.with(Vec::is_empty).then(|| view! {
                    <p class="hint">"Versions of your materials, added below the applications, can be ticked here."</p>
                })}
                <For each=move || earlier.versions.get() key=|v| v.clone() let:version>
                    {
                        let box_id = p(&format!("version-{}", version.0));
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=box_id.clone() prop:checked=move || read().versions.contains(&version.0)
                                    on:change=move |ev| live.dispatch(ApplyingEdit::UseVersion { app: id, version: version.0, used: event_target_checked(&ev) })/>
                                <label for=box_id>{version.1.clone()}</label>
                            </div>
                        }
                    }
                </For>
            </fieldset>
        </Fields>
        <Fields>
            {text_field(ApplicationText::NextStep, false)}
            <DateField id=p("next-on") label="Next step date" value=Signal::derive(move || read().next_on)
                on_change=Callback::new(move |day| live.dispatch(ApplyingEdit::SetNextOn(id, day)))/>
            {text_field(ApplicationText::Notes, true)}
        </Fields>
        <details class="prep" open=interviewing>
            <summary>"Interview preparation"</summary>
            <Fields>
                {text_field(ApplicationText::Research, true)}
                {text_field(ApplicationText::ToAsk, true)}
                {text_field(ApplicationText::PeopleMet, true)}
                <DateField id=p("thank-you") label="Thank-you note sent on"
                    hint="A short thank-you within a day or two is remembered."
                    value=Signal::derive(move || read().thank_you_on)
                    on_change=Callback::new(move |day| live.dispatch(ApplyingEdit::SetThankYou(id, day)))/>
            </Fields>
        </details>
        <h3>"History"</h3>
        <ol class="history" id=p("history")>
            {move || read().history.into_iter().rev().map(|c| view! { <li>{format!("{}: {}", short_date(c.on), c.status.label())}</li> }).collect_view()}
        </ol>
        {move || (read().history.len() >= MAX_HISTORY).then(|| view! { <p class="hint">"Only the latest moves are kept."</p> })}
        <div class="actions">
            <button type="button" class="quiet" id=p("remove") on:click=remove>"Remove application"</button>
        </div>
    }
}
