// IDO Kit beheer in a real WordPress (Debian's 6.1, MariaDB, PHP's web server; a Dutch site):
// the wp-admin page with `<ido-coordinator>`, for users with the plugin's `idokit_coordinate`
// capability only. Administrators get it on activation and, on sites that had the plugin
// before, on the next load; an editor sees no menu and is refused on the page's address. Without
// an IDO Kit server in the settings the page says what to set; with one it serves the element
// with the settings' address and the user's language, and the module script. The API is the demo
// server on another origin, as a library would run its IDO Kit server.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  assertEventually,
  axeViolations,
  launchChromium,
  startDemoServer,
  type DemoServer,
} from '@idokit/e2e/support';
import { startWordPress, type WordPressSite } from './wordpress-site.js';

const zip = join(fileURLToPath(new URL('../', import.meta.url)), 'dist/idokit.zip');

let wp: WordPressSite;
let demo: DemoServer;
let browser: Browser;
const ids = { admin: 1, english: 0, editor: 0 };
type User = 'admin' | 'english' | 'editor';

/** The page's address, as WordPress links it from its menu. */
const pageUrl = () => `${wp.origin}/wp-admin/admin.php?page=idokit-beheer`;

/** Sets the plugin's settings as Settings → IDO Kit saves them. */
const settings = (source: 'api' | 'feed', url: string) =>
  wp.php(
    `update_option('idokit_settings', array('source' => '${source}', 'url' => base64_decode('${Buffer.from(url).toString('base64')}'), 'script' => 'bundled', 'script_url' => ''));`,
  );

before(
  async () => {
    assert.ok(
      existsSync(zip),
      `${zip} is missing: run \`pnpm --filter @idokit/wordpress package\``,
    );
    wp = await startWordPress();
    demo = await startDemoServer({ env: { IDOKIT_ALLOWED_ORIGINS: wp.origin } });
    browser = await launchChromium();
    const made = wp.php(`
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user(1);
WP_Filesystem();
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
json_out('installed', $upgrader->install('${zip}') === true);
json_out('activated', !is_wp_error(activate_plugin('idokit/idokit.php')));
// A second administrator who reads wp-admin in English (Users → Profile → Language).
$english = wp_insert_user(array('user_login' => 'english', 'user_pass' => 'english-password-1', 'user_email' => 'english@example.test', 'role' => 'administrator', 'locale' => 'en_US'));
json_out('english', $english);
json_out('editor', wp_insert_user(array('user_login' => 'editor', 'user_pass' => 'editor-password-1', 'user_email' => 'editor@example.test', 'role' => 'editor')));`);
    assert.equal(made.installed, true);
    assert.equal(made.activated, true);
    ids.english = Number(made.english);
    ids.editor = Number(made.editor);
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await Promise.all([wp?.close(), demo?.close()]);
});

/** Logs in through wp-login.php in a fresh context. */
async function loggedIn(user: User): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await page.goto(`${wp.origin}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', `${user}-password-1`);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  return page;
}

/** The admin menu's link to the page, if the user has one. */
const menuLink = (page: Page) => page.locator('#adminmenu a[href="admin.php?page=idokit-beheer"]');

test('the capability: administrators get it on activation, editors do not, older sites on their next load', () => {
  const can = () =>
    wp.php(`
foreach (array('admin' => ${ids.admin}, 'english' => ${ids.english}, 'editor' => ${ids.editor}) as $name => $id) {
  json_out($name, user_can($id, 'idokit_coordinate'));
}
json_out('role', get_role('administrator')->has_cap('idokit_coordinate'));`);
  assert.deepEqual(can(), { admin: true, english: true, editor: false, role: true });

  // A site that had the plugin before the capability: the role lacks it and no grant is noted.
  // Every wp.php() is a fresh load of WordPress, as the next page view after an upgrade is.
  wp.php(
    `get_role('administrator')->remove_cap('idokit_coordinate'); delete_option('idokit_coordinate_grant');`,
  );
  assert.deepEqual(can(), { admin: true, english: true, editor: false, role: true });

  // A site that took it away keeps it away: the grant is done once.
  wp.php(`get_role('administrator')->remove_cap('idokit_coordinate');`);
  assert.deepEqual(can(), { admin: false, english: false, editor: false, role: false });
  wp.php(`get_role('administrator')->add_cap('idokit_coordinate');`);

  // The filter names the roles that are granted it.
  const filtered = wp.php(`
add_filter('idokit_coordinator_roles', function ($roles) { return array_merge($roles, array('editor')); });
idokit_grant_coordinate_cap();
json_out('editor', user_can(${ids.editor}, 'idokit_coordinate'));
get_role('editor')->remove_cap('idokit_coordinate');`);
  assert.equal(filtered.editor, true);
  assert.deepEqual(can(), { admin: true, english: true, editor: false, role: true });
});

test(
  'without an IDO Kit server in the settings the page says what to set and links to the settings',
  { timeout: 120_000 },
  async () => {
    settings('api', '');
    const admin = await loggedIn('admin');
    await admin.goto(`${wp.origin}/wp-admin/`);
    await menuLink(admin).click();
    await admin.waitForURL(/page=idokit-beheer/);
    await admin.getByRole('heading', { level: 1, name: 'IDO Kit beheer' }).waitFor();
    const wrap = admin.locator('#wpbody-content .wrap');
    assert.match((await wrap.textContent()) ?? '', /Er is nog geen IDO Kit-server ingesteld\./);
    assert.match((await wrap.textContent()) ?? '', /An IDO Kit server \(api\)/);
    assert.equal(await admin.locator('ido-coordinator').count(), 0);
    assert.equal(await admin.locator('script[src*="/plugins/idokit/cdn/idokit.js"]').count(), 0);
    assert.deepEqual(await axeViolations(admin, '#wpbody-content .wrap'), []);
    // On a 320-pixel-wide screen the explanation reflows: nothing to scroll sideways.
    await admin.setViewportSize({ width: 320, height: 640 });
    assert.ok(
      await admin.evaluate(() => document.documentElement.scrollWidth <= 320),
      'no horizontal scrolling at 320 px',
    );
    await admin.setViewportSize({ width: 1280, height: 720 });
    // The link, by keyboard, to the field to fill in.
    await admin.getByRole('link', { name: 'Naar de instellingen van IDO Kit' }).focus();
    await Promise.all([
      admin.waitForURL(/options-general\.php\?page=idokit/),
      admin.keyboard.press('Enter'),
    ]);
    await admin.getByLabel('Address of the server or feed').waitFor();
    await admin.context().close();

    const english = await loggedIn('english');
    await english.goto(pageUrl());
    await english.getByRole('heading', { level: 1, name: 'IDO Kit management' }).waitFor();
    assert.match(
      (await english.locator('#wpbody-content .wrap').textContent()) ?? '',
      /No IDO Kit server is set yet\..*In the IDO Kit settings, choose "An IDO Kit server \(api\)"/s,
    );
    await english.getByRole('link', { name: 'Go to the IDO Kit settings' }).waitFor();

    // A feed cannot be edited, and an address saved by an older version that today's check
    // refuses is no address: both explain, neither reaches the page.
    for (const [source, url] of [
      ['feed', `${demo.origin}/feed.json`],
      ['api', 'javascript:alert(1)'],
      ['api', '//evil.example'],
    ] as const) {
      settings(source, url);
      await english.reload();
      await english.getByText('No IDO Kit server is set yet.').waitFor();
      assert.equal(await english.locator('ido-coordinator').count(), 0, `${source} ${url}`);
      assert.doesNotMatch(await english.content(), /evil\.example|javascript:alert/);
    }
    await english.context().close();
  },
);

test(
  'an administrator sees the menu and the page with the element, in their language, and the script',
  { timeout: 120_000 },
  async () => {
    settings('api', demo.origin);
    const admin = await loggedIn('admin');
    const errors: string[] = [];
    admin.on('pageerror', (error) => errors.push(error.message));
    await admin.goto(`${wp.origin}/wp-admin/`);
    assert.equal(await menuLink(admin).count(), 1);
    assert.equal((await menuLink(admin).textContent())?.trim(), 'IDO Kit beheer');
    assert.equal(
      await admin.locator('#toplevel_page_idokit-beheer .wp-menu-image.dashicons-building').count(),
      1,
    );
    // The script only where an element is.
    assert.equal(await admin.locator('script[src*="/plugins/idokit/cdn/idokit.js"]').count(), 0);
    await menuLink(admin).click();
    await admin.waitForURL(/page=idokit-beheer/);
    await admin.getByRole('heading', { level: 1, name: 'IDO Kit beheer' }).waitFor();

    const element = admin.locator('ido-coordinator');
    assert.equal(await element.count(), 1);
    // Only the server's address and the language: the coordinator signs in inside the element.
    assert.deepEqual(
      await element.evaluate((el) => el.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
      [
        ['api', demo.origin],
        ['lang', 'nl'],
      ],
    );
    const text = (await admin.locator('#wpbody-content .wrap').textContent()) ?? '';
    assert.match(text, /Hier houdt de IDO-coördinator van uw bibliotheek/);
    assert.match(
      text,
      /idokit-server coordinator-code --organisation "Naam van de bibliotheekorganisatie"/,
    );
    // No script or style of the page's own (a Content-Security-Policy without 'unsafe-inline' holds).
    assert.equal(
      await admin.locator('#wpbody-content .wrap script, #wpbody-content .wrap style').count(),
      0,
    );
    const scripts = admin.locator('script[src*="/plugins/idokit/cdn/idokit.js"]');
    assert.equal(await scripts.count(), 1);
    assert.equal(await scripts.getAttribute('type'), 'module');
    assert.deepEqual(errors, []);
    await admin.context().close();

    const english = await loggedIn('english');
    await english.goto(pageUrl());
    await english.getByRole('heading', { level: 1, name: 'IDO Kit management' }).waitFor();
    assert.equal((await menuLink(english).textContent())?.trim(), 'IDO Kit management');
    assert.equal(await english.locator('ido-coordinator').getAttribute('lang'), 'en');
    assert.match(
      (await english.locator('#wpbody-content .wrap').textContent()) ?? '',
      /You sign in with a sign-in code that works once\..*idokit-server coordinator-code/s,
    );
    await english.context().close();
  },
);

test(
  'with <ido-coordinator> in the bundle: it is defined on the page and shows its sign-in form, and a pasted one gets the settings’ server',
  { timeout: 120_000 },
  async () => {
    settings('api', demo.origin);
    const admin = await loggedIn('admin');
    const errors: string[] = [];
    admin.on('pageerror', (error) => errors.push(error.message));
    await admin.goto(pageUrl());
    await assertEventually(
      () => admin.evaluate(() => customElements.get('ido-coordinator') !== undefined),
      'ido-coordinator is defined by the plugin’s script',
    );
    const element = admin.locator('ido-coordinator');
    const code = element.getByRole('textbox', { name: /code/i });
    await code.waitFor({ timeout: 15_000 });
    // In the page's language (the user's): Dutch.
    await element.getByRole('button', { name: /inloggen/i }).waitFor();
    // Keyboard: the field takes what is typed.
    await code.focus();
    await admin.keyboard.type('ABCD-1234');
    assert.equal(await code.inputValue(), 'ABCD-1234');
    assert.deepEqual(await axeViolations(admin, 'ido-coordinator'), []);
    assert.deepEqual(errors, []);
    await admin.context().close();

    // Pasted into a post it has no block of its own, but is kept, and gets the settings' server
    // whatever it names: no sign-in code goes to another server.
    const post = wp.php(`
$html = '<ido-coordinator api="https://evil.example/ido" lang="en"></ido-coordinator>';
json_out('id', wp_insert_post(array('post_status' => 'publish', 'post_title' => 'Beheer', 'post_content' => "<!-- wp:html -->\n$html\n<!-- /wp:html -->")));`);
    const html = await (await fetch(`${wp.origin}/?p=${String(post.id)}`)).text();
    assert.ok(
      html.includes(`<ido-coordinator lang="en" api="${demo.origin}">`),
      html.match(/<ido-coordinator[^>]*>/)?.[0] ?? 'no <ido-coordinator> served',
    );
    assert.doesNotMatch(html, /evil\.example/);
  },
);

test(
  'an editor sees no menu and is refused on the page’s address; granted the capability, they get the page',
  { timeout: 120_000 },
  async () => {
    settings('api', demo.origin);
    const editor = await loggedIn('editor');
    await editor.goto(`${wp.origin}/wp-admin/`);
    await editor.locator('#adminmenu').waitFor();
    assert.equal(await menuLink(editor).count(), 0);
    assert.equal(await editor.locator('#toplevel_page_idokit-beheer').count(), 0);
    const refused = await editor.goto(pageUrl());
    assert.equal(refused?.status(), 403);
    assert.equal(await editor.locator('ido-coordinator').count(), 0);
    assert.doesNotMatch(await editor.content(), new RegExp(demo.origin.replace(/\./g, '\\.')));

    // A site that lets editors coordinate (the filter or a role editor plugin gives them the
    // capability): the menu and the page, and without the server no link to settings they
    // cannot open.
    wp.php(`get_user_by('id', ${ids.editor})->add_cap('idokit_coordinate');`);
    await editor.goto(`${wp.origin}/wp-admin/`);
    await menuLink(editor).click();
    await editor.waitForURL(/page=idokit-beheer/);
    assert.equal(await editor.locator('ido-coordinator').getAttribute('api'), demo.origin);
    settings('api', '');
    await editor.reload();
    await editor.getByText('Vraag een beheerder van deze website om dit in te stellen.').waitFor();
    assert.equal(
      await editor.getByRole('link', { name: 'Naar de instellingen van IDO Kit' }).count(),
      0,
    );
    wp.php(`get_user_by('id', ${ids.editor})->remove_cap('idokit_coordinate');`);
    await editor.context().close();
  },
);

test('WordPress logged no PHP notice, warning or error from the plugin', () => {
  const ours = wp
    .debugLog()
    .split('\n')
    .filter((line) => line.includes('/plugins/idokit/'));
  assert.deepEqual(ours, []);
});
