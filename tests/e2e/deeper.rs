//! Diving deeper, end to end: options scored by keyboard with a live ranking and sensitivity hint,
//! the chart agreeing with the totals, details that survive a reload and an export round trip,
//! and removals undone. (Its accessibility is in accessibility.rs.)

use fantoccini::key::Key;

use waypoint::model::deeper::DEFAULT_CRITERIA;

use crate::harness::Browser;

/// Option ids in a fresh workbook, after the ids the default criteria take.
const NURSE: u32 = DEFAULT_CRITERIA.len() as u32 + 1;
const TEACHER: u32 = NURSE + 1;
const GARDENER: u32 = NURSE + 2;

async fn add_option(browser: &Browser, title: &str) {
    browser.type_into("#new-option", title).await;
    browser.press(Key::Enter).await;
    browser
        .eventually(&format!("the option {title} to appear"), || async {
            let titles = browser.script("return [...document.querySelectorAll('.option-title')].map(e => e.textContent);").await;
            titles.as_array().unwrap().iter().any(|t| t == title).then_some(())
        })
        .await;
}

async fn choose(browser: &Browser, select: &str, value: &str) {
    browser
        .find(&format!("{select} option[value='{value}']"))
        .await
        .click()
        .await
        .unwrap();
}

async fn ranking(browser: &Browser) -> Vec<String> {
    let lines = browser
        .script("return [...document.querySelectorAll('#matrix-ranking li')].map(li => [...li.children].map(c => c.textContent).join(' '));")
        .await;
    lines
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect()
}

/// The three options' scores, row by row over the eight default criteria (columns: Nurse, Teacher,
/// Gardener). At equal weights Nurse and Teacher both total 50 × 3 = 150 of 240 (62.5); Gardener 132.
const SCORES: [[char; 3]; 8] = [
    ['8', '6', '5'],
    ['7', '7', '4'],
    ['6', '8', '3'],
    ['5', '5', '9'],
    ['4', '6', '2'],
    ['9', '5', '6'],
    ['6', '6', '7'],
    ['5', '7', '8'],
];

async fn three_options_scored_by_keyboard(browser: &Browser) {
    browser.goto("#/deeper").await;
    for title in ["Nurse", "Teacher", "Gardener"] {
        add_option(browser, title).await;
    }
    // Keyboard only: Tab into the grid (one cell is the tab stop), then arrows and digits.
    browser.find("#new-option").await.click().await.unwrap();
    browser
        .eventually("Tab to reach the score grid", || async {
            if browser.focused().await.starts_with("matrix-cell-") {
                return Some(());
            }
            browser.press(Key::Tab).await;
            None
        })
        .await;
    assert_eq!(
        browser.focused().await,
        "matrix-cell-1-9",
        "the grid's tab stop is its first cell"
    );
    for (row, scores) in SCORES.iter().enumerate() {
        for (col, score) in scores.iter().enumerate() {
            browser.press(*score).await;
            if col < 2 {
                browser.press(Key::Right).await;
            }
        }
        if row < SCORES.len() - 1 {
            browser.press(Key::Down).await;
            browser.press(Key::Home).await;
        }
    }
    assert_eq!(browser.focused().await, format!("matrix-cell-8-{GARDENER}"));
}

async fn options_scored_by_keyboard_rank_live_and_survive_a_reload(browser: &Browser) {
    three_options_scored_by_keyboard(&browser).await;
    let announced = browser.text_of("#matrix-announce").await;
    assert!(
        announced.contains("Ease of getting in for Gardener: 8 of 10"),
        "{announced}"
    );
    assert!(
        announced.contains("Total for Gardener now 55.0"),
        "{announced}"
    );

    // Equal totals share first place, and the hint says so.
    assert_eq!(
        ranking(&browser).await,
        [
            "1= Nurse 62.5 tied",
            "1= Teacher 62.5 tied",
            "3 Gardener 55.0"
        ]
    );
    assert!(browser
        .text_of("#matrix-sensitivity")
        .await
        .contains("Nurse and Teacher share the lead"));

    // One weight up: Nurse leads alone (158 against 156 of 250), and the hint names the change that
    // would undo that.
    choose(&browser, "#matrix-weight-1", "4").await;
    assert_eq!(
        ranking(&browser).await,
        ["1 Nurse 63.2", "2 Teacher 62.4", "3 Gardener 54.8"]
    );
    let hint = browser.text_of("#matrix-sensitivity").await;
    assert!(
        hint.contains("changing the weight of “Fits my top values” from 4 to 3 would put Teacher level with Nurse"),
        "{hint}"
    );

    // The chart shows the same numbers as the totals row.
    for id in [NURSE, TEACHER, GARDENER] {
        let chart = browser
            .text_of(&format!("#matrix-chart .chart-total[data-thing='{id}']"))
            .await;
        let table = browser
            .text_of(&format!(".total-cell[data-thing='{id}'] .total-value"))
            .await;
        assert_eq!(chart, table, "option {id}");
    }
    assert_eq!(
        browser
            .text_of(&format!(".total-cell[data-thing='{NURSE}'] .total-value"))
            .await,
        "63.2"
    );
    // The chart's description (not drawn, read by screen readers) names the same totals.
    let described = browser
        .script("return document.getElementById('matrix-chart-desc').textContent;")
        .await;
    let described = described.as_str().unwrap_or_default();
    assert!(
        described.contains("Nurse: 63.2; Teacher: 62.4; Gardener: 54.8"),
        "{described}"
    );

    // The gut disagrees with the numbers, and is asked about it gently.
    choose(&browser, &format!("#matrix-gut-{TEACHER}"), "9").await;
    choose(&browser, &format!("#matrix-gut-{NURSE}"), "6").await;
    let question = browser.text_of("#matrix-gut-question").await;
    assert!(
        question.contains("Your gut favours Teacher, while the numbers put Nurse first"),
        "{question}"
    );
    browser.screenshot("deeper-gut").await;
    browser
        .script("document.getElementById('matrix-grid').scrollIntoView();")
        .await;
    browser.screenshot("deeper-grid").await;
    browser
        .script("document.getElementById('matrix-ranking').scrollIntoView();")
        .await;
    browser.screenshot("deeper-ranking-and-chart").await;

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/deeper").await;
    assert_eq!(
        ranking(&browser).await,
        ["1 Nurse 63.2", "2 Teacher 62.4", "3 Gardener 54.8"]
    );
    assert_eq!(
        browser.text_of(&format!("#matrix-cell-3-{TEACHER}")).await,
        "8"
    );
    assert_eq!(
        browser.value_of(&format!("#matrix-gut-{TEACHER}")).await,
        "9"
    );
    assert_eq!(browser.value_of("#matrix-weight-1").await, "4");
}

async fn removals_of_options_and_criteria_can_be_undone(browser: &Browser) {
    three_options_scored_by_keyboard(&browser).await;
    let before = ranking(&browser).await;

    browser
        .find(&format!("#option-{TEACHER} summary"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .find(&format!("#option-{TEACHER}-remove"))
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#undo-button").await;
    assert!(browser
        .text_of(".undo-box")
        .await
        .contains("Removed “Teacher”."));
    assert_eq!(ranking(&browser).await.len(), 2);
    // Focus went to Undo, since the pressed button is gone: Enter brings the option back whole.
    browser
        .eventually("focus on Undo", || async {
            (browser.focused().await == "undo-button").then_some(())
        })
        .await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the option to return", || async {
            (ranking(&browser).await == before).then_some(())
        })
        .await;
    assert!(!browser.exists("#undo-button").await);

    // A criterion goes with its scores, and comes back with them.
    let remove_pay = browser.find("button[aria-label='Remove “Pay”']").await;
    remove_pay.click().await.unwrap();
    browser.wait_for("#undo-button").await;
    assert!(!browser.exists(&format!("#matrix-cell-5-{NURSE}")).await);
    assert_ne!(ranking(&browser).await, before);
    browser.find("#undo-button").await.click().await.unwrap();
    browser
        .eventually("Pay to return", || async {
            (ranking(&browser).await == before).then_some(())
        })
        .await;
    assert_eq!(
        browser.text_of(&format!("#matrix-cell-5-{NURSE}")).await,
        "4"
    );

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/deeper").await;
    assert_eq!(ranking(&browser).await, before);
}

/// Sets a date input's value the way a date picker does, independent of the browser's locale.
async fn an_option_researched_decided_and_planned_survives_reload_and_export(browser: &Browser) {
    browser.goto("#/deeper").await;
    // Inline validation: an empty title is refused with a reason.
    browser.find("#new-option").await.click().await.unwrap();
    browser.press(Key::Enter).await;
    assert!(browser
        .text_of("#new-option-error")
        .await
        .contains("working title"));
    add_option(&browser, "Adult-education teacher").await;
    assert_eq!(browser.text_of("#new-option-error").await, "");

    let option = "#option-9";
    browser
        .find(&format!("{option} summary"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into(
            &format!("{option}-appeal"),
            "Seeing grown-ups get a second chance.",
        )
        .await;
    browser
        .type_into(
            &format!("{option}-sources"),
            "https://example.org/teach\nA talk with Ines",
        )
        .await;
    let link = browser.find(&format!("{option} .source-links a")).await;
    assert_eq!(
        link.attr("href").await.unwrap().as_deref(),
        Some("https://example.org/teach")
    );
    assert_eq!(
        link.attr("rel").await.unwrap().as_deref(),
        Some("noopener noreferrer")
    );
    // A reversed pay range is questioned, not refused.
    browser
        .type_into(&format!("{option}-salary-min"), "45000")
        .await;
    browser.press(Key::Tab).await;
    browser
        .type_into(&format!("{option}-salary-max"), "40000")
        .await;
    browser.press(Key::Tab).await;
    assert!(browser
        .text_of(&format!("{option}-salary-max-error"))
        .await
        .contains("lower end is above"));
    browser
        .type_into(&format!("{option}-salary-currency"), "EUR")
        .await;
    browser
        .type_into(&format!("{option}-new-skill"), "Lesson planning")
        .await;
    browser.press(Key::Enter).await;
    browser.wait_for(&format!("{option} .chip")).await;
    // A reality test, done, with what was learned; and a risk with its mitigation.
    choose(
        &browser,
        &format!("{option}-new-test-kind"),
        "job_shadowing",
    )
    .await;
    browser
        .find(&format!("{option}-add-test"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .find(&format!("{option} [id^='test-'][id$='-done']"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into(
            &format!("{option} [id^='test-'][id$='-learned']"),
            "Marking takes longer than teaching.",
        )
        .await;
    browser
        .find(&format!("{option}-add-risk"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into(
            &format!("{option} [id^='risk-'][id$='-text']"),
            "A pay cut at first",
        )
        .await;
    browser
        .type_into(
            &format!("{option} [id^='risk-'][id$='-mitigation']"),
            "Three months of savings",
        )
        .await;

    browser
        .script("document.querySelector('#option-9 .subsection').scrollIntoView();")
        .await;
    browser.screenshot("deeper-option-open").await;

    // The decision marks the option chosen.
    choose(&browser, "#decision-chosen", "9").await;
    assert_eq!(
        browser.text_of(&format!("{option} summary .tag")).await,
        "Chosen"
    );
    browser
        .type_into("#decision-why", "It uses what I am best at.")
        .await;

    // The skill the option needs is offered as a gap; its deadline is four months off, so it becomes
    // three dated steps.
    browser
        .find(".suggestions .chip-button")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for(".gap").await;
    let deadline = (chrono::Local::now().date_naive() + chrono::Duration::days(120))
        .format("%Y-%m-%d")
        .to_string();
    browser.set_date(".gap [id$='-deadline']", &deadline).await;
    choose(&browser, ".gap [id$='-current']", "2").await;
    browser
        .find(".gap [id$='-make-steps']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .script("document.querySelector('.gap').scrollIntoView();")
        .await;
    browser.screenshot("deeper-gap").await;
    assert!(browser
        .wait_for(".gap .steps-made")
        .await
        .text()
        .await
        .unwrap()
        .contains("3 steps in your plan"));
    // Moving the deadline after the steps were made is pointed out (the steps keep their dates);
    // moving it back quiets the note.
    assert_eq!(browser.text_of(".gap .deadline-fit").await, "");
    let later = (chrono::Local::now().date_naive() + chrono::Duration::days(150))
        .format("%Y-%m-%d")
        .to_string();
    browser.set_date(".gap [id$='-deadline']", &later).await;
    let note = browser.text_of(".gap .deadline-fit").await;
    assert!(
        note.starts_with("Your deadline is now")
            && note.contains("Do their dates still work for you?"),
        "{note}"
    );
    browser
        .script("document.querySelector('.gap .deadline-fit').scrollIntoView({ block: 'center' });")
        .await;
    browser.screenshot("deeper-gap-deadline-moved").await;
    browser.set_date(".gap [id$='-deadline']", &deadline).await;
    assert_eq!(browser.text_of(".gap .deadline-fit").await, "");
    browser
        .find(".gap .steps-made a")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the Plan page", || async {
            (browser.heading().await == "Plan").then_some(())
        })
        .await;
    let steps = browser
        .script("return [...document.querySelectorAll('.step-title input')].map(e => e.value);")
        .await;
    assert_eq!(
        steps,
        serde_json::json!([
            "Find a course in Lesson planning and enrol",
            "Halfway check: how is Lesson planning coming along?",
            "Reach level 3 of 5 in Lesson planning"
        ])
    );
    browser
        .find(".step [id$='-status'] option[value='done']")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(browser.text_of(".progress").await, "1 of 3 steps done.");
    browser.screenshot("plan-steps").await;

    browser.wait_until_saved().await;
    browser.reload().await;
    assert_research_is_all_there(&browser).await;

    // Export, start afresh, import: everything is back.
    let (name, text) = super::exported_file(&browser).await;
    assert!(
        text.contains("\"title\": \"Adult-education teacher\""),
        "{text}"
    );
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
        preview.contains("Diving deeper: 1 career option, 8 criteria and 0 scores"),
        "{preview}"
    );
    assert!(
        preview.contains("Decision: Adult-education teacher"),
        "{preview}"
    );
    assert!(
        preview.contains("1 skill gap")
            && preview.contains("Plan: 3 steps, 0 if–then plans and 0 check-ins"),
        "{preview}"
    );
    browser.find("#import-confirm").await.click().await.unwrap();
    browser.wait_for("#import-done").await;
    browser.reload().await;
    assert_research_is_all_there(&browser).await;
}

async fn assert_research_is_all_there(browser: &Browser) {
    browser.goto("#/deeper").await;
    browser
        .find("#option-9 summary")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.value_of("#option-9-appeal").await,
        "Seeing grown-ups get a second chance."
    );
    assert_eq!(browser.value_of("#option-9-salary-min").await, "45000");
    assert_eq!(browser.value_of("#option-9-salary-currency").await, "EUR");
    assert!(browser
        .text_of("#option-9 .chip")
        .await
        .contains("Lesson planning"));
    assert!(browser
        .find("#option-9 [id^='test-'][id$='-done']")
        .await
        .is_selected()
        .await
        .unwrap());
    assert_eq!(
        browser
            .value_of("#option-9 [id^='risk-'][id$='-mitigation']")
            .await,
        "Three months of savings"
    );
    assert_eq!(browser.value_of("#decision-chosen").await, "9");
    assert_eq!(
        browser.value_of("#decision-why").await,
        "It uses what I am best at."
    );
    assert_eq!(browser.value_of(".gap [id$='-current']").await, "2");
    browser.goto("#/plan").await;
    assert_eq!(browser.text_of(".progress").await, "1 of 3 steps done.");
}

/// An option draws its details when first opened. Archiving keeps an option whole but out of the
/// comparison; the archived list draws its options only while it is open (so 25 archived options cost
/// nothing until looked at), and bringing one back works.
async fn an_archived_option_waits_in_a_closed_list_and_comes_back(browser: &Browser) {
    browser.goto("#/deeper").await;
    for title in ["Nurse", "Teacher"] {
        add_option(browser, title).await;
    }
    let teacher = format!("#option-{TEACHER}");
    assert!(
        !browser.exists(&format!("{teacher}-appeal")).await,
        "a closed option draws its details only when opened"
    );
    browser
        .find(&format!("{teacher} summary"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into(
            &format!("{teacher}-appeal"),
            "Long summers, and the classroom",
        )
        .await;
    browser
        .find(&format!("{teacher}-archive"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the archived list to appear", || async {
            browser.exists(".archived summary").await.then_some(())
        })
        .await;
    assert_eq!(browser.text_of(".archived summary").await, "Archived (1)");
    assert!(
        !browser.exists(&teacher).await,
        "a closed archived list draws none of its options"
    );
    assert_eq!(
        browser
            .script("return document.querySelectorAll('.option-list .option-card').length;")
            .await,
        1
    );
    browser.wait_until_saved().await;
    browser.reload().await;
    browser
        .find(".archived summary")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the archived option to be drawn", || async {
            browser.exists(&teacher).await.then_some(())
        })
        .await;
    browser
        .find(&format!("{teacher} summary"))
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.value_of(&format!("{teacher}-appeal")).await,
        "Long summers, and the classroom"
    );
    browser
        .find(&format!("{teacher}-archive"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the option to come back", || async {
            (browser
                .script("return document.querySelectorAll('.option-list .option-card').length;")
                .await
                == 2)
                .then_some(())
        })
        .await;
    assert!(
        !browser.exists(".archived").await,
        "no archived list when nothing is archived"
    );
}

cases![
    an_archived_option_waits_in_a_closed_list_and_comes_back,
    options_scored_by_keyboard_rank_live_and_survive_a_reload,
    removals_of_options_and_criteria_can_be_undone,
    an_option_researched_decided_and_planned_survives_reload_and_export,
];
