import type * as z from 'zod/mini';

/**
 * Schemas a source loads on first use (`import()`), so a page pays only for the answers it
 * reads: an opening-hours card validates one location and never downloads the registration,
 * partner or feed schemas. Bundlers put each group in its own chunk, shared by every caller.
 */
export type LazySchema<S extends z.ZodMiniType = z.ZodMiniType> = () => Promise<S>;

export const lazySchemas = {
  location: () => import('../schemas/location.js').then((m) => m.LocationSchema),
  locationSearchResult: () => import('../schemas/api.js').then((m) => m.LocationSearchResultSchema),
  geocodeResult: () => import('../schemas/api.js').then((m) => m.GeocodeResultSchema),
  partnerList: () => import('../schemas/partner-list.js').then((m) => m.PartnerListSchema),
  outreachSessions: () =>
    import('../schemas/outreach-session.js').then((m) => m.OutreachSessionsSchema),
  taxonomy: () => import('../schemas/taxonomy.js').then((m) => m.TaxonomySchema),
  feed: () => import('../schemas/feed.js').then((m) => m.FeedSchema),
  registration: () => import('../schemas/registration.js'),
  /**
   * The entry-by-entry feed reader (with every schema a feed holds). The schemas are imported
   * beside it, not only through it, so a page downloads both at once instead of one after the other.
   */
  parseFeed: () =>
    Promise.all([import('../feed/parse-feed.js'), import('../schemas/feed.js')]).then(
      ([m]) => m.parseFeed,
    ),
};

// In a page, loading a schema is a download: start it together with the request so it costs no
// extra wait. In Node it is a local file (and compiling it on the spot would stall the event
// loop under the request's timeout), so it loads when the answer is there.
const overlaps = typeof (globalThis as { document?: unknown }).document !== 'undefined';

/** Starts loading `lazy` now in a page (see above); call the result when the schema is needed. */
export function startLoading<T>(lazy: () => Promise<T>): () => Promise<T> {
  if (!overlaps) return lazy;
  const loading = lazy();
  loading.catch(() => undefined); // a failure reaches whoever awaits it
  return () => loading;
}
