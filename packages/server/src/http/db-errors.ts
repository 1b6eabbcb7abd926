import { HttpProblem, validationProblem } from './problem.js';

/** Seconds a client is asked to wait when the database is away. */
export const DB_RETRY_AFTER_SECONDS = 5;

/**
 * Thrown by the database layer when it cannot answer in time: no connection, a statement
 * timeout, too many requests already waiting for one, or an embedded database that stopped
 * after a fatal error. Becomes a 503 with `Retry-After`.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  readonly reason: 'unreachable' | 'timeout' | 'busy' | 'stopped';

  constructor(reason: DatabaseUnavailableError['reason'], message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.reason = reason;
  }
}

/** Seconds a client is asked to wait when the database cannot write (a full disk). */
export const STORAGE_RETRY_AFTER_SECONDS = 30;

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Node socket errors that mean "the database cannot be reached". */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether an error means the database is unavailable (rather than that the request was bad or
 * the code is wrong): our own {@link DatabaseUnavailableError}, a socket error, SQLSTATE class
 * 08 (connection exception), 57P01–57P03 (shutting down, cannot connect now), 57014 (statement
 * timeout), 53300 (too many connections), and node-postgres' own connection messages.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = codeOf(error);
  if (code) {
    if (NETWORK_CODES.has(code)) return true;
    if (/^08/.test(code) || /^57P0[1-3]$/.test(code) || code === '57014' || code === '53300')
      return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended unexpectedly|Cannot use a pool after calling end/i.test(
    message,
  );
}

/** Operating-system errors of a disk that cannot take a write. */
const STORAGE_ERRNOS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

/**
 * Whether an error means the database cannot write (rather than that the request was bad):
 * - SQLSTATE class 53 (insufficient resources: 53100 disk full, 53200 out of memory; 53300, too
 *   many connections, counts as unavailable instead), 58030 (I/O error) and 25006 (a read-only
 *   transaction: a standby, or `default_transaction_read_only`). PostgreSQL and PGlite both
 *   raise these; PGlite turns its folder's ENOSPC into 53100 and EIO into 58030 like PostgreSQL.
 * - A read-only file system: PostgreSQL and PGlite report EROFS as 42501 (insufficient
 *   privilege) with the system's words, "Read-only file system".
 * - A Node file-system error (`code` ENOSPC, EDQUOT, EROFS or EIO), such as PGlite's own
 *   files raise.
 */
export function isStorageFailure(error: unknown): boolean {
  const code = codeOf(error);
  if (!code) return false;
  if (STORAGE_ERRNOS.has(code)) return true;
  if (/^53[0-9A-Z]{3}$/.test(code)) return code !== '53300';
  if (code === '58030' || code === '25006') return true;
  const message = error instanceof Error ? error.message : '';
  return code === '42501' && /Read-only file system/i.test(message);
}

/**
 * The problem for an error the database raised, or undefined when it is not one we can name.
 * - SQLSTATE class 22 (data exception: a NUL byte or a broken character in text, a year 0 or
 *   10000, a number out of range) and 54 (a value too large to index) are the client's input
 *   the database cannot hold: 400 `validation`. The database's message is not echoed: it may
 *   quote the value.
 * - An unavailable or hung database: 503 `unavailable` with `Retry-After`.
 * - A database that cannot write ({@link isStorageFailure}): 503 `unavailable` with a longer
 *   `Retry-After`. It is the server's trouble, for every client alike, and passes: never a 500,
 *   which an outbox would count against the registration.
 */
export function problemFromDbError(error: unknown): HttpProblem | undefined {
  if (isStorageFailure(error))
    return new HttpProblem(
      'unavailable',
      `The server cannot store anything right now; try again in ${STORAGE_RETRY_AFTER_SECONDS} seconds. Nothing was stored.`,
      { headers: { 'Retry-After': String(STORAGE_RETRY_AFTER_SECONDS) } },
    );
  if (isDatabaseUnavailable(error))
    return new HttpProblem(
      'unavailable',
      `The database is not answering right now; try again in ${DB_RETRY_AFTER_SECONDS} seconds. Nothing was stored.`,
      { headers: { 'Retry-After': String(DB_RETRY_AFTER_SECONDS) } },
    );
  const code = codeOf(error);
  if (code && /^(22|54)[0-9A-Z]{3}$/.test(code))
    return validationProblem(
      [{ path: '', message: 'A value cannot be stored: it is out of range or not valid text' }],
      'A value in the request cannot be stored: it is out of range or not valid text (e.g. a NUL character or a year outside 1–9999)',
    );
  return undefined;
}
