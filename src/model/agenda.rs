//! The one agenda: every dated thing of every stage (plan steps, follow-ups with contacts, the next
//! steps of open applications, the check-ins to come and the day chosen at the celebration to look
//! back again), in date order. The dashboard, the plan and the calendar
//! export read it, so a dated thing added by a new stage shows everywhere at once.

use chrono::NaiveDate;

use super::applying::Application;
use super::base::Id;
use super::networking::contacts::Contact;
use super::part::Part;
use super::plan::check_ins::check_ins_from;
use super::plan::next_check_in;
use super::start::CheckInSchedule;
use super::workbook::Workbook;

/// The parts the agenda reads: a view of it follows these.
pub const AGENDA_PARTS: &[Part] = &[
    Part::Profile,
    Part::Steps,
    Part::CheckIns,
    Part::Contacts,
    Part::Applications,
    Part::Celebration,
];

/// What a dated thing is, with the id of its record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaKind {
    /// A plan step (P1) and its due date.
    Step(Id),
    /// A contact's next follow-up (N2).
    FollowUp(Id),
    /// An open application's next step (A2).
    Application(Id),
    /// A check-in on the program's rhythm (P3), by the day it falls on: the next one due (late or
    /// not) and those after it to the program's end.
    CheckIn,
    /// The check-in with oneself chosen at the celebration (C4), after the program.
    LookBack,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    pub day: NaiveDate,
    pub kind: AgendaKind,
    /// What to do, in a few words: the step's title, "Follow up with Sam".
    pub title: String,
    pub done: bool,
}

fn follow_up_title(contact: &Contact) -> String {
    match contact.name.trim() {
        "" => "Follow up with a contact".to_string(),
        name => format!("Follow up with {name}"),
    }
}

/// "Panel interview — Tutor at Northside", or the application's name when no step is written.
fn application_title(app: &Application) -> String {
    match app.next_step.trim() {
        "" => format!("Next step: {}", app.name()),
        step => format!("{step} — {}", app.name()),
    }
}

/// Every dated thing of the workbook, by date (things on the same day in the order of the stages,
/// then of their lists). Undated steps are not on it; done and dropped steps are, marked done.
/// Check-ins are the ones still to come as of `today` (a missed one included: it is still due).
pub fn agenda(workbook: &Workbook, today: NaiveDate) -> Vec<AgendaItem> {
    let steps = workbook.plan.steps.iter().filter_map(|s| {
        s.due.map(|day| AgendaItem {
            day,
            kind: AgendaKind::Step(s.id),
            title: s.title.clone(),
            done: !s.status.is_open(),
        })
    });
    let follow_ups = workbook.networking.contacts.iter().filter_map(|c| {
        c.follow_up.map(|day| AgendaItem {
            day,
            kind: AgendaKind::FollowUp(c.id),
            title: follow_up_title(c),
            done: false,
        })
    });
    // A closed application's next step is over with it: it leaves the agenda, and comes back if the
    // application is opened again.
    let applications = workbook
        .applying
        .applications
        .iter()
        .filter(|a| a.status.is_open())
        .filter_map(|a| {
            a.next_on.map(|day| AgendaItem {
                day,
                kind: AgendaKind::Application(a.id),
                title: application_title(a),
                done: false,
            })
        });
    let schedule = CheckInSchedule::of(&workbook.profile);
    let next = next_check_in(schedule, &workbook.plan.check_ins, today);
    let check_ins = schedule
        .zip(next)
        .map(|(s, next)| check_ins_from(s, next.on))
        .unwrap_or_default();
    let check_ins = check_ins.into_iter().map(|day| AgendaItem {
        day,
        kind: AgendaKind::CheckIn,
        title: "Check-in".to_string(),
        done: false,
    });
    let look_back = workbook
        .closing
        .celebration
        .next_check_in
        .map(|day| AgendaItem {
            day,
            kind: AgendaKind::LookBack,
            title: "A check-in with myself: how is the new chapter going?".to_string(),
            done: false,
        });
    let mut items: Vec<AgendaItem> = steps
        .chain(follow_ups)
        .chain(applications)
        .chain(check_ins)
        .chain(look_back)
        .collect();
    items.sort_by_key(|item| item.day);
    items
}

/// The items not done yet and dated up to `until` (overdue ones included), in date order.
pub fn open_between(items: &[AgendaItem], until: NaiveDate) -> impl Iterator<Item = &AgendaItem> {
    items
        .iter()
        .filter(move |item| !item.done && item.day <= until)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::networking::NetworkingEdit;
    use crate::model::plan::{ActionStep, StepStatus};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn steps_and_follow_ups_come_in_one_list_by_date() {
        let mut w = Workbook::default();
        w.plan.steps = vec![
            ActionStep {
                id: Id(100),
                title: "Enrol".into(),
                due: Some(day(2026, 12, 10)),
                ..ActionStep::default()
            },
            ActionStep {
                id: Id(101),
                title: "Someday".into(),
                ..ActionStep::default()
            },
            ActionStep {
                id: Id(102),
                title: "Read".into(),
                due: Some(day(2026, 12, 1)),
                status: StepStatus::Done,
                ..ActionStep::default()
            },
        ];
        assert!(w.apply(NetworkingEdit::AddContact("Priya".into()).into()));
        let priya = w.networking.contacts[0].id;
        assert!(w.apply(NetworkingEdit::SetFollowUp(priya, Some(day(2026, 12, 5))).into()));
        assert!(w.apply(NetworkingEdit::AddContact("Tom".into()).into()));
        let tom = w.networking.contacts[1].id;
        assert!(w.apply(NetworkingEdit::SetFollowUp(tom, Some(day(2026, 12, 10))).into()));
        let items = agenda(&w, day(2026, 12, 1));
        let kinds: Vec<AgendaKind> = items.iter().map(|i| i.kind).collect();
        assert_eq!(
            kinds,
            [
                AgendaKind::Step(Id(102)),
                AgendaKind::FollowUp(priya),
                AgendaKind::Step(Id(100)),
                AgendaKind::FollowUp(tom)
            ]
        );
        assert_eq!(items[1].title, "Follow up with Priya");
        let open: Vec<&str> = open_between(&items, day(2026, 12, 9))
            .map(|i| i.title.as_str())
            .collect();
        assert_eq!(
            open,
            ["Follow up with Priya"],
            "done things and later ones are left out"
        );
        // Done: the follow-up leaves the agenda.
        assert!(w.apply(
            NetworkingEdit::FollowUpDone {
                contact: priya,
                today: day(2026, 12, 5)
            }
            .into()
        ));
        assert!(agenda(&w, day(2026, 12, 5))
            .iter()
            .all(|i| i.kind != AgendaKind::FollowUp(priya)));
    }

    #[test]
    fn check_ins_come_from_the_latest_one_held_to_the_programs_end() {
        use crate::model::plan::PlanEdit;
        use crate::model::start::{CheckInRhythm, StartEdit};
        let mut w = Workbook::new_started(day(2026, 11, 2));
        assert!(w.apply(StartEdit::SetProgramWeeks(4).into()));
        assert!(w.apply(StartEdit::SetCheckInRhythm(CheckInRhythm::Weekly).into()));
        let check_ins = |w: &Workbook, today| -> Vec<NaiveDate> {
            agenda(w, today)
                .iter()
                .filter(|i| i.kind == AgendaKind::CheckIn)
                .map(|i| i.day)
                .collect()
        };
        // Nothing held yet on the 20th: the one of the 9th is still due, then every week to the 30th.
        assert_eq!(
            check_ins(&w, day(2026, 11, 20)),
            [
                day(2026, 11, 9),
                day(2026, 11, 16),
                day(2026, 11, 23),
                day(2026, 11, 30)
            ]
        );
        assert!(w.apply(
            PlanEdit::AddCheckIn {
                on: day(2026, 11, 20),
                today: day(2026, 11, 20)
            }
            .into()
        ));
        assert_eq!(check_ins(&w, day(2026, 11, 20)), [day(2026, 11, 27)]);
        assert_eq!(
            check_ins(&Workbook::default(), day(2026, 11, 20)),
            [],
            "no program, no check-ins"
        );
    }
}
