//! One accessibility pass over every page and every state worth seeing, in three looks (light in a
//! 1280 px window, dark and light on a 360 px phone): axe-core finds no violation, nothing scrolls
//! sideways, no text box hides part of its text while it could grow to show it, and every field
//! sits in a small form of its own (see `widgets::Fields`). Each state
//! starts from a fixture (a first run, or a workbook with something in every section), then a few
//! steps open what only a click shows: a menu, an undo bar, an import's refusal or preview, an
//! inline error. A new page or state is a new row here.

use std::time::Duration;

use waypoint::model::SCHEMA_VERSION;
use waypoint::ui::route::Route;

use crate::harness::{scratch_dir, Browser, Look, FULL};

/// What the browser holds when a state begins.
#[derive(Clone, Copy, Debug)]
enum Seed {
    /// Nothing saved: the very first visit.
    FirstRun,
    /// The current version's full fixture.
    Full,
    /// The full fixture, never exported from this browser: the reminder to export shows.
    FullNotExported,
}

/// One thing a person does to reach a state.
enum Step {
    Click(&'static str),
    Type(&'static str, &'static str),
    /// Chooses a file with this text on the Data page.
    Import(&'static str),
    /// Waits until this is on the page.
    Shown(&'static str),
    /// Opens a snapshot of the full fixture (Exploration, Diving deeper and the plan) in the review space.
    Review,
}

/// A state beyond a page as it first opens.
struct Scene {
    name: &'static str,
    seed: Seed,
    fragment: &'static str,
    steps: &'static [Step],
}

const SCENES: &[Scene] = &[
    Scene { name: "a page that does not exist", seed: Seed::FirstRun, fragment: "#/nowhere", steps: &[] },
    Scene { name: "a reminder to export", seed: Seed::FullNotExported, fragment: "#/data", steps: &[Step::Shown("#export-reminder")] },
    Scene { name: "nothing to print", seed: Seed::FirstRun, fragment: "#/print", steps: &[Step::Shown("#print-empty")] },
    Scene { name: "the whole workbook to print", seed: Seed::Full, fragment: "#/print", steps: &[Step::Shown("#print-plan")] },
    Scene { name: "a stage to print", seed: Seed::Full, fragment: "#/print/closing", steps: &[Step::Shown("#print-closing")] },
    Scene {
        name: "a program length out of range",
        seed: Seed::FirstRun,
        fragment: "#/start",
        steps: &[Step::Type("#program-weeks", "1"), Step::Shown("#program-weeks[aria-invalid='true']")],
    },
    Scene {
        name: "a card's move menu open",
        seed: Seed::Full,
        fragment: "#/exploration",
        steps: &[Step::Click("#pile-always .chip-card"), Step::Shown(".move-menu")],
    },
    Scene {
        name: "a card of one's own being written",
        seed: Seed::Full,
        fragment: "#/exploration",
        steps: &[Step::Click(".custom-cards summary"), Step::Type("#custom-card-name", "Quiet evenings")],
    },
    Scene {
        name: "a long answer",
        seed: Seed::Full,
        fragment: "#/exploration",
        steps: &[Step::Type("#situation-education", LONG_ANSWER)],
    },
    Scene {
        name: "a removed goal waiting to be undone",
        seed: Seed::Full,
        fragment: "#/exploration",
        steps: &[Step::Click("button[aria-label='Remove goal 2']"), Step::Shown("#undo-button")],
    },
    Scene {
        name: "an option opened with a new test and risk",
        seed: Seed::Full,
        fragment: "#/deeper",
        steps: &[
            Step::Click("#option-9 summary"),
            Step::Click("#option-9-add-test"),
            Step::Click("#option-9-add-risk"),
            Step::Shown("#option-9 button[aria-label='Remove this risk']"),
        ],
    },
    Scene {
        name: "a removed option waiting to be undone",
        seed: Seed::Full,
        fragment: "#/deeper",
        steps: &[Step::Click("#option-10 summary"), Step::Click("#option-10-remove"), Step::Shown("#undo-button")],
    },
    Scene {
        name: "a contact opened, its questions to take shown",
        seed: Seed::Full,
        fragment: "#/networking",
        steps: &[
            Step::Click("#contact-42 summary"),
            Step::Click("#contact-42 .questions-picker summary"),
            Step::Shown("#talk-45-q-way-in"),
        ],
    },
    Scene {
        name: "a follow-up being moved, a draft filled in",
        seed: Seed::Full,
        fragment: "#/networking",
        steps: &[Step::Click("#due-42-move"), Step::Shown("#due-42-new-date"), Step::Click("#draft-48-for option[value='42']")],
    },
    Scene {
        name: "an application's details open, a card's move menu and the list",
        seed: Seed::Full,
        fragment: "#/applying",
        steps: &[
            Step::Click("#app-88-move"),
            Step::Shown("#app-88-menu"),
            Step::Click("#material-70 summary"),
            Step::Shown("#version-77-label"),
            Step::Click("#app-85-open"),
            Step::Shown("#application-85-research"),
        ],
    },
    Scene {
        // The link's data: its check, then deflate-raw as Node's zlib writes it (any deflate reads back
        // the same).
        name: "a coach's program opened from its link, before accepting",
        seed: Seed::Full,
        fragment: "#/program/1/Dqy4E02PQUvEQAyF_0p452Fh1VMv4l3x4IIHWZbZTmxj22S3k1rLsv9dpiJ6SwLvfV8uqC3WLSo8xSXSo2g6f0p2BMzc1zYwKrz-TBt6VqbssWGKTpFcBt4goI5jyqjeLuh4QbUN0LgGX3qbabBRRZuMgF60nHcyMLmRt6IdHfndRiZvmVJcSv_oeYPrPuA8cXYx_Vd-E7AaoIKyzzZ2og0CnL-8qLZGs019ItYPW-jIog3F3HGieLTJC0dGKsH7ldHawGX7Q9wGuHhfEA-5I5-NTmynnqm1ueQXasxJdH3htw0BaeKD6CHFJaPa3pX21bXo76_f",
        steps: &[Step::Shown("#program-accept")],
    },
    Scene {
        name: "a coach's link refused",
        seed: Seed::FirstRun,
        fragment: "#/program/2/AAAA",
        steps: &[Step::Shown("#program-refused")],
    },
    Scene {
        name: "a program written and its link made",
        seed: Seed::Full,
        fragment: "#/coach",
        steps: &[Step::Click("#make-link"), Step::Shown("#program-link")],
    },
    Scene {
        name: "a snapshot to share, no stage chosen",
        seed: Seed::Full,
        fragment: "#/coach",
        steps: &[Step::Click("#snapshot-download"), Step::Shown("#snapshot-none")],
    },
    Scene {
        name: "a snapshot's link made",
        seed: Seed::Full,
        fragment: "#/coach",
        steps: &[Step::Click("#share-exploration"), Step::Click("#snapshot-make-link"), Step::Shown("#snapshot-link")],
    },
    Scene { name: "the review space, empty", seed: Seed::FirstRun, fragment: "#/review", steps: &[Step::Shown("#review-empty")] },
    Scene { name: "a snapshot under review", seed: Seed::Full, fragment: "#/review", steps: &[Step::Review] },
    Scene {
        name: "a snapshot's link refused",
        seed: Seed::FirstRun,
        fragment: "#/snapshot/2/AAAA",
        steps: &[Step::Shown("#review-refused")],
    },
    Scene {
        name: "an application rejected, its setback written with a long low",
        seed: Seed::Full,
        fragment: "#/applying",
        steps: &[
            Step::Click("#view-list"),
            Step::Shown("#application-sort"),
            Step::Click("#list-86-open"),
            Step::Click("#application-86-to-rejected"),
            Step::Click("#application-dialog-close"),
            Step::Click("#write-setback"),
            Step::Click("#setback-111-mood-low_for_long"),
            Step::Shown("#setback-111-care"),
        ],
    },
    Scene {
        name: "offers with a figure refused and a negotiation's numbers crossed",
        seed: Seed::Full,
        fragment: "#/closing",
        steps: &[
            Step::Type("#offer-101-bonus_percent", "500"),
            Step::Click("#offer-101-currency"),
            Step::Shown("#offer-101-bonus_percent[aria-invalid='true']"),
            Step::Type("#negotiation-100-walk_away", "42000"),
            Step::Click("#negotiation-100-target"),
            Step::Shown("#negotiation-100-walk_away-error:not(:empty)"),
        ],
    },
    Scene {
        name: "a leaving-well item removed, undo offered",
        seed: Seed::Full,
        fragment: "#/closing",
        steps: &[Step::Click("#leaving-104-remove"), Step::Shown("#undo-button")],
    },
    Scene {
        name: "a plan step being split, another's links open",
        seed: Seed::Full,
        fragment: "#/plan",
        steps: &[
            Step::Click("#step-62-split"),
            Step::Shown("#step-62-split-lines"),
            Step::Click("#step-62-split-save"),
            Step::Click("#step-61-links"),
            Step::Shown("#step-61-contact"),
        ],
    },
    Scene {
        name: "an if–then plan removed, its but offered again",
        seed: Seed::Full,
        fragment: "#/plan",
        steps: &[Step::Click("#if-then-64-remove"), Step::Shown("#undo-button"), Step::Shown("#but-33-if-then")],
    },
    Scene {
        name: "a check-in recorded today, open at its questions",
        seed: Seed::Full,
        fragment: "#/plan",
        steps: &[Step::Click("#add-check-in"), Step::Shown("#check-in-111-wins"), Step::Shown("#ratings-chart")],
    },
    Scene {
        name: "a file refused",
        seed: Seed::Full,
        fragment: "#/data",
        steps: &[Step::Import("these are my notes"), Step::Shown("#import-error")],
    },
    Scene {
        name: "an import previewed",
        seed: Seed::Full,
        fragment: "#/data",
        steps: &[
            Step::Import(r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"name":"Sam"}}"#),
            Step::Shown("#import-preview"),
        ],
    },
    Scene {
        name: "backups listed, starting again asked",
        seed: Seed::Full,
        fragment: "#/data",
        steps: &[
            Step::Click("#start-again-button"),
            Step::Click("#start-again-confirm"),
            Step::Shown("#backup-0"),
            Step::Click("#start-again-button"),
            Step::Shown("#start-again-keep"),
        ],
    },
];

/// Longer than a text box's least height at either width, so the box must grow to show it.
const LONG_ANSWER: &str =
    "A degree in history, then ten years in retail management. Along the way: a \
     first-aid course, a year of evening classes in bookkeeping, the shop's rota and stock system \
     learnt on the job, training new staff every autumn, and a short course in workplace mediation \
     that I enjoyed more than anything else that year. Still curious about: counselling, adult \
     education, and whether my mediation course counts for anything outside the shop.";

/// Every page of the navigation as it first opens, at a first run and full, then every scene.
fn every_state() -> Vec<(String, Seed, String, &'static [Step])> {
    let mut states = Vec::new();
    for route in Route::NAV {
        for seed in [Seed::FirstRun, Seed::Full] {
            states.push((
                format!("{} ({seed:?})", route.title()),
                seed,
                route.href(),
                &[][..],
            ));
        }
    }
    for scene in SCENES {
        states.push((
            scene.name.to_string(),
            scene.seed,
            scene.fragment.to_string(),
            scene.steps,
        ));
    }
    states
}

async fn take(browser: &Browser, step: &Step) {
    match step {
        Step::Click(css) => browser.find(css).await.click().await.unwrap(),
        Step::Type(css, text) => browser.type_into(css, text).await,
        Step::Import(text) => {
            let dir = scratch_dir("import");
            let file = dir.join("workbook.json");
            std::fs::write(&file, text).unwrap();
            browser
                .find("#import-file")
                .await
                .send_keys(&file.to_string_lossy())
                .await
                .unwrap();
            browser.wait_for("#import-error, #import-preview").await;
            let _ = std::fs::remove_dir_all(dir);
        }
        Step::Shown(css) => {
            browser.wait_for(css).await;
        }
        Step::Review => {
            use waypoint::model::share::{SharedStage, Snapshot};
            let workbook = waypoint::store::read_document(FULL).unwrap().workbook;
            let today = chrono::Local::now().date_naive();
            let snapshot = Snapshot::of(
                &workbook,
                &[
                    SharedStage::Exploration,
                    SharedStage::Deeper,
                    SharedStage::Plan,
                ],
                today,
            );
            let dir = scratch_dir("review");
            let file = dir.join("snapshot.json");
            std::fs::write(
                &file,
                waypoint::store::snapshot::snapshot_text(&snapshot).unwrap(),
            )
            .unwrap();
            browser
                .find("#review-file")
                .await
                .send_keys(&file.to_string_lossy())
                .await
                .unwrap();
            browser.wait_for("#review-title").await;
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Walks every state in `look`, and fails with the whole list of what axe-core and the width
/// check found.
async fn walk(browser: &Browser, look: Look) {
    assert!(
        FULL.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")),
        "the full fixture is the current version's"
    );
    let mut problems = Vec::new();
    let mut skipping = 0;
    let mut long_boxes = 0;
    for (at, (name, seed, fragment, steps)) in every_state().into_iter().enumerate() {
        browser
            .fresh((!matches!(seed, Seed::FirstRun)).then_some(FULL))
            .await;
        if matches!(seed, Seed::FullNotExported) {
            browser
                .script("localStorage.removeItem('waypoint.last-export');")
                .await;
            browser.reload().await;
        }
        browser.set_look(look).await;
        browser.goto(&fragment).await;
        if at == 0 {
            let width = browser.script("return window.innerWidth;").await;
            assert_eq!(
                width,
                serde_json::json!(look.width()),
                "the window is as wide as the look"
            );
            let dark = browser
                .script("return matchMedia('(prefers-color-scheme: dark)').matches;")
                .await;
            assert_eq!(
                dark,
                serde_json::json!(look.dark()),
                "the browser reports the look's colour scheme"
            );
        }
        for step in steps {
            take(browser, step).await;
        }
        // Let the last change lay out before measuring.
        tokio::time::sleep(Duration::from_millis(50)).await;
        let (scroll, client) = browser.widths().await;
        if scroll > client {
            problems.push(format!("{name}: scrolls sideways, {scroll} > {client} px"));
        }
        // Parts skipped off screen keep their true height, or scrolling back to them jumps.
        let (shown, whole, near) = browser.heights().await;
        skipping += usize::from(near);
        if (shown - whole).abs() > 1.0 {
            problems.push(format!(
                "{name}: {shown} px tall as drawn, {whole} px drawn whole"
            ));
        }
        // A text box grows with its text, up to most of the screen, so nothing hides in it.
        let (hidden, grown) = browser.text_boxes().await;
        long_boxes += grown;
        if !hidden.is_empty() {
            problems.push(format!(
                "{name}: text hidden in a box that could grow: {}",
                hidden.join(", ")
            ));
        }
        // Every field in a small form: typing costs the same on a page of 3 records or 300.
        problems.extend(
            browser
                .fields_outside_small_forms(30)
                .await
                .into_iter()
                .map(|f| format!("{name}: {f}")),
        );
        let shot = format!(
            "{}-{}",
            look.width(),
            name.to_lowercase().replace([' ', '(', ')', '\''], "-")
        );
        browser.screenshot(&shot).await;
        problems.extend(
            browser
                .axe_violations()
                .await
                .into_iter()
                .map(|v| format!("{name}: {v}")),
        );
    }
    assert!(
        problems.is_empty(),
        "{}:\n{}",
        look.name(),
        problems.join("\n")
    );
    assert!(
        long_boxes > 0,
        "{}: no text box held a long text, so the text box check checked nothing",
        look.name()
    );
    assert!(
        skipping > 0,
        "{}: no state skipped drawing anything, so the height check checked nothing",
        look.name()
    );
}

async fn every_page_and_state_light_at_1280_px(browser: &Browser) {
    walk(browser, Look::Desktop).await;
}

async fn every_page_and_state_dark_at_360_px(browser: &Browser) {
    walk(browser, Look::PhoneDark).await;
}

async fn every_page_and_state_light_at_360_px(browser: &Browser) {
    walk(browser, Look::PhoneLight).await;
}

cases![
    every_page_and_state_light_at_1280_px,
    every_page_and_state_dark_at_360_px,
    every_page_and_state_light_at_360_px
];
