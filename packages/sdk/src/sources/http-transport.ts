import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import { IdoHttpError, type ProblemDetails } from '../errors/ido-http-error.js';
import { IdoNetworkError } from '../errors/ido-network-error.js';
import { IdoOriginError } from '../errors/ido-origin-error.js';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import { abortReason } from './abort.js';

/** How requests are made; shared by the feed loader and the HTTP source. */
export interface TransportOptions {
  /** Prepended to every relative request path (the API's base URL). */
  prefix?: string;
  /** The `fetch` to use (tests, SSR, instrumentation). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each attempt's answer. @default 10000 */
  timeout?: number;
  /** How many times a failed read is retried (with exponential backoff). @default 2 */
  retry?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The clock, for `Retry-After` given as a date. @default () => new Date() */
  now?: () => Date;
}

export interface TransportRequest {
  method?: 'get' | 'post' | 'put' | 'delete';
  searchParams?: Record<string, string | undefined>;
  json?: unknown;
  headers?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** The cached copy's ETag; a `304` then answers `{ status: 304 }`. */
  etag?: string;
  /**
   * Whether a POST may be retried. Only true for requests the server deduplicates
   * (an `Idempotency-Key`); GETs are always retried.
   */
  idempotent?: boolean;
}

/** A response with a body that has not been parsed yet. */
export interface RawResponse {
  status: number;
  etag: string | undefined;
  text: string;
}

/** Statuses worth another try: the server or a proxy had a passing problem. */
const RETRY_STATUSES = [408, 500, 502, 503, 504];

/**
 * Makes requests with ky: per-attempt timeout, retries with exponential backoff for GET (and for
 * POST only when idempotent), `If-None-Match`, and failures mapped to IDO errors. An abort
 * rejects with the signal's reason.
 */
export class HttpTransport {
  readonly #ky: KyInstance;
  readonly #now: () => Date;
  readonly #timeout: number;
  readonly #prefix: string | undefined;
  readonly #fetch: typeof fetch | undefined;

  constructor(options: TransportOptions = {}) {
    const { fetch: customFetch } = options;
    this.#fetch = customFetch;
    this.#now = options.now ?? (() => new Date());
    this.#timeout = options.timeout ?? 10_000;
    this.#prefix = options.prefix;
    this.#ky = ky.create({
      prefixUrl: options.prefix,
      // Called as a plain function: a browser's fetch throws "Illegal invocation" on another `this`.
      fetch: customFetch ? (input, init) => customFetch(input, init) : undefined,
      timeout: this.#timeout,
      retry: {
        limit: Math.max(0, Math.floor(options.retry ?? 2)),
        methods: ['get'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [503],
        maxRetryAfter: 5_000,
      },
      headers: options.headers,
      // A 304 is an answer, not an error: the caller keeps its cached copy.
      throwHttpErrors: (status) => status !== 304,
    });
  }

  /** Sends one request and answers its status, ETag and body text. */
  async request(path: string, request: TransportRequest = {}): Promise<RawResponse> {
    const { signal } = request;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {}))
      if (value !== undefined) headers[name] = value;
    if (request.etag) headers['if-none-match'] = request.etag;
    // One controller per call: the caller's signal aborts it, and so does the body timer below.
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) throw abortReason(signal);
    signal?.addEventListener('abort', onAbort, { once: true });
    let bodyTimer: ReturnType<typeof setTimeout> | undefined;
    try {
      const response = await this.#ky(path, {
        method: request.method ?? 'get',
        searchParams: request.searchParams,
        json: request.json,
        headers,
        signal: controller.signal,
        ...(request.method === 'post' && request.idempotent
          ? { retry: { methods: ['get', 'post'] } }
          : {}),
      });
      // ky's timeout covers the wait for the headers; a body that stalls gets the same budget.
      const bodyTimedOut = new Promise<never>((_, reject) => {
        bodyTimer = setTimeout(() => {
          const error = new IdoNetworkError(response.url || path, { timeout: true });
          controller.abort(error);
          reject(error);
        }, this.#timeout);
      });
      const text = await Promise.race([response.text(), bodyTimedOut]);
      return {
        status: response.status,
        etag: response.headers.get('etag') ?? undefined,
        text,
      };
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      throw await this.#toIdoError(error, path);
    } finally {
      clearTimeout(bodyTimer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The address a request path goes to, as ky joins it with the prefix. */
  #urlOf(path: string): string {
    return this.#prefix ? `${this.#prefix.replace(/\/+$/, '')}/${path}` : path;
  }

  async #toIdoError(error: unknown, path: string): Promise<unknown> {
    if (error instanceof IdoNetworkError) return error;
    if (isTimeoutError(error))
      return new IdoNetworkError(error.request.url, { cause: error, timeout: true });
    if (isHTTPError(error)) {
      const { response } = error;
      const body = await response.text().catch(() => undefined);
      return new IdoHttpError(response.status, problemOf(body), {
        cause: error,
        retryAfter: retryAfterSeconds(response.headers.get('retry-after'), this.#now()),
      });
    }
    // Fetch rejects with a TypeError for refused connections, DNS failures, CORS and offline.
    if (error instanceof TypeError) {
      const url = this.#urlOf(path);
      const origin = await this.#refusedOrigin(url);
      return origin
        ? new IdoOriginError(url, origin, { cause: error })
        : new IdoNetworkError(url, { cause: error });
    }
    return error;
  }

  /**
   * After a cross-origin request from a page failed without an answer: the page's origin when
   * the server can be reached after all, so the browser must have refused its answer (CORS);
   * `undefined` when the network or the server is really away, or outside a browser page.
   * Browsers hide why a request failed; a `no-cors` request to the same address is never
   * refused for CORS, and succeeds (with an unreadable answer) whenever the server answers.
   */
  async #refusedOrigin(url: string): Promise<string | undefined> {
    const page = (globalThis as { location?: { origin?: string } }).location?.origin;
    const online = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine;
    if (!page || page === 'null' || online === false) return undefined;
    let target: URL;
    try {
      target = new URL(url, page);
    } catch {
      return undefined;
    }
    if (target.origin === page) return undefined;
    try {
      const probe = this.#fetch ?? globalThis.fetch;
      await probe(`${target.origin}${target.pathname}`, {
        method: 'HEAD',
        mode: 'no-cors',
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(Math.min(this.#timeout, 5_000)),
      });
      return page;
    } catch {
      return undefined;
    }
  }
}

/** The RFC 9457 problem in an error body, when it is one. */
function problemOf(text: string | undefined): ProblemDetails | undefined {
  if (!text) return undefined;
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as ProblemDetails)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Parses a JSON body; a body that is not JSON is invalid data like any other. */
export function parseJsonBody(raw: RawResponse, what: string): unknown {
  try {
    return JSON.parse(raw.text);
  } catch (error) {
    throw new IdoValidationError(
      what,
      [{ path: [], message: `Not JSON (${(error as Error).message})`, code: 'invalid_json' }],
      { cause: error },
    );
  }
}
