//! Lists that can grow long (a plan of 500 steps, 200 parked "buts") are drawn a page at a time.
//! Every record drawn costs each key press anywhere on the page: the browser's autofill reads every
//! `<label>` of the document, and every frame lays out, paints and composites every record near the
//! screen. At 2 MB a full plan drew 500 steps; drawing the first 25 took the main thread's work per
//! key press there from about 7.3 to 5 ms, and a frame's start to its pixels on screen from 6–7 to
//! about 5 ms (side-by-side traces of the same build with and without).

use std::collections::HashSet;

use leptos::prelude::*;

use crate::model::Id;
use crate::ui::dom::focus_first;
use crate::ui::format::count;

/// How many records a long list draws at first, and how many more each "Show more" adds.
pub const PAGE: usize = 25;

/// The page of a list inside a record (an option's tests and risks): the record's other fields sit
/// beside it, and a person has a few of these, not dozens.
pub const SHORT_PAGE: usize = 5;

/// The records of `ids` to draw: the first `limit`, and wherever they fall, the `pinned` ones (added,
/// put back or worked on during this visit, so a record never vanishes under the person's hands).
pub fn shown_ids(ids: &[Id], limit: usize, pinned: &HashSet<Id>) -> Vec<Id> {
    ids.iter()
        .enumerate()
        .filter(|(at, id)| *at < limit || pinned.contains(id))
        .map(|(_, id)| *id)
        .collect()
}

/// Which records of one list are drawn. Make it in the component that draws the list; draw
/// `shown()` in the keyed `<For>`, call `pin` when a record takes focus, and put a [`ShowMore`]
/// after the list.
#[derive(Clone, Copy)]
pub struct ListWindow {
    ids: Signal<Vec<Id>>,
    page: usize,
    limit: RwSignal<usize>,
    pinned: StoredValue<HashSet<Id>>,
    /// Tells `shown` that `pinned` grew.
    pins: Trigger,
    shown: Memo<Vec<Id>>,
}

impl ListWindow {
    /// A window on `ids` drawing [`PAGE`] records at first.
    pub fn new(ids: impl Into<Signal<Vec<Id>>>) -> Self {
        Self::paged(ids, PAGE)
    }

    /// A window on `ids` drawing `page` records at first, and `page` more at each "Show more".
    pub fn paged(ids: impl Into<Signal<Vec<Id>>>, page: usize) -> Self {
        let ids: Signal<Vec<Id>> = ids.into();
        let limit = RwSignal::new(page);
        let pinned = StoredValue::new(HashSet::new());
        let pins = Trigger::new();
        // The ids seen so far: one that appears later was added or put back, and is pinned at once
        // (in the same reading, so it is drawn with the list); one that leaves is forgotten, so that
        // putting it back pins it.
        let known = StoredValue::new(
            ids.with_untracked(|ids| ids.iter().copied().collect::<HashSet<Id>>()),
        );
        let shown = Memo::new(move |_| {
            pins.track();
            ids.with(|ids| {
                let now: HashSet<Id> = ids.iter().copied().collect();
                known.update_value(|known| {
                    pinned.update_value(|pinned| pinned.extend(now.difference(known).copied()));
                    *known = now;
                });
                pinned.with_value(|pinned| shown_ids(ids, limit.get(), pinned))
            })
        });
        Self {
            ids,
            page,
            limit,
            pinned,
            pins,
            shown,
        }
    }

    /// The ids to draw, in the list's order.
    pub fn shown(&self) -> Vec<Id> {
        self.shown.get()
    }

    /// Keeps `id` drawn for the rest of the visit (it has focus: a move or a new date may carry it
    /// past the records drawn).
    pub fn pin(&self, id: Id) {
        if self.pinned.try_update_value(|pinned| pinned.insert(id)) == Some(true) {
            self.pins.notify();
        }
    }
}

/// Under a long list: how many of its records are drawn, and buttons to draw the next page or all
/// of them. After "Show more", focus moves to the first record it drew (`focus` gives the CSS
/// selector of a record's first field). Nothing shows while the whole list is drawn.
#[component]
pub fn ShowMore(
    window: ListWindow,
    /// The id of the paragraph, for its buttons' ids (`{id}-more`, `{id}-all`).
    #[prop(into)]
    id: String,
    /// The record, one and many: ("step", "steps").
    noun: (&'static str, &'static str),
    focus: fn(Id) -> String,
) -> impl IntoView {
    let hidden = Memo::new(move |_| {
        window
            .ids
            .with(Vec::len)
            .saturating_sub(window.shown.with(Vec::len))
    });
    let show = move |more: usize| {
        let first_new = window.ids.with_untracked(|ids| {
            window
                .shown
                .with_untracked(|shown| ids.iter().find(|id| !shown.contains(id)).copied())
        });
        window
            .limit
            .update(|limit| *limit = limit.saturating_add(more));
        if let Some(first) = first_new {
            let selector = focus(first);
            request_animation_frame(move || focus_first(&selector));
        }
    };
    move || {
        let hidden = hidden.get();
        (hidden > 0).then(|| {
            let total = window.ids.with_untracked(Vec::len);
            view! {
                <p class="show-more" id=id.clone()>
                    <span>{format!("Showing {} of {}.", total - hidden, count(total, noun.0, noun.1))}</span>
                    " "
                    <button type="button" id=format!("{id}-more") on:click=move |_| show(window.page)>
                        {format!("Show {} more", hidden.min(window.page))}
                    </button>
                    " "
                    <button type="button" class="quiet" id=format!("{id}-all") on:click=move |_| show(usize::MAX)>
                        {format!("Show all {total}")}
                    </button>
                </p>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: u32) -> Vec<Id> {
        (1..=n).map(Id).collect()
    }

    #[test]
    fn draws_the_first_page_and_the_pinned_wherever_they_fall() {
        let pinned: HashSet<Id> = [Id(40), Id(3)].into();
        let shown = shown_ids(&ids(50), PAGE, &pinned);
        assert_eq!(
            shown.len(),
            PAGE + 1,
            "the first page, and the one pinned past it"
        );
        assert_eq!(shown[..PAGE], ids(PAGE as u32)[..]);
        assert_eq!(shown[PAGE], Id(40), "in the list's order");
        assert_eq!(
            shown_ids(&ids(10), PAGE, &HashSet::new()),
            ids(10),
            "a short list is drawn whole"
        );
        assert_eq!(
            shown_ids(&ids(60), usize::MAX, &HashSet::new()).len(),
            60,
            "show all"
        );
    }
}
