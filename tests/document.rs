//! The one validator, tested at its boundary: every malformed document is refused with its own
//! precise error, and every valid one (from every schema version) reads back whole.

use chrono::{NaiveDate, TimeZone, Utc};
use waypoint::model::deeper::{OptionStatus, DEFAULT_CRITERIA};
use waypoint::model::exploration::skills::Quadrant;
use waypoint::model::exploration::values::{Pile, DECK};
use waypoint::model::exploration::{Completion, Section};
use waypoint::model::{CheckInRhythm, Id, VisionClarity, Workbook, MAX_TEXT_CHARS, SCHEMA_VERSION};
use waypoint::store::document::{export_text, storage_text, MAX_DOCUMENT_BYTES};
use waypoint::store::{read_document, DocumentError};

fn refused(input: &str) -> DocumentError {
    match read_document(input) {
        Ok(document) => panic!("expected a refusal for {input:.80}, got {document:?}"),
        Err(error) => error,
    }
}

/// A valid v1 document with one part replaced, to aim each case at exactly one problem.
fn with(profile: &str, vision: &str, extra: &str) -> String {
    format!(
        r#"{{"format":"waypoint-workbook","schema_version":1,"profile":{profile},"vision":{vision}{extra}}}"#
    )
}

const PROFILE: &str =
    r#"{"name":"Ana","program_weeks":12,"check_in_rhythm":"weekly","started_on":"2026-01-05"}"#;
const VISION: &str = r#"{"best_of_all_worlds":"x","clarity":"clear"}"#;

fn wrong_shape_at(input: &str, expected_path: &str, detail_contains: &str) {
    match refused(input) {
        DocumentError::WrongShape { path, detail } => {
            assert_eq!(path, expected_path, "for {input}");
            assert!(
                detail.contains(detail_contains),
                "detail {detail:?} lacks {detail_contains:?}"
            );
        }
        other => panic!("expected WrongShape at {expected_path} for {input}, got {other:?}"),
    }
}

#[test]
fn the_base_case_is_valid() {
    read_document(&with(PROFILE, VISION, "")).expect("the base document must be valid");
}

#[test]
fn empty_input() {
    assert_eq!(refused(""), DocumentError::Empty);
    assert_eq!(refused("  \n\t "), DocumentError::Empty);
    assert_eq!(refused("\u{feff}"), DocumentError::Empty);
}

#[test]
fn not_json() {
    match refused("hello") {
        DocumentError::NotJson {
            line: 1,
            column: 1,
            detail,
        } => {
            assert_eq!(detail, "it does not begin like JSON")
        }
        other => panic!("{other:?}"),
    }
    match refused("{\"format\": \"waypoint-workbook\",\n  \"schema_version\": 1,\n") {
        DocumentError::NotJson { line, detail, .. } => {
            assert_eq!(line, 3);
            assert_eq!(detail, "it ends where more was expected");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        refused("{'format': 'waypoint-workbook'}"),
        DocumentError::NotJson { .. }
    ));
    assert!(matches!(
        refused(r#"{"a":1,}"#),
        DocumentError::NotJson { .. }
    ));
}

#[test]
fn not_an_object() {
    assert_eq!(
        refused("[1, 2]"),
        DocumentError::NotAnObject { found: "a list" }
    );
    assert_eq!(
        refused("\"a workbook\""),
        DocumentError::NotAnObject { found: "text" }
    );
    assert_eq!(
        refused("42"),
        DocumentError::NotAnObject { found: "a number" }
    );
    assert_eq!(
        refused("null"),
        DocumentError::NotAnObject {
            found: "nothing (null)"
        }
    );
    assert_eq!(
        refused("true"),
        DocumentError::NotAnObject {
            found: "true or false"
        }
    );
}

#[test]
fn not_a_waypoint_document() {
    assert_eq!(refused("{}"), DocumentError::NotWaypoint);
    assert_eq!(
        refused(r#"{"schema_version":1,"profile":{}}"#),
        DocumentError::NotWaypoint
    );
    assert_eq!(
        refused(r#"{"format":"excalidraw","schema_version":1}"#),
        DocumentError::OtherFormat {
            found: "excalidraw".into()
        }
    );
    assert_eq!(
        refused(r#"{"format":3,"schema_version":1}"#),
        DocumentError::OtherFormat { found: "3".into() }
    );
}

#[test]
fn version_problems() {
    let doc =
        |version: &str| format!(r#"{{"format":"waypoint-workbook","schema_version":{version}}}"#);
    assert_eq!(
        refused(r#"{"format":"waypoint-workbook"}"#),
        DocumentError::MissingVersion
    );
    assert_eq!(refused(&doc("null")), DocumentError::MissingVersion);
    assert_eq!(
        refused(&doc("\"1\"")),
        DocumentError::VersionNotANumber {
            found: "the text \"1\"".into()
        }
    );
    assert_eq!(
        refused(&doc("[1]")),
        DocumentError::VersionNotANumber {
            found: "a list".into()
        }
    );
    assert_eq!(
        refused(&doc("0")),
        DocumentError::UnknownVersion { found: "0".into() }
    );
    assert_eq!(
        refused(&doc("-1")),
        DocumentError::UnknownVersion { found: "-1".into() }
    );
    assert_eq!(
        refused(&doc("1.5")),
        DocumentError::UnknownVersion {
            found: "1.5".into()
        }
    );
    let next = SCHEMA_VERSION + 1;
    assert_eq!(
        refused(&doc(&next.to_string())),
        DocumentError::NewerVersion {
            file: u64::from(next),
            app: SCHEMA_VERSION
        }
    );
    assert_eq!(
        refused(&doc("99999999999")),
        DocumentError::NewerVersion {
            file: 99_999_999_999,
            app: SCHEMA_VERSION
        }
    );
}

#[test]
fn a_newer_version_names_both_versions() {
    let newer = SCHEMA_VERSION + 1;
    let message = refused(&format!(
        r#"{{"format":"waypoint-workbook","schema_version":{newer}}}"#
    ))
    .to_string();
    let app = format!("up to version {SCHEMA_VERSION}");
    assert!(
        message.contains(&format!("version {newer}")) && message.contains(&app),
        "{message}"
    );
}

#[test]
fn wrong_types_name_their_place() {
    wrong_shape_at(&with("\"Ana\"", VISION, ""), "profile", "expected");
    wrong_shape_at(
        &with(r#"{"name":3}"#, VISION, ""),
        "profile.name",
        "expected text",
    );
    wrong_shape_at(
        &with(r#"{"name":null}"#, VISION, ""),
        "profile.name",
        "expected text",
    );
    wrong_shape_at(
        &with(r#"{"program_weeks":"twelve"}"#, VISION, ""),
        "profile.program_weeks",
        "whole number",
    );
    wrong_shape_at(
        &with(r#"{"program_weeks":-3}"#, VISION, ""),
        "profile.program_weeks",
        "-3",
    );
    wrong_shape_at(
        &with(r#"{"program_weeks":12.5}"#, VISION, ""),
        "profile.program_weeks",
        "12.5",
    );
    wrong_shape_at(
        &with(r#"{"check_in_rhythm":"monthly"}"#, VISION, ""),
        "profile.check_in_rhythm",
        "monthly",
    );
    wrong_shape_at(
        &with(r#"{"started_on":"31/01/2026"}"#, VISION, ""),
        "profile.started_on",
        "YYYY-MM-DD",
    );
    wrong_shape_at(
        &with(r#"{"started_on":"2026-02-30"}"#, VISION, ""),
        "profile.started_on",
        "calendar date",
    );
    wrong_shape_at(
        &with(r#"{"started_on":20260105}"#, VISION, ""),
        "profile.started_on",
        "the number",
    );
    wrong_shape_at(
        &with(PROFILE, "[]", ""),
        "vision",
        "expected an object, found a list",
    );
    wrong_shape_at(
        &with("null", VISION, ""),
        "profile",
        "expected an object, found nothing (null)",
    );
    wrong_shape_at(
        &with(PROFILE, r#"{"clarity":"maybe"}"#, ""),
        "vision.clarity",
        "maybe",
    );
    wrong_shape_at(
        &with(PROFILE, r#"{"one_year":["a","b"]}"#, ""),
        "vision.one_year",
        "expected text",
    );
    wrong_shape_at(
        &with(PROFILE, r#"{"mood":"good"}"#, ""),
        "vision.mood",
        "unknown entry",
    );
    wrong_shape_at(
        &with(PROFILE, VISION, r#","colour":"blue""#),
        "colour",
        "unknown entry",
    );
}

#[test]
fn bad_export_times() {
    wrong_shape_at(
        &with(PROFILE, VISION, r#","exported_at":"yesterday""#),
        "exported_at",
        "yesterday",
    );
    wrong_shape_at(
        &with(PROFILE, VISION, r#","exported_at":5"#),
        "exported_at",
        "a number",
    );
}

#[test]
fn values_out_of_range() {
    match refused(&with(r#"{"program_weeks":200}"#, VISION, "")) {
        DocumentError::OutOfRange { path, detail } => {
            assert_eq!(path, "profile.program_weeks");
            assert!(detail.contains("200"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        refused(&with(r#"{"program_weeks":0}"#, VISION, "")),
        DocumentError::OutOfRange { .. }
    ));
    wrong_shape_at(
        &with(r#"{"started_on":"262143-12-31"}"#, VISION, ""),
        "profile.started_on",
        "YYYY-MM-DD",
    );
    for far in ["9999-12-31", "1066-10-14", "2200-01-01"] {
        match refused(&with(&format!(r#"{{"started_on":"{far}"}}"#), VISION, "")) {
            DocumentError::OutOfRange { path, .. } => assert_eq!(path, "profile.started_on"),
            other => panic!("{far}: {other:?}"),
        }
    }
    let long = "y".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(
        refused(&with(PROFILE, &format!(r#"{{"one_year":"{long}"}}"#), "")),
        DocumentError::TextTooLong {
            path: "vision.one_year".into(),
            chars: MAX_TEXT_CHARS + 1,
            limit: MAX_TEXT_CHARS
        }
    );
}

#[test]
fn too_large() {
    let padding = " ".repeat(MAX_DOCUMENT_BYTES);
    let input = format!("{}{padding}", with(PROFILE, VISION, ""));
    assert_eq!(
        refused(&input),
        DocumentError::TooLarge {
            bytes: input.len(),
            limit: MAX_DOCUMENT_BYTES
        }
    );
}

#[test]
fn every_message_is_a_sentence_a_person_can_read() {
    let inputs = [
        "",
        "hello",
        "[1]",
        "{}",
        r#"{"format":"x"}"#,
        r#"{"format":"waypoint-workbook"}"#,
        r#"{"format":"waypoint-workbook","schema_version":"1"}"#,
        r#"{"format":"waypoint-workbook","schema_version":0}"#,
        r#"{"format":"waypoint-workbook","schema_version":30}"#,
    ];
    for input in inputs {
        let message = refused(input).to_string();
        assert!(message.ends_with('.'), "{message}");
        assert!(
            !message.contains("serde") && !message.contains("Value"),
            "{message}"
        );
    }
}

#[test]
fn every_v1_fixture_reads() {
    let full = read_document(include_str!("fixtures/v1/full.json")).unwrap();
    let workbook = full.workbook;
    assert_eq!(workbook.schema_version, SCHEMA_VERSION);
    assert_eq!(workbook.profile.name, "Sam Okafor");
    assert_eq!(workbook.profile.program_weeks, 16);
    assert_eq!(workbook.profile.check_in_rhythm, CheckInRhythm::Weekly);
    assert_eq!(
        workbook.profile.started_on,
        NaiveDate::from_ymd_opt(2026, 11, 2)
    );
    assert_eq!(workbook.vision.clarity, Some(VisionClarity::WhatNotHow));
    assert!(workbook.vision.ten_years.contains("ça vaut la peine"));
    assert_eq!(
        full.exported_at.unwrap().with_timezone(&Utc),
        Utc.with_ymd_and_hms(2026, 11, 20, 14, 2, 0).unwrap()
    );

    let minimal = read_document(include_str!("fixtures/v1/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
    assert_eq!(minimal.exported_at, None);
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let input = format!("\u{feff}{}", include_str!("fixtures/v1/minimal.json"));
    assert!(read_document(&input).is_ok());
}

#[test]
fn export_and_storage_forms_both_read_back() {
    let workbook = read_document(include_str!("fixtures/v1/full.json"))
        .unwrap()
        .workbook;
    let exported = export_text(&workbook, Utc::now()).unwrap();
    assert_eq!(read_document(&exported).unwrap().workbook, workbook);
    assert_eq!(
        read_document(&storage_text(&workbook).unwrap())
            .unwrap()
            .workbook,
        workbook
    );
}

#[test]
fn a_v1_workbook_migrates_with_everything_kept() {
    let incoming = read_document(include_str!("fixtures/v1/full.json")).unwrap();
    assert_eq!(incoming.migrated_from, Some(1));
    let workbook = incoming.workbook;
    assert_eq!(
        workbook.vision.one_year,
        "Teaching evening classes while I keep my current job."
    );
    // The new stage arrives empty, with the default criteria and an id source past them.
    assert!(workbook.deeper.options.is_empty() && workbook.plan.steps.is_empty());
    assert_eq!(
        workbook.deeper.matrix.criteria.len(),
        DEFAULT_CRITERIA.len()
    );
    let highest = workbook.ids().into_iter().max().unwrap();
    assert!(workbook.next_id.peek() > highest.0);
    assert_eq!(workbook.check_limits(), Ok(()));
}

#[test]
fn every_v2_fixture_reads() {
    let full = read_document(include_str!("fixtures/v2/full.json")).unwrap();
    assert_eq!(full.migrated_from, Some(2));
    let w = full.workbook;
    let deeper = &w.deeper;
    assert_eq!(deeper.options.len(), 3);
    assert_eq!(deeper.active_ids(), vec![Id(9), Id(10)]);
    assert_eq!(deeper.decision.chosen, Some(Id(9)));
    assert_eq!(deeper.option(Id(9)).unwrap().status, OptionStatus::Chosen);
    assert_eq!(deeper.option(Id(9)).unwrap().reality_tests.len(), 2);
    assert_eq!(deeper.matrix.criteria[3].name, "Evenings free for family");
    // Adult-education teacher: (5·9 + 4·8 + 2·4 + 3·3) / (10 · 14) = 94 / 140.
    let ranking = deeper.matrix.ranking(&deeper.active_ids());
    assert_eq!(ranking[0].total.thing, Id(9));
    assert_eq!(
        (ranking[0].total.points, ranking[0].total.max_points),
        (94, 140)
    );
    assert_eq!(w.plan.steps.len(), 3);
    assert_eq!(
        w.summary().decision.as_deref(),
        Some("Adult-education teacher")
    );
    assert_eq!(w.next_id.peek(), 30);
    // What reads back exports to the same workbook.
    let again = read_document(&export_text(&w, Utc::now()).unwrap())
        .unwrap()
        .workbook;
    assert_eq!(again, w);

    let minimal = read_document(include_str!("fixtures/v2/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
}

/// The v2 fixture with one piece of text replaced.
fn v2_with(from: &str, to: &str) -> String {
    let full = include_str!("fixtures/v2/full.json");
    assert!(full.contains(from), "the fixture holds {from}");
    full.replacen(from, to, 1)
}

fn out_of_range_at(input: &str, expected_path: &str, detail_contains: &str) {
    match refused(input) {
        DocumentError::OutOfRange { path, detail } => {
            assert_eq!(path, expected_path);
            assert!(
                detail.contains(detail_contains),
                "{detail:?} lacks {detail_contains:?}"
            );
        }
        other => panic!("expected OutOfRange at {expected_path}, got {other:?}"),
    }
}

#[test]
fn v2_values_out_of_range_name_their_place() {
    out_of_range_at(
        &v2_with(
            r#""criterion": 1, "value": 9"#,
            r#""criterion": 1, "value": 11"#,
        ),
        "deeper.matrix.scores[0].value",
        "from 1 to 10",
    );
    out_of_range_at(
        &v2_with(
            r#""name": "Pay", "weight": 2"#,
            r#""name": "Pay", "weight": 0"#,
        ),
        "deeper.matrix.criteria[2].weight",
        "from 1 to 5",
    );
    out_of_range_at(
        &v2_with(r#""rating": 8"#, r#""rating": 0"#),
        "deeper.matrix.gut[0].rating",
        "gut rating",
    );
    out_of_range_at(
        &v2_with(r#""target": 4"#, r#""target": 6"#),
        "deeper.skill_gaps[0].target",
        "skill level",
    );
    out_of_range_at(
        &v2_with(r#""date": "2026-11-12""#, r#""date": "1800-01-01""#),
        "deeper.options[0].reality_tests[0].date",
        "1800",
    );
    out_of_range_at(
        &v2_with(r#""due": "2026-12-07""#, r#""due": "2999-12-07""#),
        "plan.steps[0].due",
        "2999",
    );
    out_of_range_at(
        &v2_with(r#""id": 10,"#, r#""id": 9,"#),
        "id",
        "the id 9 is used by two records",
    );
    out_of_range_at(
        &v2_with(r#""min": 32000"#, r#""min": 1000000000001"#),
        "deeper.options[0].salary.min",
        "at most",
    );
    // Three options, one archived; un-archiving it is fine, but six active are not.
    let many: String = (0..6)
        .map(|n| format!(r#"{{"id":{},"title":"Option {n}"}}"#, 100 + n))
        .collect::<Vec<_>>()
        .join(",");
    let six = format!(
        r#"{{"format":"waypoint-workbook","schema_version":2,"deeper":{{"options":[{many}]}}}}"#
    );
    out_of_range_at(&six, "deeper.options", "not archived");
    assert_eq!(
        refused(&v2_with(
            r#""currency": "EUR""#,
            r#""currency": "EUROS-EUROS-EUROS""#
        )),
        DocumentError::TextTooLong {
            path: "deeper.options[0].salary.currency".into(),
            chars: 17,
            limit: 12
        }
    );
}

#[test]
fn v2_wrong_shapes_name_their_place() {
    wrong_shape_at(
        &v2_with(r#""status": "chosen""#, r#""status": "maybe""#),
        "deeper.options[0].status",
        "unknown choice",
    );
    wrong_shape_at(
        &v2_with(r#""kind": "volunteering""#, r#""kind": "x""#),
        "deeper.options[0].reality_tests[1].kind",
        "unknown choice",
    );
    wrong_shape_at(
        &v2_with(r#""method": "course""#, r#""method": 3"#),
        "deeper.skill_gaps[0].method",
        "found",
    );
    wrong_shape_at(
        &v2_with(r#""value": 9"#, r#""value": "nine""#),
        "deeper.matrix.scores[0].value",
        "found",
    );
    wrong_shape_at(
        &v2_with(r#""skills_needed": []"#, r#""skills_needed": "none""#),
        "deeper.options[1].skills_needed",
        "found",
    );
    wrong_shape_at(
        &v2_with(r#""matrix": {"#, r#""matrix": {"colour": 1, "#),
        "deeper.matrix.colour",
        "unknown entry",
    );
    wrong_shape_at(
        &v2_with(r#""deeper": {"#, r#""deeper": [], "ignored": {"#),
        "deeper",
        "expected an object",
    );
    wrong_shape_at(
        &v2_with(r#""next_id": 30"#, r#""next_id": -4"#),
        "next_id",
        "found",
    );
}

#[test]
fn inconsistent_links_are_repaired_not_refused() {
    // A score for an option that does not exist, a decision for a missing option and a stale id
    // source: nothing a person wrote is at stake, so the document reads, tidied.
    let input = v2_with(r#""chosen": 9"#, r#""chosen": 77"#)
        .replace(r#""next_id": 30"#, r#""next_id": 3"#)
        .replace(r#"{ "thing": 10, "criterion": 5, "value": 7 }"#, r#"{ "thing": 10, "criterion": 5, "value": 7 }, { "thing": 404, "criterion": 1, "value": 2 }"#);
    let w = read_document(&input).unwrap().workbook;
    assert_eq!(w.deeper.decision.chosen, None);
    assert_eq!(
        w.deeper.option(Id(9)).unwrap().status,
        OptionStatus::Shortlisted
    );
    assert!(w.deeper.matrix.scores.iter().all(|s| s.thing != Id(404)));
    assert_eq!(w.next_id.peek(), 30);
}

#[test]
fn every_v3_fixture_reads() {
    let full = read_document(include_str!("fixtures/v3/full.json")).unwrap();
    assert_eq!(full.migrated_from, Some(3));
    let w = full.workbook;
    let values = &w.exploration.values;
    assert_eq!(values.progress(), (5, DECK.len() + 1));
    assert_eq!(values.pile_of("custom-30"), Some(Pile::Always));
    assert_eq!(
        w.top_value_names(),
        ["Helping others", "Autonomy", "Quiet mornings"]
    );
    assert_eq!(values.reflection("helping").unwrap().honoured, Some(4));
    assert_eq!(values.history.len(), 1);
    assert_eq!(w.exploration.goals.len(), 2);
    assert_eq!(w.summary().goals, 2);
    assert_eq!(w.exploration.buts[0].text, "But I would earn less at first");
    assert_eq!(w.deeper.options[0].risks[0].but, Some(Id(33)));
    let e = &w.exploration;
    assert_eq!(e.situation.past_roles[0].title, "Ward nurse");
    assert_eq!(e.skills[0].quadrant(), Some(Quadrant::BurnoutRisk));
    assert_eq!(e.skills[1].quadrant(), Some(Quadrant::Develop));
    assert_eq!(e.readiness.runway(), Some(6.0));
    assert_eq!(e.interests.answered(), 2);
    let topics: Vec<&str> = e.interests.topics.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(topics, ["Adult learning", "Gardening"]);
    assert_eq!(e.interests.topics[1].id, Id(40));
    assert!(e
        .interests
        .common_thread
        .starts_with("Helping something grow"));
    assert_eq!(
        e.completion(Section::Situation, &w.vision),
        Completion::Done
    );
    assert_eq!(
        e.completion(Section::Readiness, &w.vision),
        Completion::Done
    );
    assert_eq!(
        e.completion(Section::Interests, &w.vision),
        Completion::Started
    );
    assert_eq!(
        w.deeper.options.len(),
        3,
        "what version 2 held is all there"
    );
    let again = read_document(&export_text(&w, Utc::now()).unwrap())
        .unwrap()
        .workbook;
    assert_eq!(again, w);
    let minimal = read_document(include_str!("fixtures/v3/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
}

#[test]
fn every_v4_fixture_reads_with_an_unrated_skill() {
    let full = read_document(include_str!("fixtures/v4/full.json")).unwrap();
    assert_eq!(full.migrated_from, Some(4));
    let w = full.workbook;
    let skills = &w.exploration.skills;
    assert_eq!(skills.len(), 3);
    assert_eq!(
        skills[1].quadrant(),
        Some(Quadrant::Develop),
        "rated skills keep their place"
    );
    assert_eq!(
        (
            skills[2].proficiency,
            skills[2].enjoyment,
            skills[2].quadrant()
        ),
        (None, None, None)
    );
    assert_eq!(w.next_id.peek(), 42);
    let again = read_document(&export_text(&w, Utc::now()).unwrap())
        .unwrap()
        .workbook;
    assert_eq!(again, w, "\"not rated\" survives an export and import");
    let minimal = read_document(include_str!("fixtures/v4/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
}

#[test]
fn every_v5_fixture_reads_with_its_networking() {
    use waypoint::model::networking::conversations::due_follow_ups;
    use waypoint::model::networking::{Channel, LadderStep, Warmth};
    use waypoint::model::plan::StepStatus;
    let full = read_document(include_str!("fixtures/v5/full.json")).unwrap();
    assert_eq!(full.migrated_from, Some(5));
    let w = full.workbook;
    let statuses: Vec<StepStatus> = w.plan.steps.iter().map(|s| s.status).collect();
    assert_eq!(
        statuses,
        [StepStatus::Done, StepStatus::ToDo, StepStatus::ToDo],
        "a done step of version 5 is done"
    );
    let n = &w.networking;
    assert_eq!(
        n.contacts
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["Priya Shah", "Tom Becker", "Grace Mwangi"]
    );
    assert_eq!(n.contacts[0].warmth, Warmth::Warm);
    assert_eq!(n.contacts[0].options, [Id(9), Id(10)]);
    assert_eq!(
        n.contacts[1].profile, "javascript:alert(1)",
        "kept as the person wrote it; never a link"
    );
    assert_eq!(n.interactions.len(), 3);
    assert_eq!(n.interactions[0].reality_test, Some(Id(14)));
    assert_eq!(n.interactions[0].own_questions, [Id(50)]);
    assert_eq!(n.interactions[1].channel, Channel::Message);
    assert_eq!(
        n.ladder.iter().map(|r| r.step).collect::<Vec<_>>(),
        [LadderStep::ThreePeople, LadderStep::Reconnect]
    );
    assert_eq!(n.goals[0].describe(), "2 conversations a week");
    let due = due_follow_ups(&n.contacts, NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
    assert_eq!(
        (due.overdue[0].contact, due.this_week[0].contact),
        (Id(42), Id(43))
    );
    let summary = w.summary();
    assert_eq!(
        (
            summary.contacts,
            summary.conversations,
            summary.networking_goals
        ),
        (3, 3, 1)
    );
    let again = read_document(&export_text(&w, Utc::now()).unwrap())
        .unwrap()
        .workbook;
    assert_eq!(again, w, "networking survives an export and import");
    let minimal = read_document(include_str!("fixtures/v5/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
}

#[test]
fn networking_limits_are_refused_with_their_place() {
    let full = include_str!("fixtures/v5/full.json");
    let long_note = "n".repeat(MAX_TEXT_CHARS + 1);
    let document = full.replacen("Sent a short hello through my sister.", &long_note, 1);
    let error = read_document(&document).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("networking.interactions[1].notes"),
        "{error}"
    );
    let document = full.replacen("\"count\": 2", "\"count\": 0", 1);
    let error = read_document(&document).unwrap_err();
    assert!(
        error.to_string().contains("networking.goals[0].count"),
        "{error}"
    );
    let document = full.replacen(
        "\"follow_up\": \"2026-11-30\"",
        "\"follow_up\": \"2026-13-40\"",
        1,
    );
    assert!(
        read_document(&document).is_err(),
        "an unreadable date is refused"
    );
}

#[test]
fn every_v6_fixture_reads_with_its_plan() {
    use waypoint::model::plan::{next_check_in, Rating, StepStatus};
    use waypoint::model::start::CheckInSchedule;
    let full = read_document(include_str!("fixtures/v6/full.json")).unwrap();
    assert_eq!(full.migrated_from, Some(6));
    let w = full.workbook;
    let p = &w.plan;
    let statuses: Vec<StepStatus> = p.steps.iter().map(|s| s.status).collect();
    use StepStatus::*;
    assert_eq!(statuses, [ToDo, Doing, ToDo, Done, ToDo, Dropped]);
    assert_eq!(
        p.steps_of(Some(Id(31))).map(|s| s.id).collect::<Vec<_>>(),
        [Id(61), Id(63)]
    );
    assert_eq!(
        (p.steps[1].contact, p.steps[1].check_in),
        (Some(Id(43)), Some(Id(66)))
    );
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    assert!(p.steps[1].overdue(today) && !p.steps[0].overdue(today));
    assert_eq!(p.if_thens[0].but, Some(Id(33)));
    assert_eq!(p.check_ins[0].progress_of(Id(32)), Some(10));
    assert_eq!(Rating::Confidence.get(&p.check_ins[1]), Some(6));
    // Weekly from 2 November; the latest check-in was on 23 November, so the next was due on the 30th.
    let due = next_check_in(CheckInSchedule::of(&w.profile), &p.check_ins, today).unwrap();
    assert_eq!(
        (due.on, due.late),
        (NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), true)
    );
    let summary = w.summary();
    assert_eq!(
        (summary.plan_steps, summary.if_thens, summary.check_ins),
        (6, 2, 2)
    );
    let again = read_document(&export_text(&w, Utc::now()).unwrap())
        .unwrap()
        .workbook;
    assert_eq!(again, w, "the plan survives an export and import");
    let minimal = read_document(include_str!("fixtures/v6/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
}

#[test]
fn plan_limits_are_refused_with_their_place() {
    let full = include_str!("fixtures/v6/full.json");
    let refused = |from: &str, to: &str, place: &str, words: &str| {
        assert!(full.contains(from), "{from}");
        let error = read_document(&full.replacen(from, to, 1))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains(place) && error.contains(words),
            "{from} → {to}: {error}"
        );
    };
    refused(
        "\"confidence\": 5",
        "\"confidence\": 11",
        "plan.check_ins[0].confidence",
        "11",
    );
    refused(
        "\"percent\": 35",
        "\"percent\": 135",
        "plan.check_ins[1].progress[0].percent",
        "135",
    );
    refused(
        "\"due\": \"2026-12-05\"",
        "\"due\": \"2300-01-01\"",
        "plan.steps[0].due",
        "2300",
    );
    refused(
        "\"status\": \"doing\"",
        "\"status\": \"someday\"",
        "plan.steps[1].status",
        "someday",
    );
    let long = "i".repeat(1_001);
    refused(
        "\"obstacle\": \"I would earn less at first\"",
        &format!("\"obstacle\": \"{long}\""),
        "plan.if_thens[0].obstacle",
        "1000",
    );
}

#[test]
fn every_v7_fixture_reads_with_its_applications() {
    use waypoint::model::applying::{AppStatus, MaterialKind, Mood};
    let full = read_document(include_str!("fixtures/v7/full.json")).unwrap();
    assert_eq!(full.migrated_from, Some(7));
    let w = full.workbook;
    assert_eq!(
        w.closing,
        Default::default(),
        "a version 7 workbook reads with Closing empty"
    );
    assert!(w.plan.steps.iter().all(|s| s.leaving.is_none()));
    let a = &w.applying;
    assert_eq!(
        a.materials.iter().map(|m| m.kind).collect::<Vec<_>>(),
        [MaterialKind::Resume, MaterialKind::CoverLetter]
    );
    assert_eq!(a.materials[0].checked(), (2, 5));
    let statuses: Vec<AppStatus> = a.applications.iter().map(|x| x.status).collect();
    assert_eq!(
        statuses,
        [
            AppStatus::Interviewing,
            AppStatus::Applied,
            AppStatus::Rejected,
            AppStatus::Interested
        ]
    );
    let north = &a.applications[0];
    assert_eq!(
        (north.contact, north.option, north.versions.clone()),
        (Some(Id(42)), Some(Id(9)), vec![Id(77), Id(84)])
    );
    assert_eq!(north.history.len(), 3);
    assert_eq!(
        (a.stories[0].strengths.clone(), a.stories[0].skills.clone()),
        (vec![Id(36)], vec![Id(37)])
    );
    assert_eq!(
        (a.setbacks[0].application, a.setbacks[0].mood),
        (Some(Id(87)), Some(Mood::UpAndDown))
    );
    assert_eq!(w.plan.step(Id(62)).unwrap().application, Some(Id(85)));
    let summary = w.summary();
    assert_eq!(
        (
            summary.materials,
            summary.applications,
            summary.interview,
            summary.setbacks
        ),
        (2, 4, (1, 1, 1), 1)
    );
    let again = read_document(&export_text(&w, Utc::now()).unwrap())
        .unwrap()
        .workbook;
    assert_eq!(again, w, "Applying survives an export and import");
    let minimal = read_document(include_str!("fixtures/v7/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
    // A version 6 workbook reads into version 7 with Applying empty and steps unlinked.
    let v6 = read_document(include_str!("fixtures/v6/full.json")).unwrap();
    assert_eq!(v6.migrated_from, Some(6));
    assert_eq!(v6.workbook.applying, Default::default());
    assert!(v6
        .workbook
        .plan
        .steps
        .iter()
        .all(|s| s.application.is_none()));
}

#[test]
fn applying_limits_are_refused_with_their_place() {
    let full = include_str!("fixtures/v7/full.json");
    let refused = |from: &str, to: &str, place: &str, words: &str| {
        assert!(full.contains(from), "{from}");
        let error = read_document(&full.replacen(from, to, 1))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains(place) && error.contains(words),
            "{from} → {to}: {error}"
        );
    };
    refused(
        "\"applied_on\": \"2026-11-16\"",
        "\"applied_on\": \"2026-11-01\"",
        "applying.applications[0].applied_on",
        "before it was found on 2026-11-12",
    );
    refused(
        "\"company\": \"City Library\",\n        \"role\": \"Learning assistant\"",
        "\"company\": \"\",\n        \"role\": \" \"",
        "applying.applications[3].company",
        "neither",
    );
    refused(
        "\"status\": \"interviewing\"",
        "\"status\": \"ghosted\"",
        "applying.applications[0].status",
        "ghosted",
    );
    refused(
        "\"rating\": 3",
        "\"rating\": 6",
        "applying.practice[0].rating",
        "6",
    );
    refused(
        "\"mood\": \"up_and_down\"",
        "\"mood\": \"sad\"",
        "applying.setbacks[0].mood",
        "sad",
    );
}

#[test]
fn every_v8_fixture_reads_with_its_offers() {
    use waypoint::model::closing::{compensation, money_order, MoneyOrder, OFFER_CRITERIA};
    let full = read_document(include_str!("fixtures/v8/full.json")).unwrap();
    assert_eq!(full.migrated_from, Some(8));
    let w = full.workbook;
    let c = &w.closing;
    assert_eq!(
        c.offers.iter().map(|o| (o.id, o.stay)).collect::<Vec<_>>(),
        [(Id(100), false), (Id(101), true), (Id(102), false)]
    );
    assert_eq!(c.offers[0].application, Some(Id(85)));
    assert_eq!(compensation(&c.offers[0]).first_year, 41_000);
    assert_eq!(compensation(&c.offers[1]).first_year, 41_000 + 1_640);
    assert_eq!(
        (
            compensation(&c.offers[2]).first_year,
            compensation(&c.offers[2]).steady_year
        ),
        (68_000, 65_000)
    );
    assert_eq!(
        money_order(&c.offers),
        MoneyOrder::MixedCurrencies(vec!["EUR".into(), "USD".into()])
    );
    assert_eq!(c.matrix.criteria.len(), OFFER_CRITERIA.len());
    assert_eq!(c.matrix.scores.len(), 21);
    assert_eq!(c.leaving.len(), 7);
    assert!(c.leaving[4].done);
    assert_eq!(w.plan.step(Id(110)).unwrap().leaving, Some(Id(103)));
    assert_eq!(
        c.celebration.next_check_in,
        NaiveDate::from_ymd_opt(2027, 4, 1)
    );
    let summary = w.summary();
    assert_eq!((summary.offers, summary.leaving), (3, (1, 7)));
    let again = read_document(&export_text(&w, Utc::now()).unwrap())
        .unwrap()
        .workbook;
    assert_eq!(again, w, "Closing survives an export and import");
    let minimal = read_document(include_str!("fixtures/v8/minimal.json")).unwrap();
    assert_eq!(minimal.workbook, Workbook::default());
}

#[test]
fn closing_limits_are_refused_with_their_place() {
    let full = include_str!("fixtures/v8/full.json");
    let refused = |from: &str, to: &str, place: &str, words: &str| {
        assert!(full.contains(from), "{from}");
        let error = read_document(&full.replacen(from, to, 1))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains(place) && error.contains(words),
            "{from} → {to}: {error}"
        );
    };
    refused(
        "\"bonus_percent\": 5",
        "\"bonus_percent\": 500",
        "closing.offers[1].bonus_percent",
        "from 0 to 200",
    );
    refused(
        "\"vesting_months\": 48",
        "\"vesting_months\": 0",
        "closing.offers[2].vesting_months",
        "from 1 to 600",
    );
    refused(
        "\"base_pay\": 38000",
        "\"base_pay\": -38000",
        "closing.offers[0].base_pay",
        "whole number",
    );
    refused(
        "\"stay\": false",
        "\"stay\": true",
        "closing.offers",
        "only one offer can be staying",
    );
    refused(
        "\"name\": \"Brightpath Learning, learning designer\"",
        "\"name\": \" \"",
        "closing.offers[2].name",
        "needs a name",
    );
    refused(
        "\"next_check_in\": \"2027-04-01\"",
        "\"next_check_in\": \"2300-04-01\"",
        "closing.celebration.next_check_in",
        "2300-04-01",
    );
    refused(
        "\"Total pay and benefits\",\n          \"weight\": 3",
        "\"Total pay and benefits\",\n          \"weight\": 9",
        "closing.matrix.criteria[0].weight",
        "from 1 to 5",
    );
}

fn v3_with(from: &str, to: &str) -> String {
    let full = include_str!("fixtures/v3/full.json");
    assert!(full.contains(from), "the fixture holds {from}");
    full.replacen(from, to, 1)
}

#[test]
fn v3_problems_name_their_place() {
    out_of_range_at(
        &v3_with(r#""honoured": 4"#, r#""honoured": 11"#),
        "exploration.values.reflections[0].honoured",
        "from 1 to 10",
    );
    wrong_shape_at(
        &v3_with(r#""pile": "never""#, r#""pile": "rarely""#),
        "exploration.values.placements[4].pile",
        "unknown choice",
    );
    wrong_shape_at(
        &v3_with(r#""taken_on": "2026-11-10""#, r#""taken_on": "soon""#),
        "exploration.values.history[0].taken_on",
        "YYYY-MM-DD",
    );
    out_of_range_at(
        &v3_with(r#""id": 31"#, r#""id": 30"#),
        "id",
        "the id 30 is used by two records",
    );
    let eleven: Vec<String> = DECK[..11]
        .iter()
        .map(|c| format!("\"{}\"", c.key))
        .collect();
    out_of_range_at(
        &v3_with(
            "\"top\": [\n        \"helping\",",
            &format!("\"top\": [{},", eleven.join(",")),
        ),
        "exploration.values.top",
        "at most 10",
    );
    assert_eq!(
        refused(&v3_with("Quiet mornings", &"q".repeat(61))),
        DocumentError::TextTooLong {
            path: "exploration.values.custom[0].name".into(),
            chars: 61,
            limit: 60
        }
    );
    out_of_range_at(
        &v3_with(r#""uncertainty": 5"#, r#""uncertainty": 0"#),
        "exploration.readiness.uncertainty",
        "from 1 to 10",
    );
    out_of_range_at(
        &v3_with(r#""enjoyment": 1"#, r#""enjoyment": 6"#),
        "exploration.skills[0].enjoyment",
        "from 1 to 5",
    );
    out_of_range_at(
        &v3_with(r#""rating": 5"#, r#""rating": 7"#),
        "exploration.interests.ratings[0].rating",
        "from 1 to 5",
    );
    wrong_shape_at(
        &v3_with(r#""hours""#, r#""weather""#),
        "exploration.readiness.sources[0]",
        "unknown choice",
    );
    assert_eq!(
        refused(&v3_with("Gardening", &"g".repeat(121))),
        DocumentError::TextTooLong {
            path: "exploration.interests.topics[1].text".into(),
            chars: 121,
            limit: 120
        }
    );
    out_of_range_at(
        &v3_with(r#""id": 40"#, r#""id": 39"#),
        "id",
        "the id 39 is used by two records",
    );
    // A risk linked to a "but" that is not there keeps its words and loses only the link.
    let w = read_document(&v3_with(r#""but": 33"#, r#""but": 404"#))
        .unwrap()
        .workbook;
    assert_eq!(w.deeper.options[0].risks[0].but, None);
    assert_eq!(
        w.deeper.options[0].risks[0].risk,
        "A pay cut in the first two years."
    );
    // A placement of a card that does not exist is dropped, not refused: nothing written is lost.
    let w = read_document(&v3_with(r#""card": "status""#, r#""card": "ghost""#))
        .unwrap()
        .workbook;
    assert_eq!(w.exploration.values.progress().0, 4);
}
