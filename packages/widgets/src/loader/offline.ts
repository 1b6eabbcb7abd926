/**
 * The staff page's offline mode, started by the CDN loader when its script tag names a service
 * worker: `<script type="module" src="/cdn/idokit.js" data-offline-worker="/cdn/idokit-staff-sw.js">`.
 * The worker's scope is this page alone (its path), or `data-offline-scope`; no other
 * page of the site is controlled. See docs/embedding.md, "The staff page offline".
 */

/** Resource timing types of what a page fetched with fetch()/XHR: API answers, never kept. */
const DATA = new Set(['fetch', 'xmlhttprequest', 'beacon']);

/** The page and what it loaded (script, chunks, styles, images), for the worker to keep. */
function loadedUrls(): string[] {
  const page = location.href.split('#')[0]!;
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  return [page, ...entries.filter((e) => !DATA.has(e.initiatorType)).map((e) => e.name)];
}

/** Registers the worker and tells it, each time one takes control, what the page loaded. */
export async function startOffline(script: HTMLScriptElement): Promise<void> {
  const worker = new URL(script.dataset.offlineWorker!, location.href);
  const scope = script.dataset.offlineScope ?? location.pathname;
  const tell = (target: ServiceWorker | null | undefined) =>
    target?.postMessage({ type: 'idokit-keep', urls: loadedUrls() });
  // A new build's worker takes over while the page is open: it starts with an empty cache.
  navigator.serviceWorker.addEventListener('controllerchange', () =>
    tell(navigator.serviceWorker.controller),
  );
  await navigator.serviceWorker.register(worker, { scope });
  tell((await navigator.serviceWorker.ready).active);
}
