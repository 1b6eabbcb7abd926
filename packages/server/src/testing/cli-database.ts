import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/db.js';
import { TEST_DATABASE_LIMITS } from './server-process.js';

/** A database of its own for tests of the `idokit-server` CLI, and the environment to reach it. */
export interface CliDatabase {
  /** A temporary folder (the PGlite data lives in `data/` below it). */
  dir: string;
  /** `IDOKIT_DATA_DIR`, or `DATABASE_URL` scoped to a fresh schema; logging silent. */
  env: Record<string, string>;
  /** Drops the schema (PostgreSQL) and removes the folder. */
  close(): Promise<void>;
}

/**
 * PGlite in a temporary folder, or a fresh schema in `DATABASE_URL`'s PostgreSQL, for a CLI
 * test that runs `runCli` with `env` as the process would.
 */
export async function cliDatabase(prefix: string): Promise<CliDatabase> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const url = process.env.DATABASE_URL;
  let env: Record<string, string>;
  let dropSchema: (() => Promise<void>) | undefined;
  if (url) {
    const schema = `idokit_test_${randomBytes(6).toString('hex')}`;
    await (await openDb({ databaseUrl: url, schema, limits: TEST_DATABASE_LIMITS })).close();
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    env = { DATABASE_URL: scoped.toString() };
    dropSchema = async () => {
      const db = await openDb({ databaseUrl: url, limits: TEST_DATABASE_LIMITS });
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    };
  } else env = { IDOKIT_DATA_DIR: join(dir, 'data') };
  env.IDOKIT_LOG_LEVEL = 'silent';
  return {
    dir,
    env,
    close: async () => {
      await dropSchema?.();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
