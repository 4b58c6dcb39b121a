//! Undo for deletions: removing something keeps what it took away, and one button puts it back.
//! One undo at a time, shown in a bar at the foot of the window until the next removal or a dismiss.

use leptos::prelude::*;

use crate::model::{Edit, Removed, Target};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;

#[derive(Clone, Copy)]
pub struct Undo {
    live: LiveWorkbook,
    last: RwSignal<Option<Removed>>,
    /// The last press of Undo could not put the thing back (its list filled up meanwhile).
    refused: RwSignal<bool>,
}

impl Undo {
    pub fn provide(live: LiveWorkbook) -> Self {
        let undo = Self {
            live,
            last: RwSignal::new(None),
            refused: RwSignal::new(false),
        };
        provide_context(undo);
        undo
    }

    /// Removes `target` and offers to put it back. Focus moves to the Undo button, because the
    /// control that was pressed has gone with the thing it removed.
    pub fn remove(&self, target: impl Into<Target>) {
        let target = target.into();
        let Some(removed) = self.live.with(|w| w.removal_of(target)) else {
            return;
        };
        self.live.dispatch(Edit::Remove(target));
        self.refused.set(false);
        self.last.set(Some(removed));
        request_animation_frame(|| focus_first("#undo-button"));
    }

    fn undo(&self) {
        if let Some(removed) = self.last.get_untracked() {
            // The model refuses a restore that would break a limit (the list filled up since);
            // then the bar stays, says so, and Undo works again once there is room.
            let restored = self.live.try_dispatch(Edit::Restore(removed));
            self.refused.set(!restored);
            if restored {
                self.last.set(None);
            }
        }
    }
}

#[component]
pub fn UndoBar() -> impl IntoView {
    let undo = expect_context::<Undo>();
    view! {
        <div class="undo-bar" role="status" aria-live="polite">
            {move || undo.last.with(|last| last.as_ref().map(|removed| {
                let message = if undo.refused.get() {
                    format!("Could not put back {}: its list is full again. Make room, then press Undo.", removed.name())
                } else {
                    format!("Removed {}.", removed.name())
                };
                view! {
                    <div class="undo-box">
                        <p>{message}</p>
                        <button type="button" id="undo-button" class="primary" on:click=move |_| undo.undo()>
                            "Undo"
                        </button>
                        <button type="button" class="quiet" on:click=move |_| undo.last.set(None)>
                            "Dismiss"
                        </button>
                    </div>
                }
            }))}
        </div>
    }
}
