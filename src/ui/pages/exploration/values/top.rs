//! The top values: chosen from the "always" pile, put in order, and reflected on.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::base::Direction;
use crate::model::exploration::values::{Pile, ReflectionField, ValuesEdit, MAX_TOP, MIN_TOP};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::count;
use crate::ui::widgets::{Fields, LongAnswer};

/// Ranking the "always" pile into a top list, and a reflection on each top value.
#[component]
pub(super) fn TopValues() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let top = live.select_in(&[Part::Values], move |w| w.exploration.values.top.clone());
    // The model's rule for a full top list, read once per change of the list.
    let full = live.select_in(&[Part::Values], move |w| w.exploration.values.top_refusal());
    let reorder = TopDrag {
        card: RwSignal::new(None),
        over: RwSignal::new(None),
    };
    // The always-valued cards not yet in the top list: read from the sort, never a copy of all of it.
    let candidates = live.select_in(&[Part::Values], |w| {
        let v = &w.exploration.values;
        v.in_pile(Pile::Always)
            .into_iter()
            .filter(|k| !v.top.contains(k))
            .filter_map(|k| v.card(&k))
            .collect::<Vec<_>>()
    });
    let status = move || {
        let n = top.with(Vec::len);
        match n {
            0 => String::new(),
            n if n < MIN_TOP => format!(
                "{} so far. Five to ten gives a clear picture.",
                count(n, "top value", "top values")
            ),
            n => format!("{} chosen.", count(n, "top value", "top values")),
        }
    };
    view! {
        <div class="top-values">
            <h3 id="top-heading">"Your top values"</h3>
            <p class="hint">
                {format!("From your “always valued” pile, choose the {MIN_TOP} to {MAX_TOP} that matter most, and put them in order.")}
            </p>
            {move || {
                let list = candidates.get();
                if list.is_empty() && top.with(Vec::is_empty) {
                    return Some(view! { <p class="empty-state">"Sort some cards into “always valued” first."</p> }.into_any());
                }
                (!list.is_empty()).then(|| view! {
                    <ul class="chips candidates" aria-label="Always valued, not yet in your top list">
                        {list.into_iter().map(|card| {
                            let key = card.key.clone();
                            let full = full.with(Option::is_some);
                            let described = full.then_some("top-full");
                            view! {
                                <li>
                                    <button type="button" class="chip-button" disabled=full aria-describedby=described
                                        aria-label=format!("Add {} to your top values", card.name)
                                        on:click=move |_| {
                                            live.dispatch(ValuesEdit::AddToTop(key.clone()));
                                            // The chip is gone; the next one (or the top list) takes the focus.
                                            request_animation_frame(|| {
                                                focus_first(".candidates .chip-button:not([disabled]), .top-list li:last-child .top-head")
                                            });
                                        }>
                                        {format!("+ {}", card.name)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any())
            }}
            <p class="hint full-note" id="top-full" aria-live="polite">
                {move || full.get().map(|refused| refused.message())}
            </p>
            <p class="progress" aria-live="polite">{status}</p>
            <ol class="top-list" aria-labelledby="top-heading">
                <For
                    each=move || top.get()
                    key=|k| k.clone()
                    children=move |key: String| view! { <TopValue card=key top=top reorder=reorder/> }
                />
            </ol>
        </div>
    }
}

/// Reordering the top list by pointer: the handle is pressed, the list place under the pointer is
/// highlighted, and the value lands there when let go.
#[derive(Clone, Copy)]
struct TopDrag {
    card: RwSignal<Option<String>>,
    over: RwSignal<Option<usize>>,
}

fn top_place_at(x: i32, y: i32) -> Option<usize> {
    let element = document().element_from_point(x as f32, y as f32)?;
    element
        .closest("[data-top-index]")
        .ok()
        .flatten()?
        .get_attribute("data-top-index")?
        .parse()
        .ok()
}

#[component]
fn TopValue(card: String, top: ReadSignal<Vec<String>>, reorder: TopDrag) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let name = live.with(|w| {
        w.exploration
            .values
            .card(&card)
            .map(|c| c.name)
            .unwrap_or_default()
    });
    let position = Memo::new({
        let card = card.clone();
        move |_| top.with(|t| t.iter().position(|k| *k == card))
    });
    let (k1, k2, k3, k4, k5, k6) = (
        card.clone(),
        card.clone(),
        card.clone(),
        card.clone(),
        card.clone(),
        card.clone(),
    );
    let reflection = move |f: fn(&crate::model::exploration::values::ValueReflection) -> String| {
        let key = k1.clone();
        live.select_in(&[Part::Values], move |w| {
            w.exploration
                .values
                .reflection(&key)
                .map(f)
                .unwrap_or_default()
        })
    };
    let honoured = live.select_in(&[Part::Values], move |w| {
        w.exploration
            .values
            .reflection(&k2)
            .and_then(|r| r.honoured)
    });
    let id = format!("top-{card}");
    let move_by = move |direction: Direction| {
        live.dispatch(ValuesEdit::MoveInTop(k3.clone(), direction));
        let target = format!("#top-{}-item", k3);
        request_animation_frame(move || focus_first(&target));
    };
    let move_up = move_by.clone();
    let k7 = card.clone();
    view! {
        <li
            class="top-item"
            data-top-index=move || position.get().map(|p| p.to_string())
            class:over=move || reorder.over.get().is_some() && reorder.over.get() == position.get()
        >
            <div
                class="top-head"
                id=format!("{id}-item")
                tabindex="0"
                aria-label=move || format!("{}: number {} of your top values. Alt and arrow keys move it.", name, position.get().map_or(0, |p| p + 1))
                on:keydown=move |ev| {
                    let direction = match ev.key().as_str() {
                        "ArrowUp" if ev.alt_key() => Some(Direction::Up),
                        "ArrowDown" if ev.alt_key() => Some(Direction::Down),
                        _ => None,
                    };
                    if let Some(direction) = direction {
                        ev.prevent_default();
                        move_by(direction);
                    }
                }
            >
                <span
                    class="drag-handle"
                    aria-hidden="true"
                    title="Drag to reorder"
                    on:pointerdown=move |ev| {
                        if ev.button() != 0 { return; }
                        if let Some(target) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                            let _ = target.set_pointer_capture(ev.pointer_id());
                        }
                        reorder.card.set(Some(k7.clone()));
                    }
                    on:pointermove=move |ev| {
                        if reorder.card.with_untracked(Option::is_some) {
                            ev.prevent_default();
                            reorder.over.set(top_place_at(ev.client_x(), ev.client_y()));
                        }
                    }
                    on:pointerup=move |ev| {
                        let dragged = reorder.card.get_untracked();
                        reorder.card.set(None);
                        reorder.over.set(None);
                        if let (Some(card), Some(to)) = (dragged, top_place_at(ev.client_x(), ev.client_y())) {
                            live.dispatch(ValuesEdit::MoveInTopTo(card, to));
                        }
                    }
                    on:pointercancel=move |_| { reorder.card.set(None); reorder.over.set(None); }
                >"⠿"</span>
                <span class="top-rank" aria-hidden="true">{move || position.get().map_or(0, |p| p + 1)}</span>
                <span class="top-name">{name.clone()}</span>
                <span class="top-buttons">
                    <button type="button" class="quiet" aria-label=format!("Move {name} up") disabled=move || position.get() == Some(0) on:click=move |_| move_up(Direction::Up)>"↑"</button>
                    <button type="button" class="quiet" aria-label=format!("Move {name} down") disabled=move || position.get().map(|p| p + 1) == Some(top.with(Vec::len)) on:click={
                        let k = k4.clone();
                        move |_| {
                            live.dispatch(ValuesEdit::MoveInTop(k.clone(), Direction::Down));
                        }
                    }>"↓"</button>
                    <button type="button" class="quiet" aria-label=format!("Take {name} out of your top values")
                        on:click=move |_| live.dispatch(ValuesEdit::RemoveFromTop(k5.clone()))>"Take out"</button>
                </span>
            </div>
            <div class="top-reflection"><Fields>
                <LongAnswer
                    id=format!("{id}-why")
                    label="Why does it matter to you?"
                    value=reflection(|r| r.why.clone())
                    on_input=Callback::new({
                        let k = k6.clone();
                        move |text| live.dispatch(ValuesEdit::SetReflection(k.clone(), ReflectionField::Why, text))
                    })
                    rows=2
                />
                <div class="field">
                    <label for=format!("{id}-honoured")>"How well does your work today honour it? (1: not at all, 10: fully)"</label>
                    <select id=format!("{id}-honoured") on:change={
                        let k = k6.clone();
                        move |ev| live.dispatch(ValuesEdit::SetHonoured(k.clone(), event_target_value(&ev).parse().ok()))
                    }>
                        <option value="" selected=move || honoured.get().is_none()>"Not rated"</option>
                        {(1..=10u8).map(|n| view! { <option value=n.to_string() selected=move || honoured.get() == Some(n)>{n}</option> }).collect_view()}
                    </select>
                </div>
                <LongAnswer
                    id=format!("{id}-job")
                    label="What would a job that honours it look like?"
                    value=reflection(|r| r.aligned_job.clone())
                    on_input=Callback::new({
                        let k = k6.clone();
                        move |text| live.dispatch(ValuesEdit::SetReflection(k.clone(), ReflectionField::AlignedJob, text))
                    })
                    rows=2
                />
            </Fields></div>
        </li>
    }
}
