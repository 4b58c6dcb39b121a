//! Applying within the workbook: what removals elsewhere do to its links (a story keeps its words
//! when a strength it showed goes; an application keeps itself when its contact or option goes),
//! a plan step that names an application, and application next steps on the one agenda.

use chrono::NaiveDate;
use waypoint::model::agenda::{agenda, AgendaKind};
use waypoint::model::applying::{AppStatus, ApplyingEdit, StoryLink, Target as AT};
use waypoint::model::deeper::{DeeperEdit, Target as DT};
use waypoint::model::exploration::about_you::SelfEdit;
use waypoint::model::exploration::strengths::StrengthField;
use waypoint::model::exploration::Target as ET;
use waypoint::model::networking::{NetworkingEdit, Target as NT};
use waypoint::model::plan::{PlanEdit, StepLink};
use waypoint::model::{Edit, Id, Workbook};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

struct Ids {
    strength: Id,
    skill: Id,
    option: Id,
    contact: Id,
    app: Id,
    story: Id,
}

/// A workbook with a strength, a skill, an option, a contact, an application linked to both, and a
/// story linked to the strength and the skill.
fn workbook() -> (Workbook, Ids) {
    let mut w = Workbook::default();
    assert!(w.apply(SelfEdit::AddStrength.into()));
    let strength = w.exploration.strengths[0].id;
    assert!(w.apply(SelfEdit::SetStrength(strength, StrengthField::Name("Patience".into())).into()));
    assert!(w.apply(
        SelfEdit::AddSkill {
            name: "Rota planning".into(),
            kind: Default::default()
        }
        .into()
    ));
    let skill = w.exploration.skills[0].id;
    assert!(w.apply(DeeperEdit::AddOption("Adult education".into()).into()));
    let option = w.deeper.options[0].id;
    assert!(w.apply(NetworkingEdit::AddContact("Priya".into()).into()));
    let contact = w.networking.contacts[0].id;
    assert!(w.apply(
        ApplyingEdit::AddApplication {
            company: "Northside".into(),
            role: "Tutor".into(),
            today: day(2026, 11, 2)
        }
        .into()
    ));
    let app = w.applying.applications[0].id;
    assert!(w.apply(ApplyingEdit::SetAppOption(app, Some(option)).into()));
    assert!(w.apply(ApplyingEdit::SetAppContact(app, Some(contact)).into()));
    assert!(
        !w.apply(ApplyingEdit::SetAppContact(app, Some(option)).into()),
        "an option is not a contact"
    );
    assert!(w.apply(ApplyingEdit::AddStory("The rota".into()).into()));
    let story = w.applying.stories[0].id;
    assert!(w.apply(
        ApplyingEdit::LinkStory {
            story,
            link: StoryLink::Strength,
            to: strength,
            linked: true
        }
        .into()
    ));
    assert!(w.apply(
        ApplyingEdit::LinkStory {
            story,
            link: StoryLink::Skill,
            to: skill,
            linked: true
        }
        .into()
    ));
    assert!(
        !w.apply(
            ApplyingEdit::LinkStory {
                story,
                link: StoryLink::Strength,
                to: skill,
                linked: true
            }
            .into()
        ),
        "a skill is not a strength"
    );
    (
        w,
        Ids {
            strength,
            skill,
            option,
            contact,
            app,
            story,
        },
    )
}

#[test]
fn a_story_keeps_its_words_when_a_strength_it_showed_goes() {
    let (mut w, ids) = workbook();
    assert!(w.apply(
        ApplyingEdit::SetStoryText(
            ids.story,
            waypoint::model::applying::StoryText::Result,
            "No gaps for three months".into()
        )
        .into()
    ));
    let before = w.clone();
    let removed = w.removal_of(ET::Strength(ids.strength).into()).unwrap();
    assert!(w.apply(Edit::Remove(ET::Strength(ids.strength).into())));
    let story = w.applying.story(ids.story).expect("the story stays");
    assert!(
        story.strengths.is_empty(),
        "the link to the strength is dropped"
    );
    assert_eq!(
        (story.skills.clone(), story.result.as_str()),
        (vec![ids.skill], "No gaps for three months")
    );
    assert_eq!(w.check_limits(), Ok(()));
    // Undo brings the strength back with its link.
    assert!(w.apply(Edit::Restore(removed)));
    assert_eq!(w, before);
}

#[test]
fn an_application_keeps_itself_when_its_contact_or_option_goes() {
    let (mut w, ids) = workbook();
    let before = w.clone();
    assert!(w.apply(Edit::Remove(NT::Contact(ids.contact).into())));
    assert!(w.apply(Edit::Remove(DT::Option(ids.option).into())));
    let app = w
        .applying
        .application(ids.app)
        .expect("the application stays");
    assert_eq!((app.contact, app.option), (None, None));
    let mut normalised = w.clone();
    normalised.normalise();
    assert_eq!(normalised, w, "nothing left for normalise to repair");
    // Undo, newest first, ties both links again.
    let mut back = before.clone();
    let contact = back.removal_of(NT::Contact(ids.contact).into()).unwrap();
    assert!(back.apply(Edit::Remove(NT::Contact(ids.contact).into())));
    assert!(back.apply(Edit::Restore(contact)));
    assert_eq!(back, before);
}

#[test]
fn a_plan_step_names_an_application_and_loses_only_the_link_when_it_goes() {
    let (mut w, ids) = workbook();
    assert!(w.apply(
        PlanEdit::AddStep {
            title: "Prepare the lesson plan".into(),
            goal: None,
            check_in: None
        }
        .into()
    ));
    let step = w.plan.steps[0].id;
    assert!(
        !w.apply(
            PlanEdit::SetLink {
                step,
                link: StepLink::Application,
                to: Some(ids.contact)
            }
            .into()
        ),
        "a contact is not an application"
    );
    assert!(w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::Application,
            to: Some(ids.app)
        }
        .into()
    ));
    let before = w.clone();
    let removed = w.removal_of(AT::Application(ids.app).into()).unwrap();
    assert!(w.apply(Edit::Remove(AT::Application(ids.app).into())));
    assert_eq!(w.plan.step(step).unwrap().application, None);
    assert_eq!(w.plan.step(step).unwrap().title, "Prepare the lesson plan");
    assert!(w.apply(Edit::Restore(removed)));
    assert_eq!(w, before, "undo puts the application back, linked");
}

#[test]
fn an_open_applications_next_step_is_on_the_agenda_until_it_closes() {
    let (mut w, ids) = workbook();
    let today = day(2026, 12, 1);
    assert!(w.apply(
        ApplyingEdit::SetApplicationText(
            ids.app,
            waypoint::model::applying::ApplicationText::NextStep,
            "Panel interview".into()
        )
        .into()
    ));
    assert!(w.apply(ApplyingEdit::SetNextOn(ids.app, Some(day(2026, 12, 8))).into()));
    let items = agenda(&w, today);
    let item = items
        .iter()
        .find(|i| i.kind == AgendaKind::Application(ids.app))
        .expect("on the agenda");
    assert_eq!(
        (item.day, item.title.as_str()),
        (day(2026, 12, 8), "Panel interview — Tutor at Northside")
    );
    assert!(w.apply(
        ApplyingEdit::Move {
            app: ids.app,
            to: AppStatus::Rejected,
            today
        }
        .into()
    ));
    assert!(
        !agenda(&w, today)
            .iter()
            .any(|i| i.kind == AgendaKind::Application(ids.app)),
        "a closed one's next step leaves"
    );
    assert!(w.apply(
        ApplyingEdit::Move {
            app: ids.app,
            to: AppStatus::Interviewing,
            today
        }
        .into()
    ));
    assert!(
        agenda(&w, today)
            .iter()
            .any(|i| i.kind == AgendaKind::Application(ids.app)),
        "and comes back if it opens again"
    );
}
