import type { CallOptions, IdoClient } from '../contract/ido-client.js';
import { IdoError } from '../errors/ido-error.js';
import { IdoHttpError } from '../errors/ido-http-error.js';
import type { GeocodeResult } from '../schemas/api.js';
import type { Feed } from '../schemas/feed.js';
import {
  EnrolmentRequestSchema,
  QuestionRegistrationSchema,
  RegistrationStatsFilterSchema,
  type AccessScope,
  type QuestionRegistration,
  type QuestionRegistrationInput,
  type RegistrationReceipt,
  type RegistrationStats,
  type RegistrationStatsFilter,
} from '../schemas/registration.js';
import { registrationStatsCsv } from '../stats/csv.js';
import { buildRegistrationStats, statsUnitsFor } from '../stats/registration-stats.js';
import type { RecordKey } from '../stats/cell-key.js';
import { tallyRegistrations } from '../stats/tally.js';
import { delay, throwIfAborted } from '../sources/abort.js';
import { FeedSource } from '../sources/feed-source.js';
import { validate } from '../sources/validate.js';
import { createTableGeocoder, fixtureGeocodeTable } from './fake-geocoder.js';
import { fixtureFeed } from './fixture-feed.js';

/** The methods of {@link IdoClient} (everything but `mode`). */
export type IdoClientMethod = Exclude<keyof IdoClient, 'mode'>;

/** One recorded call on a fake client. */
export interface FakeCall {
  method: IdoClientMethod;
  args: unknown[];
}

export interface FakeClientOptions {
  /** The data to answer from. @default fixtureFeed */
  feed?: Feed;
  /** Every call waits this long first (abortable), to show loading states. @default 0 */
  delayMs?: number;
  /** Methods that reject with the given error (after the delay). */
  fail?: Partial<Record<keyof IdoClient, Error>>;
  /**
   * The clock for `openNow` without `at`, for receipts, and for which periods of the statistics
   * have settled. @default () => new Date()
   */
  now?: () => Date;
  /** Extra geocoder entries (postcode or place → result), over the built-in fixture table. */
  geocode?: Record<string, GeocodeResult>;
  /**
   * `'http'` answers staff calls in memory (registrations, stats, enrolment); `'feed'` makes them
   * throw `IdoError('read-only')` like a real feed source. @default 'http'
   */
  mode?: 'feed' | 'http';
  /** Registrations already stored when the client is made (validated like submitted ones). */
  registrations?: QuestionRegistrationInput[];
  /**
   * Act as a read-only report token for a library organisation or municipality of the feed:
   * statistics cover its locations, `submitRegistration` is refused with 403. By default the
   * fake is a device at the feed's first location.
   */
  reportScope?: { kind: Exclude<AccessScope, 'location'>; name: string };
  /**
   * The record keys of the statistics' cell-key perturbation; a test that compares the fake
   * with a real server passes the server's (md5 of its secret and the id).
   * @default IN_MEMORY_RECORD_KEY
   */
  recordKey?: RecordKey;
}

/** A client for tests and stories: never touches the network, records every call. */
export interface FakeIdoClient extends IdoClient {
  /** Every call made, in order, with its arguments. */
  readonly calls: FakeCall[];
  /** Registrations accepted so far (validated, defaults applied). */
  readonly registrations: QuestionRegistration[];
}

/**
 * Creates a fake {@link IdoClient} that answers from a feed (the fixture feed by default) with
 * the same search code as the real feed source, and resolves postcodes and places of the fixture
 * municipalities ("3511 AB", "8011", "1012", "Utrecht", "Zwolle", "Amsterdam") from a built-in
 * table. Calls honour their `signal` (rejecting with its reason), can be slowed with `delayMs`
 * or made to fail per method with `fail`.
 *
 * @example
 * const client = createFakeClient({ delayMs: 200, fail: { listPartners: new IdoNetworkError('/v1/partners') } });
 */
export function createFakeClient(options: FakeClientOptions = {}): FakeIdoClient {
  const feed = options.feed ?? fixtureFeed;
  const now = options.now ?? (() => new Date());
  const mode = options.mode ?? 'http';
  const source = new FeedSource({
    load: async () => ({ feed }),
    geocoder: createTableGeocoder({ ...fixtureGeocodeTable, ...options.geocode }),
    now,
  });
  const calls: FakeCall[] = [];
  const registrations: QuestionRegistration[] = [];
  const receipts = new Map<string, { body: string; receipt: RegistrationReceipt }>();
  const locationId = feed.locations[0]?.id ?? 'ido-fake';
  for (const reg of options.registrations ?? [])
    registrations.push(validate(QuestionRegistrationSchema, reg, 'registration'));
  // The device's location: the first registration's, else the feed's first location.
  const deviceLocation = () => registrations[0]?.locationId ?? locationId;
  const fold = (text: string) => text.trim().toLowerCase();
  const scopeLocations = () => {
    const scope = options.reportScope;
    const all = feed.locations
      .filter((l) =>
        !scope
          ? l.id === deviceLocation()
          : fold(scope.kind === 'organisation' ? l.organisation : l.address.municipality) ===
            fold(scope.name),
      )
      .map((l) => ({ id: l.id, name: l.name }))
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
    return all.length > 0 ? all : [{ id: deviceLocation(), name: deviceLocation() }];
  };
  // The server's rule, over the registrations in memory.
  const stats = (filter: RegistrationStatsFilter): RegistrationStats => {
    const parsed = validate(RegistrationStatsFilterSchema, filter, 'stats filter');
    const locations = scopeLocations();
    if (parsed.location !== undefined && !locations.some((l) => l.id === parsed.location))
      throw new IdoHttpError(403, {
        type: 'https://idokit.nl/problems/forbidden',
        title: 'Forbidden',
        status: 403,
        detail: `Location "${parsed.location}" is not in this token's scope`,
      });
    const { lastYear, ...units } = statsUnitsFor(parsed.period);
    const tally = (range: { from: string; to: string }) =>
      tallyRegistrations(registrations, {
        unit: units.unit,
        partners: feed.partners,
        ...range,
        ...(options.recordKey ? { recordKey: options.recordKey } : {}),
      });
    return buildRegistrationStats([...tally(units), ...(lastYear ? tally(lastYear) : [])], {
      partners: feed.partners,
      period: parsed.period,
      scope: options.reportScope ?? { kind: 'location', name: locations[0]!.name },
      locations,
      ...(parsed.location !== undefined ? { location: parsed.location } : {}),
      at: now(),
    });
  };

  async function run<T>(
    method: IdoClientMethod,
    args: unknown[],
    call: () => Promise<T>,
    callOptions: CallOptions | undefined,
  ): Promise<T> {
    calls.push({ method, args });
    const signal = callOptions?.signal;
    throwIfAborted(signal);
    if (options.delayMs) await delay(options.delayMs, signal);
    const failure = options.fail?.[method];
    if (failure) throw failure;
    const result = await call();
    throwIfAborted(signal);
    return result;
  }

  const staff = <T>(answer: () => T | Promise<T>): (() => Promise<T>) =>
    mode === 'feed'
      ? () =>
          Promise.reject(new IdoError('read-only', 'This fake client is in feed mode (read-only)'))
      : async () => answer();

  return {
    mode,
    calls,
    registrations,
    searchLocations: (query, o) =>
      run('searchLocations', [query, o], () => source.searchLocations(query, o), o),
    getLocation: (id, o) => run('getLocation', [id, o], () => source.getLocation(id, o), o),
    listPartners: (filter, o) =>
      run('listPartners', [filter, o], () => source.listPartners(filter, o), o),
    outreachSessions: (query, o) =>
      run('outreachSessions', [query, o], () => source.outreachSessions(query, o), o),
    getTaxonomy: (o) => run('getTaxonomy', [o], () => source.getTaxonomy(o), o),
    getFeed: (o) => run('getFeed', [o], () => source.getFeed(o), o),
    geocode: (query, o) => run('geocode', [query, o], () => source.geocode(query, o), o),
    refresh: (o) => run('refresh', [o], () => source.refresh(o), o),
    submitRegistration: (reg, o) =>
      run(
        'submitRegistration',
        [reg, o],
        staff(() => {
          if (options.reportScope)
            throw new IdoHttpError(403, {
              type: 'https://idokit.nl/problems/forbidden',
              title: 'Forbidden',
              status: 403,
              detail: 'A report token can read statistics only; it cannot register',
            });
          const parsed = validate(QuestionRegistrationSchema, reg, 'registration');
          const body = JSON.stringify(parsed);
          const seen = receipts.get(parsed.id);
          if (seen && seen.body !== body) {
            throw new IdoHttpError(409, {
              type: 'https://idokit.nl/problems/conflict',
              title: 'Conflict',
              status: 409,
              detail: `Registration ${parsed.id} was already stored with different content`,
            });
          }
          if (seen) return { ...seen.receipt, replayed: true };
          const receipt = {
            id: parsed.id,
            locationId: parsed.locationId,
            receivedAt: now().toISOString(),
            replayed: false,
          };
          receipts.set(parsed.id, { body, receipt });
          registrations.push(parsed);
          return receipt;
        }),
        o,
      ),
    getRegistrationStats: (filter, o) =>
      run(
        'getRegistrationStats',
        [filter, o],
        staff(() => stats(filter)),
        o,
      ),
    getRegistrationsCsv: (filter, o) =>
      run(
        'getRegistrationsCsv',
        [filter, o],
        staff(async () =>
          registrationStatsCsv(stats(filter), await source.getTaxonomy(), {
            separator: o?.separator,
            lang: o?.lang,
          }),
        ),
        o,
      ),
    enrol: (code, o) =>
      run(
        'enrol',
        [code, o],
        staff(() => {
          validate(EnrolmentRequestSchema, { code, deviceLabel: o?.deviceLabel }, 'enrolment');
          return options.reportScope
            ? {
                deviceId: 'fake-report',
                token: 'fake-token-0123456789abcdef0123456789abcdef',
                scope: options.reportScope.kind,
                scopeName: options.reportScope.name,
                issuedAt: now().toISOString(),
              }
            : {
                deviceId: 'fake-device',
                token: 'fake-token-0123456789abcdef0123456789abcdef',
                locationId,
                scope: 'location' as const,
                issuedAt: now().toISOString(),
              };
        }),
        o,
      ),
    // Nothing to revoke in memory: the call is recorded (`calls`), as a test checks.
    revokeDevice: (o) =>
      run(
        'revokeDevice',
        [o],
        staff(() => undefined),
        o,
      ),
  };
}
