//! The page for an address that names no page: it says so, and offers the way back.

use leptos::prelude::*;

use crate::ui::route::Route;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <article class="page">
            <h1 tabindex="-1">"There is no page here"</h1>
            <p>
                "The link may be mistyped or from a newer version of Waypoint. Your workbook is unaffected. "
                <a href=Route::Start.href()>"Go to the start page"</a>
                "."
            </p>
        </article>
    }
}
