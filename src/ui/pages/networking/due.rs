//! What is due (N2): overdue follow-ups first, the longest waiting at the top, then this week's. Each
//! has a one-step "Done" (which logs a conversation today) and "Move to" a new date.

use leptos::prelude::*;

use crate::model::networking::conversations::{due_follow_ups, follow_up_problem, DueFollowUp};
use crate::model::networking::NetworkingEdit;
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::{count, long_date};
use crate::ui::widgets::{DateField, Fields};

use super::{display_name, Today};

#[component]
pub fn DueSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let due = live.select_in(&[Part::Contacts], move |w| due_follow_ups(&w.networking.contacts, today));
    let said = RwSignal::new(None::<String>);
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
            {move || (!due.with(|d| d.overdue.is_empty())).then(|| view! {
                <h3 id="overdue-heading">{move || format!("Overdue ({})", due.with(|d| d.overdue.len()))}</h3>
                <ul class="due-list" aria-labelledby="overdue-heading">
                    <For each=move || due.with(|d| d.overdue.clone()) key=|d| (d.contact, d.day) let:item>
                        <DueItem item=item said=said/>
                    </For>
                </ul>
            })}
            {move || (!due.with(|d| d.this_week.is_empty())).then(|| view! {
                <h3 id="week-heading">"This week"</h3>
                <ul class="due-list" aria-labelledby="week-heading">
                    <For each=move || due.with(|d| d.this_week.clone()) key=|d| (d.contact, d.day) let:item>
                        <DueItem item=item said=said/>
                    </For>
                </ul>
            })}
        </section>
    }
}

#[component]
fn DueItem(item: DueFollowUp, said: RwSignal<Option<String>>) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = expect_context::<Today>().0;
    let id: Id = item.contact;
    let name = live.select_record(Part::Contacts, id, move |w| w.networking.contact(id).map(display_name).unwrap_or_default());
    let when = if item.days_late > 0 {
        format!("was due {}, {} ago", long_date(item.day), count(item.days_late as usize, "day", "days"))
    } else if item.day == today {
        "due today".to_string()
    } else {
        format!("due {}", long_date(item.day))
    };
    let moving = RwSignal::new(false);
    let p = format!("due-{id}");
    let done = move |_| {
        let who = name.get_untracked();
        if live.try_dispatch(NetworkingEdit::FollowUpDone { contact: id, today }) {
            said.set(Some(format!("Done: a conversation with {who} is logged today. Open their card to add notes.")));
            request_animation_frame(|| focus_first("#due-heading"));
        }
    };
    view! {
        <li class="due-item" class:overdue={item.days_late > 0}>
            <p class="due-what"><strong>{move || name.get()}</strong>{format!(", {when}")}</p>
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
                    <DateField id=format!("due-{id}-new-date") label="New date" value=Signal::derive(move || Some(item.day))
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
