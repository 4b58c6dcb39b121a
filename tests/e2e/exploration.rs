//! Exploration, end to end: a whole values card sort by keyboard only and another by pointer drag
//! (mouse, and touch for one card), the tap menu, undo and a new sort, a top five ranked and
//! reflected on, history compared, and the SMART check. (Its accessibility is in accessibility.rs.)

use std::time::Duration;

use fantoccini::actions::{
    InputSource, KeyAction, KeyActions, MouseActions, PointerAction, MOUSE_BUTTON_LEFT,
};
use fantoccini::key::Key;
use fantoccini::Locator;

use waypoint::model::exploration::values::DECK;

use crate::harness::{Browser, FULL};

/// Cards in the shipped deck.
const CARDS: usize = DECK.len();

async fn progress(browser: &Browser) -> String {
    browser.text_of(".sort-progress label").await
}

async fn current_card(browser: &Browser) -> Option<String> {
    browser
        .find("#current-card")
        .await
        .attr("data-card")
        .await
        .unwrap()
}

async fn pile_cards(browser: &Browser, pile: &str) -> Vec<String> {
    let cards = browser
        .script(&format!(
            "return [...document.querySelectorAll('#pile-{pile} .chip-card')].map(e => e.dataset.card);"
        ))
        .await;
    cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect()
}

/// Presses Tab until `id` has the focus.
async fn tab_to(browser: &Browser, id: &str) {
    tab_until(browser, &format!("#{id}")).await;
}

/// Presses Tab until the focused element matches `css`.
async fn tab_until(browser: &Browser, css: &str) {
    let check = format!("return document.activeElement.matches(\"{css}\");");
    browser
        .eventually(&format!("Tab to reach {css}"), || async {
            if browser.script(&check).await == serde_json::json!(true) {
                return Some(());
            }
            browser.press(Key::Tab).await;
            None
        })
        .await;
}

async fn press_with(browser: &Browser, modifier: Key, key: Key) {
    let (m, k): (char, char) = (modifier.into(), key.into());
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: m })
        .then(KeyAction::Down { value: k })
        .then(KeyAction::Up { value: k })
        .then(KeyAction::Up { value: m });
    browser.client.perform_actions(actions).await.unwrap();
}

/// The pile for the n-th card of a sort: seven "always", then the other piles in turn.
fn pile_digit(n: usize) -> char {
    if n < 7 {
        '1'
    } else {
        ['2', '3', '4', '5'][n % 4]
    }
}

async fn a_whole_card_sort_by_keyboard_only_ranks_a_top_five_and_survives_a_reload(
    browser: &Browser,
) {
    browser.goto("#/exploration").await;
    assert_eq!(progress(&browser).await, format!("0 of {CARDS} sorted"));
    tab_to(&browser, "current-card").await;
    let mut always = Vec::new();
    for n in 0..CARDS {
        let card = current_card(&browser).await.expect("a card to sort");
        if n < 7 {
            always.push(card.clone());
        }
        browser.press(pile_digit(n)).await;
        browser
            .eventually("the next card", || async {
                (current_card(&browser).await != Some(card.clone())).then_some(())
            })
            .await;
        assert_eq!(
            browser.focused().await,
            "current-card",
            "focus stays on the card being sorted"
        );
    }
    assert_eq!(
        progress(&browser).await,
        format!("{CARDS} of {CARDS} sorted")
    );
    assert_eq!(pile_cards(&browser, "always").await, always);
    assert!(browser
        .text_of("#sort-announce")
        .await
        .contains(&format!("{CARDS} of {CARDS} sorted")));

    // A filed card moves with the arrow keys, and back with 0; the announcement says where.
    tab_to(&browser, &format!("card-{}", always[6])).await;
    browser.press(Key::Right).await;
    browser
        .eventually("the card in 'often'", || async {
            pile_cards(&browser, "often")
                .await
                .contains(&always[6])
                .then_some(())
        })
        .await;
    assert_eq!(
        browser.focused().await,
        format!("card-{}", always[6]),
        "focus follows the card"
    );
    browser.press(Key::Left).await;
    browser
        .eventually("the card back in 'always'", || async {
            pile_cards(&browser, "always")
                .await
                .contains(&always[6])
                .then_some(())
        })
        .await;

    // Keep the sort, then choose a top five from the "always" pile, all by keyboard.
    tab_to(&browser, "finish-sort").await;
    browser.press(Key::Enter).await;
    browser.wait_for(".sort-history").await;
    assert!(browser
        .text_of("#last-kept")
        .await
        .starts_with("Kept today."));
    tab_until(&browser, ".candidates .chip-button").await;
    for _ in 0..5 {
        browser.press(Key::Enter).await;
        tokio::time::sleep(Duration::from_millis(60)).await;
    }
    let top = browser
        .script("return [...document.querySelectorAll('.top-name')].map(e => e.textContent);")
        .await;
    assert_eq!(top.as_array().unwrap().len(), 5, "{top}");
    let first_five: Vec<String> = top
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    // Alt+Up moves the fifth to fourth place.
    tab_until(&browser, ".top-list li:nth-child(5) .top-head").await;
    press_with(&browser, Key::Alt, Key::Up).await;
    browser
        .eventually("the fifth to move up", || async {
            let now = browser.text_of(".top-list li:nth-child(4) .top-name").await;
            (now == first_five[4]).then_some(())
        })
        .await;
    assert!(
        browser.focused().await.ends_with("-item"),
        "focus stays on the moved value"
    );
    // A reflection on the first.
    browser
        .type_into(
            ".top-list li:first-child textarea",
            "It is why I get up in the morning.",
        )
        .await;
    browser
        .find(".top-list li:first-child select option[value='4']")
        .await
        .click()
        .await
        .unwrap();
    browser.screenshot("values-keyboard-sorted").await;

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/exploration").await;
    assert_eq!(
        progress(&browser).await,
        format!("{CARDS} of {CARDS} sorted")
    );
    assert_eq!(pile_cards(&browser, "always").await, always);
    assert_eq!(
        browser.text_of(".top-list li:nth-child(4) .top-name").await,
        first_five[4]
    );
    assert_eq!(
        browser.value_of(".top-list li:first-child textarea").await,
        "It is why I get up in the morning."
    );
    assert_eq!(
        browser.value_of(".top-list li:first-child select").await,
        "4"
    );
    let chart = browser
        .script("return document.getElementById('alignment-desc').textContent;")
        .await;
    assert!(
        chart
            .as_str()
            .unwrap()
            .contains(&format!("{}: 4 of 10", first_five[0])),
        "{chart}"
    );
}

async fn a_whole_card_sort_by_pointer_drag_with_tap_menu_undo_and_a_new_sort(browser: &Browser) {
    browser.goto("#/exploration").await;
    browser
        .script("document.querySelector('.stack').scrollIntoView({ block: 'start' });")
        .await;
    let piles = ["always", "often", "sometimes", "seldom", "never"];
    for n in 0..CARDS {
        let card = current_card(&browser).await.expect("a card to sort");
        let pile = piles[(pile_digit(n) as u8 - b'1') as usize];
        browser
            .mouse_drag("#current-card", &format!("#pile-{pile} h3"))
            .await;
        browser
            .eventually(&format!("{card} to land in {pile}"), || async {
                pile_cards(&browser, pile)
                    .await
                    .contains(&card)
                    .then_some(())
            })
            .await;
    }
    assert_eq!(
        progress(&browser).await,
        format!("{CARDS} of {CARDS} sorted")
    );

    // A filed card dragged to another pile, and one dragged back onto the stack.
    let first = pile_cards(&browser, "always").await[0].clone();
    browser
        .mouse_drag(&format!("#card-{first}"), "#pile-never h3")
        .await;
    browser
        .eventually("the drag between piles", || async {
            pile_cards(&browser, "never")
                .await
                .contains(&first)
                .then_some(())
        })
        .await;
    browser
        .mouse_drag(&format!("#card-{first}"), "#current-card")
        .await;
    browser
        .eventually("the card back on the stack", || async {
            (current_card(&browser).await == Some(first.clone())).then_some(())
        })
        .await;
    assert_eq!(
        progress(&browser).await,
        format!("{} of {CARDS} sorted", CARDS - 1)
    );

    // Touch: the same card dragged by a finger.
    browser.touch_drag("#current-card", "#pile-often h3").await;
    browser
        .eventually("the touch drag", || async {
            pile_cards(&browser, "often")
                .await
                .contains(&first)
                .then_some(())
        })
        .await;

    // A tap on a filed card opens its menu; the menu files it.
    browser
        .find(&format!("#card-{first}"))
        .await
        .click()
        .await
        .unwrap();
    let menu = browser
        .wait_for(&format!("#card-{first} + .move-menu"))
        .await;
    assert_eq!(
        browser
            .find(&format!("#card-{first}"))
            .await
            .attr("aria-expanded")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    menu.find(Locator::XPath(".//button[text()='Seldom valued']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .eventually("the tap move", || async {
            pile_cards(&browser, "seldom")
                .await
                .contains(&first)
                .then_some(())
        })
        .await;

    // Undo the last move: back to "often".
    browser.find("#undo-move").await.click().await.unwrap();
    browser
        .eventually("the undo", || async {
            pile_cards(&browser, "often")
                .await
                .contains(&first)
                .then_some(())
        })
        .await;
    browser.screenshot("values-dragged").await;

    // A new sort puts every card back, and the undo bar brings the sort back whole.
    let before: Vec<Vec<String>> = futures_piles(&browser).await;
    browser.find("#resort").await.click().await.unwrap();
    browser
        .eventually("an empty sort", || async {
            (progress(&browser).await == format!("0 of {CARDS} sorted")).then_some(())
        })
        .await;
    browser.find("#undo-button").await.click().await.unwrap();
    browser
        .eventually("the sort back", || async {
            (futures_piles(&browser).await == before).then_some(())
        })
        .await;

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/exploration").await;
    assert_eq!(futures_piles(&browser).await, before);
}

async fn futures_piles(browser: &Browser) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    for pile in ["always", "often", "sometimes", "seldom", "never"] {
        all.push(pile_cards(browser, pile).await);
    }
    all
}

async fn the_smart_check_flags_a_vague_goal_and_clears_when_it_is_fixed(browser: &Browser) {
    browser.goto("#/exploration").await;
    browser.find("#add-goal").await.click().await.unwrap();
    let goal = browser.wait_for("[id^='goal-'][id$='-text']").await;
    let goal_id = goal.attr("id").await.unwrap().unwrap();
    assert_eq!(
        browser.focused().await,
        goal_id,
        "a new goal takes the focus"
    );
    browser
        .type_into(&format!("#{goal_id}"), "Improve my career")
        .await;
    let open = browser.script("return [...document.querySelectorAll('.smart-letter.open')].map(e => e.dataset.letter);").await;
    assert_eq!(open, serde_json::json!(["S", "M", "T"]));
    assert!(browser
        .text_of(".smart-letter[data-letter='S']")
        .await
        .contains("still very short"));
    assert!(browser
        .text_of(".smart-heading")
        .await
        .contains("3 of 5 SMART questions still open"));

    browser
        .type_into(
            &format!("#{goal_id}"),
            "I will hold 3 informational interviews with nurses by the end of March",
        )
        .await;
    browser
        .eventually("every letter answered", || async {
            let open = browser
                .script("return document.querySelectorAll('.smart-letter.open').length;")
                .await;
            (open == serde_json::json!(0)).then_some(())
        })
        .await;
    assert!(browser
        .text_of(".smart-heading")
        .await
        .contains("every SMART question has an answer"));

    // A fourth goal is questioned, gently.
    for text in [
        "I will save 500 a month until June",
        "I will read 2 books on teaching by May 1st",
        "I will run 3 times a week",
    ] {
        browser.find("#add-goal").await.click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        let last = browser
            .script("return [...document.querySelectorAll('[id^=goal-][id$=-text]')].pop().id;")
            .await;
        browser
            .type_into(&format!("#{}", last.as_str().unwrap()), text)
            .await;
    }
    assert!(browser
        .text_of("#goals-too-many")
        .await
        .contains("more than 3 goals"));
    browser.screenshot("goals-smart").await;
    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/exploration").await;
    assert_eq!(
        browser.value_of(&format!("#{goal_id}")).await,
        "I will hold 3 informational interviews with nurses by the end of March"
    );
    assert_eq!(
        browser
            .script("return document.querySelectorAll('.goal').length;")
            .await,
        serde_json::json!(4)
    );
}

async fn buts_are_parked_from_two_pages_without_leaving_them_and_wait_in_exploration(
    browser: &Browser,
) {
    // From Diving deeper, by the header button.
    browser.goto("#/deeper").await;
    browser.type_into("#new-option", "Teacher").await;
    browser.find("#park-but").await.click().await.unwrap();
    browser
        .eventually("the dialog to open", || async {
            (browser
                .script("return document.getElementById('park-dialog').open;")
                .await
                == serde_json::json!(true))
            .then_some(())
        })
        .await;
    browser
        .eventually("focus in the dialog", || async {
            (browser.focused().await == "park-text").then_some(())
        })
        .await;
    // An empty "but" is refused with a reason.
    browser.find("#park-confirm").await.click().await.unwrap();
    assert!(browser
        .text_of("#park-text-error")
        .await
        .contains("in a few words"));
    assert!(
        browser.axe_violations().await.is_empty(),
        "the open dialog passes axe"
    );
    browser
        .type_into("#park-text", "But I would earn less at first")
        .await;
    browser.find("#park-confirm").await.click().await.unwrap();
    assert_eq!(
        browser
            .script("return document.getElementById('park-dialog').open;")
            .await,
        serde_json::json!(false)
    );
    assert!(browser.text_of("#park-said").await.contains("Parked"));
    assert_eq!(
        browser.heading().await,
        "Diving deeper",
        "the page stays where it was"
    );
    assert_eq!(
        browser.value_of("#new-option").await,
        "Teacher",
        "and so does what was being typed"
    );

    // From the start page, by the keyboard shortcut; Escape cancels, Tab and Enter park.
    browser.goto("#/start").await;
    press_with_two(&browser, Key::Alt, Key::Shift, 'B').await;
    browser
        .eventually("focus in the dialog", || async {
            (browser.focused().await == "park-text").then_some(())
        })
        .await;
    browser.press(Key::Escape).await;
    assert_eq!(
        browser
            .script("return document.getElementById('park-dialog').open;")
            .await,
        serde_json::json!(false)
    );
    press_with_two(&browser, Key::Alt, Key::Shift, 'B').await;
    browser
        .eventually("focus in the dialog", || async {
            (browser.focused().await == "park-text").then_some(())
        })
        .await;
    for c in "But I am 52".chars() {
        browser.press(c).await;
    }
    browser.press(Key::Tab).await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the dialog to close", || async {
            (browser
                .script("return document.getElementById('park-dialog').open;")
                .await
                == serde_json::json!(false))
            .then_some(())
        })
        .await;

    browser.goto("#/exploration").await;
    let texts = browser
        .script(
            "return [...document.querySelectorAll('.but textarea.one-line')].map(e => e.value);",
        )
        .await;
    assert_eq!(
        texts,
        serde_json::json!(["But I would earn less at first", "But I am 52"])
    );
    let context = browser.script("return [...document.querySelectorAll('.but .hint')].map(e => e.textContent).join(' | ');").await;
    let context = context.as_str().unwrap();
    assert!(
        context.contains("Parked from Diving deeper") && context.contains("Parked from Start"),
        "{context}"
    );
    browser
        .find(".but input[type='checkbox']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("one of two open", || async {
            browser
                .text_of(".buts .progress")
                .await
                .contains("2 “buts” parked, 1 still open")
                .then_some(())
        })
        .await;

    // A risk in Diving deeper takes up the first "but".
    browser.goto("#/deeper").await;
    browser.type_into("#new-option", "Teacher").await;
    browser.press(Key::Enter).await;
    let option = browser
        .wait_for(".option-card")
        .await
        .attr("id")
        .await
        .unwrap()
        .unwrap();
    browser
        .find(&format!("#{option} summary"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .find(&format!("#{option}-add-risk"))
        .await
        .click()
        .await
        .unwrap();
    let select = browser
        .wait_for(&format!("#{option} [id^='risk-'][id$='-but']"))
        .await;
    let select_id = select.attr("id").await.unwrap().unwrap();
    let first_but = browser
        .find(&format!("#{select_id} option:nth-child(2)"))
        .await;
    first_but.click().await.unwrap();

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/exploration").await;
    assert!(browser
        .find(".but input[type='checkbox']")
        .await
        .is_selected()
        .await
        .unwrap());
    browser.goto("#/deeper").await;
    browser
        .find(&format!("#{option} summary"))
        .await
        .click()
        .await
        .unwrap();
    assert_ne!(
        browser.value_of(&format!("#{select_id}")).await,
        "",
        "the risk still names its “but”"
    );
}

async fn press_with_two(browser: &Browser, a: Key, b: Key, key: char) {
    let (a, b): (char, char) = (a.into(), b.into());
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: a })
        .then(KeyAction::Down { value: b })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up { value: b })
        .then(KeyAction::Up { value: a });
    browser.client.perform_actions(actions).await.unwrap();
}

async fn the_sections_about_you_fill_in_show_their_progress_and_survive_a_reload(
    browser: &Browser,
) {
    browser.goto("#/exploration").await;
    assert_eq!(
        browser.text_of("#exploration-progress").await,
        "0 of 9 sections done."
    );

    // E1: facts, a past role, and a feeling turned into reasons.
    browser
        .type_into("#situation-role", "Training coordinator")
        .await;
    browser
        .type_into("#situation-likes", "Teaching new staff")
        .await;
    browser
        .type_into("#situation-dislikes", "The rota chaos")
        .await;
    browser.find("#add-past-role").await.click().await.unwrap();
    browser
        .type_into("[id^='past-'][id$='-title']", "Ward nurse")
        .await;
    browser.find("#add-feeling").await.click().await.unwrap();
    browser
        .type_into(
            "[id^='feeling-'][id$='-feeling']",
            "I dread Monday meetings",
        )
        .await;
    browser
        .type_into(
            "[id^='feeling-'][id$='-reasons']",
            "Decisions I have no say in",
        )
        .await;

    // E5: a strength with evidence.
    browser.find("#add-strength").await.click().await.unwrap();
    browser
        .type_into("[id^='strength-'][id$='-name']", "Explaining things")
        .await;
    browser
        .type_into(
            "[id^='strength-'][id$='-evidence']",
            "The induction new staff liked best",
        )
        .await;

    // E6: every item answered gives a code and a chart.
    for item in waypoint::model::exploration::interests::ITEMS.iter() {
        let n = match item.theme.letter() {
            'S' => 5,
            'A' => 4,
            'I' => 3,
            _ => 1,
        };
        browser
            .script(&format!(
                "document.getElementById('interest-{}-{n}').click();",
                item.key
            ))
            .await;
    }
    browser
        .eventually("the code", || async {
            browser
                .text_of("#interest-result .code")
                .await
                .contains("Your three strongest themes: SAI.")
                .then_some(())
        })
        .await;
    let themes = browser
        .script("return document.getElementById('themes-desc').textContent;")
        .await;
    assert!(
        themes
            .as_str()
            .unwrap()
            .contains("Helping (social): 25 of 25"),
        "{themes}"
    );

    // E6's free list: add two in the person's words, a repeat is refused, a removal comes back with undo.
    let topics = || async {
        browser
            .script(
                "return [...document.querySelectorAll('.topic > span')].map(e => e.textContent);",
            )
            .await
    };
    assert!(browser
        .text_of("#topics-empty")
        .await
        .starts_with("Nothing listed yet."));
    for topic in ["Old maps", "Beekeeping"] {
        browser.type_into("#new-topic", topic).await;
        browser.press(Key::Enter).await;
    }
    browser
        .eventually("two interests", || async {
            (topics().await == serde_json::json!(["Old maps", "Beekeeping"])).then_some(())
        })
        .await;
    assert!(!browser.exists("#topics-empty").await);
    browser.type_into("#new-topic", "old maps").await;
    browser.press(Key::Enter).await;
    assert_eq!(
        browser.text_of("#new-topic-error").await,
        "That one is on your list already."
    );
    assert_eq!(
        browser.value_of("#new-topic").await,
        "old maps",
        "a refused entry stays to be fixed"
    );
    browser
        .find("[aria-label='Remove “Old maps” from your interests']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the removal", || async {
            (topics().await == serde_json::json!(["Beekeeping"])).then_some(())
        })
        .await;
    browser
        .eventually("focus on Undo", || async {
            (browser.focused().await == "undo-button").then_some(())
        })
        .await;
    browser.press(Key::Enter).await;
    browser
        .eventually("the undo", || async {
            (topics().await == serde_json::json!(["Old maps", "Beekeeping"])).then_some(())
        })
        .await;
    browser
        .type_into("#interests-thread", "Slow, patient discovery")
        .await;
    browser
        .script("document.getElementById('own-words').scrollIntoView();")
        .await;
    browser.screenshot("interests-own-words").await;

    // E7: two skills land in their quadrants; a map point is reachable by keyboard.
    browser.type_into("#new-skill", "Rota planning").await;
    browser.press(Key::Enter).await;
    let rota = browser
        .wait_for(".skill-row")
        .await
        .attr("id")
        .await
        .unwrap()
        .unwrap();
    browser
        .find(&format!("#{rota}-proficiency option[value='4']"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .find(&format!("#{rota}-enjoyment option[value='1']"))
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.text_of(&format!("#{rota} .tag")).await,
        "Burnout risk"
    );
    browser.type_into("#new-skill", "Python").await;
    browser.press(Key::Enter).await;
    browser
        .eventually("two skills", || async {
            (browser
                .script("return document.querySelectorAll('.skill-row').length;")
                .await
                == serde_json::json!(2))
            .then_some(())
        })
        .await;
    tab_until(&browser, ".skill-point").await;
    let point = browser
        .script("return document.activeElement.getAttribute('aria-label');")
        .await;
    assert!(
        point
            .as_str()
            .unwrap()
            .starts_with("Rota planning: proficiency 4 of 5, enjoyment 1 of 5, burnout risk"),
        "{point}"
    );
    browser.press(Key::Enter).await;
    assert_eq!(
        browser.focused().await,
        rota,
        "Enter on a point goes to its skill"
    );
    browser
        .script("document.getElementById('skills').scrollIntoView();")
        .await;
    browser.screenshot("skill-map").await;
    browser
        .script("document.getElementById('interest-result').scrollIntoView();")
        .await;
    browser.screenshot("interests-result").await;

    // E8 and E9: flow, and readiness reflected back as questions.
    browser
        .type_into("#flow-moments", "Running a workshop")
        .await;
    browser
        .type_into("#flow-energisers", "A learner's aha")
        .await;
    browser.type_into("#flow-drainers", "Paperwork").await;
    browser.find("#source-hours").await.click().await.unwrap();
    browser.type_into("#readiness-costs", "two thousand").await;
    browser.press(Key::Tab).await;
    assert!(browser
        .text_of("#readiness-costs-error")
        .await
        .contains("whole amount"));
    browser.type_into("#readiness-savings", "12,000").await;
    browser.type_into("#readiness-costs", "2000").await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.text_of("#readiness-costs-error").await, "");
    assert_eq!(
        browser.text_of("#readiness-runway").await,
        "Runway: about 6 months."
    );
    browser
        .find("#readiness-uncertainty option[value='3']")
        .await
        .click()
        .await
        .unwrap();
    let reflections = browser.text_of("#readiness-reflections").await;
    assert!(
        reflections.contains("rather than the work itself") && reflections.contains("safer"),
        "{reflections}"
    );

    browser
        .eventually("four sections done", || async {
            (browser.text_of("#exploration-progress").await == "4 of 9 sections done.")
                .then_some(())
        })
        .await;
    browser.screenshot("exploration-sections").await;

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/exploration").await;
    assert_eq!(
        browser.text_of("#exploration-progress").await,
        "4 of 9 sections done."
    );
    assert_eq!(
        browser.value_of("[id^='past-'][id$='-title']").await,
        "Ward nurse"
    );
    assert_eq!(
        browser.value_of("[id^='feeling-'][id$='-reasons']").await,
        "Decisions I have no say in"
    );
    assert!(browser
        .text_of("#interest-result .code")
        .await
        .contains("SAI"));
    assert_eq!(
        topics().await,
        serde_json::json!(["Old maps", "Beekeeping"])
    );
    assert_eq!(
        browser.value_of("#interests-thread").await,
        "Slow, patient discovery"
    );
    assert_eq!(
        browser.text_of(&format!("#{rota} .tag")).await,
        "Burnout risk"
    );
    assert_eq!(browser.value_of("#readiness-savings").await, "12000");
    assert_eq!(
        browser.text_of("#readiness-runway").await,
        "Runway: about 6 months."
    );
}

async fn top_values_reorder_by_drag_and_feed_the_matrix_and_skill_gaps(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/exploration").await;
    let names = || async {
        browser
            .script("return [...document.querySelectorAll('.top-name')].map(e => e.textContent);")
            .await
    };
    assert_eq!(
        names().await,
        serde_json::json!(["Helping others", "Autonomy", "Quiet mornings"])
    );
    browser
        .script("document.querySelector('.top-list').scrollIntoView({ block: 'start' });")
        .await;
    let handle = browser.find(".top-list li:nth-child(1) .drag-handle").await;
    let target = browser.find(".top-list li:nth-child(2) .top-head").await;
    let actions = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: handle,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(30)),
            x: 0.0,
            y: 20.0,
        })
        .then(PointerAction::MoveToElement {
            element: target,
            duration: Some(Duration::from_millis(30)),
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    browser.client.perform_actions(actions).await.unwrap();
    browser.client.release_actions().await.unwrap();
    browser
        .eventually("the drag to reorder", || async {
            (names().await == serde_json::json!(["Autonomy", "Helping others", "Quiet mornings"]))
                .then_some(())
        })
        .await;

    // A skill worth developing goes to the skill-gap plan in one step.
    browser
        .find("button[aria-label='Plan to build “Python” in your skill-gap plan']")
        .await
        .click()
        .await
        .unwrap();

    // The top values are offered as criteria in Diving deeper.
    browser.goto("#/deeper").await;
    let offered = browser.text_of("#matrix-suggestions").await;
    assert!(
        offered.contains("+ Autonomy") && offered.contains("+ Quiet mornings"),
        "{offered}"
    );
    browser
        .find("button[aria-label='Add “Autonomy” as a criterion']")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("Autonomy as a criterion", || async {
            let criteria = browser.script("return [...document.querySelectorAll('.criterion-name input')].map(e => e.value);").await;
            criteria.as_array().unwrap().iter().any(|c| c == "Autonomy").then_some(())
        })
        .await;
    assert!(
        !browser
            .text_of("#matrix-suggestions")
            .await
            .contains("Autonomy"),
        "an added value is no longer offered"
    );
    let gaps = browser
        .script("return [...document.querySelectorAll('.gap h3')].map(e => e.textContent);")
        .await;
    assert_eq!(gaps, serde_json::json!(["Classroom management", "Python"]));

    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/exploration").await;
    assert_eq!(
        names().await,
        serde_json::json!(["Autonomy", "Helping others", "Quiet mornings"])
    );
    assert!(
        !browser
            .exists("button[aria-label='Plan to build “Python” in your skill-gap plan']")
            .await
    );
}

cases![
    a_whole_card_sort_by_keyboard_only_ranks_a_top_five_and_survives_a_reload,
    a_whole_card_sort_by_pointer_drag_with_tap_menu_undo_and_a_new_sort,
    the_smart_check_flags_a_vague_goal_and_clears_when_it_is_fixed,
    buts_are_parked_from_two_pages_without_leaving_them_and_wait_in_exploration,
    the_sections_about_you_fill_in_show_their_progress_and_survive_a_reload,
    top_values_reorder_by_drag_and_feed_the_matrix_and_skill_gaps,
];
