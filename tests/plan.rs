//! The plan (P1–P3) within the workbook: steps under goals, moves, splits, links to every earlier
//! stage, if–then plans from buts, check-ins, and what removals elsewhere do to the plan's links.

use chrono::NaiveDate;
use waypoint::model::base::{Direction, IdSource};
use waypoint::model::deeper::{DeeperEdit, SkillGap};
use waypoint::model::exploration::buts::ButEdit;
use waypoint::model::exploration::goals::GoalEdit;
use waypoint::model::networking::NetworkingEdit;
use waypoint::model::plan::*;
use waypoint::model::{Edit, Id, Workbook};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn gap(deadline: Option<NaiveDate>) -> SkillGap {
    SkillGap {
        id: Id(7),
        skill: "Python".into(),
        target: 4,
        deadline,
        ..SkillGap::default()
    }
}

/// A workbook with two goals, an option, a contact and a parked but.
fn workbook() -> Workbook {
    let mut w = Workbook::default();
    for _ in 0..2 {
        assert!(w.apply(GoalEdit::Add.into()));
    }
    assert!(w.apply(DeeperEdit::AddOption("Teacher".into()).into()));
    assert!(w.apply(NetworkingEdit::AddContact("Priya".into()).into()));
    assert!(w.apply(
        ButEdit::Park {
            text: "But I have a mortgage".into(),
            parked_from: "Start".into(),
            today: day(2026, 12, 1)
        }
        .into()
    ));
    w
}

fn goals(w: &Workbook) -> (Id, Id) {
    (w.exploration.goals[0].id, w.exploration.goals[1].id)
}

fn add(w: &mut Workbook, title: &str, goal: Option<Id>) -> Id {
    assert!(
        w.apply(
            PlanEdit::AddStep {
                title: title.into(),
                goal,
                check_in: None
            }
            .into()
        ),
        "{title}"
    );
    w.plan.steps.iter().find(|s| s.title == title).unwrap().id
}

fn titles(w: &Workbook) -> Vec<&str> {
    w.plan.steps.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn steps_are_added_at_the_end_of_their_goal_and_moved_among_its_steps() {
    let mut w = workbook();
    let (first, second) = goals(&w);
    add(&mut w, "A1", Some(first));
    add(&mut w, "Own", None);
    add(&mut w, "B1", Some(second));
    add(&mut w, "A2", Some(first));
    assert_eq!(titles(&w), ["A1", "A2", "Own", "B1"]);
    let a2 = w.plan.steps[1].id;
    assert!(w.apply(PlanEdit::MoveStep(a2, Direction::Up).into()));
    assert_eq!(titles(&w), ["A2", "A1", "Own", "B1"]);
    assert!(
        !w.apply(PlanEdit::MoveStep(a2, Direction::Up).into()),
        "first of its goal"
    );
    let a1 = w.plan.steps[1].id;
    assert!(
        !w.apply(PlanEdit::MoveStep(a1, Direction::Down).into()),
        "last of its goal: other goals' steps are not its neighbours"
    );
    assert_eq!(
        w.plan
            .steps_of(Some(first))
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        ["A2", "A1"]
    );
    // Dragged onto another step of its goal, a step takes its place, from above or from below.
    let a3 = add(&mut w, "A3", Some(first));
    assert_eq!(titles(&w), ["A2", "A1", "A3", "Own", "B1"]);
    let a2 = w.plan.steps[0].id;
    assert!(
        w.apply(PlanEdit::MoveStepTo(a2, a3).into()),
        "down onto the last"
    );
    assert_eq!(titles(&w), ["A1", "A3", "A2", "Own", "B1"]);
    assert!(
        w.apply(PlanEdit::MoveStepTo(a3, a1).into()),
        "up onto the first"
    );
    assert_eq!(titles(&w), ["A3", "A1", "A2", "Own", "B1"]);
    let (own, b1) = (w.plan.steps[3].id, w.plan.steps[4].id);
    assert!(
        !w.apply(PlanEdit::MoveStepTo(a1, b1).into()),
        "onto another goal's step"
    );
    assert!(
        !w.apply(PlanEdit::MoveStepTo(own, a1).into()),
        "a step of its own onto a goal's"
    );
    assert!(!w.apply(PlanEdit::MoveStepTo(a1, a1).into()), "onto itself");
    assert!(
        !w.apply(PlanEdit::MoveStepTo(a1, Id(9999)).into()),
        "onto nothing"
    );
    assert_eq!(titles(&w), ["A3", "A1", "A2", "Own", "B1"]);
    // Refused: no words, a goal or check-in that does not exist.
    assert!(!w.apply(
        PlanEdit::AddStep {
            title: "  ".into(),
            goal: None,
            check_in: None
        }
        .into()
    ));
    assert!(!w.apply(
        PlanEdit::AddStep {
            title: "X".into(),
            goal: Some(Id(9999)),
            check_in: None
        }
        .into()
    ));
    assert!(!w.apply(
        PlanEdit::AddStep {
            title: "X".into(),
            goal: None,
            check_in: Some(Id(9999))
        }
        .into()
    ));
    assert!(new_step_refusal(&w.plan.steps, " ").is_some_and(|r| r.message().contains("few words")));
}

#[test]
fn a_step_at_the_limit_is_refused_with_a_reason() {
    let mut w = workbook();
    w.plan.steps = (0..MAX_STEPS)
        .map(|i| ActionStep {
            id: Id(10_000 + i as u32),
            title: "s".into(),
            ..ActionStep::default()
        })
        .collect();
    assert!(!w.apply(
        PlanEdit::AddStep {
            title: "One more".into(),
            goal: None,
            check_in: None
        }
        .into()
    ));
    assert!(new_step_refusal(&w.plan.steps, "One more")
        .is_some_and(|r| r.message().contains("500 steps")));
}

#[test]
fn done_is_dated_and_leaving_done_forgets_the_date() {
    let mut w = workbook();
    let step = add(&mut w, "Call Priya", None);
    let today = day(2026, 12, 3);
    assert!(w.apply(
        PlanEdit::SetStatus {
            step,
            status: StepStatus::Doing,
            today
        }
        .into()
    ));
    assert_eq!(w.plan.steps[0].done_on, None);
    assert!(w.apply(
        PlanEdit::SetStatus {
            step,
            status: StepStatus::Done,
            today
        }
        .into()
    ));
    assert_eq!(w.plan.steps[0].done_on, Some(today));
    assert!(
        !w.apply(
            PlanEdit::SetStatus {
                step,
                status: StepStatus::Done,
                today
            }
            .into()
        ),
        "no change"
    );
    assert!(w.apply(
        PlanEdit::SetStatus {
            step,
            status: StepStatus::Dropped,
            today
        }
        .into()
    ));
    assert_eq!(w.plan.steps[0].done_on, None);
    assert!(
        !w.apply(
            PlanEdit::SetStatus {
                step,
                status: StepStatus::Done,
                today: day(1899, 12, 31)
            }
            .into()
        ),
        "a day outside the accepted years"
    );
}

#[test]
fn links_point_only_at_what_exists() {
    let mut w = workbook();
    let step = add(&mut w, "Ask Priya about teaching", None);
    let (option, contact) = (w.deeper.options[0].id, w.networking.contacts[0].id);
    assert!(w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::Option,
            to: Some(option)
        }
        .into()
    ));
    assert!(w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::Contact,
            to: Some(contact)
        }
        .into()
    ));
    assert!(
        !w.apply(
            PlanEdit::SetLink {
                step,
                link: StepLink::Contact,
                to: Some(option)
            }
            .into()
        ),
        "an option is not a contact"
    );
    assert!(!w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::Goal,
            to: Some(Id(9999))
        }
        .into()
    ));
    assert_eq!(
        (w.plan.steps[0].option, w.plan.steps[0].contact),
        (Some(option), Some(contact))
    );
    assert!(w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::Option,
            to: None
        }
        .into()
    ));
    assert_eq!(w.plan.steps[0].option, None);
}

#[test]
fn a_split_keeps_the_step_and_adds_the_rest_after_it_with_its_date_and_links() {
    let mut w = workbook();
    let (first, _) = goals(&w);
    let big = add(&mut w, "Get a job in teaching", Some(first));
    let after = add(&mut w, "Later", Some(first));
    let contact = w.networking.contacts[0].id;
    assert!(w.apply(PlanEdit::SetDue(big, Some(day(2027, 1, 10))).into()));
    assert!(w.apply(
        PlanEdit::SetLink {
            step: big,
            link: StepLink::Contact,
            to: Some(contact)
        }
        .into()
    ));
    let into = vec![
        "Find three schools".to_string(),
        "  ".to_string(),
        "Write to one head".to_string(),
    ];
    assert!(w.apply(PlanEdit::SplitStep { step: big, into }.into()));
    assert_eq!(
        titles(&w),
        ["Find three schools", "Write to one head", "Later"]
    );
    assert_eq!(
        w.plan.steps[0].id, big,
        "the step keeps its id, so links to it hold"
    );
    let new = &w.plan.steps[1];
    assert_ne!(new.id, big);
    assert_eq!(
        (new.due, new.goal, new.contact, new.status),
        (
            Some(day(2027, 1, 10)),
            Some(first),
            Some(contact),
            StepStatus::ToDo
        )
    );
    assert_eq!(w.plan.steps[2].id, after);
    assert!(!w.apply(
        PlanEdit::SplitStep {
            step: big,
            into: vec!["Only one".into()]
        }
        .into()
    ));
    assert_eq!(w.check_limits(), Ok(()));
}

#[test]
fn steps_are_made_once_per_gap_with_its_option() {
    let mut plan = Plan::default();
    let mut ids = IdSource::starting_at(20);
    let mut with_option = gap(None);
    with_option.option = Some(Id(3));
    assert!(plan.add_steps_for_gap(&with_option, day(2026, 11, 23), &mut ids));
    assert_eq!(plan.steps_from_gap(Id(7)), 2);
    assert!(!plan.add_steps_for_gap(&with_option, day(2026, 11, 23), &mut ids));
    assert!(plan.steps.iter().all(|s| s.skill_gap == Some(Id(7))
        && s.option == Some(Id(3))
        && s.status == StepStatus::ToDo));
    assert!(step_title_refusal("  ").is_some_and(|r| r.message().contains("keeps its old wording")));
    assert_eq!(step_title_refusal(" A call "), None);
    assert_eq!(
        plan.next_steps(3)[0].id,
        plan.steps[0].id,
        "the dated first step comes first"
    );
}

#[test]
fn next_steps_are_open_dated_first_then_in_the_persons_order() {
    let mut w = workbook();
    let undated = add(&mut w, "Undated", None);
    let late = add(&mut w, "Late", None);
    let soon = add(&mut w, "Soon", None);
    let done = add(&mut w, "Done", None);
    w.apply(PlanEdit::SetDue(late, Some(day(2027, 3, 1))).into());
    w.apply(PlanEdit::SetDue(soon, Some(day(2027, 1, 1))).into());
    w.apply(PlanEdit::SetDue(done, Some(day(2026, 12, 1))).into());
    w.apply(
        PlanEdit::SetStatus {
            step: done,
            status: StepStatus::Done,
            today: day(2026, 12, 1),
        }
        .into(),
    );
    let next: Vec<Id> = w.plan.next_steps(3).iter().map(|s| s.id).collect();
    assert_eq!(next, [soon, late, undated]);
}

#[test]
fn a_moved_deadline_is_pointed_out_until_the_open_steps_fit_it() {
    let mut w = Workbook::default();
    let mut far = gap(Some(day(2027, 3, 1)));
    w.plan
        .add_steps_for_gap(&far, day(2026, 11, 23), &mut w.next_id);
    assert_eq!(w.plan.deadline_fit(&far), DeadlineFit::Fits);
    far.deadline = Some(day(2027, 5, 1));
    assert_eq!(
        w.plan.deadline_fit(&far),
        DeadlineFit::EndsOn(day(2027, 3, 1))
    );
    let last = w.plan.steps[2].id;
    assert!(w.apply(PlanEdit::SetDue(last, Some(day(2027, 5, 1))).into()));
    assert_eq!(w.plan.deadline_fit(&far), DeadlineFit::Fits);
    assert!(w.apply(PlanEdit::SetDue(last, None).into()));
    assert_eq!(w.plan.deadline_fit(&far), DeadlineFit::Undated);
    for step in w.plan.steps.clone() {
        w.apply(
            PlanEdit::SetStatus {
                step: step.id,
                status: StepStatus::Dropped,
                today: day(2026, 12, 1),
            }
            .into(),
        );
    }
    assert_eq!(
        w.plan.deadline_fit(&far),
        DeadlineFit::Fits,
        "dropped steps are history"
    );
    far.deadline = None;
    assert_eq!(w.plan.deadline_fit(&far), DeadlineFit::Fits);
}

#[test]
fn a_deadline_set_after_the_steps_asks_for_the_undated_one() {
    let mut plan = Plan::default();
    let mut open_ended = gap(None);
    plan.add_steps_for_gap(
        &open_ended,
        day(2026, 11, 23),
        &mut IdSource::starting_at(20),
    );
    assert_eq!(plan.deadline_fit(&open_ended), DeadlineFit::Fits);
    open_ended.deadline = Some(day(2027, 2, 1));
    assert_eq!(plan.deadline_fit(&open_ended), DeadlineFit::Undated);
}

#[test]
fn a_but_becomes_an_if_then_plan_once_and_stays_linked() {
    let mut w = workbook();
    let (first, _) = goals(&w);
    let but = w.exploration.buts[0].id;
    assert!(w.apply(
        PlanEdit::IfThenFromBut {
            but,
            goal: Some(first)
        }
        .into()
    ));
    let plan = &w.plan.if_thens[0];
    assert_eq!(
        (plan.obstacle.as_str(), plan.but, plan.goal),
        ("I have a mortgage", Some(but), Some(first))
    );
    assert!(
        !w.apply(PlanEdit::IfThenFromBut { but, goal: None }.into()),
        "one plan per but"
    );
    assert!(!w.apply(
        PlanEdit::IfThenFromBut {
            but: Id(9999),
            goal: None
        }
        .into()
    ));
    assert_eq!(
        w.plan.if_then_from_but(but).map(|p| p.id),
        Some(w.plan.if_thens[0].id)
    );
    assert!(w.apply(PlanEdit::AddIfThen { goal: None }.into()));
    let own = w.plan.if_thens[1].id;
    assert!(w.apply(
        PlanEdit::SetIfThenText(
            own,
            IfThenText::Response,
            "I will ask for a part-time start".into()
        )
        .into()
    ));
    assert!(!w.apply(PlanEdit::SetIfThenGoal(own, Some(Id(9999))).into()));
    assert!(w.apply(PlanEdit::SetIfThenGoal(own, Some(first)).into()));
}

#[test]
fn check_ins_are_never_in_the_future_and_ratings_stay_in_range() {
    let mut w = workbook();
    let (first, _) = goals(&w);
    let today = day(2026, 12, 3);
    assert!(
        !w.apply(
            PlanEdit::AddCheckIn {
                on: day(2026, 12, 4),
                today
            }
            .into()
        ),
        "tomorrow is refused"
    );
    assert!(w.apply(PlanEdit::AddCheckIn { on: today, today }.into()));
    let id = w.plan.check_ins[0].id;
    assert!(!w.apply(
        PlanEdit::SetCheckInDate {
            id,
            on: day(2026, 12, 10),
            today
        }
        .into()
    ));
    assert!(w.apply(
        PlanEdit::SetCheckInDate {
            id,
            on: day(2026, 12, 1),
            today
        }
        .into()
    ));
    assert!(w.apply(PlanEdit::SetRating(id, Rating::Confidence, Some(7)).into()));
    assert!(!w.apply(PlanEdit::SetRating(id, Rating::Energy, Some(11)).into()));
    assert!(!w.apply(PlanEdit::SetRating(id, Rating::Energy, Some(0)).into()));
    assert!(w.apply(
        PlanEdit::SetProgress {
            check_in: id,
            goal: first,
            percent: Some(40)
        }
        .into()
    ));
    assert!(w.apply(
        PlanEdit::SetProgress {
            check_in: id,
            goal: first,
            percent: Some(60)
        }
        .into()
    ));
    assert!(!w.apply(
        PlanEdit::SetProgress {
            check_in: id,
            goal: first,
            percent: Some(101)
        }
        .into()
    ));
    assert!(!w.apply(
        PlanEdit::SetProgress {
            check_in: id,
            goal: Id(9999),
            percent: Some(10)
        }
        .into()
    ));
    assert_eq!(w.plan.check_ins[0].progress_of(first), Some(60));
    assert!(
        w.apply(PlanEdit::SetCheckInText(id, CheckInText::Wins, "Two calls made".into()).into())
    );
    // A commitment becomes a step, linked to the check-in.
    assert!(w.apply(
        PlanEdit::AddStep {
            title: "Book the open day".into(),
            goal: None,
            check_in: Some(id)
        }
        .into()
    ));
    assert_eq!(w.plan.steps[0].check_in, Some(id));
    assert!(w.apply(
        PlanEdit::SetProgress {
            check_in: id,
            goal: first,
            percent: None
        }
        .into()
    ));
    assert_eq!(w.plan.check_ins[0].progress_of(first), None);
    assert_eq!(w.check_limits(), Ok(()));
}

#[test]
fn removing_what_the_plan_points_at_cuts_the_links_and_undo_ties_them_again() {
    let mut w = workbook();
    let (first, _) = goals(&w);
    let step = add(&mut w, "Ask Priya", Some(first));
    let (option, contact, but) = (
        w.deeper.options[0].id,
        w.networking.contacts[0].id,
        w.exploration.buts[0].id,
    );
    w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::Option,
            to: Some(option),
        }
        .into(),
    );
    w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::Contact,
            to: Some(contact),
        }
        .into(),
    );
    w.apply(
        PlanEdit::IfThenFromBut {
            but,
            goal: Some(first),
        }
        .into(),
    );
    w.apply(
        PlanEdit::AddCheckIn {
            on: day(2026, 12, 1),
            today: day(2026, 12, 3),
        }
        .into(),
    );
    let check_in = w.plan.check_ins[0].id;
    w.apply(
        PlanEdit::SetLink {
            step,
            link: StepLink::CheckIn,
            to: Some(check_in),
        }
        .into(),
    );
    w.apply(
        PlanEdit::SetProgress {
            check_in,
            goal: first,
            percent: Some(30),
        }
        .into(),
    );
    let original = w.clone();
    let targets: [waypoint::model::edit::Target; 6] = [
        waypoint::model::exploration::Target::Goal(first).into(),
        waypoint::model::deeper::Target::Option(option).into(),
        waypoint::model::networking::Target::Contact(contact).into(),
        waypoint::model::exploration::Target::But(but).into(),
        Target::CheckIn(check_in).into(),
        Target::IfThen(original.plan.if_thens[0].id).into(),
    ];
    for target in targets {
        let mut w = original.clone();
        let removed = w.removal_of(target).unwrap();
        assert!(w.apply(Edit::Remove(target)), "{target:?}");
        let gone = removed.part.ids();
        assert!(
            w.plan.links_to(&gone).is_empty(),
            "{target:?}: no link left to what went"
        );
        let mut normalised = w.clone();
        normalised.normalise();
        assert_eq!(
            normalised, w,
            "{target:?}: nothing left for normalise to repair"
        );
        assert!(w.apply(Edit::Restore(removed)));
        assert_eq!(w, original, "{target:?} came back with every link");
    }
}

#[test]
fn normalise_cuts_links_a_file_holds_to_nothing() {
    let mut w = workbook();
    w.plan.steps.push(ActionStep {
        id: Id(900),
        title: "x".into(),
        goal: Some(Id(1)),
        contact: Some(Id(2)),
        check_in: Some(Id(3)),
        done_on: Some(day(2026, 1, 1)),
        ..ActionStep::default()
    });
    w.plan.if_thens.push(IfThen {
        id: Id(901),
        goal: Some(Id(4)),
        but: Some(Id(5)),
        ..IfThen::default()
    });
    w.plan.check_ins.push(CheckIn {
        id: Id(902),
        progress: vec![
            GoalProgress {
                goal: Id(6),
                percent: 10,
            },
            GoalProgress {
                goal: Id(6),
                percent: 20,
            },
        ],
        ..CheckIn::default()
    });
    w.normalise();
    let step = &w.plan.steps[0];
    assert_eq!(
        (step.goal, step.contact, step.check_in, step.done_on),
        (None, None, None, None)
    );
    assert_eq!(
        (w.plan.if_thens[0].goal, w.plan.if_thens[0].but),
        (None, None)
    );
    assert_eq!(
        w.plan.check_ins[0].progress,
        [GoalProgress {
            goal: Id(6),
            percent: 10
        }]
    );
}
