//! Networking, end to end: contacts and conversations added by hand, their follow-ups due in the
//! right order, one marked done, all of it through a reload and an export round trip; what a person
//! writes stays text (no markup runs, no unsafe link); drafts filled in for a contact; the ladder and
//! a goal counted from the conversations; removal with undo. (Its accessibility is in accessibility.rs.)

use chrono::{Duration, Local};
use fantoccini::key::Key;

use waypoint::model::deeper::DEFAULT_CRITERIA;

use crate::harness::Browser;

/// Contact ids in a fresh workbook, after the ids the default criteria take.
const PRIYA: u32 = DEFAULT_CRITERIA.len() as u32 + 1;
const TOM: u32 = PRIYA + 1;

fn day(offset: i64) -> String {
    (Local::now().date_naive() + Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

async fn add_contact(browser: &Browser, name: &str) {
    browser.type_into("#new-contact", name).await;
    browser.press(Key::Enter).await;
    browser
        .eventually(&format!("the contact {name} to appear"), || async {
            let names = browser.script("return [...document.querySelectorAll('.contact-card .option-title')].map(e => e.textContent);").await;
            names.as_array().unwrap().iter().any(|t| t == name).then_some(())
        })
        .await;
}

/// Logs a conversation through a contact's form (the card must be open).
async fn log(browser: &Browser, contact: u32, on: &str, notes: &str, follow_up: Option<&str>) {
    let form = format!("#contact-{contact}-log");
    browser.set_date(&format!("{form}-date"), on).await;
    browser.type_into(&format!("{form}-notes"), notes).await;
    browser
        .set_date(&format!("{form}-follow-up"), follow_up.unwrap_or(""))
        .await;
    browser
        .find(&format!("{form}-submit"))
        .await
        .click()
        .await
        .unwrap();
}

async fn due_names(browser: &Browser, list: &str) -> Vec<String> {
    let names = browser.script(&format!("return [...document.querySelectorAll('[aria-labelledby={list}] .due-what strong')].map(e => e.textContent);")).await;
    names
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

async fn contacts_and_conversations_come_due_in_order_and_survive_reload_and_export(
    browser: &Browser,
) {
    browser.goto("#/networking").await;
    assert!(browser
        .text_of(".due .empty-state")
        .await
        .contains("Nothing is due"));
    // A name is needed; a repeated one is pointed out, not refused.
    browser.find("#new-contact").await.click().await.unwrap();
    browser.press(Key::Enter).await;
    assert!(browser.text_of("#new-contact-error").await.contains("name"));
    add_contact(browser, "Priya Shah").await;
    add_contact(browser, "Tom Becker").await;
    add_contact(browser, "Tom Becker").await;
    assert!(browser
        .text_of("#new-contact-note")
        .await
        .contains("already had a contact called “Tom Becker”"));
    let twin = format!("#contact-{}", TOM + 1);
    browser
        .find(&format!("{twin} summary"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .find(&format!("{twin}-remove"))
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#undo-button").await;
    assert!(browser
        .text_of(".undo-box p")
        .await
        .contains("“Tom Becker”"));
    browser
        .find(".undo-box button.quiet")
        .await
        .click()
        .await
        .unwrap();

    let priya = format!("#contact-{PRIYA}");
    browser
        .find(&format!("{priya} summary"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into(&format!("{priya}-organisation"), "Northside Adult College")
        .await;
    browser
        .type_into(&format!("{priya}-profile"), "javascript:alert(1)")
        .await;
    browser
        .type_into(&format!("{priya}-email"), "priya@example.org")
        .await;
    let hrefs = browser.script(&format!("return [...document.querySelectorAll('{priya} .reach-links a')].map(a => a.getAttribute('href'));")).await;
    assert_eq!(
        hrefs,
        serde_json::json!(["mailto:priya@example.org"]),
        "a javascript: address never becomes a link"
    );

    // A follow-up before the conversation is refused inline and nothing is logged.
    log(
        browser,
        PRIYA,
        &day(-10),
        "Coffee after her class. <img src=x onerror=alert(1)>",
        Some(&day(-12)),
    )
    .await;
    assert!(browser
        .text_of(&format!("{priya}-log-error"))
        .await
        .contains("comes after the conversation"));
    assert!(!browser.exists(&format!("{priya} .conversation")).await);
    browser
        .set_date(&format!("{priya}-log-follow-up"), &day(-3))
        .await;
    browser
        .find(&format!("{priya}-log-submit"))
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for(&format!("{priya} .conversation")).await;
    assert_eq!(browser.text_of(&format!("{priya}-log-error")).await, "");

    let tom = format!("#contact-{TOM}");
    browser
        .find(&format!("{tom} summary"))
        .await
        .click()
        .await
        .unwrap();
    log(
        browser,
        TOM,
        &day(-5),
        "A call about design work.",
        Some(&day(2)),
    )
    .await;
    browser.wait_for(&format!("{tom} .conversation")).await;
    log(browser, TOM, &day(-1), "He sent two links.", None).await;
    browser
        .eventually("Tom's second conversation", || async {
            (browser
                .script(&format!(
                    "return document.querySelectorAll('{tom} .conversation').length;"
                ))
                .await
                == 2)
                .then_some(())
        })
        .await;

    // Overdue first, then this week's.
    assert_eq!(due_names(browser, "overdue-heading").await, ["Priya Shah"]);
    assert_eq!(due_names(browser, "week-heading").await, ["Tom Becker"]);
    browser.screenshot("networking-due").await;
    // What was written stays text: no element was made from it.
    assert_eq!(
        browser
            .script("return document.querySelectorAll('img').length;")
            .await,
        0
    );
    assert!(browser
        .value_of(&format!("{priya} .conversation textarea[id$='-notes']"))
        .await
        .contains("<img src=x onerror=alert(1)>"));

    // Done: logs a conversation today and clears the follow-up.
    browser
        .find(&format!("#due-{PRIYA}-done"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("Priya to leave the due list", || async {
            (!browser.exists("[aria-labelledby=overdue-heading]").await).then_some(())
        })
        .await;
    assert!(browser.text_of("#due-said").await.contains("Priya Shah"));
    assert_eq!(
        browser
            .script(&format!(
                "return document.querySelectorAll('{priya} .conversation').length;"
            ))
            .await,
        2
    );

    // Move to…: not before the last conversation (yesterday); then four days on.
    browser
        .find(&format!("#due-{TOM}-move"))
        .await
        .click()
        .await
        .unwrap();
    // The date field takes the focus after the frame that draws it.
    browser
        .eventually("the new date to take the focus", || async {
            (browser.focused().await == format!("due-{TOM}-new-date")).then_some(())
        })
        .await;
    browser
        .set_date(&format!("#due-{TOM}-new-date"), &day(-2))
        .await;
    assert!(browser
        .text_of(&format!("#due-{TOM}-new-date-error"))
        .await
        .contains("comes after the conversation"));
    browser
        .set_date(&format!("#due-{TOM}-new-date"), &day(4))
        .await;
    browser
        .eventually("the follow-up to move", || async {
            browser
                .text_of("#due-said")
                .await
                .contains("moved to")
                .then_some(())
        })
        .await;
    assert_eq!(due_names(browser, "week-heading").await, ["Tom Becker"]);

    browser.wait_until_saved().await;
    browser.reload().await;
    assert_networking_is_all_there(browser).await;

    let (name, text) = super::exported_file(browser).await;
    assert!(text.contains("\"name\": \"Priya Shah\""), "{text}");
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
    assert!(
        preview.contains("Networking: 2 contacts, 4 conversations and 0 goals"),
        "{preview}"
    );
    browser.find("#import-confirm").await.click().await.unwrap();
    browser.wait_for("#import-done").await;
    browser.reload().await;
    assert_networking_is_all_there(browser).await;
}

async fn assert_networking_is_all_there(browser: &Browser) {
    browser.goto("#/networking").await;
    assert_eq!(due_names(browser, "week-heading").await, ["Tom Becker"]);
    assert!(!browser.exists("[aria-labelledby=overdue-heading]").await);
    let priya = format!("#contact-{PRIYA}");
    browser
        .find(&format!("{priya} summary"))
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.value_of(&format!("{priya}-organisation")).await,
        "Northside Adult College"
    );
    assert_eq!(
        browser.value_of(&format!("{priya}-profile")).await,
        "javascript:alert(1)"
    );
    assert_eq!(browser.value_of(&format!("{priya}-follow-up")).await, "");
    assert_eq!(
        browser
            .script(&format!(
                "return document.querySelectorAll('{priya} .conversation').length;"
            ))
            .await,
        2
    );
    assert_eq!(
        browser
            .script("return document.querySelectorAll('img').length;")
            .await,
        0
    );
    let tom = format!("#contact-{TOM}");
    browser
        .find(&format!("{tom} summary"))
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(browser.value_of(&format!("{tom}-follow-up")).await, day(4));
    assert!(
        !browser.exists(&format!("#contact-{}", TOM + 1)).await,
        "the removed twin stayed removed"
    );
}

/// Search and filters narrow the contacts; a draft is filled in for one of them, and copying either
/// works or selects the text with a message; the ladder and a goal count what was done.
async fn drafts_ladder_and_goals_from_the_full_workbook(browser: &Browser) {
    browser.fresh(Some(crate::harness::FULL)).await;
    // A conversation logged as a reality test shows on Diving deeper too, written once.
    browser.goto("#/deeper").await;
    browser
        .find("#option-9 summary")
        .await
        .click()
        .await
        .unwrap();
    let talk = browser
        .wait_for("#option-9 .test-talk")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        talk.starts_with("Logged in Networking: your conversation with Priya Shah"),
        "{talk}"
    );
    browser.goto("#/networking").await;
    browser.type_into("#contact-search", "design").await;
    browser
        .eventually("the search to narrow", || async {
            (browser
                .script("return document.querySelectorAll('.contact-card').length;")
                .await
                == 1)
                .then_some(())
        })
        .await;
    assert!(browser
        .text_of(".contact-card .option-title")
        .await
        .contains("Tom Becker"));
    browser.script("const e = document.querySelector('#contact-search'); e.value = ''; e.dispatchEvent(new Event('input', { bubbles: true }));").await;
    browser
        .find("#contact-warmth-filter option[value='close']")
        .await
        .click()
        .await
        .unwrap();
    browser.eventually("the warmth filter", || async {
        (browser.script("return [...document.querySelectorAll('.contact-card .option-title')].map(e => e.textContent).join();").await == "Grace Mwangi").then_some(())
    }).await;
    browser
        .find("#contact-warmth-filter option[value='']")
        .await
        .click()
        .await
        .unwrap();

    // The first draft, filled in for Priya: her first name, organisation and first linked option.
    browser
        .find("#draft-48-for option[value='42']")
        .await
        .click()
        .await
        .unwrap();
    let filled = browser.value_of("#draft-48-filled").await;
    assert!(filled.starts_with("Hi Priya,"), "{filled}");
    assert!(
        filled.contains("exploring Adult-education teacher")
            && filled.contains("at Northside Adult College"),
        "{filled}"
    );
    // Grace has no organisation: that place is named and left as written.
    browser
        .find("#draft-48-for option[value='44']")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .value_of("#draft-48-filled")
        .await
        .contains("{organisation}"));
    browser.find("#draft-48-copy").await.click().await.unwrap();
    let said = browser
        .eventually("the copy to be answered", || async {
            Some(browser.text_of("#draft-48-said").await).filter(|s| !s.is_empty())
        })
        .await;
    assert!(
        said.starts_with("Copied") || said.contains("press Ctrl+C"),
        "{said}"
    );

    // The ladder: two rungs climbed in the fixture; a third, with its reflection.
    assert_eq!(
        browser
            .text_of("section[aria-labelledby=ladder-heading] .progress")
            .await,
        "2 of 8 rungs climbed."
    );
    browser
        .find("#rung-ask-advice")
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into("#rung-ask-advice-reflection", "Easier than I feared.")
        .await;
    assert_eq!(
        browser
            .text_of("section[aria-labelledby=ladder-heading] .progress")
            .await,
        "3 of 8 rungs climbed."
    );

    // A goal of one call a week: counted from the calls logged this week.
    browser.type_into("#new-goal-count", "1").await;
    browser
        .find("#new-goal-channel option[value='call']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find(".goal-form button[type='submit']")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#goal-111-chart").await;
    assert_eq!(browser.text_of("#goal-111-heading").await, "1 call a week");
    browser
        .find("#contact-44 summary")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#contact-44-log-channel option[value='call']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into("#contact-44-log-notes", "Caught up about training.")
        .await;
    browser
        .find("#contact-44-log-submit")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the goal to count the call", || async {
            browser
                .text_of("#goal-111-progress")
                .await
                .contains("goal met")
                .then_some(())
        })
        .await;
    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/networking").await;
    assert!(browser
        .text_of("#goal-111-progress")
        .await
        .contains("goal met"));
    assert_eq!(
        browser.value_of("#rung-ask-advice-reflection").await,
        "Easier than I feared."
    );
}

/// The stage by keyboard alone, from the page's heading: a contact added, its card opened, a
/// conversation logged, a rung of the ladder ticked with its reflection, and a goal added.
async fn the_stage_works_by_keyboard_alone(browser: &Browser) {
    browser.goto("#/networking").await;
    browser
        .eventually("the heading to take the focus", || async {
            (browser.focused().await.starts_with("h1")).then_some(())
        })
        .await;
    browser.tab_to("new-contact").await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("Priya Shah")
        .await
        .unwrap();
    browser.press(Key::Enter).await;
    browser.wait_for(&format!("#contact-{PRIYA}")).await;
    // The card opens from its summary with Enter.
    for _ in 0..20 {
        if browser
            .script("return document.activeElement.matches('.contact-card > summary');")
            .await
            == true
        {
            break;
        }
        browser.press(Key::Tab).await;
    }
    browser.press(Key::Enter).await;
    browser.tab_to(&format!("contact-{PRIYA}-log-notes")).await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("Talked about her evening classes.")
        .await
        .unwrap();
    browser.tab_to(&format!("contact-{PRIYA}-log-submit")).await;
    browser.press(Key::Enter).await;
    browser
        .wait_for(&format!("#contact-{PRIYA} .conversation"))
        .await;
    // A rung, by Space, and its reflection.
    browser.tab_to("rung-three-people").await;
    browser.press(' ').await;
    browser.tab_to("rung-three-people-reflection").await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("Priya, Grace and Tom.")
        .await
        .unwrap();
    // A goal: the form's defaults (two conversations a week), sent with Enter from its first field.
    browser.tab_to("new-goal-count").await;
    browser.press(Key::Enter).await;
    browser.wait_for(".goal").await;
    assert!(browser
        .text_of(".goal h3")
        .await
        .starts_with("2 conversations a week"));
    browser.wait_until_saved().await;
    let stored = browser.stored_workbook().await.unwrap();
    for written in [
        "Priya Shah",
        "Talked about her evening classes.",
        "Priya, Grace and Tom.",
        "\"period\": \"week\"",
    ] {
        assert!(stored.contains(written), "{written} is saved");
    }
}

cases![
    the_stage_works_by_keyboard_alone,
    contacts_and_conversations_come_due_in_order_and_survive_reload_and_export,
    drafts_ladder_and_goals_from_the_full_workbook,
];
