//! Stage 4, Applying: the applications (A2) as a board and as a list, with each one's details and
//! interview preparation in a dialog; materials in versions (A1); interview practice (A3); and
//! setbacks (A4). One file per section; the page lays them out.

mod applications;
mod board;
mod details;
mod interview;
mod materials;
mod setbacks;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::applying::{AppStatus, ApplyingEdit, Stood};
use crate::model::coach::ProgramStage;
use crate::model::{Id, Part};
use crate::store::LiveWorkbook;
use crate::ui::dom::focus_first;
use crate::ui::route::Route;
use crate::ui::widgets::{CoachQuestions, StageNumber};
use applications::ApplicationsSection;
use interview::InterviewSection;
use materials::MaterialsSection;
use setbacks::SetbacksSection;

/// Today on this device, read once when the page is drawn.
#[derive(Clone, Copy)]
struct Today(NaiveDate);

/// What an application, a version or a story can point to, by id and name: read once for the page.
#[derive(Clone, Copy)]
struct Earlier {
    options: ReadSignal<Vec<(Id, String)>>,
    contacts: ReadSignal<Vec<(Id, String)>>,
    /// Every version of every material, named "Résumé: v2".
    versions: ReadSignal<Vec<(Id, String)>>,
    strengths: ReadSignal<Vec<(Id, String)>>,
    skills: ReadSignal<Vec<(Id, String)>>,
    applications: ReadSignal<Vec<(Id, String)>>,
}

fn named(text: &str, fallback: &str) -> String {
    match text.trim() {
        "" => fallback.to_string(),
        text => text.to_string(),
    }
}

impl Earlier {
    fn provide(live: LiveWorkbook) {
        let options = live.select_in(&[Part::Options], |w| {
            w.deeper
                .options
                .iter()
                .map(|o| (o.id, named(&o.title, "Untitled option")))
                .collect()
        });
        let contacts = live.select_in(&[Part::Contacts], |w| {
            w.networking
                .contacts
                .iter()
                .map(|c| (c.id, named(&c.name, "Unnamed contact")))
                .collect()
        });
        let versions = live.select_in(&[Part::Materials], |w| {
            w.applying
                .materials
                .iter()
                .flat_map(|m| {
                    m.versions.iter().map(move |v| {
                        (
                            v.id,
                            format!(
                                "{}: {}",
                                named(&m.title, "A material"),
                                named(&v.label, "a version")
                            ),
                        )
                    })
                })
                .collect()
        });
        let strengths = live.select_in(&[Part::Strengths], |w| {
            w.exploration
                .strengths
                .iter()
                .map(|s| (s.id, named(&s.name, "Unnamed strength")))
                .collect()
        });
        let skills = live.select_in(&[Part::Skills], |w| {
            w.exploration
                .skills
                .iter()
                .map(|s| (s.id, named(&s.name, "Unnamed skill")))
                .collect()
        });
        let applications = live.select_in(&[Part::Applications], |w| {
            w.applying
                .applications
                .iter()
                .map(|a| (a.id, a.name()))
                .collect()
        });
        provide_context(Earlier {
            options,
            contacts,
            versions,
            strengths,
            skills,
            applications,
        });
    }
}

/// Moving applications, from the board, the list or a dialog: one way, announced, with the last
/// move undoable and, after a rejection, a gentle offer to write about it.
#[derive(Clone, Copy)]
struct Moves {
    live: LiveWorkbook,
    today: NaiveDate,
    /// The last move: how the application stood before it, and its name.
    last: RwSignal<Option<(Stood, String)>>,
    said: RwSignal<String>,
    /// The application just closed as rejected, while the offer to write about it stands.
    rejected: RwSignal<Option<Id>>,
    /// The application whose details are open in the dialog.
    opened: RwSignal<Option<Id>>,
}

impl Moves {
    fn provide(live: LiveWorkbook, today: NaiveDate) -> Self {
        let moves = Moves {
            live,
            today,
            last: RwSignal::new(None),
            said: RwSignal::new(String::new()),
            rejected: RwSignal::new(None),
            opened: RwSignal::new(None),
        };
        provide_context(moves);
        moves
    }

    /// Moves `app` to `to`; focus goes to `focus_after` (a selector) once the page is redrawn.
    fn move_to(&self, app: Id, to: AppStatus, focus_after: Option<String>) {
        let Some((stood, name)) = self
            .live
            .with(|w| w.applying.application(app).map(|a| (a.stood(), a.name())))
        else {
            return;
        };
        if stood.status == to {
            return;
        }
        if !self.live.try_dispatch(ApplyingEdit::Move {
            app,
            to,
            today: self.today,
        }) {
            return;
        }
        self.said.set(format!("{name} moved to {}.", to.label()));
        self.last.set(Some((stood, name)));
        self.rejected
            .set((to == AppStatus::Rejected).then_some(app));
        if let Some(selector) = focus_after {
            request_animation_frame(move || focus_first(&selector));
        }
    }

    fn undo(&self) {
        let Some((stood, name)) = self.last.get_untracked() else {
            return;
        };
        let (app, back) = (stood.app, stood.status);
        if self.live.try_dispatch(ApplyingEdit::UndoMove(stood)) {
            self.said
                .set(format!("Undone: {name} is back in {}.", back.label()));
            self.rejected.set(None);
            request_animation_frame(move || {
                focus_first(&format!("#app-{app}-open, #list-{app}-open"))
            });
        } else {
            self.said.set(format!(
                "{name} has changed since, so the move was not undone."
            ));
        }
        self.last.set(None);
    }
}

#[component]
pub fn ApplyingPage() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let today = chrono::Local::now().date_naive();
    provide_context(Today(today));
    Earlier::provide(live);
    Moves::provide(live, today);
    view! {
        <article class="page page-wide">
            <StageNumber route=Route::Applying/>
            <h1 tabindex="-1">"Applying"</h1>
            <p class="purpose">
                "Apply for the work you chose, and keep track without keeping it all in your head. Each \
                 application is tied to why you want it; your materials, your practice and what you learn \
                 from a no all live here."
            </p>
            <CoachQuestions stage=ProgramStage::Applying/>
            <ApplicationsSection/>
            <MaterialsSection/>
            <InterviewSection/>
            <SetbacksSection/>
        </article>
    }
}
