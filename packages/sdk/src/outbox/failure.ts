import { isIdoError } from '../errors/ido-error.js';
import { isIdoHttpError } from '../errors/ido-http-error.js';
import { isIdoNetworkError } from '../errors/ido-network-error.js';
import type { OutboxHeldReason } from './entry.js';

/** What to do after a failed send. */
export type DeliveryFailure =
  | {
      kind: 'retry';
      message: string;
      retryAfterMs?: number;
      /** The HTTP status, when the server answered. */
      status?: number;
      /**
       * The server answered 5xx other than 503 (which says it is unavailable for a while):
       * counted against the entry, which is held after `maxServerErrors` of them.
       */
      serverError?: boolean;
      /** The server (not this entry) is the problem: the whole outbox waits before the next send. */
      pause?: boolean;
    }
  | { kind: 'hold'; reason: OutboxHeldReason };

/** 4xx statuses that say "not now" rather than "never". */
const RETRYABLE_4XX = new Set([408, 425, 429]);
/** Statuses of a server or gateway that is unavailable as a whole, not failing on one request. */
const UNAVAILABLE = new Set([502, 503, 504]);

const STATUS_CODES: Record<number, string> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  410: 'gone',
  413: 'too-large',
  422: 'unprocessable',
};

/**
 * Sorts a failure into retry or hold. Network errors, timeouts, 5xx, 408, 425 and 429 are
 * retried; any other HTTP status (413 included), and the SDK's own non-transport errors
 * (validation, read-only, not-enrolled …), will not succeed by retrying and are held. Unknown
 * errors are retried: a raw `fetch` reports being offline as a plain `TypeError`.
 *
 * Of the retried answers, 429, 502, 503 and 504 pause the whole outbox (the server is busy or
 * away for everyone); every 5xx counts against the entry as a server error, except 503: the
 * server says it is unavailable (an outage, a full disk, maintenance), not that it fails on this
 * registration, so an outage of any length only makes the outbox wait, never hold entries
 * aside. 429 and network errors do not count either.
 */
export function classifyFailure(error: unknown): DeliveryFailure {
  if (isIdoHttpError(error)) {
    const { status, retryAfter } = error;
    if (status >= 500 || RETRYABLE_4XX.has(status)) {
      const announced = retryAfter !== undefined && retryAfter > 0;
      return {
        kind: 'retry',
        message: error.message,
        status,
        ...(announced ? { retryAfterMs: retryAfter * 1000 } : {}),
        ...(status >= 500 && status !== 503 ? { serverError: true } : {}),
        ...(status === 429 || UNAVAILABLE.has(status) ? { pause: true } : {}),
      };
    }
    const problemCode = error.problem?.['code'];
    const type = error.problem?.type;
    const code =
      typeof problemCode === 'string'
        ? problemCode
        : type && type !== 'about:blank'
          ? (type.split(/[/#]/).filter(Boolean).pop() ?? `http-${status}`)
          : (STATUS_CODES[status] ?? `http-${status}`);
    return { kind: 'hold', reason: { status, code, message: error.message } };
  }
  if (isIdoNetworkError(error)) return { kind: 'retry', message: error.message };
  if (isIdoError(error))
    return { kind: 'hold', reason: { code: error.code, message: error.message } };
  return { kind: 'retry', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Exponential backoff with full jitter: after the n-th failed attempt, wait a random time in
 * [0, min(maxMs, baseMs · 2^(n−1))). Full jitter spreads the retries of many desks that lost
 * the network at the same moment.
 */
export function backoffDelay(
  attempt: number,
  options: { baseMs: number; maxMs: number; random: () => number },
): number {
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(options.random() * cap);
}
