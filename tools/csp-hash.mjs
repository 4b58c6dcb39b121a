// Post-build step: hash every inline <script> of the built index.html and put the hashes into the
// Content-Security-Policy, so the policy needs neither 'unsafe-inline' nor nonces.
// Trunk runs this with TRUNK_STAGING_DIR set; it can also be given the html file as an argument.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? "dist", "index.html");
const html = readFileSync(file, "utf8");
const placeholder = "__CSP_SCRIPT_HASHES__";
if (!html.includes(placeholder)) {
  console.error(`csp-hash: ${file} has no ${placeholder} placeholder`);
  process.exit(1);
}
const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attributes, body] = match;
  if (/\bsrc\s*=/.test(attributes)) continue;
  hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}
writeFileSync(file, html.replaceAll(placeholder, hashes.join(" ")));
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash in ${file}`);
