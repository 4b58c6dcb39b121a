//! The stage pages whose code is a part of its own: the browser fetches a page's part the first time
//! the page is opened, so the first visit downloads only the shell, the Start page and the store.
//! `tools/build-wasm.mjs` cuts the wasm at each `wasm_split` point below; without that step (native
//! tests, the browser tests) the functions are called directly.

use std::time::Duration;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use super::pages::{
    ApplyingPage, ClosingPage, CoachPage, DataPage, DeeperPage, ExplorationPage, NetworkingPage,
    PlanPage, PrintPage,
};
use super::route::Route;

/// A page's part could not be fetched: the device went offline, or the app was updated on the server
/// since this page was loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartNotLoaded;

impl From<SplitLoaderError> for PartNotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        PartNotLoaded
    }
}

#[wasm_split(exploration, wasm_split_path = ::leptos::wasm_split, preload(preload_exploration), fallible)]
fn exploration_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <ExplorationPage/> }.into_any())
}

#[wasm_split(deeper, wasm_split_path = ::leptos::wasm_split, preload(preload_deeper), fallible)]
fn deeper_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <DeeperPage/> }.into_any())
}

#[wasm_split(networking, wasm_split_path = ::leptos::wasm_split, preload(preload_networking), fallible)]
fn networking_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <NetworkingPage/> }.into_any())
}

#[wasm_split(applying, wasm_split_path = ::leptos::wasm_split, preload(preload_applying), fallible)]
fn applying_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <ApplyingPage/> }.into_any())
}

#[wasm_split(closing, wasm_split_path = ::leptos::wasm_split, preload(preload_closing), fallible)]
fn closing_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <ClosingPage/> }.into_any())
}

#[wasm_split(plan, wasm_split_path = ::leptos::wasm_split, preload(preload_plan), fallible)]
fn plan_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <PlanPage/> }.into_any())
}

#[wasm_split(print, wasm_split_path = ::leptos::wasm_split, preload(preload_print), fallible)]
fn print_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <PrintPage/> }.into_any())
}

#[wasm_split(coach, wasm_split_path = ::leptos::wasm_split, preload(preload_coach), fallible)]
fn coach_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <CoachPage/> }.into_any())
}

#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, preload(preload_data), fallible)]
fn data_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <DataPage/> }.into_any())
}

/// Loads the page's part if it is not loaded yet, then draws the page.
async fn load_page(route: Route) -> Result<AnyView, PartNotLoaded> {
    match route {
        Route::Exploration => exploration_page().await,
        Route::Deeper => deeper_page().await,
        Route::Networking => networking_page().await,
        Route::Applying => applying_page().await,
        Route::Closing => closing_page().await,
        Route::Plan => plan_page().await,
        Route::Coach => coach_page().await,
        Route::Data => data_page().await,
        // The review space draws a snapshot as the printable summary draws a workbook: one part.
        Route::Print | Route::Review => print_page().await,
        _ => Err(PartNotLoaded),
    }
}

/// Fetches the page's part without drawing it, so that opening the page later is instant.
async fn preload(route: Route) -> Result<(), PartNotLoaded> {
    match route {
        Route::Exploration => preload_exploration().await?,
        Route::Deeper => preload_deeper().await?,
        Route::Networking => preload_networking().await?,
        Route::Applying => preload_applying().await?,
        Route::Closing => preload_closing().await?,
        Route::Plan => preload_plan().await?,
        Route::Coach => preload_coach().await?,
        Route::Data => preload_data().await?,
        Route::Print | Route::Review => preload_print().await?,
        _ => {}
    }
    Ok(())
}

/// Once `route`'s page is on screen, fetches the part of the next page of the program while the
/// browser is idle (or after two seconds where it cannot say when it is idle), so moving on is
/// instant. A failed fetch is left for the page itself to retry and explain when it is opened.
pub fn fetch_ahead(route: Route) {
    let Some(next) = route.next_lazy() else {
        return;
    };
    let fetch = move || {
        leptos::task::spawn_local(async move {
            let _ = preload(next).await;
        })
    };
    if request_idle_callback_with_handle(fetch).is_err() {
        set_timeout(fetch, Duration::from_secs(2));
    }
}

/// A page whose part is loaded when it is first opened. While it loads, the page says so; once the
/// page is there (or its part could not be fetched), `shown` names it, which moves the title and focus,
/// unless the person has gone elsewhere in the meantime (`address` is the route the address names).
#[component]
pub fn PartPage(
    route: Route,
    address: RwSignal<Route>,
    shown: RwSignal<Option<Route>>,
) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    view! {
        <Suspense fallback=move || view! {
            <p class="part-loading" role="status">{format!("Opening {}…", route.title())}</p>
        }>
            {move || {
                attempt.track();
                Suspend::new(async move {
                    let page = load_page(route).await;
                    if address.get_untracked() == route {
                        shown.set(Some(route));
                    }
                    match page {
                        Ok(page) => page,
                        Err(PartNotLoaded) => view! { <PartFailed route=route attempt=attempt/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// What a person sees when a page's part could not be fetched: what happened, that nothing is lost,
/// and a way to try again.
#[component]
fn PartFailed(route: Route, attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <article class="page">
            <h1 tabindex="-1">{route.title()}</h1>
            <div class="banner banner-error" role="alert">
                <p>
                    "This page could not be loaded. Are you offline? If Waypoint was just updated, reloading \
                     the page brings the new version. Your workbook is safe: nothing in it has changed."
                </p>
                <p>
                    <button type="button" id="part-retry" on:click=move |_| attempt.update(|n| *n += 1)>
                        "Try again"
                    </button>
                </p>
            </div>
        </article>
    }
}
