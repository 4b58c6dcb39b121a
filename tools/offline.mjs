// Writes the service worker into a finished build (tools/post-build.mjs runs it last): the worker's
// source is tools/service-worker.js, given the list of every file of the build (relative to the page,
// so the app works from a sub-path) and the build's name, a hash of those files' names and contents,
// so a build that changes any byte is a new build and one that changes none is the same.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const WORKER = "sw.js";

function filesUnder(root, dir = root) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join("/")];
  });
}

export function writeServiceWorker(dist) {
  const files = filesUnder(dist)
    .filter((file) => file !== WORKER)
    .sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file).update("\0").update(readFileSync(join(dist, file))).update("\0");
  }
  const build = hash.digest("hex").slice(0, 16);
  const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "service-worker.js"), "utf8");
  for (const placeholder of ["__BUILD__", "__FILES__"]) {
    if (!template.includes(placeholder)) throw new Error(`tools/service-worker.js has no ${placeholder}`);
  }
  const source = template.replace("__BUILD__", JSON.stringify(build)).replace("__FILES__", JSON.stringify(files));
  writeFileSync(join(dist, WORKER), source);
  return { build, files };
}
