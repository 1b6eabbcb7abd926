// The staff page offline in a real WordPress (Debian's 6.1, MariaDB, PHP's web server, plain
// permalinks: pages are `/?page_id=N`): a page with the question-form block gets the IDO Kit
// service worker, served by the plugin at `/?idokit-staff-sw=1` and scoped to that page alone. A
// staff member enrols online; offline, a reload shows the form from the worker's cache and a
// visit is registered and waits; online again, it reaches the IDO Kit server. A resident page of
// the same site is never controlled. The API is the demo server on another origin, as a library
// would use its IDO Kit server.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  assertEventually,
  deskBadge,
  deskForm,
  deskStatus,
  registerToeslagen,
  launchChromium,
  startDemoServer,
  type DemoServer,
} from '@idokit/e2e/support';
import { startWordPress, type WordPressSite } from './wordpress-site.js';

const zip = join(fileURLToPath(new URL('../', import.meta.url)), 'dist/idokit.zip');

let wp: WordPressSite;
let demo: DemoServer;
let browser: Browser;
const pages = { staff: 0, resident: 0 };

before(
  async () => {
    assert.ok(
      existsSync(zip),
      `${zip} is missing: run \`pnpm --filter @idokit/wordpress package\``,
    );
    wp = await startWordPress();
    demo = await startDemoServer({
      demoEnrolment: 'ido-zwolle-centrum',
      env: { IDOKIT_ALLOWED_ORIGINS: wp.origin, IDOKIT_RATE_REGISTRATION: 'off' },
    });
    browser = await launchChromium();
    const made = wp.php(`
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user(1);
WP_Filesystem();
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
json_out('installed', $upgrader->install('${zip}') === true);
json_out('activated', !is_wp_error(activate_plugin('idokit/idokit.php')));
update_option('idokit_settings', array('source' => 'api', 'url' => '${demo.origin}', 'script' => 'bundled', 'script_url' => ''));
$page = function ($title, $content) {
  return wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title, 'post_content' => $content));
};
json_out('staff', $page('Medewerkers', '<!-- wp:idokit/question-form /-->'));
json_out('resident', $page('Spreekuur', '<!-- wp:idokit/opening-hours {"location":"ido-zwolle-centrum"} /-->'));`);
    assert.equal(made.installed, true);
    assert.equal(made.activated, true);
    pages.staff = Number(made.staff);
    pages.resident = Number(made.resident);
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await Promise.all([wp?.close(), demo?.close()]);
});

test('the plugin serves the worker from the site root, allowed to control a page', async () => {
  const response = await fetch(`${wp.origin}/?idokit-staff-sw=1`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.equal(response.headers.get('service-worker-allowed'), '/');
  assert.equal(response.headers.get('cache-control'), 'no-cache');
  assert.match(await response.text(), /const VERSION = '[\w-]{12}';/);
  // Only the staff page asks for it.
  const staff = await (await fetch(`${wp.origin}/?page_id=${pages.staff}`)).text();
  assert.match(
    staff,
    new RegExp(
      `<script data-offline-worker="[^"]*\\?idokit-staff-sw=1" data-offline-scope="/\\?page_id=${pages.staff}" type="module"`,
    ),
  );
  const resident = await (await fetch(`${wp.origin}/?page_id=${pages.resident}`)).text();
  assert.match(resident, /idokit\.js/);
  assert.doesNotMatch(resident, /data-offline-worker/);
});

test(
  'the staff page reloads offline, registers, and delivers when the network is back',
  { timeout: 120_000 },
  async () => {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const url = `${wp.origin}/?page_id=${pages.staff}`;
    await page.goto(url);
    await page.getByRole('textbox', { name: 'Aanmeldcode' }).fill(demo.enrolmentCode!);
    await page.getByRole('textbox', { name: 'Aanmeldcode' }).press('Tab');
    await page.keyboard.type('Balie WordPress');
    await page.keyboard.press('Enter');
    const session = deskForm(page)
      .locator('[part~="session"]')
      .getByText(/U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum/);
    await session.waitFor();
    assert.equal(
      await page.evaluate(async () => (await navigator.serviceWorker.ready).scope),
      url,
      'the worker is scoped to the staff page',
    );
    await assertEventually(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return false;
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e) => /\/plugins\/idokit\/cdn\/.*\.js/.test(e.name))
            .map((e) => e.name);
          for (const href of [location.href, ...scripts])
            if (!(await caches.match(href))) return false;
          return scripts.length > 0;
        }),
      'the page and the plugin scripts kept',
    );

    await context.setOffline(true);
    const reloaded = await page.reload();
    assert.ok(reloaded?.fromServiceWorker(), 'the page came from the service worker');
    await session.waitFor();
    await registerToeslagen(page);
    await assertEventually(
      async () => /Bewaard op dit apparaat/.test(await deskStatus(page)),
      'the visit kept',
    );
    await assertEventually(
      async () => (await deskBadge(page)) === '1 registratie wacht op verzending',
      'the badge: one waiting',
    );

    await context.setOffline(false);
    await assertEventually(async () => (await deskBadge(page)) === '', 'delivered', 30_000);
    assert.deepEqual(errors, []);

    // A resident page of the same site, with the same script: never controlled.
    for (const path of ['/', `/?page_id=${pages.resident}`]) {
      const response = await page.goto(`${wp.origin}${path}`);
      assert.equal(response?.fromServiceWorker(), false, path);
      assert.equal(
        await page.evaluate(() => navigator.serviceWorker.controller !== null),
        false,
        `${path}: not controlled`,
      );
      await page.reload();
      assert.equal(
        await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())),
        false,
        `${path}: no registration covers it`,
      );
    }
    await context.close();
  },
);

test('WordPress logged no PHP notice, warning or error from the plugin', () => {
  const ours = wp
    .debugLog()
    .split('\n')
    .filter((line) => line.includes('/plugins/idokit/'));
  assert.deepEqual(ours, []);
});
