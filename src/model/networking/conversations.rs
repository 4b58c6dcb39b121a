//! N2, conversations: dated entries per contact (how, what was said, what came of it) and the next
//! follow-up, kept on the contact. The Networking page opens with what is due, overdue first, so a
//! follow-up cannot quietly slip.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::Id;

use super::contacts::Contact;

pub const MAX_INTERACTIONS: usize = 1_000;
pub const MAX_OUTCOME_CHARS: usize = 1_000;
/// Follow-ups due within this many days from today (today included) are "this week's".
pub const WEEK_DAYS: i64 = 7;

/// One conversation with a contact, held or planned.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Interaction {
    pub id: Id,
    pub contact: Id,
    pub date: Option<NaiveDate>,
    pub channel: Channel,
    pub notes: String,
    pub outcome: String,
    /// A reality test (R2) this conversation was, so an informational interview is written once.
    pub reality_test: Option<Id>,
    /// Keys of bank questions (`outreach::QUESTIONS`) pinned to take into this conversation.
    pub bank_questions: Vec<String>,
    /// Ids of the person's own questions pinned to it.
    pub own_questions: Vec<Id>,
}
saved_record!(Interaction with defaults { id, contact, date, channel, notes, outcome, reality_test, bank_questions, own_questions });

text_fields! {
    /// A conversation's fields written in the person's words.
    pub enum InteractionText for Interaction { Notes => notes, Outcome => outcome }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Channel {
    #[default]
    Meeting,
    Call,
    Message,
    Event,
    Other,
}
saved_choice!(Channel);

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Meeting,
        Channel::Call,
        Channel::Message,
        Channel::Event,
        Channel::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Channel::Meeting => "meeting",
            Channel::Call => "call",
            Channel::Message => "message",
            Channel::Event => "event",
            Channel::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Channel::Meeting => "Meeting",
            Channel::Call => "Call",
            Channel::Message => "Message",
            Channel::Event => "Event",
            Channel::Other => "Other",
        }
    }
}

/// Why a follow-up date cannot be kept for a contact, if it cannot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpProblem {
    /// Before the last conversation with them, which it is meant to follow.
    BeforeLastConversation(NaiveDate),
    /// Outside the years Waypoint accepts.
    OutOfRange,
}

impl FollowUpProblem {
    pub fn message(self) -> String {
        match self {
            FollowUpProblem::BeforeLastConversation(day) => {
                format!("A follow-up comes after the conversation it follows; your last one was on {day}.")
            }
            FollowUpProblem::OutOfRange => "Choose a date between the years 1900 and 2199.".into(),
        }
    }
}

/// The date of the latest conversation with `contact`, if any is dated.
pub fn last_conversation(interactions: &[Interaction], contact: Id) -> Option<NaiveDate> {
    interactions
        .iter()
        .filter(|i| i.contact == contact)
        .filter_map(|i| i.date)
        .max()
}

/// Whether `day` may be `contact`'s next follow-up: not before the last conversation with them.
pub fn follow_up_problem(
    interactions: &[Interaction],
    contact: Id,
    day: NaiveDate,
) -> Option<FollowUpProblem> {
    if !crate::model::base::date_in_range(day) {
        return Some(FollowUpProblem::OutOfRange);
    }
    last_conversation(interactions, contact)
        .filter(|last| day < *last)
        .map(FollowUpProblem::BeforeLastConversation)
}

/// A follow-up that is due: overdue (`days_late` > 0) or coming within the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueFollowUp {
    pub contact: Id,
    pub day: NaiveDate,
    /// Days past the date; 0 when it is today or still to come.
    pub days_late: i64,
}

/// The follow-ups the Networking page opens with, in the order to do them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DueFollowUps {
    /// Dated before `today`, the longest waiting first.
    pub overdue: Vec<DueFollowUp>,
    /// Dated from `today` to six days on, the soonest first.
    pub this_week: Vec<DueFollowUp>,
}

impl DueFollowUps {
    pub fn is_empty(&self) -> bool {
        self.overdue.is_empty() && self.this_week.is_empty()
    }
}

/// Sorts `contacts`' follow-ups into overdue and this week's, as of `today`. Ties keep the contacts'
/// order. Dates are calendar days, so month ends, leap days and clock changes count as any day.
pub fn due_follow_ups(contacts: &[Contact], today: NaiveDate) -> DueFollowUps {
    let week_end = today + Duration::days(WEEK_DAYS - 1);
    let mut due = DueFollowUps::default();
    for contact in contacts {
        let Some(day) = contact.follow_up else {
            continue;
        };
        let item = DueFollowUp {
            contact: contact.id,
            day,
            days_late: (today - day).num_days().max(0),
        };
        if day < today {
            due.overdue.push(item);
        } else if day <= week_end {
            due.this_week.push(item);
        }
    }
    due.overdue.sort_by_key(|d| d.day);
    due.this_week.sort_by_key(|d| d.day);
    due
}

/// A contact's conversations, the latest first (undated ones last, newest made first).
pub fn conversations_of(interactions: &[Interaction], contact: Id) -> Vec<Id> {
    let mut theirs: Vec<(usize, &Interaction)> = interactions
        .iter()
        .enumerate()
        .filter(|(_, i)| i.contact == contact)
        .collect();
    theirs.sort_by(|(ai, a), (bi, b)| match (a.date, b.date) {
        (Some(x), Some(y)) => y.cmp(&x).then(bi.cmp(ai)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => bi.cmp(ai),
    });
    theirs.into_iter().map(|(_, i)| i.id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn with_follow_ups(days: &[Option<NaiveDate>]) -> Vec<Contact> {
        days.iter()
            .enumerate()
            .map(|(i, d)| Contact {
                id: Id(i as u32 + 1),
                follow_up: *d,
                ..Contact::default()
            })
            .collect()
    }

    #[test]
    fn overdue_come_first_longest_waiting_then_this_weeks_soonest() {
        let today = day(2026, 12, 3);
        let contacts = with_follow_ups(&[
            Some(day(2026, 12, 9)),
            Some(day(2026, 12, 1)),
            None,
            Some(day(2026, 12, 3)),
            Some(day(2026, 12, 10)),
            Some(day(2026, 11, 2)),
        ]);
        let due = due_follow_ups(&contacts, today);
        assert_eq!(
            due.overdue
                .iter()
                .map(|d| (d.contact.0, d.days_late))
                .collect::<Vec<_>>(),
            [(6, 31), (2, 2)]
        );
        // Today and six days on are this week's; the seventh day is not due yet.
        assert_eq!(
            due.this_week
                .iter()
                .map(|d| (d.contact.0, d.days_late))
                .collect::<Vec<_>>(),
            [(4, 0), (1, 0)]
        );
        assert!(due_follow_ups(&with_follow_ups(&[None, Some(day(2027, 1, 1))]), today).is_empty());
    }

    #[test]
    fn the_week_runs_across_month_and_year_ends_and_leap_days() {
        // 2028 is a leap year: from 26 February the week ends on 3 March, leap day inside.
        let due = due_follow_ups(
            &with_follow_ups(&[
                Some(day(2028, 2, 29)),
                Some(day(2028, 3, 3)),
                Some(day(2028, 3, 4)),
            ]),
            day(2028, 2, 26),
        );
        assert_eq!(
            due.this_week
                .iter()
                .map(|d| d.contact.0)
                .collect::<Vec<_>>(),
            [1, 2]
        );
        // 2027 is not: from 26 February the week ends on 4 March.
        let due = due_follow_ups(
            &with_follow_ups(&[Some(day(2027, 3, 4)), Some(day(2027, 3, 5))]),
            day(2027, 2, 26),
        );
        assert_eq!(
            due.this_week
                .iter()
                .map(|d| d.contact.0)
                .collect::<Vec<_>>(),
            [1]
        );
        // Across a year end, and overdue counted across it.
        let due = due_follow_ups(
            &with_follow_ups(&[Some(day(2027, 1, 2)), Some(day(2026, 12, 30))]),
            day(2026, 12, 31),
        );
        assert_eq!(due.this_week[0].contact, Id(1));
        assert_eq!(due.overdue[0].days_late, 1);
        let due = due_follow_ups(&with_follow_ups(&[Some(day(2024, 2, 28))]), day(2024, 3, 1));
        assert_eq!(due.overdue[0].days_late, 2, "29 February 2024 counts");
    }

    #[test]
    fn clock_changes_do_not_move_a_day() {
        // Europe's clocks go forward on 29 March 2026 and back on 25 October 2026; the US's on
        // 8 March and 1 November. Dates are whole days, so a follow-up on those days is on time.
        for (today, on) in [
            (day(2026, 3, 28), day(2026, 3, 29)),
            (day(2026, 10, 25), day(2026, 10, 25)),
            (day(2026, 3, 8), day(2026, 3, 14)),
            (day(2026, 11, 1), day(2026, 10, 31)),
        ] {
            let due = due_follow_ups(&with_follow_ups(&[Some(on)]), today);
            let expected_late = (today - on).num_days().max(0);
            let all: Vec<_> = due.overdue.iter().chain(&due.this_week).collect();
            assert_eq!(all.len(), 1, "{on} from {today}");
            assert_eq!(all[0].days_late, expected_late);
        }
    }

    #[test]
    fn a_follow_up_may_not_come_before_the_last_conversation() {
        let talk = |id: u32, contact: u32, date: Option<NaiveDate>| Interaction {
            id: Id(id),
            contact: Id(contact),
            date,
            ..Interaction::default()
        };
        let log = [
            talk(10, 1, Some(day(2026, 11, 20))),
            talk(11, 1, Some(day(2026, 11, 27))),
            talk(12, 1, None),
            talk(13, 2, Some(day(2026, 12, 1))),
        ];
        assert_eq!(last_conversation(&log, Id(1)), Some(day(2026, 11, 27)));
        assert_eq!(
            follow_up_problem(&log, Id(1), day(2026, 11, 26)),
            Some(FollowUpProblem::BeforeLastConversation(day(2026, 11, 27)))
        );
        assert_eq!(follow_up_problem(&log, Id(1), day(2026, 11, 27)), None);
        assert_eq!(follow_up_problem(&log, Id(3), day(2020, 1, 1)), None);
        assert_eq!(
            follow_up_problem(&log, Id(3), day(2300, 1, 1)),
            Some(FollowUpProblem::OutOfRange)
        );
        assert_eq!(conversations_of(&log, Id(1)), [Id(11), Id(10), Id(12)]);
    }
}
