//! What is due (N2): overdue follow-ups first, the longest waiting at the top, then this week's. Each
//! has a one-step "Done" (which logs a conversation today) and "Move to" a new date.

use leptos::prelude::*;

use crate::model::networking::conversations::{
    due_follow_ups, follow_up_problem, DueFollowUp, DueFollowUps,
};
use crate::model::networking::NetworkingEdit;
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::{count, long_date};
use crate::ui::widgets::{DateField, Fields, ListWindow, ShowMore};

use super::{display_name, Today};

#[component]
pub fn DueSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let due = live.select_in(&[Part::Contacts], move |w| {
        due_follow_ups(&w.networking.contacts, today)
    });
    let said = RwSignal::new(None::<String>);
    // Up to 300 contacts may be waiting: each list draws 25 at a time, like any long list.
    let overdue =
        Memo::new(move |_| due.with(|d| d.overdue.iter().map(|x| x.contact).collect::<Vec<_>>()));
    let this_week =
        Memo::new(move |_| due.with(|d| d.this_week.iter().map(|x| x.contact).collect::<Vec<_>>()));
    let (overdue_window, week_window) = (ListWindow::new(overdue), ListWindow::new(this_week));
    view! {
        <section aria-labelledby="due-heading" class="card due">
            <h2 id="due-heading" tabindex="-1">"Due now"</h2>
            <p class="hint" aria-live="polite" id="due-said">{move || said.get()}</p>
            {move || due.with(|d| d.is_empty()).then(|| view! {
                <p class="empty-state">
                    "Nothing is due. When you plan to get back in touch with someone, give them a follow-up \
                     date in their card below, and it will wait for you here."
                </p>
            })}
            {move || (!overdue.with(Vec::is_empty)).then(|| view! {
                <h3 id="overdue-heading">{move || format!("Overdue ({})", overdue.with(Vec::len))}</h3>
                <ul class="due-list" aria-labelledby="overdue-heading">
                    <For each=move || overdue_window.shown() key=|id| *id children=move |id: Id| {
                        view! { <DueItem id=id due=due said=said window=overdue_window/> }
                    }/>
                </ul>
                <ShowMore window=overdue_window id="overdue-shown" noun=("follow-up", "follow-ups") focus=|id| format!("#due-{id}-done")/>
            })}
            {move || (!this_week.with(Vec::is_empty)).then(|| view! {
                <h3 id="week-heading">"This week"</h3>
                <ul class="due-list" aria-labelledby="week-heading">
                    <For each=move || week_window.shown() key=|id| *id children=move |id: Id| {
                        view! { <DueItem id=id due=due said=said window=week_window/> }
                    }/>
                </ul>
                <ShowMore window=week_window id="week-shown" noun=("follow-up", "follow-ups") focus=|id| format!("#due-{id}-done")/>
            })}
        </section>
    }
}

#[component]
fn DueItem(
    id: Id,
    due: ReadSignal<DueFollowUps>,
    said: RwSignal<Option<String>>,
    window: ListWindow,
) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let found = move || {
        due.with(|d| {
            d.overdue
                .iter()
                .chain(&d.this_week)
                .find(|x| x.contact == id)
                .copied()
        })
    };
    // Read again when the list changes: a follow-up moved within its list keeps its row.
    let item = move || {
        found().unwrap_or(DueFollowUp {
            contact: id,
            day: today,
            days_late: 0,
        })
    };
    let name = live.select_record(Part::Contacts, id, move |w| {
        w.networking
            .contact(id)
            .map(display_name)
            .unwrap_or_default()
    });
    let when = move || {
        let item = item();
        if item.days_late > 0 {
            format!(
                ", was due {}, {} ago",
                long_date(item.day),
                count(item.days_late as usize, "day", "days")
            )
        } else if item.day == today {
            ", due today".to_string()
        } else {
            format!(", due {}", long_date(item.day))
        }
    };
    let moving = RwSignal::new(false);
    let p = format!("due-{id}");
    let done = move |_| {
        let who = name.get_untracked();
        if live.try_dispatch(NetworkingEdit::FollowUpDone { contact: id, today }) {
            said.set(Some(format!(
                "Done: a conversation with {who} is logged today. Open their card to add notes."
            )));
            request_animation_frame(|| focus_first("#due-heading"));
        }
    };
    view! {
        <li class="due-item" class:overdue=move || { item().days_late > 0 } on:focusin=move |_| window.pin(id)>
            <p class="due-what"><strong>{move || name.get()}</strong>{when}</p>
            <div class="actions">
                <button type="button" id=format!("{p}-done") class="primary" on:click=done
                    aria-label=move || format!("Done: followed up with {}", name.get())>"Done"</button>
                <button type="button" id=format!("{p}-move") aria-expanded=move || moving.get().to_string()
                    on:click=move |_| {
                        moving.update(|m| *m = !*m);
                        if moving.get_untracked() {
                            let selector = format!("#due-{id}-new-date");
                            request_animation_frame(move || focus_first(&selector));
                        }
                    }>"Move to…"</button>
                <button type="button" class="quiet" id=format!("{p}-open") on:click=move |_| open_card(id)
                    aria-label=move || format!("Open the card of {}", name.get())>"Open card"</button>
            </div>
            {move || moving.get().then(|| view! {
                <Fields>
                    <DateField id=format!("due-{id}-new-date") label="New date" value=Signal::derive(move || Some(item().day))
                        refusal=Callback::new(move |day: Option<chrono::NaiveDate>| match day {
                            None => Some("Choose the new date, or press Done if you have followed up.".to_string()),
                            Some(day) => live.with(|w| follow_up_problem(&w.networking.interactions, id, day)).map(|p| p.message()),
                        })
                        on_change=Callback::new(move |day| {
                            let who = name.get_untracked();
                            live.dispatch(NetworkingEdit::SetFollowUp(id, day));
                            if let Some(day) = day {
                                said.set(Some(format!("Follow-up with {who} moved to {}.", long_date(day))));
                            }
                            request_animation_frame(|| focus_first("#due-heading"));
                        })/>
                </Fields>
            })}
        </li>
    }
}

/// Opens a contact's card and moves the focus to it. (A `#contact-…` link would change the address,
/// which names the page.) A card not drawn yet (past the first 25) is drawn once its list shows it.
fn open_card(id: Id) {
    if let Some(card) = document().get_element_by_id(&format!("contact-{id}")) {
        let _ = card.set_attribute("open", "");
        let selector = format!("#contact-{id} > summary");
        request_animation_frame(move || focus_first(&selector));
    }
}
