import { IdoError, isIdoError } from './ido-error.js';

/** Why a place could not be turned into coordinates. */
export type GeocodeFailure =
  | 'not-found' // the geocoder knows no such postcode or place
  | 'too-short' // fewer characters than the geocoder's minimum
  | 'unavailable' // the geocoder failed or is rate-limiting
  | 'permission-denied' // the browser's location was refused
  | 'position-unavailable'
  | 'unsupported';

/** A postcode, place or the browser's location could not be resolved to coordinates. */
export class IdoGeocodeError extends IdoError {
  override name = 'IdoGeocodeError';
  readonly reason: GeocodeFailure;

  constructor(reason: GeocodeFailure, message: string, options?: { cause?: unknown }) {
    super(
      reason === 'permission-denied' ||
        reason === 'position-unavailable' ||
        reason === 'unsupported'
        ? 'geolocation'
        : 'geocode',
      message,
      options,
    );
    this.reason = reason;
  }
}

export const isIdoGeocodeError = (value: unknown): value is IdoGeocodeError =>
  isIdoError(value) && (value.code === 'geocode' || value.code === 'geolocation');
