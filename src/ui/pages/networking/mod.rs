//! Stage 3, Networking: what is due first (N2), then contacts (N1) with their conversations,
//! outreach helpers (N3: drafts, questions, the ladder of first steps) and networking goals (N4).
//! One file per section; the page lays them out.

mod contacts;
mod conversations;
mod drafts;
mod due;
mod goals;
mod ladder;
mod questions;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::coach::ProgramStage;
use crate::model::networking::Contact;
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::route::Route;
use crate::ui::widgets::{CoachQuestions, StageNumber};
use contacts::ContactsSection;
use drafts::DraftsSection;
use due::DueSection;
use goals::GoalsSection;
use ladder::LadderSection;
use questions::QuestionsSection;

/// The name shown for a contact, even when it is hard to read.
fn display_name(contact: &Contact) -> String {
    match contact.name.trim() {
        "" => "Unnamed contact".to_string(),
        name => name.to_string(),
    }
}

/// Today on this device, read once when the page is drawn.
#[derive(Clone, Copy)]
struct Today(NaiveDate);

/// The career options (R1) a contact can be linked to, and the reality tests (R2) a conversation can
/// be, by id and name: read once for the whole page rather than in every contact.
#[derive(Clone, Copy)]
struct Earlier {
    options: ReadSignal<Vec<(Id, String)>>,
    tests: ReadSignal<Vec<(Id, String)>>,
}

impl Earlier {
    fn provide(live: LiveWorkbook) {
        let title = |t: &str| {
            if t.trim().is_empty() {
                "Untitled option".to_string()
            } else {
                t.trim().to_string()
            }
        };
        let options = live.select_in(&[Part::Options], move |w| {
            w.deeper
                .options
                .iter()
                .map(|o| (o.id, title(&o.title)))
                .collect()
        });
        let tests = live.select_in(&[Part::Options], move |w| {
            let mut tests = Vec::new();
            for option in &w.deeper.options {
                for test in &option.reality_tests {
                    let when = test
                        .date
                        .map(|d| format!(", {}", crate::ui::format::short_date(d)))
                        .unwrap_or_default();
                    tests.push((
                        test.id,
                        format!("{} for {}{when}", test.kind.label(), title(&option.title)),
                    ));
                }
            }
            tests
        });
        provide_context(Earlier { options, tests });
    }
}

#[component]
pub fn NetworkingPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    provide_context(Today(chrono::Local::now().date_naive()));
    Earlier::provide(live);
    view! {
        <article class="page page-wide">
            <StageNumber route=Route::Networking/>
            <h1 tabindex="-1">"Networking"</h1>
            <p class="purpose">
                "Build connections in a way that feels like you. Most of networking is curious conversation \
                 with people who do the work you are drawn to, one small step at a time, and keeping in touch \
                 afterwards. Nobody here is asked for a job."
            </p>
            <CoachQuestions stage=ProgramStage::Networking/>
            <DueSection/>
            <ContactsSection/>
            <LadderSection/>
            <DraftsSection/>
            <QuestionsSection/>
            <GoalsSection/>
        </article>
    }
}
