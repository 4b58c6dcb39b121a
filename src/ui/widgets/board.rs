//! The drag of a board: cards moved between columns by pointer (mouse, pen, touch), with a ghost
//! that follows the pointer, the column under it marked as the drop target, and the window scrolled
//! when the pointer nears its top or bottom edge (at phone width the columns stand one under another).
//! The page draws the columns and cards and decides what a drop means; the keyboard and menu way to
//! move a card is the page's too, so both end in the same edit.
//!
//! Pointer capture keeps the events on the card once it is dragged, and WebDriver's pointer actions
//! drive it as a person would. On touch a drag starts from the card's handle (`touch-action: none`),
//! so a finger elsewhere on a card still scrolls the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::Id;

/// How far (in CSS pixels) the pointer travels before a press becomes a drag rather than a click.
const DRAG_THRESHOLD: i32 = 6;
/// Within this distance of the window's top or bottom edge, a drag scrolls the window.
const EDGE: i32 = 48;

#[derive(Clone, Debug, PartialEq)]
struct Drag {
    card: Id,
    start: (i32, i32),
    at: (i32, i32),
    moving: bool,
}

#[derive(Clone, Copy)]
pub struct BoardDrag {
    drag: RwSignal<Option<Drag>>,
    over: RwSignal<Option<String>>,
    on_drop: Callback<(Id, String)>,
}

/// The column (its `data-drop` key) under a point; the ghost ignores the pointer, so this finds
/// what is below it.
fn column_at(x: i32, y: i32) -> Option<String> {
    let element = document().element_from_point(x as f32, y as f32)?;
    element
        .closest("[data-drop]")
        .ok()
        .flatten()?
        .get_attribute("data-drop")
}

impl BoardDrag {
    /// `on_drop` gets the card and the key of the column it was let go over.
    pub fn new(on_drop: Callback<(Id, String)>) -> Self {
        BoardDrag {
            drag: RwSignal::new(None),
            over: RwSignal::new(None),
            on_drop,
        }
    }

    /// Whether `column` is the one under the dragged card.
    pub fn is_over(&self, column: &str) -> bool {
        self.over.with(|o| o.as_deref() == Some(column))
    }

    pub fn is_dragging(&self, card: Id) -> bool {
        self.drag
            .with(|d| d.as_ref().is_some_and(|d| d.moving && d.card == card))
    }

    /// The card being dragged, once the press has become a drag.
    pub fn dragged(&self) -> Option<Id> {
        self.drag
            .with(|d| d.as_ref().filter(|d| d.moving).map(|d| d.card))
    }

    pub fn down(&self, card: Id, ev: &leptos::ev::PointerEvent) {
        if ev.button() != 0 {
            return;
        }
        let at = (ev.client_x(), ev.client_y());
        self.drag.set(Some(Drag {
            card,
            start: at,
            at,
            moving: false,
        }));
    }

    /// A press on a handle that does nothing else (a plan step's): it takes the pointer at once, so
    /// a drag that leaves the handle before it counts as one still follows.
    pub fn grab(&self, card: Id, ev: &leptos::ev::PointerEvent) {
        if ev.button() == 0 {
            take_pointer(ev);
        }
        self.down(card, ev);
    }

    pub fn moved(&self, ev: &leptos::ev::PointerEvent) {
        if self.drag.with_untracked(Option::is_none) {
            return;
        }
        let at = (ev.client_x(), ev.client_y());
        let (mut moving, mut began) = (false, false);
        self.drag.update(|drag| {
            if let Some(drag) = drag {
                drag.at = at;
                let (dx, dy) = (at.0 - drag.start.0, at.1 - drag.start.1);
                began = !drag.moving && (dx.abs() > DRAG_THRESHOLD || dy.abs() > DRAG_THRESHOLD);
                drag.moving |= began;
                moving = drag.moving;
            }
        });
        // The card takes the pointer only once the press is a drag: a plain click still reaches the
        // button under it, and the click after a drag lands on the card, not on a button.
        if began {
            take_pointer(ev);
        }
        if moving {
            ev.prevent_default();
            let over = column_at(at.0, at.1);
            if self.over.with_untracked(|o| *o != over) {
                self.over.set(over);
            }
            scroll_near_edge(at.1);
        }
    }

    /// Ends a press: a drag drops the card where it was let go. Says whether it was a drag, so that
    /// the click that follows a drag can be ignored.
    pub fn up(&self, ev: &leptos::ev::PointerEvent) -> bool {
        let Some(drag) = self.drag.get_untracked() else {
            return false;
        };
        self.drag.set(None);
        self.over.set(None);
        if drag.moving {
            if let Some(column) = column_at(ev.client_x(), ev.client_y()) {
                self.on_drop.run((drag.card, column));
            }
        }
        drag.moving
    }

    pub fn cancel(&self) {
        self.drag.set(None);
        self.over.set(None);
    }

    /// Where the ghost is drawn, while a drag is under way.
    fn ghost_at(&self) -> Option<(Id, (i32, i32))> {
        self.drag
            .with(|d| d.as_ref().filter(|d| d.moving).map(|d| (d.card, d.at)))
    }
}

/// Keeps the pointer's events on the element that listens for them until it is let go.
fn take_pointer(ev: &leptos::ev::PointerEvent) {
    if let Some(target) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = target.set_pointer_capture(ev.pointer_id());
    }
}

fn scroll_near_edge(y: i32) {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0) as i32;
    let step = if y < EDGE {
        -(EDGE - y).min(EDGE) / 2
    } else if height > 0 && y > height - EDGE {
        (y - (height - EDGE)).min(EDGE) / 2
    } else {
        0
    };
    if step != 0 {
        window().scroll_by_with_x_and_y(0.0, f64::from(step));
    }
}

/// The card following the pointer while it is dragged, named by `name`.
#[component]
pub fn BoardGhost(drag: BoardDrag, #[prop(into)] name: Callback<Id, String>) -> impl IntoView {
    move || {
        let (card, at) = drag.ghost_at()?;
        Some(view! {
            <div class="drag-ghost" aria-hidden="true" style=format!("left: {}px; top: {}px;", at.0, at.1)>{name.run(card)}</div>
        })
    }
}
