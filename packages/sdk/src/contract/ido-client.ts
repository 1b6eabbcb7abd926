/**
 * The client contract: what every source answers (`FeedSource`, `HttpSource`, the fake client)
 * and what `createIdoClient` returns. It sits below both sources/ and client/ so that neither
 * has to import the other to know it.
 */
import type { GeocodeResult } from '../schemas/api.js';
import type { GeoPoint } from '../schemas/common.js';
import type { Helpline } from '../schemas/common.js';
import type { Feed } from '../schemas/feed.js';
import type { Location, LocationService } from '../schemas/location.js';
import type { OutreachSessionQuery } from '../outreach/sessions.js';
import type { OutreachSession } from '../schemas/outreach-session.js';
import type { Partner } from '../schemas/partner.js';
import type {
  Enrolment,
  QuestionRegistrationInput,
  RegistrationReceipt,
  RegistrationStats,
  RegistrationStatsFilter,
} from '../schemas/registration.js';
import type { PartnerKind, Taxonomy } from '../schemas/taxonomy.js';

/** Options every async call takes. */
export interface CallOptions {
  /** Aborts the call; the promise then rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
}

/** How {@link IdoClient.getRegistrationsCsv} asks for the file (see `registrationStatsCsv`). */
export interface RegistrationsCsvOptions extends CallOptions {
  /**
   * The field separator: `;` is what Excel and LibreOffice set to Dutch split a double-clicked
   * file on; `,` for tools that expect commas.
   * @default ';'
   */
  separator?: ';' | ',';
  /**
   * The language of the header row and the category names (the page's language).
   * @default 'nl'
   */
  lang?: 'nl' | 'en';
}

/** A place a search is measured from, with how it was found. */
export interface SearchOrigin extends GeoPoint {
  /** What to show: "3511 AB Utrecht", "Zwolle", "Uw locatie". */
  label: string;
  source: 'postcode' | 'place' | 'coordinates';
}

/**
 * What a resident searched for. Give one of `postcode`, `place` or `near`; with none, all
 * locations are returned in name order (no distances).
 */
export interface LocationQuery {
  /** A Dutch postcode in any common spelling ("1234ab", "1234 AB", "1234"). */
  postcode?: string;
  /** A place or municipality name ("Zwolle", "Den Bosch"). */
  place?: string;
  /** Coordinates, e.g. from the browser's geolocation. */
  near?: GeoPoint;
  /** Only locations within this distance. @default 25 */
  radiusKm?: number;
  /** At most this many results. @default 10 */
  limit?: number;
  /** Only locations that offer all these services. */
  services?: LocationService[];
  /**
   * Only the locations of this library organisation (`Location.organisation`, case and accents
   * ignored): a desk's form offers the other branches of its own organisation with it.
   * @example { organisation: location.organisation }
   */
  organisation?: string;
  /** Only locations whose IDO (or, without IDO hours, library) is open at `at`. */
  openNow?: boolean;
  /** The instant for `openNow`. @default new Date() at call time */
  at?: Date;
}

export interface LocationMatch {
  location: Location;
  /** Straight-line distance from the origin, when there is one. */
  distanceKm?: number;
}

export interface LocationSearchResult {
  origin?: SearchOrigin;
  items: LocationMatch[];
  /** How many matched before `limit` was applied. */
  total: number;
  /** The dataset's national help line, included when nothing was found (`total` is 0). */
  helpline?: Helpline;
}

export interface PartnerFilter {
  /** Only partners that help with this theme. */
  theme?: string;
  /** Only partners of this kind (`schuldhulp`, `humanitas`, …). */
  kind?: PartnerKind;
  /** Only partners that serve this municipality (case- and accent-insensitive). */
  municipality?: string;
  /** Free text over name, description and kind. */
  q?: string;
}

/**
 * The one client every element and app talks to, whatever the source.
 * Create it with {@link createIdoClient}.
 */
export interface IdoClient {
  /** Which kind of source answers: a static feed or the HTTP API. */
  readonly mode: 'feed' | 'http';
  searchLocations(query: LocationQuery, options?: CallOptions): Promise<LocationSearchResult>;
  /** @throws IdoNotFoundError when no location has this id. */
  getLocation(id: string, options?: CallOptions): Promise<Location>;
  listPartners(filter?: PartnerFilter, options?: CallOptions): Promise<Partner[]>;
  getTaxonomy(options?: CallOptions): Promise<Taxonomy>;
  /**
   * The outreach sessions (issue 21: dated IDO consultations away from the library) on the days
   * `from` through `through` (Europe/Amsterdam, at most 93 days), optionally of one location, by
   * date and time: `GET /v1/outreach` for an HTTP client, the feed's `outreach` list for a feed
   * client (a feed carries the sessions from 7 days before it was made onwards; over a split feed
   * folder, only once the whole feed was loaded for something else: a card reads its one file).
   * @throws IdoValidationError for a range that is not real dates, backwards or too long.
   * @example
   * const week = await client.outreachSessions({ from: '2026-12-14', through: '2026-12-20' }, { signal });
   */
  outreachSessions(query: OutreachSessionQuery, options?: CallOptions): Promise<OutreachSession[]>;
  /** The whole public dataset (fetched once and cached for a feed source). */
  getFeed(options?: CallOptions): Promise<Feed>;
  /**
   * Sends a registration (HTTP only; a feed source throws `IdoError` with code `read-only`).
   * Idempotent by `reg.id`. With an outbox configured, prefer `outbox.enqueue`.
   */
  submitRegistration(
    reg: QuestionRegistrationInput,
    options?: CallOptions,
  ): Promise<RegistrationReceipt>;
  /**
   * Aggregated counts for one fixed period (week, month, quarter or year), small counts hidden:
   * of the enrolled device's location, or, with a report token, of its organisation or
   * municipality (each location and their total) or of one `location` in it (HTTP only).
   */
  getRegistrationStats(
    filter: RegistrationStatsFilter,
    options?: CallOptions,
  ): Promise<RegistrationStats>;
  /**
   * The same counts as CSV in the national form's categories, to open by double-click in a
   * spreadsheet set to Dutch and copy into the Bibliotheekmonitor (HTTP only): a UTF-8
   * byte-order mark (the text starts with `\uFEFF`; save it as is), `;`-separated unless
   * `separator: ','`, the header row in `lang` (`periode;locatie;locatienaam;onderdeel;
   * categorie;categorienaam;aantal`, in English `period,location,location_name,dimension,
   * category,label,count`).
   * @example
   * const csv = await client.getRegistrationsCsv({ period: '2026-Q2' }, { lang: 'en' });
   */
  getRegistrationsCsv(
    filter: RegistrationStatsFilter,
    options?: RegistrationsCsvOptions,
  ): Promise<string>;
  /**
   * Exchanges a one-time code for a token (HTTP only): a device token for a location, or a
   * read-only report token for an organisation or municipality (see `scope`).
   */
  enrol(code: string, options?: CallOptions & { deviceLabel?: string }): Promise<Enrolment>;
  /**
   * Revokes this client's own token on the server (`POST /v1/devices/self/revoke`, HTTP only),
   * for a device that is being forgotten: from then on the token is refused (401) everywhere,
   * and `idokit-server devices list` shows the device as revoked. Not retried: a revoked token
   * cannot be revoked twice, the server answers a second try 401.
   * @throws `IdoError('not-enrolled')` without a token; `IdoHttpError` 401 when the token is
   * unknown or already revoked; the transport's errors when the server cannot be reached.
   * @example await client.revokeDevice({ signal }); // then forget the token locally
   */
  revokeDevice(options?: CallOptions): Promise<void>;
  /**
   * Turns a postcode or place into coordinates with the client's geocoder: the API's
   * `/v1/geocode` for an HTTP client; for a feed client PDOK (unless disabled), falling back to
   * the feed's own addresses.
   * @throws IdoPostcodeError for a malformed postcode; IdoGeocodeError when nothing is found.
   */
  geocode(query: string, options?: CallOptions): Promise<GeocodeResult>;
  /**
   * Makes the next reads see the latest published data. A feed source revalidates its cached
   * feed now (`If-None-Match`, so an unchanged feed costs one small request); the HTTP source
   * already revalidates every read, so this resolves at once.
   */
  refresh(options?: CallOptions): Promise<void>;
}
