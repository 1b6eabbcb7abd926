// <ido-registration-stats> in real Chromium against the real server (PGlite, the SDK's fixture
// data): enrolment, counts perturbed by the cell-key method (the page shows what the server
// publishes, each count within 2 of this test's own tally), period switching, the CSV checked
// cell by cell against the registrations made here, the printable report, a read-only report token
// for a library organisation, revocation; axe-core in every state; Dutch and English.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { widgetsBundle } from '../support/widgets-bundle.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createIdoClient, defaultTaxonomy, type QuestionRegistrationInput } from '@idokit/sdk';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import {
  createEnrolmentCode,
  createReportCode,
  createReportToken,
  revokeDevice,
  scopeStats,
  useDeviceToken,
  type StatsScope,
} from '@idokit/server';
import { startTestServer, type TestServer } from '@idokit/server/testing';

const root = fileURLToPath(new URL('../../', import.meta.url));
const axePath = join(root, 'packages/widgets/node_modules/axe-core/axe.min.js');
const axeSource = readFileSync(axePath, 'utf8');
const shots = '/tmp/shots/issue-10-stats';

const CENTRUM = 'ido-utrecht-centrum';
const KANALENEILAND = 'ido-utrecht-kanaleneiland';
const MONTH = '2026-06';

let server: TestServer;
let browser: Browser;
const site = mkdtempSync(join(tmpdir(), 'idokit-stats-'));

/** The registrations this test makes, to check the counts against. */
const made: QuestionRegistrationInput[] = [];

function visit(
  locationId: string,
  channel: 'desk' | 'phone' | 'email',
  question: QuestionRegistrationInput['questions'][number],
  day = 10,
): QuestionRegistrationInput {
  return {
    id: randomUUID(),
    locationId,
    date: `${MONTH}-${String(day).padStart(2, '0')}`,
    hour: 11,
    channel,
    durationMinutes: 10,
    questions: [question],
  };
}

const toeslagen = {
  type: 'government' as const,
  governmentLevel: 'national' as const,
  organisations: ['dienst-toeslagen'],
  themes: ['toeslagen'],
  help: 'searched-together' as const,
};

before(async () => {
  server = await startTestServer({ staticDir: site });
  writeFileSync(join(site, 'idokit.js'), await widgetsBundle());
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Statistieken</title>
<style>@page { size: A4; margin: 16mm; } body { font-family: sans-serif; margin: 1rem; }</style>
<script type="module" src="/idokit.js"></script></head>
<body><main><h1>IDO-medewerkers</h1><ido-registration-stats api="/" period="${MONTH}"></ido-registration-stats></main></body></html>`,
  );
  // Utrecht Centrum, June 2026: 9 at the desk, 6 by phone, 2 by e-mail (17 visits); 15
  // questions about toeslagen, 2 about the library; 5 referred (3 warm), 2 to a kind only.
  const { code } = await createEnrolmentCode(server.db, CENTRUM, {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
  const centrum = createIdoClient({ baseUrl: server.baseUrl, token: enrolment.token, retry: 0 });
  for (let i = 0; i < 9; i++) made.push(visit(CENTRUM, 'desk', toeslagen, 1 + i));
  for (let i = 0; i < 6; i++)
    made.push(
      visit(CENTRUM, 'phone', {
        ...toeslagen,
        help: 'referred',
        referral:
          i < 3
            ? { partnerId: 'sociaal-raadslieden-utrecht', warm: true }
            : i < 5
              ? { partnerKind: 'schuldhulp', warm: false }
              : { partnerId: 'sociaal-raadslieden-utrecht', warm: false },
      }),
    );
  for (let i = 0; i < 2; i++)
    made.push(visit(CENTRUM, 'email', { type: 'library', help: 'informed' }));
  for (const reg of made) await centrum.submitRegistration(reg);
  // Kanaleneiland: 6 desk visits.
  const other = await createEnrolmentCode(server.db, KANALENEILAND, {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const kanaleneiland = createIdoClient({
    baseUrl: server.baseUrl,
    token: (await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(other.code)).token,
    retry: 0,
  });
  for (let i = 0; i < 6; i++)
    await kanaleneiland.submitRegistration(visit(KANALENEILAND, 'desk', toeslagen));
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

async function open(context?: BrowserContext): Promise<Page> {
  const ctx =
    context ??
    (await browser.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      acceptDownloads: true,
    }));
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(`${server.baseUrl}/`);
  // Evaluated, not a script tag: the server's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page;
}

/** axe-core over the element (shadow DOM included), WCAG 2.2 AA and best practice. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await page.evaluate(async () => {
    const el = document.querySelector('ido-registration-stats')!;
    const axe = (
      window as unknown as {
        axe: {
          run: (
            el: Element,
            o: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(el, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      rules: { region: { enabled: false } },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  assert.deepEqual(violations, [], `axe in state "${state}"`);
}

const stats = (page: Page) => page.locator('ido-registration-stats');

async function enrol(page: Page, code: string): Promise<void> {
  await stats(page).getByLabel('Code').fill(code);
  await stats(page).getByRole('button', { name: 'Aanmelden' }).click();
}

/** A count as shown, against this test's own tally: a number within 2 of it, 0 for none. */
function expectCount(shown: string, exact: number, what: string): void {
  assert.match(shown, /^\d+$/, what);
  const n = Number(shown);
  if (exact === 0) assert.equal(n, 0, what);
  else assert.ok(Math.abs(n - exact) <= 2, `${what}: ${shown} for ${exact}`);
}

/** What the server publishes for a scope and period (the route's own function, now). */
const published = (period: string, scope: StatsScope, location?: string) =>
  scopeStats(server.db, scope, { period, ...(location ? { location } : {}) }, { at: new Date() });
const DEVICE: StatsScope = { kind: 'location', locationId: CENTRUM };
const ORGANISATION: StatsScope = { kind: 'organisation', name: 'Voorbeeldbibliotheek Utrecht' };
/** The summary line of an answer: "juni 2026: 17 bezoeken, 17 vragen". */
const line = (label: string, counts: { visits: unknown; questions: unknown }) =>
  `${label}: ${String(counts.visits)} bezoeken, ${String(counts.questions)} vragen`;
const CHANNEL_LABELS: Record<string, string> = {
  desk: 'Aan de balie',
  phone: 'Telefoon',
  email: 'E-mail',
};

let deviceToken = '';

describe('<ido-registration-stats> with a device of Utrecht Centrum', () => {
  let page: Page;
  before(async () => {
    page = await open();
  });

  test('enrolment: an empty or wrong code is refused in plain words, a right one shows the counts', async () => {
    // Beside the question form (enrol-elsewhere): no code field of its own, a line instead.
    await stats(page).evaluate((el) => el.setAttribute('enrol-elsewhere', ''));
    await stats(page)
      .getByText(/zodra dit apparaat is aangemeld met de aanmeldcode/)
      .waitFor();
    assert.equal(await stats(page).getByRole('textbox').count(), 0);
    await expectAccessible(page, 'enrolment left to the question form');
    await stats(page).evaluate((el) => el.removeAttribute('enrol-elsewhere'));
    await stats(page).getByRole('heading', { name: 'Dit apparaat aanmelden' }).waitFor();
    await expectAccessible(page, 'enrolment form');
    await stats(page).getByRole('button', { name: 'Aanmelden' }).click();
    await stats(page).getByText('Typ eerst de code.').waitFor();
    await expectAccessible(page, 'empty code');
    await enrol(page, 'AAAA-BBBB');
    await stats(page)
      .getByText(/Deze code of sleutel klopt niet/)
      .waitFor();
    assert.equal(await stats(page).getByLabel('Code').getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'wrong code');
    const { code } = await createEnrolmentCode(server.db, CENTRUM, {
      at: new Date(),
      ttlMs: 60_000,
    });
    await enrol(page, code.toLowerCase());
    const june = await published(MONTH, DEVICE);
    expectCount(String(june.visits), 17, 'visits in June');
    await stats(page).getByText(line('juni 2026', june)).waitFor();
    deviceToken = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('idokit:staff-session:'))!;
      return (JSON.parse(localStorage.getItem(key)!) as { enrolment: { token: string } }).enrolment
        .token;
    });
    assert.match(deviceToken, /^idokit_/);
    await expectAccessible(page, 'month');
  });

  test('each breakdown is a bar chart and a table of the published counts, explained in sentences', async () => {
    const june = await published(MONTH, DEVICE);
    const channel = stats(page).locator('section', {
      has: page.getByRole('heading', { name: 'Contact via' }),
    });
    const rows = await channel.locator('tbody tr').allInnerTexts();
    // 9 desk, 6 phone, 2 e-mail: each shown as published, within 2 (a small one may be 0, left out).
    assert.deepEqual(
      rows.map((r) => r.replace(/\s+/g, ' ').trim()),
      june.breakdown.channel.map((c) => `${CHANNEL_LABELS[c.key]} ${c.count}`),
    );
    const tally = { desk: 9, phone: 6, email: 2 } as Record<string, number>;
    for (const c of june.breakdown.channel) expectCount(String(c.count), tally[c.key]!, c.key);
    const chart = channel.getByRole('img');
    assert.equal(
      await chart.getAttribute('aria-label'),
      `Staafdiagram: Contact via. ${june.breakdown.channel
        .map((c) => `${CHANNEL_LABELS[c.key]}: ${c.count}`)
        .join('; ')}`,
    );
    // Every shown count has a bar.
    const widths = await channel
      .locator('rect')
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
    assert.ok(widths.every((w) => w > 0));
    await stats(page).getByRole('heading', { name: 'Over deze aantallen' }).waitFor();
    await stats(page)
      .getByText(
        'Alle aantallen kunnen 1 of 2 afwijken van de echte telling, zodat niemand een bezoeker kan herkennen.',
      )
      .waitFor();
    await stats(page)
      .getByText('Daarom tellen de delen niet altijd precies op tot het totaal.')
      .waitFor();
    await stats(page).getByRole('heading', { name: 'Doorverwezen naar', exact: true }).waitFor();
    await stats(page).screenshot({ path: join(shots, 'stats-month-nl.png') });
  });

  test('period switching: quarter with its months, the previous quarter empty, week', async () => {
    const june = await published(MONTH, DEVICE);
    const quarter = await published('2026-Q2', DEVICE);
    // April and May had none: the quarter is June's records, so it gets June's numbers.
    assert.equal(quarter.visits, june.visits);
    await stats(page).getByLabel('Periode', { exact: true }).selectOption('quarter');
    await stats(page).getByText(line('2e kwartaal 2026', quarter)).waitFor();
    const months = stats(page).locator('section', {
      has: page.getByRole('heading', { name: /^Per maand/ }),
    });
    assert.deepEqual(
      (await months.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()),
      ['april 2026 0', 'mei 2026 0', `juni 2026 ${june.visits}`],
    );
    await expectAccessible(page, 'quarter');
    await stats(page).getByRole('button', { name: 'Vorige periode' }).click();
    await stats(page).getByText('1e kwartaal 2026: 0 bezoeken, 0 vragen').waitFor();
    await stats(page)
      .getByText('In deze periode zijn geen of heel weinig vragen geregistreerd.')
      .waitFor();
    await expectAccessible(page, 'empty quarter');
    await stats(page).getByRole('button', { name: 'Volgende periode' }).click();
    await stats(page).getByText(line('2e kwartaal 2026', quarter)).waitFor();
    await stats(page).getByLabel('Periode', { exact: true }).selectOption('month');
    await stats(page).getByText('april 2026: 0 bezoeken').waitFor();
    await stats(page).getByRole('button', { name: 'Volgende periode' }).click();
    await stats(page).getByText('mei 2026: 0 bezoeken').waitFor();
    await stats(page).getByRole('button', { name: 'Volgende periode' }).click();
    await stats(page).getByText(line('juni 2026', june)).waitFor();
    await stats(page).getByLabel('Periode', { exact: true }).selectOption('week');
    // 1 June 2026 is a Monday: week 23 holds the 1st to the 7th (7 desk visits).
    const week = await published('2026-W23', DEVICE);
    expectCount(String(week.visits), 7, 'week 23');
    await stats(page).getByText(line('week 23 van 2026', week)).waitFor();
    await expectAccessible(page, 'week');
  });

  test('the CSV holds every national category, each cell as this test counted it', async () => {
    const june = await published(MONTH, DEVICE);
    await stats(page).getByLabel('Periode', { exact: true }).selectOption('month');
    await stats(page).getByText(line('juni 2026', june)).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      stats(page)
        .getByRole('button', { name: /Download CSV/ })
        .click(),
    ]);
    assert.equal(download.suggestedFilename(), `ido-utrecht-centrum-${MONTH}.csv`);
    const bytes = readFileSync((await download.path())!);
    // A byte-order mark, then `;`-separated Dutch (test/export opens it in LibreOffice).
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    await stats(page)
      .getByText(`Het bestand ido-utrecht-centrum-${MONTH}.csv is gedownload.`)
      .waitFor();
    const lines = text.trim().split('\r\n');
    assert.equal(lines[0], 'periode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal');
    // Our own tally of what we registered.
    const tally = new Map<string, number>();
    const add = (dim: string, key: string) =>
      tally.set(`${dim}/${key}`, (tally.get(`${dim}/${key}`) ?? 0) + 1);
    const kinds = new Map([['sociaal-raadslieden-utrecht', 'sociaal-raadslieden']]);
    const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    for (const r of made) {
      add('visits', 'total');
      add('channel', r.channel);
      add('place', r.outreach ? 'outreach' : 'library');
      const part = r.hour < 12 ? 'morning' : r.hour < 18 ? 'afternoon' : 'evening';
      add('timeOfDay', `${weekdays[new Date(`${r.date}T12:00:00Z`).getUTCDay()]}-${part}`);
      for (const q of r.questions) {
        add('questions', 'total');
        add('questionType', q.type);
        add('help', q.help);
        if (q.governmentLevel) add('governmentLevel', q.governmentLevel);
        for (const o of q.organisations ?? []) add('organisation', o);
        for (const th of q.themes ?? []) add('theme', th);
        if (q.referral) {
          add('referralKind', q.referral.partnerKind ?? kinds.get(q.referral.partnerId!)!);
          add('referralWarm', q.referral.warm ? 'warm' : 'not-warm');
          if (q.referral.partnerId) add('referralPartner', q.referral.partnerId);
        }
        if (q.notHelpedReason) add('notHelpedReason', q.notHelpedReason);
        for (const [f, a] of Object.entries(q.followUp ?? {})) add('followUp', `${f}:${a}`);
      }
    }
    const expectedRows =
      2 +
      defaultTaxonomy.channels.length +
      defaultTaxonomy.questionTypes.length +
      defaultTaxonomy.governmentLevels.length +
      defaultTaxonomy.organisations.length +
      defaultTaxonomy.themes.length +
      defaultTaxonomy.help.length +
      defaultTaxonomy.partnerKinds.length +
      2 + // warm, not warm
      (june.partners?.length ?? 0) +
      defaultTaxonomy.notHelpedReasons.length +
      (defaultTaxonomy.followUpQuestions ?? []).reduce((n, f) => n + f.answers.length, 0) +
      2 + // at the library, at an outreach session
      21; // seven weekdays by three parts of the day
    assert.equal(lines.length - 1, expectedRows);
    const seen = new Set<string>();
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      const [period, location, name, dim, category] = cells;
      assert.equal(name, 'IDO Voorbeeldbibliotheek Utrecht Centrum');
      const count = cells[cells.length - 1]!;
      assert.equal(period, MONTH);
      assert.equal(location, CENTRUM);
      seen.add(`${dim}/${category}`);
      expectCount(count, tally.get(`${dim}/${category}`) ?? 0, `${dim}/${category}`);
    }
    for (const key of tally.keys()) assert.ok(seen.has(key), `${key} has a row`);
    // The cells of this month as published, the same as the page showed them.
    assert.ok(
      lines.includes(
        `${MONTH};${CENTRUM};IDO Voorbeeldbibliotheek Utrecht Centrum;visits;total;Aantal bezoeken;${june.visits}`,
      ),
    );
    const desk = june.breakdown.channel.find((c) => c.key === 'desk')!.count;
    assert.ok(lines.some((l) => l.endsWith(`;channel;desk;Aan de balie;${desk}`)));
  });

  test('the municipality report of the quarter prints on A4', async () => {
    const quarter = await published('2026-Q2', DEVICE);
    await stats(page).getByLabel('Periode', { exact: true }).selectOption('quarter');
    await stats(page).getByText(line('2e kwartaal 2026', quarter)).waitFor();
    await stats(page).getByRole('button', { name: 'Rapport voor de gemeente' }).click();
    await stats(page)
      .getByRole('heading', { name: 'Verantwoording Informatiepunt Digitale Overheid' })
      .waitFor();
    await stats(page)
      .getByText(
        `In deze periode kwamen ${quarter.visits} bezoekers met in totaal ${quarter.questions} vragen`,
        { exact: false },
      )
      .waitFor();
    await stats(page).getByRole('heading', { name: 'Openingstijden in deze periode' }).waitFor();
    await stats(page)
      .getByText(/uur open, verdeeld over \d+ dagen/)
      .waitFor();
    await expectAccessible(page, 'report');
    await page.pdf({ path: join(shots, 'report.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'print' });
    assert.equal(
      await stats(page)
        .getByRole('button', { name: /Afdrukken/ })
        .isVisible(),
      false,
    );
    await page.emulateMedia({ media: 'screen' });
    await stats(page).getByRole('button', { name: 'Terug naar de statistieken' }).click();
    await stats(page).getByText(line('2e kwartaal 2026', quarter)).waitFor();
  });

  test('in English', async () => {
    await stats(page).evaluate((el) => el.setAttribute('lang', 'en'));
    const quarter = await published('2026-Q2', DEVICE);
    await stats(page)
      .getByText(`Q2 2026: ${quarter.visits} visits, ${quarter.questions} questions`)
      .waitFor();
    await stats(page).getByRole('heading', { name: 'About these numbers' }).waitFor();
    await expectAccessible(page, 'English');
    await stats(page).screenshot({ path: join(shots, 'stats-quarter-en.png') });
    await stats(page).evaluate((el) => el.removeAttribute('lang'));
  });

  test('a revoked device is told so, and can enrol again', async () => {
    const device = await useDeviceToken(server.db, deviceToken, new Date());
    await revokeDevice(server.db, device!.id, new Date());
    await stats(page).getByRole('button', { name: 'Volgende periode' }).click();
    await stats(page)
      .getByText('Dit apparaat is afgemeld. Vraag de beheerder om een nieuwe code.')
      .waitFor();
    await expectAccessible(page, 'revoked');
    assert.deepEqual((page as Page & { problems: string[] }).problems, []);
  });
});

describe('<ido-registration-stats> with a report token of a library organisation', () => {
  test('sees its locations and their total, switches location, and gets 403 on a write', async () => {
    const page = await open();
    const { code } = await createReportCode(
      server.db,
      { kind: 'organisation', name: 'Voorbeeldbibliotheek Utrecht' },
      { at: new Date(), ttlMs: 60_000 },
    );
    await enrol(page, code);
    await stats(page)
      .getByRole('heading', { name: 'Statistieken van Voorbeeldbibliotheek Utrecht' })
      .waitFor();
    const all = await published(MONTH, ORGANISATION);
    expectCount(String(all.visits), 23, 'the organisation in June');
    await stats(page).getByText(line('juni 2026', all)).waitFor();
    const perLocation = stats(page).locator('section', {
      has: page.getByRole('heading', { name: /^Per locatie/ }),
    });
    assert.deepEqual(
      (await perLocation.locator('tbody tr').allInnerTexts()).map((r) =>
        r.replace(/\s+/g, ' ').trim(),
      ),
      [
        `IDO Voorbeeldbibliotheek Utrecht Centrum ${all.byLocation[0]!.visits}`,
        `IDO Voorbeeldbibliotheek Utrecht Kanaleneiland ${all.byLocation[1]!.visits}`,
      ],
    );
    await expectAccessible(page, 'report token, all locations');
    await stats(page).getByLabel('Locatie', { exact: true }).selectOption(KANALENEILAND);
    // The same records as the location's line above: the same number.
    const one = await published(MONTH, ORGANISATION, KANALENEILAND);
    assert.equal(one.visits, all.byLocation[1]!.visits);
    await stats(page).getByText(line('juni 2026', one)).waitFor();
    await expectAccessible(page, 'report token, one location');
    const status = await page.evaluate(
      async (reg) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('idokit:staff-session:'))!;
        const token = (
          JSON.parse(localStorage.getItem(key)!) as { enrolment: { token: string; scope: string } }
        ).enrolment;
        const res = await fetch('/v1/registrations', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.token}` },
          body: JSON.stringify(reg),
        });
        return [token.scope, res.status];
      },
      visit(CENTRUM, 'desk', toeslagen),
    );
    assert.deepEqual(status, ['organisation', 403]);
    await stats(page).screenshot({ path: join(shots, 'stats-organisation-nl.png') });
    assert.deepEqual((page as Page & { problems: string[] }).problems, []);
  });
});

describe('<ido-registration-stats> with a report token an administrator pasted', () => {
  test('a made-up key is refused and nothing is kept; the municipality key shows its desks', async () => {
    const page = await open();
    await stats(page).getByRole('heading', { name: 'Dit apparaat aanmelden' }).waitFor();
    await enrol(page, `idokit_${'A'.repeat(43)}`);
    await stats(page)
      .getByText(/Deze code of sleutel klopt niet/)
      .waitFor();
    assert.equal(
      await page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('idokit:staff-session:')).length,
      ),
      0,
    );
    // `idokit-server report-token --municipality Utrecht`, pasted with the spaces a copy brings.
    const made = await createReportToken(
      server.db,
      { kind: 'municipality', name: 'Utrecht' },
      { at: new Date(), label: 'wethouder' },
    );
    await enrol(page, `  ${made.token} `);
    await stats(page).getByRole('heading', { name: 'Statistieken van gemeente Utrecht' }).waitFor();
    // The municipality's desks are the organisation's: the same records, the same numbers.
    const utrecht = await published(MONTH, { kind: 'municipality', name: 'Utrecht' });
    assert.equal(utrecht.visits, (await published(MONTH, ORGANISATION)).visits);
    await stats(page).getByText(line('juni 2026', utrecht)).waitFor();
    await expectAccessible(page, 'pasted municipality key');
    const kept = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('idokit:staff-session:'))!;
      return (JSON.parse(localStorage.getItem(key)!) as { enrolment: Record<string, string> })
        .enrolment;
    });
    assert.equal(kept.scope, 'municipality');
    assert.equal(kept.scopeName, 'Utrecht');
    assert.equal(kept.locationId, undefined);
    // The key is kept by the browser, never written into the page.
    assert.ok(!(await page.content()).includes(made.token));

    // Signing out asks first (the question form on this device would be signed out too).
    const signOut = stats(page).getByRole('button', { name: 'Afmelden op dit apparaat' });
    await signOut.click();
    await stats(page)
      .getByText(/^Afmelden\? Daarna kan dit apparaat/)
      .waitFor();
    await expectAccessible(page, 'sign out asked');
    const focused = () =>
      page.evaluate(() =>
        document
          .querySelector('ido-registration-stats')!
          .shadowRoot!.activeElement?.textContent?.trim(),
      );
    assert.equal(await focused(), 'Annuleren');
    await page.keyboard.press('Enter');
    await signOut.waitFor();
    assert.equal(await focused(), 'Afmelden op dit apparaat');
    await signOut.click();
    await stats(page).getByRole('button', { name: 'Ja, afmelden' }).click();
    await stats(page).getByRole('heading', { name: 'Dit apparaat aanmelden' }).waitFor();
    assert.equal(
      await page.evaluate(() => JSON.stringify(localStorage).includes('idokit_')),
      false,
    );
    assert.deepEqual((page as Page & { problems: string[] }).problems, []);
  });
});
