//! Migrations of the saved form, one pure function per version step. Versions are integers that only
//! go up; a document from version N passes through every step from N to the current version.

use serde_json::{Map, Value};

use crate::model::SCHEMA_VERSION;

pub struct Migration {
    /// The version this step reads; it writes `from + 1`.
    pub from: u32,
    pub description: &'static str,
    pub apply: fn(&mut Map<String, Value>),
}

/// Every step so far, oldest first.
pub const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    description: "Version 2 adds Diving deeper (options, the score matrix, the decision, skill gaps), the \
                  plan's steps and the id source. A version 1 workbook has none of these, so it gains them \
                  empty, with the default criteria; nothing it holds changes.",
    apply: add_deeper_and_plan,
}, Migration {
    from: 2,
    description: "Version 3 adds the Exploration stage beside the vision (the current situation, the \
                  parking lot of buts, the values card sort, strengths, interests, skills, flow, readiness \
                  and the coaching goals) and lets a risk name a parked but. A version 2 workbook gains \
                  them empty; nothing it holds changes.",
    apply: add_exploration,
}, Migration {
    from: 3,
    description: "Version 4 lets a skill stay unrated until the person rates it (a new skill used to \
                  start at 3 of 5 on both scales and land among the motivated skills). A version 3 skill \
                  keeps the ratings it has; nothing changes.",
    apply: allow_unrated_skills,
}, Migration {
    from: 4,
    description: "Version 5 adds the Networking stage (contacts with their follow-ups, conversations, \
                  message drafts, questions of your own, the ladder of first steps and networking goals). \
                  A version 4 workbook gains it empty; nothing it holds changes.",
    apply: add_networking,
}, Migration {
    from: 5,
    description: "Version 6 gives a plan step a status (to do, doing, done, dropped) instead of done or \
                  not, and links to a goal, an option, a contact or a check-in; it adds if–then plans and \
                  check-ins. A version 5 step that was done becomes done, any other to do; nothing else \
                  changes.",
    apply: steps_get_a_status,
}, Migration {
    from: 6,
    description: "Version 7 adds the Applying stage (materials in versions with their checklists, \
                  applications with their history and interview preparation, interview questions of your \
                  own, STAR stories, the practice log and setbacks) and lets a plan step name an \
                  application. A version 6 workbook gains it empty; nothing it holds changes.",
    apply: add_applying,
}, Migration {
    from: 7,
    description: "Version 8 adds the Closing stage (offers with their negotiation plans, the offers \
                  scored, leaving well and the celebration) and lets a plan step name a leaving-well \
                  item. A version 7 workbook gains it empty; nothing it holds changes.",
    apply: add_closing,
}, Migration {
    from: 8,
    description: "Version 9 adds coaching: the program a person writes as a coach (their name, a welcome, \
                  cards, questions per stage, homework and the stages it covers) and the program a person \
                  accepted from their coach, with their answers. A version 8 workbook gains it empty; \
                  nothing it holds changes.",
    apply: add_coach,
}];

/// 1 → 2: the new sections are absent from a version 1 document, and an absent section reads as its
/// default (`Workbook::default`), so there is nothing to rewrite; writing the defaults here too would
/// give them a second source that could drift.
fn add_deeper_and_plan(_document: &mut Map<String, Value>) {}

/// 2 → 3: as above, the new section is absent and reads as its default.
fn add_exploration(_document: &mut Map<String, Value>) {}

/// 4 → 5: as for 1 → 2, the new stage is absent and reads as its default.
fn add_networking(_document: &mut Map<String, Value>) {}

/// 6 → 7: as for 1 → 2, the new stage is absent and reads as its default; a step's new link is
/// absent and reads as none.
fn add_applying(_document: &mut Map<String, Value>) {}

/// 7 → 8: as for 6 → 7.
fn add_closing(_document: &mut Map<String, Value>) {}

/// 8 → 9: as for 1 → 2, the new section is absent and reads as its default.
fn add_coach(_document: &mut Map<String, Value>) {}

/// 5 → 6: `done: true` becomes `status: "done"`, `done: false` becomes `status: "todo"`. A `done`
/// that is not true or false is left where it is, for the validator to point at.
fn steps_get_a_status(document: &mut Map<String, Value>) {
    let steps = document
        .get_mut("plan")
        .and_then(|plan| plan.get_mut("steps"))
        .and_then(Value::as_array_mut);
    for step in steps.into_iter().flatten().filter_map(Value::as_object_mut) {
        if let Some(done) = step.get("done").and_then(Value::as_bool) {
            step.remove("done");
            step.insert(
                "status".into(),
                Value::from(if done { "done" } else { "todo" }),
            );
        }
    }
}

/// 3 → 4: a rating of version 3 is a number, which version 4 reads as that rating; only version 4
/// may write "not rated" (null), so there is nothing to rewrite.
fn allow_unrated_skills(_document: &mut Map<String, Value>) {}

/// The oldest version this app can read.
pub const OLDEST_READABLE: u32 = 1;

/// Brings a document of version `from` (already known to be readable and not newer) up to date.
pub fn migrate(document: &mut Map<String, Value>, from: u32) {
    for step in MIGRATIONS
        .iter()
        .filter(|step| step.from >= from && step.from < SCHEMA_VERSION)
    {
        (step.apply)(document);
    }
    document.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_older_version_has_exactly_one_step() {
        for version in OLDEST_READABLE..SCHEMA_VERSION {
            let steps = MIGRATIONS
                .iter()
                .filter(|step| step.from == version)
                .count();
            assert_eq!(
                steps, 1,
                "version {version} needs exactly one migration step"
            );
        }
        assert!(MIGRATIONS.iter().all(|step| step.from < SCHEMA_VERSION));
    }

    #[test]
    fn a_done_step_of_version_5_is_done_and_any_other_to_do() {
        let mut document: Map<String, Value> = serde_json::from_str(
            r#"{"plan": {"steps": [{"id": 1, "done": true}, {"id": 2, "done": false}, {"id": 3}, {"id": 4, "done": "yes"}]}}"#,
        )
        .unwrap();
        migrate(&mut document, 5);
        let steps = document["plan"]["steps"].as_array().unwrap();
        assert_eq!(steps[0], serde_json::json!({"id": 1, "status": "done"}));
        assert_eq!(steps[1], serde_json::json!({"id": 2, "status": "todo"}));
        assert_eq!(steps[2], serde_json::json!({"id": 3}));
        assert_eq!(
            steps[3],
            serde_json::json!({"id": 4, "done": "yes"}),
            "left for the validator"
        );
        // A document without a plan, or with a plan of another shape, passes untouched.
        let mut bare = Map::new();
        migrate(&mut bare, 5);
        let mut odd: Map<String, Value> =
            serde_json::from_str(r#"{"plan": {"steps": 3}}"#).unwrap();
        migrate(&mut odd, 5);
        assert_eq!(odd["plan"]["steps"], 3);
    }

    #[test]
    fn migrating_stamps_the_current_version() {
        let mut document = Map::new();
        document.insert("schema_version".into(), Value::from(OLDEST_READABLE));
        migrate(&mut document, OLDEST_READABLE);
        assert_eq!(document["schema_version"], Value::from(SCHEMA_VERSION));
    }
}
