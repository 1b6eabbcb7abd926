// The statistics CSV as a Dutch office opens it by double-click: a real file from the real server
// (PGlite, the SDK's fixture data, one location renamed to carry an "é" and an "ë"), opened by
// LibreOffice Calc (Debian's libreoffice-calc-nogui, headless) with what an office set to Dutch
// does — `;` as the list separator, the character set taken from the byte-order mark, the
// language nl-NL — and saved again as tab-separated UTF-8 to read every cell back. The same period
// asked with `separator=comma` lands in one column under those settings: why `;` is the default.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createIdoClient, defaultTaxonomy, type QuestionRegistrationInput } from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';
import { createEnrolmentCode, upsertLocations } from '@idokit/server';
import { startTestServer, type TestServer } from '@idokit/server/testing';

const LOCATION = 'ido-amsterdam-noord';
const NAME = 'IDO Bibliotheek Noord, Café Zoë';
const MONTH = '2026-06';
/** How Calc reads a file an office set to Dutch opens: `;`, `"`, character set from the byte-order mark (0: detect), first line 1, standard columns, nl-NL. */
const DUTCH_IMPORT = 'Text - txt - csv (StarCalc):59,34,0,1,,1043';
/** How the cells are written back to read them: tab, `"`, UTF-8, every text cell quoted (so a number is a number). */
const READ_BACK = 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,true';

let server: TestServer;
let token = '';
const dir = mkdtempSync(join(tmpdir(), 'idokit-csv-lo-'));

/** Calc's cells of a tab-separated, all-text-quoted file: a text as a string, a number as a number. */
function cells(text: string): (string | number)[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) =>
      line
        .split('\t')
        .map((cell) =>
          cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : Number(cell),
        ),
    );
}

before(async () => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  assert.equal(
    soffice.status,
    0,
    'LibreOffice is missing: run scripts/setup (it installs Debian libreoffice-calc-nogui), or apt-get install libreoffice-calc-nogui',
  );
  server = await startTestServer();
  const fixture = fixtureFeed.locations.find((l) => l.id === LOCATION)!;
  await upsertLocations(server.db, [{ ...fixture, name: NAME }], new Date());
  const { code } = await createEnrolmentCode(server.db, LOCATION, {
    at: new Date(),
    ttlMs: 60_000,
  });
  token = (await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code)).token;
  const desk = createIdoClient({ baseUrl: server.baseUrl, token, retry: 0 });
  for (let i = 0; i < 6; i++) {
    const visit: QuestionRegistrationInput = {
      id: randomUUID(),
      locationId: LOCATION,
      date: `${MONTH}-${String(2 + i).padStart(2, '0')}`,
      hour: 11,
      channel: 'desk',
      durationMinutes: 10,
      questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
    };
    await desk.submitRegistration(visit);
  }
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The file as the browser saves it: the response's bytes, untouched. */
async function download(query: string, file: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/v1/registrations.csv?period=${MONTH}${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(res.status, 200);
  const path = join(dir, file);
  writeFileSync(path, new Uint8Array(await res.arrayBuffer()));
  return path;
}

describe('the CSV in LibreOffice set to Dutch', () => {
  test('opens as separate columns with the right letters; a comma file would not', async (t) => {
    const dutch = await download('', 'ido-amsterdam-noord.csv');
    const comma = await download('&separator=comma', 'comma.csv');
    const started = Date.now();
    // One Calc for both files, with a profile of its own (a first start, as on a new machine).
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        `--infilter=${DUTCH_IMPORT}`,
        '--convert-to',
        READ_BACK,
        '--outdir',
        join(dir, 'out'),
        dutch,
        comma,
      ],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, HOME: dir } },
    );
    t.diagnostic(`LibreOffice opened and saved both files in ${Date.now() - started} ms`);
    assert.equal(run.status, 0, `soffice failed: ${run.stderr}`);
    const sheet = cells(readFileSync(join(dir, 'out', 'ido-amsterdam-noord.csv'), 'utf8'));
    // The counts as the server publishes them (perturbed by the cell-key method).
    const published = await createIdoClient({
      baseUrl: server.baseUrl,
      token,
      retry: 0,
    }).getRegistrationStats({ period: MONTH });
    const toeslagen = published.breakdown.theme.find((c) => c.key === 'toeslagen')?.count ?? 0;

    // The byte-order mark is read as the character set, not as a letter of the first cell.
    assert.deepEqual(sheet[0], [
      'periode',
      'locatie',
      'locatienaam',
      'onderdeel',
      'categorie',
      'categorienaam',
      'aantal',
    ]);
    for (const row of sheet) assert.equal(row.length, 7, `columns of ${JSON.stringify(row)}`);
    // The location's name beside its id, with its "é" and "ë"; the month stays a text, the
    // count is a number to add up.
    assert.deepEqual(sheet[1], [
      MONTH,
      LOCATION,
      NAME,
      'visits',
      'total',
      'Aantal bezoeken',
      published.visits,
    ]);
    const kind = defaultTaxonomy.partnerKinds.find((k) => k.id === 'clientondersteuning')!;
    assert.equal(kind.label.nl, 'Cliëntondersteuning (MEE, gemeente)');
    assert.deepEqual(sheet.find((r) => r[4] === kind.id)?.slice(2), [
      NAME,
      'referralKind',
      kind.id,
      kind.label.nl,
      0,
    ]);
    assert.deepEqual(sheet.find((r) => r[4] === 'toeslagen')?.at(-1), toeslagen);
    // Every category of the national form is a row of its own.
    assert.equal(
      sheet.length - 1,
      2 + defaultTaxonomy.themes.length + rowsBesideThemes() + (published.partners?.length ?? 0),
    );

    // `separator=comma`: every line one cell under Dutch settings (the reason for `;`).
    const commaSheet = cells(readFileSync(join(dir, 'out', 'comma.csv'), 'utf8'));
    assert.equal(commaSheet[0]!.length, 1);
    assert.match(String(commaSheet[0]![0]), /^periode,locatie,locatienaam,/);
  });
});

/** The rows of the national form besides visits, questions and themes. */
function rowsBesideThemes(): number {
  const t = defaultTaxonomy;
  return (
    t.channels.length +
    t.questionTypes.length +
    t.governmentLevels.length +
    t.organisations.length +
    t.help.length +
    t.partnerKinds.length +
    2 + // warm, not warm
    t.notHelpedReasons.length +
    (t.followUpQuestions ?? []).reduce((n, f) => n + f.answers.length, 0) +
    2 + // at the library, at an outreach session
    21 // seven weekdays by three parts of the day
  );
}
