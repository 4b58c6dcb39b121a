//! The invariants of ARCHITECTURE.md, checked: each test fails when the rule it names is broken.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

/// Source lines without `//` comments, so that prose may name what code may not use.
fn code_of(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn offenders(dir: &str, forbidden: &[&str], allowed_files: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(&root().join(dir)) {
        let relative = file.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/");
        if allowed_files.contains(&relative.as_str()) {
            continue;
        }
        let code = code_of(&file);
        for word in forbidden {
            if code.contains(word) {
                found.push(format!("{relative} uses {word}"));
            }
        }
    }
    found
}

#[test]
fn the_model_knows_no_browser() {
    let found = offenders("src/model", &["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"], &[]);
    assert!(found.is_empty(), "src/model must stay plain Rust: {found:#?}");
}

#[test]
fn only_the_store_touches_storage() {
    let forbidden = ["local_storage", "LocalStorage", "gloo_storage", "session_storage", "set_item", "get_item"];
    let mut found = offenders("src/ui", &forbidden, &[]);
    found.extend(offenders("src/model", &forbidden, &[]));
    let store_files_that_may = ["src/store/local.rs"];
    found.extend(offenders("src/store", &forbidden, &store_files_that_may));
    assert!(found.is_empty(), "only src/store/local.rs may touch storage: {found:#?}");
}

#[test]
fn every_incoming_document_passes_one_validator() {
    let parsing = ["serde_json::from_str", "serde_json::from_slice", "serde_json::from_value", "serde_path_to_error"];
    let found = offenders("src", &parsing, &["src/store/document.rs"]);
    assert!(found.is_empty(), "documents are parsed only in store/document.rs: {found:#?}");
}

#[test]
fn no_user_text_is_rendered_as_html() {
    let found = offenders("src", &["inner_html", "set_inner_html", "outer_html", "insert_adjacent_html"], &[]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_app_requests_nothing_from_the_network() {
    let found = offenders(
        "src",
        &["http://", "https://", "Request::new", "XmlHttpRequest", "WebSocket", "EventSource", "send_beacon", "fetch_with"],
        &[],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_content_security_policy_forbids_inline_code_and_other_origins() {
    let html = fs::read_to_string(root().join("index.html")).unwrap();
    let start = html.find("Content-Security-Policy").expect("index.html has a CSP meta tag");
    let content_at = start + html[start..].find("content=\"").unwrap() + "content=\"".len();
    let policy = &html[content_at..content_at + html[content_at..].find('"').unwrap()];
    for required in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval' __CSP_SCRIPT_HASHES__;",
        "connect-src 'self'",
        "form-action 'none'",
        "base-uri 'none'",
    ] {
        assert!(policy.contains(required), "CSP lacks {required}: {policy}");
    }
    for forbidden in ["unsafe-inline", "'unsafe-eval'", "http:", "https:", "*", "nonce-"] {
        assert!(!policy.contains(forbidden), "CSP must not contain {forbidden}: {policy}");
    }
}

#[test]
fn the_tool_pins_agree_with_the_lock_file() {
    let lock = fs::read_to_string(root().join("Cargo.lock")).unwrap();
    let at = lock.find("name = \"wasm-bindgen\"\nversion = \"").expect("wasm-bindgen in Cargo.lock");
    let version = lock[at..].lines().nth(1).unwrap().trim_start_matches("version = ").trim_matches('"');
    let trunk = fs::read_to_string(root().join("Trunk.toml")).unwrap();
    assert!(
        trunk.contains(&format!("wasm_bindgen = \"{version}\"")),
        "Trunk.toml must pin wasm-bindgen {version}, as Cargo.lock has it"
    );
    let manifest = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(manifest.contains(&format!("wasm-bindgen = \"={version}\"")), "Cargo.toml pins wasm-bindgen exactly");
    assert!(trunk.contains("wasm_opt = \"version_132\""));
    let npm = fs::read_to_string(root().join("package.json")).unwrap();
    assert!(npm.contains("\"binaryen\": \"132.0.0\""), "wasm-opt comes from npm's binaryen 132");
}
