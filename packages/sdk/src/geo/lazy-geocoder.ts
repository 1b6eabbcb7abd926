import type { GeocodeResult } from '../schemas/api.js';
import type { Geocoder } from './pdok-geocoder.js';

/**
 * A geocoder whose code loads on its first `geocode()` call (`import()`), so a page that never
 * looks up a postcode (an opening-hours card) never downloads it. Made once, then reused.
 */
export function lazyGeocoder(load: () => Promise<Geocoder>): Geocoder & Preloadable {
  let loading: Promise<Geocoder> | undefined;
  const loaded = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed chunk download may succeed next time
      throw error;
    }));
  return {
    async geocode(query: string, options?: { signal?: AbortSignal }): Promise<GeocodeResult> {
      return (await loaded()).geocode(query, options);
    },
    preload() {
      loaded().catch(() => undefined); // the first geocode() reports a failure
    },
  };
}

/** A geocoder whose code can start downloading before its first question is known. */
export interface Preloadable {
  preload(): void;
}

/** Starts downloading a lazy geocoder's code (see {@link lazyGeocoder}); other geocoders: nothing. */
export function preloadGeocoder(geocoder: Geocoder | null | undefined): void {
  (geocoder as Partial<Preloadable> | null | undefined)?.preload?.();
}
