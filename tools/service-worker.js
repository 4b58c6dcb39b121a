// Waypoint's service worker, written into each build by tools/post-build.mjs (which fills in the build's
// name and its files below): it keeps exactly this build's files in one cache named after the build, so that after
// one visit the app opens and works with no network. It never takes over by itself: a new build waits
// until the page asks it to (the person chose "Reload" in the app's notice), so a page never runs the
// script of one build with the wasm of another.
const BUILD = __BUILD__;
const FILES = __FILES__;

const scope = self.registration.scope;
// Every build of Waypoint served from this address names its cache with this prefix, and only those
// are ever deleted (another copy of the app, at another address of the same site, keeps its own).
const prefix = `waypoint ${scope} `;
const CACHE = prefix + BUILD;
const page = new URL("index.html", scope).href;
const ours = new Set(FILES.map((file) => new URL(file, scope).href));

self.addEventListener("install", (event) => {
  // All or nothing: addAll stores no file unless every file came, and then this build is not installed
  // (the build before stays in charge, and the browser tries again on a later visit).
  const requests = FILES.map((file) => new Request(new URL(file, scope), { cache: "no-cache" }));
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(requests)).catch((error) => caches.delete(CACHE).then(() => Promise.reject(error))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(prefix) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "waypoint:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const bare = url.origin + url.pathname;
  // The page itself, whatever follows its address (the route is in the fragment).
  const key = request.mode === "navigate" && (bare === scope || bare === page) ? page : url.href;
  // Anything not of this build (a page beside the app, say) goes to the network as usual.
  if (!ours.has(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((kept) => kept ?? fetch(request)),
  );
});
