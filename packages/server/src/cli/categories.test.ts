import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { defaultTaxonomy, type Categories } from '@idokit/sdk';
import { runCli } from './main.js';
import { cliDatabase, type CliDatabase } from '../testing/cli-database.js';

/**
 * `idokit-server categories import|export` on a database of its own: PGlite in a temporary
 * folder, or a fresh schema in `DATABASE_URL`'s PostgreSQL.
 */
let dir: string;
let env: Record<string, string>;
let database: CliDatabase;

before(async () => {
  database = await cliDatabase('idokit-categories-');
  ({ dir, env } = database);
});
after(() => database.close());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    now: () => new Date('2026-11-20T10:00:00Z'),
  });
  return { code, stdout, stderr };
}

async function writeJson(name: string, value: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(value, null, 2));
  return file;
}

describe('idokit-server categories', () => {
  test('an invalid file is refused with each problem at its path; nothing changes', async () => {
    const bad = structuredClone(defaultTaxonomy) as Categories;
    bad.version = '2026-01';
    bad.themes[0]!.label.nl = '';
    bad.organisations[0]!.formerIds = ['uwv'];
    const { code, stderr } = await cli('categories', 'import', await writeJson('bad.json', bad));
    assert.equal(code, 1);
    assert.match(stderr, /^Nothing was imported: 2 problems/);
    assert.match(stderr, /themes\[0\]\.label\.nl: Must not be empty/);
    assert.match(
      stderr,
      /organisations\[0\]\.formerIds\[0\]: "uwv" is still an id in organisations/,
    );
    const exported = await cli('categories', 'export', '-');
    assert.equal(JSON.parse(exported.stdout).version, defaultTaxonomy.version);
  });

  test('a file with a new theme imports and the CLI names what changed', async () => {
    const next = structuredClone(defaultTaxonomy) as Categories;
    next.version = '2026-01';
    next.validFrom = '2026-01-01';
    next.themes.push({ id: 'energie', label: { nl: 'Energie', en: 'Energy' } });
    next.organisations = next.organisations.map((o) =>
      o.id === 'rvig' ? { ...o, id: 'rijksdienst-identiteitsgegevens', formerIds: ['rvig'] } : o,
    );
    next.notHelpedReasons = next.notHelpedReasons.filter((r) => r.id !== 'no-time');
    const file = await writeJson('2026.json', next);
    const { code, stdout, stderr } = await cli('categories', 'import', file);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(
      stdout,
      `Imported categories version 2026-01, in force from 2026-01-01 (after ${defaultTaxonomy.version}).\n` +
        '  added    themes: energie\n' +
        '  removed  notHelpedReasons: no-time\n' +
        '  renamed  organisations: rvig -> rijksdienst-identiteitsgegevens\n',
    );
    const again = await cli('categories', 'import', file);
    assert.equal(
      again.stdout,
      'Categories version 2026-01 was already imported; nothing changed.\n',
    );
    const exported = await cli('categories', 'export', '-');
    assert.equal(JSON.parse(exported.stdout).version, '2026-01');
  });
});
