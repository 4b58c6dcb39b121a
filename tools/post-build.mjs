// Trunk's post-build hook, one script because trunk starts all hooks of a stage at once:
// 1. Build the wasm in parts (tools/build-wasm.mjs) into the staging directory.
// 2. Fill in the bootstrap in index.html with the built file names. It paints first, then loads the
//    app: it waits for the first frame (or 200 ms, for a tab opened in the background), so the static
//    shell is painted before the JS and the wasm compete with it.
// 3. Hash every inline <script> of the built index.html and put the hashes into the
//    Content-Security-Policy, so the policy needs neither 'unsafe-inline' nor nonces.
// 4. Last, once every file is final: write the service worker (tools/service-worker.js) with the list
//    of exactly this build's files and a name made from their contents (tools/offline.mjs).
// Trunk runs this with TRUNK_STAGING_DIR and TRUNK_PROFILE set.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { buildWasm } from "./build-wasm.mjs";
import { writeServiceWorker } from "./offline.mjs";

const staging = process.env.TRUNK_STAGING_DIR ?? "dist";
const file = join(staging, "index.html");
let html = readFileSync(file, "utf8");
const fail = (why) => {
  console.error(`post-build: ${file} ${why}; see tools/post-build.mjs`);
  process.exit(1);
};
const placeholder = "__CSP_SCRIPT_HASHES__";
if (!html.includes(placeholder)) fail(`has no ${placeholder} placeholder`);
if (!html.includes("__APP_JS__") || !html.includes("__APP_WASM__")) fail("has no bootstrap naming __APP_JS__ and __APP_WASM__");

const built = buildWasm({ release: process.env.TRUNK_PROFILE === "release", outDir: staging });
html = html
  .replaceAll("__APP_JS__", built.js)
  .replaceAll("__APP_WASM__", built.wasm)
  // The marker that told trunk to skip its own Rust step (index.html) has done its work.
  .replace(/\n?\s*<!--[^>]*Rust step is skipped[^>]*-->\s*<link data-trunk rel="rust"[^>]*>/, "");

const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attributes, body] = match;
  if (/\bsrc\s*=/.test(attributes)) continue;
  hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}
writeFileSync(file, html.replaceAll(placeholder, hashes.join(" ")));
const offline = writeServiceWorker(staging);
console.log(
  `post-build: main module ${built.wasm}, ${built.parts.length} parts loaded when needed; ` +
    `${hashes.length} inline script(s) allowed by hash in ${file}; ` +
    `the service worker keeps ${offline.files.length} files as build ${offline.build}`,
);
