// Prints the release build's sizes (raw, gzip, brotli) and the brotli bytes of a first load, and with
// --check fails when a budget is exceeded. Run after a release build: scripts/bench does both.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// Budgets, in brotli bytes: what a first visit downloads, and each part fetched later.
// Budgets follow the product, a decision at a time, with a little headroom so that growth past them
// is a choice and not a drift. Measured in brotli: Diving deeper (issue 4) brought the wasm to 280 KiB;
// the card sort and goals to 349 KiB, which Leptos's erase_components cut to 285 KiB; the whole
// Exploration stage (issue 3) to 332 KiB; "Fast at any size" (issue 10) to 380 836 bytes of wasm.
// "A small first load" (issue 11) made each stage page a part fetched when it is first opened: the
// first load fell from 397 749 to 239 702 bytes (main wasm 224 045), and its budgets are those plus 3 %.
// From here a new stage is a part of its own and may raise the first-load budget by at most 10 000
// bytes (its route, its entry in the navigation); a part's own budget is the largest part (Exploration,
// 86 600 bytes) plus 10 %. Its slimmer import door (the saved form read by hand, not by serde's
// Deserialize derive and serde_path_to_error) took the first load to 216 566 bytes (main wasm
// 200 909); the budgets are those plus 3 %.
// Networking (issue 12), its measured cost: the first load from 217 950 to 226 542 bytes (+8 592)
// and the main wasm from 202 134 to 210 240 (+8 106), so their budgets rise by those. The stage's
// model (its saved form read, checked, applied and saved) is in the first download and cost
// +14 606; reading dates by hand instead of through chrono's general parser, and one copy of the
// saved form's entry() per type of field, gave back 6 014 for every stage.
// Plan and accountability (issue 15), its measured cost: the first load from 226 542 to 235 384
// bytes (+8 842) and the main wasm from 210 240 to 218 355 (+8 115), so their budgets rise by those.
// Nearly all of it is P1–P3 in the saved form (a step's status and links, if–then plans, check-ins:
// read, checked, applied and saved in the first download) and the styles; the page itself, with
// the overview, the chart and the calendar file (P4, P5), is its part.
// Applying (issue 13), its measured cost: the first load from 235 504 to 248 310 bytes (+12 806) and
// the main wasm by about 11 700, nearly all of it the stage's model in the saved form (ten kinds of
// record read, checked, applied and saved), beside the styles and the part's name in the loader.
// Over the 10 000 a stage may add, so two things the first download carried for little were taken
// out for every stage: chrono's date-pattern formatter (three fixed patterns, now written out) and
// Unicode's case tables (duplicate names are now matched ignoring the case of A to Z only; a search
// still folds all of Unicode, in the pages' parts). That gave back 7 204: the first load is
// 241 106 (+5 602) and the main wasm 223 190 (about +4 600), and the budgets rise by those.
// Closing (issue 14), its measured cost: the first load from 240 801 to 250 706 bytes (+9 905), nearly
// all of it the offers, the leaving-well checklist and the celebration in the saved form; the print
// view (D6), a part of its own, +1 521 more (its route, its links from each stage and its print
// styles). Together +11 426 on the first load, about +9 960 on the main wasm, +510 on the loader's js
// (two more parts, and the list of the chunks they share: 121 now) and +470 on the styles, and the
// budgets rise by those.
// Data safety (issue 17), the reminder to export and the full-storage banner's export button: the
// download's glue (a Blob, an object URL) moved into the first load's js, +119 (9 510 to 9 629); the
// first load rose 3 073 (252 148 to 255 221), inside its budget.
// Data safety (issue 17), backups and two tabs, its measured cost: the first load from 255 221 to
// 262 048 bytes (+6 827), the main wasm from 235 930 to 242 659 (+6 729), and the budgets rise by
// those. It must be in the first download: start-up backs up before a migration and offers a backup
// when the saved workbook cannot be read, and every save checks for another tab's first. Written as
// tab-separated lines, not JSON read by a serde derive, the list of backups gave back 3 300 of it.
// An imported file is read as bytes (so UTF-16 and archives are told apart): the glue for a File's
// arrayBuffer and a Uint8Array copy, +121 on the js (9 629 to 9 750), and its budget rises by that.
// Coaching (issue 16: D3, S2), its measured cost: the first load from 262 204 to 271 962 bytes
// (+9 758, inside the 10 000 a lazily loaded stage may add), the main wasm by about +8 900 and the
// js by +801 (the glue of our own Compression Streams binding, a stream's reader and
// history.replaceState), and the budgets rise by those. In the first download: a program and the
// answers in the saved form (read, checked, applied, saved) and accepting one (cards to the deck,
// homework to the plan). The link's decoding and the page are the Coaching part's.
// Coach links and sharing, the rest of issue 16 (D4 snapshots, D5 several workbooks, a coach's
// questions on each stage's page, a draft's items edited in place), its measured cost: the first load
// from 271 962 to 274 829 bytes (+2 867; with Coaching's 9 758 the issue adds 12 625, but these are
// the shell's, not a stage's), the main wasm +717 over its budget, the js +112 (session storage, location.replace) and the
// styles +113 (the review banner, the list of workbooks, a draft's items). In the first download: choosing the
// workbook a tab opens before it is loaded (from the list's text alone: the full list, which reads
// every key and compares names in any case, is the Data page's; that gave back 5 500), its name in
// the header, and taking a snapshot link off the address. Reading and drawing a snapshot are the
// print part's.
// A coach's program that names its stages tucks the others away in the menu (the last of issue 16),
// its measured cost: the first load from 274 829 to 276 665 bytes (+1 836), the main wasm +1 706 and
// the styles +153. In the first download because the menu is: the rule (a stage stays listed once
// anything in it is written, read field by field, with no comparison of whole stages) and one class
// on the list per stage tucked away, hidden by the styles (a signal per item cost 1 800 more).
// Offline and installable (issue 18, D7), its measured cost: the first load from 276 433 to 278 850
// bytes (+2 417), the main wasm +1 774 (the notice that offers a new version and saves before the
// reload: in the shell, as a new version can be found on any page) and the page +596 (registering the
// worker once the app is up, the manifest and icons). The worker itself, sw.js, is fetched after the
// first load, with a budget of its own (1 364 bytes, most of it the build's list of 180 files).
// The whole program by keyboard (issue 18, Q1) found date fields without a focus ring in Chromium:
// the ring follows the focus within a date field, with a line saying why, +47 on the styles (8 766 to
// 8 813); the first load stays inside its budget.
const BUDGETS = { mainWasm: 257_410, js: 10_734, css: 8_813, html: 3_000, firstLoad: 278_850, part: 96_000, worker: 2_000 };

const dist = process.argv.find((a, i) => i > 1 && !a.startsWith("--")) ?? "dist";
const files = readdirSync(dist).filter((f) => !f.startsWith("."));
// tools/build-wasm.mjs names the parts split_<page>-<hash>.wasm and the chunks they share chunk_<n>-….
const isPart = (f) => /^(split|chunk)_.*\.wasm$/.test(f);
// The offline worker (tools/offline.mjs) is fetched once the app is up and the browser idle: not
// in the first load, with a budget of its own.
const kind = (f) =>
  f === "sw.js" ? "worker" : isPart(f) ? "parts" : f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : f.endsWith(".css") ? "css" : f.endsWith(".html") ? "html" : null;

const sizes = (file) => {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return [bytes.length, gz, br];
};
const totals = { wasm: [0, 0, 0], js: [0, 0, 0], css: [0, 0, 0], html: [0, 0, 0], parts: [0, 0, 0], worker: [0, 0, 0] };
const parts = [];
for (const file of files) {
  const k = kind(file);
  if (!k) continue;
  const size = sizes(file);
  size.forEach((n, at) => (totals[k][at] += n));
  if (k === "parts") parts.push([file.replace(/-[0-9a-f]{16}\.wasm$/, ""), ...size]);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
console.log("asset        raw         gzip      brotli");
for (const [k, [raw, gz, br]] of Object.entries(totals)) {
  if (k !== "parts" && k !== "worker") console.log(`${k.padEnd(6)} ${kb(raw)} ${kb(gz)} ${kb(br)}`);
}
const firstLoad = ["wasm", "js", "css", "html"].reduce((sum, k) => sum + totals[k][2], 0);
console.log(`first load (brotli, all of the above): ${kb(firstLoad).trim()} (${firstLoad} bytes)`);
console.log("\nparts, each fetched when its page is first opened or fetched ahead (split_<page>, and chunk_<n> shared by several):");
for (const [name, raw, gz, br] of parts.sort((a, b) => b[3] - a[3])) console.log(`${name.padEnd(17)} ${kb(raw)} ${kb(gz)} ${kb(br)}`);
console.log(`all parts (brotli): ${kb(totals.parts[2]).trim()} (${totals.parts[2]} bytes)`);
console.log(`the offline worker, sw.js, fetched once the app is up (brotli): ${totals.worker[2]} bytes`);

if (process.argv.includes("--check")) {
  const over = [];
  if (totals.wasm[2] > BUDGETS.mainWasm) over.push(`main wasm: ${totals.wasm[2]} > ${BUDGETS.mainWasm} bytes`);
  for (const k of ["js", "css", "html"]) {
    if (totals[k][2] > BUDGETS[k]) over.push(`${k}: ${totals[k][2]} > ${BUDGETS[k]} bytes`);
  }
  if (totals.worker[2] > BUDGETS.worker) over.push(`sw.js: ${totals.worker[2]} > ${BUDGETS.worker} bytes`);
  if (totals.worker[0] === 0) over.push("no sw.js in " + dist + ": the offline worker was not written (tools/offline.mjs)");
  if (firstLoad > BUDGETS.firstLoad) over.push(`first load: ${firstLoad} > ${BUDGETS.firstLoad} bytes`);
  for (const [name, , , br] of parts) if (br > BUDGETS.part) over.push(`part ${name}: ${br} > ${BUDGETS.part} bytes`);
  if (totals.wasm[0] === 0) over.push("no .wasm in " + dist + ": build first");
  if (parts.length === 0) over.push("no parts in " + dist + ": the stage pages were not split off (tools/build-wasm.mjs)");
  if (over.length) {
    console.error("over budget:\n  " + over.join("\n  "));
    process.exit(1);
  }
  console.log("within budget");
}
