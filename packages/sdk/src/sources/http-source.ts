import type * as z from 'zod/mini';
import type {
  CallOptions,
  RegistrationsCsvOptions,
  LocationQuery,
  LocationSearchResult,
  PartnerFilter,
} from '../contract/ido-client.js';
import { IdoError } from '../errors/ido-error.js';
import { IdoGeocodeError } from '../errors/ido-geocode-error.js';
import { IdoHttpError } from '../errors/ido-http-error.js';
import { IdoNotFoundError } from '../errors/ido-not-found-error.js';
import { isPostcodeLike, parsePostcode, type Geocoder } from '../geo/index.js';
import type { GeocodeResult } from '../schemas/api.js';
import type { Feed } from '../schemas/feed.js';
import type { Location } from '../schemas/location.js';
import { assertOutreachRange, type OutreachSessionQuery } from '../outreach/sessions.js';
import type { OutreachSession } from '../schemas/outreach-session.js';
import type { Partner } from '../schemas/partner.js';
import type {
  Enrolment,
  QuestionRegistrationInput,
  RegistrationReceipt,
  RegistrationStats,
  RegistrationStatsFilter,
} from '../schemas/registration.js';
import type { Taxonomy } from '../schemas/taxonomy.js';
import { abortReason, raceAbort, throwIfAborted } from './abort.js';
import { ApiGeocoder } from './api-geocoder.js';
import { parseJsonBody, type HttpTransport, type TransportRequest } from './http-transport.js';
import type { Source } from './source.js';
import { lazySchemas, startLoading, type LazySchema } from './lazy-schemas.js';
import { validate } from './validate.js';

/** A device token, or a function that reads it when a staff call is made (it may change). */
export type TokenProvider = string | (() => string | undefined | Promise<string | undefined>);

export interface HttpSourceOptions {
  transport: HttpTransport;
  /** The device token for staff calls (registrations, stats). */
  token?: TokenProvider;
  /** Answers `geocode()`; `null` disables it. @default the API's `/v1/geocode` ({@link ApiGeocoder}) */
  geocoder?: Geocoder | null;
}

/** How many validated GET answers are kept for `If-None-Match` revalidation. */
const CACHE_ENTRIES = 100;

/**
 * Talks to the IDO HTTP API. Every answer is validated; public reads are revalidated with
 * `If-None-Match`, and a `304` answers the copy validated before.
 */
export class HttpSource implements Source {
  readonly mode = 'http' as const;
  readonly #transport: HttpTransport;
  readonly #token: TokenProvider | undefined;
  readonly #geocoder: Geocoder | null;
  /** Validated answers by request URL, with their ETag; oldest first. */
  readonly #cache = new Map<string, { etag: string; value: unknown }>();
  /** GETs under way by request URL: identical concurrent calls share one request. */
  readonly #inflight = new Map<string, SharedRequest>();

  constructor(options: HttpSourceOptions) {
    this.#transport = options.transport;
    this.#token = options.token;
    this.#geocoder =
      options.geocoder === undefined ? new ApiGeocoder(options.transport) : options.geocoder;
  }

  /** A public GET, validated, revalidated against the in-memory cache. */
  async #get<S extends z.ZodMiniType>(
    path: string,
    schema: LazySchema<S>,
    options: CallOptions | undefined,
    searchParams?: Record<string, string | undefined>,
  ): Promise<z.output<S>> {
    const key = `${path}?${new URLSearchParams(
      Object.entries(searchParams ?? {}).filter((e): e is [string, string] => e[1] !== undefined),
    )}`;
    throwIfAborted(options?.signal);
    let shared = this.#inflight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const entry: SharedRequest = { controller, waiting: 0, promise: Promise.resolve() };
      entry.promise = this.#load(key, path, schema, searchParams, controller.signal).finally(() => {
        if (this.#inflight.get(key) === entry) this.#inflight.delete(key);
      });
      entry.promise.catch(() => undefined); // failures reach the callers that still wait
      this.#inflight.set(key, entry);
      shared = entry;
    }
    return (await waitFor(shared, options?.signal, () => {
      if (this.#inflight.get(key) === shared) this.#inflight.delete(key);
    })) as z.output<S>;
  }

  async #load<S extends z.ZodMiniType>(
    key: string,
    path: string,
    lazySchema: LazySchema<S>,
    searchParams: Record<string, string | undefined> | undefined,
    signal: AbortSignal,
  ): Promise<z.output<S>> {
    const cached = this.#cache.get(key);
    const schema = startLoading(lazySchema);
    const raw = await this.#transport.request(path, {
      searchParams,
      signal,
      etag: cached?.etag,
    });
    if (raw.status === 304 && cached) {
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return cached.value as z.output<S>;
    }
    const value = validate(
      await schema(),
      parseJsonBody(raw, `response from ${path}`),
      `response from ${path}`,
    );
    if (raw.etag) {
      this.#cache.delete(key);
      this.#cache.set(key, { etag: raw.etag, value });
      if (this.#cache.size > CACHE_ENTRIES) this.#cache.delete(this.#cache.keys().next().value!);
    }
    return value;
  }

  /** A staff call: with the device token, never cached. */
  async #staff<S extends z.ZodMiniType>(
    path: string,
    lazySchema: LazySchema<S>,
    request: TransportRequest,
  ): Promise<z.output<S>> {
    const schema = startLoading(lazySchema);
    const token = typeof this.#token === 'function' ? await this.#token() : this.#token;
    throwIfAborted(request.signal);
    if (!token) {
      throw new IdoError('not-enrolled', 'This device is not enrolled: there is no device token');
    }
    const raw = await this.#transport.request(path, {
      ...request,
      headers: { ...request.headers, authorization: `Bearer ${token}` },
    });
    return validate(
      await schema(),
      parseJsonBody(raw, `response from ${path}`),
      `response from ${path}`,
    );
  }

  async searchLocations(
    query: LocationQuery,
    options?: CallOptions,
  ): Promise<LocationSearchResult> {
    const str = (value: number | undefined) => (value === undefined ? undefined : String(value));
    // A malformed postcode fails here, exactly as with a feed, without a round trip.
    const postcode = query.postcode === undefined ? undefined : parsePostcode(query.postcode);
    const where = query.postcode !== undefined ? 'postcode' : 'place';
    const typed = query.postcode ?? query.place ?? '';
    return this.#get('v1/locations', lazySchemas.locationSearchResult, options, {
      postcode: postcode?.formatted,
      place: query.place,
      near: query.near ? `${query.near.lat},${query.near.lon}` : undefined,
      radiusKm: str(query.radiusKm),
      limit: str(query.limit),
      service: query.services?.length ? query.services.join(',') : undefined,
      organisation: query.organisation,
      openNow: query.openNow ? 'true' : undefined,
      at: query.openNow && query.at ? query.at.toISOString() : undefined,
    }).catch((error: unknown) => {
      throw geocodeFailure(error, where, typed) ?? error;
    });
  }

  async getLocation(id: string, options?: CallOptions): Promise<Location> {
    try {
      return await this.#get(
        `v1/locations/${encodeURIComponent(id)}`,
        lazySchemas.location,
        options,
      );
    } catch (error) {
      if (error instanceof IdoHttpError && error.status === 404)
        throw new IdoNotFoundError('location', id, { cause: error });
      throw error;
    }
  }

  async listPartners(filter: PartnerFilter = {}, options?: CallOptions): Promise<Partner[]> {
    const { theme, kind, municipality, q } = filter;
    return (
      await this.#get('v1/partners', lazySchemas.partnerList, options, {
        theme,
        kind,
        municipality,
        q,
      })
    ).items;
  }

  async outreachSessions(
    query: OutreachSessionQuery,
    options?: CallOptions,
  ): Promise<OutreachSession[]> {
    // A bad range fails here, as with a feed, without a round trip.
    assertOutreachRange(query);
    return (
      await this.#get('v1/outreach', lazySchemas.outreachSessions, options, {
        from: query.from,
        through: query.through,
        location: query.locationId,
      })
    ).items;
  }

  async getTaxonomy(options?: CallOptions): Promise<Taxonomy> {
    return this.#get('v1/taxonomy', lazySchemas.taxonomy, options);
  }

  async getFeed(options?: CallOptions): Promise<Feed> {
    return this.#get('v1/feed.json', lazySchemas.feed, options);
  }

  async geocode(query: string, options?: CallOptions): Promise<GeocodeResult> {
    const q = isPostcodeLike(query) ? parsePostcode(query).formatted : query;
    if (!this.#geocoder) throw new IdoGeocodeError('unavailable', 'Geocoding is disabled');
    return this.#geocoder.geocode(q, { signal: options?.signal });
  }

  async refresh(options?: CallOptions): Promise<void> {
    throwIfAborted(options?.signal);
  }

  async submitRegistration(
    reg: QuestionRegistrationInput,
    options?: CallOptions,
  ): Promise<RegistrationReceipt> {
    const { QuestionRegistrationSchema, RegistrationReceiptSchema } =
      await lazySchemas.registration();
    const registration = validate(QuestionRegistrationSchema, reg, 'registration');
    return this.#staff('v1/registrations', async () => RegistrationReceiptSchema, {
      method: 'post',
      json: registration,
      // The server stores a registration once per id, so a retried POST cannot duplicate it.
      headers: { 'idempotency-key': registration.id },
      idempotent: true,
      signal: options?.signal,
    });
  }

  async getRegistrationStats(
    filter: RegistrationStatsFilter,
    options?: CallOptions,
  ): Promise<RegistrationStats> {
    const { RegistrationStatsFilterSchema, RegistrationStatsSchema } =
      await lazySchemas.registration();
    const { period, location } = validate(RegistrationStatsFilterSchema, filter, 'stats filter');
    return this.#staff('v1/registrations/stats', async () => RegistrationStatsSchema, {
      searchParams: { period, location },
      signal: options?.signal,
    });
  }

  async getRegistrationsCsv(
    filter: RegistrationStatsFilter,
    options?: RegistrationsCsvOptions,
  ): Promise<string> {
    const { RegistrationStatsFilterSchema } = await lazySchemas.registration();
    const { period, location } = validate(RegistrationStatsFilterSchema, filter, 'CSV filter');
    const token = typeof this.#token === 'function' ? await this.#token() : this.#token;
    throwIfAborted(options?.signal);
    if (!token)
      throw new IdoError('not-enrolled', 'This device is not enrolled: there is no device token');
    const raw = await this.#transport.request('v1/registrations.csv', {
      searchParams: {
        period,
        location,
        separator: options?.separator === ',' ? 'comma' : 'semicolon',
        lang: options?.lang ?? 'nl',
      },
      headers: { authorization: `Bearer ${token}` },
      signal: options?.signal,
    });
    // `Response.text()` drops the byte-order mark the server sent; put it back, so the text
    // saved as a file is the file the server made (Excel needs the mark to read UTF-8).
    return raw.text.startsWith('\uFEFF') ? raw.text : `\uFEFF${raw.text}`;
  }

  async revokeDevice(options?: CallOptions): Promise<void> {
    const token = typeof this.#token === 'function' ? await this.#token() : this.#token;
    throwIfAborted(options?.signal);
    if (!token)
      throw new IdoError('not-enrolled', 'This device is not enrolled: there is no device token');
    // A 204 without a body; nothing to validate.
    await this.#transport.request('v1/devices/self/revoke', {
      method: 'post',
      headers: { authorization: `Bearer ${token}` },
      signal: options?.signal,
    });
  }

  async enrol(code: string, options?: CallOptions & { deviceLabel?: string }): Promise<Enrolment> {
    const { EnrolmentRequestSchema, EnrolmentSchema } = await lazySchemas.registration();
    const body = validate(
      EnrolmentRequestSchema,
      { code, deviceLabel: options?.deviceLabel },
      'enrolment request',
    );
    // Not idempotent: a code is used once, so a retry after a lost answer would be refused.
    return this.#transport
      .request('v1/enrolments', { method: 'post', json: body, signal: options?.signal })
      .then((raw) =>
        validate(
          EnrolmentSchema,
          parseJsonBody(raw, 'response from v1/enrolments'),
          'response from v1/enrolments',
        ),
      );
  }
}

/**
 * The API's answers about a postcode or place that could not be placed, as the same typed
 * errors a feed source throws, so elements handle one shape whatever the source.
 */
function geocodeFailure(error: unknown, field: string, typed: string): IdoGeocodeError | undefined {
  if (!(error instanceof IdoHttpError)) return undefined;
  const reason = error.problem?.['reason'];
  const slug = error.problem?.type?.split('/').pop();
  if (error.status === 404 && reason === 'geocode-not-found')
    return new IdoGeocodeError('not-found', `"${typed.trim()}" was not found`, { cause: error });
  if (slug === 'upstream-unavailable')
    return new IdoGeocodeError(
      'unavailable',
      'Looking up postcodes and places is not available right now',
      {
        cause: error,
      },
    );
  const errors = error.problem?.['errors'];
  if (
    error.status === 400 &&
    Array.isArray(errors) &&
    errors.some((e: { path?: unknown }) => e?.path === field)
  )
    return new IdoGeocodeError('too-short', `"${typed.trim()}" is too short to look up`, {
      cause: error,
    });
  return undefined;
}

/** One GET shared by every identical call under way. */
interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; when the last one gives up, the request is aborted. */
  waiting: number;
}

/**
 * Waits for a shared request on behalf of one caller. The caller's abort ends only its own wait
 * (with the signal's reason); the network request is cancelled when nobody waits any more.
 */
function waitFor(
  shared: SharedRequest,
  signal: AbortSignal | undefined,
  onAbandoned: () => void,
): Promise<unknown> {
  shared.waiting += 1;
  if (signal) {
    const leave = () => {
      shared.waiting -= 1;
      if (shared.waiting > 0) return;
      onAbandoned();
      shared.controller.abort(abortReason(signal));
    };
    signal.addEventListener('abort', leave, { once: true });
    const stay = () => signal.removeEventListener('abort', leave);
    shared.promise.then(stay, stay);
  }
  return raceAbort(shared.promise, signal);
}
