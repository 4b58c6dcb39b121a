//! The board: a column per open status, and the closed ones below in four smaller drop zones. A card
//! moves by pointer drag (through `widgets::BoardDrag`) or by its "Move to" menu, both through
//! `Moves::move_to`, so a move is announced and undoable whichever way it was made.

use leptos::prelude::*;

use crate::model::applying::applications::column;
use crate::model::applying::AppStatus;
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::{count, short_date};
use crate::ui::widgets::{BoardDrag, BoardGhost, ListWindow, ShowMore};

use super::{Moves, Today};

#[component]
pub fn Board() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let moves = expect_context::<Moves>();
    let drag = BoardDrag::new(Callback::new(move |(app, key): (Id, String)| {
        if let Some(to) = AppStatus::from_key(&key) {
            moves.move_to(app, to, Some(format!("#app-{app}-open")));
        }
    }));
    provide_context(drag);
    let name = Callback::new(move |id: Id| {
        live.with(|w| {
            w.applying
                .application(id)
                .map(|a| a.name())
                .unwrap_or_default()
        })
    });
    view! {
        <p class="hint" id="board-keys">
            "Drag a card by its handle to another column, or use its “Move to” button."
        </p>
        <div class="board" id="board">
            {AppStatus::OPEN.into_iter().map(|status| view! { <Column status=status/> }).collect_view()}
        </div>
        <div class="board-closed" role="group" aria-labelledby="closed-heading">
            <h3 id="closed-heading">"Closed"</h3>
            <div class="board closed">
                {AppStatus::CLOSED.into_iter().map(|status| view! { <Column status=status/> }).collect_view()}
            </div>
        </div>
        <BoardGhost drag=drag name=name/>
    }
}

#[component]
fn Column(status: AppStatus) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let drag = expect_context::<BoardDrag>();
    let ids = live.select_in(&[Part::Applications], move |w| {
        column(&w.applying.applications, status)
    });
    let window = ListWindow::new(ids);
    let heading = format!("column-{}-heading", status.key());
    let empty = move || {
        if status.is_open() {
            "Nothing here yet."
        } else {
            "None."
        }
    };
    view! {
        <section class="column" data-drop=status.key() id=format!("column-{}", status.key()) aria-labelledby=heading.clone()
            class:over=move || drag.is_over(status.key())>
            <h3 id=heading.clone() class="column-heading">
                {status.label()}
                <span class="pile-count">{move || format!(" ({})", ids.with(Vec::len))}</span>
            </h3>
            {move || ids.with(Vec::is_empty).then(|| view! { <p class="hint column-empty">{empty()}</p> })}
            <ul class="column-cards" aria-labelledby=format!("column-{}-heading", status.key())>
                <For each=move || window.shown() key=|id| *id children=move |id: Id| view! { <BoardCard id=id window=window/> }/>
            </ul>
            <ShowMore window=window id=format!("column-{}-shown", status.key()) noun=("card", "cards") focus=|id| format!("#app-{id}-open")/>
        </section>
    }
}

#[component]
fn BoardCard(id: Id, window: ListWindow) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let drag = expect_context::<BoardDrag>();
    let moves = expect_context::<Moves>();
    let today = expect_context::<Today>().0;
    let card = live.select_record(Part::Applications, id, move |w| {
        w.applying
            .application(id)
            .map(|a| {
                (
                    a.name(),
                    a.status,
                    a.next_on,
                    a.next_step.trim().to_string(),
                    a.days_in_status(today),
                )
            })
            .unwrap_or_default()
    });
    let menu = RwSignal::new(false);
    let name = move || card.with(|c| c.0.clone());
    let toggle_menu = move |_| {
        let open = !menu.get_untracked();
        menu.set(open);
        if open {
            request_animation_frame(move || focus_first(&format!("#app-{id}-menu button")));
        }
    };
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu.get_untracked() {
            ev.prevent_default();
            menu.set(false);
            focus_first(&format!("#app-{id}-move"));
        }
    };
    view! {
        <li class="board-card" id=format!("app-{id}") class:dragging=move || drag.is_dragging(id)
            on:focusin=move |_| window.pin(id)
            on:keydown=close_on_escape
            on:pointerdown=move |ev| drag.down(id, &ev)
            on:pointermove=move |ev| drag.moved(&ev)
            on:pointerup=move |ev| { drag.up(&ev); }
            on:pointercancel=move |_| drag.cancel()>
            <div class="board-card-top">
                <span class="drag-handle" id=format!("app-{id}-handle") aria-hidden="true" title="Drag to another column">"⠿"</span>
                <button type="button" class="link-button" id=format!("app-{id}-open") aria-haspopup="dialog"
                    on:click=move |_| moves.opened.set(Some(id))>{name}</button>
            </div>
            {move || card.with(|c| {
                let waiting = c.4.filter(|d| *d > 0 && c.1.is_open()).map(|d| format!("{} in {}", count(d as usize, "day", "days"), c.1.label().to_lowercase()));
                waiting.map(|w| view! { <p class="muted card-line">{w}</p> })
            })}
            {move || card.with(|c| c.2.filter(|_| c.1.is_open()).map(|day| {
                let late = day < today;
                let what = if c.3.is_empty() { "Next step".to_string() } else { c.3.clone() };
                view! { <p class="card-line" class:overdue=late>{format!("{what}: {}", short_date(day))}</p> }
            }))}
            <button type="button" class="quiet move-button" id=format!("app-{id}-move") aria-expanded=move || if menu.get() { "true" } else { "false" }
                aria-label=move || format!("Move {} to…", name()) on:click=toggle_menu>"Move to…"</button>
            {move || menu.get().then(|| {
                let here = card.with(|c| c.1);
                view! {
                    <div class="move-menu" id=format!("app-{id}-menu") role="group" aria-label=format!("Move {} to", name())>
                        {AppStatus::ALL.into_iter().filter(|s| *s != here).map(|s| view! {
                            <button type="button" class="quiet" id=format!("app-{id}-to-{}", s.key()) on:click=move |_| {
                                menu.set(false);
                                moves.move_to(id, s, Some(format!("#app-{id}-open")));
                            }>{s.label()}</button>
                        }).collect_view()}
                    </div>
                }
            })}
        </li>
    }
}
