export { IdoError, isIdoError, type IdoErrorCode } from './ido-error.js';
export { IdoNetworkError, isIdoNetworkError } from './ido-network-error.js';
export { IdoOriginError, isIdoOriginError, ALLOWED_ORIGINS_SETTING } from './ido-origin-error.js';
export { IdoHttpError, isIdoHttpError, type ProblemDetails } from './ido-http-error.js';
export {
  IdoValidationError,
  isIdoValidationError,
  formatPath,
  type ValidationIssue,
} from './ido-validation-error.js';
export { IdoNotFoundError, isIdoNotFoundError } from './ido-not-found-error.js';
export { IdoStorageError, isIdoStorageError } from './ido-storage-error.js';
export { IdoGeocodeError, isIdoGeocodeError, type GeocodeFailure } from './ido-geocode-error.js';
export {
  IdoPostcodeError,
  isIdoPostcodeError,
  type PostcodeProblem,
} from './ido-postcode-error.js';
export { IdoConflictError, isIdoConflictError } from './ido-conflict-error.js';
