import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

/** The folder with the numbered `NNN_name.sql` migrations (shipped beside the code). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Any fixed number: the advisory lock that serialises migrations across replicas. */
const LOCK = 4_242_001;

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNN_name.sql` files in version order. */
export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d+_[\w-]+\.sql$/.test(f));
  const migrations = await Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, file.indexOf('_'))),
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(join(dir, file), 'utf8'),
    })),
  );
  return migrations.sort((a, b) => a.version - b.version);
}

/**
 * Applies every migration not yet recorded in `schema_migrations`, each in its own
 * transaction. An advisory lock makes replicas that start together take turns.
 * @returns the names of the migrations applied now.
 */
export async function migrate(db: Db, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const applied: string[] = [];
  for (const migration of all) {
    const done = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}

/** The migrations that are not applied yet (for `/readyz` and `idokit-server migrate`). */
export async function pendingMigrations(
  db: Db,
  migrations?: Migration[],
  options: { strict?: boolean } = {},
): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  const { rows } = await db
    .query<{ version: number }>(`SELECT version FROM schema_migrations`)
    .catch((error: unknown) => {
      // Only a missing table means "nothing applied"; with `strict`, other failures throw.
      if (options.strict && (error as { code?: string }).code !== '42P01') throw error;
      return { rows: [] as { version: number }[] };
    });
  const done = new Set(rows.map((r) => Number(r.version)));
  return all.filter((m) => !done.has(m.version)).map((m) => m.name);
}
