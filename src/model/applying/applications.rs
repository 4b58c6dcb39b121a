//! A2, applications: each one's company and role, where it came from, what was sent, who helped and
//! which option (R1) it serves; its status from interested to closed, with a dated history of each
//! move, and a next step with a date for the shared agenda. The board and the list are two views of
//! the same records: the list's sort, filter and counts are here, so both agree.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::base::saved::{saved_choice, saved_record};
use crate::model::base::text::text_fields;
use crate::model::base::{Id, Refusal, MAX_TEXT_CHARS};

/// High enough that storage fills before the list does: the smallest application takes about 400
/// characters in the saved form, and a browser keeps about 5 million for a site.
pub const MAX_APPLICATIONS: usize = 20_000;
pub const MAX_NAME_CHARS: usize = 120;
pub const MAX_LINK_CHARS: usize = 500;
pub const MAX_NEXT_STEP_CHARS: usize = 300;
pub const MAX_PREP_CHARS: usize = 8_000;
/// The moves an application remembers; past this the oldest is let go.
pub const MAX_HISTORY: usize = 60;
pub const MAX_VERSIONS_USED: usize = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Application {
    pub id: Id,
    pub company: String,
    pub role: String,
    /// The posting; shown as a link only when it is an http or https address.
    pub link: String,
    pub found_on: Option<NaiveDate>,
    pub applied_on: Option<NaiveDate>,
    pub status: AppStatus,
    /// The versions of materials (A1) sent with it.
    pub versions: Vec<Id>,
    /// Who told about it or referred the person (N1).
    pub contact: Option<Id>,
    /// The career option (R1) it serves: why the person wants it.
    pub option: Option<Id>,
    pub next_step: String,
    pub next_on: Option<NaiveDate>,
    pub notes: String,
    /// Every status it has had, dated; the first is when it was added.
    pub history: Vec<StatusChange>,
    /// The interview preparation (A3): research, questions to ask, people met, thank-you sent.
    pub research: String,
    pub to_ask: String,
    pub people_met: String,
    pub thank_you_on: Option<NaiveDate>,
}
saved_record!(Application with defaults {
    id, company, role, link, found_on, applied_on, status, versions, contact, option, next_step, next_on, notes, history,
    research, to_ask, people_met, thank_you_on
});

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    pub on: NaiveDate,
    pub status: AppStatus,
}
saved_record!(StatusChange { on, status });

text_fields! {
    /// An application's fields in the person's words.
    pub enum ApplicationText for Application {
        Company => company,
        Role => role,
        Link => link,
        NextStep => next_step,
        Notes => notes,
        Research => research,
        ToAsk => to_ask,
        PeopleMet => people_met,
    }
}

impl ApplicationText {
    pub fn limit(self) -> usize {
        match self {
            ApplicationText::Company | ApplicationText::Role => MAX_NAME_CHARS,
            ApplicationText::Link => MAX_LINK_CHARS,
            ApplicationText::NextStep => MAX_NEXT_STEP_CHARS,
            ApplicationText::Notes => MAX_TEXT_CHARS,
            ApplicationText::Research | ApplicationText::ToAsk | ApplicationText::PeopleMet => {
                MAX_PREP_CHARS
            }
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ApplicationText::Company => "Company",
            ApplicationText::Role => "Role",
            ApplicationText::Link => "Link to the posting",
            ApplicationText::NextStep => "Next step",
            ApplicationText::Notes => "Notes",
            ApplicationText::Research => "What you found out about them",
            ApplicationText::ToAsk => "Questions you want to ask",
            ApplicationText::PeopleMet => "People you met",
        }
    }
}

/// Where an application stands. The first four are open, one column each on the board; the last
/// four close it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum AppStatus {
    #[default]
    Interested,
    Applied,
    Interviewing,
    Offer,
    Accepted,
    Declined,
    Rejected,
    Withdrawn,
}
saved_choice!(AppStatus);

impl AppStatus {
    pub const ALL: [AppStatus; 8] = [
        AppStatus::Interested,
        AppStatus::Applied,
        AppStatus::Interviewing,
        AppStatus::Offer,
        AppStatus::Accepted,
        AppStatus::Declined,
        AppStatus::Rejected,
        AppStatus::Withdrawn,
    ];
    pub const OPEN: [AppStatus; 4] = [
        AppStatus::Interested,
        AppStatus::Applied,
        AppStatus::Interviewing,
        AppStatus::Offer,
    ];
    pub const CLOSED: [AppStatus; 4] = [
        AppStatus::Accepted,
        AppStatus::Declined,
        AppStatus::Rejected,
        AppStatus::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            AppStatus::Interested => "interested",
            AppStatus::Applied => "applied",
            AppStatus::Interviewing => "interviewing",
            AppStatus::Offer => "offer",
            AppStatus::Accepted => "accepted",
            AppStatus::Declined => "declined",
            AppStatus::Rejected => "rejected",
            AppStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            AppStatus::Interested => "Interested",
            AppStatus::Applied => "Applied",
            AppStatus::Interviewing => "Interviewing",
            AppStatus::Offer => "Offer",
            AppStatus::Accepted => "Accepted",
            AppStatus::Declined => "Declined",
            AppStatus::Rejected => "Rejected",
            AppStatus::Withdrawn => "Withdrawn",
        }
    }

    pub fn is_open(self) -> bool {
        Self::OPEN.contains(&self)
    }
}

/// How an application stood before a move: what undoing the move puts back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stood {
    pub app: Id,
    pub status: AppStatus,
    pub applied_on: Option<NaiveDate>,
    pub history: Vec<StatusChange>,
}

impl Application {
    /// "Role at Company", or whichever of the two is written.
    pub fn name(&self) -> String {
        match (self.role.trim(), self.company.trim()) {
            ("", "") => "An application".into(),
            (role, "") => role.into(),
            ("", company) => company.into(),
            (role, company) => format!("{role} at {company}"),
        }
    }

    pub fn stood(&self) -> Stood {
        Stood {
            app: self.id,
            status: self.status,
            applied_on: self.applied_on,
            history: self.history.clone(),
        }
    }

    /// Moves it to `to` on `today`: the move joins the history, and the first move past
    /// "interested" dates the application when no date applied was written and the date found
    /// allows it (withdrawing before applying is not applying). Returns whether anything changed.
    pub fn move_to(&mut self, to: AppStatus, today: NaiveDate) -> bool {
        if self.status == to {
            return false;
        }
        if self.status == AppStatus::Interested
            && to != AppStatus::Withdrawn
            && self.applied_on.is_none()
            && self.found_on.is_none_or(|found| found <= today)
        {
            self.applied_on = Some(today);
        }
        self.status = to;
        if self.history.len() >= MAX_HISTORY {
            self.history.remove(0);
        }
        self.history.push(StatusChange {
            on: today,
            status: to,
        });
        true
    }

    /// Days since the last move (or since it was added), for "waiting 12 days" on a card.
    pub fn days_in_status(&self, today: NaiveDate) -> Option<i64> {
        let since = self.history.last().map(|c| c.on)?;
        Some((today - since).num_days().max(0))
    }
}

/// Why the company and role may not both be empty: the one rule the form and the edit ask.
pub fn identity_refusal(company: &str, role: &str) -> Option<Refusal> {
    (company.trim().is_empty() && role.trim().is_empty()).then_some(Refusal::Empty {
        ask: "Write the company or the role, or both.",
    })
}

pub fn application_refusal(count: usize, company: &str, role: &str) -> Option<Refusal> {
    let full = Refusal::Full {
        limit: MAX_APPLICATIONS,
        what: "applications",
        make_room: "Remove closed ones you no longer need first.",
    };
    identity_refusal(company, role).or_else(|| crate::model::base::refusal_when_full(count, full))
}

/// What is wrong with a pair of dates, if anything: applied before it was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatesProblem {
    AppliedBeforeFound {
        found: NaiveDate,
        applied: NaiveDate,
    },
}

impl DatesProblem {
    pub fn message(self) -> String {
        match self {
            DatesProblem::AppliedBeforeFound { found, applied } => {
                format!("The date applied ({applied}) is before the date you found it ({found}). Change one of them.")
            }
        }
    }
}

pub fn dates_problem(found: Option<NaiveDate>, applied: Option<NaiveDate>) -> Option<DatesProblem> {
    match (found, applied) {
        (Some(found), Some(applied)) if applied < found => {
            Some(DatesProblem::AppliedBeforeFound { found, applied })
        }
        _ => None,
    }
}

/// The list's filter: each empty for "all". The text is looked for in the company, the role and
/// the next step (not in the notes, which the list would otherwise copy at every key press).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppFilter {
    pub query: String,
    pub status: Option<AppStatus>,
    pub option: Option<Id>,
}

impl AppFilter {
    pub fn shows(&self, app: &Application) -> bool {
        let query = self.query.trim().to_lowercase();
        let text_ok = query.is_empty()
            || [&app.company, &app.role, &app.next_step]
                .iter()
                .any(|t| t.to_lowercase().contains(&query));
        text_ok
            && self.status.is_none_or(|s| app.status == s)
            && self.option.is_none_or(|o| app.option == Some(o))
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.status.is_none() && self.option.is_none()
    }
}

/// What the list is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AppSort {
    /// The person's order: as added.
    #[default]
    Added,
    Found,
    Applied,
    NextStep,
    /// The last move.
    Updated,
    Status,
    Company,
}

impl AppSort {
    pub const ALL: [AppSort; 7] = [
        AppSort::Added,
        AppSort::NextStep,
        AppSort::Updated,
        AppSort::Found,
        AppSort::Applied,
        AppSort::Status,
        AppSort::Company,
    ];

    pub fn key(self) -> &'static str {
        match self {
            AppSort::Added => "added",
            AppSort::Found => "found",
            AppSort::Applied => "applied",
            AppSort::NextStep => "next",
            AppSort::Updated => "updated",
            AppSort::Status => "status",
            AppSort::Company => "company",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            AppSort::Added => "Order added",
            AppSort::Found => "Date found (newest first)",
            AppSort::Applied => "Date applied (newest first)",
            AppSort::NextStep => "Next step (soonest first)",
            AppSort::Updated => "Last moved (newest first)",
            AppSort::Status => "Status",
            AppSort::Company => "Company (A to Z)",
        }
    }
}

/// The ids of the applications `filter` shows, in the order `sort` asks. Ties, and applications
/// without the date sorted by (which go last), keep the order they were added in.
pub fn listed(apps: &[Application], filter: &AppFilter, sort: AppSort) -> Vec<Id> {
    let mut shown: Vec<&Application> = apps.iter().filter(|a| filter.shows(a)).collect();
    let newest_first = |d: Option<NaiveDate>| (d.is_none(), std::cmp::Reverse(d));
    match sort {
        AppSort::Added => {}
        AppSort::Found => shown.sort_by_key(|a| newest_first(a.found_on)),
        AppSort::Applied => shown.sort_by_key(|a| newest_first(a.applied_on)),
        AppSort::Updated => shown.sort_by_key(|a| newest_first(a.history.last().map(|c| c.on))),
        AppSort::NextStep => shown.sort_by_key(|a| (a.next_on.is_none(), a.next_on)),
        AppSort::Status => shown.sort_by_key(|a| a.status),
        AppSort::Company => shown
            .sort_by_cached_key(|a| (a.company.trim().is_empty(), a.company.trim().to_lowercase())),
    }
    shown.into_iter().map(|a| a.id).collect()
}

/// How many applications have each status, in `AppStatus::ALL`'s order.
pub fn counts(apps: &[Application]) -> [(AppStatus, usize); 8] {
    AppStatus::ALL.map(|status| (status, apps.iter().filter(|a| a.status == status).count()))
}

/// The ids of the applications with `status`, in the order they were added: one board column.
pub fn column(apps: &[Application], status: AppStatus) -> Vec<Id> {
    apps.iter()
        .filter(|a| a.status == status)
        .map(|a| a.id)
        .collect()
}
