// The staff page's service worker, shipped as `cdn/idokit-staff-sw.js`: it keeps the staff page
// (the one page in its scope), the IDO Kit script and its chunks (and the page's own styles and
// images) in a cache, so the page opens, registers and shows its queue without a network, after a
// reload and after the browser was closed. Registrations themselves never pass through it: the
// form's outbox keeps them in IndexedDB and sends them.
//
// Register it only on the staff page, with the page itself as its scope (the CDN loader does so
// when its script tag has `data-offline-worker`): a resident page must never be controlled.
//
// What it answers, and how:
// - a navigation in its scope (the staff page): network first, the cached copy when the network
//   fails or takes longer than NETWORK_TIMEOUT_MS (a desk on a bad connection);
// - a hashed chunk (`idokit-<name>-<hash>.js`, never changed once built): cache first;
// - other scripts, styles, fonts, images (`idokit.js`, the site's CSS): network first;
// - anything else is not touched: no POST, no fetch()/XHR answer (the API's JSON, tokens,
//   registrations), never anything under `/v1/`. It passes to the network as if there were no
//   worker.
//
// The cache is named after the build (VERSION, written by the CDN build): a new build is a new
// worker; it takes over at once and deletes the caches of older builds when it activates.

/** The build this worker belongs to; the CDN build replaces the placeholder. */
const VERSION = '__IDOKIT_BUILD__';
const PREFIX = 'idokit-staff-';
const CACHE = `${PREFIX}${VERSION}`;
/** After this long without an answer, a page or script comes from the cache (if it has one). */
const NETWORK_TIMEOUT_MS = 4000;
/** At most this many responses are kept; the oldest go first (old chunks of earlier builds). */
const MAX_ENTRIES = 200;
/** Request destinations worth keeping for the page to work offline. */
const ASSETS = new Set(['script', 'style', 'font', 'image', 'manifest']);
/** Rollup's content-hashed chunk names: their bytes never change. */
const HASHED = /\/idokit-[\w-]+-[\w-]{8}\.js$/;

/** True for what this worker must never answer or keep: the API and anything not a GET. */
function isPrivate(url, method) {
  return method !== 'GET' || /\/v1\//.test(url.pathname) || !/^https?:$/.test(url.protocol);
}

self.addEventListener('install', () => {
  // Nothing to fetch here: the page tells the worker what it loaded (the `message` below). Take
  // over at once, so a staff page open now is kept before the network goes.
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Keeps a good response, then trims the cache to MAX_ENTRIES. */
async function keep(request, response) {
  // A redirected response cannot answer a navigation; an error page must not replace a good one.
  if (
    !response.ok ||
    response.redirected ||
    (response.type !== 'basic' && response.type !== 'cors')
  )
    return;
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) await cache.delete(old);
}

/** The network's answer (kept), or the cached one when the network fails or is too slow. */
async function networkFirst(event) {
  const network = fetch(event.request);
  // Kept even when the cache answered first (after the timeout): the next visit gets it fresh.
  event.waitUntil(
    network.then((response) => keep(event.request, response.clone())).catch(() => undefined),
  );
  const cache = await caches.open(CACHE);
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
    return (await cache.match(event.request)) ?? (await network);
  } catch (error) {
    const cached = await cache.match(event.request);
    if (cached) return cached;
    throw error;
  }
}

/** The cached answer, else the network's (kept). */
async function cacheFirst(event) {
  const cached = await caches.match(event.request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(keep(event.request, response.clone()));
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (isPrivate(url, request.method)) return;
  if (request.mode === 'navigate') {
    // The browser sends only navigations in scope; the check keeps it so if a scope is widened.
    if (request.url.startsWith(self.registration.scope)) event.respondWith(networkFirst(event));
    return;
  }
  if (!ASSETS.has(request.destination)) return; // fetch()/XHR: API answers are never kept
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(event) : networkFirst(event));
});

// The page, once this worker controls it, lists what it loaded before that (the page itself,
// the script, its chunks, styles): those requests never passed through the worker.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'idokit-keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const href of data.urls) {
        if (typeof href !== 'string') continue;
        const url = new URL(href, self.registration.scope);
        if (isPrivate(url, 'GET')) continue;
        const page = url.href.startsWith(self.registration.scope);
        if (!page && HASHED.test(url.pathname) && (await cache.match(url.href))) continue;
        try {
          // Scripts from another origin (a CDN) are module scripts: fetched with CORS, as the
          // page fetched them.
          await keep(new Request(url.href), await fetch(url.href, { mode: 'cors' }));
        } catch {
          // Offline, or a host without CORS: the next visit online tries again.
        }
      }
    })(),
  );
});
