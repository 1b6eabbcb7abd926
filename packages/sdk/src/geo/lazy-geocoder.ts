import type { GeocodeResult } from '../schemas/api.js';
import type { Geocoder } from './pdok-geocoder.js';

/**
 * A geocoder whose code loads on its first `geocode()` call (`import()`), so a page that never
 * looks up a postcode (an opening-hours card) never downloads it. Made once, then reused.
 */
export function lazyGeocoder(load: () => Promise<Geocoder>): Geocoder {
  let loading: Promise<Geocoder> | undefined;
  return {
    async geocode(query: string, options?: { signal?: AbortSignal }): Promise<GeocodeResult> {
      loading ??= load().catch((error: unknown) => {
        loading = undefined; // a failed chunk download may succeed next time
        throw error;
      });
      return (await loading).geocode(query, options);
    },
  };
}
