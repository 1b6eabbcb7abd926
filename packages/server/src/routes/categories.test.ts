import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createIdoClient,
  defaultTaxonomy,
  IdoHttpError,
  type Categories,
  type IdoClient,
  type QuestionRegistrationInput,
  type RegistrationStats,
} from '@idokit/sdk';
import type { IdoApp } from '../app.js';
import { createEnrolmentCode } from '../auth/devices.js';
import { importCategories } from '../data/categories.js';
import { ImportError } from '../import/csv.js';
import { startTestServer, type TestServer } from '../testing/harness.js';
import { LOCATION, sampleRegistration } from '../testing/registration.js';

/**
 * The national categories as versioned data: a new version imports (or is refused whole), the
 * taxonomy serves the version in force with a new ETag, registrations carry their version and
 * are checked against it, and a renamed id keeps last year's figures adding up under its new id.
 * On PGlite, or on `DATABASE_URL`'s PostgreSQL.
 */
const NOW = new Date('2026-11-20T10:00:00Z');
const DEFAULT = defaultTaxonomy.version;

/** Version 2026-01: the default with a theme `energie` added, `wonen` and channel `desk` renamed. */
function categories2026(): Categories {
  const c = structuredClone(defaultTaxonomy) as Categories;
  c.version = '2026-01';
  c.validFrom = '2026-01-01';
  c.themes = c.themes.map((t) =>
    t.id === 'wonen'
      ? {
          ...t,
          id: 'wonen-en-huur',
          label: { nl: 'Wonen en huur', en: 'Housing and rent' },
          formerIds: ['wonen'],
        }
      : t,
  );
  c.channels = c.channels.map((ch) =>
    ch.id === 'desk' ? { ...ch, id: 'balie', formerIds: ['desk'] } : ch,
  );
  c.themes.push({
    id: 'energie',
    label: { nl: 'Energie', en: 'Energy' },
    description: { nl: 'Energietoeslag en energierekening.', en: 'Energy allowance and bills.' },
  });
  return c;
}

let server: TestServer;
let baseUrl: string;
let app: IdoApp;
let client: IdoClient;

before(async () => {
  server = await startTestServer();
  // Exact counts: this file tests which category a visit counts under, not the protection of
  // small numbers (stats/attack.test.ts does that).
  ({ baseUrl, ido: app } = await server.startApp({
    now: () => NOW,
    statsProtectionForTests: 'none',
  }));
  const { code } = await createEnrolmentCode(server.db, LOCATION, { at: NOW, ttlMs: 3_600_000 });
  const { token } = await createIdoClient({ baseUrl, retry: 0 }).enrol(code);
  client = createIdoClient({ baseUrl, token, retry: 0 });
});
after(() => server.close());

/** A visit with one question about `theme`, at the desk. */
const visit = (date: string, theme: string, extra: Partial<QuestionRegistrationInput> = {}) =>
  sampleRegistration({
    date,
    questions: [
      { type: 'government', governmentLevel: 'municipal', themes: [theme], help: 'informed' },
    ],
    ...extra,
  });

const taxonomy = async () => {
  const response = await fetch(`${baseUrl}/v1/taxonomy`);
  assert.equal(response.status, 200);
  return { etag: response.headers.get('etag'), body: (await response.json()) as Categories };
};

const themeCounts = (stats: RegistrationStats) =>
  Object.fromEntries(stats.breakdown.theme.map((c) => [c.key, c.count]));

const channelCounts = (stats: RegistrationStats) =>
  Object.fromEntries(stats.breakdown.channel.map((c) => [c.key, c.count]));

const storedVersions = async () =>
  (
    await server.db.query<{ v: string | null; n: number }>(
      `SELECT categories_version AS v, count(*)::int AS n FROM registrations
       GROUP BY categories_version ORDER BY v`,
    )
  ).rows.map((r) => [r.v, Number(r.n)]);

/** Imports in this process and drops the app's copy, as the CLI's import does for a replica. */
async function importNow(data: unknown) {
  const done = await importCategories(server.db, data, NOW);
  app.catalog.invalidate();
  return done;
}

describe('categories', () => {
  let etagBefore: string | null;

  test('before any import, the default categories are in force', async () => {
    const { etag, body } = await taxonomy();
    etagBefore = etag;
    assert.equal(body.version, DEFAULT);
    assert.ok(body.themes.some((t) => t.id === 'computer-tablet-telefoon'));
    const answer = (await (await fetch(`${baseUrl}/v1/categories`)).json()) as {
      inForce: string;
      versions: { version: string }[];
    };
    assert.equal(answer.inForce, DEFAULT);
    assert.deepEqual(
      answer.versions.map((v) => v.version),
      [DEFAULT],
    );
  });

  test("last year's visits are registered with the version in force, filled in by the server", async () => {
    for (let i = 0; i < 5; i++) await client.submitRegistration(visit('2025-11-10', 'wonen'));
    assert.deepEqual(await storedVersions(), [[DEFAULT, 5]]);
  });

  test('an invalid file is refused with every problem, path and message, and nothing changes', async () => {
    const bad = categories2026() as unknown as Record<string, unknown> & Categories;
    bad.themes.push({ ...bad.themes[0]! });
    delete (bad.organisations[2] as Partial<Categories['organisations'][0]>).label;
    bad.followUpQuestions![0]!.appliesTo = { organisations: ['digid-bureau'] };
    const error = await importNow(bad).then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ImportError);
    const lines = error.issues.map((i) => `${i.column}: ${i.message}`);
    assert.ok(
      lines.some((l) => /^organisations\[2\]\.label: /.test(l)),
      lines.join('\n'),
    );
    assert.ok(lines.some((l) => /^themes\[\d+\]\.id: Duplicate theme id "toeslagen"/.test(l)));
    assert.ok(
      lines.includes(
        'followUpQuestions[0].appliesTo.organisations[0]: Unknown organisation "digid-bureau"',
      ),
    );
    const stored = await server.db.query('SELECT 1 FROM categories');
    assert.equal(stored.rows.length, 0);
    assert.equal((await taxonomy()).etag, etagBefore);
  });

  test('a file with a new theme imports and names what changed', async () => {
    const done = await importNow(categories2026());
    assert.equal(done.version, '2026-01');
    assert.equal(done.previousVersion, DEFAULT);
    assert.equal(done.unchanged, false);
    assert.deepEqual(done.changes, {
      added: [{ list: 'themes', id: 'energie' }],
      removed: [],
      renamed: [
        { list: 'themes', from: 'wonen', to: 'wonen-en-huur' },
        { list: 'channels', from: 'desk', to: 'balie' },
      ],
    });
    const again = await importNow(categories2026());
    assert.equal(again.unchanged, true);
    const changed = categories2026();
    changed.themes.pop();
    await assert.rejects(importNow(changed), (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.match(e.message, /already imported with other content/);
      return true;
    });
  });

  test('the taxonomy serves the new version, with an ETag that changes', async () => {
    const { etag, body } = await taxonomy();
    assert.equal(body.version, '2026-01');
    assert.ok(body.themes.some((t) => t.id === 'energie'));
    assert.notEqual(etag, etagBefore);
    const cached = await fetch(`${baseUrl}/v1/taxonomy`, { headers: { 'If-None-Match': etag! } });
    assert.equal(cached.status, 304);
    const old = (await (await fetch(`${baseUrl}/v1/categories?version=${DEFAULT}`)).json()) as {
      inForce: string;
      categories: Categories;
    };
    assert.equal(old.inForce, '2026-01');
    assert.equal(old.categories.version, DEFAULT);
    assert.equal((await fetch(`${baseUrl}/v1/categories?version=1999`)).status, 404);
  });

  test('a registration with the new theme is accepted and counts', async () => {
    for (let i = 0; i < 5; i++)
      await client.submitRegistration(visit('2026-11-10', 'energie', { channel: 'balie' }));
    for (let i = 0; i < 5; i++)
      await client.submitRegistration(
        visit('2026-11-11', 'wonen-en-huur', { channel: 'balie', categoriesVersion: '2026-01' }),
      );
    const stats = await client.getRegistrationStats({ period: '2026' });
    assert.equal(stats.visits, 10);
    assert.deepEqual(themeCounts(stats), { energie: 5, 'wonen-en-huur': 5 });
    assert.deepEqual(await storedVersions(), [
      [DEFAULT, 5],
      ['2026-01', 10],
    ]);
  });

  test('ids are checked against the version a registration names, else the one of its date', async () => {
    const refused = await client.submitRegistration(visit('2026-11-12', 'wonen')).then(
      () => assert.fail('expected a refusal'),
      (e: unknown) => e,
    );
    assert.ok(refused instanceof IdoHttpError);
    assert.equal(refused.status, 400);
    assert.match(
      JSON.stringify(refused.problem),
      /Unknown theme \\"wonen\\" \(categories \\"2026-01\\"\)/,
    );
    // An old client's outbox, delivering a visit made with the version before: accepted.
    await client.submitRegistration(visit('2026-11-12', 'wonen', { categoriesVersion: DEFAULT }));
    const unknown = await client
      .submitRegistration(
        visit('2026-11-12', 'energie', { channel: 'balie', categoriesVersion: '2031-01' }),
      )
      .then(
        () => assert.fail('expected a refusal'),
        (e: unknown) => e,
      );
    assert.ok(unknown instanceof IdoHttpError);
    assert.match(JSON.stringify(unknown.problem), /Unknown categories version \\"2031-01\\"/);
  });

  test("a renamed id keeps last year's figures adding up under its new id", async () => {
    const lastYear = await client.getRegistrationStats({ period: '2025' });
    assert.deepEqual(themeCounts(lastYear), { 'wonen-en-huur': 5 });
    assert.deepEqual(channelCounts(lastYear), { balie: 5 });
    const thisYear = await client.getRegistrationStats({ period: '2026' });
    // 5 registered as wonen-en-huur, 1 as wonen with the older version: one category.
    assert.deepEqual(themeCounts(thisYear), { energie: 5, 'wonen-en-huur': 6 });
    assert.deepEqual(channelCounts(thisYear), { balie: 11 });
    // The stored registrations keep the ids they were made with.
    const raw = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM registration_questions WHERE 'wonen' = ANY (themes)`,
    );
    assert.equal(Number(raw.rows[0]!.n), 6);
  });
});
