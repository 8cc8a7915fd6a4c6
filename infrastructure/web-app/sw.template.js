// The web app's service worker: it keeps the app's own shell (index.html, config.js and the content-hashed files
// under /assets/) so that the app starts without waiting for the network, and nothing else. Requests to the API,
// Cognito and S3 are other origins: it never sees their answers, so no patient data can land in its cache (§19,
// §21). Written by build.mjs with the build's version and shell.

const CACHE = "igetanet-shell-__VERSION__";
const SHELL = __SHELL__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.startsWith("/assets/")) {
    // content-hashed: a name never changes its content
    event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(request))
      ?? fetch(request).then((response) => {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      })));
  } else if (request.mode === "navigate" || url.pathname === "/config.js") {
    // the kept copy at once, a fresh one for the next start
    const key = request.mode === "navigate" ? "/" : url.pathname;
    event.respondWith(caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(key);
      const fresh = fetch(request).then((response) => {
        if (response.ok) {
          cache.put(key, response.clone());
        }
        return response;
      });
      event.waitUntil(fresh.catch(() => undefined));
      return cached ?? fresh;
    }));
  }
});
