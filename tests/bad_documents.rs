//! At least a hundred malformed documents, kept as files under `tests/fixtures/bad/`, each refused with
//! the kind of error `expected.txt` names beside it (or, for damage the validator repairs, read: "ok").
//!
//! The files are made by `cases()` below, so each says how it was damaged; the test checks that the
//! files on disk are exactly what it makes, then reads each through the import's entry point
//! (`read_document_bytes`, which a file chosen on the Data page goes through). The expected kinds are
//! written here by hand, never taken from the validator. `WAYPOINT_WRITE_BAD=1` writes the files afresh.

#[path = "support/schema.rs"]
mod published;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};
use waypoint::store::document::read_document_bytes;

const FULL: &str = include_str!("fixtures/v9/full.json");
const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad");

struct Case {
    name: String,
    bytes: Vec<u8>,
    kind: &'static str,
}

fn full() -> Value {
    serde_json::from_str(FULL).unwrap()
}

/// The full fixture with one change made by `change`.
fn changed(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = full();
    change(&mut value);
    serde_json::to_string_pretty(&value).unwrap().into_bytes()
}

fn minimal(rest: &str) -> Vec<u8> {
    format!(r#"{{"format":"waypoint-workbook","schema_version":8{rest}}}"#).into_bytes()
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |name: &str, bytes: Vec<u8>, kind: &'static str| {
        cases.push(Case {
            name: name.to_string(),
            bytes,
            kind,
        })
    };

    // Truncated at many points: nothing left is empty; a cut inside a character is not text; any
    // other cut leaves JSON that ends too soon.
    let text = FULL.as_bytes();
    let mut cuts: Vec<usize> = vec![0, 1, 2, 3, 10, 30, 100, 300, 1000, 3000];
    cuts.extend((1..20).map(|i| text.len() * i / 20));
    cuts.extend([text.len() - 3, text.len() - 2, text.len() - 1]);
    for cut in cuts {
        let kind = if cut == 0 {
            "empty"
        } else if !FULL.is_char_boundary(cut) {
            "not-text"
        } else {
            "not-json"
        };
        add(
            &format!("truncated-at-{cut}.json"),
            text[..cut].to_vec(),
            kind,
        );
    }
    let multibyte = FULL
        .char_indices()
        .find(|(_, c)| c.len_utf8() > 1)
        .map(|(i, _)| i)
        .expect("a character of several bytes");
    add(
        "truncated-inside-a-character.json",
        text[..multibyte + 1].to_vec(),
        "not-text",
    );

    // Not an object at the top.
    for (name, top) in [
        ("list", "[1, 2]"),
        ("text", "\"waypoint\""),
        ("number", "8"),
        ("null", "null"),
        ("true", "true"),
    ] {
        add(
            &format!("top-level-{name}.json"),
            top.as_bytes().to_vec(),
            "not-an-object",
        );
    }
    // The envelope.
    add(
        "no-format.json",
        br#"{"schema_version":8}"#.to_vec(),
        "not-waypoint",
    );
    add(
        "format-a-number.json",
        br#"{"format":42,"schema_version":8}"#.to_vec(),
        "other-format",
    );
    add(
        "format-of-another-app.json",
        br#"{"format":"excalidraw","schema_version":8}"#.to_vec(),
        "other-format",
    );
    add(
        "no-version.json",
        br#"{"format":"waypoint-workbook"}"#.to_vec(),
        "missing-version",
    );
    add(
        "version-null.json",
        br#"{"format":"waypoint-workbook","schema_version":null}"#.to_vec(),
        "missing-version",
    );
    add(
        "version-as-text.json",
        br#"{"format":"waypoint-workbook","schema_version":"8"}"#.to_vec(),
        "version-not-a-number",
    );
    add(
        "version-true.json",
        br#"{"format":"waypoint-workbook","schema_version":true}"#.to_vec(),
        "version-not-a-number",
    );
    add(
        "version-a-list.json",
        br#"{"format":"waypoint-workbook","schema_version":[8]}"#.to_vec(),
        "version-not-a-number",
    );
    for (name, version) in [
        ("zero", "0"),
        ("negative", "-1"),
        ("fraction", "7.5"),
        ("float-thousand", "1e3"),
    ] {
        add(
            &format!("version-{name}.json"),
            format!(r#"{{"format":"waypoint-workbook","schema_version":{version}}}"#).into_bytes(),
            "unknown-version",
        );
    }
    // Every future version refuses alike: the next, far ones, and the largest number there is.
    let newest = waypoint::model::SCHEMA_VERSION;
    let future = [
        ("next", (newest + 1).to_string()),
        ("after-next", (newest + 2).to_string()),
    ];
    let far = ["99", "4294967296", "18446744073709551615"].map(|v| (v, v.to_string()));
    for (name, version) in future.into_iter().chain(far) {
        add(
            &format!("future-version-{name}.json"),
            format!(r#"{{"format":"waypoint-workbook","schema_version":{version}}}"#).into_bytes(),
            "newer-version",
        );
    }
    add(
        "exported-at-a-number.json",
        minimal(r#","exported_at":5"#),
        "wrong-shape",
    );
    add(
        "exported-at-not-a-time.json",
        minimal(r#","exported_at":"yesterday""#),
        "wrong-shape",
    );

    // Wrong types at every level: each section, a field in each, an item of a list, a field of an item.
    let sections = [
        "profile",
        "vision",
        "exploration",
        "deeper",
        "networking",
        "applying",
        "closing",
        "plan",
        "coach",
    ];
    for section in sections {
        add(
            &format!("{section}-a-number.json"),
            changed(|v| v[section] = json!(7)),
            "wrong-shape",
        );
        add(
            &format!("{section}-a-list.json"),
            changed(|v| v[section] = json!([])),
            "wrong-shape",
        );
    }
    add(
        "next-id-text.json",
        changed(|v| v["next_id"] = json!("111")),
        "wrong-shape",
    );
    add(
        "name-a-number.json",
        changed(|v| v["profile"]["name"] = json!(42)),
        "wrong-shape",
    );
    add(
        "rhythm-unknown.json",
        changed(|v| v["profile"]["check_in_rhythm"] = json!("hourly")),
        "wrong-shape",
    );
    add(
        "start-a-false-date.json",
        changed(|v| v["profile"]["started_on"] = json!("2026-02-30")),
        "wrong-shape",
    );
    add(
        "vision-answer-a-list.json",
        changed(|v| v["vision"]["one_year"] = json!(["a"])),
        "wrong-shape",
    );
    add(
        "options-an-object.json",
        changed(|v| v["deeper"]["options"] = json!({})),
        "wrong-shape",
    );
    add(
        "option-a-text.json",
        changed(|v| v["deeper"]["options"][0] = json!("x")),
        "wrong-shape",
    );
    add(
        "option-id-text.json",
        changed(|v| v["deeper"]["options"][0]["id"] = json!("9")),
        "wrong-shape",
    );
    add(
        "salary-text.json",
        changed(|v| v["deeper"]["options"][0]["salary"]["min"] = json!("a lot")),
        "wrong-shape",
    );
    add(
        "contacts-a-number.json",
        changed(|v| v["networking"]["contacts"] = json!(3)),
        "wrong-shape",
    );
    add(
        "status-unknown.json",
        changed(|v| v["applying"]["applications"][0]["status"] = json!("lost")),
        "wrong-shape",
    );
    add(
        "history-an-object.json",
        changed(|v| v["applying"]["applications"][0]["history"] = json!({})),
        "wrong-shape",
    );
    add(
        "step-due-a-number.json",
        changed(|v| v["plan"]["steps"][0]["due"] = json!(20261205)),
        "wrong-shape",
    );
    add(
        "an-unknown-field.json",
        changed(|v| v["profile"]["nickname"] = json!("Sammy")),
        "wrong-shape",
    );
    add(
        "an-unknown-section.json",
        changed(|v| v["extras"] = json!({})),
        "wrong-shape",
    );

    // Values out of range.
    add(
        "score-eleven.json",
        changed(|v| v["deeper"]["matrix"]["scores"][0]["value"] = json!(11)),
        "out-of-range",
    );
    add(
        "weight-six.json",
        changed(|v| v["deeper"]["matrix"]["criteria"][0]["weight"] = json!(6)),
        "out-of-range",
    );
    add(
        "program-of-a-thousand-weeks.json",
        changed(|v| v["profile"]["program_weeks"] = json!(1000)),
        "out-of-range",
    );
    add(
        "program-of-no-weeks.json",
        changed(|v| v["profile"]["program_weeks"] = json!(0)),
        "out-of-range",
    );
    add(
        "negative-salary.json",
        changed(|v| v["deeper"]["options"][0]["salary"]["min"] = json!(-5)),
        "wrong-shape",
    );
    add(
        "step-due-in-2300.json",
        changed(|v| v["plan"]["steps"][0]["due"] = json!("2300-01-01")),
        "out-of-range",
    );
    add(
        "id-zero.json",
        changed(|v| v["deeper"]["options"][0]["id"] = json!(0)),
        "out-of-range",
    );

    // Duplicate ids, and duplicate keys (serde_json alone would keep the last silently).
    add(
        "two-options-one-id.json",
        changed(|v| v["deeper"]["options"][1]["id"] = v["deeper"]["options"][0]["id"].clone()),
        "out-of-range",
    );
    add(
        "a-contact-with-an-options-id.json",
        changed(|v| v["networking"]["contacts"][0]["id"] = v["deeper"]["options"][0]["id"].clone()),
        "out-of-range",
    );
    add(
        "format-twice.json",
        br#"{"format":"waypoint-workbook","format":"waypoint-workbook","schema_version":8}"#
            .to_vec(),
        "not-json",
    );
    add(
        "version-twice.json",
        br#"{"format":"waypoint-workbook","schema_version":8,"schema_version":1}"#.to_vec(),
        "not-json",
    );
    add(
        "name-twice.json",
        minimal(r#","profile":{"name":"Sam","name":"Kim"}"#),
        "not-json",
    );
    let twice = FULL.replacen(
        "\"name\": \"Sam Okafor\",",
        "\"name\": \"Sam Okafor\",\n    \"name\": \"Sam\",",
        1,
    );
    add(
        "name-twice-in-the-full-workbook.json",
        twice.into_bytes(),
        "not-json",
    );

    // Links to records that are not there: harmless, and repaired (the link dropped, the record kept).
    add(
        "application-to-a-missing-contact.json",
        changed(|v| v["applying"]["applications"][0]["contact"] = json!(9999)),
        "ok",
    );
    add(
        "step-to-a-missing-goal.json",
        changed(|v| v["plan"]["steps"][0]["goal"] = json!(9999)),
        "ok",
    );
    add(
        "score-of-a-missing-option.json",
        changed(|v| v["deeper"]["matrix"]["scores"][0]["thing"] = json!(9999)),
        "ok",
    );
    add(
        "chosen-option-missing.json",
        changed(|v| v["deeper"]["decision"]["chosen"] = json!(9999)),
        "ok",
    );

    // Nesting beyond the parser's limit (128), in a field and at the top.
    for depth in [129, 1000, 100_000] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        add(
            &format!("nested-{depth}-lists-in-a-field.json"),
            minimal(&format!(r#","extras":{nested}"#)),
            "not-json",
        );
    }
    add(
        "nested-200-objects.json",
        format!("{}{}", r#"{"a":"#.repeat(200), "}".repeat(200)).into_bytes(),
        "not-json",
    );
    add(
        "nested-just-within-the-limit.json",
        minimal(&format!(
            r#","extras":{}{}"#,
            "[".repeat(100),
            "]".repeat(100)
        )),
        "wrong-shape",
    );

    // Long strings: a 10 MB one is refused before it is read; one within the file limit but beyond a
    // field's is refused by the field.
    add(
        "ten-megabyte-name.json",
        minimal(&format!(
            r#","profile":{{"name":"{}"}}"#,
            "x".repeat(10_000_000)
        )),
        "too-large",
    );
    add(
        "name-of-a-hundred-thousand-characters.json",
        minimal(&format!(
            r#","profile":{{"name":"{}"}}"#,
            "x".repeat(100_000)
        )),
        "text-too-long",
    );
    add(
        "note-of-three-megabytes.json",
        changed(|v| v["applying"]["applications"][0]["notes"] = json!("é".repeat(1_500_000))),
        "text-too-long",
    );

    // Numbers JSON does not have.
    for (name, number) in [
        ("nan", "NaN"),
        ("infinity", "Infinity"),
        ("minus-infinity", "-Infinity"),
        ("too-large-a-float", "1e999"),
        ("leading-plus", "+5"),
        ("hex", "0x10"),
    ] {
        add(
            &format!("number-{name}.json"),
            minimal(&format!(r#","next_id":{number}"#)),
            "not-json",
        );
    }
    add(
        "nan-as-text-in-a-number.json",
        changed(|v| v["deeper"]["matrix"]["scores"][0]["value"] = json!("NaN")),
        "wrong-shape",
    );
    add(
        "fractional-id.json",
        changed(|v| v["deeper"]["options"][0]["id"] = json!(9.5)),
        "wrong-shape",
    );

    // Text encodings: byte-order marks, UTF-16 with and without them, bytes that are no text.
    let bom = |bytes: &[u8]| [&[0xef, 0xbb, 0xbf][..], bytes].concat();
    add("utf8-bom.json", bom(FULL.as_bytes()), "ok");
    add("utf8-bom-twice.json", bom(&bom(FULL.as_bytes())), "ok");
    add("utf8-bom-only.json", bom(b""), "empty");
    add("utf8-bom-then-garbage.json", bom(b"hello"), "not-json");
    let utf16 = |big: bool, with_bom: bool| {
        let mut out = Vec::new();
        if with_bom {
            out.extend(if big { [0xfe, 0xff] } else { [0xff, 0xfe] });
        }
        for unit in FULL.encode_utf16() {
            out.extend(if big {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    };
    add("utf16-le-with-bom.json", utf16(false, true), "ok");
    add("utf16-be-with-bom.json", utf16(true, true), "ok");
    // Without its mark, UTF-16 is not UTF-8: the first letter beyond ASCII gives it away.
    add("utf16-le-without-bom.json", utf16(false, false), "not-text");
    let mut odd = utf16(false, true);
    odd.push(b'x');
    add("utf16-le-with-an-odd-byte.json", odd, "not-text");
    let mut lone = vec![0xff, 0xfe];
    for unit in r#"{"format":"waypoint-workbook","schema_version":8,"profile":{"name":"#
        .encode_utf16()
        .chain([0xd800])
        .chain("\"}}".encode_utf16())
    {
        lone.extend(unit.to_le_bytes());
    }
    add("utf16-with-a-lone-surrogate.json", lone, "not-text");
    add(
        "invalid-utf8-byte.json",
        [&minimal("")[..10], &[0xff], &minimal("")[10..]].concat(),
        "not-text",
    );
    add(
        "overlong-utf8.json",
        [
            &b"{\"format\":\"waypoint-workbook\",\"schema_version\":8,\"profile\":{\"name\":\""[..],
            &[0xc0, 0x80],
            b"\"}}",
        ]
        .concat(),
        "not-text",
    );
    add(
        "utf8-encoded-surrogate.json",
        [
            &b"{\"format\":\"waypoint-workbook\",\"schema_version\":8,\"profile\":{\"name\":\""[..],
            &[0xed, 0xa0, 0x80],
            b"\"}}",
        ]
        .concat(),
        "not-text",
    );
    add(
        "latin1-name.json",
        [
            &b"{\"format\":\"waypoint-workbook\",\"schema_version\":8,\"profile\":{\"name\":\"Ren"
                [..],
            &[0xe9],
            b"e\"}}",
        ]
        .concat(),
        "not-text",
    );
    add(
        "lone-high-surrogate-escape.json",
        minimal(r#","profile":{"name":"\ud800"}"#),
        "not-json",
    );
    add(
        "lone-low-surrogate-escape.json",
        minimal(r#","profile":{"name":"\udc00 x"}"#),
        "not-json",
    );
    add(
        "raw-nul-in-text.json",
        minimal(",\"profile\":{\"name\":\"a\u{0}b\"}"),
        "not-json",
    );
    add(
        "raw-newline-in-text.json",
        minimal(",\"profile\":{\"name\":\"a\nb\"}"),
        "not-json",
    );
    add(
        "escaped-nul-in-text.json",
        minimal(r#","profile":{"name":"a\u0000b"}"#),
        "ok",
    );

    // Other apps' JSON, and other files altogether.
    for (name, text) in [
        (
            "excalidraw",
            r#"{"type":"excalidraw","version":2,"elements":[]}"#,
        ),
        ("json-resume", r#"{"basics":{"name":"Sam"},"work":[]}"#),
        ("package-json", r#"{"name":"waypoint","version":"0.1.0"}"#),
        ("geojson", r#"{"type":"FeatureCollection","features":[]}"#),
        (
            "job-tracker",
            r#"{"jobs":[{"company":"Northwind","status":"applied"}]}"#,
        ),
        ("anki-like", r#"{"__type__":"Deck","children":[]}"#),
        ("empty-object", "{}"),
    ] {
        add(
            &format!("other-app-{name}.json"),
            text.as_bytes().to_vec(),
            "not-waypoint",
        );
    }
    add(
        "gzip.json.gz",
        [
            &[0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03][..],
            &[0xab; 40],
        ]
        .concat(),
        "compressed",
    );
    add(
        "zip.zip",
        [&b"PK\x03\x04\x14\x00\x00\x00\x08\x00"[..], &[0x21; 40]].concat(),
        "compressed",
    );
    add(
        "empty-zip.zip",
        b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec(),
        "compressed",
    );
    add(
        "png.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        "not-text",
    );
    add(
        "pdf.pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(),
        "not-text",
    );
    add("pdf-header-only.pdf", b"%PDF-1.7\n".to_vec(), "not-json");
    add(
        "csv.csv",
        b"company,role,status\nNorthwind,Tutor,applied\n".to_vec(),
        "not-json",
    );
    add(
        "html.html",
        b"<!doctype html><title>Waypoint</title>".to_vec(),
        "not-json",
    );
    add(
        "javascript-object.js",
        b"{format: 'waypoint-workbook', schema_version: 8}".to_vec(),
        "not-json",
    );
    add("trailing-comma.json", minimal(",").to_vec(), "not-json");
    add(
        "two-documents.json",
        [minimal(""), minimal("")].concat(),
        "not-json",
    );
    add(
        "comment.json",
        b"// my workbook\n{\"format\":\"waypoint-workbook\",\"schema_version\":8}".to_vec(),
        "not-json",
    );
    add("only-spaces.json", b"  \n\t \r\n".to_vec(), "empty");
    add(
        "single-quotes.json",
        b"{'format':'waypoint-workbook'}".to_vec(),
        "not-json",
    );
    cases
}

fn kind_of(bytes: &[u8]) -> String {
    match read_document_bytes(bytes) {
        Ok(_) => "ok".into(),
        Err(error) => error.kind().into(),
    }
}

#[test]
fn every_malformed_document_is_refused_with_its_kind() {
    let cases = cases();
    let mut names = BTreeMap::new();
    for case in &cases {
        assert!(
            names.insert(case.name.clone(), case.kind).is_none(),
            "two cases named {}",
            case.name
        );
    }
    let expected: String = names
        .iter()
        .map(|(name, kind)| format!("{name} {kind}\n"))
        .collect();
    if std::env::var_os("WAYPOINT_WRITE_BAD").is_some() {
        let _ = std::fs::remove_dir_all(DIR);
        std::fs::create_dir_all(DIR).unwrap();
        for case in &cases {
            std::fs::write(Path::new(DIR).join(&case.name), &case.bytes).unwrap();
        }
        std::fs::write(Path::new(DIR).join("expected.txt"), &expected).unwrap();
    }

    // The files on disk are exactly the cases, and the list of kinds is theirs.
    let on_disk: Vec<String> = std::fs::read_dir(DIR)
        .expect("tests/fixtures/bad (WAYPOINT_WRITE_BAD=1 writes it)")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "expected.txt")
        .collect();
    let mut on_disk = on_disk;
    on_disk.sort();
    assert_eq!(
        on_disk,
        names.keys().cloned().collect::<Vec<_>>(),
        "the files under tests/fixtures/bad are the cases"
    );
    assert_eq!(
        std::fs::read_to_string(Path::new(DIR).join("expected.txt")).unwrap(),
        expected
    );

    let refused = cases.iter().filter(|c| c.kind != "ok").count();
    assert!(refused >= 100, "only {refused} malformed documents");
    let mut wrong = Vec::new();
    for case in &cases {
        let bytes = std::fs::read(Path::new(DIR).join(&case.name)).unwrap();
        assert!(
            bytes == case.bytes,
            "{} on disk differs from what its case makes",
            case.name
        );
        let found = kind_of(&bytes);
        if found != case.kind {
            let detail = read_document_bytes(&bytes)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            wrong.push(format!(
                "{}: expected {}, found {found} ({})",
                case.name,
                case.kind,
                detail.chars().take(200).collect::<String>()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    println!("{} documents under tests/fixtures/bad: {refused} refused, each with its expected kind; {} repaired and read", cases.len(), cases.len() - refused);
}

/// What the published schema cannot see: a name given twice (a JSON reader keeps one of them), a
/// file over the size limit, and the rules across records that its description names.
const BEYOND_THE_SCHEMA: [&str; 7] = [
    "appears twice in one object",
    "too large",
    "is used by two records",
    "who is not in the file",
    "is ticked twice",
    "before it was found",
    "is used by two items",
];

#[test]
fn the_published_schema_refuses_what_the_validator_refuses() {
    let newest = waypoint::model::SCHEMA_VERSION;
    let schemas: Vec<_> = (1..=newest).map(published::schema).collect();
    let (mut compared, mut disagreements) = (0, Vec::new());
    for case in cases() {
        // Files a JSON reader cannot read (bytes that are not UTF-8 JSON) are the validator's alone.
        let Ok(document) = serde_json::from_slice::<Value>(&case.bytes) else {
            continue;
        };
        compared += 1;
        let refusal = published::refusal(
            &schemas[published::version_of(&document, newest) as usize - 1],
            &document,
        );
        let waypoint = read_document_bytes(&case.bytes)
            .err()
            .map(|error| error.to_string());
        let agree = match &waypoint {
            None => refusal.is_none(),
            Some(message) => {
                refusal.is_some() || BEYOND_THE_SCHEMA.iter().any(|rule| message.contains(rule))
            }
        };
        if !agree {
            disagreements.push(format!(
                "{}: Waypoint {}; schema {}",
                case.name,
                waypoint.as_deref().unwrap_or("reads it"),
                refusal.as_deref().unwrap_or("accepts it")
            ));
        }
    }
    println!("{compared} of the malformed documents are JSON; the schema and the validator agree on each");
    assert!(compared >= 60, "only {compared} compared");
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
