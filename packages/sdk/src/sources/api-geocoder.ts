import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import { IdoHttpError } from '../errors/ido-http-error.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import type { Geocoder } from '../geo/index.js';
import type { GeocodeResult } from '../schemas/api.js';
import { lazySchemas, startLoading } from './lazy-schemas.js';
import { parseJsonBody, type HttpTransport } from './http-transport.js';
import { validate } from './validate.js';

/**
 * A geocoder that asks the IDO API (`GET /v1/geocode?q=`), which asks PDOK on the page's behalf:
 * a resident's browser then makes no third-party request.
 */
export class ApiGeocoder implements Geocoder {
  readonly #transport: HttpTransport;

  constructor(transport: HttpTransport) {
    this.#transport = transport;
  }

  /** @throws IdoGeocodeError `not-found` (404) or `unavailable` (the API or PDOK failed). */
  async geocode(query: string, options?: { signal?: AbortSignal }): Promise<GeocodeResult> {
    try {
      const schema = startLoading(lazySchemas.geocodeResult);
      const raw = await this.#transport.request('v1/geocode', {
        searchParams: { q: query.trim() },
        signal: options?.signal,
      });
      return validate(await schema(), parseJsonBody(raw, 'geocode result'), 'geocode result');
    } catch (error) {
      if (error instanceof IdoHttpError && error.status === 404)
        throw new IdoGeocodeError('not-found', `"${query.trim()}" was not found`, { cause: error });
      if (error instanceof IdoHttpError || error instanceof IdoNetworkError)
        throw new IdoGeocodeError('unavailable', 'The geocoder could not be reached', {
          cause: error,
        });
      throw error;
    }
  }
}
