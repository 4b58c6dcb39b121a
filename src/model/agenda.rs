//! The one agenda: every dated thing of every stage (plan steps, follow-ups with contacts, and
//! later check-ins and application steps), in date order. The dashboard, the plan and the calendar
//! export read it, so a dated thing added by a new stage shows everywhere at once.

use chrono::NaiveDate;

use super::base::Id;
use super::networking::contacts::Contact;
use super::workbook::Workbook;

/// What a dated thing is, with the id of its record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaKind {
    /// A plan step (P1) and its due date.
    Step(Id),
    /// A contact's next follow-up (N2).
    FollowUp(Id),
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

/// Every dated thing of the workbook, by date (things on the same day in the order of the stages,
/// then of their lists). Undated steps are not on it; done steps are, marked done.
pub fn agenda(workbook: &Workbook) -> Vec<AgendaItem> {
    let steps = workbook.plan.steps.iter().filter_map(|s| {
        s.due.map(|day| AgendaItem { day, kind: AgendaKind::Step(s.id), title: s.title.clone(), done: !s.status.is_open() })
    });
    let follow_ups = workbook.networking.contacts.iter().filter_map(|c| {
        c.follow_up.map(|day| AgendaItem { day, kind: AgendaKind::FollowUp(c.id), title: follow_up_title(c), done: false })
    });
    let mut items: Vec<AgendaItem> = steps.chain(follow_ups).collect();
    items.sort_by_key(|item| item.day);
    items
}

/// The items not done yet and dated up to `until` (overdue ones included), in date order.
pub fn open_between(items: &[AgendaItem], until: NaiveDate) -> impl Iterator<Item = &AgendaItem> {
    items.iter().filter(move |item| !item.done && item.day <= until)
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
            ActionStep { id: Id(100), title: "Enrol".into(), due: Some(day(2026, 12, 10)), ..ActionStep::default() },
            ActionStep { id: Id(101), title: "Someday".into(), ..ActionStep::default() },
            ActionStep { id: Id(102), title: "Read".into(), due: Some(day(2026, 12, 1)), status: StepStatus::Done, ..ActionStep::default() },
        ];
        assert!(w.apply(NetworkingEdit::AddContact("Priya".into()).into()));
        let priya = w.networking.contacts[0].id;
        assert!(w.apply(NetworkingEdit::SetFollowUp(priya, Some(day(2026, 12, 5))).into()));
        assert!(w.apply(NetworkingEdit::AddContact("Tom".into()).into()));
        let tom = w.networking.contacts[1].id;
        assert!(w.apply(NetworkingEdit::SetFollowUp(tom, Some(day(2026, 12, 10))).into()));
        let items = agenda(&w);
        let kinds: Vec<AgendaKind> = items.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [AgendaKind::Step(Id(102)), AgendaKind::FollowUp(priya), AgendaKind::Step(Id(100)), AgendaKind::FollowUp(tom)]);
        assert_eq!(items[1].title, "Follow up with Priya");
        let open: Vec<&str> = open_between(&items, day(2026, 12, 9)).map(|i| i.title.as_str()).collect();
        assert_eq!(open, ["Follow up with Priya"], "done things and later ones are left out");
        // Done: the follow-up leaves the agenda.
        assert!(w.apply(NetworkingEdit::FollowUpDone { contact: priya, today: day(2026, 12, 5) }.into()));
        assert!(agenda(&w).iter().all(|i| i.kind != AgendaKind::FollowUp(priya)));
    }
}
