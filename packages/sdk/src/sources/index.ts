/** What answers the client: a static feed computed locally, or the HTTP API. */
export type { Source } from './source.js';
export type { TokenProvider } from './http-source.js';
export {
  FeedSource,
  type FeedSourceOptions,
  type FeedLoader,
  type FeedLoadResult,
} from './feed-source.js';
export {
  searchFeedLocations,
  filterPartners,
  geocodeWithFeed,
  normalizeText,
} from './feed-search.js';
