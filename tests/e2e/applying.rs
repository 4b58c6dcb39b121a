//! Applying, end to end, from the full workbook: three applications added, moved on the board by
//! mouse drag, by touch drag and by keyboard "Move to…", a move undone, one rejected and its setback
//! written (with the kind word about feeling low for long); the list sorted and filtered; all of it
//! through a reload and an export round trip. At phone width a drag to the screen's edge scrolls the
//! board. Then one application's details in its dialog (an
//! unsafe link kept as text, dates and names that make no sense refused), a material with its
//! checklist and a new version, and an answer practised. (Its accessibility is in accessibility.rs.)

use std::time::Duration;

use fantoccini::actions::{InputSource, PointerAction, TouchActions};
use fantoccini::key::Key;

use crate::harness::{Browser, Look, FULL};

/// The ids of the cards in a board column, top to bottom.
async fn column(browser: &Browser, status: &str) -> Vec<String> {
    let ids = browser
        .script(&format!(
            "return [...document.querySelectorAll('#column-{status} .board-card')].map(e => e.id);"
        ))
        .await;
    ids.as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

async fn lands_in(browser: &Browser, card: &str, status: &str) {
    browser
        .eventually(&format!("{card} to land in {status}"), || async {
            column(browser, status)
                .await
                .iter()
                .any(|c| c == card)
                .then_some(())
        })
        .await;
}

async fn listed(browser: &Browser) -> Vec<String> {
    let ids = browser
        .script("return [...document.querySelectorAll('.application-row')].map(e => e.id);")
        .await;
    ids.as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

async fn add(browser: &Browser, company: &str, role: &str, id: u32) {
    browser.type_into("#new-application", company).await;
    browser.type_into("#new-application-role", role).await;
    browser
        .find("#new-application-role")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    browser.wait_for(&format!("#app-{id}")).await;
}

/// Empties a text field as select-all and delete would (WebDriver's clear fires no `input`).
async fn erase(browser: &Browser, css: &str) {
    browser.script(&format!("const e = document.querySelector('{css}'); e.value = ''; e.dispatchEvent(new Event('input', {{ bubbles: true }}));")).await;
}

async fn applications_move_on_the_board_and_survive_reload_and_export(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/applying").await;
    // Neither a company nor a role: refused, with a message.
    browser
        .find("#new-application")
        .await
        .click()
        .await
        .unwrap();
    browser.press(Key::Enter).await;
    assert!(browser
        .text_of("#new-application-error")
        .await
        .contains("company or the role"));
    add(browser, "Harbour Museum", "Learning officer", 111).await;
    add(browser, "Westside College", "Course designer", 112).await;
    add(browser, "Riverside Library", "Reading mentor", 113).await;
    assert_eq!(
        column(browser, "interested").await,
        ["app-88", "app-111", "app-112", "app-113"]
    );

    // By mouse, from anywhere on the card.
    browser
        .script("document.getElementById('board').scrollIntoView({ block: 'start' });")
        .await;
    browser
        .mouse_drag("#app-111-open", "#column-applied h3")
        .await;
    lands_in(browser, "app-111", "applied").await;
    assert!(browser
        .text_of("#moves-said")
        .await
        .contains("Learning officer at Harbour Museum moved to Applied."));
    // By touch, from the card's handle.
    browser
        .touch_drag("#app-112-handle", "#column-interviewing h3")
        .await;
    lands_in(browser, "app-112", "interviewing").await;
    // By keyboard: the card's "Move to…" menu; the focus follows the card to its column.
    browser
        .script("document.getElementById('app-113-open').focus();")
        .await;
    browser.tab_to("app-113-move").await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the menu to take the focus", || async {
            (browser.focused().await == "app-113-to-applied").then_some(())
        })
        .await;
    browser.press(Key::Tab).await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "app-113-to-offer");
    browser.press(Key::Enter).await;
    lands_in(browser, "app-113", "offer").await;
    browser
        .eventually("the focus to follow the card", || async {
            (browser.focused().await == "app-113-open").then_some(())
        })
        .await;
    // The last move, undone.
    browser.find("#undo-move").await.click().await.unwrap();
    lands_in(browser, "app-113", "interested").await;
    assert!(browser.text_of("#moves-said").await.contains("Undone"));

    // A rejection offers, once, to write about it; a long low gets a kind, plain word.
    browser.find("#app-111-move").await.click().await.unwrap();
    browser
        .find("#app-111-to-rejected")
        .await
        .click()
        .await
        .unwrap();
    lands_in(browser, "app-111", "rejected").await;
    browser.find("#write-setback").await.click().await.unwrap();
    browser
        .eventually("the setback to take the focus", || async {
            (browser.focused().await == "setback-114-what_happened").then_some(())
        })
        .await;
    assert!(
        !browser.exists("#write-setback").await,
        "the offer is taken"
    );
    browser
        .type_into(
            "#setback-114-what_happened",
            "They chose someone with museum experience.",
        )
        .await;
    assert!(browser
        .text_of("#setback-114")
        .await
        .contains("About: Learning officer at Harbour Museum"));
    browser
        .find("#setback-114-mood-low_for_long")
        .await
        .click()
        .await
        .unwrap();
    let care = browser
        .wait_for("#setback-114-care")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        care.contains("coaching is not therapy")
            && care.contains("doctor or a mental-health professional"),
        "{care}"
    );
    browser.screenshot("applying-board").await;

    // Through a reload.
    browser.wait_until_saved().await;
    browser.reload().await;
    browser.wait_for("#board").await;
    assert!(column(browser, "rejected")
        .await
        .contains(&"app-111".to_string()));
    assert!(column(browser, "interviewing")
        .await
        .contains(&"app-112".to_string()));
    assert!(column(browser, "interested")
        .await
        .contains(&"app-113".to_string()));
    assert_eq!(
        browser.value_of("#setback-114-what_happened").await,
        "They chose someone with museum experience."
    );

    // The list: sorted by company, filtered by status and by words.
    browser.find("#view-list").await.click().await.unwrap();
    browser
        .find("#application-sort option[value='company']")
        .await
        .click()
        .await
        .unwrap();
    let by_company = [
        "list-86", "list-88", "list-87", "list-111", "list-85", "list-113", "list-112",
    ];
    browser
        .eventually("the list sorted by company", || async {
            (listed(browser).await == by_company).then_some(())
        })
        .await;
    browser
        .find("#application-status-filter option[value='rejected']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("only the rejected ones", || async {
            (listed(browser).await == ["list-87", "list-111"]).then_some(())
        })
        .await;
    browser
        .find("#application-status-filter option[value='']")
        .await
        .click()
        .await
        .unwrap();
    browser.type_into("#application-search", "college").await;
    browser
        .eventually("the search", || async {
            (listed(browser).await == ["list-85", "list-112"]).then_some(())
        })
        .await;
    assert!(browser
        .text_of("#application-list-count")
        .await
        .contains("2 of 7 applications match"));
    assert!(browser
        .text_of("#status-counts")
        .await
        .contains("7 applications"));

    let line = "Applying: 7 applications, 2 materials, 1 story, 1 answer practised, 1 question of your own and 2 setbacks";
    super::export_clear_and_import(browser, line).await;
    browser.goto("#/applying").await;
    browser.wait_for("#board").await;
    assert_eq!(column(browser, "rejected").await, ["app-87", "app-111"]);
    assert_eq!(
        browser.value_of("#setback-114-what_happened").await,
        "They chose someone with museum experience."
    );
}

async fn an_application_opens_in_a_dialog_and_materials_and_practice_are_kept(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/applying").await;
    browser.find("#app-86-open").await.click().await.unwrap();
    browser.wait_for("#application-86-company").await;
    browser
        .eventually("the dialog to take the focus", || async {
            (browser.focused().await == "application-dialog-title").then_some(())
        })
        .await;
    // A link that is not a web address stays text.
    assert_eq!(
        browser.value_of("#application-86-link").await,
        "javascript:alert(1)"
    );
    assert!(!browser.exists("#application-86-posting").await);
    assert!(browser
        .text_of("#application-dialog")
        .await
        .contains("it is not a web address, so it is not a link"));
    // Applied before it was found: refused, and the date stays.
    browser
        .set_date("#application-86-applied", "2026-11-01")
        .await;
    assert!(browser
        .text_of("#application-86-applied-error")
        .await
        .contains("before the date you found it"));
    // Company and role may not both be emptied.
    erase(browser, "#application-86-role").await;
    erase(browser, "#application-86-company").await;
    assert!(browser
        .text_of("#application-86-company-error")
        .await
        .contains("company or the role"));
    browser
        .type_into("#application-86-company", "Brightpath")
        .await;
    browser
        .set_date("#application-86-next-on", "2026-12-20")
        .await;
    browser.press(Key::Escape).await;
    browser
        .eventually("the dialog to close and give the focus back", || async {
            (browser.focused().await == "app-86-open").then_some(())
        })
        .await;
    assert_eq!(browser.text_of("#app-86-open").await, "Brightpath");

    // A material comes with its kind's checklist; one item ticked, a version added.
    browser.type_into("#new-material", "Portfolio site").await;
    browser
        .find("#new-material-kind option[value='portfolio']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#new-material")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    browser.wait_for("#material-111").await;
    browser
        .find("#material-111 summary")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.value_of("#check-112-text").await,
        "Three to five pieces that fit the roles you want"
    );
    browser.find("#check-112-done").await.click().await.unwrap();
    browser
        .type_into("#material-111-new-version", "v2 museum-focused")
        .await;
    browser.press(Key::Enter).await;
    browser.wait_for("#version-117-label").await;
    assert!(browser
        .text_of("#material-111 summary")
        .await
        .contains("1 of 4 checked"));

    // An answer practised from the bank: the log takes the focus to its rating.
    browser
        .find("#questions-motivation summary")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#bank-9-practise")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the new entry's rating to take the focus", || async {
            (browser.focused().await == "practice-118-rating").then_some(())
        })
        .await;
    browser
        .find("#practice-118-rating option[value='4']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the count beside the question", || async {
            browser
                .text_of("#questions-motivation")
                .await
                .contains("Practised 2×, about 3.5 of 5")
                .then_some(())
        })
        .await;

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.wait_for("#material-111").await;
    browser
        .find("#material-111 summary")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser
            .find("#check-112-done")
            .await
            .prop("checked")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        browser.value_of("#version-117-label").await,
        "v2 museum-focused"
    );
    assert_eq!(browser.value_of("#practice-118-rating").await, "4");
    browser.find("#app-86-open").await.click().await.unwrap();
    assert_eq!(
        browser.value_of("#application-86-applied").await,
        "2026-11-18"
    );
    assert_eq!(
        browser.value_of("#application-86-next-on").await,
        "2026-12-20"
    );
}

/// At phone width the columns stand one under another: a card dragged by its handle to the bottom of
/// the screen scrolls the page, and lands in the column under the finger when it is let go.
async fn at_phone_width_a_drag_scrolls_the_board(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.set_look(Look::PhoneDark).await;
    browser.goto("#/applying").await;
    browser.wait_for("#app-88-handle").await;
    browser.script("const r = document.getElementById('app-88').getBoundingClientRect(); window.scrollBy(0, r.top - 120);").await;
    let at = browser.script("const r = document.getElementById('app-88-handle').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2, window.scrollY, window.innerHeight];").await;
    let at: Vec<f64> = at
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_f64().unwrap())
        .collect();
    let (x, y, scrolled_before, height) = (at[0].round(), at[1].round(), at[2], at[3]);
    let mut down = TouchActions::new("finger".into())
        .then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        })
        .then(PointerAction::Down { button: 0 })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(30)),
            x: 10.0,
            y: 14.0,
        });
    // Held near the bottom edge, moving a little, as a finger does; then up the screen, out of the
    // edge, and let go over whichever column is there by then. (One chain: chromedriver lifts a
    // touch between two.)
    for n in 0..30 {
        down = down.then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(20)),
            x: 180.0,
            y: height - 12.0 + f64::from(n % 2) * 6.0,
        });
    }
    let drag = down
        .then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(30)),
            x: 180.0,
            y: height - 200.0,
        })
        .then(PointerAction::Up { button: 0 });
    browser.client.perform_actions(drag).await.unwrap();
    browser.client.release_actions().await.unwrap();
    let scrolled = browser
        .script("return window.scrollY;")
        .await
        .as_f64()
        .unwrap();
    assert!(
        scrolled > scrolled_before + 100.0,
        "the drag scrolled the page: {scrolled_before} → {scrolled}"
    );
    let said = browser
        .eventually("the move to be announced", || async {
            let said = browser.text_of("#moves-said").await;
            said.contains("moved to").then_some(said)
        })
        .await;
    let column = said
        .split("moved to ")
        .nth(1)
        .unwrap()
        .trim_end_matches(". Undo move")
        .trim_end_matches('.')
        .to_lowercase();
    assert_ne!(column, "interested");
    lands_in(browser, "app-88", &column).await;
    browser.screenshot("applying-board-phone").await;
}

cases![
    applications_move_on_the_board_and_survive_reload_and_export,
    at_phone_width_a_drag_scrolls_the_board,
    an_application_opens_in_a_dialog_and_materials_and_practice_are_kept,
];
