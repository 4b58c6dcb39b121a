//! E4, the values card sort, as a section of the Exploration page.
//!
//! Three ways to move a card, all ending in the same `ValuesEdit::Place`:
//! - keyboard: focus a card and press 1–5 (a pile), 0 (back to the stack), or arrows (the next pile);
//! - tap: the current card has a button per pile; a filed card opens a small "move to" menu;
//! - pointer drag (mouse, pen, touch): pointer events with capture, so WebDriver drives it too.
//! Each move is announced in a live region, and the last moves can be undone.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::base::Direction;
use crate::model::exploration::values::{
    CardMove, Pile, ReflectionField, ValuesEdit, ValuesSort, MAX_CARD_LINE_CHARS, MAX_CARD_NAME_CHARS,
    MAX_TOP, MIN_TOP,
};
use crate::model::exploration;
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::format::{count, short_date};
use crate::ui::widgets::{AddForm, Bar, BarChart, LongAnswer, NameField, Undo};

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
        Pile::ALL.into_iter().find(|p| p.key() == key).map(DropZone::Pile)
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
struct SortState {
    live: LiveWorkbook,
    /// The moves made on this visit, newest last, for "undo last move".
    moves: RwSignal<Vec<CardMove>>,
    said: RwSignal<String>,
    drag: RwSignal<Option<Drag>>,
    over: RwSignal<Option<DropZone>>,
    menu_for: RwSignal<Option<String>>,
}

impl SortState {
    fn values<R>(&self, read: impl FnOnce(&ValuesSort) -> R) -> R {
        self.live.with(|w| read(&w.exploration.values))
    }

    /// Moves a card, remembers the move, says what happened, and keeps the keyboard focus with the
    /// card (or, for a card from the stack, on the next card to sort).
    fn place(&self, card: &str, pile: Option<Pile>) {
        let from_stack = self.values(|v| v.pile_of(card).is_none());
        let Some(planned) = self.values(|v| v.move_of(card, pile)) else { return };
        self.live.dispatch(ValuesEdit::Place { card: card.to_string(), pile });
        self.moves.update(|moves| moves.push(planned));
        self.menu_for.set(None);
        let name = self.values(|v| v.card(card).map(|c| c.name).unwrap_or_default());
        let (sorted, total) = self.values(ValuesSort::progress);
        let place = pile.map_or_else(|| "back on the stack".to_string(), |p| format!("to {}", p.label().to_lowercase()));
        self.said.set(format!("{name} moved {place}. {sorted} of {total} sorted."));
        // A card from the stack leaves focus where it was (the current card, or the pile button just
        // pressed); a filed card is re-drawn in its new pile, so focus follows it there.
        if !from_stack {
            let target = format!("#{}", card_element_id(card));
            request_animation_frame(move || focus_first(&target));
        }
    }

    fn undo_last(&self) {
        let Some(last) = self.moves.with_untracked(|m| m.last().cloned()) else { return };
        self.moves.update(|m| {
            m.pop();
        });
        self.live.dispatch(last.reverse());
        let name = self.values(|v| v.card(&last.card).map(|c| c.name).unwrap_or_default());
        self.said.set(format!("Undone: {name} is back where it was."));
    }

    /// Keys on a card: 1–5 file it, 0 or Backspace send it back to the stack, arrows step it along.
    fn on_card_key(&self, card: &str, ev: &leptos::ev::KeyboardEvent) {
        let key = ev.key();
        let current = self.values(|v| v.pile_of(card));
        let pile = match key.as_str() {
            "1" | "2" | "3" | "4" | "5" => Some(Pile::from_number(key.as_bytes()[0] - b'0')),
            "0" | "Backspace" | "Delete" if current.is_some() => Some(None),
            "ArrowLeft" | "ArrowUp" if current.is_some() => current.and_then(|p| p.step(Direction::Up)).map(Some),
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
        if let Some(target) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = target.set_pointer_capture(ev.pointer_id());
        }
        let at = (ev.client_x(), ev.client_y());
        self.drag.set(Some(Drag { card: card.to_string(), start: at, at, moving: false }));
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
        if self.drag.with_untracked(|d| d.as_ref().is_some_and(|d| d.moving)) {
            ev.prevent_default();
            self.over.set(zone);
        }
    }

    /// Ends a press: a drag lands the card where it was let go; a tap opens the card's menu.
    fn pointer_up(&self, ev: &leptos::ev::PointerEvent) {
        let Some(drag) = self.drag.get_untracked() else { return };
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

#[component]
pub fn ValuesSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let state = SortState {
        live,
        moves: RwSignal::new(Vec::new()),
        said: RwSignal::new(String::new()),
        drag: RwSignal::new(None),
        over: RwSignal::new(None),
        menu_for: RwSignal::new(None),
    };
    let progress = Memo::new(move |_| state.values(ValuesSort::progress));
    let complete = move || progress.with(|(s, t)| s == t);

    view! {
        <section aria-labelledby="values-heading" class="card values">
            <h2 id="values-heading" tabindex="-1">"Your values" <super::overview::SectionStatus section=crate::model::exploration::Section::Values/></h2>
            <p class="hint">
                "What matters to you at work? Sort each card by how much you value it, going with your \
                 first response. There are no right answers, and you can sort again later to see what \
                 has changed."
            </p>
            <div class="sort-progress">
                <label for="values-progress">
                    {move || { let (s, t) = progress.get(); format!("{s} of {t} sorted") }}
                </label>
                <progress id="values-progress" max=move || progress.get().1 value=move || progress.get().0></progress>
            </div>
            <p class="hint" id="sort-keys">
                "Keyboard: on a card, press 1 (always) to 5 (never) to file it; on a filed card, arrows move \
                 it to the next pile and 0 sends it back. Or drag cards, or tap a filed card for its menu."
            </p>
            <CurrentCard state=state/>
            <div class="piles">
                {Pile::ALL.into_iter().map(|pile| view! { <PileView state=state pile=pile/> }).collect_view()}
            </div>
            <div class="actions sort-actions">
                <button
                    type="button"
                    id="undo-move"
                    disabled=move || state.moves.with(Vec::is_empty)
                    on:click=move |_| state.undo_last()
                >"Undo last move"</button>
                <button
                    type="button"
                    id="finish-sort"
                    class="primary"
                    disabled=move || !complete()
                    on:click=move |_| {
                        let today = chrono::Local::now().date_naive();
                        live.dispatch(ValuesEdit::Finish { today });
                        state.said.set("Sort kept in your history, dated today. Now choose your top values below.".into());
                    }
                >"Keep this sort"</button>
                <button
                    type="button"
                    id="resort"
                    disabled=move || progress.with(|(s, _)| *s == 0)
                    on:click=move |_| {
                        state.moves.set(Vec::new());
                        expect_context::<Undo>().remove(exploration::Target::ValuesSort);
                    }
                >"Start a new sort"</button>
            </div>
            <p class="hint" id="last-kept">
                {move || live.with(|w| w.exploration.values.history.last().map(|s| s.taken_on)).map(|day| {
                    if day == chrono::Local::now().date_naive() {
                        "Kept today. Keeping it again today replaces today's copy in your history.".to_string()
                    } else {
                        format!("Last kept on {}.", short_date(day))
                    }
                })}
            </p>
            <p class="visually-hidden" aria-live="polite" id="sort-announce">{move || state.said.get()}</p>
            <DragGhost state=state/>
            <CustomCards/>
            <TopValues/>
            <ValuesSummary/>
            <SortHistory/>
        </section>
    }
}

/// The next card on the stack, large, with a button per pile. The card element stays in place while
/// its content changes, so keyboard focus stays on it from one card to the next.
#[component]
fn CurrentCard(state: SortState) -> impl IntoView {
    let current = Memo::new(move |_| state.values(|v| v.unsorted().first().and_then(|k| v.card(k))));
    let key = move || current.with(|c| c.as_ref().map(|c| c.key.clone()));
    let remaining = move || state.values(|v| v.unsorted().len());
    let dragging = move || {
        state.drag.with(|d| d.as_ref().is_some_and(|d| d.moving && Some(&d.card) == key().as_ref()))
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
fn PileView(state: SortState, pile: Pile) -> impl IntoView {
    let cards = Memo::new(move |_| state.values(|v| v.in_pile(pile)));
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
    let pile = Signal::derive({
        let card = card.clone();
        move || state.values(|v| v.pile_of(&card))
    });
    let menu_open = Signal::derive({
        let card = card.clone();
        move || state.menu_for.with(|m| m.as_deref() == Some(card.as_str()))
    });
    let dragging = Signal::derive({
        let card = card.clone();
        move || state.drag.with(|d| d.as_ref().is_some_and(|d| d.moving && d.card == card))
    });
    let (k1, k2, k3) = (card.clone(), card.clone(), card.clone());
    let label = {
        let name = name.clone();
        move || format!("{name}, {}", pile.get().map(|p| p.label().to_lowercase()).unwrap_or_default())
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
fn DragGhost(state: SortState) -> impl IntoView {
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

#[component]
fn CustomCards() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let undo = expect_context::<Undo>();
    let line = RwSignal::new(String::new());
    let cards = Memo::new(move |_| live.with(|w| w.exploration.values.custom.iter().map(|c| c.id).collect::<Vec<_>>()));
    let add = move |name: String| match live.with(|w| w.exploration.values.custom_refusal(&name)) {
        Some(refusal) => Some(refusal.message()),
        None => {
            live.dispatch(ValuesEdit::AddCustom { name, line: line.get_untracked() });
            line.set(String::new());
            None
        }
    };
    view! {
        <details class="custom-cards">
            <summary>"Add a value of your own"</summary>
            <p class="hint">"If something that matters to you is missing, write it on a card; it joins the stack."</p>
            <AddForm id="custom-card-name" label="Name" button="Add card" max_chars=MAX_CARD_NAME_CHARS on_add=add>
                <div class="field">
                    <label for="custom-card-line">"In one line"</label>
                    <input type="text" id="custom-card-line" maxlength=MAX_CARD_LINE_CHARS
                        prop:value=move || line.get() on:input=move |ev| line.set(event_target_value(&ev))/>
                </div>
            </AddForm>
            <ul class="custom-list">
                <For
                    each=move || cards.get()
                    key=|id| *id
                    children=move |id| {
                        let read = move || live.with(|w| w.exploration.values.custom.iter().find(|c| c.id == id).cloned().unwrap_or_default());
                        let edit = move |name: Option<String>, line: Option<String>| {
                            let card = read();
                            live.dispatch(ValuesEdit::EditCustom {
                                id,
                                name: name.unwrap_or(card.name),
                                line: line.unwrap_or(card.line),
                            });
                        };
                        let (name_id, line_id) = (format!("custom-{id}-name"), format!("custom-{id}-line"));
                        view! {
                            <li class="custom-item">
                                <NameField id=name_id label="Card name" max_chars=MAX_CARD_NAME_CHARS
                                    value=Signal::derive(move || read().name) refusal=ValuesSort::custom_rename_refusal
                                    on_change=Callback::new(move |name| edit(Some(name), None))/>
                                <div class="field">
                                    <label for=line_id.clone()>"Its line"</label>
                                    <input type="text" id=line_id maxlength=MAX_CARD_LINE_CHARS prop:value=move || read().line
                                        on:change=move |ev| edit(None, Some(event_target_value(&ev)))/>
                                </div>
                                <button type="button" class="quiet" aria-label=move || format!("Remove the card “{}”", read().name)
                                    on:click=move |_| undo.remove(exploration::Target::CustomValue(id))>"Remove"</button>
                            </li>
                        }
                    }
                />
            </ul>
        </details>
    }
}

/// Ranking the "always" pile into a top list, and a reflection on each top value.
#[component]
fn TopValues() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let values = move || live.with(|w| w.exploration.values.clone());
    let top = Memo::new(move |_| live.with(|w| w.exploration.values.top.clone()));
    let reorder = TopDrag { card: RwSignal::new(None), over: RwSignal::new(None) };
    let candidates = move || {
        let v = values();
        v.in_pile(Pile::Always).into_iter().filter(|k| !v.top.contains(k)).filter_map(|k| v.card(&k)).collect::<Vec<_>>()
    };
    let status = move || {
        let n = top.with(Vec::len);
        match n {
            0 => String::new(),
            n if n < MIN_TOP => format!("{} so far. Five to ten gives a clear picture.", count(n, "top value", "top values")),
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
                let list = candidates();
                if list.is_empty() && top.with(Vec::is_empty) {
                    return Some(view! { <p class="empty-state">"Sort some cards into “always valued” first."</p> }.into_any());
                }
                (!list.is_empty()).then(|| view! {
                    <ul class="chips candidates" aria-label="Always valued, not yet in your top list">
                        {list.into_iter().map(|card| {
                            let key = card.key.clone();
                            let full = top.with(|t| t.len() >= MAX_TOP);
                            view! {
                                <li>
                                    <button type="button" class="chip-button" disabled=full
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
    element.closest("[data-top-index]").ok().flatten()?.get_attribute("data-top-index")?.parse().ok()
}

#[component]
fn TopValue(card: String, top: Memo<Vec<String>>, reorder: TopDrag) -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let name = live.with(|w| w.exploration.values.card(&card).map(|c| c.name).unwrap_or_default());
    let position = Memo::new({
        let card = card.clone();
        move |_| top.with(|t| t.iter().position(|k| *k == card))
    });
    let (k1, k2, k3, k4, k5, k6) = (card.clone(), card.clone(), card.clone(), card.clone(), card.clone(), card.clone());
    let reflection = move |f: fn(&crate::model::exploration::values::ValueReflection) -> String| {
        let key = k1.clone();
        Signal::derive(move || live.with(|w| w.exploration.values.reflection(&key).map(f).unwrap_or_default()))
    };
    let honoured = Signal::derive(move || live.with(|w| w.exploration.values.reflection(&k2).and_then(|r| r.honoured)));
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
            <div class="top-reflection">
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
            </div>
        </li>
    }
}

/// Pile counts, and the top values with how well work honours each, as a chart.
#[component]
fn ValuesSummary() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let summary = move || {
        live.with(|w| {
            let v = &w.exploration.values;
            let counts: Vec<(Pile, usize)> = Pile::ALL.into_iter().map(|p| (p, v.in_pile(p).len())).collect();
            let top: Vec<(String, Option<u8>)> = v
                .top
                .iter()
                .filter_map(|k| v.card(k).map(|c| (c.name, v.reflection(k).and_then(|r| r.honoured))))
                .collect();
            (counts, top)
        })
    };
    move || {
        let (counts, top) = summary();
        if top.is_empty() {
            return None;
        }
        let described = top
            .iter()
            .map(|(name, h)| format!("{name}: {}", h.map_or_else(|| "not rated".to_string(), |h| format!("{h} of 10"))))
            .collect::<Vec<_>>()
            .join("; ");
        Some(view! {
            <div class="values-summary">
                <h3>"Summary"</h3>
                <p class="pile-counts">
                    {counts.into_iter().map(|(p, n)| format!("{}: {n}", p.label())).collect::<Vec<_>>().join(" · ")}
                </p>
                <BarChart name="alignment" title="How well your work honours your top values, from 1 to 10" description=described max=10
                    bars=top.into_iter().map(|(name, honoured)| Bar {
                        label: name,
                        value: honoured.map_or(0, u32::from),
                        shown: honoured.map_or_else(|| "–".to_string(), |h| h.to_string()),
                        class: "seg seg-0".to_string(),
                    }).collect()/>
            </div>
        })
    }
}

/// Finished sorts by date, and two of them side by side.
#[component]
fn SortHistory() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let history = move || live.with(|w| w.exploration.values.history.clone());
    let earlier = RwSignal::new(None::<usize>);
    let later = RwSignal::new(None::<usize>);
    move || {
        let snapshots = history();
        if snapshots.is_empty() {
            return None;
        }
        let n = snapshots.len();
        let pick = |signal: RwSignal<Option<usize>>, default: usize| signal.get().filter(|i| *i < n).unwrap_or(default);
        let (a, b) = (pick(earlier, n.saturating_sub(2)), pick(later, n - 1));
        let labels = snapshots_labels(&snapshots);
        let options = move |selected: usize| {
            labels
                .clone()
                .into_iter()
                .enumerate()
                .map(|(i, label)| view! { <option value=i.to_string() selected=i == selected>{label}</option> })
                .collect_view()
        };
        let comparison = ValuesSort::compare(&snapshots[a], &snapshots[b]);
        let list = |items: Vec<String>| {
            if items.is_empty() { "none".to_string() } else { items.join(", ") }
        };
        let moved = |items: &[(String, Pile, Pile)]| {
            items.iter().map(|(name, from, to)| format!("{name} ({} → {})", from.key(), to.key())).collect::<Vec<_>>()
        };
        Some(view! {
            <div class="sort-history">
                <h3>"Your sorts over time"</h3>
                <p class="hint">{format!("{} kept. Choose two to compare.", count(n, "sort", "sorts"))}</p>
                <div class="field-row">
                    <div class="field">
                        <label for="history-earlier">"Earlier"</label>
                        <select id="history-earlier" on:change=move |ev| earlier.set(event_target_value(&ev).parse().ok())>{options(a)}</select>
                    </div>
                    <div class="field">
                        <label for="history-later">"Later"</label>
                        <select id="history-later" on:change=move |ev| later.set(event_target_value(&ev).parse().ok())>{options(b)}</select>
                    </div>
                </div>
                <dl class="comparison" id="history-comparison">
                    <dt>"Rose"</dt><dd>{list(moved(&comparison.rose))}</dd>
                    <dt>"Fell"</dt><dd>{list(moved(&comparison.fell))}</dd>
                    <dt>"Entered your top values"</dt><dd>{list(comparison.entered_top)}</dd>
                    <dt>"Left your top values"</dt><dd>{list(comparison.left_top)}</dd>
                </dl>
            </div>
        })
    }
}

fn snapshots_labels(snapshots: &[crate::model::exploration::values::SortSnapshot]) -> Vec<String> {
    snapshots.iter().enumerate().map(|(i, s)| format!("{}. {}", i + 1, short_date(s.taken_on))).collect()
}
