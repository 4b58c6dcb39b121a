//! Data you can trust (D1, D2): two tabs editing at once, the backups list, starting again, and a
//! corrupt saved workbook with a good backup to offer.

use serde_json::Value;

use crate::harness::Browser;

cases![
    two_tabs_editing_at_once_lose_nothing,
    starting_again_and_restoring_go_through_the_backups_list,
    corrupt_storage_offers_the_newest_good_backup,
];

/// Reads the list of backups (a header line, then a line of tab-separated fields for each).
const READ_LIST: &str = "const list = (localStorage.getItem('waypoint.backups') || '').split('\\n').slice(1).filter(Boolean)
     .map(line => { const [key, at_ms, reason, bytes, summary] = line.split('\\t'); return { key, reason, summary }; });";

/// The list of backups as storage holds it.
async fn stored_backups(browser: &Browser) -> Vec<Value> {
    let list = browser.script(&format!("{READ_LIST} return list;")).await;
    list.as_array().cloned().unwrap_or_default()
}

async fn backup_text(browser: &Browser, index: usize) -> String {
    let script = format!("{READ_LIST} return localStorage.getItem(list[{index}].key);");
    browser
        .script(&script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Two tabs on one workbook, the second not yet told of the first's save (its storage events held
/// back, as when both save within the same moment): the second saves its own change and keeps the
/// first's version as a backup, says so, and the first then shows the second's. Restoring that backup
/// in the first tab brings its change back, and keeps the second's as a backup in turn; reloads of
/// both show the same, with both versions in the list.
async fn two_tabs_editing_at_once_lose_nothing(browser: &Browser) {
    browser.type_into("#profile-name", "Ada").await;
    browser.wait_until_saved().await;
    let first = browser.client.window().await.unwrap();
    let second = browser.client.new_window(true).await.unwrap().handle;
    browser
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    browser.goto("#/exploration").await;
    browser.wait_for("#vision-best").await;
    // This tab hears nothing of the other's saves until told otherwise: each storage event names no key.
    browser
        .script(
            "const key = Object.getOwnPropertyDescriptor(StorageEvent.prototype, 'key').get;
             Object.defineProperty(StorageEvent.prototype, 'key', { get() { return window.hearOtherTabs ? key.call(this) : null; } });",
        )
        .await;

    browser
        .client
        .switch_to_window(first.clone())
        .await
        .unwrap();
    browser
        .type_into("#profile-name", "Ada from the first tab")
        .await;
    browser.wait_until_saved().await;

    browser
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    browser
        .type_into("#vision-best", "Written in the second tab")
        .await;
    browser.wait_until_saved().await;
    let notice = browser
        .wait_for(".banner-notice")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        notice.contains("both changed this workbook at the same moment"),
        "{notice}"
    );
    let stored = browser.stored_workbook().await.unwrap();
    assert!(
        stored.contains("Written in the second tab") && stored.contains("\"name\": \"Ada\""),
        "the second tab's version is saved"
    );
    let backups = stored_backups(browser).await;
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(backups[0]["reason"], "other-tab");
    assert!(
        backup_text(browser, 0)
            .await
            .contains("Ada from the first tab"),
        "the first tab's version is kept"
    );
    browser.script("window.hearOtherTabs = true;").await;

    // The first tab, with nothing unsaved, shows the second tab's save.
    browser
        .client
        .switch_to_window(first.clone())
        .await
        .unwrap();
    browser
        .eventually("the first tab to show the second tab's save", || async {
            (browser.value_of("#profile-name").await == "Ada").then_some(())
        })
        .await;
    browser.goto("#/data").await;
    let listed = browser.text_of("#backup-0").await;
    assert!(
        listed.contains("Saved in another tab at the same time")
            && listed.contains("Ada from the first tab"),
        "{listed}"
    );
    browser
        .find("#backup-0 .restore")
        .await
        .click()
        .await
        .unwrap();
    let done = browser
        .wait_for("#backup-result")
        .await
        .text()
        .await
        .unwrap();
    assert!(done.starts_with("Restored the backup from"), "{done}");
    browser
        .eventually("focus on the outcome", || async {
            (browser.focused().await == "backup-result").then_some(())
        })
        .await;
    let listed = browser.text_of("#backup-0").await;
    assert!(
        listed.contains("Before a restore") && listed.contains("Ada ·"),
        "the second tab's version is a backup now: {listed}"
    );

    // The second tab follows; after reloads of both, both show the restored workbook and list both.
    browser
        .client
        .switch_to_window(second.clone())
        .await
        .unwrap();
    browser.reload().await;
    browser.goto("#/start").await;
    assert_eq!(
        browser.value_of("#profile-name").await,
        "Ada from the first tab"
    );
    browser.client.switch_to_window(first).await.unwrap();
    browser.reload().await;
    browser.goto("#/start").await;
    assert_eq!(
        browser.value_of("#profile-name").await,
        "Ada from the first tab"
    );
    let reasons: Vec<Value> = stored_backups(browser)
        .await
        .iter()
        .map(|b| b["reason"].clone())
        .collect();
    assert_eq!(
        reasons,
        vec![Value::from("restore"), Value::from("other-tab")]
    );
    assert!(
        backup_text(browser, 0)
            .await
            .contains("Written in the second tab"),
        "nothing of either tab is lost"
    );
}

/// Starting again keeps the workbook as a backup (asked first, with keeping it the focused answer);
/// the list shows it after a reload, restores it, and downloads any backup as the text it holds.
async fn starting_again_and_restoring_go_through_the_backups_list(browser: &Browser) {
    browser.fresh(Some(crate::harness::FULL)).await;
    browser.goto("#/data").await;
    assert!(browser
        .text_of("#no-backups")
        .await
        .starts_with("No backups yet"));
    browser
        .find("#start-again-button")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("focus on keeping the workbook", || async {
            (browser.focused().await == "start-again-keep").then_some(())
        })
        .await;
    let mut problems = browser.axe_violations().await;
    browser
        .find("#start-again-keep")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.text_of("#start-again-result").await,
        "Nothing was changed."
    );
    assert_eq!(
        browser.stored_workbook().await.as_deref(),
        Some(crate::harness::FULL)
    );

    browser
        .find("#start-again-button")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#start-again-confirm")
        .await
        .click()
        .await
        .unwrap();
    let said = browser.text_of("#start-again-result").await;
    assert!(
        said.starts_with("You have a new, empty workbook.")
            && said.contains("kept as the newest backup"),
        "{said}"
    );
    browser.reload().await;
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "");
    browser.goto("#/data").await;
    let listed = browser.text_of("#backup-0").await;
    assert!(
        listed.contains("Before starting again") && listed.contains("applications"),
        "{listed}"
    );
    problems.extend(browser.axe_violations().await);
    browser.screenshot("backups-list").await;

    browser
        .find("#backup-0 .download")
        .await
        .click()
        .await
        .unwrap();
    let said = browser.text_of("#backup-result").await;
    let name = said
        .split(" as ")
        .nth(1)
        .and_then(|s| s.strip_suffix('.'))
        .unwrap_or_else(|| panic!("{said}"))
        .to_string();
    let path = browser.downloads.join(&name);
    let file = browser
        .eventually("the backup to be downloaded", || async {
            std::fs::read_to_string(&path)
                .ok()
                .filter(|t| t.ends_with('}'))
        })
        .await;
    assert_eq!(
        file,
        backup_text(browser, 0).await,
        "the download is the backup's text"
    );

    // The downloaded backup imports (the empty workbook becomes a backup); a restore after it makes
    // the import's message old news, and it goes.
    browser
        .find("#import-file")
        .await
        .send_keys(&path.to_string_lossy())
        .await
        .unwrap();
    browser.find("#import-confirm").await.click().await.unwrap();
    assert!(browser
        .text_of("#import-done")
        .await
        .starts_with(&format!("Imported {name}.")));
    browser
        .find("#backup-1 .restore")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .text_of("#backup-result")
        .await
        .starts_with("Restored the backup from"));
    browser
        .eventually("the import's message to go", || async {
            (!browser.exists("#import-done").await).then_some(())
        })
        .await;
    browser.reload().await;
    assert_eq!(
        browser
            .stored_workbook()
            .await
            .map(|t| t.contains("\"name\": \"Sam")),
        Some(true)
    );
    let reasons: Vec<Value> = stored_backups(browser)
        .await
        .iter()
        .map(|b| b["reason"].clone())
        .collect();
    assert_eq!(
        reasons,
        vec![
            Value::from("restore"),
            Value::from("import"),
            Value::from("start-again")
        ]
    );
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
}

/// A saved workbook that cannot be read is kept aside, and the newest backup that reads whole (not a
/// newer one that does not) is offered in the notice: one press puts it back, through a reload.
async fn corrupt_storage_offers_the_newest_good_backup(browser: &Browser) {
    browser.type_into("#profile-name", "Kept safe").await;
    browser.wait_until_saved().await;
    browser.goto("#/data").await;
    browser
        .find("#start-again-button")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#start-again-confirm")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#start-again-result").await;
    // A newer backup that cannot be read, then the saved workbook broken.
    browser
        .script(
            "const [header, ...lines] = localStorage.getItem('waypoint.backups').split('\\n');
             const key = 'waypoint.backup.1796292000000';
             localStorage.setItem(key, '{ broken');
             lines.unshift([key, 1796292000000, 'import', 8, 'broken'].join('\\t'));
             localStorage.setItem('waypoint.backups', [header, ...lines].join('\\n'));
             localStorage.setItem('waypoint.workbook', '{\"format\":\"waypoint-workbook\",\"schema_version\":1,\"profile\":');",
        )
        .await;
    browser.reload().await;
    let notice = browser
        .wait_for(".banner-notice")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        notice.contains("The newest backup that reads whole is from")
            && notice.contains("Kept safe"),
        "{notice}"
    );
    let problems = browser.axe_violations().await;
    browser
        .find("#restore-newest-backup")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the notice to go", || async {
            (!browser.exists("#restore-newest-backup").await).then_some(())
        })
        .await;
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "Kept safe");
    browser.reload().await;
    assert_eq!(browser.value_of("#profile-name").await, "Kept safe");
    let kept = browser.script("return Object.keys(localStorage).filter(k => k.startsWith('waypoint.unreadable.')).length;").await;
    assert_eq!(
        kept,
        Value::from(1),
        "the unreadable text is still kept aside"
    );
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
}
