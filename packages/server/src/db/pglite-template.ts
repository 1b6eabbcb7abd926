import { existsSync, readdirSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * A freshly initialised, empty PGlite cluster, packed once at build time (`pnpm build`:
 * `dist/db/pglite-template.tar.gz`) so that the first start in an empty folder copies it
 * instead of running `initdb` in WebAssembly: about three times faster and half the memory
 * (measured in the server's README). It holds no schema and no data: migrations and the sample
 * data run on it as on any new database. It is used only by the PGlite version that made it.
 */
export const TEMPLATE_FILE = 'pglite-template.tar.gz';

/** The installed PGlite's version: a template made by another one is not used. */
export function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@electric-sql/pglite');
  // …/node_modules/@electric-sql/pglite/dist/index.cjs → the package folder's package.json
  const pkg = main.slice(0, main.lastIndexOf('/dist/')) + '/package.json';
  return (require(pkg) as { version: string }).version;
}

/** The file name of the template for the installed PGlite. */
export function templateName(version = pgliteVersion()): string {
  return TEMPLATE_FILE.replace('.tar.gz', `-${version}.tar.gz`);
}

/**
 * The template for the installed PGlite, or undefined (a source checkout before `pnpm build`,
 * or another PGlite version). Looked for beside this module (the published `dist/db/`) and in
 * the package's `dist/db/` (when the server runs from its sources).
 */
export async function readTemplate(): Promise<Blob | undefined> {
  const name = templateName();
  for (const url of [
    new URL(`./${name}`, import.meta.url),
    new URL(`../../dist/db/${name}`, import.meta.url),
  ]) {
    const path = fileURLToPath(url);
    if (existsSync(path)) return new Blob([await readFile(path)]);
  }
  return undefined;
}

/** Whether `dataDir` holds no database yet (missing, empty, or only our lock file). */
export function isEmptyFolder(dataDir: string, ignore: readonly string[]): boolean {
  if (!existsSync(dataDir)) return true;
  return readdirSync(dataDir).every((name) => ignore.includes(name));
}

/** Removes everything in `dataDir` but the names in `keep` (after a template failed to load). */
export async function emptyFolder(dataDir: string, keep: readonly string[]): Promise<void> {
  for (const name of await readdir(dataDir))
    if (!keep.includes(name)) await rm(join(dataDir, name), { recursive: true, force: true });
}
