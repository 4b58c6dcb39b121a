//! E1: where the person is now, in work or not, with "from feeling to reasons".

use leptos::prelude::*;

use crate::model::base::Direction;
use crate::model::exploration::about_you::SelfEdit;
use crate::model::exploration::situation::{
    feeling_refusal, past_role_refusal, PastRoleField, SituationText, FEELING_QUESTIONS, MAX_SHORT,
};
use crate::model::exploration::Section;
use crate::model::Part;
use crate::model::{exploration, Id};
use crate::store::LiveWorkbook;
use crate::ui::dom::moved_keep_focus;
use crate::ui::widgets::{AddButton, Fields, ListWindow, LongAnswer, ShowMore, Undo};

use super::overview::SectionStatus;

fn situation_label(field: SituationText) -> &'static str {
    match field {
        SituationText::Role => "Your role, or what fills your days now",
        SituationText::Organisation => "Organisation (or the last one you worked for)",
        SituationText::Tenure => "How long you have been there, or been away",
        SituationText::Education => "Your education and training",
        SituationText::Structure => {
            "How the work (or your week) is structured: hours, team, who decides what"
        }
        SituationText::Culture => "The culture: what is rewarded, what is frowned upon",
        SituationText::KeyPeople => "The key people around you",
        SituationText::Likes => "What do you like about it, or what did you like?",
        SituationText::Dislikes => "What do you dislike about it, or what did you dislike?",
    }
}

#[component]
pub fn SituationSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let text = move |field: SituationText| {
        live.select_in(&[Part::Situation], move |w| {
            field.get(&w.exploration.situation).to_string()
        })
    };
    let set = move |field: SituationText| {
        Callback::new(move |t| live.dispatch(SelfEdit::Situation(field, t)))
    };
    let roles = live.select_in(&[Part::Situation], move |w| {
        w.exploration
            .situation
            .past_roles
            .iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    });
    let feelings = live.select_in(&[Part::Situation], move |w| {
        w.exploration
            .situation
            .feelings
            .iter()
            .map(|f| f.id)
            .collect::<Vec<_>>()
    });
    let (roles_window, feelings_window) = (ListWindow::new(roles), ListWindow::new(feelings));
    let short = move |field: SituationText| {
        let id = format!("situation-{}", field.key());
        view! {
            <div class="field">
                <label for=id.clone()>{situation_label(field)}</label>
                <input type="text" id=id maxlength=MAX_SHORT prop:value=move || text(field).get()
                    on:input=move |ev| set(field).run(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <section aria-labelledby="situation" class="card">
            <h2 id="situation" tabindex="-1">"Where you are now" <SectionStatus section=Section::Situation/></h2>
            <p class="hint">"A clear look at the present, before any plans: the facts first, then how it feels."</p>
            <p class="hint">
                "Not in a job right now? Between jobs, after a redundancy, on a career break, studying or \
                 caring: all of these are places to start from. Answer for what your days hold now, and for \
                 the last work you did."
            </p>
            <Fields>
            <div class="field-row">
                {short(SituationText::Role)}
                {short(SituationText::Organisation)}
                {short(SituationText::Tenure)}
            </div>
            {[SituationText::Education, SituationText::Structure, SituationText::Culture, SituationText::KeyPeople, SituationText::Likes, SituationText::Dislikes]
                .into_iter()
                .map(|field| view! {
                    <LongAnswer id=format!("situation-{}", field.key()) label=situation_label(field) value=text(field) on_input=set(field) rows=2/>
                })
                .collect_view()}
            </Fields>
            <fieldset class="field subsection">
                <legend>"Past roles"</legend>
                <ol class="plain-rows">
                    <For each=move || roles_window.shown() key=|id| *id children=move |id: Id| {
                        let read = live.select_in(&[Part::Situation], move |w| w.exploration.situation.past_roles.iter().find(|r| r.id == id).cloned().unwrap_or_default());
                        let read = move || read.get();
                        let position = Memo::new(move |_| roles.with(|r| r.iter().position(|x| *x == id)));
                        let button_id = move |way: &str| format!("past-{id}-{way}");
                        let moved = move |up| moved_keep_focus((&button_id("up"), &button_id("down")), up);
                        let field = move |key: &'static str, label: &'static str, get: fn(&crate::model::exploration::situation::PastRole) -> String, make: fn(String) -> PastRoleField| {
                            let input_id = format!("past-{id}-{key}");
                            view! {
                                <div class="field">
                                    <label for=input_id.clone()>{label}</label>
                                    <input type="text" id=input_id maxlength=MAX_SHORT prop:value=move || get(&read())
                                        on:input=move |ev| live.dispatch(SelfEdit::SetPastRole(id, make(event_target_value(&ev))))/>
                                </div>
                            }
                        };
                        view! {
                            <li class="past-role" on:focusin=move |_| roles_window.pin(id)><Fields>
                                <div class="field-row">
                                    {field("title", "Role", |r| r.title.clone(), PastRoleField::Title)}
                                    {field("organisation", "Where", |r| r.organisation.clone(), PastRoleField::Organisation)}
                                    {field("years", "When", |r| r.years.clone(), PastRoleField::Years)}
                                </div>
                                <div class="row-actions">
                                    <button type="button" class="quiet" id=button_id("up") aria-label=move || format!("Move “{}” up", read().title) disabled=move || position.get() == Some(0)
                                        on:click=move |_| {
                                            live.dispatch(SelfEdit::MovePastRole(id, Direction::Up));
                                            moved(true);
                                        }>"↑"</button>
                                    <button type="button" class="quiet" id=button_id("down") aria-label=move || format!("Move “{}” down", read().title)
                                        disabled=move || position.get().map(|p| p + 1) == Some(roles.with(Vec::len))
                                        on:click=move |_| {
                                            live.dispatch(SelfEdit::MovePastRole(id, Direction::Down));
                                            moved(false);
                                        }>"↓"</button>
                                    <button type="button" class="quiet" aria-label=move || format!("Remove the role “{}”", read().title)
                                        on:click=move |_| undo.remove(exploration::Target::PastRole(id))>"Remove"</button>
                                </div>
                            </Fields></li>
                        }
                    }/>
                </ol>
                <ShowMore window=roles_window id="past-roles-shown" noun=("past role", "past roles") focus=|id| format!("#past-{id}-title")/>
                <AddButton id="add-past-role" label="Add a past role" refusal=live.select_in(&[Part::Situation], move |w| past_role_refusal(&w.exploration.situation))
                    on_add=Callback::new(move |()| live.dispatch(SelfEdit::AddPastRole))/>
            </fieldset>
            <fieldset class="field subsection">
                <legend>"From feeling to reasons"</legend>
                <p class="hint">
                    "Start with how it feels, in your own words (“I dread Mondays”). Then let the questions \
                     help you find the reasons underneath."
                </p>
                <ul class="questions">{FEELING_QUESTIONS.iter().map(|q| view! { <li>{*q}</li> }).collect_view()}</ul>
                <For each=move || feelings_window.shown() key=|id| *id children=move |id: Id| {
                    let read = live.select_in(&[Part::Situation], move |w| w.exploration.situation.feelings.iter().find(|f| f.id == id).cloned().unwrap_or_default());
                    let read = move || read.get();
                    view! {
                        <div class="sub-item feeling" on:focusin=move |_| feelings_window.pin(id)><Fields>
                            <LongAnswer id=format!("feeling-{id}-feeling") label="The feeling" value=Signal::derive(move || read().feeling)
                                on_input=Callback::new(move |t| live.dispatch(SelfEdit::SetFeeling { id, feeling: Some(t), reasons: None })) rows=1/>
                            <LongAnswer id=format!("feeling-{id}-reasons") label="The reasons, as you see them now" value=Signal::derive(move || read().reasons)
                                on_input=Callback::new(move |t| live.dispatch(SelfEdit::SetFeeling { id, feeling: None, reasons: Some(t) })) rows=3/>
                            <button type="button" class="quiet" aria-label="Remove this feeling" on:click=move |_| undo.remove(exploration::Target::Feeling(id))>"Remove"</button>
                        </Fields></div>
                    }
                }/>
                <ShowMore window=feelings_window id="feelings-shown" noun=("feeling", "feelings") focus=|id| format!("#feeling-{id}-feeling")/>
                <AddButton id="add-feeling" label="Add a feeling" refusal=live.select_in(&[Part::Situation], move |w| feeling_refusal(&w.exploration.situation))
                    on_add=Callback::new(move |()| live.dispatch(SelfEdit::AddFeeling))/>
            </fieldset>
        </section>
    }
}
