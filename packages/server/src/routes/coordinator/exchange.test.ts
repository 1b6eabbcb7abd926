import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultTaxonomy, type Categories, type Location, type Partner } from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';
import { insertPartners } from '../../data/dataset.js';
import { signedInCoordinator, UTRECHT, ZWOLLE } from '../../testing/coordinator.js';
import { startTestServer, type TestServer } from '../../testing/harness.js';
import { hsdsProblems } from '../../testing/hsds.js';
import { locationsOf, partnersOf } from './exchange.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function call(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.baseUrl}/v1/coordinator/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

async function auditOf(organisation: string, entity: string) {
  const { rows } = await server.db.query<{
    action: string;
    entity_id: string;
    summary: string;
    key_label: string;
  }>(
    `SELECT action, entity_id, summary, key_label FROM audit_log
     WHERE organisation = $1 AND entity = $2 ORDER BY id`,
    [organisation, entity],
  );
  return rows;
}

/** Replaces one cell of a CSV row found by its first cell (the id). */
function withCell(csv: string, id: string, column: string, value: string): string {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0]!.split(',');
  const index = header.indexOf(column);
  return lines
    .map((line) => {
      if (!line.startsWith(`${id},`)) return line;
      // The cells before `column` hold no quoted commas in these tests' columns.
      const cells = line.split(',');
      cells[index] = value;
      return cells.join(',');
    })
    .join('\r\n');
}

const ROW = (values: Record<string, string>, columns: string[]) =>
  columns.map((c) => values[c] ?? '').join(',');

describe('CSV export and import of locations (issue 21)', () => {
  test('the export is a CSV download in the import’s columns, of the organisation only', async () => {
    const { session } = await signedInCoordinator(server, UTRECHT);
    const res = await call(session.token, 'GET', 'export/locations.csv');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="locations.csv"');
    const [header, ...rows] = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.ok(header!.startsWith('id,name,organisation,street,house_number,postcode,city'));
    assert.deepEqual(rows.map((r) => r.split(',')[0]).sort(), [
      'ido-utrecht-centrum',
      'ido-utrecht-kanaleneiland',
    ]);
  });

  test('export → import round-trips to the same documents, and changes nothing', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT);
    const before = await locationsOf(server.db, UTRECHT);
    const csv = await client.exportCsv('locations');
    const result = await client.importCsv('locations', csv, { dryRun: false });
    assert.deepEqual(result, { dryRun: false, created: [], updated: [], errors: [] });
    assert.deepEqual(await locationsOf(server.db, UTRECHT), before);
  });

  test('a dry run stores nothing; the import then stores, audits and is public at once', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT, { label: 'Coördinator CSV' });
    const csv = await client.exportCsv('locations');
    const edited = withCell(csv, 'ido-utrecht-centrum', 'name', 'IDO Utrecht Centrale Bieb');
    const columns = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const added = ROW(
      {
        id: 'ido-utrecht-overvecht',
        name: 'IDO Utrecht Overvecht',
        street: 'Zamenhofdreef',
        house_number: '1',
        postcode: '3562JW',
        city: 'Utrecht',
        municipality: 'Utrecht',
        lat: '52.1155',
        lon: '5.1118',
        library_hours: 'mo-fr 10:00-17:00',
        services: 'walk-in',
      },
      columns,
    );
    const file = `${edited.trimEnd()}\r\n${added}\r\n`;
    const publicBefore = await fetch(`${server.baseUrl}/v1/locations/ido-utrecht-centrum`);
    const etagBefore = publicBefore.headers.get('etag');
    await publicBefore.body?.cancel();

    const dry = await client.importCsv('locations', file, { dryRun: true });
    assert.deepEqual(dry, {
      dryRun: true,
      created: ['ido-utrecht-overvecht'],
      updated: ['ido-utrecht-centrum'],
      errors: [],
    });
    assert.ok(
      !(await locationsOf(server.db, UTRECHT)).some((l) => l.id === 'ido-utrecht-overvecht'),
    );

    const done = await client.importCsv('locations', file, { dryRun: false });
    assert.deepEqual(
      [done.created, done.updated],
      [['ido-utrecht-overvecht'], ['ido-utrecht-centrum']],
    );
    const stored = await locationsOf(server.db, UTRECHT);
    const added_ = stored.find((l) => l.id === 'ido-utrecht-overvecht');
    assert.equal(added_?.organisation, UTRECHT, 'an empty organisation cell is the own');
    assert.equal(added_?.address.postcode, '3562 JW');
    const renamed = stored.find((l) => l.id === 'ido-utrecht-centrum')!;
    assert.equal(renamed.name, 'IDO Utrecht Centrale Bieb');
    assert.ok(
      Date.now() - Date.parse(renamed.updatedAt) < 60_000,
      'a changed row gets a new updatedAt',
    );

    // The resident API shows it at once, with a new ETag.
    const publicAfter = await fetch(`${server.baseUrl}/v1/locations/ido-utrecht-centrum`);
    assert.notEqual(publicAfter.headers.get('etag'), etagBefore);
    assert.equal(((await publicAfter.json()) as Location).name, 'IDO Utrecht Centrale Bieb');

    const audit = (await auditOf(UTRECHT, 'location')).at(-1)!;
    assert.deepEqual(audit, {
      action: 'import',
      entity_id: 'csv',
      summary: '3 locaties geïmporteerd: 1 nieuw, 1 gewijzigd, 1 ongewijzigd',
      key_label: 'Coördinator CSV',
    });
  });

  test('an error names its row and column, and nothing of the file is stored', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT);
    const csv = await client.exportCsv('locations');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const kanaleneiland = lines.findIndex((l) => l.startsWith('ido-utrecht-kanaleneiland,'));
    const file = withCell(
      withCell(csv, 'ido-utrecht-centrum', 'name', 'Niet opgeslagen'),
      'ido-utrecht-kanaleneiland',
      'postcode',
      '12345',
    );
    const before = await locationsOf(server.db, UTRECHT);
    const result = await client.importCsv('locations', file, { dryRun: false });
    assert.deepEqual(result.created, []);
    assert.deepEqual(result.updated, []);
    assert.deepEqual(
      result.errors.map((e) => [e.row, e.column]),
      [[kanaleneiland + 1, 'postcode']],
    );
    assert.deepEqual(await locationsOf(server.db, UTRECHT), before);
  });

  test('rows of another organisation are errors on their row; its documents stay as they are', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT);
    const csv = await client.exportCsv('locations');
    const zwolle = (await locationsOf(server.db, ZWOLLE))[0]!;
    // Zwolle's location under Utrecht's name, and a row that names Zwolle as its organisation.
    const columns = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const base = {
      name: 'Overgenomen',
      street: 'Straat',
      house_number: '1',
      postcode: '8011 AA',
      city: 'Zwolle',
      municipality: 'Zwolle',
      lat: '52.51',
      lon: '6.09',
      library_hours: 'mo 10:00-12:00',
      services: 'walk-in',
    };
    const file =
      `${csv.replace(/^\uFEFF/, '').trimEnd()}\r\n` +
      `${ROW({ ...base, id: zwolle.id }, columns)}\r\n` +
      `${ROW({ ...base, id: 'ido-nieuw-zwolle', organisation: ZWOLLE }, columns)}\r\n`;
    const rows = csv.trimEnd().split('\r\n').length;
    const result = await client.importCsv('locations', file, { dryRun: false });
    assert.deepEqual(
      result.errors.map((e) => [e.row, e.column]),
      [
        [rows + 1, 'id'],
        [rows + 2, 'organisation'],
      ],
    );
    assert.deepEqual((await locationsOf(server.db, ZWOLLE))[0], zwolle);
  });
});

describe('CSV export and import of partners (issue 21)', () => {
  test('the organisation’s partners round-trip; partners it does not keep are refused per row', async () => {
    const kept: Partner[] = fixtureFeed.partners.slice(0, 2).map((p, i) => ({
      ...p,
      id: `utrecht-partner-${i}`,
      organisation: UTRECHT,
      checkedOn: '2026-09-01',
    }));
    // One with two referral routes and a season, which the compact cells cannot hold.
    kept[0] = {
      ...fixtureFeed.partners.find((p) => p.referral.length > 1)!,
      id: 'utrecht-partner-0',
      organisation: UTRECHT,
    };
    await server.db.transaction((tx) => insertPartners(tx, kept));
    const { client } = await signedInCoordinator(server, UTRECHT);
    const before = await partnersOf(server.db, UTRECHT);
    assert.equal(before.length, 2);
    const csv = await client.exportCsv('partners');
    assert.deepEqual(await client.importCsv('partners', csv, { dryRun: false }), {
      dryRun: false,
      created: [],
      updated: [],
      errors: [],
    });
    assert.deepEqual(await partnersOf(server.db, UTRECHT), before);

    // The fixture's partners are kept by the server's administrator: no coordinator takes them.
    const unowned = fixtureFeed.partners[0]!;
    const columns = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    const row = ROW(
      {
        id: unowned.id,
        name: 'Overgenomen',
        kind: unowned.kind,
        description: 'Hulp bij post',
        themes: unowned.themes.join('; '),
        municipalities: 'Utrecht',
        referral_method: 'by-phone',
        referral_instructions: 'Bel',
      },
      columns,
    );
    const result = await client.importCsv('partners', `${csv.trimEnd()}\r\n${row}\r\n`, {
      dryRun: false,
    });
    assert.deepEqual(
      result.errors.map((e) => [e.row, e.column]),
      [[4, 'id']],
    );
  });
});

describe('HSDS export (issue 21)', () => {
  test('the organisation’s data validates against the HSDS 3.0 schema and is repeatable', async () => {
    const { client, session } = await signedInCoordinator(server, ZWOLLE);
    const doc = await client.exportHsds();
    assert.deepEqual(hsdsProblems(doc), []);
    const { organizations, locations } = doc as {
      organizations: { name: string }[];
      locations: { name: string }[];
    };
    assert.equal(organizations[0]!.name, ZWOLLE);
    assert.deepEqual(
      locations.map((l) => l.name).sort(),
      (await locationsOf(server.db, ZWOLLE)).map((l) => l.name).sort(),
    );
    assert.deepEqual(await client.exportHsds(), doc);
    const res = await call(session.token, 'GET', 'export/hsds.json');
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const anonymous = await fetch(`${server.baseUrl}/v1/coordinator/export/hsds.json`);
    assert.equal(anonymous.status, 401);
    await anonymous.body?.cancel();
  });
});

describe('categories import (issue 21)', () => {
  const next = () => {
    const categories = structuredClone(defaultTaxonomy) as Categories;
    categories.version = '2099-01';
    categories.validFrom = '2099-01-01';
    categories.themes.push({ id: 'energie', label: { nl: 'Energie', en: 'Energy' } });
    return categories;
  };

  test('a key without --categories is refused, saying why', async () => {
    const { session } = await signedInCoordinator(server, UTRECHT);
    const res = await call(session.token, 'POST', 'categories', next());
    assert.equal(res.status, 403);
    assert.match(String(res.json().detail), /--categories/);
  });

  test('an invalid file is refused with each problem at its path', async () => {
    const { session } = await signedInCoordinator(server, UTRECHT, { mayImportCategories: true });
    const bad = next();
    bad.themes[0]!.label.nl = '';
    const res = await call(session.token, 'POST', 'categories', bad);
    assert.equal(res.status, 400);
    const errors = res.json().errors as { path: string; message: string }[];
    assert.deepEqual(
      errors.map((e) => e.path),
      ['themes[0].label.nl'],
    );
  });

  test('a key made with --categories imports a version, as the CLI does, audited', async () => {
    const { client } = await signedInCoordinator(server, UTRECHT, {
      mayImportCategories: true,
      label: 'Landelijk beheer',
    });
    const done = (await client.importCategories(next())) as Record<string, unknown>;
    assert.equal(done.version, '2099-01');
    assert.equal(done.unchanged, false);
    assert.deepEqual((done.changes as { added: unknown }).added, [
      { list: 'themes', id: 'energie' },
    ]);
    const versions = await fetch(`${server.baseUrl}/v1/categories`);
    assert.match(await versions.text(), /2099-01/);
    const again = (await client.importCategories(next())) as Record<string, unknown>;
    assert.equal(again.unchanged, true);
    const audit = await auditOf(UTRECHT, 'categories');
    assert.equal(audit.length, 1, 'the unchanged second import is no change');
    assert.deepEqual([audit[0]!.action, audit[0]!.entity_id], ['import', '2099-01']);
  });
});
