import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../http/db-errors.js';
import { emptyFolder, isEmptyFolder, readTemplate } from './pglite-template.js';

/** Something SQL can be run on: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement (`$1`, `$2`, …). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The one database interface the server codes against. PGlite (embedded, default) and
 * PostgreSQL (`DATABASE_URL`) both implement it, with the same SQL.
 */
export interface Db extends Queryable {
  /** Which engine answers, for logs and `/readyz`. */
  readonly kind: 'pglite' | 'postgres';
  /** PGlite: set when this start made the folder's database from the packed empty cluster. */
  readonly createdFrom?: 'template';
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the database (PGlite flushes to its folder; pg ends the pool). */
  close(): Promise<void>;
}

/** Where the data lives. */
export interface DbOptions {
  /** `postgres://…`: use PostgreSQL. Wins over `dataDir`. */
  databaseUrl?: string;
  /** A folder for PGlite; created when missing. Without it (and without a URL): in memory. */
  dataDir?: string;
  /**
   * PGlite only: the packed empty cluster a new folder starts from (a tar.gz). Default: the one
   * `pnpm build` made for the installed PGlite; `null`: run initdb. One that fails to load is
   * set aside and initdb runs.
   */
  pgliteTemplate?: Blob | null;
  /**
   * PostgreSQL only: a schema to create (if missing) and put first on the search path, so
   * several test runs can share one database without seeing each other's tables.
   */
  schema?: string;
  /** PostgreSQL: limits that keep an unreachable or hung database from holding requests. */
  limits?: Partial<PostgresLimits>;
}

/** How long PostgreSQL may take, and how much may wait for it. */
export interface PostgresLimits {
  /** Connecting (and waiting for a free pooled connection). @default 2000 */
  connectTimeoutMs: number;
  /** One statement, enforced by the server and, for a hung server, by the client. @default 5000 */
  statementTimeoutMs: number;
  /** Connections in the pool. @default 10 */
  poolSize: number;
  /** Operations that may wait for a connection; more are refused at once. @default 100 */
  queueSize: number;
}

export const DEFAULT_POSTGRES_LIMITS: PostgresLimits = {
  connectTimeoutMs: 2000,
  statementTimeoutMs: 5000,
  poolSize: 10,
  queueSize: 100,
};

/** Opens PostgreSQL when a URL is given, otherwise PGlite (in a folder, or in memory). */
export async function openDb(options: DbOptions = {}): Promise<Db> {
  if (options.databaseUrl)
    return openPostgres(options.databaseUrl, options.schema, {
      ...DEFAULT_POSTGRES_LIMITS,
      ...options.limits,
    });
  return openPglite(options.dataDir, options.pgliteTemplate);
}

/** The file in a PGlite folder that says which process has it open. */
export const LOCK_FILE = '.idokit.lock';

/** Refusal to open a PGlite folder another live process (or this one) has open. */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
  readonly pid: number;

  constructor(dataDir: string, pid: number) {
    super(
      `The database folder ${dataDir} is in use by another IDO Kit process (pid ${pid}). Stop the server first, or point the CLI at it with DATABASE_URL.`,
    );
    this.pid = pid;
  }
}

/** Folders this process holds the lock of: our own pid in a lock file is not proof of that. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock file, or throws {@link DatabaseInUseError}. Two PGlite instances on
 * one folder do not see each other's writes and overwrite them on close, so a second opener
 * (the CLI next to a running server) must be refused. A lock whose process is gone (a crash,
 * or a container restarted with the same pid) is taken over.
 * @returns a release function that removes the lock, if it is still ours.
 */
async function lockFolder(dataDir: string): Promise<() => Promise<void>> {
  const folder = resolve(dataDir);
  const path = join(folder, LOCK_FILE);
  // The pid first (what other processes check), then a token so only this opener removes it.
  const content = `${process.pid}\n${randomBytes(8).toString('hex')}\n`;
  for (let attempt = 0; ; attempt++) {
    if (heldHere.has(folder)) throw new DatabaseInUseError(dataDir, process.pid);
    try {
      const file = await open(path, 'wx');
      try {
        await file.writeFile(content);
      } finally {
        await file.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
    }
    const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
      throw new DatabaseInUseError(dataDir, pid);
    // Stale (or half-written by a process that died while writing): take it over. Two
    // processes taking over the same stale lock at once is not handled; one of them usually
    // loses the `wx` race above and is refused.
    await unlink(path).catch(() => {});
  }
  heldHere.add(folder);
  // A process that exits without closing (process.exit in a CLI) leaves no lock behind.
  const onExit = () => {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.once('exit', onExit);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    process.off('exit', onExit);
    heldHere.delete(folder);
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current === content) await unlink(path).catch(() => {});
  };
}

async function openPglite(dataDir?: string, given?: Blob | null): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  let release = async () => {};
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    release = await lockFolder(dataDir);
  }
  // A new folder starts from the packed empty cluster when there is one (no initdb). Should
  // that fail (a damaged file), the folder is emptied again and initdb runs as without it.
  let template =
    dataDir && given !== null && isEmptyFolder(dataDir, [LOCK_FILE])
      ? (given ?? (await readTemplate()))
      : undefined;
  const create = async () => {
    if (!dataDir) return PGlite.create();
    if (template) {
      try {
        return await PGlite.create(dataDir, { loadDataDir: template });
      } catch {
        template = undefined;
        await emptyFolder(dataDir, [LOCK_FILE]);
      }
    }
    return PGlite.create(dataDir);
  };
  const pg = await create().catch(async (error: unknown) => {
    await release();
    throw error;
  });
  // A PANIC (PostgreSQL's answer to a WAL write that failed, e.g. on a full disk) stops the
  // embedded server: PGlite would never answer again. Refuse at once instead of hanging every
  // request; opening the folder again (a restart) recovers from the WAL.
  let stopped: unknown;
  const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
    if (stopped)
      throw new DatabaseUnavailableError(
        'stopped',
        'The embedded database stopped after a fatal error; restart the server',
        stopped,
      );
    try {
      return await run();
    } catch (error) {
      if ((error as { severity?: unknown } | null)?.severity === 'PANIC') stopped = error;
      throw error;
    }
  };
  const wrap = (q: { query: typeof pg.query; exec: typeof pg.exec }): Queryable => ({
    query: <T>(sql: string, params: unknown[] = []) =>
      guarded(async () => ({ rows: (await q.query<T>(sql, params)).rows })),
    exec: (sql: string) => guarded(async () => void (await q.exec(sql))),
  });
  return {
    kind: 'pglite',
    ...(template ? { createdFrom: 'template' as const } : {}),
    ...wrap(pg),
    transaction: (fn) => guarded(() => pg.transaction((tx) => fn(wrap(tx)))),
    async close() {
      try {
        // A stopped PGlite does not answer `close` either; what it had committed is in the WAL.
        if (!stopped) await pg.close();
      } finally {
        await release();
      }
    },
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Runs one query at a time on a connection: node-postgres deprecates a second `query()` while
 * one is running (a `Promise.all` inside a transaction), and its next major refuses it.
 */
function serialised(run: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>) {
  let tail: Promise<unknown> = Promise.resolve();
  return (sql: string, params: unknown[]) => {
    const result = tail.then(() => run(sql, params));
    tail = result.catch(() => {});
    return result;
  };
}

async function openPostgres(
  url: string,
  schema: string | undefined,
  limits: PostgresLimits,
): Promise<Db> {
  const { default: pg } = await import('pg');
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`Not a usable schema name: ${schema}`);
  const timeouts = {
    connectionTimeoutMillis: limits.connectTimeoutMs,
    // The server cancels a slow statement; a hung (stopped) server cannot, so the client gives
    // up a little later itself.
    statement_timeout: limits.statementTimeoutMs,
    query_timeout: limits.statementTimeoutMs + 1000,
    keepAlive: true,
  };
  if (schema) {
    const setup = new pg.Client({ connectionString: url, ...timeouts });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: limits.poolSize,
    ...timeouts,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next query gets a fresh connection.
  pool.on('error', () => {});
  // A bounded queue: beyond the pool and its waiting room, refuse at once (503) instead of
  // letting requests pile up while the database is slow or away.
  let busy = 0;
  const admit = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (busy >= limits.poolSize + limits.queueSize)
      throw new DatabaseUnavailableError('busy', 'Too many requests are waiting for the database');
    busy++;
    try {
      return await fn();
    } finally {
      busy--;
    }
  };
  return {
    kind: 'postgres',
    query: <T>(sql: string, params: unknown[] = []) =>
      admit(async () => ({ rows: (await pool.query(sql, params)).rows as T[] })),
    exec: (sql: string) => admit(async () => void (await pool.query(sql))),
    transaction: (fn) =>
      admit(async () => {
        const client = await pool.connect();
        const run = serialised((sql, params) => client.query(sql, params));
        const tx: Queryable = {
          query: async <T>(sql: string, params: unknown[] = []) => ({
            rows: (await run(sql, params)).rows as T[],
          }),
          exec: async (sql: string) => void (await run(sql, [])),
        };
        let failed: unknown;
        try {
          await run('BEGIN', []);
          const result = await fn(tx);
          await run('COMMIT', []);
          return result;
        } catch (error) {
          failed = error;
          await run('ROLLBACK', []).catch(() => {});
          throw error;
        } finally {
          // A connection that failed (a timeout on a hung server) is thrown away, not reused.
          client.release(
            failed instanceof Error && isDatabaseUnavailable(failed) ? failed : undefined,
          );
        }
      }),
    close: () => pool.end(),
  };
}
