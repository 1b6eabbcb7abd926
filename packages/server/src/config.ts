import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_NOTE_RETENTION_DAYS } from './data/note-retention.js';
import { DEFAULT_POSTGRES_LIMITS, type PostgresLimits } from './db/db.js';
import { LOG_LEVELS, type LogLevel } from './http/logger.js';
import { parseRate, type Rate } from './http/rate-limit.js';

/** Everything the server can be configured with. */
export interface ServerConfig {
  port: number;
  /** Interface to listen on; unset means all (IPv6 and IPv4). */
  host: string | undefined;
  /** PGlite's folder (when no database URL). */
  dataDir: string;
  databaseUrl: string | undefined;
  allowedOrigins: string[];
  pdokUrl: string | undefined;
  logLevel: LogLevel;
  staticDir: string | undefined;
  cdnDir: string | undefined;
  rateLimits: { enrolment?: Rate; registration?: Rate };
  trustProxy: boolean;
  /** Import the sample dataset into a fresh database. */
  seed: boolean;
  /**
   * For the demo: at start, make a one-time enrolment code for this location and print it with
   * the address of the demo's staff page.
   */
  demoEnrolment: string | undefined;
  /** A library organisation: `serve` prints a coordinator sign-in code for it (`pnpm start`). */
  demoCoordinator: string | undefined;
  /** A municipality: at start, print a one-time read-only report code for it (the demo's statistics page). */
  demoReport: string | undefined;
  shutdownTimeoutMs: number;
  /** PostgreSQL timeouts and pool bounds. */
  dbLimits: PostgresLimits;
  /** Registrations' notes are cleared (set to NULL) this many days after they were received. */
  noteRetentionDays: number;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** packages/server (this file is in src/ or dist/). */
export const PACKAGE_DIR = here('../');
const firstExisting = (...dirs: string[]) => dirs.find((d) => existsSync(d));

/** One configurable setting: its flag, its environment variable, and what it means. */
export const SETTINGS = [
  { flag: 'port', env: 'PORT', default: '8787', doc: 'Port to listen on' },
  {
    flag: 'host',
    env: 'IDOKIT_HOST',
    default: '(all interfaces)',
    doc: 'Interface to listen on, e.g. 127.0.0.1',
  },
  {
    flag: 'data-dir',
    env: 'IDOKIT_DATA_DIR',
    default: './idokit-data',
    doc: 'PGlite data folder, relative to the current folder (created and migrated on first start)',
  },
  {
    flag: 'database-url',
    env: 'DATABASE_URL',
    default: '(none: PGlite)',
    doc: 'PostgreSQL connection URL; when set, PGlite is not used',
  },
  {
    flag: 'allowed-origins',
    env: 'IDOKIT_ALLOWED_ORIGINS',
    default: '(none)',
    doc: 'Comma-separated origins allowed to call staff endpoints from a browser; `*` for any',
  },
  {
    flag: 'pdok-url',
    env: 'IDOKIT_PDOK_URL',
    default: 'https://api.pdok.nl/bzk/locatieserver/search/v3_1',
    doc: 'PDOK Locatieserver root (point it at a mirror or a stub)',
  },
  {
    flag: 'log-level',
    env: 'IDOKIT_LOG_LEVEL',
    default: 'info',
    doc: `One of ${LOG_LEVELS.join(', ')}`,
  },
  {
    flag: 'static-dir',
    env: 'IDOKIT_STATIC_DIR',
    default: 'packages/demo/dist, else packages/demo/public',
    doc: 'Folder served at `/`; `none` to serve nothing',
  },
  {
    flag: 'cdn-dir',
    env: 'IDOKIT_CDN_DIR',
    default: 'packages/widgets/cdn',
    doc: 'Folder served at `/cdn/`; `none` to serve nothing',
  },
  {
    flag: 'rate-enrolment',
    env: 'IDOKIT_RATE_ENROLMENT',
    default: '10/h',
    doc: 'Enrolment attempts per client address (`N/s`, `N/min`, `N/h` or `off`)',
  },
  {
    flag: 'rate-registration',
    env: 'IDOKIT_RATE_REGISTRATION',
    default: '120/min',
    doc: 'Registration requests per device (counted after its token is checked)',
  },
  {
    flag: 'trust-proxy',
    env: 'IDOKIT_TRUST_PROXY',
    default: 'false',
    doc: 'Take the client address from `X-Forwarded-For` (only behind your own proxy)',
  },
  {
    flag: 'seed',
    env: 'IDOKIT_SEED',
    default: 'true',
    doc: 'Import the sample dataset when the database has never had one',
  },
  {
    flag: 'demo-enrolment',
    env: 'IDOKIT_DEMO_ENROLMENT',
    default: '(none)',
    doc: 'A location id: at start, print a one-time enrolment code for it beside the demo staff page (for `pnpm start`)',
  },
  {
    flag: 'demo-report',
    env: 'IDOKIT_DEMO_REPORT',
    default: '(none)',
    doc: 'A municipality: at start, print a one-time read-only report code for it beside the demo statistics page (for `pnpm start`)',
  },
  {
    flag: 'demo-coordinator',
    env: 'IDOKIT_DEMO_COORDINATOR',
    default: '(none)',
    doc: 'A library organisation: at start, print a one-time coordinator sign-in code for it beside the demo page beheer.html (for `pnpm start`)',
  },
  {
    flag: 'shutdown-timeout',
    env: 'IDOKIT_SHUTDOWN_TIMEOUT_MS',
    default: '10000',
    doc: 'How long to let in-flight requests finish on SIGTERM/SIGINT (ms)',
  },
  {
    flag: 'db-connect-timeout',
    env: 'IDOKIT_DB_CONNECT_TIMEOUT_MS',
    default: String(DEFAULT_POSTGRES_LIMITS.connectTimeoutMs),
    doc: 'PostgreSQL: how long connecting (or waiting for a pooled connection) may take (ms)',
  },
  {
    flag: 'db-statement-timeout',
    env: 'IDOKIT_DB_STATEMENT_TIMEOUT_MS',
    default: String(DEFAULT_POSTGRES_LIMITS.statementTimeoutMs),
    doc: 'PostgreSQL: how long one statement may take (ms); a hung database answers 503 after this',
  },
  {
    flag: 'db-pool-size',
    env: 'IDOKIT_DB_POOL_SIZE',
    default: String(DEFAULT_POSTGRES_LIMITS.poolSize),
    doc: 'PostgreSQL: connections per server process',
  },
  {
    flag: 'db-queue-size',
    env: 'IDOKIT_DB_QUEUE_SIZE',
    default: String(DEFAULT_POSTGRES_LIMITS.queueSize),
    doc: 'PostgreSQL: requests that may wait for a connection; more get 503 at once',
  },
  {
    flag: 'note-retention-days',
    env: 'IDOKIT_NOTE_RETENTION_DAYS',
    default: String(DEFAULT_NOTE_RETENTION_DAYS),
    doc: 'Days a registration keeps its note; older notes are cleared at start and every hour (the registration and its counts stay)',
  },
] as const;

export type SettingFlag = (typeof SETTINGS)[number]['flag'];

function bool(value: string, name: string): boolean {
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false, not "${value}"`);
}

/**
 * Resolves the configuration: a flag wins over its environment variable, which wins over the
 * default. @throws Error naming the setting when a value is not valid.
 */
export function resolveConfig(
  flags: Partial<Record<SettingFlag, string>> = {},
  env: Record<string, string | undefined> = process.env,
): ServerConfig {
  const get = (flag: SettingFlag): string | undefined => {
    const setting = SETTINGS.find((s) => s.flag === flag)!;
    const value = flags[flag] ?? env[setting.env];
    return value === undefined || value === '' ? undefined : value;
  };
  const port = Number(get('port') ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${get('port')}"`);
  const logLevel = (get('log-level') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new Error(`IDOKIT_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  const folder = (flag: 'static-dir' | 'cdn-dir', fallback: string | undefined) => {
    const value = get(flag);
    if (value === 'none') return undefined;
    return value ? resolve(value) : fallback;
  };
  const rate = (flag: 'rate-enrolment' | 'rate-registration', fallback: string) => {
    try {
      return parseRate(get(flag) ?? fallback);
    } catch (error) {
      throw new Error(`--${flag}: ${(error as Error).message}`, { cause: error });
    }
  };
  const timeout = Number(get('shutdown-timeout') ?? 10_000);
  if (!Number.isFinite(timeout) || timeout < 0)
    throw new Error(`IDOKIT_SHUTDOWN_TIMEOUT_MS must be a number of milliseconds`);
  const positive = (
    flag: 'db-connect-timeout' | 'db-statement-timeout' | 'db-pool-size' | 'db-queue-size',
    fallback: number,
    min: number,
  ) => {
    const text = get(flag);
    const n = Number(text ?? fallback);
    if (!Number.isInteger(n) || n < min)
      throw new Error(
        `${SETTINGS.find((s) => s.flag === flag)!.env} must be a whole number of at least ${min}, not "${text}"`,
      );
    return n;
  };
  const dbLimits: PostgresLimits = {
    connectTimeoutMs: positive('db-connect-timeout', DEFAULT_POSTGRES_LIMITS.connectTimeoutMs, 1),
    statementTimeoutMs: positive(
      'db-statement-timeout',
      DEFAULT_POSTGRES_LIMITS.statementTimeoutMs,
      1,
    ),
    poolSize: positive('db-pool-size', DEFAULT_POSTGRES_LIMITS.poolSize, 1),
    queueSize: positive('db-queue-size', DEFAULT_POSTGRES_LIMITS.queueSize, 0),
  };
  const retention = get('note-retention-days');
  const noteRetentionDays = Number(retention ?? DEFAULT_NOTE_RETENTION_DAYS);
  if (!Number.isInteger(noteRetentionDays) || noteRetentionDays < 1)
    throw new Error(
      `IDOKIT_NOTE_RETENTION_DAYS must be a whole number of days, at least 1, not "${retention}"`,
    );
  const pdokUrl = get('pdok-url');
  if (pdokUrl && !/^https?:\/\//.test(pdokUrl))
    throw new Error(`IDOKIT_PDOK_URL must be an http(s) URL, not "${pdokUrl}"`);
  const enrolment = rate('rate-enrolment', '10/h');
  const registration = rate('rate-registration', '120/min');
  return {
    port,
    host: get('host'),
    // In the folder the command runs in, never inside the package: `npm ci` would wipe it there.
    dataDir: resolve(get('data-dir') ?? 'idokit-data'),
    databaseUrl: get('database-url'),
    allowedOrigins: (get('allowed-origins') ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    pdokUrl: pdokUrl?.replace(/\/$/, ''),
    logLevel,
    staticDir: folder(
      'static-dir',
      firstExisting(resolve(PACKAGE_DIR, '../demo/dist'), resolve(PACKAGE_DIR, '../demo/public')),
    ),
    cdnDir: folder('cdn-dir', firstExisting(resolve(PACKAGE_DIR, '../widgets/cdn'))),
    rateLimits: {
      ...(enrolment ? { enrolment } : {}),
      ...(registration ? { registration } : {}),
    },
    trustProxy: bool(get('trust-proxy') ?? 'false', 'IDOKIT_TRUST_PROXY'),
    seed: bool(get('seed') ?? 'true', 'IDOKIT_SEED'),
    demoEnrolment: get('demo-enrolment'),
    demoReport: get('demo-report'),
    demoCoordinator: get('demo-coordinator'),
    shutdownTimeoutMs: timeout,
    dbLimits,
    noteRetentionDays,
  };
}
