//! Closing within the workbook: a leaving-well item dated into a plan step and ticked with it, an
//! offer that keeps itself when its application goes, the check-in with oneself on the agenda and in
//! the calendar file, and the journey read from every stage.

use chrono::{NaiveDate, TimeZone, Utc};
use waypoint::model::agenda::{agenda, AgendaKind};
use waypoint::model::applying::{ApplyingEdit, Target as AT};
use waypoint::model::calendar::{calendar_file, CalendarChoice};
use waypoint::model::closing::{
    leaving_checklist, offer_criteria, ClosingEdit, Target as CT, DEFAULT_LEAVING,
};
use waypoint::model::dashboard::{journey, stage_progress};
use waypoint::model::plan::{PlanEdit, StepLink, StepStatus, Target as PT};
use waypoint::model::{Edit, Workbook};
use waypoint::store::read_document;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn ok(w: &mut Workbook, edit: impl Into<Edit>) {
    let edit = edit.into();
    assert!(w.apply(edit.clone()), "{edit:?}");
}

#[test]
fn a_dated_leaving_item_is_a_plan_step_ticked_with_it() {
    let mut w = Workbook::default();
    let today = day(2026, 12, 3);
    ok(&mut w, ClosingEdit::StartLeaving(leaving_checklist()));
    let item = w.closing.leaving[1].id;
    // No date, no step.
    assert!(!w.apply(
        PlanEdit::LeavingStep {
            item,
            due: None,
            today
        }
        .into()
    ));
    ok(
        &mut w,
        PlanEdit::LeavingStep {
            item,
            due: Some(day(2027, 1, 4)),
            today,
        },
    );
    let step = w.plan.leaving_step(item).unwrap().clone();
    assert_eq!(
        (step.title.as_str(), step.due, step.status),
        (DEFAULT_LEAVING[1], Some(day(2027, 1, 4)), StepStatus::ToDo)
    );
    // A new date moves the same step; no second one is made.
    ok(
        &mut w,
        PlanEdit::LeavingStep {
            item,
            due: Some(day(2027, 1, 6)),
            today,
        },
    );
    assert_eq!(w.plan.steps.len(), 1);
    assert_eq!(w.plan.steps[0].due, Some(day(2027, 1, 6)));
    assert!(agenda(&w, today)
        .iter()
        .any(|i| i.kind == AgendaKind::Step(step.id) && i.day == day(2027, 1, 6)));
    // Ticked on the Closing page, it is done in the plan, dated today; unticked, to do again.
    ok(
        &mut w,
        ClosingEdit::TickLeaving {
            item,
            done: true,
            today,
        },
    );
    assert_eq!(
        (w.plan.steps[0].status, w.plan.steps[0].done_on),
        (StepStatus::Done, Some(today))
    );
    ok(
        &mut w,
        ClosingEdit::TickLeaving {
            item,
            done: false,
            today,
        },
    );
    assert_eq!(
        (w.plan.steps[0].status, w.plan.steps[0].done_on),
        (StepStatus::ToDo, None)
    );
    // An item ticked before it is dated makes a step that is done already.
    let other = w.closing.leaving[2].id;
    ok(
        &mut w,
        ClosingEdit::TickLeaving {
            item: other,
            done: true,
            today,
        },
    );
    ok(
        &mut w,
        PlanEdit::LeavingStep {
            item: other,
            due: Some(day(2027, 1, 8)),
            today,
        },
    );
    assert_eq!(w.plan.leaving_step(other).unwrap().status, StepStatus::Done);
    // A split keeps one step for the item.
    ok(
        &mut w,
        PlanEdit::SplitStep {
            step: step.id,
            into: vec!["Book the room".into(), "Write what to say".into()],
        },
    );
    assert_eq!(
        w.plan
            .steps
            .iter()
            .filter(|s| s.leaving == Some(item))
            .count(),
        1
    );
    // Another step is not linked to an item that has one.
    let piece = w.plan.steps[1].id;
    assert!(!w.apply(
        PlanEdit::SetLink {
            step: piece,
            link: StepLink::Leaving,
            to: Some(item)
        }
        .into()
    ));
    // Its step removed and the item dated again, the item has a new step; the old one put back
    // comes back without the link, so the item still has one step.
    let removed = w.removal_of(PT::Step(step.id).into()).unwrap();
    ok(&mut w, Edit::Remove(PT::Step(step.id).into()));
    ok(
        &mut w,
        PlanEdit::LeavingStep {
            item,
            due: Some(day(2027, 1, 9)),
            today,
        },
    );
    let new = w.plan.leaving_step(item).unwrap().id;
    ok(&mut w, Edit::Restore(removed));
    assert_eq!(w.plan.step(step.id).map(|s| s.leaving), Some(None));
    assert_eq!(
        w.plan
            .steps
            .iter()
            .filter(|s| s.leaving == Some(item))
            .map(|s| s.id)
            .collect::<Vec<_>>(),
        [new]
    );
}

#[test]
fn removing_a_leaving_item_keeps_its_step_and_undo_ties_them_again() {
    let mut w = Workbook::default();
    let today = day(2026, 12, 3);
    ok(&mut w, ClosingEdit::StartLeaving(leaving_checklist()));
    let item = w.closing.leaving[0].id;
    ok(
        &mut w,
        PlanEdit::LeavingStep {
            item,
            due: Some(day(2027, 1, 4)),
            today,
        },
    );
    let before = w.clone();
    let removed = w.removal_of(CT::LeavingItem(item).into()).unwrap();
    ok(&mut w, Edit::Remove(CT::LeavingItem(item).into()));
    assert_eq!(w.plan.steps.len(), 1, "the step is the person's, and stays");
    assert_eq!(w.plan.steps[0].leaving, None);
    ok(&mut w, Edit::Restore(removed));
    assert_eq!(w, before);
}

#[test]
fn an_offer_keeps_itself_when_its_application_goes() {
    let mut w = Workbook::default();
    ok(
        &mut w,
        ApplyingEdit::AddApplication {
            company: "Northwind".into(),
            role: "Trainer".into(),
            today: day(2026, 11, 1),
        },
    );
    let app = w.applying.applications[0].id;
    ok(
        &mut w,
        ClosingEdit::AddOffer {
            name: "Northwind, trainer".into(),
            stay: false,
            criteria: offer_criteria(),
        },
    );
    let offer = w.closing.offers[0].id;
    ok(&mut w, ClosingEdit::SetOfferApplication(offer, Some(app)));
    let before = w.clone();
    let removed = w.removal_of(AT::Application(app).into()).unwrap();
    ok(&mut w, Edit::Remove(AT::Application(app).into()));
    assert_eq!(w.closing.offers.len(), 1);
    assert_eq!(w.closing.offers[0].application, None);
    ok(&mut w, Edit::Restore(removed));
    assert_eq!(w, before);
}

#[test]
fn the_check_in_with_oneself_is_on_the_agenda_and_in_the_calendar() {
    let mut w = Workbook::default();
    ok(&mut w, ClosingEdit::SetNextCheckIn(Some(day(2027, 4, 1))));
    let items = agenda(&w, day(2026, 12, 3));
    let look_back: Vec<_> = items
        .iter()
        .filter(|i| i.kind == AgendaKind::LookBack)
        .collect();
    assert_eq!(look_back.len(), 1);
    assert_eq!(look_back[0].day, day(2027, 4, 1));
    let file = calendar_file(
        &items,
        CalendarChoice::ALL,
        Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap(),
    );
    assert!(file.contains("UID:look-back@waypoint.local"), "{file}");
    assert!(file.contains("DTSTART;VALUE=DATE:20270401"), "{file}");
    let without = calendar_file(
        &items,
        CalendarChoice {
            check_ins: false,
            ..CalendarChoice::ALL
        },
        Utc::now(),
    );
    assert!(!without.contains("look-back"), "{without}");
}

#[test]
fn the_journey_reads_every_stage_of_the_full_workbook() {
    let w = read_document(include_str!("fixtures/v9/full.json"))
        .unwrap()
        .workbook;
    let j = journey(&w, day(2026, 12, 3));
    assert_eq!(j.days_since_start, Some(31));
    assert_eq!(j.conversations, w.networking.interactions.len());
    assert_eq!(j.applications_sent, 3);
    assert_eq!(j.check_ins, w.plan.check_ins.len());
    assert_eq!(j.top_values, w.top_value_names());
    assert!(j.direction.is_some());
    assert!(!j.insights.is_empty());
    let closing = stage_progress(&w)
        .into_iter()
        .find(|p| p.stage == "Closing")
        .unwrap();
    assert_eq!(closing.done(), 5, "{closing:?}");
}
