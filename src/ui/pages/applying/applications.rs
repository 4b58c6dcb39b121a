//! A2, the applications: added with a company or a role, seen as a board (one column per open
//! status, the closed ones below) or as a list to sort and filter, with the counts per status. A
//! move from anywhere is announced and can be undone; closing one as rejected offers, once and
//! gently, to write down what happened.

use leptos::prelude::*;

use crate::model::applying::applications::{counts, listed, MAX_NAME_CHARS};
use crate::model::applying::{
    application_refusal, AppFilter, AppSort, AppStatus, Application, ApplyingEdit,
};
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::{count, short_date};
use crate::ui::widgets::{AddForm, ListWindow, ShowMore};

use super::board::Board;
use super::details::ApplicationDialog;
use super::{Earlier, Moves, Today};

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Board,
    List,
}

#[component]
pub fn ApplicationsSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let moves = expect_context::<Moves>();
    let today = expect_context::<Today>().0;
    let view = RwSignal::new(View::Board);
    let total = live.select_in(&[Part::Applications], |w| w.applying.applications.len());
    let role = RwSignal::new(String::new());
    let added = RwSignal::new(None::<String>);
    let add = move |company: String| {
        let role_text = role.get_untracked();
        let refused =
            live.with(|w| application_refusal(w.applying.applications.len(), &company, &role_text));
        if let Some(refused) = refused {
            return Some(refused.message());
        }
        live.dispatch(ApplyingEdit::AddApplication {
            company: company.clone(),
            role: role_text.clone(),
            today,
        });
        role.set(String::new());
        let name = live.with(|w| {
            w.applying
                .applications
                .last()
                .map(|a| a.name())
                .unwrap_or_default()
        });
        added.set(Some(format!(
            "Added {name} as interested. Open it to say which option it serves and who could help."
        )));
        None
    };
    let tab = move |which: View, id: &'static str, label: &'static str| {
        view! {
            <button type="button" id=id class="tab" aria-pressed=move || if view.get() == which { "true" } else { "false" }
                on:click=move |_| view.set(which)>{label}</button>
        }
    };
    view! {
        <section aria-labelledby="applications-heading" class="card applications">
            <h2 id="applications-heading">"Applications"</h2>
            <p class="hint">
                "Add the ones you are only curious about too: writing them down is how you notice what \
                 draws you. Move each along as it goes, by dragging its card or with its “Move to” button."
            </p>
            <AddForm id="new-application" label="Company" button="Add application" max_chars=MAX_NAME_CHARS primary=true on_add=add>
                <div class="field">
                    <label for="new-application-role">"Role"</label>
                    <input type="text" id="new-application-role" maxlength=MAX_NAME_CHARS
                        prop:value=move || role.get() on:input=move |ev| role.set(event_target_value(&ev))/>
                </div>
            </AddForm>
            <p class="hint" id="new-application-note" aria-live="polite">{move || added.get()}</p>
            <Counts/>
            <div class="moves" aria-live="polite" id="moves-said">
                <span>{move || moves.said.get()}</span>
                {move || moves.last.with(Option::is_some).then(|| view! {
                    " "<button type="button" class="quiet" id="undo-move" on:click=move |_| moves.undo()>"Undo move"</button>
                })}
            </div>
            <SetbackOffer/>
            {move || (total.get() == 0).then(|| view! {
                <p class="empty-state">
                    "No applications yet. Is there one opening, even a long shot, that fits the direction you \
                     chose? Add it as interested; nothing is sent from here."
                </p>
            })}
            {move || (total.get() > 0).then(|| view! {
                <div class="tabs" role="group" aria-label="Show applications as">
                    {tab(View::Board, "view-board", "Board")}
                    {tab(View::List, "view-list", "List")}
                </div>
            })}
            {move || match (total.get() > 0, view.get()) {
                (false, _) => ().into_any(),
                (true, View::Board) => view! { <Board/> }.into_any(),
                (true, View::List) => view! { <ApplicationList/> }.into_any(),
            }}
            <ApplicationDialog/>
        </section>
    }
}

/// How many applications have each status, in one line.
#[component]
fn Counts() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let counts = live.select_in(&[Part::Applications], |w| counts(&w.applying.applications));
    move || {
        let counts = counts.get();
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        (total > 0).then(|| {
            let open: usize = counts.iter().filter(|(s, _)| s.is_open()).map(|(_, n)| n).sum();
            view! {
                <p class="status-counts" id="status-counts">
                    {format!("{}, {} of them open: ", count(total, "application", "applications"), open)}
                    {counts.iter().filter(|(_, n)| *n > 0).map(|(s, n)| format!("{} {n}", s.label())).collect::<Vec<_>>().join(" · ")}
                </p>
            }
        })
    }
}

/// After a rejection: an offer to write about it, which the person can take or leave.
#[component]
fn SetbackOffer() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let moves = expect_context::<Moves>();
    let write = move |_| {
        let Some(app) = moves.rejected.get_untracked() else {
            return;
        };
        live.dispatch(ApplyingEdit::AddSetback {
            application: Some(app),
            today: moves.today,
        });
        moves.rejected.set(None);
        let id = live.with(|w| w.applying.setbacks.last().map(|s| s.id));
        if let Some(id) = id {
            request_animation_frame(move || focus_first(&format!("#setback-{id}-what_happened")));
        }
    };
    move || {
        moves.rejected.get().map(|_| view! {
            <div class="setback-offer" role="group" aria-labelledby="setback-offer-text">
                <p id="setback-offer-text">
                    "A no is hard, and it is not the final word on you. If it helps, write down what \
                     happened and what you will take from it; some people find that it takes the sting out."
                </p>
                <button type="button" id="write-setback" on:click=write>"Write about it"</button>
                " "
                <button type="button" class="quiet" id="not-now" on:click=move |_| moves.rejected.set(None)>"Not now"</button>
            </div>
        })
    }
}

/// The list: search, filters by status and option, a sort, and a row per application.
#[component]
fn ApplicationList() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let earlier = expect_context::<Earlier>();
    let filter = RwSignal::new(AppFilter::default());
    let sort = RwSignal::new(AppSort::Added);
    // What the search, filters and sorts look at, and nothing else: typing a note re-reads this but
    // changes nothing in it, so the list is not redrawn.
    let all = live.select_in(&[Part::Applications], move |w| {
        w.applying
            .applications
            .iter()
            .map(|a| Application {
                id: a.id,
                company: a.company.clone(),
                role: a.role.clone(),
                next_step: a.next_step.clone(),
                status: a.status,
                option: a.option,
                found_on: a.found_on,
                applied_on: a.applied_on,
                next_on: a.next_on,
                history: a.history.last().cloned().into_iter().collect(),
                ..Application::default()
            })
            .collect::<Vec<_>>()
    });
    let shown = Memo::new(move |_| all.with(|all| filter.with(|f| listed(all, f, sort.get()))));
    let window = ListWindow::new(shown);
    view! {
        <form class="field-row filters" role="search" aria-label="Find applications" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="application-search">"Search"</label>
                <input type="search" id="application-search" aria-describedby="application-search-hint"
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))/>
                <p class="hint" id="application-search-hint">"Company, role or next step."</p>
            </div>
            <div class="field">
                <label for="application-status-filter">"Status"</label>
                <select id="application-status-filter" on:change=move |ev| {
                    let key = event_target_value(&ev);
                    filter.update(|f| f.status = AppStatus::from_key(&key));
                }>
                    <option value="" selected=move || filter.with(|f| f.status.is_none())>"All"</option>
                    {AppStatus::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || filter.with(|f| f.status == Some(s))>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="application-option-filter">"Career option"</label>
                <select id="application-option-filter" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    filter.update(|f| f.option = value.parse().ok().map(Id));
                }>
                    <option value="" selected=move || filter.with(|f| f.option.is_none())>"All"</option>
                    <For each=move || earlier.options.get() key=|o| o.clone() let:option>
                        <option value=option.0.to_string() selected=move || filter.with(|f| f.option == Some(option.0))>{option.1.clone()}</option>
                    </For>
                </select>
            </div>
            <div class="field">
                <label for="application-sort">"Sort by"</label>
                <select id="application-sort" on:change=move |ev| {
                    if let Some(s) = AppSort::from_key(&event_target_value(&ev)) {
                        sort.set(s);
                    }
                }>
                    {AppSort::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || sort.get() == s>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
        </form>
        <p class="hint" aria-live="polite" id="application-list-count">{move || {
            let (shown, total) = (shown.with(Vec::len), all.with(Vec::len));
            filter.with(|f| !f.is_empty()).then(|| format!("{shown} of {} match.", count(total, "application", "applications")))
        }}</p>
        <ul class="application-list">
            <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <ListRow id=id window=window/> }/>
        </ul>
        <ShowMore window=window id="applications-shown" noun=("application", "applications") focus=|id| format!("#list-{id}-open")/>
    }
}

#[component]
fn ListRow(id: Id, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let moves = expect_context::<Moves>();
    let today = expect_context::<Today>().0;
    let row = live.select_record(Part::Applications, id, move |w| {
        w.applying
            .application(id)
            .map(|a| {
                (
                    a.name(),
                    a.status,
                    a.found_on,
                    a.applied_on,
                    a.next_on,
                    a.next_step.trim().to_string(),
                )
            })
            .unwrap_or_default()
    });
    view! {
        <li class="application-row" id=format!("list-{id}") on:focusin=move |_| window.pin(id)>
            <button type="button" class="link-button" id=format!("list-{id}-open") aria-haspopup="dialog"
                on:click=move |_| moves.opened.set(Some(id))>{move || row.with(|r| r.0.clone())}</button>
            <span class="tag" data-status=move || row.with(|r| r.1.key())>{move || row.with(|r| r.1.label())}</span>
            <span class="muted">{move || row.with(|r| {
                let mut parts = Vec::new();
                if let Some(d) = r.2 { parts.push(format!("found {}", short_date(d))); }
                if let Some(d) = r.3 { parts.push(format!("applied {}", short_date(d))); }
                parts.join(", ")
            })}</span>
            {move || row.with(|r| r.4.map(|day| {
                let late = day < today && r.1.is_open();
                let what = if r.5.is_empty() { "Next step".to_string() } else { r.5.clone() };
                view! { <span class="tag" class:overdue=late>{format!("{what}: {}", short_date(day))}</span> }
            }))}
        </li>
    }
}
