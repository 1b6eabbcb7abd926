import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import type { GeoPoint } from '../schemas/common.js';

/** Options of {@link currentPosition}. */
export interface CurrentPositionOptions {
  /**
   * Give up after this long, counted from the call: it includes the time a resident spends on the
   * browser's permission question (the browser's own timeout starts only after it).
   * @default 15000
   */
  timeoutMs?: number;
  /** The Geolocation API to use (tests). @default navigator.geolocation */
  geolocation?: Geolocation;
  /** Stops waiting; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

// A position from the last few minutes is as good as a fresh one for finding a desk nearby,
// and it spares the device a new fix.
const MAXIMUM_AGE_MS = 5 * 60_000;
// GeolocationPositionError codes; the constants are not defined outside browsers.
const PERMISSION_DENIED = 1;
const TIMEOUT = 3;

const FALLBACK = 'Search by postcode or place instead.';

/**
 * The device's position, from the browser's Geolocation API (asks the resident's permission the
 * first time). Coarse accuracy is asked for: enough to find the nearest desk, quicker, and kinder
 * to privacy and battery.
 *
 * @throws {IdoGeocodeError} with `reason` `'permission-denied'` (refused, or the page is not
 * https), `'position-unavailable'` (no fix, or no answer within `timeoutMs`) or `'unsupported'`
 * (no Geolocation API).
 * @example const origin = await currentPosition({ timeoutMs: 10_000, signal });
 */
export function currentPosition(options: CurrentPositionOptions = {}): Promise<GeoPoint> {
  const { timeoutMs = 15_000, signal } = options;
  const geolocation =
    options.geolocation ??
    (globalThis as { navigator?: Partial<Navigator> }).navigator?.geolocation;

  return new Promise<GeoPoint>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    if (typeof geolocation?.getCurrentPosition !== 'function') {
      reject(
        new IdoGeocodeError('unsupported', `This browser cannot share your location. ${FALLBACK}`),
      );
      return;
    }

    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = (): void => settle(() => reject(signal!.reason));
    const timer = setTimeout(() => settle(() => reject(timedOut())), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });

    try {
      geolocation.getCurrentPosition(
        ({ coords }) => settle(() => resolve({ lat: coords.latitude, lon: coords.longitude })),
        (error) => settle(() => reject(fromPositionError(error))),
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: MAXIMUM_AGE_MS },
      );
    } catch (error) {
      settle(() =>
        reject(
          new IdoGeocodeError(
            'unsupported',
            `This browser cannot share your location. ${FALLBACK}`,
            {
              cause: error,
            },
          ),
        ),
      );
    }
  });
}

function timedOut(cause?: unknown): IdoGeocodeError {
  return new IdoGeocodeError(
    'position-unavailable',
    `Finding your location took too long. Try again, or ${FALLBACK.toLowerCase()}`,
    { cause },
  );
}

function fromPositionError(error: GeolocationPositionError): IdoGeocodeError {
  if (error.code === PERMISSION_DENIED) {
    return new IdoGeocodeError(
      'permission-denied',
      `Location access was refused. You can allow it for this site in your browser's settings. ${FALLBACK}`,
      { cause: error },
    );
  }
  if (error.code === TIMEOUT) return timedOut(error);
  return new IdoGeocodeError(
    'position-unavailable',
    `Your location could not be found. ${FALLBACK}`,
    { cause: error },
  );
}
