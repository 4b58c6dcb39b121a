//! What the end-to-end tests stand on: the built app served from `dist/` on a loopback port, a trap
//! that records any request meant for another origin, and Chromium driven over WebDriver. One
//! browser session serves every test in turn: `fresh` gives each test empty (or seeded) storage,
//! and `set_look` switches between a desktop window and a dark phone screen without a restart.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// The current version's fuller fixture: a workbook with something in every section, as if saved
/// by an earlier visit. (Moves to the next version's folder with each schema change.)
pub const FULL: &str = include_str!("../fixtures/v9/full.json");

pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("WAYPOINT_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no built app in {}: build it first (the README's test command does)",
        dir.display()
    );
    dir
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

pub const BLANK_PAGE: &str = "__between_tests__.html";

/// A file served with other contents than `dist/` has: its path under the mount, and the contents.
type Replaced = (String, Vec<u8>);

/// A minimal static file server for `dist/`, recording every path asked of it.
struct StaticServer {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
    /// Paths containing any of these are answered 404, as if the file were gone.
    refused: Arc<Mutex<Vec<String>>>,
    /// Files served with other contents than `dist/` has.
    replaced: Arc<Mutex<Vec<Replaced>>>,
    /// While set, every connection is closed unanswered: the network is off.
    offline: Arc<std::sync::atomic::AtomicBool>,
}

fn read_request_line(stream: &TcpStream) -> Option<String> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut first = String::new();
    reader.read_line(&mut first).ok()?;
    // Drain the headers so the browser sees a clean response.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    Some(first.trim_end().to_string())
}

impl StaticServer {
    /// Serves `root` under the URL path `mount` ("/" or "/some/sub/path/").
    fn start(root: PathBuf, mount: &'static str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let refused = Arc::new(Mutex::new(Vec::new()));
        let replaced = Arc::new(Mutex::new(Vec::new()));
        let offline = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (log, refusing, replacing, off) = (
            requests.clone(),
            refused.clone(),
            replaced.clone(),
            offline.clone(),
        );
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if off.load(std::sync::atomic::Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                let root = root.clone();
                let (log, refusing, replacing) = (log.clone(), refusing.clone(), replacing.clone());
                std::thread::spawn(move || {
                    serve_one(stream, &root, mount, &log, &refusing, &replacing)
                });
            }
        });
        Self {
            port,
            requests,
            refused,
            replaced,
            offline,
        }
    }
}

fn serve_one(
    mut stream: TcpStream,
    root: &Path,
    mount: &str,
    log: &Mutex<Vec<String>>,
    refused: &Mutex<Vec<String>>,
    replaced: &Mutex<Vec<Replaced>>,
) {
    let Some(line) = read_request_line(&stream) else {
        return;
    };
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    log.lock().unwrap().push(target.clone());
    if refused
        .lock()
        .unwrap()
        .iter()
        .any(|part| target.contains(part.as_str()))
    {
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = path
        .strip_prefix(mount)
        .map(|p| if p.is_empty() { "index.html" } else { p });
    let file = path.map(|p| root.join(p));
    let response = match (path, &file) {
        // A page of the app's origin without the app, where `Browser::fresh` empties storage.
        (Some(BLANK_PAGE), _) => Some(b"<!doctype html><title>Between tests</title>".to_vec()),
        (Some(path), _) if replaced.lock().unwrap().iter().any(|(p, _)| p == path) => replaced
            .lock()
            .unwrap()
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, body)| body.clone()),
        (Some(path), Some(file)) if !path.contains("..") => std::fs::read(file).ok(),
        _ => None,
    };
    let file = if path == Some(BLANK_PAGE) {
        PathBuf::from("blank.html")
    } else {
        file.unwrap_or_default()
    };
    let _ = match response {
        Some(body) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
            stream
                .write_all(head.as_bytes())
                .and_then(|()| stream.write_all(&body))
        }
        None => stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
    };
}

/// Chromium sends every request for another origin to this "proxy", which records it and refuses it,
/// so nothing a test does can reach the network. Chromium's own background traffic lands here too, so
/// the proof that the *page* requested nothing else comes from the page's DevTools network log.
pub struct Trap {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Trap {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                if let Some(line) = read_request_line(&stream) {
                    log.lock().unwrap().push(line);
                }
                let _ = stream.write_all(
                    b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
            }
        });
        Self { port, requests }
    }

    pub fn recorded(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

/// chromedriver's log endpoint, which fantoccini does not wrap: the page's DevTools events.
#[derive(Debug)]
struct PerformanceLog;

impl WebDriverCompatibleCommand for PerformanceLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"performance"}"#.into()))
    }
}

/// chromedriver's endpoint for one Chrome DevTools Protocol command on the current tab.
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.command, "params": self.params }).to_string()),
        )
    }
}

/// How the page is shown: the width of the screen and its colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// A 1280 × 900 window, light.
    Desktop,
    /// A 360 × 800 phone screen, dark.
    PhoneDark,
    /// A 360 × 800 phone screen, light.
    PhoneLight,
}

impl Look {
    pub fn width(self) -> u32 {
        match self {
            Look::Desktop => 1280,
            Look::PhoneDark | Look::PhoneLight => 360,
        }
    }

    pub fn dark(self) -> bool {
        self == Look::PhoneDark
    }

    pub fn name(self) -> &'static str {
        match self {
            Look::Desktop => "light at 1280 px",
            Look::PhoneDark => "dark at 360 px",
            Look::PhoneLight => "light at 360 px",
        }
    }
}

/// A script prelude: `drawnWhole(look)` runs `look` (and awaits it) with every part of the page drawn,
/// also what the app's style lets the browser skip far off screen (`content-visibility: auto`), so a
/// check of the whole page sees the whole page. A constructed style sheet, as the CSP refuses inline
/// styles.
const DRAWN_WHOLE: &str = "const drawnWhole = async (look) => {
       const sheet = new CSSStyleSheet();
       sheet.replaceSync('* { content-visibility: visible !important; }');
       document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
       try { return await look(); }
       finally { document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet); }
     };";

pub struct Browser {
    pub client: Client,
    pub base: String,
    pub downloads: PathBuf,
    pub trap: Trap,
    network: Mutex<Vec<String>>,
    server: StaticServer,
    first_window: fantoccini::wd::WindowHandle,
    driver: Child,
    /// Held open while this session lives: when the test process ends in any way, even killed, the
    /// pipe closes and the shell that started chromedriver stops its whole process group.
    _lifeline: ChildStdin,
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The shell is the leader of the group chromedriver and Chromium run in.
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.downloads);
    }
}

pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "waypoint-e2e-{}-{name}-{}",
        std::process::id(),
        free_port()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Starts a WebDriver server (`chromedriver`, `geckodriver`) on `port` and waits until it listens.
/// It and the browser it starts share a process group of their own, led by a shell that stops the
/// group when this process lets go of the returned stdin: at `Drop`, or when the test process ends
/// without dropping (killed, or `exit` with statics alive).
pub fn start_driver(bin: &str, port: u16) -> (Child, ChildStdin) {
    let mut driver = Command::new("sh")
        .process_group(0)
        .args([
            "-c",
            "\"$0\" \"$1\" & read -r line; kill -KILL 0",
            bin,
            &format!("--port={port}"),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {bin} (scripts/setup test installs it): {e}"));
    let lifeline = driver.stdin.take().expect("the shell's stdin");
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{bin} did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (driver, lifeline)
}

impl Browser {
    /// A fresh Chromium profile (so empty storage) on the built app served under the URL path `mount`
    /// ("/" or "/some/sub/path/"), in a 1280 × 900 window.
    pub async fn open(mount: &'static str) -> Browser {
        let server = StaticServer::start(dist_dir(), mount);
        let trap = Trap::start();
        let downloads = scratch_dir("downloads");
        let driver_port = free_port();
        let driver_bin =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let (driver, lifeline) = start_driver(&driver_bin, driver_port);
        let chrome_bin = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let capabilities = json!({
            "browserName": "chrome",
            "goog:loggingPrefs": { "performance": "ALL" },
            "goog:chromeOptions": {
                "binary": chrome_bin,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    format!("--proxy-server=http://127.0.0.1:{}", trap.port),
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-default-apps", "--no-first-run", "--disable-extensions", "--disable-breakpad",
                    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                ],
                "prefs": {
                    "download.default_directory": downloads.to_string_lossy(),
                    "download.prompt_for_download": false,
                },
            },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
            .expect("a WebDriver session with Chromium");
        let base = format!("http://127.0.0.1:{}{mount}", server.port);
        let first_window = client.window().await.expect("the first window");
        let browser = Browser {
            client,
            base,
            downloads,
            trap,
            network: Mutex::new(Vec::new()),
            server,
            first_window,
            driver,
            _lifeline: lifeline,
        };
        browser.client.goto(&browser.base).await.unwrap();
        browser.wait_for("main h1").await;
        browser
    }

    /// Starts a test afresh in this session: one window, the desktop look, nothing in downloads,
    /// the origin's storage emptied (then holding `saved` as the workbook, exported today so that the
    /// reminder to export stays out of the way, when given), and the app
    /// loaded anew on its start page.
    pub async fn fresh(&self, saved: Option<&str>) {
        self.set_offline(false);
        for window in self.client.windows().await.unwrap() {
            if window != self.first_window {
                self.client.switch_to_window(window).await.unwrap();
                self.client.close_window().await.unwrap();
            }
        }
        self.client
            .switch_to_window(self.first_window.clone())
            .await
            .unwrap();
        // A page of the app's origin without the app on it, so nothing writes to storage while it
        // is emptied. Leaving the app lets it save what it had pending.
        self.client
            .goto(&format!("{}{BLANK_PAGE}", self.base))
            .await
            .unwrap();
        // A service worker the last page registered may still be keeping its files: it finishes
        // first, or it would write them after the caches are emptied, and then it goes.
        self.script(
            "return (async () => {
             const registrations = navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
             for (const registration of registrations) {
                 const worker = registration.installing;
                 if (worker) await new Promise((done) => {
                     worker.addEventListener('statechange', () => worker.state !== 'installing' && done());
                     setTimeout(done, 10000);
                 });
                 await registration.unregister();
             }
             return true;
             })();",
        )
        .await;
        // DevTools empties everything the origin keeps (caches and service workers too); the script
        // then empties the page's own view of storage before seeding it.
        let origin = self.base.split('/').take(3).collect::<Vec<_>>().join("/");
        self.devtools(
            "Storage.clearDataForOrigin",
            json!({ "origin": origin, "storageTypes": "all" }),
        )
        .await;
        self.client
            .execute(
                "localStorage.clear(); sessionStorage.clear();
                 if (arguments[0] !== null) {
                     localStorage.setItem('waypoint.workbook', arguments[0]);
                     const d = new Date(), two = n => String(n).padStart(2, '0');
                     localStorage.setItem('waypoint.last-export', `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`);
                 }",
                vec![json!(saved)],
            )
            .await
            .unwrap();
        let _ = std::fs::remove_dir_all(&self.downloads);
        std::fs::create_dir_all(&self.downloads).unwrap();
        self.set_look(Look::Desktop).await;
        // A seeded workbook opens at the start page by name: the bare address is the Plan once a
        // program is under way, as in the full fixture.
        self.goto(if saved.is_some() { "#/start" } else { "" })
            .await;
    }

    /// Shows the page as `look` says, from now until the next `fresh`.
    pub async fn set_look(&self, look: Look) {
        self.emulate(look, false).await;
    }

    /// Shows the page as `look` says, with the browser asking for reduced motion (as a person can
    /// in their system's settings), until the next `set_look` or `fresh`.
    pub async fn reduce_motion(&self, look: Look) {
        self.emulate(look, true).await;
    }

    async fn emulate(&self, look: Look, reduced_motion: bool) {
        match look {
            Look::Desktop => {
                self.devtools("Emulation.clearDeviceMetricsOverride", json!({}))
                    .await;
            }
            Look::PhoneDark | Look::PhoneLight => {
                let metrics = json!({ "width": look.width(), "height": 800, "deviceScaleFactor": 1, "mobile": true });
                self.devtools("Emulation.setDeviceMetricsOverride", metrics)
                    .await;
            }
        }
        let scheme = if look.dark() { "dark" } else { "light" };
        let motion = if reduced_motion {
            "reduce"
        } else {
            "no-preference"
        };
        let media = json!({ "features": [
            { "name": "prefers-color-scheme", "value": scheme },
            { "name": "prefers-reduced-motion", "value": motion },
        ] });
        self.devtools("Emulation.setEmulatedMedia", media).await;
    }

    async fn devtools(&self, command: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(DevTools { command, params })
            .await
            .unwrap_or_else(|e| panic!("the DevTools command {command}: {e}"))
    }

    /// What Chromium makes of the page's web app manifest (`errors`, `data`), and what it says stands
    /// in the way of installing the app (`installabilityErrors`, none is the goal).
    pub async fn app_manifest(&self) -> (Value, Value) {
        let manifest = self.devtools("Page.getAppManifest", json!({})).await;
        let installing = self
            .devtools("Page.getInstallabilityErrors", json!({}))
            .await;
        (manifest, installing)
    }

    pub fn served_paths(&self) -> Vec<String> {
        self.server.requests.lock().unwrap().clone()
    }

    /// From now on the server answers 404 for every path containing `part`, as a host would for a
    /// file that is gone; `serve_every_file` ends that.
    pub fn refuse_files(&self, part: &str) {
        self.server.refused.lock().unwrap().push(part.to_string());
    }

    pub fn serve_every_file(&self) {
        self.server.refused.lock().unwrap().clear();
        self.server.replaced.lock().unwrap().clear();
    }

    /// From now on the server answers `path` (under the app's address) with `contents`, as after a
    /// new build was put up; `serve_every_file` ends that.
    pub fn replace_file(&self, path: &str, contents: Vec<u8>) {
        let mut replaced = self.server.replaced.lock().unwrap();
        replaced.retain(|(p, _)| p != path);
        replaced.push((path.to_string(), contents));
    }

    /// Switches the network off (every connection to the server closed unanswered) or on again.
    pub fn set_offline(&self, off: bool) {
        self.server
            .offline
            .store(off, std::sync::atomic::Ordering::SeqCst);
    }

    pub async fn goto(&self, fragment: &str) {
        self.client
            .goto(&format!("{}{fragment}", self.base))
            .await
            .unwrap();
        self.wait_for("main h1").await;
    }

    /// Reloads the page and waits for the app to render again.
    pub async fn reload(&self) {
        self.client.refresh().await.unwrap();
        self.wait_for("main h1").await;
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
    }

    pub async fn exists(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        element.clear().await.unwrap();
        element.send_keys(text).await.unwrap();
    }

    /// Sets a date input as a date picker would, and fires its `change`.
    pub async fn set_date(&self, css: &str, day: &str) {
        self.script(&format!(
            "const e = document.querySelector(\"{css}\"); e.value = '{day}'; e.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ))
        .await;
    }

    pub async fn value_of(&self, css: &str) -> String {
        self.read_fresh(css, |e| async move {
            e.prop("value").await.map(Option::unwrap_or_default)
        })
        .await
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.read_fresh(css, |e| async move { e.text().await })
            .await
    }

    /// Reads from the element `css` finds. The app may redraw that element between the find and the
    /// read (a page change, a list re-rendered); then the element is found afresh and read again.
    async fn read_fresh<F, Fut>(&self, css: &str, read: F) -> String
    where
        F: Fn(fantoccini::elements::Element) -> Fut,
        Fut: std::future::Future<Output = Result<String, fantoccini::error::CmdError>>,
    {
        let started = Instant::now();
        loop {
            match read(self.find(css).await).await {
                Ok(text) => return text,
                Err(_) if started.elapsed() < Duration::from_secs(5) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(error) => panic!("could not read {css}: {error}"),
            }
        }
    }

    /// The page's heading, or nothing while a stage page's part is still loading (it has none yet).
    pub async fn heading(&self) -> String {
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

    /// Presses and releases one key on whatever has the focus (`fantoccini::key::Key` for special keys).
    pub async fn press(&self, key: impl Into<char>) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let key = key.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client.perform_actions(actions).await.unwrap();
    }

    /// The id (or, without one, the tag and text) of the focused element.
    /// Presses Tab until the element with `id` has the focus (the page's order decides how many),
    /// and fails if it never does.
    pub async fn tab_to(&self, id: &str) {
        for _ in 0..80 {
            if self.focused().await == id {
                return;
            }
            self.press(fantoccini::key::Key::Tab).await;
        }
        panic!(
            "Tab never reached #{id}; the focus is on {}",
            self.focused().await
        );
    }

    /// Drags with the mouse from the middle of `from` to the middle of `to`, past the few pixels a
    /// press needs to become a drag, as a hand would.
    pub async fn mouse_drag(&self, from: &str, to: &str) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
        let (from, to) = (self.find(from).await, self.find(to).await);
        let actions = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement {
                element: from,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(30)),
                x: 12.0,
                y: 12.0,
            })
            .then(PointerAction::MoveToElement {
                element: to.clone(),
                duration: Some(Duration::from_millis(30)),
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::MoveToElement {
                element: to,
                duration: None,
                x: 1.0,
                y: 1.0,
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        self.client.perform_actions(actions).await.unwrap();
        self.client.release_actions().await.unwrap();
    }

    /// The same drag by a finger.
    pub async fn touch_drag(&self, from: &str, to: &str) {
        use fantoccini::actions::{InputSource, PointerAction, TouchActions};
        let (from, to) = (self.find(from).await, self.find(to).await);
        let touch = TouchActions::new("finger".into())
            .then(PointerAction::MoveToElement {
                element: from,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down { button: 0 })
            .then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(30)),
                x: 10.0,
                y: 14.0,
            })
            .then(PointerAction::MoveToElement {
                element: to,
                duration: Some(Duration::from_millis(30)),
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Up { button: 0 });
        self.client.perform_actions(touch).await.unwrap();
        self.client.release_actions().await.unwrap();
    }

    pub async fn focused(&self) -> String {
        self.script(
            "const e = document.activeElement; return e.id || (e.tagName.toLowerCase() + ':' + e.textContent.trim());",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Saves a PNG of the window as `<name>.png` in $WAYPOINT_SCREENSHOTS, when that is set, so a
    /// person can look at the states the tests reach.
    pub async fn screenshot(&self, name: &str) {
        if let Some(dir) = std::env::var_os("WAYPOINT_SCREENSHOTS") {
            let png = self.client.screenshot().await.unwrap();
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).unwrap();
        }
    }

    pub async fn script(&self, source: &str) -> Value {
        self.client.execute(source, vec![]).await.unwrap()
    }

    /// Polls `check` until it returns Some, or fails the test after 20 s with `what`.
    pub async fn eventually<T, F, Fut>(&self, what: &str, mut check: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Option<T>>,
    {
        let started = Instant::now();
        loop {
            if let Some(value) = check().await {
                return value;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "timed out waiting for {what}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the header says everything is saved.
    pub async fn wait_until_saved(&self) {
        self.eventually("the save indicator to say saved", || async {
            let state = self
                .find("#save-state")
                .await
                .attr("data-state")
                .await
                .unwrap();
            (state.as_deref() == Some("saved")).then_some(())
        })
        .await;
    }

    /// The saved workbook's whole text: the workbook key's text, or, when it lists pieces
    /// (`store::pieces`), the text they spell out. Lengths there count UTF-8 bytes.
    pub async fn stored_workbook(&self) -> Option<String> {
        let script = r#"
            const root = localStorage.getItem('waypoint.workbook');
            const header = 'waypoint-pieces 1\n';
            if (root === null || !root.startsWith(header)) return root;
            const bytes = new TextEncoder().encode(root), text = new TextDecoder();
            let at = header.length, out = '';
            const line = () => { const end = bytes.indexOf(10, at); const l = text.decode(bytes.subarray(at, end)); at = end + 1; return l.split(' '); };
            while (at < bytes.length) {
                const [kind, a, b] = line();
                if (kind === 't') { const n = Number(a); out += text.decode(bytes.subarray(at, at + n)); at += n + 1; }
                else out += localStorage.getItem('waypoint.piece.' + a);
            }
            return out;"#;
        self.script(script).await.as_str().map(str::to_string)
    }

    /// The URL of every request the page has made since the session began, from its DevTools
    /// network events (chromedriver hands each event over once, so they are gathered here).
    pub async fn page_requests(&self) -> Vec<String> {
        let entries = self
            .client
            .issue_cmd(PerformanceLog)
            .await
            .expect("the performance log");
        let mut network = self.network.lock().unwrap();
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let Ok(event) = serde_json::from_str::<Value>(message) else {
                continue;
            };
            if event["message"]["method"] == "Network.requestWillBeSent" {
                let url = &event["message"]["params"]["request"]["url"];
                network.push(url.as_str().unwrap_or_default().to_string());
            }
        }
        network.clone()
    }

    /// What the page requested from outside the app's own files since the log held `from` requests
    /// (its downloads are `blob:` URLs of its origin, and count as its own).
    pub async fn requests_elsewhere(&self, from: usize) -> Vec<String> {
        let requests = self.page_requests().await;
        let origin = self.base.split('/').take(3).collect::<Vec<_>>().join("/");
        let own = |url: &str| {
            url.starts_with(&self.base)
                || url.starts_with(&format!("blob:{origin}/"))
                || url.starts_with("data:")
                || url == "about:blank"
        };
        requests[from.min(requests.len())..]
            .iter()
            .filter(|url| !own(url))
            .cloned()
            .collect()
    }

    /// Every test ends here: the page may have requested nothing from elsewhere since it began.
    pub async fn assert_stayed_home(&self, from: usize) {
        let elsewhere = self.requests_elsewhere(from).await;
        assert!(
            elsewhere.is_empty(),
            "the page requested {elsewhere:?}, outside {}",
            self.base
        );
    }

    /// axe-core's violations on the page as it is now, one line each (none is the goal). Every part of
    /// the page is drawn while axe looks, also what `content-visibility` skips far off screen.
    pub async fn axe_violations(&self) -> Vec<String> {
        let loaded = self.script("return typeof axe !== 'undefined';").await;
        if loaded != json!(true) {
            let source = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js"),
            )
            .expect("axe-core is installed by the README's test command (npm ci)");
            self.client.execute(&source, vec![]).await.unwrap();
        }
        let result = self
            .client
            .execute_async(
                &format!(
                    "{DRAWN_WHOLE}
                     const done = arguments[arguments.length - 1];
                     drawnWhole(() => axe.run(document, {{ resultTypes: ['violations'] }})).then(
                       r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))),
                       e => done(['axe failed: ' + e]));"
                ),
                vec![],
            )
            .await
            .unwrap();
        result
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    }

    /// The page's scrolling width and its visible width; a page that fits has the first no larger.
    /// Measured with every part of the page drawn: a record skipped off screen would hide its width.
    pub async fn widths(&self) -> (f64, f64) {
        let widths = self
            .client
            .execute(
                &format!(
                    "{DRAWN_WHOLE}
                     return drawnWhole(() => [
                       document.documentElement.scrollWidth,
                       document.documentElement.clientWidth,
                       [...document.querySelectorAll('.card')].every(e => getComputedStyle(e).contentVisibility === 'visible'),
                     ]);"
                ),
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            widths[2],
            json!(true),
            "every section is drawn while the widths are measured"
        );
        (widths[0].as_f64().unwrap(), widths[1].as_f64().unwrap())
    }

    /// The page's height as drawn (parts far off screen skipped, keeping their remembered heights)
    /// and with every part drawn, and whether the page skips parts at all yet (`main.drawn-near`).
    pub async fn heights(&self) -> (f64, f64, bool) {
        let heights = self
            .client
            .execute(
                &format!(
                    "{DRAWN_WHOLE}
                     const shown = document.documentElement.scrollHeight;
                     const near = document.querySelector('main.drawn-near') !== null;
                     return drawnWhole(() => document.documentElement.scrollHeight).then(whole => [shown, whole, near]);"
                ),
                vec![],
            )
            .await
            .unwrap();
        (
            heights[0].as_f64().unwrap(),
            heights[1].as_f64().unwrap(),
            heights[2] == json!(true),
        )
    }

    /// Text boxes (by id) whose text runs past the box while the box could still grow, so part of
    /// it hides behind a scroll bar; and how many text boxes grew past their least height (six
    /// lines' worth), to show the check met a long text at all.
    pub async fn text_boxes(&self) -> (Vec<String>, usize) {
        let found = self
            .client
            .execute(
                &format!(
                    "{DRAWN_WHOLE}
                     return drawnWhole(() => {{
                       const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
                       const boxes = [...document.querySelectorAll('textarea')];
                       const hidden = boxes
                         .filter(t => t.scrollHeight > t.clientHeight + 1
                           && t.offsetHeight < parseFloat(getComputedStyle(t).maxHeight) - 1)
                         .map(t => t.id);
                       return [hidden, boxes.filter(t => t.clientHeight > 6 * rem).length];
                     }});"
                ),
                vec![],
            )
            .await
            .unwrap();
        let hidden = found[0]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| id.as_str().unwrap_or("").to_string())
            .collect();
        (hidden, found[1].as_u64().unwrap() as usize)
    }

    /// The fields that break the rule of `widgets::Fields`: each with no form of its own, or a text
    /// field whose form holds more than `most` fields (the browser's autofill reads the whole form
    /// at every key press). One line each, naming the field by its id.
    pub async fn fields_outside_small_forms(&self, most: usize) -> Vec<String> {
        let found = self
            .script(&format!(
                "const typed = el => el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT'
                   && ['text', 'number', 'date', 'email', 'tel', 'url', 'search'].includes(el.type));
                 return [...document.querySelectorAll('input, select, textarea')].flatMap(el =>
                   !el.form ? [el.id + ' is in no form']
                   : typed(el) && el.form.elements.length > {most}
                     ? [el.id + ' shares its form with ' + (el.form.elements.length - 1) + ' others'] : []);"
            ))
            .await;
        found
            .as_array()
            .unwrap()
            .iter()
            .map(|line| line.as_str().unwrap_or("").to_string())
            .collect()
    }

    /// Ends a session a test opened for itself: the page may have requested nothing outside its
    /// own origin, and the app must have loaded from the test server.
    pub async fn finish(self) {
        assert!(
            !self.page_requests().await.is_empty(),
            "the DevTools network log saw the page load"
        );
        self.assert_stayed_home(0).await;
        self.close().await;
    }

    /// Ends the browser session; `Drop` then stops chromedriver and every browser it started.
    pub async fn close(self) {
        self.client.clone().close().await.unwrap();
    }
}
