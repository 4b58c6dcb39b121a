//! P4, what the dashboard shows, as pure functions of the workbook: how far each stage has come
//! (counted from what is filled in, each count with the checks behind it), what is overdue or due
//! this week from every stage (through the one agenda), the next steps and recent wins; and the
//! journey on one page for the celebration (C4).

use chrono::{Duration, NaiveDate};

use super::agenda::{agenda, AgendaItem};
use super::exploration::{Completion, Section};
use super::workbook::Workbook;

/// One thing a stage asks for, and whether it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub what: &'static str,
    pub done: bool,
}

/// How far a stage has come: its checks, in the order a person meets them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageProgress {
    pub stage: &'static str,
    pub checks: Vec<Check>,
}

impl StageProgress {
    pub fn done(&self) -> usize {
        self.checks.iter().filter(|c| c.done).count()
    }

    /// Whole per cent, rounded down, so that 100 means every check.
    pub fn percent(&self) -> usize {
        match self.checks.len() {
            0 => 0,
            n => self.done() * 100 / n,
        }
    }
}

fn check(what: &'static str, done: bool) -> Check {
    Check { what, done }
}

/// Each stage built so far, with what counts as progress in it.
pub fn stage_progress(w: &Workbook) -> Vec<StageProgress> {
    let exploration = StageProgress {
        stage: "Exploration",
        checks: Section::ALL
            .into_iter()
            .map(|s| {
                check(
                    s.title(),
                    w.exploration.completion(s, &w.vision) == Completion::Done,
                )
            })
            .collect(),
    };
    let d = &w.deeper;
    let scored = d.options.iter().filter(|o| !o.archived).any(|o| {
        d.matrix
            .criteria
            .iter()
            .all(|c| d.matrix.score(o.id, c.id).is_some())
    });
    let deeper = StageProgress {
        stage: "Diving deeper",
        checks: vec![
            check(
                "Two or more career options to compare",
                d.active_count() >= 2,
            ),
            check(
                "One option scored on every criterion",
                scored && !d.matrix.criteria.is_empty(),
            ),
            check(
                "An option tested in real life",
                d.options
                    .iter()
                    .any(|o| o.reality_tests.iter().any(|t| t.done)),
            ),
            check("A direction decided", w.decision_title().is_some()),
            check("The skills it needs planned", !d.skill_gaps.is_empty()),
        ],
    };
    let n = &w.networking;
    let networking = StageProgress {
        stage: "Networking",
        checks: vec![
            check("Three people you could talk to", n.contacts.len() >= 3),
            check("A first conversation", !n.interactions.is_empty()),
            check("Three conversations", n.interactions.len() >= 3),
            check("A rung of the ladder climbed", n.rungs_climbed() > 0),
            check("A networking goal", !n.goals.is_empty()),
        ],
    };
    let a = &w.applying;
    let applying = StageProgress {
        stage: "Applying",
        checks: vec![
            check(
                "A material ready to send",
                a.materials.iter().any(|m| {
                    m.versions
                        .iter()
                        .any(|v| v.status == super::applying::VersionStatus::Final)
                }),
            ),
            check(
                "An application sent",
                a.applications.iter().any(|x| x.applied_on.is_some()),
            ),
            check(
                "Each application tied to an option",
                !a.applications.is_empty() && a.applications.iter().all(|x| x.option.is_some()),
            ),
            check(
                "A STAR story",
                a.stories.iter().any(|s| !s.result.trim().is_empty()),
            ),
            check("An answer practised", !a.practice.is_empty()),
        ],
    };
    let p = &w.plan;
    let plan = StageProgress {
        stage: "Plan",
        checks: vec![
            check(
                "A step toward one of your goals",
                p.steps.iter().any(|s| s.goal.is_some()),
            ),
            check(
                "A step done",
                p.steps
                    .iter()
                    .any(|s| s.status == super::plan::StepStatus::Done),
            ),
            check(
                "An if–then plan",
                p.if_thens.iter().any(|i| !i.response.trim().is_empty()),
            ),
            check("A check-in", !p.check_ins.is_empty()),
        ],
    };
    let c = &w.closing;
    let closing = StageProgress {
        stage: "Closing",
        checks: vec![
            check(
                "Two offers to compare (staying counts)",
                c.offers.len() >= 2,
            ),
            check(
                "Every offer scored",
                !c.offers.is_empty() && {
                    let totals = c.matrix.totals(&c.offer_ids());
                    totals.iter().all(|t| t.criteria > 0 && t.is_complete())
                },
            ),
            check(
                "A negotiation plan",
                c.offers.iter().any(|o| {
                    o.negotiation.target.is_some() || !o.negotiation.clear_yes.trim().is_empty()
                }),
            ),
            check("Leaving well under way", c.leaving.iter().any(|i| i.done)),
            check(
                "The journey looked back on",
                !c.celebration.proud_of.trim().is_empty(),
            ),
        ],
    };
    vec![exploration, deeper, networking, applying, closing, plan]
}

/// What needs attention on `today`: open things dated before today, and those of the next seven days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Due {
    pub overdue: Vec<AgendaItem>,
    pub this_week: Vec<AgendaItem>,
}

pub fn due(w: &Workbook, today: NaiveDate) -> Due {
    let week_ends = today + Duration::days(6);
    let mut due = Due::default();
    for item in agenda(w, today)
        .into_iter()
        .filter(|i| !i.done && i.day <= week_ends)
    {
        if item.day < today {
            due.overdue.push(item);
        } else {
            due.this_week.push(item);
        }
    }
    due
}

/// A win to remember: a step done, or what a check-in named as going well, with its day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Win {
    pub day: NaiveDate,
    pub what: String,
}

/// Wins of the last `days` days up to `today`, newest first, at most `most`.
pub fn recent_wins(w: &Workbook, today: NaiveDate, days: i64, most: usize) -> Vec<Win> {
    let since = today - Duration::days(days);
    let recent = |day: &NaiveDate| *day >= since && *day <= today;
    let steps = w.plan.steps.iter().filter_map(|s| {
        s.done_on.filter(recent).map(|day| Win {
            day,
            what: format!("Done: {}", s.title.trim()),
        })
    });
    let check_ins = w
        .plan
        .check_ins
        .iter()
        .filter(|c| !c.wins.trim().is_empty())
        .filter_map(|c| {
            c.on.filter(recent).map(|day| Win {
                day,
                what: c.wins.trim().to_string(),
            })
        });
    let mut wins: Vec<Win> = steps.chain(check_ins).collect();
    wins.sort_by(|a, b| b.day.cmp(&a.day));
    wins.truncate(most);
    wins
}

/// The journey on one page (C4): what was reached and chosen, what was learned on the way, and a
/// few numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journey {
    /// Goals whose latest progress, at a check-in, is 100 %.
    pub goals_reached: Vec<String>,
    /// Goals still open, for an honest picture.
    pub goals_open: usize,
    pub top_values: Vec<String>,
    /// The chosen direction and why, when decided.
    pub direction: Option<(String, String)>,
    /// Insights written along the way, in the order of the program: what a check-in found working,
    /// what a setback taught.
    pub insights: Vec<String>,
    pub conversations: usize,
    pub applications_sent: usize,
    pub check_ins: usize,
    /// Days from the program's start to `today`, when it has started.
    pub days_since_start: Option<i64>,
}

/// At most this many insights on the page: the latest ones.
pub const MAX_INSIGHTS: usize = 8;

pub fn journey(w: &Workbook, today: NaiveDate) -> Journey {
    let mut check_ins: Vec<_> = w.plan.check_ins.iter().filter(|c| c.on.is_some()).collect();
    check_ins.sort_by_key(|c| c.on);
    let latest_percent = |goal| {
        check_ins
            .iter()
            .rev()
            .find_map(|c| c.progress.iter().find(|p| p.goal == goal))
            .map(|p| p.percent)
    };
    let goals: Vec<_> = w
        .exploration
        .goals
        .iter()
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    let goals_reached: Vec<String> = goals
        .iter()
        .filter(|g| latest_percent(g.id) == Some(100))
        .map(|g| g.text.trim().to_string())
        .collect();
    let decision = &w.deeper.decision;
    let direction = w
        .decision_title()
        .map(|title| (title, decision.why.trim().to_string()));
    let works = check_ins
        .iter()
        .map(|c| c.works.trim())
        .filter(|t| !t.is_empty());
    let learned = w
        .applying
        .setbacks
        .iter()
        .map(|s| s.learned.trim())
        .filter(|t| !t.is_empty());
    let mut insights: Vec<String> = works.chain(learned).map(str::to_string).collect();
    let extra = insights.len().saturating_sub(MAX_INSIGHTS);
    insights.drain(..extra);
    Journey {
        goals_open: goals.len() - goals_reached.len(),
        goals_reached,
        top_values: w.top_value_names(),
        direction,
        insights,
        conversations: w.networking.interactions.len(),
        applications_sent: w
            .applying
            .applications
            .iter()
            .filter(|a| a.applied_on.is_some())
            .count(),
        check_ins: w.plan.check_ins.len(),
        days_since_start: w
            .profile
            .started_on
            .filter(|start| *start <= today)
            .map(|start| (today - start).num_days()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::agenda::AgendaKind;
    use crate::model::deeper::DeeperEdit;
    use crate::model::exploration::goals::GoalEdit;
    use crate::model::networking::NetworkingEdit;
    use crate::model::plan::{PlanEdit, StepStatus};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn of<'a>(progress: &'a [StageProgress], stage: &str) -> &'a StageProgress {
        progress.iter().find(|p| p.stage == stage).unwrap()
    }

    #[test]
    fn progress_counts_what_is_filled_in() {
        let mut w = Workbook::default();
        let empty = stage_progress(&w);
        assert!(
            empty.iter().all(|p| p.done() == 0 && p.percent() == 0),
            "{empty:?}"
        );
        assert_eq!(
            of(&empty, "Exploration").checks[0].what,
            "Where you are now",
            "each section by name"
        );
        assert_eq!(
            of(&empty, "Exploration").checks.len(),
            w.exploration.progress(&w.vision).1
        );
        for title in ["Nurse", "Teacher"] {
            assert!(w.apply(DeeperEdit::AddOption(title.into()).into()));
        }
        assert!(w.apply(GoalEdit::Add.into()));
        let goal = w.exploration.goals[0].id;
        assert!(w.apply(
            PlanEdit::AddStep {
                title: "Call the college".into(),
                goal: Some(goal),
                check_in: None
            }
            .into()
        ));
        let step = w.plan.steps[0].id;
        assert!(w.apply(
            PlanEdit::SetStatus {
                step,
                status: StepStatus::Done,
                today: day(2026, 12, 1)
            }
            .into()
        ));
        let progress = stage_progress(&w);
        let deeper = of(&progress, "Diving deeper");
        assert_eq!(
            (deeper.done(), deeper.checks.len(), deeper.percent()),
            (1, 5, 20)
        );
        assert!(deeper.checks[0].done && !deeper.checks[1].done);
        assert_eq!(
            of(&progress, "Plan").done(),
            2,
            "a step under a goal, and one done"
        );
        for name in ["Priya", "Tom", "Grace"] {
            assert!(w.apply(NetworkingEdit::AddContact(name.into()).into()));
        }
        assert_eq!(of(&stage_progress(&w), "Networking").done(), 1);
    }

    #[test]
    fn due_splits_overdue_from_this_weeks_and_leaves_later_and_done_things_out() {
        let mut w = Workbook::default();
        let today = day(2026, 12, 31);
        for (title, due) in [
            ("Late", day(2026, 12, 30)),
            ("Today", today),
            ("Sunday", day(2027, 1, 6)),
            ("Later", day(2027, 1, 7)),
            ("Done", day(2026, 12, 29)),
        ] {
            assert!(w.apply(
                PlanEdit::AddStep {
                    title: title.into(),
                    goal: None,
                    check_in: None
                }
                .into()
            ));
            let id = w.plan.steps.last().unwrap().id;
            assert!(w.apply(PlanEdit::SetDue(id, Some(due)).into()));
        }
        let done = w.plan.steps[4].id;
        assert!(w.apply(
            PlanEdit::SetStatus {
                step: done,
                status: StepStatus::Done,
                today
            }
            .into()
        ));
        assert!(w.apply(NetworkingEdit::AddContact("Priya".into()).into()));
        let priya = w.networking.contacts[0].id;
        assert!(w.apply(NetworkingEdit::SetFollowUp(priya, Some(day(2027, 1, 2))).into()));
        let due = due(&w, today);
        let titles =
            |items: &[AgendaItem]| items.iter().map(|i| i.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(&due.overdue), ["Late"]);
        assert_eq!(
            titles(&due.this_week),
            ["Today", "Follow up with Priya", "Sunday"],
            "across the year's end, by date"
        );
        assert!(matches!(due.this_week[1].kind, AgendaKind::FollowUp(_)));
    }

    #[test]
    fn recent_wins_are_done_steps_and_check_in_wins_newest_first() {
        let mut w = Workbook::default();
        let today = day(2026, 12, 3);
        for (title, on) in [("Old", day(2026, 11, 1)), ("New", day(2026, 12, 2))] {
            assert!(w.apply(
                PlanEdit::AddStep {
                    title: title.into(),
                    goal: None,
                    check_in: None
                }
                .into()
            ));
            let id = w.plan.steps.last().unwrap().id;
            assert!(w.apply(
                PlanEdit::SetStatus {
                    step: id,
                    status: StepStatus::Done,
                    today: on
                }
                .into()
            ));
        }
        assert!(w.apply(
            PlanEdit::AddCheckIn {
                on: day(2026, 11, 30),
                today
            }
            .into()
        ));
        let id = w.plan.check_ins[0].id;
        assert!(w.apply(
            PlanEdit::SetCheckInText(
                id,
                crate::model::plan::CheckInText::Wins,
                " Two calls ".into()
            )
            .into()
        ));
        let wins = recent_wins(&w, today, 14, 5);
        assert_eq!(
            wins,
            [
                Win {
                    day: day(2026, 12, 2),
                    what: "Done: New".into()
                },
                Win {
                    day: day(2026, 11, 30),
                    what: "Two calls".into()
                }
            ]
        );
        assert_eq!(recent_wins(&w, today, 14, 1).len(), 1);
    }
}
