//! The shell: header with the save state, navigation, notices, and the current page.

use leptos::prelude::*;

use super::dom::{focus_first, settled, GREETING_DELAY};
use super::pages::{NotFoundPage, StartPage};
use super::parts::{fetch_ahead, PartPage};
use super::program_link::{IncomingProgram, IncomingSnapshot};
use super::route::{Route, STAGES};
use super::widgets::{
    ExportNudge, ExportReminderBar, NoticeList, ParkBut, SaveIndicator, Undo, UndoBar, UpdateNotice,
};
use super::workbooks::{OpenWorkbooks, WorkbookName};
use crate::model::menu::stages_in_view;
use crate::model::{Part, Workbook};
use crate::store::live::mark;
use crate::store::{LiveWorkbook, SaveStatus};

fn current_route(live: LiveWorkbook) -> Route {
    let started = live.with(Workbook::program_under_way);
    Route::parse_home(&window().location().hash().unwrap_or_default(), started)
}

#[component]
pub fn App() -> impl IntoView {
    // The workbook this tab works on, among the browser's (D5), is chosen before it is loaded.
    let (open, store) = OpenWorkbooks::choose();
    let live = LiveWorkbook::start(store);
    provide_context(live);
    Undo::provide(live);
    ExportNudge::provide(live);

    // A program link is read and taken off the address before any page is chosen.
    let incoming = IncomingProgram::provide();
    incoming.take_from_address();
    let snapshot = IncomingSnapshot::provide();
    snapshot.take_from_address();
    let route = RwSignal::new(current_route(live));
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        incoming.take_from_address();
        snapshot.take_from_address();
        // A link opened on the Coaching page leaves the route as it was: the page stays.
        let next = current_route(live);
        if route.get_untracked() != next {
            route.set(next);
        }
    });

    // The page on screen: the route's page once it is there (a stage page's part may still be loading).
    let shown = RwSignal::new(None::<Route>);
    Effect::new(move |_| {
        let current = route.get();
        if !current.loads_lazily() {
            shown.set(Some(current));
        }
    });

    // Once a page is on screen, name it in the window title and, after a navigation, move focus to its
    // heading, so a screen reader announces the new page (the first render leaves focus where the
    // browser put it). Not before: focus on a heading that is not there yet would be lost.
    Effect::new(move |previous: Option<Option<Route>>| {
        let current = shown.get();
        if let Some(page) = current {
            match previous.flatten() {
                // The first page of this visit is usable (the timing bench reads the mark).
                None => mark("waypoint:usable"),
                Some(previous) if previous != page => {
                    request_animation_frame(|| focus_first("main h1"))
                }
                Some(_) => {}
            }
            // With several workbooks, the window's title says which one too.
            match open.several.get_untracked() {
                true => document().set_title(&format!(
                    "{} · {} · Waypoint",
                    page.title(),
                    open.name.get_untracked()
                )),
                false => document().set_title(&format!("{} · Waypoint", page.title())),
            }
            fetch_ahead(page);
        }
        current
    });

    // Long pages draw only what is near the screen (`main.drawn-near` in style/main.css), but not at
    // once: each page is first laid out whole, so the browser remembers every section's and record's
    // height, and a part it skips later keeps its true height. Without that, scrolling back up through
    // parts never drawn made the page jump under the pointer as their guessed heights were corrected.
    let drawn_near = RwSignal::new(false);
    Effect::new(move |_| {
        shown.track();
        drawn_near.set(false);
        request_animation_frame(move || request_animation_frame(move || drawn_near.set(true)));
    });

    let greeting = settled(
        live.select_in(&[Part::Profile], |workbook| {
            let name = workbook.profile.name.trim();
            (!name.is_empty()).then(|| format!("Hello, {name}"))
        }),
        GREETING_DELAY,
    );

    // The stages a coach's program leaves out, tucked away in the menu: one class each on the list
    // (style/main.css hides their items, never the page open). Re-read after any edit, since what
    // the person writes in a stage lists it again; without such a program the read stops at once.
    let tucked = live.select_in(&Part::ALL, |w| {
        STAGES
            .iter()
            .zip(stages_in_view(w))
            .filter(|(_, shown)| !shown)
            .map(|(stage, _)| format!("tuck-{} ", stage.slug()))
            .collect::<String>()
    });
    let more = RwSignal::new(false);

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            // The fragment holds the route, so skip to the content without changing it.
            ev.prevent_default();
            focus_first("#main");
        }>"Skip to content"</a>
        <header class="app-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Waypoint"
            </a>
            <WorkbookName/>
            <span class="greeting">{greeting}</span>
            <SaveIndicator/>
            <ParkBut route=route/>
        </header>
        <nav class="stage-nav" aria-label="Stages">
            <ol class=move || format!("{}{}", tucked.get(), if more.get() { "showing-all" } else { "" })>
                {Route::NAV
                    .into_iter()
                    .map(|target| {
                        view! {
                            <li class=format!("nav-{}", target.slug())>
                                <a href=target.href() aria-current=move || (route.get() == target).then_some("page")>
                                    {target.title()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
                <MoreStages tucked=tucked more=more/>
            </ol>
        </nav>
        <SaveProblem/>
        <UpdateNotice/>
        <NoticeList/>
        <ExportReminderBar/>
        <main id="main" tabindex="-1" class:drawn-near=move || drawn_near.get()>
            {move || match route.get() {
                Route::Start => view! { <StartPage/> }.into_any(),
                page if page.loads_lazily() => view! { <PartPage route=page address=route shown=shown/> }.into_any(),
                // Every other page of the navigation loads as a part.
                _ => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <UndoBar/>
        <footer class="app-footer">
            <p>
                "Waypoint keeps everything on this device. It is a workbook, not therapy and not a \
                 recruitment service."
            </p>
        </footer>
    }
}

/// The button that lists the stages a coach's program tucked away, or tucks them away again; there
/// only while some are (style/main.css).
#[component]
fn MoreStages(tucked: ReadSignal<String>, more: RwSignal<bool>) -> impl IntoView {
    view! {
        <li class="nav-more">
            <button type="button" id="nav-more" aria-expanded=move || if more.get() { "true" } else { "false" } on:click=move |_| more.update(|m| *m = !*m)>
                {move || match more.get() {
                    true => "Fewer stages".to_string(),
                    false => format!("More stages ({})", tucked.with(|classes| classes.matches("tuck-").count())),
                }}
            </button>
        </li>
    }
}

/// A save that failed, or saving that is switched off, is said plainly under the header.
#[component]
fn SaveProblem() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let nudge = expect_context::<ExportNudge>();
    let exported = RwSignal::new(None::<String>);
    // The workbook on screen is whole, saved or not: one press keeps a copy of it as a file.
    move || {
        let (error, working) = match live.status() {
            SaveStatus::Failed(error) => (error, "You can go on working: what you write stays on this page and is saved as soon as saving works again. An export keeps all of it now."),
            SaveStatus::Off(error) => (error, "You can go on working on this page; an export keeps all of it."),
            _ => return None,
        };
        Some(view! {
            <div class="banner banner-error" role="alert" id="save-problem">
                <p>{error.to_string()}</p>
                <p>{working}</p>
                <button type="button" id="save-problem-export" on:click=move |_| exported.set(Some(nudge.export()))>"Export a copy now"</button>
                <p role="status">{move || exported.get()}</p>
            </div>
        })
    }
}
