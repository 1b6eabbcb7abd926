export type {
  CallOptions,
  IdoClient,
  LocationMatch,
  LocationQuery,
  LocationSearchResult,
  PartnerFilter,
  SearchOrigin,
} from './ido-client.js';
