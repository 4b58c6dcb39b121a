//! The card sort itself: the current card, the five piles, filed cards and the drag ghost.
//!
//! Three ways to move a card, all ending in the same `ValuesEdit::Place`:
//! - keyboard: focus a card and press 1–5 (a pile), 0 (back to the stack), or arrows (the next pile);
//! - tap: the current card has a button per pile; a filed card opens a small "move to" menu;
//! - pointer drag (mouse, pen, touch): pointer events with capture, so WebDriver drives it too.
//! Each move is announced in a live region, and the last moves can be undone.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::base::Direction;
use crate::model::exploration::values::{CardMove, Pile, ValuesEdit, ValuesSort};
use crate::model::Part;
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;

/// Where a dragged card may land: a pile, or back on the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DropZone {
    Stack,
    Pile(Pile),
}

impl DropZone {
    fn from_key(key: &str) -> Option<Self> {
        if key == "stack" {
            return Some(DropZone::Stack);
        }
        Pile::ALL
            .into_iter()
            .find(|p| p.key() == key)
            .map(DropZone::Pile)
    }

    fn pile(self) -> Option<Pile> {
        match self {
            DropZone::Stack => None,
            DropZone::Pile(pile) => Some(pile),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Drag {
    card: String,
    start: (i32, i32),
    at: (i32, i32),
    /// Becomes true once the pointer has moved far enough to mean a drag rather than a tap.
    moving: bool,
}

/// How far (in CSS pixels) the pointer must travel before a press becomes a drag.
const DRAG_THRESHOLD: i32 = 6;

fn card_element_id(key: &str) -> String {
    format!("card-{key}")
}

/// The drop zone under a point, found through the element there (the ghost ignores the pointer).
fn zone_at(x: i32, y: i32) -> Option<DropZone> {
    let element = document().element_from_point(x as f32, y as f32)?;
    let zone = element.closest("[data-drop]").ok().flatten()?;
    DropZone::from_key(&zone.get_attribute("data-drop")?)
}

#[derive(Clone, Copy)]
pub(super) struct SortState {
    live: LiveWorkbook,
    /// The moves made on this visit, newest last, for "undo last move".
    pub(super) moves: RwSignal<Vec<CardMove>>,
    pub(super) said: RwSignal<String>,
    drag: RwSignal<Option<Drag>>,
    over: RwSignal<Option<DropZone>>,
    menu_for: RwSignal<Option<String>>,
}

impl SortState {
    pub(super) fn new(live: LiveWorkbook) -> Self {
        SortState {
            live,
            moves: RwSignal::new(Vec::new()),
            said: RwSignal::new(String::new()),
            drag: RwSignal::new(None),
            over: RwSignal::new(None),
            menu_for: RwSignal::new(None),
        }
    }

    /// Reads the sort now (for event handlers; tracked only where a caller tracks).
    pub(super) fn values<R>(&self, read: impl FnOnce(&ValuesSort) -> R) -> R {
        self.live.with(|w| read(&w.exploration.values))
    }

    /// A memo of part of the sort, re-run only after an edit of the sort.
    pub(super) fn select<T>(
        &self,
        read: impl Fn(&ValuesSort) -> T + Send + Sync + 'static,
    ) -> ReadSignal<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        self.live
            .select_in(&[Part::Values], move |w| read(&w.exploration.values))
    }

    /// Moves a card, remembers the move, says what happened, and keeps the keyboard focus with the
    /// card (or, for a card from the stack, on the next card to sort).
    fn place(&self, card: &str, pile: Option<Pile>) {
        let from_stack = self.values(|v| v.pile_of(card).is_none());
        let Some(planned) = self.values(|v| v.move_of(card, pile)) else {
            return;
        };
        self.live.dispatch(ValuesEdit::Place {
            card: card.to_string(),
            pile,
        });
        self.moves.update(|moves| moves.push(planned));
        self.menu_for.set(None);
        let name = self.values(|v| v.card(card).map(|c| c.name).unwrap_or_default());
        let (sorted, total) = self.values(ValuesSort::progress);
        let place = pile.map_or_else(
            || "back on the stack".to_string(),
            |p| format!("to {}", p.label().to_lowercase()),
        );
        self.said
            .set(format!("{name} moved {place}. {sorted} of {total} sorted."));
        // A card from the stack leaves focus where it was (the current card, or the pile button just
        // pressed); a filed card is re-drawn in its new pile, so focus follows it there.
        if !from_stack {
            let target = format!("#{}", card_element_id(card));
            request_animation_frame(move || focus_first(&target));
        }
    }

    pub(super) fn undo_last(&self) {
        let Some(last) = self.moves.with_untracked(|m| m.last().cloned()) else {
            return;
        };
        self.moves.update(|m| {
            m.pop();
        });
        self.live.dispatch(last.reverse());
        let name = self.values(|v| v.card(&last.card).map(|c| c.name).unwrap_or_default());
        self.said
            .set(format!("Undone: {name} is back where it was."));
    }

    /// Keys on a card: 1–5 file it, 0 or Backspace send it back to the stack, arrows step it along.
    fn on_card_key(&self, card: &str, ev: &leptos::ev::KeyboardEvent) {
        let key = ev.key();
        let current = self.values(|v| v.pile_of(card));
        let pile = match key.as_str() {
            "1" | "2" | "3" | "4" | "5" => Some(Pile::from_number(key.as_bytes()[0] - b'0')),
            "0" | "Backspace" | "Delete" if current.is_some() => Some(None),
            "ArrowLeft" | "ArrowUp" if current.is_some() => {
                current.and_then(|p| p.step(Direction::Up)).map(Some)
            }
            "ArrowRight" | "ArrowDown" => match current {
                Some(p) => p.step(Direction::Down).map(Some),
                None => None,
            },
            "Escape" => {
                self.menu_for.set(None);
                None
            }
            _ => None,
        };
        if let Some(pile) = pile {
            ev.prevent_default();
            self.place(card, pile);
        }
    }

    fn pointer_down(&self, card: &str, ev: &leptos::ev::PointerEvent) {
        if ev.button() != 0 {
            return;
        }
        if let Some(target) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = target.set_pointer_capture(ev.pointer_id());
        }
        let at = (ev.client_x(), ev.client_y());
        self.drag.set(Some(Drag {
            card: card.to_string(),
            start: at,
            at,
            moving: false,
        }));
    }

    fn pointer_move(&self, ev: &leptos::ev::PointerEvent) {
        let at = (ev.client_x(), ev.client_y());
        let mut zone = None;
        self.drag.update(|drag| {
            if let Some(drag) = drag {
                drag.at = at;
                let (dx, dy) = (at.0 - drag.start.0, at.1 - drag.start.1);
                drag.moving |= dx.abs() > DRAG_THRESHOLD || dy.abs() > DRAG_THRESHOLD;
                if drag.moving {
                    zone = zone_at(at.0, at.1);
                }
            }
        });
        if self
            .drag
            .with_untracked(|d| d.as_ref().is_some_and(|d| d.moving))
        {
            ev.prevent_default();
            self.over.set(zone);
        }
    }

    /// Ends a press: a drag lands the card where it was let go; a tap opens the card's menu.
    fn pointer_up(&self, ev: &leptos::ev::PointerEvent) {
        let Some(drag) = self.drag.get_untracked() else {
            return;
        };
        self.drag.set(None);
        self.over.set(None);
        if drag.moving {
            if let Some(zone) = zone_at(ev.client_x(), ev.client_y()) {
                self.place(&drag.card, zone.pile());
            }
        } else if self.values(|v| v.pile_of(&drag.card).is_some()) {
            let open = self.menu_for.get_untracked().as_deref() != Some(drag.card.as_str());
            self.menu_for.set(open.then(|| drag.card.clone()));
        }
    }

    fn pointer_cancel(&self) {
        self.drag.set(None);
        self.over.set(None);
    }
}

/// The next card on the stack, large, with a button per pile. The card element stays in place while
/// its content changes, so keyboard focus stays on it from one card to the next.
#[component]
pub(super) fn CurrentCard(state: SortState) -> impl IntoView {
    let current = state.select(|v| v.unsorted().first().and_then(|k| v.card(k)));
    let key = move || current.with(|c| c.as_ref().map(|c| c.key.clone()));
    let remaining = state.select(|v| v.unsorted().len());
    let remaining = move || remaining.get();
    let dragging = move || {
        state.drag.with(|d| {
            d.as_ref()
                .is_some_and(|d| d.moving && Some(&d.card) == key().as_ref())
        })
    };
    let label = move || match current.get() {
        Some(card) => format!("{}: {}", card.name, card.line),
        None => "Every card is sorted.".to_string(),
    };
    view! {
        <div class="stack" data-drop="stack" class:over=move || state.over.get() == Some(DropZone::Stack)>
            <div
                id="current-card"
                class="value-card current-card"
                class:done=move || current.with(Option::is_none)
                class:dragging=dragging
                tabindex="0"
                role="group"
                aria-roledescription="value card"
                aria-label=label
                aria-describedby="sort-keys"
                data-card=key
                on:keydown=move |ev| if let Some(k) = key() { state.on_card_key(&k, &ev) }
                on:pointerdown=move |ev| if let Some(k) = key() { state.pointer_down(&k, &ev) }
                on:pointermove=move |ev| state.pointer_move(&ev)
                on:pointerup=move |ev| state.pointer_up(&ev)
                on:pointercancel=move |_| state.pointer_cancel()
            >
                {move || match current.get() {
                    Some(card) => view! {
                        <p class="card-name">{card.name}</p>
                        <p class="card-line">{card.line}</p>
                        {card.custom.then(|| view! { <p class="card-tag">"Your own card"</p> })}
                    }.into_any(),
                    None => view! {
                        <p>"Every card is sorted. Move any card between piles if it feels wrong, then keep the sort."</p>
                    }.into_any(),
                }}
            </div>
            <p class="stack-count">{move || match remaining() {
                0 => String::new(),
                n => format!("{n} still to sort"),
            }}</p>
            <div class="pile-buttons" role="group" aria-label=move || current.get().map(|c| format!("File {} as", c.name)).unwrap_or_default()
                hidden=move || current.with(Option::is_none)>
                {Pile::ALL.into_iter().map(|pile| view! {
                    <button type="button" class="pile-button" data-pile=pile.key() on:click=move |_| {
                        if let Some(k) = key() { state.place(&k, Some(pile)) }
                    }>
                        <span class="pile-number" aria-hidden="true">{pile.number()}</span>
                        {pile.label()}
                    </button>
                }).collect_view()}
            </div>
        </div>
    }
}

#[component]
pub(super) fn PileView(state: SortState, pile: Pile) -> impl IntoView {
    let cards = state.select(move |v| v.in_pile(pile));
    let heading_id = format!("pile-{}-heading", pile.key());
    view! {
        <div
            class="pile"
            data-drop=pile.key()
            id=format!("pile-{}", pile.key())
            class:over=move || state.over.get() == Some(DropZone::Pile(pile))
        >
            <h3 id=heading_id.clone()>
                {pile.label()}
                <span class="pile-count">{move || format!(" ({})", cards.with(Vec::len))}</span>
            </h3>
            <ul class="pile-cards" aria-labelledby=heading_id>
                <For
                    each=move || cards.get()
                    key=|k| k.clone()
                    children=move |key: String| view! { <FiledCard state=state card=key/> }
                />
            </ul>
        </div>
    }
}

/// A card in a pile: focusable, keyboard-movable, draggable, and a tap opens its menu.
#[component]
fn FiledCard(state: SortState, card: String) -> impl IntoView {
    let name = state.values(|v| v.card(&card).map(|c| c.name).unwrap_or_default());
    let pile = state.live.select_in(&[Part::Values], {
        let card = card.clone();
        move |w| w.exploration.values.pile_of(&card)
    });
    let menu_open = Signal::derive({
        let card = card.clone();
        move || state.menu_for.with(|m| m.as_deref() == Some(card.as_str()))
    });
    let dragging = Signal::derive({
        let card = card.clone();
        move || {
            state
                .drag
                .with(|d| d.as_ref().is_some_and(|d| d.moving && d.card == card))
        }
    });
    let (k1, k2, k3) = (card.clone(), card.clone(), card.clone());
    let label = {
        let name = name.clone();
        move || {
            format!(
                "{name}, {}",
                pile.get()
                    .map(|p| p.label().to_lowercase())
                    .unwrap_or_default()
            )
        }
    };
    view! {
        <li class="filed">
            <div
                id=card_element_id(&card)
                class="value-card chip-card"
                class:dragging=dragging
                tabindex="0"
                role="button"
                aria-roledescription="value card"
                aria-label=label
                aria-describedby="sort-keys"
                aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                data-card=card.clone()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        let open = state.menu_for.get_untracked().as_deref() != Some(k1.as_str());
                        state.menu_for.set(open.then(|| k1.clone()));
                        if open {
                            let first = format!("#{} + .move-menu button", card_element_id(&k1));
                            request_animation_frame(move || focus_first(&first));
                        }
                    } else {
                        state.on_card_key(&k1, &ev);
                    }
                }
                on:pointerdown=move |ev| state.pointer_down(&k2, &ev)
                on:pointermove=move |ev| state.pointer_move(&ev)
                on:pointerup=move |ev| state.pointer_up(&ev)
                on:pointercancel=move |_| state.pointer_cancel()
            >{name.clone()}</div>
            {move || menu_open.get().then(|| {
                let here = pile.get();
                let k = k3.clone();
                view! {
                    <div class="move-menu" role="group" aria-label=format!("Move {name} to")>
                        {Pile::ALL.into_iter().filter(|p| Some(*p) != here).map(|p| {
                            let k = k.clone();
                            view! { <button type="button" class="quiet" on:click=move |_| state.place(&k, Some(p))>{p.label()}</button> }
                        }).collect_view()}
                        <button type="button" class="quiet" on:click={
                            let k = k.clone();
                            move |_| state.place(&k, None)
                        }>"Back to the stack"</button>
                    </div>
                }
            })}
        </li>
    }
}

/// The card following the pointer while it is dragged. It ignores the pointer, so the zone below it
/// can be found.
#[component]
pub(super) fn DragGhost(state: SortState) -> impl IntoView {
    move || {
        let drag = state.drag.get().filter(|d| d.moving)?;
        let name = state.values(|v| v.card(&drag.card).map(|c| c.name).unwrap_or_default());
        Some(view! {
            <div class="drag-ghost" aria-hidden="true" style=format!("left: {}px; top: {}px;", drag.at.0, drag.at.1)>
                {name}
            </div>
        })
    }
}
