//! What the end-to-end tests stand on: the built app served from `dist/` on a loopback port, a trap
//! that records any request meant for another origin, and Chromium driven over WebDriver.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

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

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
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
        _ => "application/octet-stream",
    }
}

/// A minimal static file server for `dist/`, recording every path asked of it.
struct StaticServer {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
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
        let log = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let log = log.clone();
                std::thread::spawn(move || serve_one(stream, &root, mount, &log));
            }
        });
        Self { port, requests }
    }
}

fn serve_one(mut stream: TcpStream, root: &Path, mount: &str, log: &Mutex<Vec<String>>) {
    let Some(line) = read_request_line(&stream) else { return };
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    log.lock().unwrap().push(target.clone());
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = path.strip_prefix(mount).map(|p| if p.is_empty() { "index.html" } else { p });
    let file = path.map(|p| root.join(p));
    let response = match (path, &file) {
        (Some(path), Some(file)) if !path.contains("..") => std::fs::read(file).ok(),
        _ => None,
    };
    let file = file.unwrap_or_default();
    let _ = match response {
        Some(body) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
            stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body))
        }
        None => stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
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
                let _ = stream.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
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
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"performance"}"#.into()))
    }
}

pub struct Browser {
    pub client: Client,
    pub base: String,
    pub downloads: PathBuf,
    pub trap: Trap,
    network: Mutex<Vec<String>>,
    server: StaticServer,
    driver: Child,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.downloads);
    }
}

pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waypoint-e2e-{}-{name}-{}", std::process::id(), free_port()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Browser {
    /// A fresh Chromium profile (so empty storage) on the built app, at `width` × 900 pixels.
    pub async fn open(width: u32) -> Browser {
        Self::open_with(width, false, "/").await
    }

    /// As `open`, with the system colour scheme dark when `dark` is true, and the app served under
    /// the URL path `mount` (which starts and ends with "/").
    pub async fn open_with(width: u32, dark: bool, mount: &'static str) -> Browser {
        let server = StaticServer::start(dist_dir(), mount);
        let trap = Trap::start();
        let downloads = scratch_dir("downloads");
        let driver_port = free_port();
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        // chromedriver and the Chromium it starts share a process group of their own, so that
        // `Drop` can stop them all even when a test fails before closing its session.
        let driver = Command::new(&driver_bin)
            .process_group(0)
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_bin}: {e}"));
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", driver_port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let chrome_bin = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let capabilities = json!({
            "browserName": "chrome",
            "goog:loggingPrefs": { "performance": "ALL" },
            "goog:chromeOptions": {
                "binary": chrome_bin,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    format!("--window-size={width},900"),
                    format!("--proxy-server=http://127.0.0.1:{}", trap.port),
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-default-apps", "--no-first-run", "--disable-extensions",
                    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                ],
                "prefs": {
                    "download.default_directory": downloads.to_string_lossy(),
                    "download.prompt_for_download": false,
                },
            },
        });
        let Value::Object(mut capabilities) = capabilities else { unreachable!() };
        if width < 500 {
            // Chromium keeps windows at least 500 px wide; a phone's width needs device emulation.
            capabilities["goog:chromeOptions"]["mobileEmulation"] =
                json!({ "deviceMetrics": { "width": width, "height": 800, "pixelRatio": 1.0 } });
        }
        if dark {
            capabilities["goog:chromeOptions"]["args"].as_array_mut().unwrap().push("--force-dark-mode".into());
        }
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
            .expect("a WebDriver session with Chromium");
        let base = format!("http://127.0.0.1:{}{mount}", server.port);
        let browser = Browser {
            client,
            base,
            downloads,
            trap,
            network: Mutex::new(Vec::new()),
            server,
            driver,
        };
        browser.client.goto(&browser.base).await.unwrap();
        browser.wait_for("main h1").await;
        browser
    }

    pub fn served_paths(&self) -> Vec<String> {
        self.server.requests.lock().unwrap().clone()
    }

    pub async fn goto(&self, fragment: &str) {
        self.client.goto(&format!("{}{fragment}", self.base)).await.unwrap();
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
        self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no {css}: {e}"))
    }

    pub async fn exists(&self, css: &str) -> bool {
        !self.client.find_all(Locator::Css(css)).await.unwrap().is_empty()
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        element.clear().await.unwrap();
        element.send_keys(text).await.unwrap();
    }

    pub async fn value_of(&self, css: &str) -> String {
        self.read_fresh(css, |e| async move { e.prop("value").await.map(Option::unwrap_or_default) }).await
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.read_fresh(css, |e| async move { e.text().await }).await
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

    pub async fn heading(&self) -> String {
        self.text_of("main h1").await
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
            assert!(started.elapsed() < Duration::from_secs(20), "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the header says everything is saved.
    pub async fn wait_until_saved(&self) {
        self.eventually("the save indicator to say saved", || async {
            let state = self.find("#save-state").await.attr("data-state").await.unwrap();
            (state.as_deref() == Some("saved")).then_some(())
        })
        .await;
    }

    pub async fn stored_workbook(&self) -> Option<String> {
        self.script("return localStorage.getItem('waypoint.workbook');").await.as_str().map(str::to_string)
    }

    /// The URL of every request the page has made since the session began, from its DevTools
    /// network events (chromedriver hands each event over once, so they are gathered here).
    pub async fn page_requests(&self) -> Vec<String> {
        let entries = self.client.issue_cmd(PerformanceLog).await.expect("the performance log");
        let mut network = self.network.lock().unwrap();
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else { continue };
            let Ok(event) = serde_json::from_str::<Value>(message) else { continue };
            if event["message"]["method"] == "Network.requestWillBeSent" {
                let url = &event["message"]["params"]["request"]["url"];
                network.push(url.as_str().unwrap_or_default().to_string());
            }
        }
        network.clone()
    }

    /// Ends the test: the page may have requested nothing outside its own origin (its downloads are
    /// `blob:` URLs of that origin), and the app must have loaded from the test server.
    pub async fn finish(self) {
        let requests = self.page_requests().await;
        assert!(!requests.is_empty(), "the DevTools network log saw the page load");
        let origin = self.base.trim_end_matches('/');
        for url in &requests {
            let own = url.starts_with(&self.base)
                || url.starts_with(&format!("blob:{origin}/"))
                || url.starts_with("data:")
                || url == "about:blank";
            assert!(own, "the page requested {url}, outside {}", self.base);
        }
        self.close().await;
    }

    /// Ends the browser session; `Drop` then stops chromedriver and every browser it started.
    pub async fn close(self) {
        self.client.clone().close().await.unwrap();
    }
}
