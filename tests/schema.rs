//! The published format: a JSON Schema per schema version, written by hand beside the fixtures
//! (`tests/fixtures/v<N>/schema.json`), checked here by a third-party validator against every
//! fixture of its version and against what this Waypoint writes today. `tests/misshapen.rs` and
//! `tests/bad_documents.rs` hold the newest schema to the validator case by case.

#[path = "support/schema.rs"]
mod published;

use chrono::{TimeZone, Utc};
use serde_json::Value;
use waypoint::model::SCHEMA_VERSION;
use waypoint::store::document::{export_text, storage_text};
use waypoint::store::read_document;

fn fixture(version: u32, name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/v{version}/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn every_version_has_a_schema_that_accepts_its_fixtures() {
    for version in 1..=SCHEMA_VERSION {
        let schema = published::schema(version);
        for name in ["minimal", "full"] {
            let document = fixture(version, name);
            assert_eq!(
                published::refusal(&schema, &document),
                None,
                "v{version}/{name}.json against v{version}/schema.json"
            );
        }
    }
}

#[test]
fn each_schema_refuses_the_fixtures_of_every_other_version() {
    for version in 1..=SCHEMA_VERSION {
        let schema = published::schema(version);
        for other in (1..=SCHEMA_VERSION).filter(|&other| other != version) {
            assert!(
                published::refusal(&schema, &fixture(other, "full")).is_some(),
                "v{other}/full.json passed v{version}/schema.json"
            );
        }
    }
}

#[test]
fn what_waypoint_writes_today_passes_the_newest_schema() {
    let schema = published::schema(SCHEMA_VERSION);
    let at = Utc.with_ymd_and_hms(2026, 12, 4, 9, 30, 0).unwrap();
    for version in 1..=SCHEMA_VERSION {
        for name in ["minimal", "full"] {
            let text = std::fs::read_to_string(format!(
                "{}/tests/fixtures/v{version}/{name}.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let workbook = read_document(&text).unwrap().workbook;
            for written in [
                export_text(&workbook, at).unwrap(),
                storage_text(&workbook).unwrap(),
            ] {
                let document: Value = serde_json::from_str(&written).unwrap();
                assert_eq!(
                    published::refusal(&schema, &document),
                    None,
                    "v{version}/{name}.json as written today"
                );
            }
        }
    }
}

/// The snapshot a person shares with their coach has a schema of its own; the workbook inside is
/// held to the schema of its version.
#[test]
fn the_snapshot_schema_accepts_what_waypoint_writes_and_refuses_what_it_refuses() {
    use chrono::NaiveDate;
    use waypoint::model::share::{SharedStage, Snapshot};
    use waypoint::store::snapshot::{read_snapshot, snapshot_text};
    let schema = published::snapshot_schema();
    let path = format!(
        "{}/tests/fixtures/snapshot-v1/full.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let document: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        published::refusal(&schema, &document),
        None,
        "snapshot-v1/full.json"
    );

    // The fixture is byte for byte what this version writes, and reads back as it was made.
    let made_on = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let full = read_document(
        &std::fs::read_to_string(format!(
            "{}/tests/fixtures/v9/full.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap()
    .workbook;
    let shared = [
        SharedStage::Exploration,
        SharedStage::Networking,
        SharedStage::Coaching,
    ];
    assert_eq!(
        snapshot_text(&Snapshot::of(&full, &shared, made_on)).unwrap(),
        text
    );
    assert_eq!(
        read_snapshot(&text).unwrap(),
        Snapshot::of(&full, &shared, made_on)
    );

    // Every stage alone, and all of them, as written today.
    for stages in SharedStage::ALL
        .map(|stage| vec![stage])
        .into_iter()
        .chain([SharedStage::ALL.to_vec()])
    {
        let written: Value =
            serde_json::from_str(&snapshot_text(&Snapshot::of(&full, &stages, made_on)).unwrap())
                .unwrap();
        assert_eq!(published::refusal(&schema, &written), None, "{stages:?}");
    }

    // A workbook of an earlier version inside is read (and migrated) as an import would be.
    let mut older = document.clone();
    older["workbook"] = fixture(1, "full");
    assert_eq!(published::refusal(&schema, &older), None);
    assert!(read_snapshot(&older.to_string()).is_ok());

    // What the schema refuses, Waypoint refuses too.
    let cases: [(&str, fn(&mut Value)); 9] = [
        ("a stage that cannot be shared", |d| {
            d["stages"] = serde_json::json!(["exploration", "values"])
        }),
        ("a stage named twice", |d| {
            d["stages"] = serde_json::json!(["plan", "plan"])
        }),
        ("no stage", |d| d["stages"] = serde_json::json!([])),
        ("no workbook", |d| {
            drop(d.as_object_mut().unwrap().remove("workbook"))
        }),
        ("a newer snapshot", |d| {
            d["snapshot_version"] = serde_json::json!(2)
        }),
        ("a name it does not hold", |d| {
            d["note"] = serde_json::json!("hello")
        }),
        ("a day that is not one", |d| {
            d["made_on"] = serde_json::json!("4 December")
        }),
        ("a workbook of no version", |d| {
            d["workbook"]["schema_version"] = serde_json::json!(99)
        }),
        ("a misshapen workbook", |d| {
            d["workbook"]["profile"]["program_weeks"] = serde_json::json!("twelve")
        }),
    ];
    for (what, change) in cases {
        let mut changed = document.clone();
        change(&mut changed);
        assert!(
            published::refusal(&schema, &changed).is_some(),
            "the schema accepts {what}"
        );
        assert!(
            read_snapshot(&changed.to_string()).is_err(),
            "Waypoint reads {what}"
        );
    }
}
