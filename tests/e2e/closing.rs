//! Closing, end to end. From the full workbook: three offers (staying among them) compared in
//! money, never across currencies, and by scores that re-rank as a score changes; figures that
//! cannot be right refused inline; a negotiation plan written; leaving-well items ticked and dated
//! into plan steps; the celebration; all through a reload and an export round trip, and an offer
//! removed and put back. From an empty workbook: the page's first steps, by keyboard.
//! (Its accessibility is in accessibility.rs.)

use fantoccini::key::Key;

use crate::harness::{Browser, FULL};

async fn ranking(browser: &Browser) -> Vec<String> {
    let lines = browser.script("return [...document.querySelectorAll('#offer-matrix-ranking li')].map(li => li.textContent);").await;
    lines
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect()
}

/// Writes `text` over an amount and leaves the field, as a person moving on does: one `change`
/// (WebDriver's clear would commit an empty field first).
async fn write_figure(browser: &Browser, css: &str, text: &str) {
    browser
        .script(&format!(
            "const e = document.querySelector('{css}'); e.focus(); e.value = '{text}'; e.dispatchEvent(new Event('input', {{ bubbles: true }})); e.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ))
        .await;
}

async fn offers_are_compared_negotiated_and_left_well_through_reload_and_export(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/closing").await;
    browser.wait_for("#offer-100").await;

    // Money is never ranked across currencies, and says why.
    let order = browser.text_of("#money-order").await;
    assert!(order.contains("different currencies (EUR, USD)"), "{order}");
    assert!(browser
        .text_of("#offer-102-worth")
        .await
        .contains("first year 68\u{202f}000 USD · later years 65\u{202f}000 USD"));
    let assumptions = browser.text_of("#offer-102-assumptions").await;
    assert!(
        assumptions.contains("vests evenly over 4 years: 5\u{202f}000 USD a year"),
        "{assumptions}"
    );
    assert!(
        assumptions.contains("signing bonus of 3\u{202f}000 USD counts in the first year only"),
        "{assumptions}"
    );
    // Typing in an offer draws its own fields again, not its list of applications (every
    // application is an option there: redrawn at each key press, it took 20 ms a press at 2 MB).
    let watch = "window.applicationListDrawn = 0; new MutationObserver(changes => window.applicationListDrawn += changes.length)\
                 .observe(document.querySelector('#offer-102-application'), { subtree: true, childList: true, attributes: true, characterData: true }); return true;";
    assert_eq!(browser.script(watch).await, true);
    browser.type_into("#offer-102-currency", "EUR").await;
    browser
        .eventually("money ranked once the currencies agree", || async {
            let order = browser.text_of("#money-order").await;
            order.contains("By first-year money alone: Brightpath Learning, learning designer, then Stay where I am, then Northside").then_some(())
        })
        .await;
    assert_eq!(
        browser.script("return window.applicationListDrawn;").await,
        0,
        "the application list was drawn again"
    );

    // Figures that cannot be right are refused where they are written, and change nothing.
    write_figure(browser, "#offer-101-bonus_percent", "500").await;
    assert!(browser
        .text_of("#offer-101-bonus_percent-error")
        .await
        .contains("from 0 to 200 %"));
    write_figure(browser, "#offer-100-base_pay", "-38000").await;
    assert!(browser
        .text_of("#offer-100-base_pay-error")
        .await
        .contains("cannot be below zero"));
    write_figure(browser, "#offer-102-vesting_months", "0").await;
    assert!(browser
        .text_of("#offer-102-vesting_months-error")
        .await
        .contains("at least a month"));
    browser.screenshot("closing-figures-refused").await;
    browser.wait_until_saved().await;
    let stored: serde_json::Value =
        serde_json::from_str(&browser.stored_workbook().await.unwrap()).unwrap();
    let offers = &stored["closing"]["offers"];
    assert_eq!(
        (
            offers[1]["bonus_percent"].clone(),
            offers[0]["base_pay"].clone(),
            offers[2]["vesting_months"].clone()
        ),
        (5.into(), 38_000.into(), 48.into())
    );

    // A better figure moves the totals and the money order; a start date in the past is said.
    write_figure(browser, "#offer-100-base_pay", "45 000").await;
    assert_eq!(browser.text_of("#offer-100-base_pay-error").await, "");
    browser
        .eventually("the new first year", || async {
            browser
                .text_of("#offer-100-worth")
                .await
                .contains("first year 48\u{202f}000 EUR")
                .then_some(())
        })
        .await;
    assert!(browser.text_of("#money-order").await.contains("Brightpath Learning, learning designer, then Northside Adult College, literacy tutor, then Stay"));
    browser.set_date("#offer-100-start_on", "2020-01-06").await;
    assert!(browser
        .text_of("#offer-100-start-note")
        .await
        .contains("This date has passed"));

    // The scores rank the offers; a changed score re-ranks them at once.
    assert!(
        ranking(browser).await[0].contains("Northside Adult College"),
        "{:?}",
        ranking(browser).await
    );
    for criterion in [94, 95] {
        browser
            .find(&format!("#offer-matrix-cell-{criterion}-100"))
            .await
            .click()
            .await
            .unwrap();
        browser.press('1').await;
    }
    browser
        .eventually("Brightpath to lead", || async {
            ranking(browser).await[0]
                .contains("Brightpath")
                .then_some(())
        })
        .await;

    // A negotiation plan: the numbers that do not hang together are said, and kept.
    assert_eq!(browser.value_of("#negotiation-offer").await, "100");
    write_figure(browser, "#negotiation-100-walk_away", "42000").await;
    assert!(browser
        .text_of("#negotiation-100-walk_away-error")
        .await
        .contains("walk-away point is above your target"));
    browser
        .type_into(
            "#negotiation-100-outcome",
            "They agreed 43 000 and Fridays off.",
        )
        .await;

    // Leaving well: one ticked and dated (its step is done), one dated (its step to do).
    browser
        .find("#leaving-104-done")
        .await
        .click()
        .await
        .unwrap();
    browser.set_date("#leaving-104-on", "2027-01-05").await;
    browser
        .eventually("the letter in the plan", || async {
            browser
                .text_of("#leaving-104-plan")
                .await
                .contains("In your plan, due Tuesday 5 January 2027 (done)")
                .then_some(())
        })
        .await;
    browser.set_date("#leaving-105-on", "2027-01-20").await;
    browser
        .eventually("the notice in the plan", || async {
            browser
                .text_of("#leaving-105-plan")
                .await
                .contains("(to do)")
                .then_some(())
        })
        .await;
    assert!(browser
        .text_of("#leaving-progress")
        .await
        .contains("2 of 7 done"));

    // The celebration reads the journey and keeps the person's words and a day to look back.
    assert!(browser
        .text_of("#journey-numbers")
        .await
        .contains("3 conversations"));
    assert!(browser
        .text_of("#journey")
        .await
        .contains("Adult-education teacher"));
    browser
        .type_into(
            "#celebration-learned",
            "That I like teaching more than managing.",
        )
        .await;
    browser.set_date("#celebration-next", "2027-05-01").await;
    browser.screenshot("closing-celebration").await;

    // The dated items are steps of the plan, and the look back is on its agenda.
    browser.wait_until_saved().await;
    browser.goto("#/plan").await;
    browser.wait_for("#step-111-title").await;
    assert_eq!(
        browser.value_of("#step-111-title").await,
        "The resignation letter"
    );
    assert_eq!(browser.value_of("#step-111-status").await, "done");
    assert_eq!(browser.value_of("#step-112-status").await, "todo");

    let check = || async {
        browser.goto("#/closing").await;
        browser.wait_for("#offer-100").await;
        assert_eq!(browser.value_of("#offer-102-currency").await, "EUR");
        assert_eq!(browser.value_of("#offer-100-base_pay").await, "45000");
        assert_eq!(browser.value_of("#offer-101-bonus_percent").await, "5");
        assert!(ranking(browser).await[0].contains("Brightpath"));
        assert_eq!(
            browser.value_of("#negotiation-100-walk_away").await,
            "42000"
        );
        assert_eq!(
            browser.value_of("#negotiation-100-outcome").await,
            "They agreed 43 000 and Fridays off."
        );
        assert_eq!(
            browser
                .find("#leaving-104-done")
                .await
                .prop("checked")
                .await
                .unwrap()
                .as_deref(),
            Some("true")
        );
        assert_eq!(browser.value_of("#leaving-105-on").await, "2027-01-20");
        assert_eq!(
            browser.value_of("#celebration-learned").await,
            "That I like teaching more than managing."
        );
        assert_eq!(browser.value_of("#celebration-next").await, "2027-05-01");
    };
    browser.reload().await;
    check().await;
    super::export_clear_and_import(
        browser,
        "Closing: 3 offers and 2 of 7 leaving-well items done",
    )
    .await;
    check().await;

    // An offer removed goes with its scores, and comes back with them.
    browser
        .find("#offer-102-remove")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("two offers ranked", || async {
            (ranking(browser).await.len() == 2).then_some(())
        })
        .await;
    browser.find("#undo-button").await.click().await.unwrap();
    browser
        .eventually("Brightpath back in the lead", || async {
            ranking(browser).await[0]
                .contains("Brightpath")
                .then_some(())
        })
        .await;
}

async fn a_first_offer_and_the_checklist_by_keyboard(browser: &Browser) {
    browser.fresh(None).await;
    browser.goto("#/closing").await;
    assert!(browser
        .text_of("#offers-heading ~ .empty-state")
        .await
        .contains("No offers yet"));
    assert!(
        !browser.exists("#negotiation-heading").await,
        "nothing to negotiate yet"
    );
    // A name is needed.
    browser.find("#new-offer").await.click().await.unwrap();
    browser.press(Key::Enter).await;
    assert!(browser
        .text_of("#new-offer-error")
        .await
        .contains("Name the offer"));
    browser.type_into("#new-offer", "Northwind, trainer").await;
    browser.press(Key::Enter).await;
    // A new workbook's ids: the option criteria are 1 to 8; the offer criteria 9 to 15, the offer 16.
    browser.wait_for("#offer-16").await;
    browser.tab_to("add-stay").await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the focus on the new offer", || async {
            (browser.focused().await == "offer-17-name").then_some(())
        })
        .await;
    assert!(!browser.exists("#add-stay").await, "staying is one offer");
    assert_eq!(
        browser
            .script("return document.querySelectorAll('#offer-matrix-grid tbody tr').length;")
            .await,
        7
    );
    browser
        .script("document.getElementById('start-leaving').focus();")
        .await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the focus on the first item", || async {
            (browser.focused().await == "leaving-18-done").then_some(())
        })
        .await;
    browser.press(Key::Space).await;
    browser
        .eventually("the first item ticked", || async {
            browser
                .text_of("#leaving-progress")
                .await
                .contains("1 of 7 done")
                .then_some(())
        })
        .await;
    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/closing").await;
    assert_eq!(browser.value_of("#offer-17-name").await, "Stay where I am");
    assert_eq!(
        browser
            .find("#leaving-18-done")
            .await
            .prop("checked")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
}

cases![
    offers_are_compared_negotiated_and_left_well_through_reload_and_export,
    a_first_offer_and_the_checklist_by_keyboard
];
