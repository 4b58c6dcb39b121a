// Prints the release build's sizes (raw, gzip, brotli) and the brotli bytes of a first load, and with
// --check fails when a budget is exceeded. Run after a release build: scripts/bench does both.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// Budgets, in brotli bytes: what a first visit downloads.
// Budgets follow the product, a decision at a time, with about 10% headroom so that growth past them
// is a choice and not a drift. Measured in brotli: Diving deeper (issue 4) brought the wasm to 280 KiB;
// the card sort and goals to 349 KiB, which Leptos's erase_components cut to 285 KiB; the whole
// Exploration stage (issue 3) to 332 KiB. "Fast at any size" (issue 10) raised wasm and first load by
// their measured cost, 15 600 bytes (365 260 → 380 836 bytes of wasm): saving in pieces (a save writes
// 3–6 ms instead of 22–40 ms at 2 MB) and readers that read again at once (8.5 → 1.2 ms of input handling
// per key press on Diving deeper at 2 MB). Loading stages lazily (issue 11) is what brings these down.
const BUDGETS = { wasm: 391_000, js: 15_000, css: 8_000, html: 3_000, firstLoad: 411_000 };

const dist = process.argv.find((a, i) => i > 1 && !a.startsWith("--")) ?? "dist";
const files = readdirSync(dist).filter((f) => !f.startsWith("."));
const kind = (f) =>
  f.endsWith(".wasm") ? "wasm" : f.endsWith(".js") ? "js" : f.endsWith(".css") ? "css" : f.endsWith(".html") ? "html" : null;

const totals = { wasm: [0, 0, 0], js: [0, 0, 0], css: [0, 0, 0], html: [0, 0, 0] };
for (const file of files) {
  const k = kind(file);
  if (!k) continue;
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  totals[k][0] += bytes.length;
  totals[k][1] += gz;
  totals[k][2] += br;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
console.log("asset        raw         gzip      brotli");
for (const [k, [raw, gz, br]] of Object.entries(totals)) {
  console.log(`${k.padEnd(6)} ${kb(raw)} ${kb(gz)} ${kb(br)}`);
}
const firstLoad = Object.values(totals).reduce((sum, [, , br]) => sum + br, 0);
console.log(`first load (brotli, all of the above): ${kb(firstLoad).trim()} (${firstLoad} bytes)`);

if (process.argv.includes("--check")) {
  const over = [];
  for (const k of ["wasm", "js", "css", "html"]) {
    if (totals[k][2] > BUDGETS[k]) over.push(`${k}: ${totals[k][2]} > ${BUDGETS[k]} bytes`);
  }
  if (firstLoad > BUDGETS.firstLoad) over.push(`first load: ${firstLoad} > ${BUDGETS.firstLoad} bytes`);
  if (totals.wasm[0] === 0) over.push("no .wasm in " + dist + ": build first");
  if (over.length) {
    console.error("over budget:\n  " + over.join("\n  "));
    process.exit(1);
  }
  console.log("within budget");
}
