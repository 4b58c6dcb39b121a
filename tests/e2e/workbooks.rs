//! Several workbooks in one browser (D5), end to end: a second workbook made, empty, and opened;
//! each keeps its own words through reloads and switches; the open one's name is always in the
//! header; renamed (a taken name refused), exported, deleted with undo, and removed for good, while
//! the first workbook's saved text never changes.

use crate::harness::{Browser, FULL};

/// The open workbook's name as the header says it (once the app has loaded, after a switch too).
async fn open_name(browser: &Browser) -> String {
    let script =
        "const e = document.querySelector('#workbook-name'); return e ? e.textContent : null;";
    browser
        .eventually("the header's workbook name", || async {
            browser.script(script).await.as_str().map(str::to_string)
        })
        .await
}

async fn wait_for_open(browser: &Browser, name: &str) {
    let expected = format!("Open workbook: {name}");
    browser
        .eventually(&format!("{name} to be open"), || async {
            (open_name(browser).await == expected).then_some(())
        })
        .await;
    browser.wait_for("main h1").await;
}

async fn keys_starting(browser: &Browser, prefix: &str) -> usize {
    let script =
        format!("return Object.keys(localStorage).filter(k => k.startsWith('{prefix}')).length;");
    browser.script(&script).await.as_u64().unwrap() as usize
}

async fn workbooks_are_made_switched_renamed_exported_and_deleted_with_undo(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    wait_for_open(browser, "My workbook").await;
    let first = browser.stored_workbook().await;
    browser.goto("#/data").await;
    let row = browser.text_of("#workbook-waypoint-row").await;
    assert!(
        row.contains("Open here") && row.contains(" KB"),
        "the open one, with the storage it takes: {row}"
    );
    assert!(
        !browser.exists("#workbook-waypoint-delete").await,
        "the open workbook cannot be deleted from here"
    );

    // A name is needed, and one not taken.
    browser
        .find("#new-workbook-create")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .text_of("#new-workbook-error")
        .await
        .starts_with("Give the workbook a name"));
    browser.type_into("#new-workbook", "my workbook").await;
    assert!(browser
        .text_of("#new-workbook-error")
        .await
        .contains("already in this browser"));
    browser.type_into("#new-workbook", "Client Rin").await;
    assert_eq!(browser.text_of("#new-workbook-error").await, "");
    browser
        .find("#new-workbook-create")
        .await
        .click()
        .await
        .unwrap();

    // It opens at once, empty; what is written in it stays in it, through a reload.
    wait_for_open(browser, "Client Rin").await;
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "");
    browser.type_into("#profile-name", "Rin").await;
    browser.wait_until_saved().await;
    browser.reload().await;
    wait_for_open(browser, "Client Rin").await;
    assert_eq!(browser.value_of("#profile-name").await, "Rin");
    assert_eq!(
        browser.stored_workbook().await,
        first,
        "the first workbook is untouched"
    );
    assert!(
        browser
            .script("return document.title")
            .await
            .as_str()
            .unwrap()
            .contains("Client Rin"),
        "the window's title names it"
    );

    // Back to the first.
    browser.goto("#/data").await;
    browser
        .find("#workbook-waypoint-open")
        .await
        .click()
        .await
        .unwrap();
    wait_for_open(browser, "My workbook").await;
    browser.goto("#/start").await;
    assert_eq!(browser.value_of("#profile-name").await, "Sam Okafor");

    // Renamed; a name another has is refused.
    browser.goto("#/data").await;
    browser
        .find("#workbook-waypoint-w2-rename")
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into("#workbook-waypoint-w2-name", "MY WORKBOOK")
        .await;
    browser
        .find("#workbook-waypoint-w2-save")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .text_of("#workbook-waypoint-w2-name-error")
        .await
        .contains("already in this browser"));
    browser
        .type_into("#workbook-waypoint-w2-name", "Rin Takeda")
        .await;
    browser
        .find("#workbook-waypoint-w2-save")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the new name", || async {
            browser
                .text_of("#workbook-waypoint-w2-row")
                .await
                .starts_with("Rin Takeda")
                .then_some(())
        })
        .await;
    browser
        .find("#workbook-waypoint-rename")
        .await
        .click()
        .await
        .unwrap();
    browser.type_into("#workbook-waypoint-name", "Sam").await;
    browser
        .find("#workbook-waypoint-save")
        .await
        .click()
        .await
        .unwrap();
    wait_for_open(browser, "Sam").await;

    // Exported, though not open here.
    browser
        .find("#workbook-waypoint-w2-export")
        .await
        .click()
        .await
        .unwrap();
    let day = browser.script("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');").await;
    let path = browser.downloads.join(format!(
        "waypoint-rin-takeda-{}.json",
        day.as_str().unwrap()
    ));
    let file = browser
        .eventually("the export", || async {
            std::fs::read_to_string(&path)
                .ok()
                .filter(|t| t.ends_with('}'))
        })
        .await;
    assert!(file.contains("\"name\": \"Rin\""), "{file:.300}");
    let mut problems = browser.axe_violations().await;

    // Deleted, with undo; deleted again, it waits whole until removed for good.
    browser
        .find("#workbook-waypoint-w2-delete")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .text_of("#workbooks-said")
        .await
        .starts_with("“Rin Takeda” is deleted"));
    assert!(!browser
        .text_of("#workbook-list")
        .await
        .contains("Rin Takeda"));
    assert!(browser.exists("#workbook-waypoint-w2-restore").await);
    browser.find("#workbooks-undo").await.click().await.unwrap();
    assert!(browser
        .text_of("#workbook-list")
        .await
        .contains("Rin Takeda"));
    browser
        .find("#workbook-waypoint-w2-delete")
        .await
        .click()
        .await
        .unwrap();
    browser.reload().await;
    assert!(
        browser
            .text_of("#workbook-waypoint-w2-row")
            .await
            .contains("Deleted"),
        "still deleted after a reload"
    );
    assert!(
        keys_starting(browser, "waypoint-w2.").await > 0,
        "a deleted workbook is kept whole"
    );
    browser
        .find("#workbook-waypoint-w2-remove")
        .await
        .click()
        .await
        .unwrap();
    problems.extend(browser.axe_violations().await);
    browser.screenshot("workbooks").await;
    browser
        .find("#workbook-waypoint-w2-remove-confirm")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .text_of("#workbooks-said")
        .await
        .contains("was removed from this browser"));
    assert_eq!(keys_starting(browser, "waypoint-w2.").await, 0);
    assert!(!browser.exists("#recently-deleted").await);
    assert_eq!(
        browser.stored_workbook().await,
        first,
        "the first workbook's saved text never changed"
    );
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
}

cases![workbooks_are_made_switched_renamed_exported_and_deleted_with_undo];
