//! The whole program by keyboard (Q1): one person, from the welcome page of an empty workbook
//! through every stage to the celebration, with nothing but keys: the values card sort, the score
//! matrix, the applications board and the plan included, each page reached through a link on the
//! page before or through the menu. After every key press the focus is checked: on something,
//! drawn with a visible ring, on screen and not hidden behind anything fixed (WCAG 2.4.7 and
//! 2.4.11). The browser asks for reduced motion all the way, and on every page nothing moves.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::{json, Value};

use waypoint::model::exploration::values::DECK;
use waypoint::ui::route::Route;

use crate::harness::{Browser, Look};
use crate::heading_of;

/// Tab stops passed on the way to one target, at most, before the walk gives up: more than any page
/// of a young workbook has.
const MOST_STOPS: usize = 250;

/// After a key press: whether the focused element matches `arguments[0]` (when given), its name,
/// and what is wrong with how it shows its focus, if anything. Only what Tab reaches is judged: a
/// heading or the main region given the focus on arriving at a page is not a control.
const FOCUS_SEEN: &str = r#"
const wanted = arguments[0];
const e = document.activeElement;
const describe = (el) => !el ? 'nothing' : el.id ? '#' + el.id
  : el.tagName.toLowerCase() + ' “' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40) + '”';
const name = describe(e);
let problem = null;
if (!e || e === document.body || e === document.documentElement) {
  problem = 'the focus is on nothing';
} else if (e.tabIndex >= 0) {
  const s = getComputedStyle(e);
  const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
    && !/rgba\(.*, 0\)$/.test(s.outlineColor);
  // A point of the skills map shows its focus on its circle.
  const circle = e.querySelector(':scope > circle');
  const drawn = circle && parseFloat(getComputedStyle(circle).strokeWidth) >= 3;
  const r = e.getBoundingClientRect();
  if (!ring && !drawn) {
    problem = name + ' shows no focus ring';
  } else if (r.width === 0 || r.height === 0) {
    problem = name + ' has no size';
  } else if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) {
    problem = name + ' is off screen';
  } else {
    // Its middle, or the part of it on screen, is not under a header, bar or banner.
    const x = Math.min(Math.max((r.left + r.right) / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max((r.top + r.bottom) / 2, 1), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const label = hit && hit.closest('label');
    if (hit && !e.contains(hit) && !hit.contains(e) && !(label && label.control === e)) {
      problem = name + ' is hidden behind ' + describe(hit);
    }
  }
}
return [wanted ? !!(e && e.matches(wanted)) : false, name, problem];
"#;

/// Everything on the page that moves or would: transitions and animations that take time, smooth
/// scrolling, and running animations. Empty when the page honours reduced motion.
const MOTION: &str = r#"
const moving = [];
const describe = (el) => el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + [...el.classList].join('.');
const takesTime = (list) => list.split(',').some((d) => parseFloat(d) > 0);
for (const el of document.querySelectorAll('*')) {
  const s = getComputedStyle(el);
  if (takesTime(s.transitionDuration)) moving.push(describe(el) + ': a transition of ' + s.transitionDuration);
  if (s.animationName !== 'none' && takesTime(s.animationDuration)) moving.push(describe(el) + ': the animation ' + s.animationName);
  if (s.scrollBehavior === 'smooth') moving.push(describe(el) + ': smooth scrolling');
}
for (const a of document.getAnimations()) moving.push('a running animation on ' + describe(a.effect.target));
return moving.slice(0, 20);
"#;

/// One person's walk: every key press goes through here, and every focus it leaves is checked.
struct Walk<'a> {
    browser: &'a Browser,
    problems: RefCell<Vec<String>>,
    /// Focus stops checked, so a walk that checked nothing cannot pass.
    checked: Cell<usize>,
}

impl<'a> Walk<'a> {
    fn new(browser: &'a Browser) -> Self {
        Walk {
            browser,
            problems: RefCell::new(Vec::new()),
            checked: Cell::new(0),
        }
    }

    /// Checks the focus as it is, and says whether the focused element matches `css`.
    async fn check_focus(&self, css: Option<&str>, after: &str) -> (bool, String) {
        let look = || async {
            self.browser
                .client
                .execute(FOCUS_SEEN, vec![css.map_or(Value::Null, |c| json!(c))])
                .await
                .unwrap()
        };
        let mut seen = look().await;
        if seen[2].is_string() {
            // A press that redraws a part of the page moves the focus a frame later: judge what stays.
            tokio::time::sleep(Duration::from_millis(150)).await;
            seen = look().await;
        }
        self.checked.set(self.checked.get() + 1);
        if let Some(problem) = seen[2].as_str() {
            let line = format!("after {after}: {problem}");
            let mut problems = self.problems.borrow_mut();
            if !problems.contains(&line) {
                problems.push(line);
            }
        }
        (
            seen[0].as_bool().unwrap_or(false),
            seen[1].as_str().unwrap_or_default().to_string(),
        )
    }

    /// Presses one key (with Shift held when `shift`) and checks where the focus lands.
    async fn key_with(
        &self,
        key: impl Into<char>,
        shift: bool,
        css: Option<&str>,
    ) -> (bool, String) {
        let key = key.into();
        let shift_key: char = Key::Shift.into();
        let mut actions = KeyActions::new("keyboard".into());
        if shift {
            actions = actions.then(KeyAction::Down { value: shift_key });
        }
        actions = actions
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        if shift {
            actions = actions.then(KeyAction::Up { value: shift_key });
        }
        self.browser.client.perform_actions(actions).await.unwrap();
        self.check_focus(css, &key_name(key, shift)).await
    }

    async fn key(&self, key: impl Into<char>) {
        self.key_with(key, false, None).await;
    }

    /// Types `text` into whatever has the focus, key by key.
    async fn write(&self, text: &str) {
        let mut actions = KeyActions::new("keyboard".into());
        for c in text.chars() {
            actions = actions
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        self.browser.client.perform_actions(actions).await.unwrap();
        self.check_focus(None, &format!("typing “{text}”")).await;
    }

    /// Presses Tab (or Shift+Tab, going `back`) until the focus is on something matching `css`.
    async fn move_to(&self, css: &str, back: bool) {
        let (at, mut name) = self.check_focus(Some(css), "the last step").await;
        if at {
            return;
        }
        for _ in 0..MOST_STOPS {
            let (at, now) = self.key_with(Key::Tab, back, Some(css)).await;
            if at {
                return;
            }
            name = now;
        }
        panic!(
            "{} never reached {css}; the focus is on {name}",
            if back { "Shift+Tab" } else { "Tab" }
        );
    }

    async fn tab_to(&self, css: &str) {
        self.move_to(css, false).await;
    }

    async fn back_to(&self, css: &str) {
        self.move_to(css, true).await;
    }

    /// Waits until the focus is on something matching `css` (the app moves it after an action).
    async fn focus_on(&self, css: &str) {
        let check = format!("return document.activeElement.matches({});", json!(css));
        self.browser
            .eventually(&format!("the focus on {css}"), || async {
                (self.browser.script(&check).await == json!(true)).then_some(())
            })
            .await;
        self.check_focus(None, &format!("the app moved the focus to {css}"))
            .await;
    }

    /// Follows the link under the focus to `route`: the page opens with its heading focused, and
    /// nothing on it moves.
    async fn follow_to(&self, route: Route) {
        self.key(Key::Enter).await;
        self.browser
            .eventually(&format!("{} to open", route.title()), || async {
                let heading = self.browser.heading().await;
                heading.starts_with(heading_of(route)).then_some(())
            })
            .await;
        self.focus_on("main h1, main").await;
        self.check_still(route).await;
    }

    /// Checks that nothing on the page moves or would.
    async fn check_still(&self, route: Route) {
        let moving = self.browser.script(MOTION).await;
        let moving = moving.as_array().unwrap();
        if !moving.is_empty() {
            self.problems.borrow_mut().push(format!(
                "{} moves under reduced motion: {moving:?}",
                route.title()
            ));
        }
    }

    /// Leaves the page through the stage navigation, going back up to it by Shift+Tab.
    async fn go_by_menu(&self, route: Route) {
        self.back_to(&format!("nav a[href='{}']", route.href()))
            .await;
        self.follow_to(route).await;
    }
}

/// The key as a person would name it in a problem report.
fn key_name(key: char, shift: bool) -> String {
    let named = [
        (Key::Tab, "Tab"),
        (Key::Enter, "Enter"),
        (Key::Space, "Space"),
        (Key::Left, "Left"),
        (Key::Up, "Up"),
        (Key::Right, "Right"),
        (Key::Down, "Down"),
        (Key::Home, "Home"),
    ];
    let name = named
        .into_iter()
        .find(|(named, _)| char::from(*named) == key)
        .map_or_else(|| format!("“{key}”"), |(_, name)| name.to_string());
    if shift {
        format!("Shift+{name}")
    } else {
        name
    }
}

/// The pile key for the n-th card of the sort: nine to "always", then the others in turn.
fn pile_key(n: usize) -> char {
    if n < 9 {
        '1'
    } else {
        ['2', '3', '4', '5'][n % 4]
    }
}

/// Scores of the two options over the eight default criteria, row by row.
const SCORES: [[char; 2]; 8] = [
    ['8', '6'],
    ['7', '7'],
    ['6', '9'],
    ['5', '5'],
    ['4', '6'],
    ['9', '5'],
    ['6', '6'],
    ['5', '7'],
];

async fn the_whole_program_by_keyboard_with_visible_focus_and_reduced_motion(browser: &Browser) {
    let walk = Walk::new(browser);
    browser.reduce_motion(Look::Desktop).await;
    // The emulation is on and the app's reduce rule wins over any transition a page could have.
    let probe = browser
        .script(
            "const sheet = new CSSStyleSheet(); sheet.replaceSync('#probe { transition: opacity 2s; animation: probe 2s infinite; } @keyframes probe { to { opacity: 0.5; } }');
             document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
             const p = document.createElement('div'); p.id = 'probe'; document.body.append(p);
             const s = getComputedStyle(p); const seen = [matchMedia('(prefers-reduced-motion: reduce)').matches, s.transitionDuration, s.animationName];
             p.remove(); document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
             return seen;",
        )
        .await;
    assert_eq!(
        probe,
        json!([true, "0s", "none"]),
        "reduced motion is asked for and honoured"
    );

    // The welcome page of an empty workbook: skip to the content, a name, then the way in.
    browser.goto("").await;
    assert!(browser
        .heading()
        .await
        .starts_with(heading_of(Route::Start)));
    walk.check_still(Route::Start).await;
    walk.key(Key::Tab).await;
    walk.focus_on(".skip-link").await;
    walk.key(Key::Enter).await;
    walk.focus_on("main").await;
    walk.tab_to("#profile-name").await;
    walk.write("Noor").await;
    walk.tab_to("main a[href='#/exploration']").await;
    walk.follow_to(Route::Exploration).await;

    // Exploration: a vision, the whole card sort, and a top five.
    walk.tab_to("#vision-best").await;
    walk.write("Helping adults learn, in a place full of old things.")
        .await;
    walk.tab_to("#current-card").await;
    for n in 0..DECK.len() {
        let before = browser
            .script("return document.getElementById('current-card').dataset.card;")
            .await;
        walk.key(pile_key(n)).await;
        if n + 1 < DECK.len() {
            browser
                .eventually("the next card", || async {
                    let now = browser
                        .script("const c = document.getElementById('current-card'); return c && c.dataset.card;")
                        .await;
                    (now != before && now != Value::Null).then_some(())
                })
                .await;
            walk.focus_on("#current-card").await;
        }
    }
    walk.tab_to("#finish-sort").await;
    walk.key(Key::Enter).await;
    browser.wait_for(".sort-history").await;
    walk.tab_to(".candidates .chip-button").await;
    for chosen in 1..=5 {
        walk.key(Key::Enter).await;
        browser
            .eventually("the value in the top five", || async {
                let top = browser
                    .script("return document.querySelectorAll('.top-name').length;")
                    .await;
                (top == json!(chosen)).then_some(())
            })
            .await;
    }
    walk.tab_to("main a[href='#/deeper']").await;
    walk.follow_to(Route::Deeper).await;

    // Diving deeper: two options, scored in the matrix.
    walk.tab_to("#new-option").await;
    for title in ["Adult education", "Museum learning"] {
        walk.write(title).await;
        walk.key(Key::Enter).await;
        browser
            .eventually(&format!("the option {title}"), || async {
                let titles = browser.script("return [...document.querySelectorAll('.option-title')].map(e => e.textContent);").await;
                titles.as_array().unwrap().iter().any(|t| t == title).then_some(())
            })
            .await;
        walk.focus_on("#new-option").await;
    }
    walk.tab_to("[id^='matrix-cell-']").await;
    for (row, scores) in SCORES.iter().enumerate() {
        for (col, score) in scores.iter().enumerate() {
            walk.key(*score).await;
            if col == 0 {
                walk.key(Key::Right).await;
            }
        }
        if row + 1 < SCORES.len() {
            walk.key(Key::Down).await;
            walk.key(Key::Home).await;
        }
    }
    browser
        .eventually("the ranking", || async {
            browser
                .text_of("#matrix-ranking")
                .await
                .contains("Museum learning")
                .then_some(())
        })
        .await;
    walk.go_by_menu(Route::Networking).await;

    // Networking: a contact, a conversation with her, a rung of the ladder.
    walk.tab_to("#new-contact").await;
    walk.write("Priya Shah").await;
    walk.key(Key::Enter).await;
    browser.wait_for(".contact-card").await;
    walk.tab_to(".contact-card > summary").await;
    walk.key(Key::Enter).await;
    walk.tab_to("[id$='-log-notes']").await;
    walk.write("Talked about her evening classes at the museum.")
        .await;
    walk.tab_to("[id$='-log-submit']").await;
    walk.key(Key::Enter).await;
    browser.wait_for(".contact-card .conversation").await;
    walk.tab_to("#rung-three-people").await;
    walk.key(Key::Space).await;
    walk.go_by_menu(Route::Applying).await;

    // Applying: an application, moved on the board to Applied.
    walk.tab_to("#new-application").await;
    walk.write("Harbour Museum").await;
    walk.tab_to("#new-application-role").await;
    walk.write("Learning officer").await;
    walk.key(Key::Enter).await;
    let card = browser
        .eventually("the application on the board", || async {
            browser
                .script("const c = document.querySelector('[id^=\"app-\"][id$=\"-move\"]'); return c && c.id.replace(/-move$/, '');")
                .await
                .as_str()
                .map(str::to_string)
        })
        .await;
    walk.tab_to(&format!("#{card}-move")).await;
    walk.key(Key::Enter).await;
    walk.focus_on(&format!("#{card}-to-applied")).await;
    walk.key(Key::Enter).await;
    browser
        .eventually("the card in Applied", || async {
            browser
                .exists(&format!("#column-applied #{card}-open"))
                .await
                .then_some(())
        })
        .await;
    walk.focus_on(&format!("#{card}-open")).await;
    walk.go_by_menu(Route::Plan).await;

    // The plan: a step of one's own, and a check-in today.
    walk.tab_to("#new-step-own").await;
    walk.write("Ask Priya about volunteering at the museum")
        .await;
    walk.key(Key::Enter).await;
    browser.wait_for(".step").await;
    walk.tab_to("#add-check-in").await;
    walk.key(Key::Enter).await;
    let wins = browser
        .eventually("the check-in's questions", || async {
            browser
                .script("const e = document.querySelector('[id^=\"check-in-\"][id$=\"-wins\"]'); return e && e.id;")
                .await
                .as_str()
                .map(str::to_string)
        })
        .await;
    walk.tab_to(&format!("#{wins}")).await;
    walk.write("Two good talks, and a plan I believe in.").await;
    walk.go_by_menu(Route::Closing).await;

    // Closing: an offer, then the celebration.
    walk.tab_to("#new-offer").await;
    walk.write("Harbour Museum, learning officer").await;
    walk.key(Key::Enter).await;
    browser.wait_for(".offer").await;
    walk.tab_to("#celebration-proud_of").await;
    walk.write("I talked to people I would never have dared to write to.")
        .await;
    walk.tab_to("#celebration-next").await;
    walk.write("06152027").await;
    browser
        .eventually("the day of the next check-in", || async {
            (browser.value_of("#celebration-next").await == "2027-06-15").then_some(())
        })
        .await;
    walk.key(Key::Tab).await;

    browser.screenshot("keyboard-celebration").await;
    let numbers = browser.text_of("#journey-numbers").await;
    for said in ["1 conversation", "1 application sent", "1 check-in"] {
        assert!(
            numbers.contains(said),
            "the journey counts {said}: {numbers}"
        );
    }
    let journey = browser.text_of("#journey").await;
    assert!(journey.contains("The values that led you"), "{journey}");

    assert!(
        walk.checked.get() > 500,
        "only {} focus stops were checked",
        walk.checked.get()
    );
    let problems = walk.problems.borrow().clone();
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // Everything done by keyboard is saved and there after a reload.
    browser.wait_until_saved().await;
    browser.reload().await;
    browser.goto("#/closing").await;
    assert_eq!(
        browser.value_of("#celebration-proud_of").await,
        "I talked to people I would never have dared to write to."
    );
    assert_eq!(browser.value_of("#celebration-next").await, "2027-06-15");
    let stored = browser.stored_workbook().await.unwrap();
    for written in [
        "\"name\": \"Noor\"",
        "Helping adults learn, in a place full of old things.",
        "Museum learning",
        "Talked about her evening classes at the museum.",
        "\"status\": \"applied\"",
        "Ask Priya about volunteering at the museum",
        "Two good talks, and a plan I believe in.",
        "Harbour Museum, learning officer",
    ] {
        assert!(stored.contains(written), "{written} is saved");
    }
}

cases![the_whole_program_by_keyboard_with_visible_focus_and_reduced_motion];
