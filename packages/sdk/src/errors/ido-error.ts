const BRAND = Symbol.for('idokit.error');

/** Stable machine-readable error codes; the message is for people, the code is for programs. */
export type IdoErrorCode =
  | 'network'
  | 'timeout'
  /** A browser refused the server's answer: the page's origin is not allowed there (CORS). */
  | 'origin-not-allowed'
  | 'http'
  | 'validation'
  | 'not-found'
  | 'geocode'
  | 'geolocation'
  | 'postcode'
  | 'read-only'
  | 'not-enrolled'
  /** A registration is for another location than the device is enrolled for; it is not sent. */
  | 'wrong-location'
  | 'personal-data'
  /** Writing to the device's storage failed (e.g. the outbox's IndexedDB); nothing was kept. */
  | 'storage'
  /** A coordinator's change met a newer version on the server (If-Match); nothing was saved. */
  | 'conflict'
  | 'config';

/**
 * Base class of every error the SDK throws on purpose. Check with {@link isIdoError} rather than
 * `instanceof` when errors may cross realms (iframes, duplicated bundles).
 */
export class IdoError extends Error {
  override name = 'IdoError';
  /** What kind of failure this is. */
  readonly code: IdoErrorCode;

  constructor(code: IdoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for any IDO Kit error, across realms and duplicated copies of the SDK. */
export function isIdoError(value: unknown): value is IdoError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}
