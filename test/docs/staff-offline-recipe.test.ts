// The guide's recipe for the staff page offline on any website (docs/embedding.md, "The staff page
// offline"), followed as written: a library site on its own origin (a plain Node server standing in
// for any CMS) copies `idokit-staff-sw.js` to its root with the guide's headers, and puts the
// guide's `staff-offline` snippet on a staff page at a sub-path. The script and the API come from
// the IDO Kit server on another origin. A staff member enrols, the network goes, a reload shows
// the form from the worker's cache, a visit waits and is delivered when the network is back. The
// site's other pages, the sub-path's parent included, are never controlled.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  assertEventually,
  deskBadge,
  deskForm,
  registerToeslagen,
  launchChromium,
  root,
  startDemoServer,
  type DemoServer,
} from '../support/index.js';

const guide = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
const PLACEHOLDER = 'https://ido.bibliotheek.example';
const STAFF_PAGE = '/balie/registreren';

/** The guide's ```html staff-offline blocks, without the indentation of list items. */
const recipe = [...guide.matchAll(/^( *)```html staff-offline\n([\s\S]*?)^\1```/gm)].map(
  ([, indent, body]) =>
    body!
      .split('\n')
      .map((line) => line.slice(indent!.length))
      .join('\n'),
);

let demo: DemoServer;
let site: Server;
let siteOrigin = '';
let browser: Browser;

before(async () => {
  assert.equal(recipe.length, 1, 'the guide has the staff page snippet');
  const worker = readFileSync(join(root, 'packages/widgets/cdn/idokit-staff-sw.js'));
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body><main><h1>${title}</h1>${body}</main></body></html>`;
  site = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    if (path === '/idokit-staff-sw.js') {
      // The guide's headers, nothing more: the file is at the root, above the staff page.
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' });
      res.end(worker);
    } else if (path === STAFF_PAGE) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page('Registreren', recipe[0]!.replaceAll(PLACEHOLDER, demo.origin)));
    } else if (path === '/' || path === '/balie/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        page(
          'Openingstijden',
          `<script type="module" src="${demo.origin}/cdn/idokit.js"></script>` +
            `<ido-opening-hours api="${demo.origin}" location="ido-zwolle-centrum"></ido-opening-hours>`,
        ),
      );
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  demo = await startDemoServer({
    demoEnrolment: 'ido-zwolle-centrum',
    env: { IDOKIT_ALLOWED_ORIGINS: siteOrigin, IDOKIT_RATE_REGISTRATION: 'off' },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await new Promise((resolve) => site?.close(resolve));
});

test('the recipe: a staff page at a sub-path of another site opens and registers offline', async () => {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = `${siteOrigin}${STAFF_PAGE}`;
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Aanmeldcode' }).fill(demo.enrolmentCode!);
  await page.getByRole('textbox', { name: 'Aanmeldcode' }).press('Tab');
  await page.keyboard.type('Balie');
  await page.keyboard.press('Enter');
  const session = deskForm(page)
    .locator('[part~="session"]')
    .getByText(/U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum/);
  await session.waitFor();
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), url);
  // The script and its chunks come from the IDO Kit server's origin: kept too (with CORS).
  await assertEventually(
    () =>
      page.evaluate(async (cdn) => {
        if (!navigator.serviceWorker.controller) return false;
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.startsWith(cdn))
          .map((e) => e.name);
        for (const href of [location.href, ...scripts])
          if (!(await caches.match(href))) return false;
        return scripts.length > 0;
      }, `${demo.origin}/cdn/`),
    'the page and the scripts from the IDO Kit server kept',
  );

  await context.setOffline(true);
  const reloaded = await page.reload();
  assert.ok(reloaded?.fromServiceWorker(), 'the page came from the service worker');
  await session.waitFor();
  await registerToeslagen(page);
  await assertEventually(
    async () => (await deskBadge(page)) === '1 registratie wacht op verzending',
    'the badge: one waiting',
  );
  await context.setOffline(false);
  await assertEventually(async () => (await deskBadge(page)) === '', 'delivered', 30_000);
  assert.deepEqual(errors, []);

  for (const path of ['/', '/balie/']) {
    const response = await page.goto(`${siteOrigin}${path}`);
    assert.equal(response?.fromServiceWorker(), false, path);
    await page.reload();
    assert.equal(
      await page.evaluate(() => navigator.serviceWorker.controller),
      null,
      `${path}: not controlled`,
    );
  }
  await context.close();
});
