import { isIdoError, isIdoOriginError } from '@idokit/sdk';
import type { SharedStrings } from './strings.js';

/**
 * A plain-language message for a failed load, for residents (never the technical message).
 * Elements that expect specific failures (a bad postcode, a refused location) check for those
 * first and use this for the rest.
 */
export function errorMessage(error: unknown, t: SharedStrings): string {
  if (!isIdoError(error)) return t.errorGeneric;
  if (isIdoOriginError(error)) return t.errorOriginNotAllowed(error.origin, error.setting);
  switch (error.code) {
    case 'network':
    case 'timeout':
      return t.errorNetwork;
    case 'http':
      return t.errorServer;
    case 'not-found':
      return t.errorNotFound;
    case 'validation':
      return t.errorInvalidData;
    case 'config':
      return t.errorNoSource;
    default:
      return t.errorGeneric;
  }
}
