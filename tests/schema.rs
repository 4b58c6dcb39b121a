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
    let path = format!("{}/tests/fixtures/v{version}/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn every_version_has_a_schema_that_accepts_its_fixtures() {
    for version in 1..=SCHEMA_VERSION {
        let schema = published::schema(version);
        for name in ["minimal", "full"] {
            let document = fixture(version, name);
            assert_eq!(published::refusal(&schema, &document), None, "v{version}/{name}.json against v{version}/schema.json");
        }
    }
}

#[test]
fn each_schema_refuses_the_fixtures_of_every_other_version() {
    for version in 1..=SCHEMA_VERSION {
        let schema = published::schema(version);
        for other in (1..=SCHEMA_VERSION).filter(|&other| other != version) {
            assert!(published::refusal(&schema, &fixture(other, "full")).is_some(), "v{other}/full.json passed v{version}/schema.json");
        }
    }
}

#[test]
fn what_waypoint_writes_today_passes_the_newest_schema() {
    let schema = published::schema(SCHEMA_VERSION);
    let at = Utc.with_ymd_and_hms(2026, 12, 4, 9, 30, 0).unwrap();
    for version in 1..=SCHEMA_VERSION {
        for name in ["minimal", "full"] {
            let text = std::fs::read_to_string(format!("{}/tests/fixtures/v{version}/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
            let workbook = read_document(&text).unwrap().workbook;
            for written in [export_text(&workbook, at).unwrap(), storage_text(&workbook).unwrap()] {
                let document: Value = serde_json::from_str(&written).unwrap();
                assert_eq!(published::refusal(&schema, &document), None, "v{version}/{name}.json as written today");
            }
        }
    }
}
