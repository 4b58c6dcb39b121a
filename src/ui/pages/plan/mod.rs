//! Plan and accountability: the action plan's steps under each goal (P1), if–then plans (P2) and
//! check-ins (P3) and the calendar file (P5), under an overview of where things stand (P4). One
//! file per section; the page lays them out.

mod calendar;
mod check_ins;
mod if_thens;
mod overview;
mod steps;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::exploration::goals::Goal;
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::route::Route;
use calendar::CalendarSection;
use check_ins::CheckInsSection;
use if_thens::IfThensSection;
use overview::OverviewSection;
use steps::StepsSection;

/// Today on this device, read once when the page is drawn.
#[derive(Clone, Copy)]
struct Today(NaiveDate);

/// A goal's words in a few words, for headings and choices.
fn goal_name(goal: &Goal, number: usize) -> String {
    let text = goal.text.trim();
    if text.is_empty() {
        format!("Goal {number} (not written yet)")
    } else {
        crate::model::base::clip_chars(text, 90)
    }
}

/// What the plan's links can point to, by id and name: read once for the whole page rather than in
/// every step.
#[derive(Clone, Copy)]
struct Earlier {
    goals: ReadSignal<Vec<(Id, String)>>,
    options: ReadSignal<Vec<(Id, String)>>,
    contacts: ReadSignal<Vec<(Id, String)>>,
    applications: ReadSignal<Vec<(Id, String)>>,
}

impl Earlier {
    fn provide(live: LiveWorkbook) -> Self {
        let named = |t: &str, fallback: &str| {
            if t.trim().is_empty() {
                fallback.to_string()
            } else {
                t.trim().to_string()
            }
        };
        let goals = live.select_in(&[Part::Goals], move |w| {
            w.exploration
                .goals
                .iter()
                .enumerate()
                .map(|(i, g)| (g.id, goal_name(g, i + 1)))
                .collect::<Vec<_>>()
        });
        let options = live.select_in(&[Part::Options], move |w| {
            w.deeper
                .options
                .iter()
                .map(|o| (o.id, named(&o.title, "Untitled option")))
                .collect::<Vec<_>>()
        });
        let contacts = live.select_in(&[Part::Contacts], move |w| {
            w.networking
                .contacts
                .iter()
                .map(|c| (c.id, named(&c.name, "Unnamed contact")))
                .collect::<Vec<_>>()
        });
        let applications = live.select_in(&[Part::Applications], move |w| {
            w.applying
                .applications
                .iter()
                .map(|a| (a.id, a.name()))
                .collect::<Vec<_>>()
        });
        let earlier = Earlier {
            goals,
            options,
            contacts,
            applications,
        };
        provide_context(earlier);
        earlier
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    provide_context(Today(chrono::Local::now().date_naive()));
    Earlier::provide(live);
    view! {
        <article class="page">
            <p class="stage-number"><a class="print-link" href=Route::Plan.print_href()>"Print the plan"</a></p>
            <h1 tabindex="-1">"Plan"</h1>
            <p class="purpose">
                "Keep yourself accountable. Break your goals into small, dated steps, decide in advance what \
                 you will do when something gets in the way, and check in on your chosen rhythm to see what \
                 is moving."
            </p>
            <OverviewSection/>
            <StepsSection/>
            <IfThensSection/>
            <CheckInsSection/>
            <CalendarSection/>
        </article>
    }
}
