export { createIdoClient, type IdoClientOptions } from './create-client.js';
export type {
  CallOptions,
  IdoClient,
  LocationMatch,
  LocationQuery,
  LocationSearchResult,
  PartnerFilter,
  SearchOrigin,
} from './types.js';
export type { TokenProvider } from '../sources/http-source.js';
export type { Source } from '../sources/source.js';
export {
  FeedSource,
  type FeedSourceOptions,
  type FeedLoader,
  type FeedLoadResult,
} from '../sources/feed-source.js';
export {
  searchFeedLocations,
  filterPartners,
  geocodeWithFeed,
  normalizeText,
} from '../sources/feed-search.js';
