//! End-to-end tests: the built release app in headless Chromium, driven over WebDriver as a person
//! would use it. Run by the README's test command after it builds `dist/`.
//!
//! The tests share one browser session, one after another: starting Chromium costs more than most
//! tests, and eight stages of tests each starting their own would not fit CI's time. Each test gets
//! empty storage, or a fixture, from `Browser::fresh`; a test that fails ends the session, and the
//! next test starts a new one. This file is the runner (`harness = false` in Cargo.toml) and holds
//! the tests of the app as a whole; each stage has a file of its own, and `accessibility.rs` walks
//! every page and state in three looks.
#![cfg(not(target_arch = "wasm32"))]

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use harness::{scratch_dir, Browser};
use waypoint::model::exploration::goals::MAX_GOALS;
use waypoint::ui::route::Route;

/// One end-to-end test: its name and what it does in the shared browser session.
pub struct Case {
    pub name: &'static str,
    pub run: for<'a> fn(&'a Browser) -> Pin<Box<dyn Future<Output = ()> + 'a>>,
}

/// `cases![first, second]` lists a file's tests, each an `async fn(&Browser)`, as its `CASES`.
macro_rules! cases {
    ($($test:ident),+ $(,)?) => {
        pub const CASES: &[crate::Case] = &[$(crate::Case {
            name: concat!(module_path!(), "::", stringify!($test)),
            run: |browser| Box::pin($test(browser)),
        }),+];
    };
}

mod accessibility;
mod applying;
mod closing;
mod coach;
mod data_safety;
mod deeper;
mod exploration;
mod firefox;
mod harness;
mod keyboard;
mod networking;
mod offline;
mod plan;
mod print;
mod workbooks;

/// Every test of the suite, in the order they run.
fn all_cases() -> Vec<&'static Case> {
    [
        CASES,
        exploration::CASES,
        deeper::CASES,
        networking::CASES,
        applying::CASES,
        closing::CASES,
        coach::CASES,
        plan::CASES,
        print::CASES,
        data_safety::CASES,
        workbooks::CASES,
        offline::CASES,
        firefox::CASES,
        keyboard::CASES,
        accessibility::CASES,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A test that has not ended after this long has hung; it fails and its session is ended.
const CASE_LIMIT: Duration = Duration::from_secs(300);

/// Runs the tests whose names contain any of the arguments (all without arguments), each in the
/// shared session after `fresh`, and checks after each that the page requested nothing from
/// elsewhere. Prints libtest's lines, which the README's test command counts.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let cases: Vec<&Case> = all_cases()
        .into_iter()
        .filter(|case| filters.is_empty() || filters.iter().any(|f| case.name.contains(f.as_str())))
        .collect();
    if args.iter().any(|a| a == "--list") {
        for case in &cases {
            println!("{}: test", case.name);
        }
        return ExitCode::SUCCESS;
    }
    let filtered_out = all_cases().len() - cases.len();
    println!("\nrunning {} tests", cases.len());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let started = Instant::now();
    let mut session: Option<Browser> = None;
    let mut failed = Vec::new();
    for case in &cases {
        let case_started = Instant::now();
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
            runtime.block_on(async {
                if session.is_none() {
                    session = Some(Browser::open("/").await);
                }
                let browser = session.as_ref().expect("a session");
                browser.fresh(None).await;
                let from = browser.page_requests().await.len();
                if tokio::time::timeout(CASE_LIMIT, (case.run)(browser))
                    .await
                    .is_err()
                {
                    panic!("{} did not end within {CASE_LIMIT:?}", case.name);
                }
                browser.assert_stayed_home(from).await;
            })
        }));
        let seconds = case_started.elapsed().as_secs_f64();
        if outcome.is_ok() {
            println!("test {} ... ok ({seconds:.1} s)", case.name);
        } else {
            println!("test {} ... FAILED ({seconds:.1} s)", case.name);
            failed.push(case.name);
            // Whatever state the failure left behind goes with its session.
            drop(session.take());
        }
    }
    if let Some(browser) = session.take() {
        runtime.block_on(browser.close());
    }
    let passed = cases.len() - failed.len();
    if !failed.is_empty() {
        println!("\nfailures:");
        for name in &failed {
            println!("    {name}");
        }
    }
    let result = if failed.is_empty() { "ok" } else { "FAILED" };
    println!(
        "\ntest result: {result}. {passed} passed; {} failed; 0 ignored; 0 measured; {filtered_out} filtered out; finished in {:.2}s\n",
        failed.len(),
        started.elapsed().as_secs_f64()
    );
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(101)
    }
}

cases![
    every_stage_renders_and_navigation_follows_the_url,
    welcome_and_vision_survive_a_reload,
    the_last_keystrokes_are_saved_when_the_page_is_left,
    inline_validation_refuses_an_impossible_program_length,
    export_clear_import_brings_the_workbook_back,
    an_import_can_be_switched_back,
    bad_files_are_refused_with_a_reason_and_change_nothing,
    unreadable_saved_text_is_kept_aside_and_the_person_is_told,
    the_csp_blocks_requests_to_other_origins_and_the_trap_sees_them,
    the_keyboard_reaches_everything_and_navigation_moves_focus,
    two_tabs_see_each_others_saves,
    a_workbook_from_a_newer_waypoint_is_never_overwritten,
    refused_adds_and_renames_say_why_keep_the_text_and_change_nothing,
    the_app_runs_from_a_sub_path_of_any_static_host,
    stage_pages_load_their_parts_when_needed_and_a_failed_load_can_be_retried,
    long_lists_draw_a_page_at_a_time_and_lose_nothing,
    a_record_moved_by_keyboard_keeps_the_focus,
    a_week_without_an_export_brings_a_gentle_reminder,
    a_full_storage_keeps_the_saved_copy_and_exports_from_the_banner,
];

/// Storage that refuses every write, as a full one does: the banner says so, the saved copy stays
/// byte for byte, the work goes on in the page, and one press exports it whole; once storage takes
/// writes again, the next change saves everything and the banner goes.
async fn a_full_storage_keeps_the_saved_copy_and_exports_from_the_banner(browser: &Browser) {
    browser.fresh(Some(harness::FULL)).await;
    // Never exported: the gentle reminder shows, until the save problem's banner says it more urgently.
    browser
        .script("localStorage.removeItem('waypoint.last-export');")
        .await;
    browser.reload().await;
    browser.wait_for("#export-reminder").await;
    browser.script(
        "Storage.prototype.realSetItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };",
    ).await;
    browser.type_into("#profile-name", "Sam Okafor-Reid").await;
    browser.wait_for("#save-problem").await;
    assert!(browser
        .text_of("#save-problem")
        .await
        .contains("storage for Waypoint is full"));
    assert!(
        !browser.exists("#export-reminder").await,
        "one banner about exporting at a time"
    );
    assert_eq!(
        browser.stored_workbook().await.as_deref(),
        Some(harness::FULL),
        "the saved copy is untouched"
    );
    browser
        .find("#save-problem-export")
        .await
        .click()
        .await
        .unwrap();
    let said = browser.text_of("#save-problem [role=status]").await;
    let name = said
        .strip_prefix("Exported as ")
        .and_then(|s| s.split(". ").next())
        .unwrap_or_else(|| panic!("{said}"))
        .to_string();
    let path = browser.downloads.join(&name);
    let file = browser
        .eventually("the export to be downloaded", || async {
            std::fs::read_to_string(&path)
                .ok()
                .filter(|text| text.ends_with('}'))
        })
        .await;
    assert!(
        file.contains("\"name\": \"Sam Okafor-Reid\""),
        "the export holds what was not saved"
    );
    // Room again: the next change saves all of it.
    browser
        .script("Storage.prototype.setItem = Storage.prototype.realSetItem;")
        .await;
    browser.type_into("#profile-name", "Sam Okafor").await;
    browser.wait_until_saved().await;
    assert!(!browser.exists("#save-problem").await);
    assert!(browser
        .stored_workbook()
        .await
        .unwrap()
        .contains("\"name\": \"Sam Okafor\""));
}

/// The full workbook, last exported ten days ago: a reminder under the header on every page, which
/// "Not now" waves away for a week (through a reload); once it is back, an export from the Data page
/// ends it. The Data page says whether the browser will keep the storage, what it takes and the day
/// of the last export.
async fn a_week_without_an_export_brings_a_gentle_reminder(browser: &Browser) {
    browser.fresh(Some(harness::FULL)).await;
    assert!(
        !browser.exists("#export-reminder").await,
        "exported today: no reminder"
    );
    let set_day = |key: &'static str, days_ago: i64| {
        format!(
            "const d = new Date(Date.now() - {days_ago} * 86400000), two = n => String(n).padStart(2, '0');
             localStorage.setItem('waypoint.{key}', `${{d.getFullYear()}}-${{two(d.getMonth() + 1)}}-${{two(d.getDate())}}`);"
        )
    };
    browser.script(&set_day("last-export", 10)).await;
    browser.reload().await;
    browser.wait_for("#export-reminder").await;
    assert!(browser
        .text_of("#export-reminder")
        .await
        .starts_with("Your last export was 10 days ago."));
    browser.goto("#/exploration").await;
    assert!(browser.exists("#export-reminder").await, "on every page");
    browser
        .find("#export-reminder-later")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the reminder to go", || async {
            (!browser.exists("#export-reminder").await).then_some(())
        })
        .await;
    browser.reload().await;
    assert!(
        !browser.exists("#export-reminder").await,
        "waved away, it stays away"
    );
    // A week later it is back, and an export ends it.
    browser
        .script(&set_day("export-reminder-dismissed", 7))
        .await;
    browser.reload().await;
    browser.wait_for("#export-reminder").await;
    browser
        .find("#export-reminder a")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the Data page", || async {
            (browser.heading().await == heading_of(Route::Data)).then_some(())
        })
        .await;
    let last = browser.text_of("#last-export").await;
    assert!(
        last.starts_with("Last exported from this browser on "),
        "{last}"
    );
    assert!(browser
        .text_of("#storage-used")
        .await
        .contains(" KB of the about 5 MB"));
    browser
        .eventually("the browser's answer about keeping the storage", || async {
            (!browser.text_of("#storage-kept").await.starts_with("Asking")).then_some(())
        })
        .await;
    browser.find("#export-button").await.click().await.unwrap();
    browser
        .eventually("the reminder to go", || async {
            (!browser.exists("#export-reminder").await).then_some(())
        })
        .await;
    browser.reload().await;
    assert!(!browser.exists("#export-reminder").await, "exported today");
}

/// The heading each page of the navigation opens with. A new page fails to compile here until its
/// heading is added, so every page is walked by the tests that use this.
pub fn heading_of(route: Route) -> &'static str {
    match route {
        Route::Start => "Welcome",
        Route::Exploration => "Exploration",
        Route::Deeper => "Diving deeper",
        Route::Networking => "Networking",
        Route::Applying => "Applying",
        Route::Closing => "Closing",
        Route::Plan => "Plan",
        Route::Coach => "Coaching",
        Route::Data => "Your data",
        Route::Print => "Your workbook",
        Route::Review => "Review a snapshot",
        Route::NotFound => "There is no page here",
    }
}

async fn fill_welcome_and_vision(browser: &Browser) {
    browser.type_into("#profile-name", "Mireille").await;
    browser.type_into("#program-weeks", "20").await;
    browser.find("#rhythm-weekly").await.click().await.unwrap();
    browser
        .find("nav a[href='#/exploration']")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#vision-best").await;
    browser
        .type_into(
            "#vision-best",
            "Teaching adults, with afternoons free for my kids.",
        )
        .await;
    browser
        .type_into("#vision-one-year", "Running one evening course.")
        .await;
    browser
        .type_into("#vision-ten-years", "A small school of my own — “why not?”")
        .await;
    browser
        .find("#clarity-what_not_how")
        .await
        .click()
        .await
        .unwrap();
}

async fn assert_welcome_and_vision(browser: &Browser) {
    browser.goto("#/start").await;
    assert_eq!(browser.heading().await, "Welcome, Mireille");
    assert_eq!(browser.value_of("#profile-name").await, "Mireille");
    assert_eq!(browser.value_of("#program-weeks").await, "20");
    assert!(browser
        .find("#rhythm-weekly")
        .await
        .is_selected()
        .await
        .unwrap());
    assert!(browser
        .text_of("#check-in-schedule")
        .await
        .contains("20 check-ins every week"));
    browser.goto("#/exploration").await;
    assert_eq!(
        browser.value_of("#vision-best").await,
        "Teaching adults, with afternoons free for my kids."
    );
    assert_eq!(
        browser.value_of("#vision-one-year").await,
        "Running one evening course."
    );
    assert_eq!(browser.value_of("#vision-three-years").await, "");
    assert_eq!(
        browser.value_of("#vision-ten-years").await,
        "A small school of my own — “why not?”"
    );
    assert!(browser
        .find("#clarity-what_not_how")
        .await
        .is_selected()
        .await
        .unwrap());
    assert!(browser
        .text_of("#clarity-next-step")
        .await
        .contains("turn the how into questions"));
}

async fn every_stage_renders_and_navigation_follows_the_url(browser: &Browser) {
    for route in Route::NAV {
        let (fragment, heading) = (route.href(), heading_of(route));
        let link = browser.find(&format!("nav a[href='{fragment}']")).await;
        link.click().await.unwrap();
        browser
            .eventually(&format!("the {heading} page"), || async {
                browser.heading().await.starts_with(heading).then_some(())
            })
            .await;
        assert_eq!(
            link.attr("aria-current").await.unwrap().as_deref(),
            Some("page")
        );
        assert!(browser
            .client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .ends_with(&fragment));
        let title = browser.script("return document.title;").await;
        assert!(title.as_str().unwrap().ends_with("· Waypoint"), "{title}");
    }
    // Back and forward walk the same pages; a reload keeps the page.
    browser.client.back().await.unwrap();
    browser
        .eventually("back to Coaching", || async {
            (browser.heading().await == "Coaching").then_some(())
        })
        .await;
    browser.client.forward().await.unwrap();
    browser
        .eventually("forward to Data", || async {
            (browser.heading().await == "Your data").then_some(())
        })
        .await;
    browser.reload().await;
    assert_eq!(browser.heading().await, "Your data");
    // An unknown page says so, and offers the way back.
    browser.goto("#/nowhere").await;
    assert_eq!(browser.heading().await, "There is no page here");
}

async fn welcome_and_vision_survive_a_reload(browser: &Browser) {
    fill_welcome_and_vision(&browser).await;
    browser.wait_until_saved().await;
    browser.reload().await;
    assert_welcome_and_vision(&browser).await;
}

async fn the_last_keystrokes_are_saved_when_the_page_is_left(browser: &Browser) {
    browser.type_into("#profile-name", "Quick").await;
    // Navigate away at once, inside the save delay: pagehide must flush the edit.
    browser.client.goto("about:blank").await.unwrap();
    browser.client.goto(&browser.base).await.unwrap();
    browser.wait_for("#profile-name").await;
    assert_eq!(browser.value_of("#profile-name").await, "Quick");
}

async fn inline_validation_refuses_an_impossible_program_length(browser: &Browser) {
    browser.type_into("#program-weeks", "400").await;
    let message = browser.text_of("#program-weeks-error").await;
    assert!(message.contains("from 4 to 52"), "{message}");
    assert_eq!(
        browser
            .find("#program-weeks")
            .await
            .attr("aria-invalid")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    browser.type_into("#program-weeks", "8").await;
    assert_eq!(browser.text_of("#program-weeks-error").await, "");
    browser.wait_until_saved().await;
    let stored = browser.stored_workbook().await.unwrap();
    let stored: serde_json::Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(stored["profile"]["program_weeks"], 8, "{stored}");

    // A start date far outside a working life is refused with a reason, and not stored.
    let date = browser.find("#program-start").await;
    browser
        .client
        .execute(
            "arguments[0].value = '2500-01-01'; arguments[0].dispatchEvent(new Event('change'));",
            vec![serde_json::to_value(&date).unwrap()],
        )
        .await
        .unwrap();
    let message = browser.text_of("#program-start-error").await;
    assert!(message.contains("between 1900 and 2199"), "{message}");
    browser.wait_until_saved().await;
    assert!(!browser
        .stored_workbook()
        .await
        .unwrap()
        .contains("2500-01-01"));
}

/// Exports the workbook, empties storage, imports the file, checks that the preview holds `line`, and
/// reloads: what comes back is what the file held.
pub async fn export_clear_and_import(browser: &Browser, line: &str) {
    let (name, _) = exported_file(browser).await;
    browser.script("localStorage.clear();").await;
    browser.client.refresh().await.unwrap();
    browser.goto("#/data").await;
    browser
        .find("#import-file")
        .await
        .send_keys(&browser.downloads.join(&name).to_string_lossy())
        .await
        .unwrap();
    let preview = browser
        .wait_for("#import-preview")
        .await
        .text()
        .await
        .unwrap();
    assert!(preview.contains(line), "{preview}");
    browser.find("#import-confirm").await.click().await.unwrap();
    browser.wait_for("#import-done").await;
    browser.reload().await;
}

async fn exported_file(browser: &Browser) -> (String, String) {
    browser.goto("#/data").await;
    browser.find("#export-button").await.click().await.unwrap();
    let today = browser.script("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');").await;
    let expected_name = format!("waypoint-{}.json", today.as_str().unwrap());
    let path = browser.downloads.join(&expected_name);
    let text = browser
        .eventually("the export to be downloaded", || async {
            std::fs::read_to_string(&path)
                .ok()
                .filter(|text| text.ends_with('}'))
        })
        .await;
    (expected_name, text)
}

async fn export_clear_import_brings_the_workbook_back(browser: &Browser) {
    fill_welcome_and_vision(&browser).await;
    browser.wait_until_saved().await;
    let (name, text) = exported_file(&browser).await;
    assert!(
        text.starts_with("{\n  \"format\": \"waypoint-workbook\",\n  \"exported_at\": \""),
        "{text}"
    );
    assert!(text.contains(&format!(
        "\"schema_version\": {}",
        waypoint::model::SCHEMA_VERSION
    )));
    assert!(text.contains("\"name\": \"Mireille\""));
    assert!(browser.text_of(".result").await.contains(&name));

    // A new start: storage cleared, nothing there.
    browser.script("localStorage.clear();").await;
    browser.client.refresh().await.unwrap();
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "");

    browser.goto("#/data").await;
    let file = browser.downloads.join(&name);
    browser
        .find("#import-file")
        .await
        .send_keys(&file.to_string_lossy())
        .await
        .unwrap();
    browser.wait_for("#import-preview").await;
    let preview = browser.text_of("#import-preview").await;
    assert!(preview.contains("Name: Mireille"), "{preview}");
    assert!(preview.contains("A 20-week program"), "{preview}");
    assert!(preview.contains("3 of 4 questions answered"), "{preview}");
    // The safe choice has the focus.
    let focused = browser.script("return document.activeElement.id;").await;
    assert_eq!(focused.as_str(), Some("import-cancel"));
    browser.screenshot("import-preview").await;
    browser.find("#import-confirm").await.click().await.unwrap();
    let done = browser.wait_for("#import-done").await.text().await.unwrap();
    // Nothing had been saved since storage was cleared, so there was nothing to back up.
    assert!(done.contains("nothing to back up"), "{done}");
    assert!(
        browser.exists("#no-backups").await,
        "no empty backup is listed"
    );
    browser
        .eventually("focus on the outcome", || async {
            (browser.focused().await == "import-done").then_some(())
        })
        .await;

    browser.reload().await;
    assert_welcome_and_vision(&browser).await;
}

async fn an_import_can_be_switched_back(browser: &Browser) {
    browser.type_into("#profile-name", "Before").await;
    browser.wait_until_saved().await;
    let other = scratch_dir("other");
    let file = other.join("other.json");
    std::fs::write(
        &file,
        r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"name":"After"}}"#,
    )
    .unwrap();
    browser.goto("#/data").await;
    browser
        .find("#import-file")
        .await
        .send_keys(&file.to_string_lossy())
        .await
        .unwrap();
    browser
        .wait_for("#import-confirm")
        .await
        .click()
        .await
        .unwrap();
    let done = browser.wait_for("#import-done").await.text().await.unwrap();
    assert!(done.contains("kept as the newest backup"), "{done}");
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "After");
    browser.goto("#/data").await;
    assert!(browser
        .text_of("#backup-0")
        .await
        .starts_with("Before an import"));
    browser
        .find("#backup-0 .restore")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#backup-result").await;
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "Before");
    let _ = std::fs::remove_dir_all(other);
}

async fn bad_files_are_refused_with_a_reason_and_change_nothing(browser: &Browser) {
    fill_welcome_and_vision(&browser).await;
    browser.wait_until_saved().await;
    let before = browser.stored_workbook().await.expect("a saved workbook");

    let dir = scratch_dir("bad-files");
    let too_large = format!(
        "{{\"format\":\"waypoint-workbook\",\"schema_version\":1,\"pad\":\"{}\"}}",
        "x".repeat(5 << 20)
    );
    let cases: Vec<(&str, String, &str)> = vec![
        ("notes.json", "these are my notes".into(), "not readable JSON"),
        ("empty.json", String::new(), "The file is empty"),
        ("list.json", "[1, 2, 3]".into(), "holds a list"),
        ("other-app.json", r#"{"type":"excalidraw","elements":[]}"#.into(), "not a Waypoint workbook"),
        ("future.json", format!(r#"{{"format":"waypoint-workbook","schema_version":{}}}"#, waypoint::model::SCHEMA_VERSION + 1), "newer version of Waypoint"),
        ("no-version.json", r#"{"format":"waypoint-workbook"}"#.into(), "schema_version\" is missing"),
        (
            "wrong-type.json",
            r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"name":42}}"#.into(),
            "profile.name",
        ),
        (
            "bad-date.json",
            r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"started_on":"2026-02-30"}}"#.into(),
            "not a real calendar date",
        ),
        ("huge.json", too_large, "too large"),
    ];
    browser.goto("#/data").await;
    for (file_name, content, expected) in &cases {
        let path = dir.join(file_name);
        std::fs::write(&path, content).unwrap();
        browser
            .find("#import-file")
            .await
            .send_keys(&path.to_string_lossy())
            .await
            .unwrap();
        let message = browser
            .eventually(&format!("the refusal of {file_name}"), || async {
                let alert = browser
                    .client
                    .find(fantoccini::Locator::Css("#import-error"))
                    .await
                    .ok()?;
                let text = alert.text().await.ok()?;
                text.contains(file_name).then_some(text)
            })
            .await;
        assert!(message.contains(expected), "{file_name}: {message}");
        browser.screenshot(&format!("refused-{file_name}")).await;
        assert!(
            message.contains("Your current workbook is unchanged"),
            "{message}"
        );
        assert!(
            !browser.exists("#import-confirm").await,
            "{file_name} must not be offered for import"
        );
        assert_eq!(
            browser.stored_workbook().await.as_deref(),
            Some(before.as_str()),
            "{file_name}"
        );
    }
    browser.reload().await;
    assert_welcome_and_vision(&browser).await;
    assert_eq!(
        browser.stored_workbook().await.as_deref(),
        Some(before.as_str())
    );
    let _ = std::fs::remove_dir_all(dir);
}

async fn unreadable_saved_text_is_kept_aside_and_the_person_is_told(browser: &Browser) {
    let garbage = "{\"format\":\"waypoint-workbook\",\"schema_version\":1,\"profile\":{\"name\":";
    browser
        .client
        .execute(
            "localStorage.setItem('waypoint.workbook', arguments[0]);",
            vec![garbage.into()],
        )
        .await
        .unwrap();
    browser.client.refresh().await.unwrap();
    let notice = browser
        .wait_for(".banner-notice")
        .await
        .text()
        .await
        .unwrap();
    browser.screenshot("kept-aside-notice").await;
    assert!(
        notice.contains("could not read the workbook saved"),
        "{notice}"
    );
    let kept = browser
        .script("return Object.keys(localStorage).filter(k => k.startsWith('waypoint.unreadable.')).map(k => localStorage.getItem(k));")
        .await;
    assert_eq!(
        kept,
        serde_json::json!([garbage]),
        "the unreadable text is kept byte for byte"
    );
    browser.goto("#/data").await;
    assert!(browser
        .text_of("#kept-aside")
        .await
        .contains("could not read"));
    let mut problems = browser.axe_violations().await;

    // Deleting it can be undone; until then the text is gone from storage.
    let kept_keys = "return Object.keys(localStorage).filter(k => k.startsWith('waypoint.unreadable.')).length;";
    browser
        .find("#kept-aside-0 button[aria-label^='Delete']")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#kept-aside-0 [role='status']").await;
    assert_eq!(browser.script(kept_keys).await, serde_json::json!(0));
    problems.extend(browser.axe_violations().await);
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
    browser
        .find("#kept-aside-0 button")
        .await
        .click()
        .await
        .unwrap();
    browser
        .wait_for("#kept-aside-0 button[aria-label^='Delete']")
        .await;
    let kept = browser
        .script("return Object.keys(localStorage).filter(k => k.startsWith('waypoint.unreadable.')).map(k => localStorage.getItem(k));")
        .await;
    assert_eq!(
        kept,
        serde_json::json!([garbage]),
        "undo puts the same text back"
    );
}

/// In a session of its own, because it leaves the origin on purpose.
async fn the_csp_blocks_requests_to_other_origins_and_the_trap_sees_them(_shared: &Browser) {
    let browser = Browser::open("/").await;
    let outcome = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch('http://example.org/collect').then(() => done('sent'), e => done('blocked: ' + e));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        outcome.as_str().unwrap().starts_with("blocked"),
        "{outcome}"
    );
    let csp = browser
        .script("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;")
        .await;
    let csp = csp.as_str().unwrap();
    assert!(
        csp.contains("'sha256-") && !csp.contains("__CSP"),
        "the built page carries its script hash: {csp}"
    );
    assert!(
        browser.served_paths().iter().any(|p| p.ends_with(".wasm")),
        "the app loaded its own wasm"
    );

    assert!(
        !browser
            .trap
            .recorded()
            .iter()
            .any(|line| line.contains("example.org")),
        "a request blocked by the CSP never reaches the network"
    );

    // The two witnesses really see a request that leaves: the check every test ends with (on the
    // page's DevTools network log) and the trap both catch a navigation elsewhere.
    let _ = browser.client.goto("http://example.org/away").await;
    let elsewhere = browser.requests_elsewhere(0).await;
    assert!(
        elsewhere.contains(&"http://example.org/away".to_string()),
        "{elsewhere:?}"
    );
    // Chromium may also try the https address first; nothing else is there.
    assert!(
        elsewhere
            .iter()
            .all(|url| url.ends_with("://example.org/away")),
        "{elsewhere:?}"
    );
    let line = browser
        .eventually("the trap to record the navigation", || async {
            browser
                .trap
                .recorded()
                .into_iter()
                .find(|line| line.contains("example.org"))
        })
        .await;
    assert_eq!(
        line, "GET http://example.org/away HTTP/1.1",
        "the trap sees the request as it left the browser"
    );
    // This page left its origin on purpose, so `finish` (which would refuse that) is not called.
    browser.close().await;
}

async fn the_keyboard_reaches_everything_and_navigation_moves_focus(browser: &Browser) {
    // The first Tab lands on the skip link; Enter skips to the content.
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "a:Skip to content");
    browser.press(Key::Enter).await;
    assert_eq!(browser.focused().await, "main");
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(
        url.fragment(),
        None,
        "the skip link leaves the route in the fragment alone"
    );
    // Tab on to the name field and type without a mouse.
    browser
        .eventually("Tab to reach the name field", || async {
            if browser.focused().await == "profile-name" {
                return Some(());
            }
            browser.press(Key::Tab).await;
            None
        })
        .await;
    for c in "Kai".chars() {
        browser.press(c).await;
    }
    assert_eq!(browser.value_of("#profile-name").await, "Kai");
    // Arrow keys move between the rhythm choices, as in any radio group.
    browser
        .find("#rhythm-fortnightly")
        .await
        .click()
        .await
        .unwrap();
    browser.press(Key::Up).await;
    assert!(browser
        .find("#rhythm-weekly")
        .await
        .is_selected()
        .await
        .unwrap());
    // A navigation link followed by keyboard moves focus to the new page's heading.
    let link = browser.find("nav a[href='#/exploration']").await;
    browser
        .client
        .execute(
            "arguments[0].focus();",
            vec![serde_json::to_value(&link).unwrap()],
        )
        .await
        .unwrap();
    browser.press(Key::Enter).await;
    browser
        .eventually("focus on the Exploration heading", || async {
            browser.script("return document.activeElement.tagName + ':' + document.activeElement.textContent;")
                .await
                .as_str()
                .filter(|f| *f == "H1:Exploration")
                .map(|_| ())
        })
        .await;
    browser.wait_until_saved().await;
}

async fn two_tabs_see_each_others_saves(browser: &Browser) {
    browser.type_into("#profile-name", "Ada").await;
    browser.wait_until_saved().await;
    let first = browser.client.window().await.unwrap();
    let second = browser.client.new_window(true).await.unwrap().handle;
    browser
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    browser.client.goto(&browser.base).await.unwrap();
    browser.wait_for("#profile-name").await;
    assert_eq!(browser.value_of("#profile-name").await, "Ada");
    browser.type_into("#profile-name", "Ada Lovelace").await;
    browser.wait_until_saved().await;

    browser.client.switch_to_window(first).await.unwrap();
    browser
        .eventually("the first tab to show the second tab's save", || async {
            (browser.value_of("#profile-name").await == "Ada Lovelace").then_some(())
        })
        .await;
    assert!(browser
        .text_of(".banner-notice")
        .await
        .contains("another tab"));
}

async fn a_workbook_from_a_newer_waypoint_is_never_overwritten(browser: &Browser) {
    let newer = r#"{"format":"waypoint-workbook","schema_version":99,"profile":{"name":"From the future"}}"#;
    browser
        .client
        .execute(
            "localStorage.setItem('waypoint.workbook', arguments[0]);",
            vec![newer.into()],
        )
        .await
        .unwrap();
    browser.client.refresh().await.unwrap();
    let banner = browser
        .wait_for(".banner-error")
        .await
        .text()
        .await
        .unwrap();
    assert!(banner.contains("newer version of Waypoint"), "{banner}");
    assert_eq!(
        browser
            .find("#save-state")
            .await
            .attr("data-state")
            .await
            .unwrap()
            .as_deref(),
        Some("failed")
    );
    browser.type_into("#profile-name", "Present").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    browser.client.goto("about:blank").await.unwrap();
    browser.client.goto(&browser.base).await.unwrap();
    browser.wait_for("main h1").await;
    assert_eq!(browser.stored_workbook().await.as_deref(), Some(newer));
}

/// Commits `text` in the field `css` as a person would: types it, then leaves the field.
async fn commit(browser: &Browser, css: &str, text: &str) {
    browser.type_into(css, text).await;
    browser.press(Key::Tab).await;
}

async fn refused_adds_and_renames_say_why_keep_the_text_and_change_nothing(browser: &Browser) {
    browser.fresh(Some(harness::FULL)).await;
    let fixture = browser.stored_workbook().await.expect("the fixture");
    // Adds: an option already listed, a skill with no name.
    browser.goto("#/deeper").await;
    browser.type_into("#new-option", "learning designer ").await;
    browser.press(Key::Enter).await;
    let message = browser.text_of("#new-option-error").await;
    assert!(message.contains("on your list already"), "{message}");
    assert_eq!(
        browser.value_of("#new-option").await,
        "learning designer ",
        "the typed text stays"
    );
    assert_eq!(
        browser
            .find("#new-option")
            .await
            .attr("aria-invalid")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    browser.goto("#/exploration").await;
    browser.type_into("#new-skill", "   ").await;
    browser.press(Key::Enter).await;
    assert!(browser
        .text_of("#new-skill-error")
        .await
        .contains("Name the skill"));
    assert_eq!(
        browser.stored_workbook().await.as_deref(),
        Some(fixture.as_str()),
        "no refused add was saved"
    );
    // Renames to nothing: a card of one's own, a step.
    browser
        .find(".custom-cards summary")
        .await
        .click()
        .await
        .unwrap();
    commit(browser, "#custom-30-name", " ").await;
    let message = browser.text_of("#custom-30-name-error").await;
    assert!(message.contains("keeps its old name"), "{message}");
    assert_eq!(
        browser
            .find("#custom-30-name")
            .await
            .attr("aria-invalid")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    // A list at its limit: the add button goes off and says why.
    let goals = browser
        .script("return document.querySelectorAll('.goal').length;")
        .await
        .as_u64()
        .unwrap() as usize;
    for _ in goals..MAX_GOALS {
        assert_eq!(browser.text_of("#add-goal-full").await, "");
        browser.find("#add-goal").await.click().await.unwrap();
    }
    let message = browser.text_of("#add-goal-full").await;
    assert!(
        message.contains(&format!("You have {MAX_GOALS} goals")),
        "{message}"
    );
    assert!(!browser.find("#add-goal").await.is_enabled().await.unwrap());
    browser
        .script("document.querySelector('#add-goal').scrollIntoView({ block: 'center' });")
        .await;
    browser.screenshot("goals-full").await;
    browser
        .find("button[aria-label='Remove goal 1']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("room for a goal again", || async {
            browser
                .text_of("#add-goal-full")
                .await
                .is_empty()
                .then_some(())
        })
        .await;
    // An undo that no longer fits says so and stays offered, rather than vanishing.
    browser.find("#add-goal").await.click().await.unwrap();
    browser.find("#undo-button").await.click().await.unwrap();
    let message = browser.text_of(".undo-box p").await;
    assert!(
        message.starts_with("Could not put back") && message.contains("Make room"),
        "{message}"
    );
    browser
        .find("button[aria-label='Remove goal 10']")
        .await
        .click()
        .await
        .unwrap();
    browser.find("#undo-button").await.click().await.unwrap();
    browser
        .eventually("the undo bar to go", || async {
            (!browser.exists(".undo-box").await).then_some(())
        })
        .await;
    assert!(
        browser.text_of("#add-goal-full").await.contains("You have"),
        "the undone goal filled the list again"
    );
    browser
        .find("button[aria-label='Remove goal 1']")
        .await
        .click()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    browser.wait_until_saved().await;
    let before = browser.stored_workbook().await.expect("the goals saved");
    browser.goto("#/plan").await;
    commit(browser, "#step-28-title", "").await;
    let message = browser.text_of("#step-28-title-error").await;
    assert!(message.contains("keeps its old wording"), "{message}");
    browser.screenshot("refused-step-title").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    browser.wait_until_saved().await;
    assert_eq!(
        browser.stored_workbook().await.as_deref(),
        Some(before.as_str()),
        "nothing refused was saved"
    );
    // A name written again is taken, and the message goes.
    commit(browser, "#step-28-title", "Halfway check with my mentor").await;
    browser
        .eventually("the new wording saved", || async {
            browser
                .stored_workbook()
                .await
                .filter(|s| s.contains("Halfway check with my mentor"))
                .map(|_| ())
        })
        .await;
    assert_eq!(browser.text_of("#step-28-title-error").await, "");
    browser.reload().await;
    browser.goto("#/plan").await;
    assert_eq!(
        browser.value_of("#step-28-title").await,
        "Halfway check with my mentor"
    );
}

/// In a session of its own, served from another path.
async fn the_app_runs_from_a_sub_path_of_any_static_host(_shared: &Browser) {
    let browser = Browser::open("/people/sam/waypoint/").await;
    assert!(browser.heading().await.starts_with("Welcome"));
    browser.type_into("#profile-name", "Sub").await;
    browser
        .find("nav a[href='#/data']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the Data page", || async {
            (browser.heading().await == "Your data").then_some(())
        })
        .await;
    browser.wait_until_saved().await;
    browser.reload().await;
    assert_eq!(browser.heading().await, "Your data");
    let paths = browser.served_paths();
    assert!(
        paths.iter().all(|p| p.starts_with("/people/sam/waypoint/")),
        "{paths:?}"
    );
    assert!(paths.iter().any(|p| p.ends_with(".wasm")), "{paths:?}");
    browser.finish().await;
}

/// The first visit fetches the app without its stage pages. The part of the next page of the program
/// is fetched ahead while the browser is idle, any other only when its page is opened; a part that
/// cannot be fetched is said plainly, with a retry that works, and the workbook is untouched.
async fn stage_pages_load_their_parts_when_needed_and_a_failed_load_can_be_retried(
    browser: &Browser,
) {
    browser.serve_every_file();
    // The page's own loading, without the service worker, which fetches every part once the app is
    // up so that it works offline (offline.rs).
    // The worker the page before registered is let finish, and goes with this `fresh`.
    browser.refuse_files("/sw.js");
    browser.fresh(None).await;
    let before = browser.served_paths().len();
    browser.fresh(Some(harness::FULL)).await;
    let fetched = |page: &str| {
        let part = format!("/split_{page}-");
        browser.served_paths()[before..]
            .iter()
            .any(|path| path.contains(&part))
    };
    assert!(
        browser.served_paths()[before..]
            .iter()
            .any(|p| p.contains("_bg.wasm")),
        "the app's main module loaded"
    );
    browser
        .eventually("Exploration's part fetched ahead from Start", || async {
            fetched("exploration").then_some(())
        })
        .await;
    assert!(
        !fetched("deeper") && !fetched("plan") && !fetched("data"),
        "{:?}",
        &browser.served_paths()[before..]
    );

    // Data's part cannot be fetched: the page says so and offers to try again.
    browser.refuse_files("/split_data-");
    browser
        .find("nav a[href='#/data']")
        .await
        .click()
        .await
        .unwrap();
    let alert = browser
        .wait_for("main [role='alert']")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        alert.contains("could not be loaded") && alert.contains("nothing in it has changed"),
        "{alert}"
    );
    assert_eq!(browser.heading().await, "Data");
    browser
        .eventually("the window named after the page", || async {
            (browser.script("return document.title;").await == serde_json::json!("Data · Waypoint"))
                .then_some(())
        })
        .await;
    assert_eq!(
        browser.stored_workbook().await.as_deref(),
        Some(harness::FULL),
        "the workbook is untouched"
    );

    browser.serve_every_file();
    browser.find("#part-retry").await.click().await.unwrap();
    browser
        .eventually("the Data page", || async {
            (browser.heading().await == heading_of(Route::Data)).then_some(())
        })
        .await;
    assert!(
        !fetched("plan"),
        "Plan's part waits until its page is opened or comes next"
    );
    browser
        .find("nav a[href='#/deeper']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("Diving deeper", || async {
            (browser.heading().await == heading_of(Route::Deeper)).then_some(())
        })
        .await;
    assert!(fetched("deeper"));
}

/// The full fixture with a plan of 40 steps (ids 300 to 339, due a day apart) and 30 parked "buts"
/// (ids 200 to 229): longer than the page of 25 a long list draws at first; and 8 reality tests
/// (ids 230 to 237) in the first option, longer than the page of 5 a list inside a record draws.
fn long_lists_workbook() -> String {
    let mut workbook: serde_json::Value = serde_json::from_str(harness::FULL).unwrap();
    let first = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    workbook["plan"]["steps"] = (0..40)
        .map(|n| {
            let due = first + chrono::Days::new(n);
            serde_json::json!({ "id": 300 + n, "title": format!("Step {}", n + 1), "due": due.to_string(), "status": "todo", "skill_gap": null })
        })
        .collect();
    workbook["exploration"]["buts"] = (0..30)
        .map(|n| serde_json::json!({ "id": 200 + n, "text": format!("But number {}", n + 1), "parked_from": "Exploration", "parked_on": "2026-11-20", "addressed": false, "note": "" }))
        .collect();
    workbook["deeper"]["options"][0]["reality_tests"] = (0..8)
        .map(|n| serde_json::json!({ "id": 230 + n, "kind": "volunteering", "done": false, "date": null, "learned": format!("Lesson {}", n + 1) }))
        .collect();
    workbook["next_id"] = serde_json::json!(300);
    workbook.to_string()
}

async fn long_lists_draw_a_page_at_a_time_and_lose_nothing(browser: &Browser) {
    let count = |css: &'static str| async move {
        browser
            .script(&format!(
                "return document.querySelectorAll('{css}').length;"
            ))
            .await
            .as_u64()
            .unwrap()
    };
    browser.fresh(Some(&long_lists_workbook())).await;
    browser.goto("#/plan").await;
    browser.wait_for("#step-324-title").await;
    assert_eq!(
        count(".step-list > li").await,
        25,
        "the first page of steps is drawn"
    );
    assert!(!browser.exists("#step-325-title").await);
    assert_eq!(
        browser.text_of("#steps-own-shown span").await,
        "Showing 25 of 40 steps."
    );
    let violations = browser.axe_violations().await;
    assert!(
        violations.is_empty(),
        "a long list drawn in part passes axe: {violations:?}"
    );

    // "Show more" draws the rest and takes focus to the first step it drew.
    browser
        .find("#steps-own-shown-more")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("focus on the first step drawn", || async {
            (browser.focused().await == "step-325-title").then_some(())
        })
        .await;
    assert_eq!(count(".step-list > li").await, 40);
    assert!(
        !browser.exists("#steps-own-shown").await,
        "nothing more to show, nothing said"
    );

    // Afresh, the last step drawn, moved down past the first page, stays drawn while worked on.
    browser.reload().await;
    browser.goto("#/plan").await;
    browser.wait_for("#step-324-down").await;
    browser
        .script("document.querySelector('#step-324-down').scrollIntoView({ block: 'center' });")
        .await;
    browser.find("#step-324-down").await.click().await.unwrap();
    browser.eventually("step 25 last in the plan's drawn steps", || async {
        let last = browser.script("return document.querySelector('.step-list > li:last-child input[type=text]').id;").await;
        (last == "step-324-title").then_some(())
    }).await;
    assert_eq!(
        count(".step-list > li").await,
        26,
        "the first page, and the step being worked on"
    );
    browser
        .eventually("focus kept on the button pressed", || async {
            (browser.focused().await == "step-324-down").then_some(())
        })
        .await;

    // The long list of buts on Exploration: the first page, then all of them.
    browser.goto("#/exploration").await;
    browser.wait_for("#but-224-text").await;
    assert_eq!(count(".but-list > li").await, 25);
    browser.find("#buts-shown-all").await.click().await.unwrap();
    browser
        .eventually("every but drawn", || async {
            (count(".but-list > li").await == 30).then_some(())
        })
        .await;
    // The focus follows in the frame after the drawing.
    browser
        .eventually("focus on the first but drawn", || async {
            (browser.focused().await == "but-225-text").then_some(())
        })
        .await;

    // Inside an open option, its tests draw 5 at a time.
    browser.goto("#/deeper").await;
    browser
        .find("#option-9 summary")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#test-234-learned").await;
    assert!(
        !browser.exists("#test-235-learned").await,
        "the sixth test waits"
    );
    assert_eq!(
        browser.text_of("#option-9-tests-shown span").await,
        "Showing 5 of 8 reality tests."
    );
    browser
        .find("#option-9-tests-shown-more")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the rest of the tests drawn", || async {
            browser.exists("#test-237-learned").await.then_some(())
        })
        .await;
    browser
        .eventually("focus on the first test drawn", || async {
            (browser.focused().await == "test-235-kind").then_some(())
        })
        .await;

    // Nothing was lost by drawing less: all 40 steps and 30 buts are saved, the moved one in its place.
    browser.wait_until_saved().await;
    let saved: serde_json::Value =
        serde_json::from_str(&browser.stored_workbook().await.unwrap()).unwrap();
    assert_eq!(saved["plan"]["steps"].as_array().unwrap().len(), 40);
    assert_eq!(saved["exploration"]["buts"].as_array().unwrap().len(), 30);
    assert_eq!(
        (
            saved["plan"]["steps"][24]["id"].clone(),
            saved["plan"]["steps"][25]["id"].clone()
        ),
        (serde_json::json!(325), serde_json::json!(324))
    );
    assert_eq!(
        saved["deeper"]["options"][0]["reality_tests"]
            .as_array()
            .unwrap()
            .len(),
        8
    );
}

/// ↑ and ↓ move a record by moving its element, which used to drop the focus to the page: a
/// keyboard user lost their place at every press. The focus stays on the button, or moves to the
/// other one when the record reaches the end of its list.
async fn a_record_moved_by_keyboard_keeps_the_focus(browser: &Browser) {
    browser.fresh(Some(harness::FULL)).await;
    browser.goto("#/deeper").await;
    let order = || async {
        let ids = browser.script("return [...document.querySelectorAll('.criterion-row input[type=text]')].map(e => e.id).join(' ');").await;
        ids.as_str().unwrap_or_default().to_string()
    };
    browser
        .script("document.querySelector('#matrix-criterion-1-down').focus();")
        .await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the criterion moved down", || async {
            (order().await
                == "matrix-criterion-2 matrix-criterion-1 matrix-criterion-5 matrix-criterion-12")
                .then_some(())
        })
        .await;
    browser
        .eventually("focus on its ↓ button", || async {
            (browser.focused().await == "matrix-criterion-1-down").then_some(())
        })
        .await;
    // The focus comes back a frame after the move: a person sees the row move before pressing again,
    // and so does the test (two presses inside one frame would race the refocus on a slow machine).
    browser.press(Key::Enter).await;
    browser
        .eventually("the criterion third, focus on its ↓", || async {
            (order()
                .await
                .ends_with("matrix-criterion-1 matrix-criterion-12")
                && browser.focused().await == "matrix-criterion-1-down")
                .then_some(())
        })
        .await;
    browser.press(Key::Enter).await;
    browser
        .eventually(
            "the criterion last, focus on its ↑ (its ↓ is off)",
            || async {
                (order().await.ends_with("matrix-criterion-1")
                    && browser.focused().await == "matrix-criterion-1-up")
                    .then_some(())
            },
        )
        .await;

    // A past role, on Exploration: one more role, and the first moved below it.
    browser.goto("#/exploration").await;
    browser.find("#add-past-role").await.click().await.unwrap();
    browser.wait_for("li.past-role:nth-child(2) input").await;
    browser
        .script("document.querySelector('#past-34-down').focus();")
        .await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the role moved down, focus on its ↑", || async {
            let last = browser
                .script("return document.querySelector('li.past-role:last-child input').id;")
                .await;
            (last == "past-34-title" && browser.focused().await == "past-34-up").then_some(())
        })
        .await;
}
