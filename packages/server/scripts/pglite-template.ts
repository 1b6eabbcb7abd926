// `pnpm build` (the server's bundle step): packs a freshly initialised empty PGlite cluster into
// dist/db/ for fast first starts (see src/db/pglite-template.ts). Skipped when it exists.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { templateName } from '../src/db/pglite-template.js';

const dir = fileURLToPath(new URL('../dist/db/', import.meta.url));
const name = templateName();
mkdirSync(dir, { recursive: true });
const existing = readdirSync(dir).filter((f) => /^pglite-template-.*\.tar\.gz$/.test(f));
if (existing.includes(name)) process.exit(0);
for (const stale of existing) rmSync(dir + stale);
const started = performance.now();
const pg = await PGlite.create();
const blob = await pg.dumpDataDir('gzip');
await pg.close();
writeFileSync(dir + name, Buffer.from(await blob.arrayBuffer()));
console.log(
  `dist/db/${name}: ${(blob.size / 2 ** 20).toFixed(1)} MiB in ${Math.round(performance.now() - started)} ms`,
);
