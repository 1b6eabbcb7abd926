import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isIdoGeocodeError, type GeocodeFailure } from '../errors/index.js';
import { currentPosition } from './current-position.js';

/** A stand-in for navigator.geolocation that answers the way a browser would. */
function fakeGeolocation(
  answer:
    | { coords: { latitude: number; longitude: number } }
    | { code: 1 | 2 | 3; message: string }
    | 'never',
  delayMs = 0,
) {
  const calls: (PositionOptions | undefined)[] = [];
  const geolocation = {
    getCurrentPosition(
      success: PositionCallback,
      failure?: PositionErrorCallback | null,
      options?: PositionOptions,
    ) {
      calls.push(options);
      if (answer === 'never') return;
      setTimeout(() => {
        if ('coords' in answer) success(answer as unknown as GeolocationPosition);
        else failure?.(answer as unknown as GeolocationPositionError);
      }, delayMs);
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  } satisfies Geolocation;
  return { geolocation, calls };
}

const rejectsWith = (promise: Promise<unknown>, reason: GeocodeFailure, message: RegExp) =>
  assert.rejects(promise, (error: unknown) => {
    assert.ok(isIdoGeocodeError(error), `expected IdoGeocodeError, got ${String(error)}`);
    assert.equal(error.reason, reason);
    assert.match(error.message, message);
    return true;
  });

describe('currentPosition', () => {
  test('gives the position when access is granted, asking for a coarse fix', async () => {
    const { geolocation, calls } = fakeGeolocation(
      { coords: { latitude: 52.0907, longitude: 5.1214 } },
      5,
    );
    assert.deepEqual(await currentPosition({ geolocation, timeoutMs: 2000 }), {
      lat: 52.0907,
      lon: 5.1214,
    });
    assert.equal(calls[0]?.enableHighAccuracy, false);
    assert.equal(calls[0]?.timeout, 2000);
  });

  test('explains a refusal and points to another way', async () => {
    const { geolocation } = fakeGeolocation({ code: 1, message: 'User denied Geolocation' });
    await rejectsWith(
      currentPosition({ geolocation }),
      'permission-denied',
      /Location access was refused.*postcode or place/,
    );
  });

  test('reports no fix as position-unavailable', async () => {
    const { geolocation } = fakeGeolocation({ code: 2, message: 'Position unavailable' });
    await rejectsWith(
      currentPosition({ geolocation }),
      'position-unavailable',
      /could not be found/,
    );
  });

  test('reports the browser’s timeout as position-unavailable', async () => {
    const { geolocation } = fakeGeolocation({ code: 3, message: 'Timeout expired' });
    await rejectsWith(currentPosition({ geolocation }), 'position-unavailable', /took too long/);
  });

  test('gives up after timeoutMs when the browser never answers', async () => {
    const { geolocation } = fakeGeolocation('never');
    const started = performance.now();
    await rejectsWith(
      currentPosition({ geolocation, timeoutMs: 50 }),
      'position-unavailable',
      /took too long/,
    );
    assert.ok(performance.now() - started >= 45);
  });

  test('stops waiting when the signal aborts', async () => {
    const { geolocation } = fakeGeolocation({ coords: { latitude: 52, longitude: 5 } }, 60);
    const controller = new AbortController();
    const reason = new Error('resident typed a postcode instead');
    const pending = currentPosition({ geolocation, signal: controller.signal });
    controller.abort(reason);
    await assert.rejects(pending, (e) => e === reason);
  });

  test('says so when there is no Geolocation API', async () => {
    // Node has no navigator.geolocation.
    await rejectsWith(currentPosition(), 'unsupported', /cannot share your location/);
  });
});
