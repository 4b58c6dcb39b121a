// Where the bytes of the main module go: its largest functions and the share of each crate, measured
// with twiggy on a copy of the last build's main module optimised as shipped but keeping its function
// names (`wasm-opt -Oz -g`). Reported, never asserted: `scripts/bench` runs it after a release build.
// Usage: node tools/bench/bytes.mjs [--readme README.md]
//
// A function is counted to a crate by its name: for a trait method `<Type as Trait>::method`, the
// trait's crate (so `Deserialize` code generated for the workbook's types counts to serde), otherwise
// the first crate of its path. Data segments are the app's texts and the libraries' tables.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

import { WASM_FEATURES } from "../build-wasm.mjs";
import { writeSection } from "./readme.mjs";

const readme = process.argv.includes("--readme") ? process.argv[process.argv.indexOf("--readme") + 1] : null;
const work = "target/wasm-parts";
const bound = join(work, "bound", "waypoint_bg.wasm");
if (!existsSync(bound)) throw new Error(`bytes: no ${bound}; build the release app first (trunk build --release)`);
const named = join(work, "main-named.wasm");
execFileSync("wasm-opt", ["-Oz", "-g", ...WASM_FEATURES, bound, "-o", named], { stdio: ["ignore", "ignore", "ignore"] });
// The names this copy keeps are not shipped: leave out the custom sections that hold them.
const items = JSON.parse(execFileSync("twiggy", ["top", "-f", "json", named], { maxBuffer: 1 << 28 }).toString("utf8"))
  .filter((item) => !/subsection"?$|^custom section/.test(item.name));
const total = items.reduce((sum, item) => sum + item.shallow_size, 0);

const GROUPS = [
  [/^(leptos\w*|tachys|reactive_graph|reactive_stores|any_spawner|throw_error|or_poisoned|oco_ref|next_tuple|send_wrapper|wasm_split_helpers)$/, "Leptos (tachys, reactive_graph, …)"],
  [/^(core|alloc|std|str|fmt|compiler_builtins|dlmalloc|hashbrown)$/, "Rust std (core, alloc)"],
  [/^(serde\w*)$/, "serde, serde_json"],
  [/^(wasm_bindgen\w*|js|js_sys|web_sys|gloo\w*)$/, "wasm-bindgen, js-sys, web-sys, gloo"],
  [/^chrono$/, "chrono"],
];
const crateOf = (name) => {
  if (/^data segment|^data\[/.test(name)) return "data (texts, tables)";
  if (/^<(str|char|u\d+|i\d+|f\d+|usize|isize|bool)>::|^__rustc/.test(name)) return "Rust std (core, alloc)";
  if (/^(elem|code|table|type|import|export)\b/.test(name)) return "other (tables, glue, unnamed)";
  const trait = name.startsWith("<") ? name.match(/ as ([a-z_][a-z0-9_]*)::/) : null;
  const crate = trait ? trait[1] : name.match(/([a-z_][a-z0-9_]*)::/)?.[1];
  if (!crate) return "other (tables, glue, unnamed)";
  if (crate === "waypoint") {
    const floor = name.match(/waypoint::(model|store|ui)::/)?.[1];
    return floor ? `Waypoint ${floor}` : "Waypoint (main.rs)";
  }
  return GROUPS.find(([pattern]) => pattern.test(crate))?.[1] ?? crate;
};
const byCrate = new Map();
for (const item of items) byCrate.set(crateOf(item.name), (byCrate.get(crateOf(item.name)) ?? 0) + item.shallow_size);

const pct = (n) => `${((100 * n) / total).toFixed(1)} %`;
const shorten = (name) => (name.length > 90 ? `${name.slice(0, 87)}…` : name).replaceAll("|", "\\|");
const out = [];
out.push(`The main module (${(total / 1024).toFixed(1)} KiB raw, with names; twiggy over \`wasm-opt -Oz -g\`), by crate:`);
out.push("", "| crate | bytes | share |", "|---|---:|---:|");
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).filter(([, size]) => size >= total * 0.005)) {
  out.push(`| ${crate} | ${size} | ${pct(size)} |`);
}
out.push("", "Its largest items:", "", "| item | bytes | share |", "|---|---:|---:|");
for (const item of [...items].sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 12)) {
  out.push(`| \`${shorten(item.name)}\` | ${item.shallow_size} | ${pct(item.shallow_size)} |`);
}
console.log(out.join("\n"));

if (readme) writeSection(readme, "bytes", out);
