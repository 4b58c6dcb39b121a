//! D6, the printable summary: the whole workbook (`#/print`) or one stage (`#/print/closing`), read
//! only, as the person wrote it, with the name and the day on it. Empty sections are left out; the
//! navigation, the buttons and the fields' boxes are not printed (`@media print` in the stylesheet),
//! and a record or a table row is never split across pages. One file per stage.

mod applying;
mod closing;
mod coach;
mod deeper;
mod exploration;
mod networking;
mod plan;
mod review;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::Workbook;
use crate::store::LiveWorkbook;
use crate::ui::format::long_date;
use crate::ui::route::{print_scope, Route};

/// A piece of the summary, or nothing when what it shows is empty.
type Piece = Option<AnyView>;

/// A question or a heading with the person's words under it; nothing when they wrote nothing.
fn answer(label: &str, text: &str) -> Piece {
    let text = text.trim();
    (!text.is_empty()).then(|| {
        let (label, text) = (label.to_string(), text.to_string());
        view! { <div class="print-answer"><h4>{label}</h4><p>{text}</p></div> }.into_any()
    })
}

/// "Label: value" on one line; nothing without a value.
fn fact(label: &str, value: Option<String>) -> Piece {
    let value = value.filter(|v| !v.trim().is_empty())?;
    let label = label.to_string();
    Some(view! { <p class="print-fact"><strong>{label}": "</strong>{value}</p> }.into_any())
}

/// A list of lines; nothing when there are none.
fn lines(items: Vec<String>) -> Piece {
    let items: Vec<String> = items.into_iter().filter(|i| !i.trim().is_empty()).collect();
    (!items.is_empty()).then(|| view! { <ul class="print-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any())
}

/// A record (an option, a contact, an offer) kept whole on one page; nothing when all of it is empty.
fn record(title: String, pieces: Vec<Piece>) -> Piece {
    let pieces: Vec<AnyView> = pieces.into_iter().flatten().collect();
    (!title.trim().is_empty() || !pieces.is_empty())
        .then(|| view! { <div class="print-record"><h4>{title}</h4>{pieces}</div> }.into_any())
}

/// A section of a stage, with its heading; nothing when every piece is empty.
fn part(title: &'static str, pieces: Vec<Piece>) -> Piece {
    let pieces: Vec<AnyView> = pieces.into_iter().flatten().collect();
    (!pieces.is_empty()).then(|| {
        view! { <section class="print-part"><h3>{title}</h3>{pieces}</section> }.into_any()
    })
}

/// A stage, with its heading; nothing when none of its sections has anything.
fn stage(route: Route, parts: Vec<Piece>) -> Piece {
    let parts: Vec<AnyView> = parts.into_iter().flatten().collect();
    (!parts.is_empty()).then(|| {
        let id = format!(
            "print-{}",
            route.title().to_ascii_lowercase().replace(' ', "-")
        );
        view! { <section class="print-stage" id=id><h2>{route.title()}</h2>{parts}</section> }
            .into_any()
    })
}

fn day(d: Option<NaiveDate>) -> Option<String> {
    d.map(long_date)
}

fn of_ten(value: Option<u8>, max: u8) -> Option<String> {
    value.map(|v| format!("{v} of {max}"))
}

/// The stages of the summary, in the program's order, each with what prints it.
fn stages(w: &Workbook, today: NaiveDate) -> [(Route, Piece); 7] {
    [
        (Route::Exploration, exploration::section(w)),
        (Route::Deeper, deeper::section(w)),
        (Route::Networking, networking::section(w)),
        (Route::Applying, applying::section(w)),
        (Route::Closing, closing::section(w, today)),
        (Route::Plan, plan::section(w)),
        (Route::Coach, coach::section(w)),
    ]
}

fn current_scope() -> Option<Route> {
    print_scope(&window().location().hash().unwrap_or_default())
}

#[component]
pub fn PrintPage() -> impl IntoView {
    // The review space is drawn by this part too: it shows a snapshot as this page shows a workbook.
    if Route::parse(&window().location().hash().unwrap_or_default()) == Route::Review {
        return view! { <review::ReviewPage/> }.into_any();
    }
    let live = expect_context::<LiveWorkbook>();
    let today = chrono::Local::now().date_naive();
    // `#/print` and `#/print/closing` are one page: going from one to the other changes what it shows.
    let scope = RwSignal::new(current_scope());
    let listener =
        window_event_listener(leptos::ev::hashchange, move |_| scope.set(current_scope()));
    on_cleanup(move || listener.remove());
    // A snapshot: the summary is read once, as it stands when the page opens.
    let workbook = live.with(Workbook::clone);
    let name = workbook.profile.name.trim().to_string();
    let start = workbook
        .profile
        .started_on
        .map(|d| format!("Program started {}. ", long_date(d)))
        .unwrap_or_default();
    let summary = move || {
        let scope = scope.get();
        let title = match (name.is_empty(), scope) {
            (true, None) => "Your workbook".to_string(),
            (false, None) => format!("{name}’s workbook"),
            (true, Some(stage)) => format!("{}, from your workbook", stage.title()),
            (false, Some(stage)) => format!("{}, from {name}’s workbook", stage.title()),
        };
        let shown: Vec<AnyView> = stages(&workbook, today)
            .into_iter()
            .filter(|(route, _)| scope.is_none_or(|s| s == *route))
            .filter_map(|(_, piece)| piece)
            .collect();
        let empty = shown.is_empty();
        let back = scope.unwrap_or(Route::Data);
        view! {
            <div class="print-tools">
                <button type="button" id="print-now" class="primary" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
                <a href=back.href()>{format!("Back to {}", back.title())}</a>
                <p class="hint">"In the print window, choose “Save as PDF” to keep a copy as a file. Empty sections are left out."</p>
            </div>
            <header class="print-head">
                <h1 tabindex="-1">{title}</h1>
                <p>{format!("{start}Printed on {}.", long_date(today))}</p>
            </header>
            {empty.then(|| view! { <p class="empty-state" id="print-empty">"Nothing is written here yet, so there is nothing to print."</p> })}
            {shown}
        }
    };
    view! { <article class="page print-page">{summary}</article> }.into_any()
}
