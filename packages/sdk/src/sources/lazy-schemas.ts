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
  partnerList: () => import('../schemas/api.js').then((m) => m.PartnerListSchema),
  taxonomy: () => import('../schemas/taxonomy.js').then((m) => m.TaxonomySchema),
  feed: () => import('../schemas/feed.js').then((m) => m.FeedSchema),
  registration: () => import('../schemas/registration.js'),
};
