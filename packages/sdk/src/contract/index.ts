export type {
  CallOptions,
  IdoClient,
  LocationMatch,
  LocationQuery,
  LocationSearchResult,
  PartnerFilter,
  RegistrationsCsvOptions,
  SearchOrigin,
} from './ido-client.js';
