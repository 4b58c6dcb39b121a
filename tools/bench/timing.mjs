// The timing bench: what a person waits for, measured in Debian's chromium on the release build served
// compressed (tools/serve.mjs). Reported, never asserted: `scripts/bench` runs it and writes the table
// into the README. Usage: node tools/bench/timing.mjs <dist> <workbooks dir> [--quick] [--no-lighthouse] [--only <route>]
//
// - start-up: navigation to the first usable page (the app's `waypoint:usable` mark), against the first
//   paint of a static page from the same server in the same run;
// - typing: one figure per key press, the Event Timing API's input-to-next-paint of the longest event of
//   each interaction, 120 keys at 40 ms into the first text field of each page; key presses faster than
//   16 ms are not reported by the API (its lowest threshold) and count as "under 16"; three runs per
//   page pooled, after deleting enough of a full field's text that every key types a character, and
//   the share of presses that missed a frame ("late"), and the median time from the start of a
//   frame the typing drew (its vsync) to its pixels on screen, from Chromium's frame reporter in a
//   trace: a key press is late when it lands within about that time less 3 ms after a frame starts,
//   so this figure, steadier than "late", is the one to bring down (the static page is the floor);
// - saving: from the first unsaved edit (`waypoint:edit`) to the bytes in localStorage (`waypoint:saved`),
//   and how long the write itself holds the main thread (`waypoint:save-start` to `waypoint:saved`);
// - import: a 2 MB file chosen to its preview on screen;
// - Lighthouse 12 (mobile and desktop): performance, accessibility, best practices, SEO.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { serve } from "../serve.mjs";
import { writeSection } from "./readme.mjs";

const [dist = "dist", workbooks = ".bench"] = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !["--readme", "--only"].includes(all[i - 1]));
const quick = process.argv.includes("--quick");
const withLighthouse = !process.argv.includes("--no-lighthouse");
const readme = process.argv.includes("--readme") ? process.argv[process.argv.indexOf("--readme") + 1] : null;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const KEY = "waypoint.workbook";
const KEYS = quick ? 40 : 120;
const TYPING_RUNS = quick ? 1 : 3;
const RUNS = quick ? 2 : 5;

const STATIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>A static page</h1><p>The same server, no script: the fastest any page here can be.</p>
<label for="plain">A plain text area</label><textarea id="plain" rows="3"></textarea></main></body></html>`;

const server = await serve(dist, 0, { "/__static__.html": ["text/html; charset=utf-8", STATIC_PAGE] });
const origin = `http://127.0.0.1:${server.address().port}`;
const documents = {
  empty: null,
  "50 KB": readFileSync(join(workbooks, "50k.json"), "utf8"),
  "2 MB": readFileSync(join(workbooks, "2m.json"), "utf8"),
};

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-breakpad", "--window-size=1280,900"],
  defaultViewport: { width: 1280, height: 900 },
});

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const ms = (x) => (x === undefined ? "–" : `${Math.round(x)} ms`);

/// A fresh page holding `text` as the saved workbook (or nothing), not yet on the app.
async function pageWith(text, review = null) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${origin}/__static__.html`);
  await page.evaluate((key, text, review) => {
    localStorage.clear();
    if (text !== null) localStorage.setItem(key, text);
    // A snapshot under review (D4), kept apart from the workbook: a whole workbook reads as one.
    if (review !== null) localStorage.setItem("waypoint-review", review);
  }, KEY, text, review);
  return { page, close: () => context.close() };
}

async function usableAt(page) {
  await page.waitForFunction(() => performance.getEntriesByName("waypoint:usable").length > 0, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => performance.getEntriesByName("waypoint:usable")[0].startTime);
}

async function startUp() {
  const rows = [];
  const staticPaint = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await pageWith(null);
    await page.goto(`${origin}/__static__.html?${i}`, { waitUntil: "load" });
    staticPaint.push(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime
      ?? performance.getEntriesByType("navigation")[0].loadEventEnd));
    await close();
  }
  const base = median(staticPaint);
  const pages = [["empty", "#/start"], ["2 MB", "#/exploration"], ["2 MB", "#/deeper"], ["2 MB", "#/closing"], ["2 MB", "#/coach"],
    ["2 MB", "#/data"], ["2 MB snapshot", "#/review"]];
  for (const [name, route] of pages) {
    const paint = [];
    const usable = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, close } = name.endsWith("snapshot") ? await pageWith(null, documents["2 MB"]) : await pageWith(documents[name]);
      await page.goto(`${origin}/${route}`);
      usable.push(await usableAt(page));
      paint.push(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime));
      await close();
    }
    rows.push([`${name.endsWith("snapshot") ? `${name} under review` : `${name} workbook`}, ${route}`, ms(median(paint)), ms(median(usable)), `${(median(usable) / base).toFixed(1)}×`]);
  }
  return { base, rows };
}

/// Types KEYS characters into the first text field of `route` and returns one figure per key press.
async function typingOnce(route, text) {
  const { page, close } = await pageWith(text);
  await page.goto(`${origin}/${route}`);
  if (route !== STATIC) await usableAt(page);
  // Options draw their details when opened: open the first, as a person would, and type there. On
  // the Applying page the record is an application, opened from its card into a dialog.
  const card = route === "#/applying" ? await page.$("main .board-card .link-button") : null;
  const option = card ?? (await page.$("main .option-list .option-card summary"));
  // A field that edits the workbook: a text area of the record just opened (an option, a contact, an
  // application; drawn when opened), else the page's first text area, else its first text input
  // outside an add form.
  const opened = card ? "#application-dialog[open] textarea" : "main .option-card[open] textarea:not([disabled])";
  // (A card drawn open, as an offer is, is typed into as it is.)
  if (option && !(await option.evaluate((summary) => summary.parentElement.open))) {
    // Clicked by the page itself: a mouse click at the summary's place, far down a long page of
    // records, lands wherever the page has moved to while scrolling there.
    await option.evaluate((summary) => summary.click());
    await page.waitForSelector(opened, { timeout: 3000 }).catch(() => null);
  }
  const field = (await page.$(opened))
    ?? (await page.$("main textarea:not([disabled])"))
    ?? (await page.$("main input[type=text]:not(.add-row input):not([disabled])"));
  if (!field) {
    await close();
    return null;
  }
  // In the middle of the window, as a person has the field they type in: a text area cut by the
  // window's bottom edge made headless Chromium scroll for the caret on every press and present no
  // frame for 1–2 s (Diving deeper at 50 KB, 2026-12-04: over a second a press; 40 ms once centred).
  await field.evaluate((f) => f.scrollIntoView({ block: "center" }));
  await field.focus();
  // A generated workbook fills fields to their limit, where a key press changes nothing and costs
  // nothing: first make room at the end for every key, as a person would by deleting.
  const room = await field.evaluate((f) => (f.maxLength > 0 ? f.maxLength - f.value.length : Infinity));
  if (room < KEYS) {
    await page.keyboard.press("End");
    for (let i = room; i < KEYS; i++) await page.keyboard.press("Backspace");
    await new Promise((done) => setTimeout(done, 500));
  }
  const before = await field.evaluate((f) => f.value.length);
  const fieldId = await field.evaluate((f) => f.id);
  await page.evaluate(() => {
    window.__events = [];
    window.__long = 0;
    new PerformanceObserver((list) => window.__events.push(...list.getEntries().filter((e) => e.interactionId > 0)
      .map((e) => ({ id: e.interactionId, duration: e.duration })))).observe({ type: "event", durationThreshold: 16 });
    new PerformanceObserver((list) => { window.__long += list.getEntries().length; }).observe({ type: "longtask" });
  });
  // One light trace category: the frame reporter's start-to-screen spans.
  await page.tracing.start({ categories: ["disabled-by-default-devtools.timeline.frame"] });
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(i % 10 === 9 ? "Space" : "KeyA");
    await new Promise((done) => setTimeout(done, 40));
  }
  await new Promise((done) => setTimeout(done, 500));
  const pipeline = framesToScreen(JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents);
  const { events, long } = await page.evaluate(() => ({ events: window.__events, long: window.__long }));
  const typed = (await field.evaluate((f) => f.value.length)) - before;
  await close();
  if (typed !== KEYS) throw new Error(`typing on ${route}: ${typed} of ${KEYS} keys reached #${fieldId}`);
  const longest = new Map();
  for (const { id, duration } of events) longest.set(id, Math.max(longest.get(id) ?? 0, duration));
  // Each key press is one interaction; the ones not reported took under 16 ms (counted as 8).
  const figures = [...longest.values()];
  while (figures.length < KEYS) figures.push(8);
  return { field: fieldId, figures, long, pipeline };
}

/// For each frame put on screen, ms from its start (the vsync) to its presentation: the spans of
/// Chromium's `PipelineReporter` whose state says the frame was presented whole.
function framesToScreen(traceEvents) {
  const open = new Map();
  const spans = [];
  for (const e of traceEvents) {
    if (e.name !== "PipelineReporter" || (e.ph !== "b" && e.ph !== "e")) continue;
    const key = `${e.pid}:${e.tid}:${e.id2?.local ?? e.id}`;
    if (e.ph === "b") open.set(key, e);
    else if (open.has(key)) {
      const begin = open.get(key);
      open.delete(key);
      if (begin.args?.frame_reporter?.state === "STATE_PRESENTED_ALL") spans.push((e.ts - begin.ts) / 1000);
    }
  }
  return spans;
}

/// TYPING_RUNS runs of typingOnce, their key presses pooled: one run of 120 keys moves its p95 by a
/// frame from run to run on this machine.
async function typing(route, text) {
  const runs = [];
  for (let i = 0; i < TYPING_RUNS; i++) {
    const run = await typingOnce(route, text);
    if (!run) return null;
    runs.push(run);
  }
  const figures = runs.flatMap((r) => r.figures);
  return {
    field: runs[0].field,
    p50: percentile(figures, 50),
    p95: percentile(figures, 95),
    max: Math.max(...figures),
    // Event Timing rounds to 8 ms: a press reported as over 16 ms missed the frame it could have made.
    late: figures.filter((f) => f > 16).length / figures.length,
    long: runs.reduce((sum, r) => sum + r.long, 0),
    pipeline: percentile(runs.flatMap((r) => r.pipeline), 50),
  };
}

const STATIC = "__static__.html";
const frame = (x) => (x < 16 ? "under 16 ms" : `${Math.round(x)} ms`);

async function typingTable() {
  // The floor: the same keys into a plain text area of a static page, in the same browser.
  const floor = await typing(STATIC, null);
  const row = (page, field, workbook, r) => [page, field, workbook, frame(r.p50), frame(r.p95), frame(r.max), `${Math.round(r.late * 100)} %`,
    r.pipeline === undefined ? "–" : `${r.pipeline.toFixed(1)} ms`, String(r.long)];
  const rows = [row("static page, no script", `\`#${floor.field}\``, "–", floor)];
  for (const route of ["#/start", "#/exploration", "#/deeper", "#/networking", "#/applying", "#/closing", "#/plan", "#/coach", "#/data"]) {
    for (const name of ["50 KB", "2 MB"]) {
      const result = await typing(route, documents[name]);
      rows.push(result
        ? row(route, `\`#${result.field}\``, name, result)
        : [route, "no text field", name, "", "", "", "", "", ""]);
    }
  }
  return rows;
}

/// Single edits a second apart with the 2 MB workbook: edit to saved, and the write itself (which holds
/// the page). On Exploration the edit is in a small part; on Diving deeper, in the first option (a
/// piece of its own). A first save, not counted, turns the workbook the bench put in storage whole
/// into pieces (once per browser, after an update from a Waypoint that saved whole).
async function saving(route) {
  const { page, close } = await pageWith(documents["2 MB"]);
  await page.goto(`${origin}/${route}`);
  await usableAt(page);
  await page.evaluate(() => {
    window.__marks = [];
    new PerformanceObserver((list) => window.__marks.push(...list.getEntries().map((e) => [e.name, e.startTime])))
      .observe({ type: "mark" });
  });
  const option = await page.$("main .option-list .option-card summary");
  if (option) await option.click();
  const field = await page.$("main textarea:not([disabled])");
  await field.focus();
  const n = (quick ? 4 : 12) + 1;
  for (let i = 0; i < n; i++) {
    await page.keyboard.press("KeyB");
    await page.waitForFunction((i) => window.__marks.filter(([name]) => name === "waypoint:saved").length > i, { timeout: 10_000, polling: 20 }, i);
    await new Promise((done) => setTimeout(done, 200));
  }
  const marks = await page.evaluate(() => window.__marks);
  await close();
  const at = (name) => marks.filter(([n]) => n === name).map(([, t]) => t).slice(1);
  const [edits, starts, saved] = [at("waypoint:edit"), at("waypoint:save-start"), at("waypoint:saved")];
  const latency = saved.map((t, i) => t - edits[i]);
  const write = saved.map((t, i) => t - starts[i]);
  const where = route.replace("#/", "");
  return [
    [`edit to saved (2 MB, ${where})`, ms(median(latency)), ms(percentile(latency, 95))],
    [`the write itself (2 MB, ${where})`, ms(median(write)), ms(percentile(write, 95))],
  ];
}

async function importing() {
  const file = join(mkdtempSync(join(tmpdir(), "waypoint-bench-")), "workbook-2mb.json");
  writeFileSync(file, documents["2 MB"]);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, close } = await pageWith(null);
    await page.goto(`${origin}/#/data`);
    await usableAt(page);
    await page.evaluate(() => {
      window.__chosen = null;
      document.querySelector("#import-file").addEventListener("change", () => { window.__chosen = performance.now(); }, { capture: true });
    });
    const input = await page.$("#import-file");
    await input.uploadFile(file);
    await page.waitForSelector("#import-preview", { timeout: 30_000 });
    times.push(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now() - window.__chosen)))));
    await close();
  }
  return [["a 2 MB file chosen to its preview", ms(median(times)), ms(percentile(times, 95))]];
}

async function lighthouseScores() {
  const rows = [];
  const port = Number(new URL(browser.wsEndpoint()).port);
  for (const [name, config] of [["mobile", undefined], ["desktop", desktopConfig]]) {
    const result = await lighthouse(`${origin}/`, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    }, config);
    const c = result.lhr.categories;
    const a = result.lhr.audits;
    rows.push([name, ...["performance", "accessibility", "best-practices", "seo"].map((k) => String(Math.round(c[k].score * 100))),
      a["first-contentful-paint"].displayValue, a["largest-contentful-paint"].displayValue, a["total-blocking-time"].displayValue]);
  }
  return rows;
}

/// The applications board with the 2 MB workbook (300 applications): the page drawn (navigation to
/// usable), and a card dragged by the mouse to another column, from letting go to the frame that shows
/// it there; ten drags, back and forth.
async function boardBench() {
  const rows = [];
  for (const name of ["50 KB", "2 MB"]) {
    const usable = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, close } = await pageWith(documents[name]);
      await page.goto(`${origin}/#/applying`);
      usable.push(await usableAt(page));
      await close();
    }
    const { page, close } = await pageWith(documents[name]);
    await page.goto(`${origin}/#/applying`);
    await usableAt(page);
    const cards = await page.evaluate(() => document.querySelectorAll(".board-card").length);
    const drops = [];
    for (let i = 0; i < (quick ? 4 : 10); i++) {
      const [from, to] = i % 2 === 0 ? ["interested", "applied"] : ["applied", "interested"];
      const card = await page.$(`#column-${from} .board-card .drag-handle`);
      if (!card) break;
      const id = await card.evaluate((h) => h.closest(".board-card").id);
      await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: "center" }), id);
      const start = await card.boundingBox();
      const target = await (await page.$(`#column-${to} h3`)).boundingBox();
      await page.evaluate((id, to) => {
        window.__drop = new Promise((done) => {
          let at = 0;
          window.addEventListener("pointerup", () => { at = performance.now(); }, { capture: true, once: true });
          new MutationObserver((_, observer) => {
            if (document.querySelector(`#column-${to} #${id}`)) {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - at), 0));
            }
          }).observe(document.getElementById("board"), { childList: true, subtree: true });
        });
      }, id, to);
      await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
      await page.mouse.down();
      await page.mouse.move(start.x + 20, start.y + 20, { steps: 3 });
      await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
      await page.mouse.up();
      drops.push(await page.evaluate(() => Promise.race([window.__drop, new Promise((d) => setTimeout(() => d(NaN), 3000))])));
    }
    await close();
    const good = drops.filter((d) => !Number.isNaN(d));
    rows.push([`${name} workbook`, String(cards), ms(median(usable)), good.length ? ms(median(good)) : "–", good.length ? ms(percentile(good, 95)) : "–", `${good.length} of ${drops.length}`]);
  }
  return rows;
}

const table = (head, rows) => [
  `| ${head.join(" | ")} |`,
  `|${head.map(() => "---").join("|")}|`,
  ...rows.map((r) => `| ${r.join(" | ")} |`),
].join("\n");

// `--only <route>`: the typing figures of one page alone, for a look while working on it.
if (process.argv.includes("--only")) {
  const route = process.argv[process.argv.indexOf("--only") + 1];
  for (const name of ["50 KB", "2 MB"]) {
    const r = await typing(route, documents[name]);
    console.log(route, name, r ? `#${r.field} p50 ${r.p50} p95 ${r.p95} max ${r.max} late ${Math.round(r.late * 100)} %` : "no text field");
  }
  await browser.close();
  server.close();
  process.exit(0);
}
const started = await startUp();
const out = [
  `Start-up (median of ${RUNS}; a static page from the same server paints in ${ms(started.base)}):`,
  "",
  table(["workbook, page", "first paint", "first usable page", "usable ÷ static paint"], started.rows),
  "",
  `Typing, ${TYPING_RUNS} × ${KEYS} keys at 40 ms into the first text field, pooled (Event Timing, input to next paint per key press; "late": reported over 16 ms, a frame missed; "frame to screen": median ms from a frame's start to its pixels on screen, of the frames the typing drew):`,
  "",
  table(["page", "field", "workbook", "p50", "p95", "slowest", "late", "frame to screen", "long tasks"], await typingTable()),
  "",
  "The applications board (cards drawn at first: 25 a column, then “Show more”; a drag: from letting go to the frame that shows the card in its new column):",
  "",
  table(["workbook", "cards drawn", "page usable", "drop p50", "drop p95", "drops landed"], await boardBench()),
  "",
  "Saving and importing:",
  "",
  table(["what", "p50", "p95"], [...(await saving("#/exploration")), ...(await saving("#/deeper")), ...(await importing())]),
];
if (withLighthouse) {
  out.push("", "Lighthouse 12 (`/`, empty storage, served compressed):", "",
    table(["form factor", "performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "TBT"], await lighthouseScores()));
}
const version = await browser.version();
await browser.close();
server.close();
const machine = `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${version}, headless, 1280 × 900`;
out.unshift(`Measured by \`scripts/bench\` on ${machine}; the workbooks are generated by \`examples/bench_workbook.rs\`.`, "");
console.log(out.join("\n"));
if (readme) writeSection(readme, "timing", out);
