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

/// Source without comments (line, block and doc comments), so that prose may name what code may
/// not use; string and character literals stay, with whatever they hold (a `//` inside a string is
/// not a comment).
fn code_of(path: &Path) -> String {
    strip_comments(&fs::read_to_string(path).unwrap())
}

fn strip_comments(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut code = String::with_capacity(source.len());
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else if i >= chars.len() {
                    break;
                } else {
                    i += 1;
                }
            }
            code.push(' ');
        } else if c == 'r'
            && (at(i + 1) == '"' || (at(i + 1) == '#' && matches!(at(i + 2), '"' | '#')))
            && !(i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            // A raw string: r"…", r#"…"#, ending at a quote followed by as many hashes.
            let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
            let start = i;
            i += 2 + hashes;
            while i < chars.len()
                && !(chars[i] == '"'
                    && chars[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|c| **c == '#')
                        .count()
                        == hashes)
            {
                i += 1;
            }
            i = (i + 1 + hashes).min(chars.len());
            code.extend(&chars[start..i]);
        } else if c == '"' {
            let start = i;
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i = (i + 1).min(chars.len());
            code.extend(&chars[start..i]);
        } else if c == '\'' && (at(i + 2) == '\'' || at(i + 1) == '\\') {
            // A character literal ('"', '\'', '/'); a lifetime ('a) has no closing quote here.
            let start = i;
            i += if at(i + 1) == '\\' { 2 } else { 1 };
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i = (i + 1).min(chars.len());
            code.extend(&chars[start..i]);
        } else {
            code.push(c);
            i += 1;
        }
    }
    code
}

#[test]
fn comments_are_stripped_but_strings_are_kept() {
    let source = "let a = \"https://x\"; // https://comment\n/* http:// */ let b = '\"'; let c = r#\"//k\"#;\nfn f<'a>(x: &'a str) {} // tail";
    let code = strip_comments(source);
    assert!(code.contains("\"https://x\""), "{code}");
    assert!(
        !code.contains("comment") && !code.contains("http:// ") && !code.contains("tail"),
        "{code}"
    );
    assert!(
        code.contains("r#\"//k\"#") && code.contains("fn f<'a>(x: &'a str)"),
        "{code}"
    );
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The code of a file that ships: everything before its `#[cfg(test)]` module (by convention the
/// last thing in a file), without comments.
fn shipped_code_of(path: &Path) -> String {
    let code = code_of(path);
    match code.find("#[cfg(test)]") {
        Some(at) => code[..at].to_string(),
        None => code,
    }
}

fn offenders(dir: &str, forbidden: &[&str], allowed_files: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(&root().join(dir)) {
        let relative = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if allowed_files.contains(&relative.as_str()) {
            continue;
        }
        let code = shipped_code_of(&file);
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
    let found = offenders(
        "src/model",
        &["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"],
        &[],
    );
    assert!(
        found.is_empty(),
        "src/model must stay plain Rust: {found:#?}"
    );
}

#[test]
fn only_the_store_touches_storage() {
    let forbidden = [
        "local_storage",
        "LocalStorage",
        "gloo_storage",
        "session_storage",
        "set_item",
        "get_item",
    ];
    let mut found = offenders("src/ui", &forbidden, &[]);
    found.extend(offenders("src/model", &forbidden, &[]));
    let store_files_that_may = ["src/store/local.rs"];
    found.extend(offenders("src/store", &forbidden, &store_files_that_may));
    assert!(
        found.is_empty(),
        "only src/store/local.rs may touch storage: {found:#?}"
    );
}

#[test]
fn every_incoming_document_passes_one_validator() {
    let parsing = [
        "serde_json::from_str",
        "serde_json::from_slice",
        "serde_json::from_value",
        "serde_path_to_error",
    ];
    let found = offenders("src", &parsing, &["src/store/document.rs"]);
    assert!(
        found.is_empty(),
        "documents are parsed only in store/document.rs: {found:#?}"
    );
}

#[test]
fn no_user_text_is_rendered_as_html() {
    let found = offenders(
        "src",
        &[
            "inner_html",
            "set_inner_html",
            "outer_html",
            "insert_adjacent_html",
        ],
        &[],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_app_requests_nothing_from_the_network() {
    let found = offenders(
        "src",
        &[
            "http://",
            "https://",
            "Request::new",
            "XmlHttpRequest",
            "WebSocket",
            "EventSource",
            "send_beacon",
            "fetch_with",
        ],
        &[],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_content_security_policy_forbids_inline_code_and_other_origins() {
    let html = fs::read_to_string(root().join("index.html")).unwrap();
    let start = html
        .find("Content-Security-Policy")
        .expect("index.html has a CSP meta tag");
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
    for forbidden in [
        "unsafe-inline",
        "'unsafe-eval'",
        "http:",
        "https:",
        "*",
        "nonce-",
    ] {
        assert!(
            !policy.contains(forbidden),
            "CSP must not contain {forbidden}: {policy}"
        );
    }
}

/// The version of `name` in Cargo.lock.
fn locked_version(lock: &str, name: &str) -> String {
    let at = lock
        .find(&format!("name = \"{name}\"\nversion = \""))
        .unwrap_or_else(|| panic!("{name} in Cargo.lock"));
    lock[at..]
        .lines()
        .nth(1)
        .unwrap()
        .trim_start_matches("version = ")
        .trim_matches('"')
        .to_string()
}

#[test]
fn the_tool_pins_agree_with_the_lock_file() {
    let lock = fs::read_to_string(root().join("Cargo.lock")).unwrap();
    let setup = fs::read_to_string(root().join("scripts/setup")).unwrap();
    // wasm-bindgen-cli is installed at Cargo.lock's version, which Cargo.toml pins exactly.
    let bindgen = locked_version(&lock, "wasm-bindgen");
    let manifest = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains(&format!("wasm-bindgen = \"={bindgen}\"")),
        "Cargo.toml pins wasm-bindgen exactly"
    );
    assert!(
        setup.contains(r#"WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/"#),
        "setup reads wasm-bindgen from Cargo.lock"
    );
    // The splitting tool is of the same line as the runtime half the app links (wasm_split_helpers).
    let helpers = locked_version(&lock, "wasm_split_helpers");
    let line = |version: &str| version.split('.').take(2).collect::<Vec<_>>().join(".");
    let at = setup
        .find("WASM_SPLIT_VERSION=\"")
        .expect("setup pins wasm-split-cli")
        + "WASM_SPLIT_VERSION=\"".len();
    let split = &setup[at..at + setup[at..].find('"').unwrap()];
    assert_eq!(
        line(split),
        line(&helpers),
        "wasm-split-cli {split} and wasm_split_helpers {helpers} are of one line"
    );
    // wasm-opt comes from npm's binaryen 132, never Debian's.
    assert!(setup.contains("BINARYEN_VERSION=\"version_132\""));
    let npm = fs::read_to_string(root().join("package.json")).unwrap();
    assert!(
        npm.contains("\"binaryen\": \"132.0.0\""),
        "wasm-opt comes from npm's binaryen 132"
    );
}

/// The stages in program order. A stage may read `base` and the stages before it, never a later
/// one; `base` reads nothing else of the model; only `edit` and `workbook` compose the stages.
const STAGES: [&str; 8] = [
    "start",
    "exploration",
    "deeper",
    "networking",
    "applying",
    "closing",
    "plan",
    "coach",
];
const COMPOSERS: [&str; 8] = [
    "agenda",
    "calendar",
    "dashboard",
    "edit",
    "menu",
    "part",
    "share",
    "workbook",
];

/// Each `(from, to, file)`: a file of top-level model module `from` names top-level module `to`.
fn model_references() -> Vec<(String, String, String)> {
    let model = root().join("src/model");
    let mut found = Vec::new();
    for file in rust_files(&model) {
        let relative = file.strip_prefix(&model).unwrap().with_extension("");
        let mut path: Vec<String> = relative
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .collect();
        if path.last().is_some_and(|last| last == "mod") {
            path.pop();
        }
        let Some(from) = path.first().cloned() else {
            continue;
        }; // model/mod.rs only declares and re-exports
        let code = shipped_code_of(&file);
        let name = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for to in named_modules(&code, &path) {
            if to != from {
                found.push((from.clone(), to, name.clone()));
            }
        }
    }
    found
}

/// The top-level model modules that `code`, in the module at `path` under `model`, names through
/// `crate::model::…` or `super::…`.
fn named_modules(code: &str, path: &[String]) -> Vec<String> {
    let idents = |text: &str| -> Vec<String> {
        let text = text.trim_start();
        if let Some(group) = text.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            group
                .split(',')
                .map(|part| part.trim().split("::").next().unwrap_or("").to_string())
                .collect()
        } else {
            vec![text
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()]
        }
    };
    let mut named = Vec::new();
    for (at, _) in code.match_indices("crate::model::") {
        named.extend(idents(&code[at + "crate::model::".len()..]));
    }
    let mut rest = code;
    while let Some(at) = rest.find("super::") {
        let before_ok = at == 0 || !rest[..at].ends_with("::");
        let mut tail = &rest[at..];
        let mut ups = 0;
        while let Some(next) = tail.strip_prefix("super::") {
            ups += 1;
            tail = next;
        }
        if before_ok {
            let base = path.len().saturating_sub(ups);
            match path.first().filter(|_| base > 0) {
                Some(top) => named.push(top.clone()),
                None => named.extend(idents(tail)),
            }
        }
        rest = tail;
    }
    named.retain(|name| !name.is_empty() && name != "self" && name != "*");
    named.sort();
    named.dedup();
    named
}

#[test]
fn model_modules_point_only_downwards_and_form_no_circle() {
    let references = model_references();
    assert!(
        references.len() > 10,
        "the scan sees the stages read base: {references:#?}"
    );
    let rank = |module: &str| STAGES.iter().position(|stage| *stage == module);
    let mut wrong = Vec::new();
    for (from, to, file) in &references {
        let allowed = match (from.as_str(), rank(from)) {
            ("base", _) => false,
            (_, Some(from_rank)) => {
                to == "base" || rank(to).is_some_and(|to_rank| to_rank < from_rank)
            }
            (composer, None) if COMPOSERS.contains(&composer) => true,
            _ => false,
        };
        if !allowed {
            wrong.push(format!("{file}: {from} reads {to}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "base reads nothing; a stage reads base and earlier stages: {wrong:#?}"
    );

    // No circle among the top-level modules, whatever the rules above allow.
    let mut edges: Vec<(String, String)> = references
        .iter()
        .map(|(from, to, _)| (from.clone(), to.clone()))
        .collect();
    edges.sort();
    edges.dedup();
    fn reaches(
        edges: &[(String, String)],
        from: &str,
        target: &str,
        seen: &mut Vec<String>,
    ) -> bool {
        for (a, b) in edges.iter().filter(|(a, _)| a == from) {
            if b == target {
                return true;
            }
            if !seen.contains(b) {
                seen.push(b.clone());
                if reaches(edges, b, target, seen) {
                    return true;
                }
            }
            let _ = a;
        }
        false
    }
    for (from, to) in &edges {
        assert!(
            !reaches(&edges, to, from, &mut Vec::new()),
            "an import circle through {from} and {to}"
        );
    }
}

#[test]
fn the_module_reader_resolves_paths() {
    let deeper = ["deeper".to_string(), "removal".to_string()];
    let code =
        "use super::Deeper; use super::super::base::Id; use crate::model::{exploration::X, plan};";
    assert_eq!(
        named_modules(code, &deeper),
        ["base", "deeper", "exploration", "plan"]
    );
    assert_eq!(
        named_modules(
            "use super::{base, start::Profile};",
            &["workbook".to_string()]
        ),
        ["base", "start"]
    );
}

#[test]
fn no_floor_reads_the_floor_above() {
    let mut found = offenders(
        "src/model",
        &[
            "crate::store",
            "crate::ui",
            "super::store",
            "super::ui",
            "crate::{",
        ],
        &[],
    );
    found.extend(offenders(
        "src/store",
        &["crate::ui", "super::ui", "crate::{"],
        &[],
    ));
    assert!(
        found.is_empty(),
        "model reads nothing above it, store reads no ui: {found:#?}"
    );
}

fn folders(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root().join(dir))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// ARCHITECTURE.md's recipe, "Adding a stage": a model folder, a page folder, and one line in each
/// list of stages. A stage that misses one of them fails here, by name.
#[test]
fn every_stage_follows_the_recipe() {
    let mut stages: Vec<String> = folders("src/model")
        .into_iter()
        .filter(|name| name != "base")
        .collect();
    stages.sort();
    let mut listed: Vec<String> = STAGES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        stages, listed,
        "every folder in src/model but base is a stage, named in STAGES in program order"
    );
    let pages = folders("src/ui/pages");
    let model_mod = code_of(&root().join("src/model/mod.rs"));
    let pages_mod = code_of(&root().join("src/ui/pages/mod.rs"));
    let edit = shipped_code_of(&root().join("src/model/edit.rs"));
    let workbook = shipped_code_of(&root().join("src/model/workbook.rs"));
    let parts = shipped_code_of(&root().join("src/ui/parts.rs"));
    let print = shipped_code_of(&root().join("src/ui/pages/print/mod.rs"));
    let mut missing = Vec::new();
    for stage in STAGES {
        let variant: String = stage[..1].to_uppercase() + &stage[1..];
        // Start comes with the app; every other stage's page is a part fetched when it is opened.
        let split = stage == "start" || parts.contains(&format!("#[wasm_split({stage},"));
        // Start's words (the name, the dates) head the printed summary; every other stage prints a section.
        let printed = stage == "start"
            || (root()
                .join(format!("src/ui/pages/print/{stage}.rs"))
                .is_file()
                && print.contains(&format!("{stage}::section(w")));
        let checks = [
            (split, format!("its page split off as a part: `#[wasm_split({stage}, …)]` in src/ui/parts.rs")),
            (pages.iter().any(|p| p == stage), format!("src/ui/pages/{stage}/")),
            (printed, format!("src/ui/pages/print/{stage}.rs, with its `section(w…)` in the summary's `stages()`")),
            (model_mod.contains(&format!("pub mod {stage};")), format!("`pub mod {stage};` in src/model/mod.rs")),
            (pages_mod.contains(&format!("mod {stage};")), format!("`mod {stage};` in src/ui/pages/mod.rs")),
            (edit.contains(&format!("    {variant}({stage}::")) || edit.contains(&format!("    {variant}({variant}Edit)")), format!("an `Edit::{variant}` variant")),
            (workbook.contains(&format!("Edit::{variant}(edit) =>")), format!("`Edit::{variant}` applied in Workbook::apply")),
            (!shipped_code_of(&root().join(format!("src/model/{stage}/mod.rs"))).contains("Workbook"), format!("src/model/{stage}/mod.rs knowing nothing of the Workbook")),
        ];
        for (ok, what) in checks {
            if !ok {
                missing.push(format!("{stage}: {what}"));
            }
        }
        // A stage with removals names them in the workbook's lists too.
        let stage_code = shipped_code_of(&root().join(format!("src/model/{stage}/mod.rs")));
        if stage_code.contains("pub use removal::") || stage_code.contains("pub enum Target") {
            for (ok, what) in [
                (
                    edit.contains(&format!("{variant}({stage}::Target)")),
                    format!("`Target::{variant}` in edit.rs"),
                ),
                (
                    edit.contains(&format!("{variant}({stage}::Removed)")),
                    format!("`RemovedPart::{variant}` in edit.rs"),
                ),
                (
                    workbook.contains(&format!("Target::{variant}(target) =>")),
                    format!("`Target::{variant}` in Workbook::removal_of"),
                ),
                (
                    workbook.contains(&format!("RemovedPart::{variant}(part) =>")),
                    format!("`RemovedPart::{variant}` in take_away and put_back"),
                ),
            ] {
                if !ok {
                    missing.push(format!("{stage}: {what}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "a stage is missing from a list of stages (see ARCHITECTURE.md): {missing:#?}"
    );
}
