// Builds the app's wasm in parts: a main module (the shell, the Start page, the store) and one part per
// lazily loaded page (`#[lazy]` in src/ui/app.rs), which the browser fetches when the page is first
// opened. Trunk's own Rust step cannot do this (it runs wasm-bindgen before any split could happen), so
// index.html has no Rust asset and the post-build hook (tools/post-build.mjs) calls this instead:
//   1. cargo builds the wasm, keeping its relocations (`--emit-relocs`, in .cargo/config.toml);
//   2. wasm-split-cli (crate wasm_split_cli_support) cuts it at the split points into the main module,
//      one module per split point, shared chunks, and a JS loader (__wasm_split.js);
//   3. wasm-bindgen writes the JS glue for the main module, keeping the exports the parts link against;
//   4. wasm-opt -Oz shrinks every module (release builds);
//   5. every file is named after one hash of the whole build (a part and the main module must always
//      come from the same build, and the files refer to each other in a circle, so one hash names all).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const NAME = "waypoint";
// What rustc's wasm32-unknown-unknown target uses, and no more: wasm-opt's --all-features would let it
// write encodings browsers do not read yet (Chromium refused "compact imports").
export const WASM_FEATURES = [
  "--enable-bulk-memory", "--enable-mutable-globals", "--enable-nontrapping-float-to-int",
  "--enable-sign-ext", "--enable-reference-types", "--enable-multivalue",
];

function run(command, args, { quietWarnings = false } = {}) {
  if (!quietWarnings) {
    execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
    return;
  }
  // wasm-opt warns about a name subsection it does not know, once per module; the rest is shown.
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  const left = result.stderr.split("\n").filter((line) => line && !/unknown name subsection/.test(line));
  if (left.length) console.error(left.join("\n"));
  if (result.status !== 0) throw new Error(`build-wasm: ${command} ${args.join(" ")} failed`);
}

// Builds into `outDir` and returns the file names: { js, wasm, loader, parts: [...] }.
export function buildWasm({ release, outDir, workDir = "target/wasm-parts" }) {
  const profile = release ? "release" : "debug";
  run("cargo", ["build", "--locked", "--target", "wasm32-unknown-unknown", "--bin", NAME, ...(release ? ["--release"] : [])]);
  const built = join("target", "wasm32-unknown-unknown", profile, `${NAME}.wasm`);

  rmSync(workDir, { recursive: true, force: true });
  const split = join(workDir, "split");
  const bound = join(workDir, "bound");
  mkdirSync(split, { recursive: true });
  mkdirSync(bound, { recursive: true });
  run("wasm-split-cli", [built, split, "--out-name", NAME]);
  run("wasm-bindgen", [
    "--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
    "--out-dir", bound, "--out-name", NAME, join(split, `${NAME}.wasm`),
  ]);

  // Every module: the main one (from wasm-bindgen) and the parts (straight from the split).
  const modules = [[join(bound, `${NAME}_bg.wasm`), `${NAME}_bg.wasm`]];
  for (const file of readdirSync(split).sort()) {
    if (file.endsWith(".wasm") && file !== `${NAME}.wasm`) modules.push([join(split, file), file]);
  }
  const files = new Map(); // original name → bytes
  for (const [path, name] of modules) {
    if (release) {
      const optimised = `${path}.opt`;
      run("wasm-opt", ["-Oz", "--strip-debug", "--strip-producers", ...WASM_FEATURES, path, "-o", optimised], { quietWarnings: true });
      files.set(name, readFileSync(optimised));
    } else {
      files.set(name, readFileSync(path));
    }
  }
  files.set(`${NAME}.js`, readFileSync(join(bound, `${NAME}.js`)));
  files.set("__wasm_split.js", readFileSync(join(split, "__wasm_split.js")));

  const hash = createHash("sha256");
  for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(name).update(bytes);
  const tag = hash.digest("hex").slice(0, 16);
  const renamed = new Map([...files.keys()].map((name) => {
    const dot = name.endsWith("_bg.wasm") ? name.length - "_bg.wasm".length : name.lastIndexOf(".");
    return [name, `${name.slice(0, dot)}-${tag}${name.slice(dot)}`];
  }));
  // The JS files import each other and fetch the parts by "./<name>"; point them at the new names.
  // (Only imports and fetches: the import object's keys must stay the module names inside the wasm.)
  const reference = /(from |new URL\()"\.\/([^"]+)"/g;
  const relink = (text) => text.replace(reference, (whole, how, name) => (renamed.has(name) ? `${how}"./${renamed.get(name)}"` : whole));
  for (const js of [`${NAME}.js`, "__wasm_split.js"]) {
    const text = relink(files.get(js).toString("utf8"));
    const left = [...text.matchAll(reference)].map(([whole]) => whole).filter((s) => !s.includes(tag));
    if (left.length) throw new Error(`build-wasm: ${js} still refers to ${left.join(", ")}`);
    files.set(js, Buffer.from(text));
  }

  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(outDir, renamed.get(name)), bytes);
  return {
    js: renamed.get(`${NAME}.js`),
    wasm: renamed.get(`${NAME}_bg.wasm`),
    loader: renamed.get("__wasm_split.js"),
    parts: modules.slice(1).map(([, name]) => renamed.get(name)),
  };
}
