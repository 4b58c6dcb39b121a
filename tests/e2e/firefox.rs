//! Any browser (D8), end to end: a smoke run of the whole app in headless Firefox ESR, over
//! geckodriver, on the same server as the Chromium session. With the full workbook: every stage
//! page opens, a text on each is written and is there after a reload, the page asks for nothing
//! from another origin, and after the visit the app opens with the server gone. Phone widths stay
//! with Chromium: headless Firefox does not make its window narrower than 500 px.

use std::process::{Child, ChildStdin, Command};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::harness::{free_port, start_driver, Browser, BLANK_PAGE, FULL};
use crate::heading_of;
use waypoint::ui::route::Route;

/// geckodriver and its Firefox, stopped with their process group when this is dropped (or when
/// the test process ends: `start_driver`).
struct Firefox {
    client: Client,
    driver: Child,
    _lifeline: ChildStdin,
}

impl Drop for Firefox {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.wait();
    }
}

impl Firefox {
    async fn start() -> Firefox {
        let driver_bin = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
        let port = free_port();
        let (driver, lifeline) = start_driver(&driver_bin, port);
        // Every request for another host goes to a port where nothing listens, so none can leave;
        // the app's own server, on 127.0.0.1, is reached directly.
        let capabilities = json!({
            "browserName": "firefox",
            "moz:firefoxOptions": {
                "args": ["-headless", "-width=1280", "-height=900"],
                "prefs": {
                    "network.proxy.type": 1,
                    "network.proxy.http": "127.0.0.1",
                    "network.proxy.http_port": 1,
                    "network.proxy.ssl": "127.0.0.1",
                    "network.proxy.ssl_port": 1,
                    "network.proxy.allow_hijacking_localhost": false,
                    "app.update.enabled": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "toolkit.telemetry.enabled": false,
                },
            },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session with Firefox ESR");
        Firefox {
            client,
            driver,
            _lifeline: lifeline,
        }
    }

    async fn script(&self, source: &str, args: Vec<Value>) -> Value {
        self.client.execute(source, args).await.unwrap()
    }

    async fn heading(&self) -> String {
        match self
            .client
            .find_all(Locator::Css("main h1"))
            .await
            .unwrap()
            .first()
        {
            Some(heading) => heading.text().await.unwrap_or_default(),
            None => String::new(),
        }
    }

    /// Polls `check` until it holds, or fails the test after 20 s with `what`.
    async fn eventually(&self, what: &str, check: impl AsyncFn() -> bool) {
        let started = Instant::now();
        while !check().await {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "Firefox: timed out waiting for {what}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn open(&self, base: &str, route: Route) {
        self.client
            .goto(&format!("{base}{}", route.href()))
            .await
            .unwrap();
        let heading = heading_of(route);
        self.eventually(&format!("the {heading} page"), async || {
            self.heading().await.starts_with(heading)
        })
        .await;
    }
}

/// The id of the first text area the page shows that takes the focus (a closed card's do not),
/// brought into view and focused.
const FIRST_TEXT_AREA: &str =
    "const area = [...document.querySelectorAll('main textarea[id]')].find(a => {
         if (a.offsetParent === null || a.disabled) return false;
         a.scrollIntoView({ block: 'center' });
         a.focus();
         return document.activeElement === a;
     });
     return area ? area.id : null;";

const WRITTEN: &str = " (written in Firefox)";

async fn every_stage_works_in_firefox(browser: &Browser) {
    let firefox = Firefox::start().await;
    let base = &browser.base;
    firefox
        .client
        .goto(&format!("{base}{BLANK_PAGE}"))
        .await
        .unwrap();
    firefox
        .script(
            "localStorage.clear();
             localStorage.setItem('waypoint.workbook', arguments[0]);
             const d = new Date(), two = n => String(n).padStart(2, '0');
             localStorage.setItem('waypoint.last-export', `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`);",
            vec![json!(FULL)],
        )
        .await;

    // Every page opens; on each that shows a text area, a few words are written in it.
    let mut written = Vec::new();
    for route in Route::NAV {
        firefox.open(base, route).await;
        let Value::String(id) = firefox.script(FIRST_TEXT_AREA, vec![]).await else {
            continue;
        };
        let area = firefox.client.find(Locator::Id(&id)).await.unwrap();
        area.send_keys(WRITTEN).await.unwrap();
        written.push((route, id));
    }
    assert!(written.len() >= 6, "text written on only {written:?}");
    firefox
        .eventually("the save indicator to say saved", async || {
            firefox
                .script(
                    "return document.querySelector('#save-state')?.dataset.state ?? null;",
                    vec![],
                )
                .await
                == json!("saved")
        })
        .await;

    // After a reload each text is still there, read back from storage.
    firefox.client.refresh().await.unwrap();
    for (route, id) in &written {
        firefox.open(base, *route).await;
        firefox
            .eventually(&format!("#{id}"), async || {
                firefox.script(FIRST_TEXT_AREA, vec![]).await == json!(id)
            })
            .await;
        let value = firefox
            .script(
                "return document.getElementById(arguments[0]).value;",
                vec![json!(id)],
            )
            .await;
        assert!(
            value.as_str().unwrap_or_default().ends_with(WRITTEN),
            "{route:?} #{id}: {value}"
        );
    }

    // The page loaded nothing from another origin.
    let elsewhere = firefox
        .script(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(url => !url.startsWith(location.origin + '/'));",
            vec![],
        )
        .await;
    assert_eq!(elsewhere, json!([]));

    // Offline after the visit, as in Chromium (offline.rs). The page is loaded anew from another
    // document each time: WebDriver's refresh in Firefox bypasses the worker, as a forced reload does.
    let load_anew = async |route: Route| {
        firefox.client.goto("about:blank").await.unwrap();
        firefox.open(base, route).await;
    };
    load_anew(Route::Start).await;
    firefox
        .eventually("a service worker in charge of the page", async || {
            firefox
                .script("return !!navigator.serviceWorker.controller;", vec![])
                .await
                == json!(true)
        })
        .await;
    browser.set_offline(true);
    for route in Route::NAV {
        load_anew(route).await;
    }
    browser.set_offline(false);
    let _ = firefox.client.clone().close().await;
}

cases![every_stage_works_in_firefox];
