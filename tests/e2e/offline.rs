//! Offline and updates (D7), end to end: after one visit the service worker keeps exactly the files
//! of the build, and with the server gone every page opens from them; a new build is offered, never
//! takes over by itself, saves a waiting edit before it reloads, and leaves storage as it was.

use serde_json::Value;

use crate::harness::{dist_dir, Browser, Look, FULL};
use crate::heading_of;
use waypoint::ui::route::Route;

/// Waits until a service worker controls the page (it has kept every file by then) and returns
/// the names of the caches of the origin.
async fn kept_by_a_worker(browser: &Browser) -> Vec<String> {
    browser
        .eventually("a service worker in charge of the page", || async {
            (browser
                .script("return !!navigator.serviceWorker.controller;")
                .await
                == Value::Bool(true))
            .then_some(())
        })
        .await;
    cache_names(browser).await
}

async fn cache_names(browser: &Browser) -> Vec<String> {
    let names = browser.script("return caches.keys();").await;
    serde_json::from_value(names).unwrap()
}

/// Every key and value of the origin's localStorage, in key order.
async fn storage(browser: &Browser) -> Value {
    browser
        .script(
            "return Object.keys(localStorage).sort().map(key => [key, localStorage.getItem(key)]);",
        )
        .await
}

/// What the server has as the service worker, with its build's name changed: a new build, to the
/// browser, with the same files.
fn next_build(name: &str) -> Vec<u8> {
    let worker = std::fs::read_to_string(dist_dir().join("sw.js")).unwrap();
    assert!(worker.contains("const BUILD = \""), "sw.js names its build");
    worker
        .replacen("const BUILD = \"", &format!("const BUILD = \"{name}-"), 1)
        .into_bytes()
}

async fn update_found(browser: &Browser) {
    // What the browser does by itself on a later visit, or when the page is shown again.
    browser.script("return navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true);").await;
    browser.wait_for("#update-ready").await;
}

/// Waits for the page to be loaded again (the mark set on the old page gone) and the app drawn.
async fn reloaded(browser: &Browser) {
    browser
        .eventually("the page loaded again", || async {
            (browser.script("return window.beforeTheUpdate === undefined && !!document.querySelector('main h1');").await
                == Value::Bool(true))
            .then_some(())
        })
        .await;
}

async fn after_one_visit_every_page_opens_with_the_network_off(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    let caches = kept_by_a_worker(browser).await;
    assert_eq!(caches.len(), 1, "{caches:?}");

    // Exactly the files of this build: every one of dist/ but the worker itself, nothing else.
    let mut built: Vec<String> = walk(&dist_dir())
        .into_iter()
        .filter(|file| file != "sw.js")
        .collect();
    built.sort();
    let kept = browser
        .client
        .execute(
            "return caches.open(arguments[0]).then(c => c.keys()).then(rs => rs.map(r => decodeURI(r.url.slice(location.href.split('#')[0].length))).sort());",
            vec![Value::String(caches[0].clone())],
        )
        .await
        .unwrap();
    let kept: Vec<String> = serde_json::from_value(kept).unwrap();
    assert_eq!(kept, built);
    assert!(
        kept.iter().any(|file| file.starts_with("split_data-")),
        "every part of the app, also those loaded when needed"
    );
    assert!(
        kept.contains(&"manifest.webmanifest".to_string())
            && kept.contains(&"icons/maskable-512.png".to_string())
    );

    // Installable: Chromium reads the manifest whole and finds nothing in the way.
    let (manifest, installing) = browser.app_manifest().await;
    assert_eq!(manifest["errors"], serde_json::json!([]), "{manifest}");
    assert!(
        manifest["data"]
            .as_str()
            .unwrap_or_default()
            .contains("\"purpose\": \"maskable\""),
        "{manifest}"
    );
    assert_eq!(
        installing["installabilityErrors"],
        serde_json::json!([]),
        "{installing}"
    );

    browser.set_offline(true);
    browser.reload().await;
    for route in Route::NAV {
        browser.goto(&route.href()).await;
        browser
            .eventually(&format!("{route:?} with the network off"), || async {
                browser
                    .heading()
                    .await
                    .starts_with(heading_of(route))
                    .then_some(())
            })
            .await;
    }
    // The workbook is there, read from storage as always.
    browser.goto(&Route::Start.href()).await;
    assert!(
        !browser.value_of("#profile-name").await.is_empty(),
        "the workbook is read from storage"
    );
    browser.set_offline(false);
}

async fn a_new_build_is_offered_never_forced_and_keeps_storage(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    let first = kept_by_a_worker(browser).await;
    browser.wait_until_saved().await;
    let stored = storage(browser).await;

    // A new build on the server: offered, and it waits, through a plain reload too.
    browser.replace_file("sw.js", next_build("second"));
    update_found(browser).await;
    let notice = browser.text_of("#update-ready").await;
    assert!(
        notice.contains("A new version of Waypoint is ready"),
        "{notice}"
    );
    for look in [Look::Desktop, Look::PhoneDark, Look::PhoneLight] {
        browser.set_look(look).await;
        let problems = browser.axe_violations().await;
        assert!(problems.is_empty(), "{}: {problems:#?}", look.name());
        let (scroll, client) = browser.widths().await;
        assert!(
            scroll <= client,
            "{}: the page scrolls sideways ({scroll} > {client})",
            look.name()
        );
    }
    browser.set_look(Look::Desktop).await;
    browser.find("#update-later").await.click().await.unwrap();
    assert!(
        !browser.exists("#update-ready").await,
        "“Later” puts the notice away"
    );
    browser.reload().await;
    browser.wait_for("#update-ready").await;
    assert_eq!(
        browser
            .script("return navigator.serviceWorker.getRegistration().then(r => !!r.waiting);")
            .await,
        Value::Bool(true),
        "the new build is still waiting after a reload"
    );
    assert_eq!(
        cache_names(browser).await.len(),
        2,
        "both builds kept while the first is in charge"
    );

    // Reloading to it: the new build in charge, the old one's files gone, storage byte for byte.
    browser
        .script("window.beforeTheUpdate = true; return true;")
        .await;
    browser.find("#update-reload").await.click().await.unwrap();
    reloaded(browser).await;
    let after = kept_by_a_worker(browser).await;
    assert_eq!(after.len(), 1, "{after:?}");
    assert!(after[0].contains(" second-"), "{after:?}");
    assert!(!after.contains(&first[0]));
    assert!(!browser.exists("#update-ready").await);
    assert_eq!(
        storage(browser).await,
        stored,
        "the update changed nothing stored"
    );

    // An edit still waiting to be saved when the person reloads is saved first.
    browser.replace_file("sw.js", next_build("third"));
    update_found(browser).await;
    browser.goto(&Route::Start.href()).await;
    browser.wait_for("#update-ready").await;
    browser.type_into("#profile-name", " (updated)").await;
    browser
        .script("window.beforeTheUpdate = true; return true;")
        .await;
    browser.find("#update-reload").await.click().await.unwrap();
    reloaded(browser).await;
    browser.wait_for("#profile-name").await;
    assert!(
        browser
            .value_of("#profile-name")
            .await
            .ends_with(" (updated)"),
        "the waiting edit was saved before the reload"
    );
    assert!(cache_names(browser).await[0].contains(" third-"));
    browser.serve_every_file();
}

/// Two tabs: a new build found in one is offered in the other too. Its Reload, while a change
/// cannot be saved (storage refusing writes, as a full one does), says so and waits; “Reload anyway”
/// then loads the new build, and what was saved before stays as it was.
async fn an_update_found_in_another_tab_and_a_change_that_cannot_be_saved(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    kept_by_a_worker(browser).await;
    browser.wait_until_saved().await;
    let stored = storage(browser).await;
    let first = browser.client.window().await.unwrap();
    let second = browser.client.new_window(true).await.unwrap().handle;
    browser
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    browser.client.goto(&browser.base).await.unwrap();
    browser.wait_for("main h1").await;
    kept_by_a_worker(browser).await;

    // The second tab finds the new build, and reloads to it.
    browser.replace_file("sw.js", next_build("other-tab"));
    update_found(browser).await;
    browser
        .client
        .switch_to_window(first.clone())
        .await
        .unwrap();
    browser.wait_for("#update-ready").await;
    browser.client.switch_to_window(second).await.unwrap();
    browser
        .script("window.beforeTheUpdate = true; return true;")
        .await;
    browser.find("#update-reload").await.click().await.unwrap();
    reloaded(browser).await;

    // The first tab, still on the old build, with a change storage refuses.
    browser.client.switch_to_window(first).await.unwrap();
    browser.script(
        "Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
         window.beforeTheUpdate = true; return true;",
    ).await;
    browser.type_into("#profile-name", "Not saved").await;
    browser.wait_for("#save-problem").await;
    browser.find("#update-reload").await.click().await.unwrap();
    let said = browser.text_of("#update-unsaved").await;
    assert!(said.contains("could not be saved yet"), "{said}");
    assert_eq!(
        browser
            .script("return window.beforeTheUpdate === true;")
            .await,
        Value::Bool(true),
        "no reload while the change is not saved"
    );
    let problems = browser.axe_violations().await;
    assert!(problems.is_empty(), "{problems:#?}");
    browser
        .find("#update-reload-anyway")
        .await
        .click()
        .await
        .unwrap();
    reloaded(browser).await;
    let caches = kept_by_a_worker(browser).await;
    assert_eq!(caches.len(), 1, "{caches:?}");
    assert!(caches[0].contains(" other-tab-"), "{caches:?}");
    assert!(!browser.exists("#update-ready").await);
    assert_eq!(
        storage(browser).await,
        stored,
        "what was saved stays; the refused change went with the reload, as the person chose"
    );
    browser.serve_every_file();
}

/// The files under `dir`, as paths relative to it with `/` between folders.
fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if path.is_dir() {
            files.extend(walk(&path).into_iter().map(|file| format!("{name}/{file}")));
        } else {
            files.push(name);
        }
    }
    files
}

cases![
    after_one_visit_every_page_opens_with_the_network_off,
    a_new_build_is_offered_never_forced_and_keeps_storage,
    an_update_found_in_another_tab_and_a_change_that_cannot_be_saved,
];
