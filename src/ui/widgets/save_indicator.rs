use leptos::prelude::*;

use crate::store::{LiveWorkbook, SaveStatus};

/// "Saved on this device" / "Saving…" / "Not saved" in the header.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let state = move || match live.status() {
        SaveStatus::Saved => ("saved", "Saved on this device"),
        SaveStatus::Pending => ("pending", "Saving…"),
        SaveStatus::Failed(_) => ("failed", "Not saved"),
        SaveStatus::Off(_) => ("failed", "Not saving"),
    };
    view! {
        <span class="save-indicator" data-state=move || state().0 id="save-state">
            <span class="save-dot" aria-hidden="true"></span>
            {move || state().1}
        </span>
    }
}
