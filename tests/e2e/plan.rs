//! The plan, end to end, from the full workbook: a step added under a goal and moved, its status
//! changed, a large step split (and a split of one line refused), a step linked to a contact, an
//! if–then plan removed and made again from its parked but; all of it through a reload and an
//! export round trip; by keyboard alone too. (Its accessibility is in accessibility.rs.)

use fantoccini::key::Key;

use crate::harness::{Browser, FULL};

/// The words of the steps in the group headed `heading`, in the order shown.
async fn titles(browser: &Browser, heading: &str) -> Vec<String> {
    let titles = browser.script(&format!("return [...document.querySelectorAll('[aria-labelledby={heading}] .step-title input')].map(e => e.value);")).await;
    titles
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

/// The ids of the steps of their own, in the order shown.
async fn own_steps(browser: &Browser) -> Vec<String> {
    let ids = browser.script("return [...document.querySelectorAll('[aria-labelledby=steps-own-heading] .step')].map(e => e.id);").await;
    ids.as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap().to_string())
        .collect()
}

/// Sets a text area's words as typing would.
async fn set_text(browser: &Browser, css: &str, text: &str) {
    browser.wait_for(css).await;
    browser
        .client
        .execute(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![serde_json::json!(css), serde_json::json!(text)],
        )
        .await
        .unwrap();
}

async fn steps_and_if_then_plans_survive_reload_and_export(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/plan").await;
    assert_eq!(
        browser.text_of("#steps-heading + .hint + .progress").await,
        "1 of 7 steps done."
    );
    // A step toward the first goal goes last among its steps; ↑ moves it past one, keeping the focus.
    browser
        .type_into("#new-step-31", "Visit the adult-education centre")
        .await;
    browser.press(Key::Enter).await;
    browser.wait_for("#step-111-title").await;
    let first_goal = [
        "Email Priya about the open day",
        "Ask Tom about his first year",
        "Visit the adult-education centre",
    ];
    assert_eq!(titles(browser, "steps-31-heading").await, first_goal);
    browser.find("#step-111-up").await.click().await.unwrap();
    browser
        .eventually("the step to move up", || async {
            (titles(browser, "steps-31-heading").await[1] == "Visit the adult-education centre")
                .then_some(())
        })
        .await;
    browser
        .eventually("the focus to stay on ↑", || async {
            (browser.focused().await == "step-111-up").then_some(())
        })
        .await;
    browser
        .find("#step-111-status option[value='doing']")
        .await
        .click()
        .await
        .unwrap();

    // What is late says so, kindly; what reads large asks a question.
    assert!(browser
        .text_of("#step-63-note")
        .await
        .starts_with("Planned for 20 Nov 2026. Still right?"));
    assert!(browser
        .text_of("#step-62-note")
        .await
        .starts_with("Could this be smaller?"));
    browser.screenshot("plan-steps-full").await;

    // A split needs two lines or more; then the step becomes the first and the rest follow it.
    browser.find("#step-62-split").await.click().await.unwrap();
    browser
        .eventually("the split form to take the focus", || async {
            (browser.focused().await == "step-62-split-lines").then_some(())
        })
        .await;
    browser
        .find("#step-62-split-save")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .text_of("#step-62-split-lines-error")
        .await
        .contains("two or more"));
    browser.screenshot("plan-split-refused").await;
    set_text(
        browser,
        "#step-62-split-lines",
        "Find three schools near me\n\nWrite to one head teacher\n",
    )
    .await;
    browser
        .find("#step-62-split-save")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the split", || async {
            (titles(browser, "steps-32-heading").await
                == ["Find three schools near me", "Write to one head teacher"])
            .then_some(())
        })
        .await;
    assert!(
        !browser.exists("#step-62-split-lines").await,
        "the form closes"
    );

    // A link to a contact, chosen when the links are opened.
    browser.find("#step-61-links").await.click().await.unwrap();
    browser
        .find("#step-61-contact option[value='44']")
        .await
        .click()
        .await
        .unwrap();

    // An if–then plan removed: its but is offered again and becomes a plan in one action.
    browser
        .find("#if-then-64-remove")
        .await
        .click()
        .await
        .unwrap();
    browser.wait_for("#undo-button").await;
    // Clear of the undo bar at the window's foot, as a person would scroll it.
    browser
        .script("document.querySelector('#but-33-if-then').scrollIntoView({ block: 'center' });")
        .await;
    browser.find("#but-33-if-then").await.click().await.unwrap();
    browser
        .eventually("the new plan's response to take the focus", || async {
            (browser.focused().await == "if-then-113-response").then_some(())
        })
        .await;
    assert_eq!(
        browser.value_of("#if-then-113-obstacle").await,
        "I would earn less at first"
    );
    browser
        .type_into("#if-then-113-response", "look at my savings plan first")
        .await;
    assert!(browser
        .text_of("#if-then-113")
        .await
        .contains("From the but you parked: “But I would earn less at first”"));
    assert!(
        !browser.exists("#but-33-if-then").await,
        "a but makes one plan"
    );
    // Words stay words: the fixture's markup is shown as text, and nothing ran.
    assert!(browser
        .value_of("#if-then-65-response")
        .await
        .contains("<img src=x onerror=alert(1)>"));
    assert_eq!(
        browser
            .script("return document.querySelectorAll('main img').length;")
            .await,
        0
    );

    browser.wait_until_saved().await;
    browser.reload().await;
    assert_plan_is_all_there(browser).await;

    super::export_clear_and_import(browser, "Plan: 9 steps, 2 if–then plans and 2 check-ins").await;
    assert_plan_is_all_there(browser).await;
}

async fn assert_plan_is_all_there(browser: &Browser) {
    browser.goto("#/plan").await;
    browser.wait_for("#step-111-title").await;
    let first_goal = [
        "Email Priya about the open day",
        "Visit the adult-education centre",
        "Ask Tom about his first year",
    ];
    assert_eq!(titles(browser, "steps-31-heading").await, first_goal);
    assert_eq!(
        titles(browser, "steps-32-heading").await,
        ["Find three schools near me", "Write to one head teacher"]
    );
    assert_eq!(browser.value_of("#step-111-status").await, "doing");
    browser.find("#step-61-links").await.click().await.unwrap();
    assert_eq!(browser.value_of("#step-61-contact").await, "44");
    assert_eq!(
        browser.value_of("#if-then-113-response").await,
        "look at my savings plan first"
    );
    assert_eq!(
        browser.text_of("#steps-heading + .hint + .progress").await,
        "1 of 9 steps done."
    );
}

/// A check-in recorded today from the full workbook: refused values say why, progress and ratings
/// are kept, a commitment becomes a step; the chart gains a point; all of it after a reload and an
/// export round trip.
async fn a_check_in_is_recorded_and_its_commitment_becomes_a_step(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/plan").await;
    assert!(
        browser.text_of("#check-in-due").await.contains("heck-in"),
        "the next check-in, or that they are behind"
    );
    let chart = browser.text_of("#ratings-chart-desc").await;
    assert_eq!(
        chart,
        "16 Nov 2026: confidence 5, energy 6; 23 Nov 2026: confidence 6, energy 5"
    );
    browser.find("#add-check-in").await.click().await.unwrap();
    browser
        .eventually("the new check-in to open at its first question", || async {
            (browser.focused().await == "check-in-111-wins").then_some(())
        })
        .await;
    browser
        .type_into("#check-in-111-wins", "Booked the open day")
        .await;
    // A check-in looks back: tomorrow is refused, and the date stays today.
    let tomorrow = (chrono::Local::now().date_naive() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    browser.set_date("#check-in-111-on", &tomorrow).await;
    assert!(browser
        .text_of("#check-in-111-on-error")
        .await
        .contains("cannot be dated after today"));
    assert_eq!(
        browser.value_of("#check-in-111-on").await,
        tomorrow,
        "what was typed stays to be corrected"
    );
    browser.set_date("#check-in-111-on", &today).await;
    assert_eq!(browser.text_of("#check-in-111-on-error").await, "");
    // Progress is a per cent.
    browser.type_into("#check-in-111-goal-31", "150").await;
    browser.press(Key::Tab).await;
    assert!(browser
        .text_of("#check-in-111-goal-31-error")
        .await
        .contains("from 0 to 100"));
    browser.screenshot("plan-check-in-refused").await;
    browser
        .script("document.querySelector('#check-in-111-goal-31').value = '';")
        .await;
    browser.type_into("#check-in-111-goal-31", "45").await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.text_of("#check-in-111-goal-31-error").await, "");
    browser
        .find("#check-in-111-confidence option[value='8']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#check-in-111-energy option[value='7']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the chart to gain a point", || async {
            browser
                .text_of("#ratings-chart-desc")
                .await
                .ends_with("confidence 8, energy 7")
                .then_some(())
        })
        .await;
    // A commitment becomes a step of its own, which says where it came from.
    browser
        .type_into("#check-in-111-commit", "Ask Grace about the course")
        .await;
    browser.press(Key::Enter).await;
    browser.wait_for("#step-112-title").await;
    assert!(titles(browser, "steps-own-heading")
        .await
        .contains(&"Ask Grace about the course".to_string()));
    assert!(browser
        .text_of("#step-112")
        .await
        .contains("Promised at the check-in of"));
    assert_eq!(
        browser.text_of("#check-in-111 .commitments").await,
        "Ask Grace about the course"
    );
    browser.screenshot("plan-check-in").await;

    browser.wait_until_saved().await;
    super::export_clear_and_import(browser, "Plan: 8 steps, 2 if–then plans and 3 check-ins").await;
    browser.goto("#/plan").await;
    browser
        .find("#check-in-111 summary")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.value_of("#check-in-111-wins").await,
        "Booked the open day"
    );
    assert_eq!(browser.value_of("#check-in-111-goal-31").await, "45");
    assert_eq!(browser.value_of("#check-in-111-confidence").await, "8");
    assert!(browser
        .text_of("#check-in-111 summary")
        .await
        .ends_with("confidence 8 · energy 7"));
}

/// The overview at the top of the page: what is overdue from every stage, the next steps, a step
/// done today among the wins, and what each stage's count is made of.
async fn the_overview_shows_what_is_due_next_and_won(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    // The program is under way (started, with steps), so the bare address opens the Plan, not Start.
    browser.goto("").await;
    browser
        .eventually("the Plan as home", || async {
            (browser.heading().await == "Plan").then_some(())
        })
        .await;
    browser.wait_for("#overdue-list").await;
    assert!(browser
        .text_of("#overdue-list")
        .await
        .contains("Step Ask Tom about his first year, 20 Nov 2026"));
    assert!(
        browser
            .text_of("#overdue-list")
            .await
            .contains("Follow-up Follow up with Priya Shah"),
        "follow-ups come from Networking"
    );
    assert!(browser
        .text_of("#next-steps li:first-child")
        .await
        .starts_with("Ask Tom about his first year"));
    browser
        .find("#step-61-status option[value='done']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the step to join the wins", || async {
            browser
                .text_of("#recent-wins")
                .await
                .contains("Done: Email Priya about the open day")
                .then_some(())
        })
        .await;
    assert!(
        !browser.text_of("#next-steps").await.contains("Email Priya"),
        "a done step is no longer next"
    );
    // The link of a next step takes the focus to the step itself.
    browser
        .find("#next-steps li:first-child a")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(browser.focused().await, "step-63-title");
    let plan = browser
        .find(".stage-progress > li:nth-child(6) summary")
        .await;
    assert!(plan.text().await.unwrap().contains("4 of 4"));
    plan.click().await.unwrap();
    assert!(browser
        .text_of(".stage-progress > li:nth-child(6) .checks")
        .await
        .contains("✓ A check-in"));
    assert!(browser
        .text_of(".stage-progress > li:nth-child(4) summary")
        .await
        .contains("Applying"));
    assert!(browser
        .text_of(".stage-progress > li:nth-child(5) summary")
        .await
        .contains("Closing"));
    browser.screenshot("plan-overview").await;
}

/// The number at the start of the calendar section's count ("9 dates in the file.").
async fn dates_in_file(browser: &Browser) -> usize {
    let said = browser.text_of("#calendar-count").await;
    said.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{said}"))
}

/// The calendar file: what goes in is chosen, the count follows, and the file downloaded holds
/// exactly those dates as all-day events with stable UIDs (read back by Python's icalendar when
/// the test command provides it).
async fn the_calendar_file_holds_the_chosen_dates(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/plan").await;
    let all = dates_in_file(browser).await;
    browser
        .find("#calendar-follow-ups")
        .await
        .click()
        .await
        .unwrap();
    let without_follow_ups = browser
        .eventually("the count to follow the choice", || async {
            let n = dates_in_file(browser).await;
            (n < all).then_some(n)
        })
        .await;
    browser
        .find("#calendar-download")
        .await
        .click()
        .await
        .unwrap();
    assert!(browser
        .text_of("#calendar-said")
        .await
        .starts_with("Saved as waypoint-dates-"));
    let name = browser
        .text_of("#calendar-said")
        .await
        .split_whitespace()
        .nth(2)
        .unwrap()
        .trim_end_matches('.')
        .to_string();
    let path = browser.downloads.join(&name);
    let file = browser
        .eventually("the calendar file to be downloaded", || async {
            std::fs::read_to_string(&path)
                .ok()
                .filter(|t| t.ends_with("END:VCALENDAR\r\n"))
        })
        .await;
    assert_eq!(file.matches("BEGIN:VEVENT").count(), without_follow_ups);
    assert!(file.contains("UID:step-61@waypoint.local\r\n") && !file.contains("UID:follow-up-"));
    assert!(file.contains("SUMMARY:Email Priya about the open day\r\n"));
    // An open application's next step is there; a closed one's is not.
    assert!(
        file.contains("UID:application-85@waypoint.local\r\n")
            && file.contains("SUMMARY:Panel interview: bring the sample lesson plan")
    );
    assert!(!file.contains("application-87@"));
    assert!(!file.contains("step-27@"), "a done step is not in the file");
    if let Ok(python) = std::env::var("WAYPOINT_PYTHON") {
        let read = std::process::Command::new(python)
            .args(["-c", "import sys; from icalendar import Calendar; print(len(Calendar.from_ical(open(sys.argv[1], 'rb').read()).walk('VEVENT')))", path.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&read.stdout).trim(),
            without_follow_ups.to_string(),
            "{}",
            String::from_utf8_lossy(&read.stderr)
        );
    }
    // Nothing chosen: nothing to download.
    browser.find("#calendar-steps").await.click().await.unwrap();
    browser
        .find("#calendar-check-ins")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#calendar-applications")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the button to turn off", || async {
            (browser
                .script("return document.querySelector('#calendar-download').disabled;")
                .await
                == true)
                .then_some(())
        })
        .await;
}

/// From an empty workbook, by keyboard alone: a step of its own added, marked doing, split in two;
/// an if–then plan added and written.
async fn the_plan_works_by_keyboard_alone(browser: &Browser) {
    browser.goto("#/plan").await;
    browser
        .eventually("the heading to take the focus", || async {
            (browser.focused().await.starts_with("h1")).then_some(())
        })
        .await;
    browser.tab_to("new-step-own").await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("Sort out my CV and write to three schools")
        .await
        .unwrap();
    browser.press(Key::Enter).await;
    let id = browser
        .eventually("the step to appear", || async {
            browser
                .script("const e = document.querySelector('.step'); return e && e.id;")
                .await
                .as_str()
                .map(str::to_string)
        })
        .await;
    browser.tab_to(&format!("{id}-status")).await;
    browser.press(Key::Down).await;
    browser
        .eventually("the status to change", || async {
            (browser.value_of(&format!("#{id}-status")).await == "doing").then_some(())
        })
        .await;
    browser.tab_to(&format!("{id}-split")).await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the split form to take the focus", || async {
            (browser.focused().await == format!("{id}-split-lines")).then_some(())
        })
        .await;
    // The text area starts with the step's words and a new line, the caret after them.
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("Write to three schools")
        .await
        .unwrap();
    browser.tab_to(&format!("{id}-split-save")).await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the split", || async {
            (titles(browser, "steps-own-heading").await.len() == 2).then_some(())
        })
        .await;
    browser.tab_to("add-if-then").await;
    browser.press(Key::Enter).await;
    let response = browser
        .eventually("the new plan's response to take the focus", || async {
            Some(browser.focused().await).filter(|f| f.ends_with("-response"))
        })
        .await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("text a friend and do ten minutes anyway")
        .await
        .unwrap();
    assert!(response.starts_with("if-then-"));
    browser.wait_until_saved().await;
    let stored = browser.stored_workbook().await.unwrap();
    for written in [
        "\"title\": \"Write to three schools\"",
        "\"status\": \"doing\"",
        "text a friend and do ten minutes anyway",
    ] {
        assert!(stored.contains(written), "{written} is saved: {stored}");
    }
}

cases![
    the_plan_works_by_keyboard_alone,
    steps_and_if_then_plans_survive_reload_and_export,
    a_check_in_is_recorded_and_its_commitment_becomes_a_step,
    the_calendar_file_holds_the_chosen_dates,
    the_overview_shows_what_is_due_next_and_won,
    steps_are_reordered_by_dragging_their_handle,
];

/// A step dragged by its handle, with the mouse and with a finger, takes the place of the step it is
/// let go on, and the move is said; a step let go on another goal's step stays where it was; the
/// order survives a reload.
async fn steps_are_reordered_by_dragging_their_handle(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/plan").await;
    assert_eq!(
        own_steps(browser).await,
        ["step-27", "step-28", "step-29", "step-110"]
    );
    browser.mouse_drag("#step-27-handle", "#step-29").await;
    browser
        .eventually("the step to move down", || async {
            (own_steps(browser).await == ["step-28", "step-29", "step-27", "step-110"])
                .then_some(())
        })
        .await;
    assert_eq!(
        browser.text_of("#steps-own-said").await,
        "Moved “Find a course in Classroom management and enrol” to place 3 of 4."
    );
    browser.touch_drag("#step-110-handle", "#step-28").await;
    browser
        .eventually("the step to move to the top", || async {
            (own_steps(browser).await == ["step-110", "step-28", "step-29", "step-27"])
                .then_some(())
        })
        .await;
    // Let go on a step of a goal: nothing moves, in either group.
    browser.mouse_drag("#step-61-handle", "#step-28").await;
    browser.mouse_drag("#step-29-handle", "#step-63").await;
    browser.wait_until_saved().await;
    browser.reload().await;
    browser.wait_for("#step-110").await;
    assert_eq!(
        own_steps(browser).await,
        ["step-110", "step-28", "step-29", "step-27"]
    );
    assert_eq!(
        titles(browser, "steps-31-heading").await,
        [
            "Email Priya about the open day",
            "Ask Tom about his first year"
        ]
    );
}
