//! The published JSON Schemas of the saved form (`tests/fixtures/v<N>/schema.json`), read by a
//! validator that is not ours (the `jsonschema` crate), formats checked.

use serde_json::Value;

/// The schema of version `version`, ready to validate.
pub fn schema(version: u32) -> jsonschema::Validator {
    let path = format!(
        "{}/tests/fixtures/v{version}/schema.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let schema: Value =
        serde_json::from_str(&text).unwrap_or_else(|error| panic!("{path} is not JSON: {error}"));
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|error| panic!("{path} is not a valid JSON Schema: {error}"))
}

/// The schema of a snapshot for a coach (`tests/fixtures/snapshot-v1/schema.json`), with the
/// workbook schemas it names found beside the fixtures, never fetched.
#[allow(dead_code)]
pub fn snapshot_schema() -> jsonschema::Validator {
    let path = format!(
        "{}/tests/fixtures/snapshot-v1/schema.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|error| panic!("{path} is not JSON: {error}"));
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .with_retriever(WorkbookSchemas)
        .build(&schema)
        .unwrap_or_else(|error| panic!("{path} is not a valid JSON Schema: {error}"))
}

/// `https://waypoint.invalid/schema/workbook-v<N>.json` is `tests/fixtures/v<N>/schema.json`.
struct WorkbookSchemas;

impl jsonschema::Retrieve for WorkbookSchemas {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let version = uri
            .as_str()
            .strip_prefix("https://waypoint.invalid/schema/workbook-v")
            .and_then(|rest| rest.strip_suffix(".json"))
            .ok_or_else(|| format!("{} is not a schema of Waypoint's", uri.as_str()))?;
        let path = format!(
            "{}/tests/fixtures/v{version}/schema.json",
            env!("CARGO_MANIFEST_DIR")
        );
        Ok(serde_json::from_str(&std::fs::read_to_string(&path)?)?)
    }
}

/// The first thing the schema refuses in `document`, with its place, or `None` when it accepts it.
pub fn refusal(schema: &jsonschema::Validator, document: &Value) -> Option<String> {
    schema
        .validate(document)
        .err()
        .map(|error| format!("{} at {}", error, error.instance_path()))
}

/// The schema the document names by its `schema_version`, or version `newest` for anything else
/// (whose `const` refuses it).
pub fn version_of(document: &Value, newest: u32) -> u32 {
    document
        .get("schema_version")
        .and_then(Value::as_u64)
        .filter(|v| (1..=u64::from(newest)).contains(v))
        .map_or(newest, |v| v as u32)
}
