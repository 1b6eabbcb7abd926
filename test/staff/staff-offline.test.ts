// Journey: the staff page opens without a network. A staff member enrols on the demo's staff page
// (served by the built server on a fresh PGlite folder, with the code its serve command printed)
// while online; the page's service worker keeps the page and the IDO Kit script. Offline, a
// reload shows the form (from the worker's cache, not the browser's error page) and a visit is
// registered; the browser is closed, the server stopped, and the browser started again on the
// same profile, still offline: the page opens, a second visit waits beside the first. The server
// comes back, the network too: both are delivered, each exactly once. Resident pages on the same
// site are never controlled by the worker.
// Real Chromium with a real profile folder, real HTTP, real database; nothing mocked.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { openDb } from '@idokit/server';
import {
  assertEventually,
  deskBadge,
  deskForm,
  deskStatus,
  freePort,
  registerToeslagen,
  root,
} from '../support/index.js';

const LOCATION = 'ido-zwolle-centrum';
const dataDir = mkdtempSync(join(tmpdir(), 'idokit-staff-offline-'));
const profile = mkdtempSync(join(tmpdir(), 'idokit-staff-profile-'));
/** A copy of the CDN folder for the update test, which makes a "new build" of the worker. */
const cdnCopy = mkdtempSync(join(tmpdir(), 'idokit-staff-cdn-'));
let port = 0;
let origin = '';
let code = '';
let server: ChildProcess | undefined;
/** Every server started, so `after` stops them all even when a test failed half-way. */
const servers = new Set<ChildProcess>();
let context: BrowserContext | undefined;

/** Starts the built server on `port` with the demo site; resolves with what it printed. */
async function startServer(env: Record<string, string> = {}): Promise<string> {
  const built = join(root, 'packages/server/dist/cli/main.js');
  assert.ok(existsSync(built), `${built} is missing: run \`pnpm build\` first (pnpm test does)`);
  assert.ok(existsSync(join(root, 'packages/widgets/cdn/idokit-staff-sw.js')));
  const child = spawn(process.execPath, [built, 'serve', '--demo-enrolment', LOCATION], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      IDOKIT_HOST: '127.0.0.1',
      IDOKIT_DATA_DIR: dataDir,
      IDOKIT_STATIC_DIR: join(root, 'packages/demo/public'),
      IDOKIT_LOG_LEVEL: 'warn',
      IDOKIT_RATE_REGISTRATION: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  servers.add(child);
  const output: string[] = [];
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output.join('')}`)),
      180_000,
    );
    const onData = (chunk: Buffer) => {
      output.push(String(chunk));
      if (/enrolment code: /.test(output.join(''))) {
        clearTimeout(timer);
        resolve(output.join(''));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (status) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${status}:\n${output.join('')}`));
    });
  });
}

async function stopServer(child = server): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The browser on the test's own profile folder: closing it keeps the profile, as a restart. */
function launch(offline: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    offline,
  });
}

before(async () => {
  port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const printed = await startServer();
  code = /enrolment code: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(printed)![1]!;
});

after(async () => {
  await context?.close();
  for (const child of servers) await stopServer(child);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
  rmSync(cdnCopy, { recursive: true, force: true });
});

/** Registers toeslagen / Dienst Toeslagen by keyboard; offline, it is kept on the device. */
async function registerByKeyboard(page: Page): Promise<void> {
  await registerToeslagen(page);
  await assertEventually(
    async () => /Bewaard op dit apparaat/.test(await deskStatus(page)),
    'the visit kept on the device',
  );
}

/** What the forms said they queued and delivered, kept in the page (survives nothing). */
const LOG = `{
  const log = { queued: [], submitted: [] };
  window.idokitLog = log;
  document.addEventListener('ido-registration-queued', (e) => log.queued.push(e.detail.registration.id));
  document.addEventListener('ido-registration-submitted', (e) => log.submitted.push(e.detail.registration.id));
}`;
const readLog = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { idokitLog: { queued: string[]; submitted: string[] } }).idokitLog,
  );

/** True once the worker controls the page and keeps the page and every script it loaded. */
const keptForOffline = (page: Page) =>
  page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => /\/cdn\/.*\.js$/.test(e.name))
      .map((e) => e.name);
    if (!scripts.length) return false;
    for (const url of [location.href, ...scripts]) if (!(await caches.match(url))) return false;
    return true;
  });

const queued: string[] = [];

test('the staff page reloads offline, and opens offline after the browser restarts', async () => {
  context = await launch(false);
  await context.addInitScript(LOG);
  const errors: string[] = [];
  let page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/medewerkers.html`);
  await page.getByRole('textbox', { name: 'Aanmeldcode' }).fill(code);
  await page.getByRole('textbox', { name: 'Aanmeldcode' }).press('Tab');
  await page.keyboard.type('Balie offline');
  await page.keyboard.press('Enter');
  await deskForm(page)
    .locator('[part~="session"]')
    .getByText(/U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum/)
    .waitFor();
  await assertEventually(() => keptForOffline(page), 'the page and its scripts kept');
  // The worker is scoped to this page only.
  assert.equal(
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope),
    `${origin}/medewerkers.html`,
  );

  // Offline, a reload: the form comes from the worker's cache, with the enrolment and categories.
  await context.setOffline(true);
  const reloaded = await page.reload();
  assert.ok(reloaded?.fromServiceWorker(), 'the page came from the service worker');
  await deskForm(page).locator('#q0-themes').waitFor();
  await deskForm(page)
    .locator('[part~="session"]')
    .getByText(/U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum/)
    .waitFor();
  assert.equal(
    // `no-store`: the form's earlier GET may sit in the HTTP cache, which answers offline.
    await page.evaluate(() =>
      fetch('/v1/taxonomy', { cache: 'no-store' }).then(
        () => 'reached',
        () => 'offline',
      ),
    ),
    'offline',
    'the API is really out of reach (the worker does not answer for it)',
  );
  await registerByKeyboard(page);
  await assertEventually(
    async () => (await deskBadge(page)) === '1 registratie wacht op verzending',
    'the badge: one waiting',
  );
  await assertEventually(
    async () => (await readLog(page)).queued.length === 1,
    'the first visit said queued',
  );
  queued.push(...(await readLog(page)).queued);

  // The browser is closed; the server goes too (nothing can come from the network now).
  await context.close();
  context = undefined;
  await stopServer();
  context = await launch(true);
  await context.addInitScript(LOG);
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  const reopened = await page.goto(`${origin}/medewerkers.html`);
  assert.ok(reopened?.fromServiceWorker(), 'the page came from the service worker');
  await deskForm(page).locator('#q0-themes').waitFor();
  await assertEventually(
    async () => (await deskBadge(page)) === '1 registratie wacht op verzending',
    'the badge after the restart: the first visit still waits',
  );
  await registerByKeyboard(page);
  await assertEventually(
    async () => (await deskBadge(page)) === '2 registraties wachten op verzending',
    'the badge: two waiting',
  );
  await assertEventually(
    async () => (await readLog(page)).queued.length === 1,
    'the second visit said queued',
  );
  queued.push(...(await readLog(page)).queued);
  assert.equal(new Set(queued).size, 2, 'two visits, each with its own id');

  // The server and the network come back: both visits are delivered.
  await startServer();
  await context.setOffline(false);
  await assertEventually(async () => (await deskBadge(page)) === '', 'the queue emptied', 30_000);
  assert.deepEqual(errors, []);
  // Nothing the API answered was kept: the outbox keeps registrations, the form its categories.
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  assert.ok(kept.some((url) => url.endsWith('/cdn/idokit.js')));
  assert.deepEqual(
    kept.filter((url) => /\/v1\//.test(url)),
    [],
    'no API answer in the cache',
  );
  await context.close();
  context = undefined;
  await stopServer();

  const db = await openDb({ dataDir });
  try {
    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM registrations WHERE location_id = $1',
      [LOCATION],
    );
    assert.deepEqual(rows.map((r) => r.id).sort(), [...queued].sort(), 'each stored exactly once');
  } finally {
    await db.close();
  }
});

test('resident pages are never controlled by the staff worker', async () => {
  await stopServer();
  await startServer();
  context = await launch(false);
  const page = await context.newPage();
  // The staff page first, so the worker is installed and active on this origin.
  await page.goto(`${origin}/medewerkers.html`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  for (const path of ['/', '/index.html', '/hulp.html']) {
    const response = await page.goto(`${origin}${path}`);
    assert.equal(response?.fromServiceWorker(), false, `${path}: from the network`);
    await page.locator('ido-locator, ido-partner-list').first().waitFor();
    const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
    assert.equal(await controlled(), false, `${path}: not controlled after load`);
    await page.reload();
    assert.equal(await controlled(), false, `${path}: not controlled after a reload`);
    assert.equal(
      await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())),
      false,
      `${path}: no registration covers it`,
    );
  }
  // Nothing of a resident page is kept by the worker.
  for (const path of ['/', '/index.html', '/hulp.html'])
    assert.equal(
      await page.evaluate(async (url) => Boolean(await caches.match(url)), `${origin}${path}`),
      false,
      `${path}: not in the worker's cache`,
    );
  await context.close();
  context = undefined;
});

test('a new build replaces the cache of the old one, and the page still opens offline', async () => {
  await stopServer();
  cpSync(join(root, 'packages/widgets/cdn'), cdnCopy, { recursive: true });
  const worker = join(cdnCopy, 'idokit-staff-sw.js');
  const built = readFileSync(worker, 'utf8');
  const version = /const VERSION = '([\w-]+)';/.exec(built)![1]!;
  await startServer({ IDOKIT_CDN_DIR: cdnCopy });
  context = await launch(false);
  const page = await context.newPage();
  const cacheNames = () => page.evaluate(() => caches.keys());
  await page.goto(`${origin}/medewerkers.html`);
  await assertEventually(() => keptForOffline(page), 'kept by this build');
  assert.deepEqual(await cacheNames(), [`idokit-staff-${version}`]);

  // A new build: the worker's bytes change. The browser checks on the next visit.
  writeFileSync(worker, built.replace(version, 'next-build-1'));
  await page.reload();
  await assertEventually(
    async () => JSON.stringify(await cacheNames()) === '["idokit-staff-next-build-1"]',
    'the new cache alone (the old one deleted)',
  );
  await assertEventually(() => keptForOffline(page), 'the page kept again by the new worker');
  await context.setOffline(true);
  const reloaded = await page.reload();
  assert.ok(reloaded?.fromServiceWorker());
  await deskForm(page).locator('#q0-themes').waitFor();
  await context.close();
  context = undefined;
});
