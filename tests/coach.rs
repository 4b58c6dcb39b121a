//! Coaching (D3, S2): a coach's program, the link that carries it, and accepting it into a workbook.
//! The compression itself is the browser's (tests/browser_storage.rs covers it); here are every
//! other step of the link and every refusal, and the merge.

use chrono::{NaiveDate, TimeZone, Utc};
use waypoint::model::coach;
use waypoint::model::coach::{
    acceptance, CoachEdit, Homework, Program, ProgramCard, ProgramEdit, ProgramQuestion,
    ProgramStage, MAX_PROGRAM_QUESTIONS,
};
use waypoint::model::plan::MAX_STEPS;
use waypoint::model::share::{SharedStage, Snapshot};
use waypoint::model::{Edit, Target, Workbook};
use waypoint::store::document::export_text;
use waypoint::store::link::{
    base64url, check_of, compressed_bytes, fragment_for, from_base64url, program_text,
    read_program, LinkError, MAX_LINK_CHARS, MAX_PROGRAM_BYTES,
};
use waypoint::store::local::SaveError;
use waypoint::store::memory::MemoryStore;
use waypoint::store::pieces::KeyValue;
use waypoint::store::read_document;
use waypoint::store::snapshot::{
    close_review, is_snapshot_link, keep_review, kept_review, read_snapshot, read_snapshot_bytes,
    read_snapshot_unpacked, snapshot_text, SnapshotError, MAX_SNAPSHOT_LINK_BYTES,
};

#[path = "support/xorshift.rs"]
mod xorshift;

const V9: &str = include_str!("fixtures/v9/full.json");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn program() -> Program {
    let mut p = Program::default();
    for edit in [
        ProgramEdit::SetCoach("Maya Lindqvist".into()),
        ProgramEdit::SetWelcome("Welcome. One stage at a time.".into()),
        ProgramEdit::AddCard {
            name: "Slow mornings".into(),
            line: "Doing a thing well.".into(),
        },
        ProgramEdit::AddCard {
            name: "helping OTHERS ".into(),
            line: String::new(),
        },
        ProgramEdit::AddQuestion {
            stage: ProgramStage::Exploration,
            text: "When did work last feel easy?".into(),
        },
        ProgramEdit::AddQuestion {
            stage: ProgramStage::Networking,
            text: "Who would enjoy being asked?".into(),
        },
        ProgramEdit::AddHomework {
            title: "Notice three good moments".into(),
            due_in_days: 1,
        },
        ProgramEdit::AddHomework {
            title: "Ask two people about their work".into(),
            due_in_days: 30,
        },
    ] {
        assert!(p.apply(edit.clone()), "{edit:?}");
    }
    p
}

#[test]
fn a_program_is_written_with_keys_of_its_own_and_refuses_repeats_and_blanks() {
    let mut p = program();
    assert_eq!(p.cards.iter().map(|c| c.key).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(
        p.questions.iter().map(|q| q.key).collect::<Vec<_>>(),
        [3, 4]
    );
    assert_eq!(p.homework.iter().map(|h| h.key).collect::<Vec<_>>(), [5, 6]);
    assert!(
        !p.apply(ProgramEdit::AddCard {
            name: " slow MORNINGS".into(),
            line: String::new()
        }),
        "a card of that name is there"
    );
    assert!(!p.apply(ProgramEdit::AddQuestion {
        stage: ProgramStage::Deeper,
        text: "  ".into()
    }));
    assert!(
        !p.apply(ProgramEdit::AddHomework {
            title: "Later".into(),
            due_in_days: 366
        }),
        "due within a year"
    );
    // Removing (in the workbook, with undo) and putting back keeps the place; a key is never handed
    // out twice meanwhile.
    let mut w = Workbook::default();
    w.coach.draft = p.clone();
    let target = Target::Coach(coach::Target::DraftItem(3));
    let removed = w.removal_of(target).unwrap();
    assert_eq!(
        removed.name(),
        "the question “When did work last feel easy?”"
    );
    assert!(w.apply(Edit::Remove(target)));
    assert!(
        w.apply(Edit::Coach(CoachEdit::Draft(ProgramEdit::AddQuestion {
            stage: ProgramStage::Deeper,
            text: "What would rule it out?".into()
        })))
    );
    assert_eq!(w.coach.draft.questions.last().unwrap().key, 7);
    assert!(w.apply(Edit::Restore(removed.clone())));
    assert_eq!(w.coach.draft.questions[0].key, 3);
    assert!(!w.apply(Edit::Restore(removed)), "undo pressed twice");
    // Stages: all by default; turning one off names the rest; the last cannot go.
    assert!(ProgramStage::ALL.iter().all(|s| p.covers(*s)));
    assert!(p.apply(ProgramEdit::SetStage(ProgramStage::Closing, false)));
    assert_eq!(p.stages.len(), 4);
    for stage in [
        ProgramStage::Exploration,
        ProgramStage::Deeper,
        ProgramStage::Networking,
    ] {
        assert!(p.apply(ProgramEdit::SetStage(stage, false)));
    }
    assert!(
        !p.apply(ProgramEdit::SetStage(ProgramStage::Applying, false)),
        "a program covers a stage at least"
    );
    assert!(p.apply(ProgramEdit::SetStage(ProgramStage::Closing, true)));
    assert_eq!(p.stages, [ProgramStage::Applying, ProgramStage::Closing]);
    for stage in ProgramStage::ALL {
        p.apply(ProgramEdit::SetStage(stage, true));
    }
    assert!(p.stages.is_empty(), "every stage again is none named");
}

#[test]
fn accepting_adds_cards_questions_and_dated_homework_without_overwriting() {
    let mut w = Workbook::default();
    let today = day(2027, 1, 31);
    let p = program();
    let adds = acceptance(&p, today, &w.exploration.values, &w.plan, None);
    assert_eq!(adds.new_cards, ["Slow mornings"]);
    assert_eq!(
        adds.cards_present,
        ["helping OTHERS"],
        "the deck's own card, whatever its case"
    );
    // Homework dates across a month's end: a day after 31 January, and thirty days after.
    assert_eq!(
        adds.new_steps,
        [
            ("Notice three good moments".to_string(), day(2027, 2, 1)),
            (
                "Ask two people about their work".to_string(),
                day(2027, 3, 2)
            )
        ]
    );
    assert_eq!((adds.questions, adds.replaces.as_deref()), (2, None));

    assert!(w.apply(Edit::Coach(CoachEdit::Accept {
        program: p.clone(),
        today
    })));
    let custom: Vec<&str> = w
        .exploration
        .values
        .custom
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(custom, ["Slow mornings"]);
    let steps: Vec<(&str, Option<NaiveDate>)> = w
        .plan
        .steps
        .iter()
        .map(|s| (s.title.as_str(), s.due))
        .collect();
    assert_eq!(
        steps,
        [
            ("Notice three good moments", Some(day(2027, 2, 1))),
            ("Ask two people about their work", Some(day(2027, 3, 2)))
        ]
    );
    let question = p.questions[0].key;
    assert!(w.apply(Edit::Coach(CoachEdit::SetAnswer {
        question,
        text: "Teaching new starters.".into()
    })));
    assert!(
        !w.apply(Edit::Coach(CoachEdit::SetAnswer {
            question: 999,
            text: "x".into()
        })),
        "no such question"
    );

    // The same program again, a day later: nothing added twice, the answer kept.
    let again = acceptance(
        &p,
        today.succ_opt().unwrap(),
        &w.exploration.values,
        &w.plan,
        w.coach.received.as_ref(),
    );
    assert!(again.new_cards.is_empty() && again.new_steps.is_empty());
    assert_eq!(again.replaces.as_deref(), Some("Maya Lindqvist"));
    assert!(w.apply(Edit::Coach(CoachEdit::Accept {
        program: p.clone(),
        today: today.succ_opt().unwrap()
    })));
    assert_eq!(
        (w.exploration.values.custom.len(), w.plan.steps.len()),
        (1, 2)
    );
    assert_eq!(
        w.coach
            .received
            .as_ref()
            .unwrap()
            .answer(question)
            .unwrap()
            .text,
        "Teaching new starters."
    );

    // Another program replaces it; the answer stays, with the question it answered.
    let mut other = Program::default();
    other.apply(ProgramEdit::SetCoach("Another coach".into()));
    other.apply(ProgramEdit::AddQuestion {
        stage: ProgramStage::Deeper,
        text: "What would rule an option out?".into(),
    });
    assert!(w.apply(Edit::Coach(CoachEdit::Accept {
        program: other,
        today
    })));
    let received = w.coach.received.as_ref().unwrap();
    assert_eq!(received.program.coach, "Another coach");
    let earlier: Vec<(&str, &str)> = received
        .earlier_answers()
        .map(|a| (a.asked.as_str(), a.text.as_str()))
        .collect();
    assert_eq!(
        earlier,
        [("When did work last feel easy?", "Teaching new starters.")]
    );
    assert!(w.check_limits().is_ok());
}

#[test]
fn a_full_deck_or_plan_takes_what_fits_and_says_what_did_not() {
    let mut w = Workbook::default();
    let mut ids = waypoint::model::IdSource::starting_at(500);
    for n in 0..40 {
        w.exploration
            .values
            .custom
            .push(waypoint::model::exploration::values::CustomCard {
                id: ids.next(),
                name: format!("Card {n}"),
                line: String::new(),
            });
    }
    for n in 0..MAX_STEPS - 1 {
        w.plan.steps.push(waypoint::model::plan::ActionStep {
            id: ids.next(),
            title: format!("Step {n}"),
            ..Default::default()
        });
    }
    w.normalise();
    let adds = acceptance(
        &program(),
        day(2026, 12, 4),
        &w.exploration.values,
        &w.plan,
        None,
    );
    assert_eq!(
        (adds.new_cards.len(), adds.cards_without_room.as_slice()),
        (0, ["Slow mornings".to_string()].as_slice())
    );
    assert_eq!(
        (adds.new_steps.len(), adds.steps_without_room.len()),
        (1, 1)
    );
    // Due past 2199: no step.
    let late = acceptance(
        &program(),
        day(2199, 12, 31),
        &Workbook::default().exploration.values,
        &Workbook::default().plan,
        None,
    );
    assert_eq!(late.steps_without_room.len(), 2);
    assert!(!w.clone().apply(Edit::Coach(CoachEdit::Accept {
        program: program(),
        today: day(2300, 1, 1)
    })));
}

#[test]
fn base64url_reads_back_every_length_and_refuses_what_is_not_it() {
    let mut rng = xorshift::Xorshift(0xc0ac4);
    for len in 0..200 {
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = base64url(&bytes);
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{text}"
        );
        assert_eq!(
            from_base64url(&text).as_deref(),
            Some(bytes.as_slice()),
            "length {len}"
        );
    }
    assert_eq!(base64url(b"Ma"), "TWE");
    for bad in ["T", "TWE=", "TW+E", "TW/E", "TW E", "TWF", "TWH", "é"] {
        assert_eq!(from_base64url(bad), None, "{bad:?}");
    }
}

#[test]
fn a_fragment_is_checked_before_it_is_decoded() {
    let check = check_of(b"{}");
    let fragment = fragment_for(b"{}", &[1, 2, 3, 250]).unwrap();
    assert_eq!(
        fragment,
        format!(
            "#/program/1/{}",
            base64url(&[&check[..], &[1, 2, 3, 250]].concat())
        )
    );
    assert_eq!(compressed_bytes(&fragment), Ok((check, vec![1, 2, 3, 250])));
    assert_eq!(
        compressed_bytes(&fragment[1..]),
        Ok((check, vec![1, 2, 3, 250])),
        "with or without the #"
    );
    assert_eq!(
        compressed_bytes("#/program/1/AQIDBA"),
        Err(LinkError::Damaged),
        "a check and nothing else"
    );
    let over = format!("#/program/1/{}", "A".repeat(MAX_LINK_CHARS));
    assert_eq!(
        compressed_bytes(&over),
        Err(LinkError::TooLong { chars: over.len() })
    );
    assert_eq!(
        compressed_bytes(&format!("#/program/1/{}", "!".repeat(MAX_LINK_CHARS))),
        Err(LinkError::TooLong {
            chars: MAX_LINK_CHARS + 12
        }),
        "refused before decoding"
    );
    assert_eq!(compressed_bytes("#/data"), Err(LinkError::NotAProgramLink));
    assert_eq!(
        compressed_bytes("#/program/2/AQID"),
        Err(LinkError::NewerVersion { version: 2 })
    );
    assert_eq!(
        compressed_bytes("#/program/99999999999999999999999/AQID"),
        Err(LinkError::NewerVersion { version: u64::MAX })
    );
    for damaged in [
        "#/program/",
        "#/program/1",
        "#/program/1/",
        "#/program/0/AQID",
        "#/program/x/AQID",
        "#/program/-1/AQID",
        "#/program/1/AQ=D",
        "#/program/1/A",
    ] {
        assert_eq!(
            compressed_bytes(damaged),
            Err(LinkError::Damaged),
            "{damaged}"
        );
    }
    assert!(matches!(
        fragment_for(b"", &vec![0; MAX_LINK_CHARS]),
        Err(LinkError::ProgramTooLong { .. })
    ));
    for error in [
        LinkError::TooLong { chars: 20_000 },
        LinkError::Damaged,
        LinkError::NewerVersion { version: 2 },
        LinkError::TooLargeUnpacked,
    ] {
        assert!(
            error.to_string().ends_with("Nothing was changed."),
            "{error}"
        );
    }
}

#[test]
fn a_program_is_read_through_the_validator() {
    let read = |bytes: &[u8]| read_program(check_of(bytes), bytes);
    let p = program();
    assert_eq!(read(program_text(&p).as_bytes()), Ok(p.clone()));
    assert!(
        program_text(&p).len() < 1_000,
        "a typical program is small before compression too"
    );
    // Text that decompressed to something else than was sent (a changed character) fails the check.
    let changed = program_text(&p).replace("Maya", "Mala");
    assert_eq!(
        read_program(check_of(program_text(&p).as_bytes()), changed.as_bytes()),
        Err(LinkError::Damaged)
    );
    assert_eq!(
        read(&vec![b' '; MAX_PROGRAM_BYTES + 1]),
        Err(LinkError::TooLargeUnpacked)
    );
    assert_eq!(read(&[0xff, 0xfe]), Err(LinkError::Damaged));
    let invalid = |text: &str| match read(text.as_bytes()) {
        Err(LinkError::Invalid(error)) => LinkError::Invalid(error).to_string(),
        other => panic!("{text}: {other:?}"),
    };
    assert!(invalid("{\"coach\": 1}").contains("at \"coach\""));
    assert!(invalid("[1]").contains("not readable"));
    assert!(
        invalid("{\"coach\": \"a\", \"coach\": \"b\"}").contains("not readable"),
        "a name given twice"
    );
    assert!(
        invalid("{\"questions\": [{\"key\": 1, \"stage\": \"elsewhere\"}]}")
            .contains("unknown choice `elsewhere`")
    );
    assert!(
        invalid("{\"homework\": [{\"key\": 1, \"title\": \"x\", \"due_in_days\": 400}]}")
            .contains("at most 365 days")
    );
    assert!(
        invalid("{\"cards\": [{\"key\": 2}], \"questions\": [{\"key\": 2}]}")
            .contains("used by two items")
    );
    assert!(
        invalid(&format!("{{\"coach\": \"{}\"}}", "x".repeat(121))).contains("121 characters long")
    );
    let many: Vec<ProgramQuestion> = (1..=MAX_PROGRAM_QUESTIONS as u32 + 1)
        .map(|key| ProgramQuestion {
            key,
            stage: ProgramStage::Deeper,
            text: format!("Q{key}"),
        })
        .collect();
    let too_many = Program {
        questions: many,
        ..Program::default()
    };
    assert!(invalid(&program_text(&too_many)).contains("at most 30 questions"));
    // Stages named twice or out of order are tidied, not refused.
    let tidy = read(br#"{"stages": ["networking", "exploration", "networking"]}"#).unwrap();
    assert_eq!(
        tidy.stages,
        [ProgramStage::Exploration, ProgramStage::Networking]
    );
    let _ = (ProgramCard::default(), Homework::default());
}

#[test]
fn the_v9_fixture_is_what_this_version_writes_and_holds_a_program_both_ways() {
    let document = read_document(V9).unwrap();
    assert_eq!(document.migrated_from, None);
    let w = document.workbook;
    let received = w.coach.received.as_ref().unwrap();
    assert_eq!(received.program.coach, "Maya Lindqvist");
    assert_eq!(
        received.earlier_answers().count(),
        1,
        "an answer to a question no longer asked is kept"
    );
    assert_eq!(w.coach.draft.questions.len(), 1);
    let at = Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap();
    assert_eq!(
        export_text(&w, at).unwrap(),
        V9,
        "the fixture is byte for byte what this version exports"
    );
}

// D4: a snapshot shared with a coach.

/// A program naming its stages tucks the others away in the navigation, but never one the person
/// has written in or one it asks a question in.
#[test]
fn a_program_naming_stages_tucks_the_others_away_unless_written_in() {
    use waypoint::model::menu::stages_in_view;
    let today = day(2027, 1, 31);
    let mut w = Workbook::new_started(today);
    assert_eq!(stages_in_view(&w), [true; 5], "no program: every stage");
    let mut p = Program::default();
    p.apply(ProgramEdit::SetCoach("Maya".into()));
    p.apply(ProgramEdit::AddQuestion {
        stage: ProgramStage::Networking,
        text: "Who would enjoy being asked?".into(),
    });
    assert!(w.apply(Edit::Coach(CoachEdit::Accept {
        program: p.clone(),
        today
    })));
    assert_eq!(
        stages_in_view(&w),
        [true; 5],
        "a program naming no stage covers them all"
    );

    for stage in [
        ProgramStage::Exploration,
        ProgramStage::Deeper,
        ProgramStage::Networking,
        ProgramStage::Applying,
        ProgramStage::Closing,
    ] {
        p.apply(ProgramEdit::SetStage(
            stage,
            matches!(stage, ProgramStage::Deeper),
        ));
    }
    assert_eq!(p.stages, [ProgramStage::Deeper]);
    assert!(w.apply(Edit::Coach(CoachEdit::Accept {
        program: p.clone(),
        today
    })));
    assert_eq!(
        stages_in_view(&w),
        [false, true, true, false, false],
        "Deeper covered, Networking asked about, the rest tucked away"
    );

    // Whatever the person writes in a stage keeps it listed.
    let mut written = w.clone();
    written.vision.one_year = "Outdoors by nine.".into();
    written.closing.celebration.proud_of = "Asking for help.".into();
    assert_eq!(stages_in_view(&written), [true, true, true, false, true]);
    let mut weighed = w.clone();
    weighed.deeper.matrix.criteria[0].weight = 5;
    weighed.deeper.options.clear();
    weighed.coach.received.as_mut().unwrap().program.stages = vec![ProgramStage::Closing];
    assert_eq!(
        stages_in_view(&weighed),
        [false, true, true, false, true],
        "a criterion's weight changed is Diving deeper written in"
    );
    weighed.deeper.matrix.criteria[0].weight = waypoint::model::base::matrix::DEFAULT_WEIGHT;
    assert_eq!(stages_in_view(&weighed), [false, false, true, false, true]);

    // A workbook with something in every stage shows every stage, whatever the program names.
    let mut full = full();
    full.coach.received = w.coach.received.clone();
    assert_eq!(stages_in_view(&full), [true; 5]);
}

/// The rule's other half, kept whole as stages grow: a new workbook given any one field of a full
/// workbook's stage (or of one of its records' parts), if that leaves the stage unlike a new one's,
/// lists the stage.
#[test]
fn any_one_field_written_in_a_stage_lists_it() {
    use serde_json::Value;
    use waypoint::model::coach::Received;
    use waypoint::model::menu::stages_in_view;
    let at = Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap();
    let fresh: Value =
        serde_json::from_str(&export_text(&Workbook::new_started(day(2026, 11, 2)), at).unwrap())
            .unwrap();
    let full: Value = serde_json::from_str(V9).unwrap();
    let new = read_document(&fresh.to_string()).unwrap().workbook;
    let groups: [(ProgramStage, &[&str]); 5] = [
        (ProgramStage::Exploration, &["vision", "exploration"]),
        (ProgramStage::Deeper, &["deeper"]),
        (ProgramStage::Networking, &["networking"]),
        (ProgramStage::Applying, &["applying"]),
        (ProgramStage::Closing, &["closing"]),
    ];
    let mut tried = 0;
    for (at, (stage, keys)) in groups.into_iter().enumerate() {
        let other = if stage == ProgramStage::Exploration {
            ProgramStage::Closing
        } else {
            ProgramStage::Exploration
        };
        let program = Program {
            stages: vec![other],
            ..Program::default()
        };
        for key in keys {
            // Each field of the stage, and each field of a field that is a record itself.
            let mut paths: Vec<Vec<String>> = Vec::new();
            for (field, value) in full[key].as_object().unwrap() {
                paths.push(vec![field.clone()]);
                if let Value::Object(inner) = value {
                    paths.extend(inner.keys().map(|k| vec![field.clone(), k.clone()]));
                }
            }
            for path in paths {
                let mut doc = fresh.clone();
                let mut from = &full[key];
                let mut into = &mut doc[key];
                for step in &path {
                    from = &from[step];
                    into = &mut into[step];
                }
                *into = from.clone();
                let Ok(read) = read_document(&doc.to_string()) else {
                    continue;
                };
                let mut w = read.workbook;
                let same = match stage {
                    ProgramStage::Exploration => {
                        w.vision == new.vision && w.exploration == new.exploration
                    }
                    ProgramStage::Deeper => w.deeper == new.deeper,
                    ProgramStage::Networking => w.networking == new.networking,
                    ProgramStage::Applying => w.applying == new.applying,
                    ProgramStage::Closing => w.closing == new.closing,
                };
                if same {
                    continue;
                }
                tried += 1;
                w.coach.received = Some(Received {
                    program: program.clone(),
                    accepted_on: None,
                    answers: Vec::new(),
                });
                assert!(
                    stages_in_view(&w)[at],
                    "{key}.{} written in, yet {stage:?} is tucked away",
                    path.join(".")
                );
            }
        }
    }
    assert!(tried > 60, "only {tried} fields tried");
}

fn full() -> Workbook {
    read_document(V9).unwrap().workbook
}

#[test]
fn a_snapshot_keeps_the_stages_chosen_and_nothing_else() {
    let w = full();
    let snapshot = Snapshot::of(
        &w,
        &[SharedStage::Plan, SharedStage::Exploration],
        day(2026, 12, 4),
    );
    assert_eq!(
        snapshot.stages,
        [SharedStage::Exploration, SharedStage::Plan],
        "in the program's order"
    );
    let s = &snapshot.workbook;
    assert_eq!(
        (&s.exploration, &s.vision, s.plan.steps.len()),
        (&w.exploration, &w.vision, w.plan.steps.len())
    );
    assert_eq!(s.profile.name, w.profile.name);
    assert_eq!(s.profile.started_on, w.profile.started_on);
    assert!(
        s.deeper.options.is_empty()
            && s.networking.contacts.is_empty()
            && s.applying.applications.is_empty()
    );
    assert!(
        s.closing.offers.is_empty()
            && s.coach.received.is_none()
            && s.coach.draft == Program::default()
    );
    // A step keeps its words and its goal (Exploration is shared) but not the option, the contact
    // or the application it named.
    let step = s
        .plan
        .steps
        .iter()
        .find(|st| st.title == "Email Priya about the open day")
        .unwrap();
    assert!(step.goal.is_some() && step.option.is_none() && step.contact.is_none());
    assert!(s
        .plan
        .steps
        .iter()
        .all(|st| st.application.is_none() && st.skill_gap.is_none() && st.leaving.is_none()));
    assert_eq!(s.check_limits(), Ok(()));
    assert_eq!(
        Snapshot::read(snapshot.made_on, &snapshot.stages, s),
        snapshot,
        "sharing again changes nothing"
    );
    let text = snapshot_text(&snapshot).unwrap();
    for private in [
        &w.networking.contacts[0].name,
        &w.deeper.options[0].title,
        &w.coach.received.as_ref().unwrap().program.coach,
    ] {
        assert!(
            !text.contains(private.as_str()),
            "{private} is in a stage not shared"
        );
    }
    // Coaching shares the program accepted and its answers, never one's own draft.
    let coaching = Snapshot::of(&w, &[SharedStage::Coaching], day(2026, 12, 4));
    assert_eq!(coaching.workbook.coach.received, w.coach.received);
    assert_eq!(coaching.workbook.coach.draft, Program::default());
}

#[test]
fn a_snapshot_reads_back_through_the_validator_and_an_export_reads_as_every_stage() {
    let w = full();
    for stages in [
        vec![SharedStage::Deeper],
        SharedStage::ALL.to_vec(),
        vec![SharedStage::Coaching, SharedStage::Networking],
    ] {
        let snapshot = Snapshot::of(&w, &stages, day(2026, 12, 4));
        let text = snapshot_text(&snapshot).unwrap();
        assert!(text.starts_with(
            "{\"format\":\"waypoint-snapshot\",\"snapshot_version\":1,\"made_on\":\"2026-12-04\""
        ));
        assert_eq!(read_snapshot(&text).unwrap(), snapshot);
        assert_eq!(read_snapshot_bytes(text.as_bytes()).unwrap(), snapshot);
    }
    let whole = read_snapshot(V9).unwrap();
    assert_eq!(whole.stages, SharedStage::ALL);
    assert_eq!(whole.made_on, Some(day(2026, 12, 4)));
    assert_eq!(whole.workbook.deeper, w.deeper);
    // A snapshot given to the import of a workbook is sent where it belongs.
    let error = read_document(
        &snapshot_text(&Snapshot::of(&w, &[SharedStage::Plan], day(2026, 12, 4))).unwrap(),
    )
    .unwrap_err();
    assert!(error.to_string().contains("Coaching page"), "{error}");
}

#[test]
fn a_snapshot_is_refused_with_the_reason_and_keeps_only_what_it_says_it_shares() {
    let w = full();
    let good = snapshot_text(&Snapshot::of(&w, &[SharedStage::Plan], day(2026, 12, 4))).unwrap();
    let with = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1)
    };
    let refused = |text: &str| read_snapshot(text).unwrap_err().to_string();
    assert!(refused("").contains("empty"));
    assert!(refused("{\"format\":").contains("not readable JSON"));
    assert!(refused("[1]").contains("not a Waypoint snapshot"));
    assert!(refused("{\"format\":\"elsewhere\"}").contains("not a Waypoint snapshot"));
    assert!(
        refused(&with("\"snapshot_version\":1", "\"snapshot_version\":2"))
            .contains("newer version")
    );
    assert!(
        refused(&with("\"snapshot_version\":1", "\"snapshot_version\":0"))
            .contains("snapshot_version")
    );
    assert!(refused(&with(
        "\"snapshot_version\":1",
        "\"snapshot_version\":\"1\""
    ))
    .contains("expected a whole number"));
    assert!(refused(&with("\"2026-12-04\"", "\"2026-02-30\"")).contains("made_on"));
    assert!(refused(&with("[\"plan\"]", "[]")).contains("no stage is shared"));
    assert!(refused(&with("[\"plan\"]", "[\"plan\",\"plan\"]")).contains("named twice"));
    assert!(refused(&with("[\"plan\"]", "[\"diary\"]")).contains("\"diary\" is not a stage"));
    assert!(refused(&with("[\"plan\"]", "\"plan\"")).contains("expected a list"));
    assert!(refused(&with("\"stages\"", "\"stage\"")).contains("\"stages\": it is missing"));
    assert!(
        refused(&with("\"workbook\":{", "\"extra\":1,\"workbook\":{"))
            .contains("\"extra\": a snapshot holds no such name")
    );
    assert!(
        refused(&with("\"workbook\":{", "\"workbook\":1,\"w\":{")).contains("expected a workbook")
    );
    let inner = refused(&with(
        "\"program_weeks\": 12",
        "\"program_weeks\": \"twelve\"",
    ));
    assert!(inner.contains("workbook.profile.program_weeks"), "{inner}");
    // Words in a stage it does not say it shares are not kept.
    let mut filled = Snapshot::of(&w, &[SharedStage::Plan], day(2026, 12, 4));
    filled.workbook.networking = w.networking.clone();
    let read = read_snapshot(&snapshot_text(&filled).unwrap()).unwrap();
    assert!(read.workbook.networking.contacts.is_empty());
}

#[test]
fn a_snapshot_link_is_checked_and_the_review_space_keeps_one_snapshot_apart() {
    let w = full();
    let snapshot = Snapshot::of(&w, &[SharedStage::Exploration], day(2026, 12, 4));
    let text = snapshot_text(&snapshot).unwrap();
    assert_eq!(
        read_snapshot_unpacked(check_of(text.as_bytes()), text.as_bytes()).unwrap(),
        snapshot
    );
    let mut altered = text.clone().into_bytes();
    altered[40] ^= 1;
    assert_eq!(
        read_snapshot_unpacked(check_of(text.as_bytes()), &altered),
        Err(SnapshotError::Link(LinkError::Damaged))
    );
    let big = vec![b' '; MAX_SNAPSHOT_LINK_BYTES + 1];
    assert_eq!(
        read_snapshot_unpacked(check_of(&big), &big),
        Err(SnapshotError::Link(LinkError::TooLargeUnpacked))
    );
    assert!(is_snapshot_link("#/snapshot/1/abc") && !is_snapshot_link("#/program/1/abc"));

    let store = MemoryStore::default();
    store.write("waypoint.workbook", "own").unwrap();
    assert_eq!(kept_review(&store), Ok(None));
    keep_review(&store, &snapshot).unwrap();
    assert_eq!(kept_review(&store), Ok(Some(snapshot.clone())));
    close_review(&store).unwrap();
    assert_eq!(kept_review(&store), Ok(None));
    assert_eq!(
        store.keys(),
        ["waypoint.workbook"],
        "the review space never touched the workbook"
    );
    // No room: refused, and what was there stays.
    let full_store = MemoryStore {
        quota: Some(100),
        ..MemoryStore::default()
    };
    assert_eq!(
        keep_review(&full_store, &snapshot),
        Err(SaveError::QuotaExceeded)
    );
    assert_eq!(full_store.keys(), Vec::<String>::new());
}
