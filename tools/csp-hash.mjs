// Post-build step (one hook, because trunk starts all hooks of a stage at once):
// 1. Paint first, then load the app. Trunk's inline bootstrap imports the app's JS at once and its
//    head preloads the JS and the wasm, so they compete with the stylesheet and the static shell is
//    often painted only once the wasm has arrived. The bootstrap here waits for the first frame (or
//    200 ms, for a tab opened in the background) and then imports the same files.
// 2. Hash every inline <script> of the built index.html and put the hashes into the
//    Content-Security-Policy, so the policy needs neither 'unsafe-inline' nor nonces.
// Trunk runs this with TRUNK_STAGING_DIR set; it can also be given the html file as an argument.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? "dist", "index.html");
let html = readFileSync(file, "utf8");
const placeholder = "__CSP_SCRIPT_HASHES__";
if (!html.includes(placeholder)) {
  console.error(`csp-hash: ${file} has no ${placeholder} placeholder`);
  process.exit(1);
}

const start = /import init, \* as bindings from '([^']+)';\n/;
if (!start.test(html)) {
  console.error(`csp-hash: ${file} has no bootstrap of the form trunk 0.21 writes; see tools/csp-hash.mjs`);
  process.exit(1);
}
html = html
  .replace(start, (_, js) => [
    "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 200); });",
    `const bindings = await import('${js}');`,
    "const init = bindings.default;",
    "",
  ].join("\n"))
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "");

const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attributes, body] = match;
  if (/\bsrc\s*=/.test(attributes)) continue;
  hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}
writeFileSync(file, html.replaceAll(placeholder, hashes.join(" ")));
console.log(`csp-hash: the app loads after the first paint; ${hashes.length} inline script(s) allowed by hash in ${file}`);
