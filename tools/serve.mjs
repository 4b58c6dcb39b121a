// The built app served as a static host serves it: compressed (brotli, else gzip, as the browser
// accepts), with the right content types. `scripts/serve` runs it; the timing bench imports it.
// Usage: node tools/serve.mjs <dir> [port]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".css", ".json", ".svg", ".webmanifest"]);

/// Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to the server once listening.
/// `extra` maps a URL path to [content type, body] for pages the bench adds beside the app.
export function serve(root, port = 0, extra = {}) {
  root = resolve(root);
  // Compressed once per file version, as a host's build step or cache would.
  const cache = new Map();
  const compressed = (key, body, encoding) => {
    if (!cache.has(key)) {
      cache.set(key, encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 }));
    }
    return cache.get(key);
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    let type;
    let body;
    let ext = extname(path) || ".html";
    let version = path;
    if (extra[path]) {
      [type, body] = extra[path];
      body = Buffer.from(body);
    } else {
      const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      try {
        body = await readFile(file);
        version = `${file}:${(await stat(file)).mtimeMs}`;
        ext = extname(file);
        type = TYPES[ext] ?? "application/octet-stream";
      } catch {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
        return;
      }
    }
    const headers = { "Content-Type": type, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
    const accepts = String(request.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : null;
    if (encoding && COMPRESSIBLE.has(ext)) {
      body = compressed(`${version}:${encoding}`, body, encoding);
      headers["Content-Encoding"] = encoding;
    }
    headers["Content-Length"] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const server = await serve(process.argv[2] ?? "dist", Number(process.argv[3] ?? 8080));
  console.log(`Waypoint is served at http://127.0.0.1:${server.address().port}/ (compressed, Ctrl+C to stop)`);
}
