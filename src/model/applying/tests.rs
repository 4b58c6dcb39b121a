use chrono::NaiveDate;

use super::*;
use crate::model::base::Link;
use crate::model::deeper::DeeperEdit;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

struct Stages {
    exploration: Exploration,
    deeper: Deeper,
    networking: Networking,
}

impl Stages {
    /// One option (its id in `option`) and one contact, with ids from 200 for Applying.
    fn new() -> (Self, IdSource, Id, Id) {
        let mut ids = IdSource::starting_at(100);
        let mut deeper = Deeper::default();
        assert!(deeper.apply(
            DeeperEdit::AddOption("UX research".into()),
            &Default::default(),
            &mut ids
        ));
        let option = deeper.options[0].id;
        let mut networking = Networking::default();
        assert!(networking.apply(
            crate::model::networking::NetworkingEdit::AddContact("Priya".into()),
            &deeper,
            &mut ids
        ));
        let contact = networking.contacts[0].id;
        (
            Stages {
                exploration: Exploration::default(),
                deeper,
                networking,
            },
            IdSource::starting_at(200),
            option,
            contact,
        )
    }

    fn earlier(&self) -> Earlier<'_> {
        Earlier {
            exploration: &self.exploration,
            deeper: &self.deeper,
            networking: &self.networking,
        }
    }
}

fn add(
    a: &mut Applying,
    stages: &Stages,
    ids: &mut IdSource,
    company: &str,
    role: &str,
    today: NaiveDate,
) -> Id {
    assert!(a.apply(
        ApplyingEdit::AddApplication {
            company: company.into(),
            role: role.into(),
            today
        },
        stages.earlier(),
        ids
    ));
    a.applications.last().unwrap().id
}

#[test]
fn a_move_is_dated_in_the_history_and_undone_exactly() {
    let (stages, mut ids, _, _) = Stages::new();
    let mut a = Applying::default();
    let found = day(2026, 11, 2);
    let app = add(
        &mut a,
        &stages,
        &mut ids,
        "Northwind",
        "UX researcher",
        found,
    );
    let record = a.application(app).unwrap();
    assert_eq!(
        (record.status, record.found_on, record.applied_on),
        (AppStatus::Interested, Some(found), None)
    );
    assert_eq!(
        record.history,
        [StatusChange {
            on: found,
            status: AppStatus::Interested
        }]
    );

    let before = a.application(app).unwrap().stood();
    let e = stages.earlier();
    assert!(a.apply(
        ApplyingEdit::Move {
            app,
            to: AppStatus::Applied,
            today: day(2026, 11, 5)
        },
        e,
        &mut ids
    ));
    assert!(
        !a.apply(
            ApplyingEdit::Move {
                app,
                to: AppStatus::Applied,
                today: day(2026, 11, 5)
            },
            e,
            &mut ids
        ),
        "no move to where it is"
    );
    let record = a.application(app).unwrap();
    assert_eq!(
        record.applied_on,
        Some(day(2026, 11, 5)),
        "the first move past interested dates it"
    );
    assert_eq!(record.history.len(), 2);
    assert!(a.apply(
        ApplyingEdit::Move {
            app,
            to: AppStatus::Interviewing,
            today: day(2026, 11, 20)
        },
        e,
        &mut ids
    ));
    assert_eq!(
        a.application(app).unwrap().applied_on,
        Some(day(2026, 11, 5)),
        "a later move keeps the date applied"
    );
    assert_eq!(
        a.application(app)
            .unwrap()
            .days_in_status(day(2026, 11, 23)),
        Some(3)
    );

    // Undo of the first move, after the second: the record returns to how it stood.
    let mut undone = a.clone();
    assert!(undone.apply(ApplyingEdit::UndoMove(before.clone()), e, &mut ids));
    assert_eq!(undone.application(app).unwrap().stood(), before);
    assert!(
        !undone.apply(ApplyingEdit::UndoMove(before), e, &mut ids),
        "a second undo changes nothing"
    );

    // Withdrawing before applying is not applying.
    let other = add(&mut a, &stages, &mut ids, "Contoso", "", found);
    assert!(a.apply(
        ApplyingEdit::Move {
            app: other,
            to: AppStatus::Withdrawn,
            today: day(2026, 11, 9)
        },
        e,
        &mut ids
    ));
    assert_eq!(a.application(other).unwrap().applied_on, None);
    // Moving from a closed status back to an open one is allowed (a rejection reversed happens).
    assert!(a.apply(
        ApplyingEdit::Move {
            app: other,
            to: AppStatus::Applied,
            today: day(2026, 11, 10)
        },
        e,
        &mut ids
    ));
    assert_eq!(a.application(other).unwrap().history.len(), 3);
}

#[test]
fn the_history_keeps_its_newest_moves_within_the_limit() {
    let (stages, mut ids, _, _) = Stages::new();
    let mut a = Applying::default();
    let app = add(&mut a, &stages, &mut ids, "Northwind", "", day(2026, 1, 1));
    for n in 0..applications::MAX_HISTORY + 5 {
        let to = if n % 2 == 0 {
            AppStatus::Applied
        } else {
            AppStatus::Interviewing
        };
        assert!(a.apply(
            ApplyingEdit::Move {
                app,
                to,
                today: day(2026, 2, 1) + chrono::Duration::days(n as i64)
            },
            stages.earlier(),
            &mut ids
        ));
    }
    let history = &a.application(app).unwrap().history;
    assert_eq!(history.len(), applications::MAX_HISTORY);
    assert_eq!(
        history.last().unwrap().on,
        day(2026, 2, 1) + chrono::Duration::days(applications::MAX_HISTORY as i64 + 4)
    );
    assert_eq!(a.check_limits(), Ok(()));
}

#[test]
fn dates_and_names_that_make_no_sense_are_refused() {
    let (stages, mut ids, _, _) = Stages::new();
    let e = stages.earlier();
    let mut a = Applying::default();
    assert!(!a.apply(
        ApplyingEdit::AddApplication {
            company: " ".into(),
            role: "".into(),
            today: day(2026, 1, 1)
        },
        e,
        &mut ids
    ));
    assert!(matches!(
        application_refusal(0, "", " "),
        Some(crate::model::base::Refusal::Empty { .. })
    ));
    let app = add(
        &mut a,
        &stages,
        &mut ids,
        "",
        "Researcher",
        day(2026, 3, 10),
    );
    assert!(
        !a.apply(
            ApplyingEdit::SetApplicationText(app, ApplicationText::Role, "  ".into()),
            e,
            &mut ids
        ),
        "not both empty"
    );
    assert!(a.apply(
        ApplyingEdit::SetApplicationText(app, ApplicationText::Company, "Northwind".into()),
        e,
        &mut ids
    ));
    assert!(
        a.apply(
            ApplyingEdit::SetApplicationText(app, ApplicationText::Role, "".into()),
            e,
            &mut ids
        ),
        "the company is enough"
    );
    let before = a.clone();
    assert!(
        !a.apply(
            ApplyingEdit::SetAppliedOn(app, Some(day(2026, 3, 9))),
            e,
            &mut ids
        ),
        "applied before found"
    );
    assert!(!a.apply(
        ApplyingEdit::SetAppliedOn(app, Some(day(1800, 3, 9))),
        e,
        &mut ids
    ));
    assert_eq!(a, before, "nothing changed");
    assert!(
        a.apply(
            ApplyingEdit::SetAppliedOn(app, Some(day(2026, 3, 10))),
            e,
            &mut ids
        ),
        "the same day is fine"
    );
    assert!(
        !a.apply(
            ApplyingEdit::SetFoundOn(app, Some(day(2026, 3, 11))),
            e,
            &mut ids
        ),
        "found after applied"
    );
    assert_eq!(
        dates_problem(Some(day(2026, 3, 10)), Some(day(2026, 3, 9))).map(|p| p.message()),
        Some("The date applied (2026-03-09) is before the date you found it (2026-03-10). Change one of them.".into())
    );
    // In a file, the same problems are refused with their place.
    let mut file = a.clone();
    file.applications[0].applied_on = Some(day(2026, 1, 1));
    assert!(
        matches!(file.check_limits(), Err(crate::model::base::LimitProblem::OutOfRange { path, .. }) if path == "applying.applications[0].applied_on")
    );
    let mut file = a.clone();
    file.applications[0].company = " ".into();
    assert!(
        matches!(file.check_limits(), Err(crate::model::base::LimitProblem::OutOfRange { path, .. }) if path == "applying.applications[0].company")
    );
}

#[test]
fn the_list_sorts_filters_and_counts() {
    let (stages, mut ids, option, _) = Stages::new();
    let e = stages.earlier();
    let mut a = Applying::default();
    let north = add(
        &mut a,
        &stages,
        &mut ids,
        "Northwind",
        "UX researcher",
        day(2026, 1, 5),
    );
    let contoso = add(
        &mut a,
        &stages,
        &mut ids,
        "contoso",
        "Designer",
        day(2026, 1, 9),
    );
    let fabrikam = add(
        &mut a,
        &stages,
        &mut ids,
        "Fabrikam",
        "Analyst",
        day(2026, 1, 7),
    );
    assert!(a.apply(
        ApplyingEdit::Move {
            app: fabrikam,
            to: AppStatus::Rejected,
            today: day(2026, 2, 1)
        },
        e,
        &mut ids
    ));
    assert!(a.apply(
        ApplyingEdit::Move {
            app: north,
            to: AppStatus::Interviewing,
            today: day(2026, 1, 20)
        },
        e,
        &mut ids
    ));
    assert!(a.apply(
        ApplyingEdit::SetNextOn(contoso, Some(day(2026, 3, 1))),
        e,
        &mut ids
    ));
    assert!(a.apply(
        ApplyingEdit::SetNextOn(north, Some(day(2026, 2, 14))),
        e,
        &mut ids
    ));
    assert!(a.apply(
        ApplyingEdit::SetAppOption(contoso, Some(option)),
        e,
        &mut ids
    ));
    assert!(!a.apply(
        ApplyingEdit::SetAppOption(contoso, Some(Id(999))),
        e,
        &mut ids
    ));
    let all = AppFilter::default();
    let list = |filter: &AppFilter, sort| applications::listed(&a.applications, filter, sort);
    assert_eq!(list(&all, AppSort::Added), [north, contoso, fabrikam]);
    assert_eq!(list(&all, AppSort::Found), [contoso, fabrikam, north]);
    assert_eq!(
        list(&all, AppSort::Applied),
        [fabrikam, north, contoso],
        "newest first, never applied last"
    );
    assert_eq!(
        list(&all, AppSort::NextStep),
        [north, contoso, fabrikam],
        "soonest first, undated last"
    );
    assert_eq!(list(&all, AppSort::Updated), [fabrikam, north, contoso]);
    assert_eq!(list(&all, AppSort::Status), [contoso, north, fabrikam]);
    assert_eq!(
        list(&all, AppSort::Company),
        [contoso, fabrikam, north],
        "ignoring case"
    );
    let rejected = AppFilter {
        status: Some(AppStatus::Rejected),
        ..AppFilter::default()
    };
    assert_eq!(list(&rejected, AppSort::Added), [fabrikam]);
    let text = AppFilter {
        query: " DESIGN ".into(),
        ..AppFilter::default()
    };
    assert_eq!(list(&text, AppSort::Added), [contoso]);
    let by_option = AppFilter {
        option: Some(option),
        ..AppFilter::default()
    };
    assert_eq!(list(&by_option, AppSort::Added), [contoso]);
    let counts = applications::counts(&a.applications);
    assert_eq!(counts[0], (AppStatus::Interested, 1));
    assert_eq!(counts[2], (AppStatus::Interviewing, 1));
    assert_eq!(counts[6], (AppStatus::Rejected, 1));
    assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), 3);
    assert_eq!(
        applications::column(&a.applications, AppStatus::Interested),
        [contoso]
    );
}

fn defaults(kind: MaterialKind) -> Vec<String> {
    kind.default_checklist()
        .iter()
        .map(|t| t.to_string())
        .collect()
}

#[test]
fn materials_have_versions_and_an_editable_checklist() {
    let (stages, mut ids, option, _) = Stages::new();
    let e = stages.earlier();
    let today = day(2026, 4, 1);
    let mut a = Applying::default();
    assert!(a.apply(
        ApplyingEdit::AddMaterial {
            kind: MaterialKind::CoverLetter,
            title: "Letter".into(),
            checklist: defaults(MaterialKind::CoverLetter),
            today
        },
        e,
        &mut ids
    ));
    assert!(
        !a.apply(
            ApplyingEdit::AddMaterial {
                kind: MaterialKind::Resume,
                title: " letter ".into(),
                checklist: Vec::new(),
                today
            },
            e,
            &mut ids
        ),
        "one name once"
    );
    let m = a.materials[0].id;
    let v1 = a.materials[0].versions[0].id;
    assert!(a.apply(
        ApplyingEdit::SetVersionOption(v1, Some(option)),
        e,
        &mut ids
    ));
    assert!(a.apply(
        ApplyingEdit::AddVersion {
            material: m,
            label: "v2 UX-focused".into(),
            today: day(2026, 4, 3)
        },
        e,
        &mut ids
    ));
    let v2 = &a.materials[0].versions[1];
    assert_eq!(
        (v2.option, v2.status, v2.updated_on),
        (Some(option), VersionStatus::Draft, Some(day(2026, 4, 3)))
    );
    let v2 = v2.id;
    assert!(a.apply(
        ApplyingEdit::SetVersionStatus {
            version: v2,
            status: VersionStatus::Final,
            today: day(2026, 4, 6)
        },
        e,
        &mut ids
    ));
    assert_eq!(a.version(v2).unwrap().1.updated_on, Some(day(2026, 4, 6)));
    let item = a.materials[0].checklist[0].id;
    assert!(a.apply(ApplyingEdit::TickCheckItem(item, true), e, &mut ids));
    assert!(a.apply(
        ApplyingEdit::SetCheckItem(item, "Addressed to Ms Lee".into()),
        e,
        &mut ids
    ));
    assert!(!a.apply(ApplyingEdit::SetCheckItem(item, " ".into()), e, &mut ids));
    assert!(a.apply(
        ApplyingEdit::AddCheckItem {
            material: m,
            text: "Mentions the open day".into()
        },
        e,
        &mut ids
    ));
    assert_eq!(
        a.materials[0].checked(),
        (1, MaterialKind::CoverLetter.default_checklist().len() + 1)
    );

    // An application sends a version; removing the material unlinks it, and undo ties it again.
    let app = add(&mut a, &stages, &mut ids, "Northwind", "", today);
    assert!(a.apply(
        ApplyingEdit::UseVersion {
            app,
            version: v2,
            used: true
        },
        e,
        &mut ids
    ));
    assert!(!a.apply(
        ApplyingEdit::UseVersion {
            app,
            version: Id(999),
            used: true
        },
        e,
        &mut ids
    ));
    let removed = a.removal_of(Target::Material(m)).unwrap();
    let links = a.links_to(&removed.ids());
    assert_eq!(links, [Link { from: app, to: v2 }]);
    let before = a.clone();
    a.take_away(&removed);
    a.unlink(&removed.ids());
    assert!(a.application(app).unwrap().versions.is_empty());
    assert!(a.put_back(removed));
    a.relink(&links, e);
    assert_eq!(a, before);
    assert_eq!(a.check_limits(), Ok(()));
}

#[test]
fn a_setback_can_note_a_long_low_and_names_its_application() {
    let (stages, mut ids, _, _) = Stages::new();
    let e = stages.earlier();
    let mut a = Applying::default();
    let app = add(&mut a, &stages, &mut ids, "Northwind", "", day(2026, 5, 1));
    assert!(!a.apply(
        ApplyingEdit::AddSetback {
            application: Some(Id(999)),
            today: day(2026, 5, 2)
        },
        e,
        &mut ids
    ));
    assert!(a.apply(
        ApplyingEdit::AddSetback {
            application: Some(app),
            today: day(2026, 5, 2)
        },
        e,
        &mut ids
    ));
    let setback = a.setbacks[0].id;
    assert!(!a.setbacks[0].suggests_care());
    assert!(a.apply(
        ApplyingEdit::SetMood(setback, Some(Mood::LowForLong)),
        e,
        &mut ids
    ));
    assert!(a.setbacks[0].suggests_care());
    assert_eq!(a.setbacks_of(app).count(), 1);
    // The application goes; the setback stays, unlinked.
    let removed = a.removal_of(Target::Application(app)).unwrap();
    a.take_away(&removed);
    a.unlink(&removed.ids());
    assert_eq!((a.setbacks.len(), a.setbacks[0].application), (1, None));
}
