//! The fuzz loop over the one import entry point, `read_document_bytes` (what a file chosen on the
//! Data page goes through; storage and backups go through `read_document`, which it calls).
//!
//! Usage: `scripts/fuzz [executions]` (10 000 000 unless given), which runs
//! `cargo run --release --locked --example fuzz_import -- <executions> [seed]`.
//!
//! The toolchain is stable, so this is not cargo-fuzz: it is a mutation loop with no coverage
//! feedback, on every thread. Its inputs start from every fixture (each version's full and minimal
//! workbook, and the malformed documents under tests/fixtures/bad/ up to 512 KB) and are changed in
//! two ways: as bytes (flips, deletions, insertions of JSON's own tokens, pieces of other inputs,
//! truncations, repeats), and as JSON (a value anywhere in a readable input replaced by a value of
//! another kind, a number at an edge, a long or strange text, a deep nest, an entry added or
//! removed), so that most of them get past the parser into the saved form's reader and the limits.
//!
//! Each execution must end without a panic; an input that is read must have every limit kept, and
//! its export must read back as the same workbook. A panic writes the input that caused it to
//! `target/fuzz-crash-<thread>.bin` (the release profile aborts on a panic, so the hook writes it
//! first). It prints the executions, the outcomes by kind and the rate.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use serde_json::{json, Value};
use waypoint::store::document::{export_text, read_document_bytes};
use waypoint::store::read_document;

#[path = "../tests/support/xorshift.rs"]
mod xorshift;

struct Rng(xorshift::Xorshift);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next()
    }
    fn below(&mut self, n: usize) -> usize {
        self.0.below(n as u64) as usize
    }
}

thread_local! {
    static CURRENT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

const TOKENS: [&str; 24] = [
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "true",
    "-1",
    "0",
    "1e999",
    "NaN",
    "\\u0000",
    "\\ud800",
    "\"schema_version\":",
    "\"id\":",
    "9999",
    "18446744073709551616",
    "\u{feff}",
    "é",
    "🙂",
    "2026-02-30",
];

fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in std::fs::read_dir(&root).expect("tests/fixtures") {
        let dir = dir.unwrap().path();
        if dir.is_dir() {
            files.extend(std::fs::read_dir(&dir).unwrap().map(|f| f.unwrap().path()));
        }
    }
    files.sort();
    files
        .iter()
        .filter(|f| f.extension().is_none_or(|e| e != "txt"))
        .filter_map(|f| std::fs::read(f).ok())
        .filter(|bytes| bytes.len() <= 512 * 1024)
        .collect()
}

/// A value of some kind, sometimes at an edge.
fn strange_value(rng: &mut Rng) -> Value {
    match rng.below(16) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(0),
        3 => json!(-1),
        4 => json!(u64::MAX),
        5 => json!(i64::MIN),
        6 => json!(0.5),
        7 => json!(1e300),
        8 => json!(""),
        9 => json!("x".repeat(rng.below(30_000))),
        10 => json!("2026-02-29"),
        11 => json!("\u{0}\u{202e}🙂e\u{301}"),
        12 => json!([]),
        13 => json!({}),
        14 => json!([1, "a", null]),
        _ => {
            let depth = rng.below(200);
            let mut v = json!(1);
            for _ in 0..depth {
                v = json!([v]);
            }
            v
        }
    }
}

/// Changes one value anywhere in `value` (or adds or removes an entry), reaching down `depth` steps.
fn mutate_value(rng: &mut Rng, value: &mut Value, depth: usize) {
    let go_deeper = depth > 0 && rng.below(5) != 0;
    match value {
        Value::Object(map) if !map.is_empty() => {
            if !go_deeper {
                match rng.below(3) {
                    0 => {
                        let key = map.keys().nth(rng.below(map.len())).cloned().unwrap();
                        map.remove(&key);
                    }
                    1 => {
                        map.insert(format!("extra{}", rng.below(3)), strange_value(rng));
                    }
                    _ => {
                        let key = map.keys().nth(rng.below(map.len())).cloned().unwrap();
                        map.insert(key, strange_value(rng));
                    }
                }
                return;
            }
            let index = rng.below(map.len());
            let child = map.values_mut().nth(index).unwrap();
            mutate_value(rng, child, depth - 1);
        }
        Value::Array(items) if !items.is_empty() => {
            if !go_deeper {
                match rng.below(4) {
                    0 => {
                        let at = rng.below(items.len());
                        items.remove(at);
                    }
                    1 => {
                        let at = rng.below(items.len());
                        let copy = items[at].clone();
                        items.push(copy);
                    }
                    _ => {
                        let at = rng.below(items.len());
                        items[at] = strange_value(rng);
                    }
                }
                return;
            }
            let at = rng.below(items.len());
            mutate_value(rng, &mut items[at], depth - 1);
        }
        Value::Number(_) => {
            *value = match rng.below(6) {
                0 => json!(0),
                1 => json!(-1),
                2 => json!(255),
                3 => json!(65536),
                4 => json!(u32::MAX as u64 + 1),
                _ => json!(rng.below(20)),
            }
        }
        _ => *value = strange_value(rng),
    }
}

fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(8) {
        let len = bytes.len();
        match rng.below(9) {
            0 if len > 0 => {
                let at = rng.below(len);
                bytes[at] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let at = rng.below(len);
                bytes[at] = rng.next() as u8;
            }
            2 if len > 0 => {
                let at = rng.below(len);
                let n = rng.below(16).min(len - at);
                bytes.drain(at..at + n);
            }
            3 => {
                let at = rng.below(len + 1);
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let n = rng.below(256).min(other.len() - from);
                    let at = rng.below(len + 1);
                    bytes.splice(at..at, other[from..from + n].iter().copied());
                }
            }
            5 if len > 0 => bytes.truncate(rng.below(len)),
            6 if len > 0 => {
                let at = rng.below(len);
                let n = rng.below(64).min(len - at);
                let chunk = bytes[at..at + n].to_vec();
                bytes.splice(at..at, chunk);
            }
            7 if len > 0 => {
                // A digit changed, where numbers and ids are.
                if let Some(at) = (0..32)
                    .map(|_| rng.below(len))
                    .find(|&i| bytes[i].is_ascii_digit())
                {
                    bytes[at] = b'0' + rng.below(10) as u8;
                }
            }
            _ => {}
        }
    }
}

/// One execution: read, and for what is read, check it whole and its export read back the same.
fn execute(bytes: &[u8], stamp: chrono::DateTime<Utc>) -> &'static str {
    match read_document_bytes(bytes) {
        Ok(document) => {
            assert_eq!(
                document.workbook.check_limits(),
                Ok(()),
                "a read workbook keeps every limit"
            );
            let text = export_text(&document.workbook, stamp).expect("a read workbook exports");
            let again = read_document(&text).expect("a read workbook's export reads back");
            assert!(
                again.workbook == document.workbook,
                "a read workbook's export reads back the same"
            );
            "read"
        }
        Err(error) => {
            let _ = error.to_string();
            error.kind()
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let total: u64 = args
        .next()
        .and_then(|a| a.replace('_', "").parse().ok())
        .unwrap_or(10_000_000);
    let seed: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0x0f0f_5eed);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1) as u64;
    let seeds = seeds();
    let values: Vec<Value> = seeds
        .iter()
        .filter_map(|s| serde_json::from_slice(s).ok())
        .collect();
    let stamp = Utc.with_ymd_and_hms(2026, 12, 3, 12, 0, 0).unwrap();
    let crash_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::panic::set_hook(Box::new(move |info| {
        let name = std::thread::current().name().unwrap_or("main").to_string();
        let path = crash_dir.join(format!("fuzz-crash-{name}.bin"));
        CURRENT.with(|c| {
            let _ = std::fs::write(&path, &*c.borrow());
        });
        eprintln!(
            "PANIC on thread {name}: {info}\nthe input is in {}",
            path.display()
        );
    }));
    println!(
        "fuzzing read_document_bytes: {total} executions on {threads} threads, from {} inputs ({} readable as JSON), seed {seed:#x}",
        seeds.len(),
        values.len()
    );
    let outcomes: Mutex<BTreeMap<&'static str, u64>> = Mutex::new(BTreeMap::new());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..threads {
            let (seeds, values, outcomes) = (&seeds, &values, &outcomes);
            let share = total / threads + u64::from(t < total % threads);
            std::thread::Builder::new()
                .name(format!("t{t}"))
                .spawn_scoped(scope, move || {
                    let mut rng = Rng(xorshift::Xorshift(
                        seed ^ (t + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15),
                    ));
                    let mut mine: BTreeMap<&'static str, u64> = BTreeMap::new();
                    for n in 0..share {
                        let bytes = if rng.below(2) == 0 && !values.is_empty() {
                            let mut value = values[rng.below(values.len())].clone();
                            for _ in 0..1 + rng.below(3) {
                                mutate_value(&mut rng, &mut value, 8);
                            }
                            let mut bytes = serde_json::to_vec(&value).unwrap();
                            if rng.below(4) == 0 {
                                mutate_bytes(&mut rng, &mut bytes, seeds);
                            }
                            bytes
                        } else {
                            let mut bytes = seeds[rng.below(seeds.len())].clone();
                            mutate_bytes(&mut rng, &mut bytes, seeds);
                            bytes
                        };
                        CURRENT.with(|c| c.borrow_mut().clone_from(&bytes));
                        *mine.entry(execute(&bytes, stamp)).or_default() += 1;
                        if t == 0 && n > 0 && n % 250_000 == 0 {
                            let done = n * threads;
                            let rate = done as f64 / started.elapsed().as_secs_f64();
                            eprintln!("{done} executions, {rate:.0} a second");
                        }
                    }
                    let mut all = outcomes.lock().unwrap();
                    for (kind, count) in mine {
                        *all.entry(kind).or_default() += count;
                    }
                })
                .unwrap();
        }
    });
    let seconds = started.elapsed().as_secs_f64();
    let outcomes = outcomes.into_inner().unwrap();
    let done: u64 = outcomes.values().sum();
    println!(
        "{done} executions in {seconds:.0} s ({:.0} a second), no panic. Outcomes:",
        done as f64 / seconds
    );
    for (kind, count) in &outcomes {
        println!("  {kind:<22} {count:>10}");
    }
}
