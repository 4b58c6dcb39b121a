//! Every entry of the saved form, damaged in every way a file can damage it, is refused with the
//! place and the words pinned in `fixtures/misshapen.txt` (or read, where the damage is harmless).
//!
//! The cases come from the fullest fixture: each entry (the first item of each list) replaced by a
//! value of each other kind, each object given an entry it does not have, each list's first item
//! replaced by a number. `WAYPOINT_WRITE_MISSHAPEN=1` writes the file afresh; review its diff.

#[path = "support/schema.rs"]
mod published;

use serde_json::{json, Map, Value};
use waypoint::store::read_document;

const FIXTURE: &str = include_str!("fixtures/v9/full.json");
const PINNED: &str = include_str!("fixtures/misshapen.txt");
const ENVELOPE: [&str; 3] = ["format", "schema_version", "exported_at"];

/// Values of every kind, and the numbers that sit at the edges of the saved form's number types.
fn replacements() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(7),
        json!(-3),
        json!(2.5),
        json!(300),
        json!(5_000_000_000u64),
        json!("x"),
        json!("2026-02-30"),
        json!([]),
        json!(["x"]),
        json!({}),
    ]
}

/// Every place in `value` with its path in the validator's words; lists contribute their first item.
fn places(value: &Value, path: String, out: &mut Vec<(String, Vec<Step>)>, steps: Vec<Step>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if steps.is_empty() && ENVELOPE.contains(&key.as_str()) {
                    continue;
                }
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let mut child_steps = steps.clone();
                child_steps.push(Step::Key(key.clone()));
                out.push((child_path.clone(), child_steps.clone()));
                places(child, child_path, out, child_steps);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let child_path = format!("{path}[0]");
                let mut child_steps = steps.clone();
                child_steps.push(Step::Index(0));
                out.push((child_path.clone(), child_steps.clone()));
                places(first, child_path, out, child_steps);
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, steps: &[Step]) -> &'a mut Value {
    steps.iter().fold(value, |value, step| match step {
        Step::Key(key) => value.get_mut(key).unwrap(),
        Step::Index(index) => value.get_mut(*index).unwrap(),
    })
}

fn outcome(document: &Value) -> String {
    match read_document(&document.to_string()) {
        Ok(_) => "reads".into(),
        Err(error) => error.to_string(),
    }
}

fn every_case() -> String {
    every_case_with(FIXTURE, &mut |_, _| {})
}

/// Every case's line, each damaged document also shown to `also` with its outcome.
fn every_case_with(fixture: &str, also: &mut dyn FnMut(&Value, &str)) -> String {
    let mut outcome = |document: &Value| {
        let outcome = outcome(document);
        also(document, &outcome);
        outcome
    };
    let original: Value = serde_json::from_str(fixture).unwrap();
    let mut found = Vec::new();
    places(&original, String::new(), &mut found, Vec::new());
    let mut lines = Vec::new();
    for (path, steps) in &found {
        // Replacements with the same outcome share a line; the usual opening is shortened to "@".
        let mut outcomes: Vec<(String, Vec<String>)> = Vec::new();
        let opening = format!("The file has a problem at \"{path}\": ");
        for replacement in replacements() {
            let mut document = original.clone();
            *at(&mut document, steps) = replacement.clone();
            let outcome = outcome(&document).replace(&opening, "@ ");
            match outcomes.iter_mut().find(|(seen, _)| *seen == outcome) {
                Some((_, replacements)) => replacements.push(replacement.to_string()),
                None => outcomes.push((outcome, vec![replacement.to_string()])),
            }
        }
        for (outcome, replacements) in outcomes {
            lines.push(format!("{path} = {}: {outcome}", replacements.join(" | ")));
        }
        let mut document = original.clone();
        if let Value::Object(map) = at(&mut document, steps) {
            map.insert("zz".into(), json!(1));
            lines.push(format!("{path} + zz: {}", outcome(&document)));
        }
    }
    let mut document = original.clone();
    document
        .as_object_mut()
        .unwrap()
        .insert("zz".into(), json!(1));
    lines.push(format!("+ zz: {}", outcome(&document)));
    let mut document = original;
    document
        .as_object_mut()
        .unwrap()
        .insert("profile".into(), Value::Object(Map::new()));
    lines.push(format!("profile = {{}}: {}", outcome(&document)));
    lines.join("\n") + "\n"
}

#[test]
fn every_misshapen_entry_is_refused_with_its_place_and_plain_words() {
    let cases = every_case();
    if std::env::var_os("WAYPOINT_WRITE_MISSHAPEN").is_some() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/misshapen.txt"),
            &cases,
        )
        .unwrap();
        return;
    }
    for (line, (got, pinned)) in cases.lines().zip(PINNED.lines()).enumerate() {
        assert_eq!(got, pinned, "case {} of fixtures/misshapen.txt", line + 1);
    }
    assert_eq!(
        cases.lines().count(),
        PINNED.lines().count(),
        "the number of cases"
    );
}

/// The validator's rules that reach across records, which a JSON Schema cannot state; the schema's
/// description names each of them.
const ACROSS_RECORDS: [&str; 5] = [
    "is used by two records",
    "who is not in the file",
    "is ticked twice",
    "before it was found",
    "is used by two items",
];

#[test]
fn the_published_schema_agrees_with_the_validator_on_every_case() {
    let schema = published::schema(waypoint::model::SCHEMA_VERSION);
    let mut cases = 0;
    let mut disagreements = Vec::new();
    every_case_with(FIXTURE, &mut |document, outcome| {
        cases += 1;
        let refusal = published::refusal(&schema, document);
        let agree = if outcome == "reads" {
            refusal.is_none()
        } else {
            refusal.is_some() || ACROSS_RECORDS.iter().any(|rule| outcome.contains(rule))
        };
        if !agree && disagreements.len() < 40 {
            disagreements.push(format!(
                "Waypoint: {outcome}\n  schema: {}",
                refusal.as_deref().unwrap_or("accepts")
            ));
        }
    });
    println!("{cases} damaged documents, the schema and the validator compared");
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

/// An older version's schema describes what that version wrote, and this Waypoint reads more of it
/// than that (a version 3 skill rated null, say); the way that matters holds: whatever an older
/// schema accepts, this Waypoint reads.
#[test]
fn whatever_an_older_schema_accepts_this_waypoint_reads() {
    let mut cases = 0;
    let mut disagreements = Vec::new();
    for version in 1..waypoint::model::SCHEMA_VERSION {
        let schema = published::schema(version);
        let path = format!(
            "{}/tests/fixtures/v{version}/full.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let fixture = std::fs::read_to_string(path).unwrap();
        every_case_with(&fixture, &mut |document, outcome| {
            cases += 1;
            let accepted = published::refusal(&schema, document).is_none();
            if accepted
                && outcome != "reads"
                && !ACROSS_RECORDS.iter().any(|rule| outcome.contains(rule))
                && disagreements.len() < 40
            {
                disagreements.push(format!(
                    "v{version}: the schema accepts, Waypoint says: {outcome}"
                ));
            }
        });
    }
    println!(
        "{cases} damaged documents of versions 1 to {}, the schemas and the validator compared",
        waypoint::model::SCHEMA_VERSION - 1
    );
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
