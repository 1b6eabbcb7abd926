// Journey: a staff member opens the demo's staff page — served by the server's start path
// (`pnpm --filter @idokit/server start`, the command `pnpm start` ends with) on a fresh PGlite
// folder — enrols with the code that start printed, registers two visits by keyboard, loses the
// network, registers one more, reloads the page, gets the network back. Then, on the same
// enrolment, two tabs register offline and both deliver when the network is back, and staff
// forget the device. Last, the server is stopped and its database counts every visit made, each
// exactly once, and lists the desk by the name given at enrolment, revoked.
// Real Chromium, real HTTP, real database; nothing mocked.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { countStatsUnits, listDevices, openDb } from '@idokit/server';
import { freePort } from '../support/demo-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnFile = join(root, 'packages/widgets/cdn/idokit.js');
const LOCATION = 'ido-zwolle-centrum';

let server: ChildProcess | undefined;
let origin = '';
let code = '';
let browser: Browser;
const dataDir = mkdtempSync(join(tmpdir(), 'idokit-staff-'));
const output: string[] = [];
/** Visits the tests registered; the last test checks the server stored exactly these. */
let made = 0;
/** The browser state after enrolling (the token in localStorage): later tests reuse it. */
let enrolled: Awaited<ReturnType<BrowserContext['storageState']>> | undefined;
/** Registration ids the two-tab test queued. */
const queuedInTabs: string[] = [];

before(async () => {
  assert.ok(
    existsSync(cdnFile),
    `${cdnFile} is missing: run \`pnpm build\` first (pnpm test does)`,
  );
  const port = await freePort();
  server = spawn('pnpm', ['--filter', '@idokit/server', 'run', 'start'], {
    cwd: root,
    detached: true, // its own process group, so the server under pnpm stops with it
    env: {
      ...process.env,
      PORT: String(port),
      IDOKIT_HOST: '127.0.0.1',
      IDOKIT_DATA_DIR: dataDir,
      IDOKIT_STATIC_DIR: join(root, 'packages/demo/public'),
      IDOKIT_LOG_LEVEL: 'warn',
      // The demo's own limits (10 enrolments an hour) would do; registrations come fast here.
      IDOKIT_RATE_REGISTRATION: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  code = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output.join('')}`)),
      180_000,
    );
    const onData = (chunk: Buffer) => {
      output.push(String(chunk));
      const match =
        /Staff page: \S+\/medewerkers\.html\s+enrolment code: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(
          output.join(''),
        );
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.on('exit', (status) =>
      reject(new Error(`server exited ${status}:\n${output.join('')}`)),
    );
  });
  origin = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

async function stopServer(): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  await exited;
  // pnpm may exit before the node server under it has closed the database.
  for (let i = 0; i < 100 && existsSync(join(dataDir, '.idokit.lock')); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

after(async () => {
  await browser?.close();
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
});

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

const form = (page: Page) => page.locator('ido-question-form');
const statusText = async (page: Page) =>
  (await form(page).locator('[part~="status"]').textContent())?.trim() ?? '';
// allTextContents does not wait: the badge may be gone at any moment.
const badgeText = async (page: Page) =>
  (await form(page).locator('.badge').allTextContents()).join('').trim();
const focusedId = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id ?? '';
  });

/** Registers toeslagen / Dienst Toeslagen from the first field, keys only. */
async function registerByKeyboard(page: Page, theme = 'toesl'): Promise<void> {
  assert.equal(await focusedId(page), 'q0-themes', 'focus starts in the first field');
  await page.keyboard.type(theme);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('dienst toe');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

async function waitForStatus(page: Page, pattern: RegExp, what: string): Promise<void> {
  await eventually(async () => pattern.test(await statusText(page)), what);
  await eventually(async () => (await focusedId(page)) === 'q0-themes', `${what}: focus back`);
}

/** Stops the server (PGlite allows one process) and reads what it stored. */
async function stored(): Promise<{
  visits: number;
  ids: string[];
  devices: { label: string | null; revoked: boolean }[];
}> {
  await stopServer();
  const db = await openDb({ dataDir });
  try {
    // The server's own stats function: exact counts, before the perturbation a report gets.
    const units = await countStatsUnits(db, {
      locationIds: [LOCATION],
      unit: 'month',
      from: '2000-01-01',
      to: '2100-12-31',
    });
    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM registrations WHERE location_id = $1',
      [LOCATION],
    );
    const devices = (await listDevices(db, LOCATION)).map((d) => ({
      label: d.label,
      revoked: d.revokedAt !== null,
    }));
    return {
      visits: units.reduce((sum, u) => sum + u.visits, 0),
      ids: rows.map((row) => row.id),
      devices,
    };
  } finally {
    await db.close();
  }
}

test('a staff member enrols with the printed code and never loses a registration', async () => {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  await page.getByRole('link', { name: 'Medewerkers' }).click();
  await page.waitForURL(/medewerkers\.html$/);
  await page.getByRole('heading', { name: 'Medewerkers: vraag registreren' }).waitFor();

  // One code field on the page: the statistics beside the form wait for its enrolment.
  await page
    .locator('ido-registration-stats')
    .getByText(/zodra dit apparaat is aangemeld met de aanmeldcode/)
    .waitFor();
  // The code and the desk's name (the coordinator tells the desks apart by it).
  assert.equal(await page.getByRole('textbox').count(), 2);
  const codeField = page.getByRole('textbox', { name: 'Aanmeldcode' });
  await codeField.focus();
  await page.keyboard.type(code);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Balie 1');
  await page.keyboard.press('Enter');
  await form(page)
    .locator('[part~="session"]')
    .getByText('U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum (Balie 1).')
    .waitFor();
  await eventually(async () => (await focusedId(page)) === 'q0-themes', 'focus in the form');
  const html = await page.content();
  const token = await page.evaluate(() => JSON.stringify(localStorage));
  assert.match(token, /idokit_/, 'the token is kept in the browser');
  assert.doesNotMatch(html, /idokit_[A-Za-z0-9_-]{20}/, 'and not in the markup');

  // The statistics beside the form share the enrolment, and count a registration at once.
  const desk = page.locator('ido-registration-stats');
  await desk
    .getByRole('heading', { name: 'Statistieken van IDO Voorbeeldbibliotheek Zwolle Centrum' })
    .waitFor();
  const summary = desk.locator('[part~="summary"]');
  await eventually(
    async () => /: 0 bezoeken, 0 vragen$/.test(await summary.innerText()),
    'the counts of this month, none yet',
  );

  await registerByKeyboard(page);
  made += 1;
  await waitForStatus(page, /^Geregistreerd: Toeslagen · Dienst Toeslagen/, 'first visit stored');
  // Counted at once: the element shows the server's answer with this visit (one visit, published
  // perturbed by the cell-key method: 0 to 3).
  await eventually(async () => {
    const published = await desk.evaluate(async (el) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('idokit:staff-session:'))!;
      const { token } = (JSON.parse(localStorage.getItem(key)!) as { enrolment: { token: string } })
        .enrolment;
      const period = (el as HTMLElement & { currentPeriod: string }).currentPeriod;
      const res = await fetch(`/v1/registrations/stats?period=${period}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return (await res.json()) as { visits: number; questions: number };
    });
    return (
      published.visits <= 3 &&
      (await summary.innerText()).endsWith(
        `: ${published.visits} bezoeken, ${published.questions} vragen`,
      )
    );
  }, 'the first visit counted beside the form');
  // Same as last: Shift+Tab, Enter, Enter.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedId(page), 'same-as-last');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  made += 1;
  await waitForStatus(page, /^Geregistreerd: Toeslagen · Dienst Toeslagen/, 'second visit stored');
  // Stored on the device at once; sent a moment later (the badge is gone).
  await eventually(async () => (await badgeText(page)) === '', 'both visits sent');

  await context.setOffline(true);
  await registerByKeyboard(page, 'belast');
  made += 1;
  await waitForStatus(page, /Bewaard op dit apparaat/, 'third visit kept');
  await eventually(
    async () => (await badgeText(page)) === '1 registratie wacht op verzending',
    'badge',
  );

  // Reload while the API cannot be reached: the page comes back with the queued registration,
  // and the categories seen before (the taxonomy is public data kept for this).
  await context.route('**/v1/**', (route) => route.abort('internetdisconnected'));
  await context.setOffline(false);
  await page.reload();
  await form(page).locator('#q0-themes').waitFor();
  await eventually(
    async () => (await badgeText(page)) === '1 registratie wacht op verzending',
    'the badge after the reload',
  );

  // The network is back: the browser says so, the outbox sends.
  await context.unroute('**/v1/**');
  await context.setOffline(true);
  await context.setOffline(false);
  await eventually(async () => (await badgeText(page)) === '', 'the queue emptied', 30_000);
  assert.deepEqual(errors, []);
  enrolled = await context.storageState();
  await context.close();
});

test('two tabs register offline and each registration is delivered once', async () => {
  assert.ok(enrolled, 'needs the enrolment of the first test (enrolment codes are single-use)');
  // One browser, two tabs: the same localStorage (enrolment), IndexedDB (outbox) and Web Lock.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    storageState: enrolled,
  });
  // What each tab's form says it did, kept in the page for the test to read. A string, not a
  // function: tsx compiles functions with helpers (`__name`) the page does not have.
  await context.addInitScript(`{
    const log = { queued: [], submitted: [] };
    window.idokitLog = log;
    document.addEventListener('ido-registration-queued', (event) => {
      log.queued.push(event.detail.registration.id);
    });
    document.addEventListener('ido-registration-submitted', (event) => {
      log.submitted.push({
        id: event.detail.registration.id,
        replayed: event.detail.receipt.replayed,
      });
    });
  }`);
  const readLog = (page: Page) =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            idokitLog: { queued: string[]; submitted: { id: string; replayed: boolean }[] };
          }
        ).idokitLog,
    );
  const errors: string[] = [];
  const tabs: Page[] = [];
  for (let i = 0; i < 2; i++) {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/medewerkers.html`);
    await form(page).locator('#q0-themes').waitFor();
    tabs.push(page);
  }
  const [a, b] = tabs as [Page, Page];

  await context.setOffline(true);
  // Two visits in tab A (the second with "same as last"), one in tab B.
  await a.bringToFront();
  await form(a).locator('#q0-themes').focus();
  await registerByKeyboard(a);
  made += 1;
  await waitForStatus(a, /Bewaard op dit apparaat/, 'tab A: first visit kept');
  await a.keyboard.press('Shift+Tab');
  assert.equal(await focusedId(a), 'same-as-last');
  await a.keyboard.press('Enter');
  await a.keyboard.press('Enter');
  made += 1;
  await eventually(async () => (await readLog(a)).queued.length === 2, 'tab A: two kept');
  await b.bringToFront();
  await form(b).locator('#q0-themes').focus();
  await registerByKeyboard(b, 'belast');
  made += 1;
  await waitForStatus(b, /Bewaard op dit apparaat/, 'tab B: visit kept');

  // One outbox on the device: both tabs show all three waiting.
  for (const [name, page] of [
    ['A', a],
    ['B', b],
  ] as const)
    await eventually(
      async () => (await badgeText(page)) === '3 registraties wachten op verzending',
      `tab ${name}: badge with three waiting (it says "${await badgeText(page)}")`,
    );
  const queued = [...(await readLog(a)).queued, ...(await readLog(b)).queued];
  assert.equal(new Set(queued).size, 3, 'three registrations, each with its own id');
  queuedInTabs.push(...queued);

  // The network is back for both tabs at once: both outboxes try to deliver.
  await context.setOffline(false);
  await Promise.all(tabs.map((page) => page.evaluate(() => dispatchEvent(new Event('online')))));
  for (const [name, page] of [
    ['A', a],
    ['B', b],
  ] as const)
    await eventually(
      async () => (await badgeText(page)) === '',
      `tab ${name}: queue emptied`,
      30_000,
    );

  // Each registration was sent by one tab, once: the server never answered "already had it".
  const submitted = [...(await readLog(a)).submitted, ...(await readLog(b)).submitted];
  assert.deepEqual(submitted.map((s) => s.id).sort(), [...queued].sort());
  assert.deepEqual(
    submitted.filter((s) => s.replayed),
    [],
    'no registration was delivered twice',
  );

  // Staff forget the device in tab A: signed out on the server, both tabs ask for a code.
  await a.bringToFront();
  await form(a).getByRole('button', { name: 'Dit apparaat vergeten' }).click();
  await form(a).getByRole('button', { name: 'Ja, vergeten' }).click();
  await eventually(
    async () => (await statusText(a)) === 'Dit apparaat is vergeten en afgemeld bij de server.',
    'tab A: signed out on the server',
  );
  for (const page of tabs) await form(page).locator('#enrol-code').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the server stored every visit made, each exactly once, and the forgotten desk is revoked', async () => {
  const { visits, ids, devices } = await stored();
  assert.deepEqual(devices, [{ label: 'Balie 1', revoked: true }], 'the desk, by name, revoked');
  assert.equal(new Set(ids).size, ids.length);
  for (const id of queuedInTabs)
    assert.equal(ids.filter((x) => x === id).length, 1, `registration ${id} stored once`);
  assert.equal(visits, made, `the server counts ${made} visits`);
  assert.equal(made, 6, 'three visits in one tab, then three in two tabs');
});
