//! Coaching, end to end: a coach writes a program and makes its link; in a fresh browser (storage
//! cleared) the link opens the Coaching page with what the program adds, the fragment gone from the
//! address; accepted, its card is in the deck, its homework dated in the plan, its questions there
//! to answer, through a reload and an export round trip. Damaged, oversized, newer and cut links are
//! each refused with a message and storage unchanged. A snapshot of the stages a client chose opens,
//! from its file and its link, in the coach's review space, never touching the coach's workbook.
//! (Its accessibility is in accessibility.rs.)

use crate::harness::{scratch_dir, Browser, FULL};

/// Makes the link of the program on the page and returns it.
async fn make_link(browser: &Browser) -> String {
    browser.find("#make-link").await.click().await.unwrap();
    browser
        .eventually("the link", || async {
            browser.exists("#program-link").await.then_some(())
        })
        .await;
    browser.value_of("#program-link").await
}

async fn current_fragment(browser: &Browser) -> String {
    browser
        .client
        .current_url()
        .await
        .unwrap()
        .fragment()
        .unwrap_or_default()
        .to_string()
}

async fn a_program_made_here_opens_from_its_link_and_is_accepted(browser: &Browser) {
    browser.fresh(None).await;
    browser.goto("#/coach").await;
    assert!(browser
        .text_of("#no-program")
        .await
        .starts_with("No program from a coach yet."));
    assert!(
        browser
            .find("#make-link")
            .await
            .attr("disabled")
            .await
            .unwrap()
            .is_some(),
        "nothing to send yet"
    );
    browser.type_into("#program-coach", "Maya Lindqvist").await;
    browser
        .type_into("#program-welcome", "Welcome. One stage at a time.")
        .await;
    browser
        .type_into("#new-program-card", "Slow mornings")
        .await;
    browser
        .type_into(
            "#new-program-card-line",
            "Time to think before the day starts.",
        )
        .await;
    browser
        .find("#new-program-card ~ button, form:has(#new-program-card) button[type=submit]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into("#new-program-question", "Who would enjoy being asked?")
        .await;
    browser
        .find("#new-program-question-stage option[value=networking]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("form:has(#new-program-question) button[type=submit]")
        .await
        .click()
        .await
        .unwrap();
    browser
        .type_into(
            "#new-program-homework",
            "Ask two people how they got into their work",
        )
        .await;
    browser.script("const d = document.querySelector('#new-program-homework-days'); d.value = '14'; d.dispatchEvent(new Event('input', { bubbles: true }));").await;
    browser
        .find("form:has(#new-program-homework) button[type=submit]")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.text_of("#program-questions label").await,
        "Networking"
    );
    assert_eq!(
        browser
            .value_of("#program-homework input[type=number]")
            .await,
        "14"
    );
    // Each item is edited where it stands; a question emptied is refused there and kept as it was.
    let change = |css: &str, text: &str| {
        format!("const e = document.querySelector('{css}'); e.value = '{text}'; e.dispatchEvent(new Event('change', {{ bubbles: true }}));")
    };
    browser
        .script(&change("#program-questions input", "   "))
        .await;
    assert!(browser
        .text_of("#program-questions .field-error")
        .await
        .starts_with("Write the question"));
    browser
        .script(&change(
            "#program-questions input",
            "Who would enjoy being asked about their work?",
        ))
        .await;
    assert_eq!(browser.text_of("#program-questions .field-error").await, "");
    browser
        .script(&change("#program-homework input[type=number]", "400"))
        .await;
    assert!(browser
        .text_of("#program-homework [id$=-days-error]")
        .await
        .contains("from 0 to 365"));
    browser
        .script(&change("#program-homework input[type=number]", "14"))
        .await;

    // The program works on Exploration and Networking only.
    for stage in ["deeper", "applying", "closing"] {
        browser
            .find(&format!("#program-stage-{stage}"))
            .await
            .click()
            .await
            .unwrap();
    }

    // The draft survives a reload; its link is short, and says so.
    browser.wait_until_saved().await;
    browser.reload().await;
    assert_eq!(browser.value_of("#program-coach").await, "Maya Lindqvist");
    let link = make_link(browser).await;
    assert!(link.contains("#/program/1/"), "{link}");
    let chars = link.chars().count();
    assert!(
        chars < 2_000,
        "a typical program fits in about 2 000 characters: {chars}"
    );
    assert_eq!(
        browser.text_of("#program-link-length").await,
        format!("{chars} characters.")
    );
    assert!(browser
        .text_of("#share-warning")
        .await
        .starts_with("Anyone who has the link can read the program"));

    // A fresh browser opens the link: who it is from and exactly what it adds; the address no
    // longer holds the program; "Not now" has the focus.
    browser.fresh(None).await;
    browser.client.goto(&link).await.unwrap();
    let from = browser
        .eventually("the program's preview", || async {
            browser.exists("#incoming-from").await.then_some(())
        })
        .await;
    let () = from;
    assert_eq!(
        browser.text_of("#incoming-from").await,
        "A program from Maya Lindqvist"
    );
    assert_eq!(
        current_fragment(browser).await,
        "/coach",
        "the fragment is taken off the address"
    );
    let adds = browser.text_of("#program-adds").await;
    assert!(
        adds.contains("Value cards to your deck: Slow mornings."),
        "{adds}"
    );
    assert!(
        adds.contains("A step in your plan: “Ask two people how they got into their work”, due"),
        "{adds}"
    );
    assert!(
        adds.contains("1 question to reflect on in Networking."),
        "{adds}"
    );
    assert!(
        adds.contains(
            "A focus on Exploration and Networking: the other stages move under “More stages”"
        ),
        "{adds}"
    );
    browser
        .eventually("focus on Not now", || async {
            (browser.focused().await == "program-decline").then_some(())
        })
        .await;
    let mut problems = browser.axe_violations().await;
    browser.screenshot("coach-link-preview").await;
    assert_eq!(
        browser.stored_workbook().await,
        None,
        "nothing is stored before accepting"
    );
    browser.find("#program-accept").await.click().await.unwrap();
    assert!(browser
        .text_of("#program-outcome")
        .await
        .starts_with("The program from Maya Lindqvist is in your workbook."));

    // Accepted: through a reload, the question is there to answer, the card in the deck, the
    // homework a dated step.
    browser.wait_until_saved().await;
    browser.reload().await;
    assert!(browser
        .text_of("#received-from")
        .await
        .starts_with("A program from Maya Lindqvist, accepted on"));
    assert!(browser
        .text_of("#received-stages")
        .await
        .starts_with("This program works on Exploration and Networking."));
    // The stages it leaves out are tucked away in the menu, one press from view.
    let listed = || async {
        browser.script("return [...document.querySelectorAll('.stage-nav li > a')].filter(a => a.offsetParent).map(a => a.textContent).join(',')").await.as_str().unwrap().to_string()
    };
    assert_eq!(
        listed().await,
        "Start,Exploration,Networking,Plan,Coaching,Data"
    );
    assert_eq!(browser.text_of("#nav-more").await, "More stages (3)");
    browser.find("#nav-more").await.click().await.unwrap();
    assert_eq!(
        listed().await,
        "Start,Exploration,Diving deeper,Networking,Applying,Closing,Plan,Coaching,Data"
    );
    assert_eq!(
        (
            browser.text_of("#nav-more").await.as_str(),
            browser
                .find("#nav-more")
                .await
                .attr("aria-expanded")
                .await
                .unwrap()
                .as_deref()
        ),
        ("Fewer stages", Some("true"))
    );
    browser.find("#nav-more").await.click().await.unwrap();
    assert_eq!(
        listed().await,
        "Start,Exploration,Networking,Plan,Coaching,Data"
    );
    browser
        .type_into(
            "textarea[id^=answer-]",
            "Priya, who changed careers at forty.",
        )
        .await;
    browser.wait_until_saved().await;
    browser.reload().await;
    assert_eq!(
        browser.value_of("textarea[id^=answer-]").await,
        "Priya, who changed careers at forty."
    );
    // The question is in its stage too, with the same answer (one answer, shown in both places).
    browser.goto("#/networking").await;
    browser
        .eventually("the Networking page", || async {
            (browser.heading().await == "Networking").then_some(())
        })
        .await;
    assert_eq!(
        browser.text_of("h2#coach-questions-networking").await,
        "Questions from Maya Lindqvist"
    );
    assert_eq!(
        browser.value_of(".coach-questions textarea").await,
        "Priya, who changed careers at forty."
    );
    assert!(
        !browser.exists("#coach-questions-exploration").await,
        "no questions, no section"
    );
    browser.goto("#/exploration").await;
    browser
        .eventually("the Exploration page", || async {
            (browser.heading().await == "Exploration").then_some(())
        })
        .await;
    assert!(!browser.exists(".coach-questions").await);
    let stored = browser.stored_workbook().await.unwrap();
    assert!(
        stored.contains("\"name\":\"Slow mornings\"")
            || stored.contains("\"name\": \"Slow mornings\""),
        "the card joined the deck"
    );
    // A stage left out opens by its address, and listed while open; written in, it stays listed.
    browser.goto("#/closing").await;
    browser
        .eventually("the Closing page", || async {
            (browser.heading().await == "Closing").then_some(())
        })
        .await;
    assert_eq!(
        listed().await,
        "Start,Exploration,Networking,Closing,Plan,Coaching,Data"
    );
    browser
        .type_into("#celebration-learned", "That asking is allowed.")
        .await;
    browser.wait_until_saved().await;
    browser.goto("#/plan").await;
    assert_eq!(browser.text_of("#nav-more").await, "More stages (2)");
    assert_eq!(
        listed().await,
        "Start,Exploration,Networking,Closing,Plan,Coaching,Data"
    );
    let plan = browser.text_of("main").await;
    assert!(
        plan.contains("Ask two people how they got into their work"),
        "the homework is a step of the plan"
    );
    problems.extend(browser.axe_violations().await);

    // The same link again: nothing new to add, and the answer stays.
    browser.client.goto(&link).await.unwrap();
    browser
        .eventually("the preview again", || async {
            browser.exists("#program-replaces").await.then_some(())
        })
        .await;
    let adds = browser.text_of("#program-adds").await;
    assert!(
        adds.contains("Cards you have already (not added again): Slow mornings."),
        "{adds}"
    );
    assert!(
        adds.contains("Homework already in your plan (not added again)"),
        "{adds}"
    );
    browser.find("#program-accept").await.click().await.unwrap();
    browser.wait_for("#program-outcome").await;
    assert_eq!(
        browser.value_of("textarea[id^=answer-]").await,
        "Priya, who changed careers at forty."
    );

    // In the export and back.
    crate::export_clear_and_import(browser, "Coaching").await;
    browser.goto("#/coach").await;
    assert_eq!(
        browser.value_of("textarea[id^=answer-]").await,
        "Priya, who changed careers at forty."
    );
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
}

async fn oversized_damaged_and_newer_links_are_refused_and_change_nothing(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/coach").await;
    let good = make_link(browser).await;
    let (base, fragment) = good.split_once('#').unwrap();
    let data = fragment.strip_prefix("/program/1/").unwrap();
    let stored = browser.stored_workbook().await;
    let mid = data.len() / 2;
    let swapped = if &data[mid..mid + 1] == "A" { "B" } else { "A" };
    let cases = [
        (format!("#/program/1/{}", "A".repeat(16_100)), "too long"),
        (
            format!("#/program/1/{}", &data[..data.len() - 6]),
            "damaged",
        ),
        (
            format!("#/program/1/{}{swapped}{}", &data[..mid], &data[mid + 1..]),
            "cannot be used|damaged",
        ),
        (format!("#/program/2/{data}"), "newer version of Waypoint"),
        ("#/program/1/%%%".to_string(), "damaged"),
    ];
    for (fragment, expected) in cases {
        browser
            .client
            .goto(&format!("{base}{fragment}"))
            .await
            .unwrap();
        let said = browser
            .eventually("the refusal", || async {
                match browser.exists("#program-refused").await {
                    true => Some(browser.text_of("#program-refused").await),
                    false => None,
                }
            })
            .await;
        assert!(
            expected.split('|').any(|e| said.contains(e)),
            "{fragment:.60}: {said}"
        );
        assert!(said.contains("Nothing was changed."), "{said}");
        assert_eq!(
            current_fragment(browser).await,
            "/coach",
            "the fragment is taken off the address"
        );
        assert_eq!(
            browser.stored_workbook().await,
            stored,
            "storage unchanged by {fragment:.40}"
        );
        browser
            .find("#program-refused-close")
            .await
            .click()
            .await
            .unwrap();
    }
}

/// The day in the browser, as the file names carry it.
async fn today(browser: &Browser) -> String {
    let day = browser.script("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');").await;
    day.as_str().unwrap().to_string()
}

async fn review_stored(browser: &Browser) -> Option<String> {
    browser
        .script("return localStorage.getItem('waypoint-review');")
        .await
        .as_str()
        .map(str::to_string)
}

async fn a_snapshot_shared_opens_in_the_review_space_apart_from_the_coachs_workbook(
    browser: &Browser,
) {
    // The client chooses what to share.
    browser.fresh(Some(FULL)).await;
    browser.goto("#/coach").await;
    browser
        .find("#snapshot-download")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.text_of("#snapshot-none").await,
        "Choose at least one stage to share."
    );
    browser
        .find("#share-exploration")
        .await
        .click()
        .await
        .unwrap();
    browser.find("#share-plan").await.click().await.unwrap();
    assert!(
        !browser.exists("#snapshot-none").await,
        "the message goes once a stage is chosen"
    );
    browser
        .find("#snapshot-download")
        .await
        .click()
        .await
        .unwrap();
    let name = format!("waypoint-snapshot-{}.json", today(browser).await);
    let path = browser.downloads.join(&name);
    let file = browser
        .eventually("the snapshot file", || async {
            std::fs::read_to_string(&path)
                .ok()
                .filter(|t| t.ends_with("}\n"))
        })
        .await;
    assert!(
        file.starts_with("{\"format\":\"waypoint-snapshot\""),
        "{file:.80}"
    );
    assert!(
        file.contains("Email Priya about the open day") && file.contains("Helping something grow"),
        "the plan and Exploration are in it"
    );
    assert!(
        !file.contains("Adult-education teacher") && !file.contains("Maya Lindqvist"),
        "Diving deeper and Coaching are not"
    );
    assert!(browser
        .text_of("#snapshot-downloaded")
        .await
        .contains(&name));
    browser
        .find("#snapshot-make-link")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the snapshot's link", || async {
            browser.exists("#snapshot-link").await.then_some(())
        })
        .await;
    let link = browser.value_of("#snapshot-link").await;
    assert!(link.contains("#/snapshot/1/"), "{link:.80}");
    let mut problems = browser.axe_violations().await;
    // Kept outside the downloads, which a fresh browser empties.
    let dir = scratch_dir("snapshot");
    let path = dir.join(&name);
    std::fs::write(&path, &file).unwrap();

    // The coach, in a browser with a workbook of their own, opens the file in the review space.
    browser.fresh(None).await;
    browser.goto("#/start").await;
    browser.type_into("#profile-name", "Maya").await;
    browser.wait_until_saved().await;
    let own = browser.stored_workbook().await;
    assert!(own.is_some());
    browser.goto("#/review").await;
    assert!(browser
        .text_of("#review-empty")
        .await
        .starts_with("No snapshot is open."));
    browser
        .find("#review-file")
        .await
        .send_keys(&path.to_string_lossy())
        .await
        .unwrap();
    browser.wait_for("#review-title").await;
    assert_eq!(
        browser.text_of("#review-title").await,
        "Sam Okafor’s snapshot"
    );
    let shown = browser.text_of("main").await;
    assert!(shown.contains("Shares Exploration, Plan."), "{shown:.300}");
    assert!(
        shown.contains("Email Priya about the open day")
            && shown.contains("Helping something grow")
    );
    assert!(!shown.contains("Adult-education teacher"));
    assert!(
        !browser
            .exists("main input:not([type=file]), main textarea, main select")
            .await,
        "nothing to edit"
    );
    assert_eq!(
        browser.stored_workbook().await,
        own,
        "the coach's workbook is untouched"
    );
    assert!(review_stored(browser).await.is_some());
    problems.extend(browser.axe_violations().await);
    browser.screenshot("review-space").await;

    // It stays through a reload; closed, it leaves the browser (and can be opened again at once).
    browser.reload().await;
    assert_eq!(
        browser.text_of("#review-title").await,
        "Sam Okafor’s snapshot"
    );
    browser.find("#review-close").await.click().await.unwrap();
    assert!(browser
        .text_of("#review-said")
        .await
        .starts_with("The review is closed"));
    assert_eq!(review_stored(browser).await, None);
    browser.find("#review-reopen").await.click().await.unwrap();
    assert!(review_stored(browser).await.is_some());
    browser.find("#review-close").await.click().await.unwrap();
    browser.reload().await;
    assert!(browser.exists("#review-empty").await);

    // The link opens it too, and leaves the address.
    browser.client.goto(&link).await.unwrap();
    browser
        .eventually("the snapshot from the link", || async {
            browser.exists("#review-title").await.then_some(())
        })
        .await;
    assert_eq!(
        current_fragment(browser).await,
        "/review",
        "the fragment is taken off the address"
    );
    assert_eq!(browser.stored_workbook().await, own);
    // A cut link is refused, and what is open stays.
    let (base, fragment) = link.split_once('#').unwrap();
    browser
        .client
        .goto(&format!("{base}#{}", &fragment[..fragment.len() - 8]))
        .await
        .unwrap();
    browser
        .eventually("the refusal", || async {
            browser.exists("#review-refused").await.then_some(())
        })
        .await;
    let said = browser.text_of("#review-refused").await;
    assert!(
        said.contains("damaged") && said.contains("Nothing was changed."),
        "{said}"
    );
    assert_eq!(
        browser.text_of("#review-title").await,
        "Sam Okafor’s snapshot"
    );

    // Given to the workbook's import by mistake, the file is sent to the review space.
    browser.goto("#/data").await;
    browser
        .find("#import-file")
        .await
        .send_keys(&path.to_string_lossy())
        .await
        .unwrap();
    assert!(browser
        .wait_for("#import-error")
        .await
        .text()
        .await
        .unwrap()
        .contains("Coaching page"));
    assert_eq!(browser.stored_workbook().await, own);
    let _ = std::fs::remove_dir_all(dir);
    assert!(
        problems.is_empty(),
        "axe-core found:\n{}",
        problems.join("\n")
    );
}

cases![
    a_program_made_here_opens_from_its_link_and_is_accepted,
    oversized_damaged_and_newer_links_are_refused_and_change_nothing,
    a_snapshot_shared_opens_in_the_review_space_apart_from_the_coachs_workbook,
];
