//! End-to-end tests: the built release app in headless Chromium, driven over WebDriver as a person
//! would use it. Run by the README's test command after it builds `dist/`.
#![cfg(not(target_arch = "wasm32"))]

mod deeper;
mod exploration;
mod harness;

use fantoccini::key::Key;
use harness::{scratch_dir, Browser};
use std::time::Duration;

const PAGES: [(&str, &str); 8] = [
    ("#/start", "Welcome"),
    ("#/exploration", "Exploration"),
    ("#/deeper", "Diving deeper"),
    ("#/networking", "Networking"),
    ("#/applying", "Applying"),
    ("#/closing", "Closing"),
    ("#/plan", "Plan"),
    ("#/data", "Your data"),
];

async fn fill_welcome_and_vision(browser: &Browser) {
    browser.type_into("#profile-name", "Mireille").await;
    browser.type_into("#program-weeks", "20").await;
    browser.find("#rhythm-weekly").await.click().await.unwrap();
    browser.find("nav a[href='#/exploration']").await.click().await.unwrap();
    browser.wait_for("#vision-best").await;
    browser.type_into("#vision-best", "Teaching adults, with afternoons free for my kids.").await;
    browser.type_into("#vision-one-year", "Running one evening course.").await;
    browser.type_into("#vision-ten-years", "A small school of my own — “why not?”").await;
    browser.find("#clarity-what_not_how").await.click().await.unwrap();
}

async fn assert_welcome_and_vision(browser: &Browser) {
    browser.goto("#/start").await;
    assert_eq!(browser.heading().await, "Welcome, Mireille");
    assert_eq!(browser.value_of("#profile-name").await, "Mireille");
    assert_eq!(browser.value_of("#program-weeks").await, "20");
    assert!(browser.find("#rhythm-weekly").await.is_selected().await.unwrap());
    assert!(browser.text_of("#check-in-schedule").await.contains("20 check-ins every week"));
    browser.goto("#/exploration").await;
    assert_eq!(
        browser.value_of("#vision-best").await,
        "Teaching adults, with afternoons free for my kids."
    );
    assert_eq!(browser.value_of("#vision-one-year").await, "Running one evening course.");
    assert_eq!(browser.value_of("#vision-three-years").await, "");
    assert_eq!(browser.value_of("#vision-ten-years").await, "A small school of my own — “why not?”");
    assert!(browser.find("#clarity-what_not_how").await.is_selected().await.unwrap());
    assert!(browser.text_of("#clarity-next-step").await.contains("turn the how into questions"));
}

#[tokio::test]
async fn every_stage_renders_and_navigation_follows_the_url() {
    let browser = Browser::open(1280).await;
    for (fragment, heading) in PAGES {
        let link = browser.find(&format!("nav a[href='{fragment}']")).await;
        link.click().await.unwrap();
        browser
            .eventually(&format!("the {heading} page"), || async {
                browser.heading().await.starts_with(heading).then_some(())
            })
            .await;
        assert_eq!(link.attr("aria-current").await.unwrap().as_deref(), Some("page"));
        assert!(browser.client.current_url().await.unwrap().as_str().ends_with(fragment));
        let title = browser.script("return document.title;").await;
        assert!(title.as_str().unwrap().ends_with("· Waypoint"), "{title}");
    }
    // Back and forward walk the same pages; a reload keeps the page.
    browser.client.back().await.unwrap();
    browser.eventually("back to Plan", || async { (browser.heading().await == "Plan").then_some(()) }).await;
    browser.client.forward().await.unwrap();
    browser.eventually("forward to Data", || async { (browser.heading().await == "Your data").then_some(()) }).await;
    browser.reload().await;
    assert_eq!(browser.heading().await, "Your data");
    // An unknown page says so, and offers the way back.
    browser.goto("#/nowhere").await;
    assert_eq!(browser.heading().await, "There is no page here");
    browser.finish().await;
}

#[tokio::test]
async fn welcome_and_vision_survive_a_reload() {
    let browser = Browser::open(1280).await;
    fill_welcome_and_vision(&browser).await;
    browser.wait_until_saved().await;
    browser.reload().await;
    assert_welcome_and_vision(&browser).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_last_keystrokes_are_saved_when_the_page_is_left() {
    let browser = Browser::open(1280).await;
    browser.type_into("#profile-name", "Quick").await;
    // Navigate away at once, inside the save delay: pagehide must flush the edit.
    browser.client.goto("about:blank").await.unwrap();
    browser.client.goto(&browser.base).await.unwrap();
    browser.wait_for("#profile-name").await;
    assert_eq!(browser.value_of("#profile-name").await, "Quick");
    browser.finish().await;
}

#[tokio::test]
async fn inline_validation_refuses_an_impossible_program_length() {
    let browser = Browser::open(1280).await;
    browser.type_into("#program-weeks", "400").await;
    let message = browser.text_of("#program-weeks-error").await;
    assert!(message.contains("from 4 to 52"), "{message}");
    assert_eq!(browser.find("#program-weeks").await.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
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
    assert!(!browser.stored_workbook().await.unwrap().contains("2500-01-01"));
    browser.finish().await;
}

async fn exported_file(browser: &Browser) -> (String, String) {
    browser.goto("#/data").await;
    browser.find("#export-button").await.click().await.unwrap();
    let today = browser.script("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');").await;
    let expected_name = format!("waypoint-{}.json", today.as_str().unwrap());
    let path = browser.downloads.join(&expected_name);
    let text = browser
        .eventually("the export to be downloaded", || async {
            std::fs::read_to_string(&path).ok().filter(|text| text.ends_with('}'))
        })
        .await;
    (expected_name, text)
}

#[tokio::test]
async fn export_clear_import_brings_the_workbook_back() {
    let browser = Browser::open(1280).await;
    fill_welcome_and_vision(&browser).await;
    browser.wait_until_saved().await;
    let (name, text) = exported_file(&browser).await;
    assert!(text.starts_with("{\n  \"format\": \"waypoint-workbook\",\n  \"exported_at\": \""), "{text}");
    assert!(text.contains(&format!("\"schema_version\": {}", waypoint::model::SCHEMA_VERSION)));
    assert!(text.contains("\"name\": \"Mireille\""));
    assert!(browser.text_of(".result").await.contains(&name));

    // A new start: storage cleared, nothing there.
    browser.script("localStorage.clear();").await;
    browser.client.refresh().await.unwrap();
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "");

    browser.goto("#/data").await;
    let file = browser.downloads.join(&name);
    browser.find("#import-file").await.send_keys(&file.to_string_lossy()).await.unwrap();
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
    assert!(!browser.exists("#restore-backup").await, "no empty backup is offered");
    browser
        .eventually("focus on the outcome", || async { (browser.focused().await == "import-done").then_some(()) })
        .await;

    browser.reload().await;
    assert_welcome_and_vision(&browser).await;
    browser.finish().await;
}

#[tokio::test]
async fn an_import_can_be_switched_back() {
    let browser = Browser::open(1280).await;
    browser.type_into("#profile-name", "Before").await;
    browser.wait_until_saved().await;
    let other = scratch_dir("other");
    let file = other.join("other.json");
    std::fs::write(&file, r#"{"format":"waypoint-workbook","schema_version":1,"profile":{"name":"After"}}"#).unwrap();
    browser.goto("#/data").await;
    browser.find("#import-file").await.send_keys(&file.to_string_lossy()).await.unwrap();
    browser.wait_for("#import-confirm").await.click().await.unwrap();
    let done = browser.wait_for("#import-done").await.text().await.unwrap();
    assert!(done.contains("kept as a backup"), "{done}");
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "After");
    browser.goto("#/data").await;
    browser.find("#restore-backup").await.click().await.unwrap();
    browser.wait_for("#import-done").await;
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "Before");
    let _ = std::fs::remove_dir_all(other);
    browser.finish().await;
}

#[tokio::test]
async fn bad_files_are_refused_with_a_reason_and_change_nothing() {
    let browser = Browser::open(1280).await;
    fill_welcome_and_vision(&browser).await;
    browser.wait_until_saved().await;
    let before = browser.stored_workbook().await.expect("a saved workbook");

    let dir = scratch_dir("bad-files");
    let too_large = format!("{{\"format\":\"waypoint-workbook\",\"schema_version\":1,\"pad\":\"{}\"}}", "x".repeat(5 << 20));
    let cases: Vec<(&str, String, &str)> = vec![
        ("notes.json", "these are my notes".into(), "not readable JSON"),
        ("empty.json", String::new(), "The file is empty"),
        ("list.json", "[1, 2, 3]".into(), "holds a list"),
        ("other-app.json", r#"{"type":"excalidraw","elements":[]}"#.into(), "not a Waypoint workbook"),
        ("future.json", r#"{"format":"waypoint-workbook","schema_version":9}"#.into(), "newer version of Waypoint"),
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
        browser.find("#import-file").await.send_keys(&path.to_string_lossy()).await.unwrap();
        let message = browser
            .eventually(&format!("the refusal of {file_name}"), || async {
                let alert = browser.client.find(fantoccini::Locator::Css("#import-error")).await.ok()?;
                let text = alert.text().await.ok()?;
                text.contains(file_name).then_some(text)
            })
            .await;
        assert!(message.contains(expected), "{file_name}: {message}");
        browser.screenshot(&format!("refused-{file_name}")).await;
        assert!(message.contains("Your current workbook is unchanged"), "{message}");
        assert!(!browser.exists("#import-confirm").await, "{file_name} must not be offered for import");
        assert_eq!(browser.stored_workbook().await.as_deref(), Some(before.as_str()), "{file_name}");
    }
    browser.reload().await;
    assert_welcome_and_vision(&browser).await;
    assert_eq!(browser.stored_workbook().await.as_deref(), Some(before.as_str()));
    let _ = std::fs::remove_dir_all(dir);
    browser.finish().await;
}

#[tokio::test]
async fn unreadable_saved_text_is_kept_aside_and_the_person_is_told() {
    let browser = Browser::open(1280).await;
    let garbage = "{\"format\":\"waypoint-workbook\",\"schema_version\":1,\"profile\":{\"name\":";
    browser
        .client
        .execute("localStorage.setItem('waypoint.workbook', arguments[0]);", vec![garbage.into()])
        .await
        .unwrap();
    browser.client.refresh().await.unwrap();
    let notice = browser.wait_for(".banner-notice").await.text().await.unwrap();
    browser.screenshot("kept-aside-notice").await;
    assert!(notice.contains("could not read the workbook saved"), "{notice}");
    let kept = browser
        .script("return Object.keys(localStorage).filter(k => k.startsWith('waypoint.unreadable.')).map(k => localStorage.getItem(k));")
        .await;
    assert_eq!(kept, serde_json::json!([garbage]), "the unreadable text is kept byte for byte");
    browser.goto("#/data").await;
    assert!(browser.text_of("#kept-aside").await.contains("could not read"));
    let mut problems = axe_violations(&browser).await;

    // Deleting it can be undone; until then the text is gone from storage.
    let kept_keys = "return Object.keys(localStorage).filter(k => k.startsWith('waypoint.unreadable.')).length;";
    browser.find("#kept-aside-0 button[aria-label^='Delete']").await.click().await.unwrap();
    browser.wait_for("#kept-aside-0 [role='status']").await;
    assert_eq!(browser.script(kept_keys).await, serde_json::json!(0));
    problems.extend(axe_violations(&browser).await);
    assert!(problems.is_empty(), "axe-core found:\n{}", problems.join("\n"));
    browser.find("#kept-aside-0 button").await.click().await.unwrap();
    browser.wait_for("#kept-aside-0 button[aria-label^='Delete']").await;
    let kept = browser
        .script("return Object.keys(localStorage).filter(k => k.startsWith('waypoint.unreadable.')).map(k => localStorage.getItem(k));")
        .await;
    assert_eq!(kept, serde_json::json!([garbage]), "undo puts the same text back");
    browser.finish().await;
}

#[tokio::test]
async fn the_csp_blocks_requests_to_other_origins_and_the_trap_sees_them() {
    let browser = Browser::open(1280).await;
    let outcome = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch('http://example.org/collect').then(() => done('sent'), e => done('blocked: ' + e));",
            vec![],
        )
        .await
        .unwrap();
    assert!(outcome.as_str().unwrap().starts_with("blocked"), "{outcome}");
    let csp = browser
        .script("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;")
        .await;
    let csp = csp.as_str().unwrap();
    assert!(csp.contains("'sha256-") && !csp.contains("__CSP"), "the built page carries its script hash: {csp}");
    assert!(browser.served_paths().iter().any(|p| p.ends_with(".wasm")), "the app loaded its own wasm");

    assert!(
        !browser.trap.recorded().iter().any(|line| line.contains("example.org")),
        "a request blocked by the CSP never reaches the network"
    );

    // The two witnesses `finish` relies on really see a request that leaves: the page's DevTools
    // network log and the trap both record a navigation elsewhere.
    let _ = browser.client.goto("http://example.org/away").await;
    let requests = browser.page_requests().await;
    assert!(requests.iter().any(|url| url == "http://example.org/away"), "{requests:?}");
    let line = browser
        .eventually("the trap to record the navigation", || async {
            browser.trap.recorded().into_iter().find(|line| line.contains("example.org"))
        })
        .await;
    assert_eq!(line, "GET http://example.org/away HTTP/1.1", "the trap sees the request as it left the browser");
    // This page left its origin on purpose, so `finish` (which would refuse that) is not called.
    browser.close().await;
}

async fn axe_violations(browser: &Browser) -> Vec<String> {
    let loaded = browser.script("return typeof axe !== 'undefined';").await;
    if loaded != serde_json::json!(true) {
        let source = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js"),
        )
        .expect("axe-core is installed by the README's test command (npm ci)");
        browser.client.execute(&source, vec![]).await.unwrap();
    }
    let result = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(
               r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))),
               e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    result.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn axe_finds_no_violations_on_any_page_or_state() {
    let browser = Browser::open(1280).await;
    fill_welcome_and_vision(&browser).await;
    let mut problems = Vec::new();
    for (fragment, _) in PAGES {
        browser.goto(fragment).await;
        problems.extend(axe_violations(&browser).await.into_iter().map(|v| format!("{fragment}: {v}")));
    }
    // The Data page with a refusal, then with a preview.
    let dir = scratch_dir("axe");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "nope").unwrap();
    browser.find("#import-file").await.send_keys(&bad.to_string_lossy()).await.unwrap();
    browser.wait_for("#import-error").await;
    problems.extend(axe_violations(&browser).await.into_iter().map(|v| format!("refusal: {v}")));
    let good = dir.join("good.json");
    std::fs::write(&good, r#"{"format":"waypoint-workbook","schema_version":1}"#).unwrap();
    browser.find("#import-file").await.send_keys(&good.to_string_lossy()).await.unwrap();
    browser.wait_for("#import-preview").await;
    problems.extend(axe_violations(&browser).await.into_iter().map(|v| format!("preview: {v}")));
    // Inline validation showing.
    browser.goto("#/start").await;
    browser.type_into("#program-weeks", "1").await;
    problems.extend(axe_violations(&browser).await.into_iter().map(|v| format!("invalid weeks: {v}")));
    assert!(problems.is_empty(), "axe-core found:\n{}", problems.join("\n"));
    let _ = std::fs::remove_dir_all(dir);
    browser.finish().await;
}

#[tokio::test]
async fn the_pages_fit_a_phone_without_sideways_scrolling() {
    let browser = Browser::open(360).await;
    assert_eq!(browser.script("return window.innerWidth;").await, serde_json::json!(360));
    fill_welcome_and_vision(&browser).await;
    for (fragment, _) in PAGES {
        browser.goto(fragment).await;
        tokio::time::sleep(Duration::from_millis(50)).await;
        let widths = browser
            .script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
            .await;
        let scroll = widths[0].as_f64().unwrap();
        let client = widths[1].as_f64().unwrap();
        assert!(scroll <= client, "{fragment} scrolls sideways at 360 px: {scroll} > {client}");
    }
    browser.finish().await;
}

#[tokio::test]
async fn dark_mode_on_a_phone_has_no_axe_violations_either() {
    let browser = Browser::open_with(360, true, "/").await;
    assert_eq!(browser.script("return window.innerWidth;").await, serde_json::json!(360));
    let dark = browser.script("return matchMedia('(prefers-color-scheme: dark)').matches;").await;
    assert_eq!(dark, serde_json::json!(true), "the browser reports a dark colour scheme");
    fill_welcome_and_vision(&browser).await;
    let mut problems = Vec::new();
    for (fragment, _) in PAGES {
        browser.goto(fragment).await;
        browser.screenshot(&format!("dark-360-{}", &fragment[2..])).await;
        problems.extend(axe_violations(&browser).await.into_iter().map(|v| format!("{fragment}: {v}")));
    }
    assert!(problems.is_empty(), "axe-core found, in dark mode at 360 px:\n{}", problems.join("\n"));
    browser.finish().await;
}

#[tokio::test]
async fn the_keyboard_reaches_everything_and_navigation_moves_focus() {
    let browser = Browser::open(1280).await;
    // The first Tab lands on the skip link; Enter skips to the content.
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "a:Skip to content");
    browser.press(Key::Enter).await;
    assert_eq!(browser.focused().await, "main");
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.fragment(), None, "the skip link leaves the route in the fragment alone");
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
    browser.find("#rhythm-fortnightly").await.click().await.unwrap();
    browser.press(Key::Up).await;
    assert!(browser.find("#rhythm-weekly").await.is_selected().await.unwrap());
    // A navigation link followed by keyboard moves focus to the new page's heading.
    let link = browser.find("nav a[href='#/exploration']").await;
    browser.client.execute("arguments[0].focus();", vec![serde_json::to_value(&link).unwrap()]).await.unwrap();
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
    browser.finish().await;
}

#[tokio::test]
async fn two_tabs_see_each_others_saves() {
    let browser = Browser::open(1280).await;
    browser.type_into("#profile-name", "Ada").await;
    browser.wait_until_saved().await;
    let first = browser.client.window().await.unwrap();
    let second = browser.client.new_window(true).await.unwrap().handle;
    browser.client.switch_to_window(second.clone()).await.unwrap();
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
    assert!(browser.text_of(".banner-notice").await.contains("another tab"));
    browser.finish().await;
}

#[tokio::test]
async fn a_workbook_from_a_newer_waypoint_is_never_overwritten() {
    let browser = Browser::open(1280).await;
    let newer = r#"{"format":"waypoint-workbook","schema_version":99,"profile":{"name":"From the future"}}"#;
    browser
        .client
        .execute("localStorage.setItem('waypoint.workbook', arguments[0]);", vec![newer.into()])
        .await
        .unwrap();
    browser.client.refresh().await.unwrap();
    let banner = browser.wait_for(".banner-error").await.text().await.unwrap();
    assert!(banner.contains("newer version of Waypoint"), "{banner}");
    assert_eq!(browser.find("#save-state").await.attr("data-state").await.unwrap().as_deref(), Some("failed"));
    browser.type_into("#profile-name", "Present").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    browser.client.goto("about:blank").await.unwrap();
    browser.client.goto(&browser.base).await.unwrap();
    browser.wait_for("main h1").await;
    assert_eq!(browser.stored_workbook().await.as_deref(), Some(newer));
    browser.finish().await;
}

#[tokio::test]
async fn the_app_runs_from_a_sub_path_of_any_static_host() {
    let browser = Browser::open_with(1280, false, "/people/sam/waypoint/").await;
    assert!(browser.heading().await.starts_with("Welcome"));
    browser.type_into("#profile-name", "Sub").await;
    browser.find("nav a[href='#/data']").await.click().await.unwrap();
    browser.eventually("the Data page", || async { (browser.heading().await == "Your data").then_some(()) }).await;
    browser.wait_until_saved().await;
    browser.reload().await;
    assert_eq!(browser.heading().await, "Your data");
    let paths = browser.served_paths();
    assert!(paths.iter().all(|p| p.starts_with("/people/sam/waypoint/")), "{paths:?}");
    assert!(paths.iter().any(|p| p.ends_with(".wasm")), "{paths:?}");
    browser.finish().await;
}
