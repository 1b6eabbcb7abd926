// The opening hours in the HTML the plugin serves, in a real WordPress (Debian's 6.1, MariaDB,
// PHP's web server): the settings name the IDO Kit demo server, an opening-hours block asks it
// for its render (`GET /v1/render/ido-opening-hours`) and the page carries the card as
// declarative shadow DOM. Chromium with JavaScript off shows the hours table; with JavaScript on
// the element hydrates it without a layout shift. The plugin caches the render with its ETag and
// revalidates it; when the server answers an error or is unreachable the page has the bare tag.
// Between WordPress and the demo server stands a forwarding HTTP server that records what
// WordPress asks and can be stopped: the API server going away, as WordPress sees it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** One request the API server got from WordPress (the browser's are not counted). */
interface Seen {
  path: string;
  ifNoneMatch: string | undefined;
  status: number;
}

let wp: WordPressSite;
let demo: DemoServer;
let api: Server;
let apiOrigin: string;
let browser: Browser;
const seen: Seen[] = [];
const pages = { hours: 0, unknown: 0, compact: 0, shortcode: 0 };
/** The week table as Chromium shows it without JavaScript. */
let staticTable = '';

/** Starts the forwarding server in front of the demo server on a free port. */
async function startForwarder(target: string): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const forwarded = request(
      `${target}${incoming.url}`,
      { method: incoming.method, headers: { ...incoming.headers, host: new URL(target).host } },
      (answer) => {
        // WordPress asks with its own user agent; a browser's requests are not the plugin's.
        if (/WordPress/.test(incoming.headers['user-agent'] ?? ''))
          seen.push({
            path: incoming.url ?? '',
            ifNoneMatch: incoming.headers['if-none-match'],
            status: answer.statusCode ?? 0,
          });
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The page as WordPress serves it. */
async function served(id: number): Promise<string> {
  const response = await fetch(`${wp.origin}/?page_id=${id}`);
  assert.equal(response.status, 200);
  return response.text();
}

/** The served start tag of the first opening-hours element and what follows it. */
function hoursElement(html: string): string {
  const at = html.indexOf('<ido-opening-hours');
  assert.ok(at >= 0, 'the page has an <ido-opening-hours>');
  return html.slice(at, html.indexOf('</ido-opening-hours>', at) + '</ido-opening-hours>'.length);
}

/** Marks every cached render as stale, as if its max-age had passed. */
function expireRenders(): void {
  wp.php(`
global $wpdb;
foreach ($wpdb->get_col("SELECT option_name FROM $wpdb->options WHERE option_name LIKE '_transient_idokit_render_%'") as $name) {
  $key = substr($name, strlen('_transient_'));
  $entry = get_transient($key);
  $entry['fresh'] = 0;
  set_transient($key, $entry, DAY_IN_SECONDS);
}`);
}

before(
  async () => {
    assert.ok(
      existsSync(zip),
      `${zip} is missing: run \`pnpm --filter @idokit/wordpress package\``,
    );
    wp = await startWordPress();
    demo = await startDemoServer();
    // The server's first render loads Lit's renderer (most of a second, more on a busy machine):
    // done here, so the plugin's 2-second wait measures a warm server.
    const warm = await fetch(
      `${demo.origin}/v1/render/ido-opening-hours?location=ido-zwolle-centrum`,
    );
    assert.equal(warm.status, 200);
    api = await startForwarder(demo.origin);
    apiOrigin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    browser = await launchChromium();
    const made = wp.php(`
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user(1);
WP_Filesystem();
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
json_out('installed', $upgrader->install('${zip}') === true);
json_out('activated', !is_wp_error(activate_plugin('idokit/idokit.php')));
update_option('idokit_settings', array('source' => 'api', 'url' => '${apiOrigin}', 'script' => 'bundled', 'script_url' => ''));
$page = function ($title, $content) {
  return wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title, 'post_content' => $content));
};
json_out('hours', $page('Openingstijden', '<!-- wp:idokit/opening-hours {"location":"ido-zwolle-centrum","show":"both"} /--><!-- wp:paragraph --><p>Tekst onder de kaart.</p><!-- /wp:paragraph -->'));
json_out('unknown', $page('Onbekend', '<!-- wp:idokit/opening-hours {"location":"ido-bestaat-niet"} /-->'));
json_out('compact', $page('Compact', '<!-- wp:idokit/opening-hours {"location":"ido-zwolle-centrum","helpline":"0800 1234"} /--><!-- wp:paragraph --><p>Tekst onder de kaart.</p><!-- /wp:paragraph -->'));
json_out('shortcode', $page('Shortcode', '[ido_opening_hours location="ido-zwolle-centrum" lang="en"]'));`);
    assert.equal(made.installed, true);
    assert.equal(made.activated, true);
    pages.hours = Number(made.hours);
    pages.unknown = Number(made.unknown);
    pages.compact = Number(made.compact);
    pages.shortcode = Number(made.shortcode);
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (api?.listening ? api.close(resolve) : resolve(undefined)));
  await Promise.all([wp?.close(), demo?.close()]);
});

test(
  'the served page has the hours card as declarative shadow DOM, with JSON-LD',
  { timeout: 120_000 },
  async () => {
    const html = hoursElement(await served(pages.hours));
    assert.match(html, /^<ido-opening-hours [^>]*location="ido-zwolle-centrum"/);
    // The settings' server on the tag, so the element refreshes from where the render came.
    assert.match(html, new RegExp(`^<ido-opening-hours [^>]*api="${apiOrigin}"`));
    assert.match(html, /^<ido-opening-hours [^>]*lang="nl"/, "the site's language, as rendered");
    assert.match(html, /<template [^>]*shadowrootmode="open"/);
    assert.match(html, /<script type="application\/ld\+json">/);
    // The block's text is texturized by WordPress; the render must stay as the server made it.
    assert.doesNotMatch(html, /&#8217;|&#8211;|&#8220;/);
    assert.deepEqual(
      seen.map((s) => s.path),
      ['/v1/render/ido-opening-hours?location=ido-zwolle-centrum&lang=nl&show=both'],
    );
  },
);

test('with JavaScript off, Chromium shows the hours table', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${wp.origin}/?page_id=${pages.hours}`);
  const table = page.locator('ido-opening-hours').getByRole('table').first();
  assert.ok(await table.isVisible(), 'the week table is visible');
  staticTable = await table.innerText();
  const text = staticTable.toLowerCase();
  assert.match(text, /maandag|dinsdag|woensdag|donderdag|vrijdag/);
  assert.match(text, /\d{1,2}[:.]\d{2}/, 'opening times');
  assert.match(
    (await page.locator('ido-opening-hours [part="base"]').getAttribute('aria-label')) ?? '',
    /Zwolle/,
  );
  await context.close();
});

/** Opens a page with JavaScript and returns the layout shift once the card has its data. */
async function layoutShift(page: Page, id: number): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${wp.origin}/?page_id=${id}`);
  const card = page.locator('ido-opening-hours');
  await assertEventually(
    () => card.evaluate((el) => customElements.get(el.localName) !== undefined),
    'the element is defined',
  );
  await assertEventually(
    async () =>
      (await card.getByRole('table').count()) > 0 || /Open|Gesloten/i.test(await card.innerText()),
    'the card shows its data',
  );
  // The element's own load (the location over the API) and the render after it.
  await page.waitForLoadState('networkidle');
  await card.evaluate(
    (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
  );
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { shift: number }).shift);
}

test(
  'with JavaScript on, the element hydrates the served card without a layout shift',
  { timeout: 120_000 },
  async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const shift = await layoutShift(page, pages.hours);
    assert.equal(shift, 0, 'no layout shift when the element hydrates');
    const table = page.locator('ido-opening-hours').getByRole('table').first();
    assert.equal(await table.innerText(), staticTable, 'the same table after hydration');
    assert.deepEqual(errors, []);
    assert.deepEqual(await axeViolations(page, 'ido-opening-hours'), []);
    // The measurement can fail: the same card without a render (the server does not render
    // `helpline`) moves the text below it when it appears.
    const bare = hoursElement(await served(pages.compact));
    assert.doesNotMatch(bare, /<template/);
    const other = await context.newPage();
    assert.ok((await layoutShift(other, pages.compact)) > 0, 'a bare card shifts the page');
    await context.close();
  },
);

test('the render is cached, then revalidated with its ETag', { timeout: 120_000 }, async () => {
  const first = hoursElement(await served(pages.hours));
  const asked = seen.length;
  assert.equal(hoursElement(await served(pages.hours)), first);
  assert.equal(seen.length, asked, 'a fresh render is served from the cache');
  expireRenders();
  assert.equal(hoursElement(await served(pages.hours)), first);
  const revalidation = seen.at(-1)!;
  assert.equal(seen.length, asked + 1);
  assert.ok(revalidation.ifNoneMatch, 'asked with If-None-Match');
  assert.equal(revalidation.status, 304, 'the server answered "not modified"');
});

test(
  'a shortcode is inlined too, in its own language; author values never reach the URL unescaped',
  { timeout: 120_000 },
  async () => {
    const html = hoursElement(await served(pages.shortcode));
    assert.match(html, /^<ido-opening-hours [^>]*lang="en"/);
    assert.match(html, /<template [^>]*shadowrootmode="open"/);
    assert.ok(
      seen.some(
        (s) => s.path === '/v1/render/ido-opening-hours?location=ido-zwolle-centrum&lang=en',
      ),
    );
    // What the plugin serves and asks for each block. Pages, not PHP run here: the forwarding
    // server lives in this process, which waits while a PHP script runs.
    const z = 'ido-zwolle-centrum';
    const cases: Record<string, Record<string, unknown>> = {
      query: { location: 'ido-x&lang=ar' },
      path: { location: '../../v1/locations' },
      space: { location: 'ido x' },
      capitals: { location: 'IDO-ZWOLLE-CENTRUM' },
      'own api': { location: z, api: 'https://evil.example' },
      helpline: { location: z, helpline: '0800 1234' },
      'no location': {},
      'bad lang': { location: z, lang: 'xx', show: 'ido' },
      'bad show': { location: z, show: 'all" onmouseover="x', compact: true },
    };
    const made = wp.php(`
foreach (json_decode(base64_decode('${Buffer.from(JSON.stringify(cases)).toString('base64')}'), true) as $name => $values) {
  json_out($name, wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $name, 'post_content' => wp_slash('<!-- wp:idokit/opening-hours ' . wp_json_encode((object) $values) . ' /-->'))));
}`);
    const asked = seen.length;
    const pageHtml: Record<string, string> = {};
    for (const name of Object.keys(cases))
      pageHtml[name] = hoursElement(await served(Number(made[name])));
    for (const name of ['query', 'path', 'space', 'capitals', 'own api', 'helpline', 'no location'])
      assert.doesNotMatch(pageHtml[name]!, /<template/, `${name}: the bare tag`);
    // A wrong lang or show is dropped, as everywhere: the render is of the checked values.
    assert.match(pageHtml['bad lang']!, /^<ido-opening-hours [^>]*lang="nl"[^>]*><template/);
    assert.match(pageHtml['bad show']!, /^<ido-opening-hours [^>]*compact[^>]*><template/);
    assert.doesNotMatch(pageHtml['bad show']!, /all"|onmouseover/);
    assert.deepEqual(
      seen.slice(asked).map((s) => s.path),
      [
        '/v1/render/ido-opening-hours?location=ido-zwolle-centrum&lang=nl&show=ido',
        '/v1/render/ido-opening-hours?location=ido-zwolle-centrum&lang=nl&compact=true',
      ],
      'only checked values reach the server',
    );
    const urls = wp.php(`
$checked = array('location' => 'ido-x', 'lang' => 'en', 'show' => 'library', 'no-json-ld' => true);
json_out('url', idokit_render_request('ido-opening-hours', $checked, false));
json_out('locator', idokit_render_request('ido-locator', array(), false));`);
    assert.deepEqual(urls.url, {
      url: `${apiOrigin}/v1/render/ido-opening-hours?location=ido-x&lang=en&show=library&no-json-ld=true`,
      values: { location: 'ido-x', lang: 'en', show: 'library', 'no-json-ld': 'true' },
    });
    assert.equal(urls.locator, null);
    for (const s of seen)
      assert.match(
        s.path,
        /^\/v1\/render\/ido-opening-hours\?location=[a-z0-9-]+(&(lang|show|compact|no-json-ld)=[a-z]+)*$/,
      );
  },
);

test('a server error gives the bare element', { timeout: 120_000 }, async () => {
  const html = hoursElement(await served(pages.unknown));
  assert.equal(
    html,
    `<ido-opening-hours location="ido-bestaat-niet" api="${apiOrigin}"></ido-opening-hours>`,
  );
  assert.ok(seen.some((s) => s.path.includes('ido-bestaat-niet') && s.status >= 400));
});

test(
  'with the API server stopped, the page still serves the element (bare), then the cached render again',
  { timeout: 120_000 },
  async () => {
    const closed = new Promise((resolve) => api.close(resolve));
    api.closeAllConnections();
    await closed;
    expireRenders();
    const html = hoursElement(await served(pages.hours));
    assert.equal(
      html,
      `<ido-opening-hours location="ido-zwolle-centrum" show="both" api="${apiOrigin}"></ido-opening-hours>`,
    );
    // Asked once a minute at most: the next view does not wait for the server again.
    const remembered = wp.php(`
$r = idokit_render_request('ido-opening-hours', array('location' => 'ido-zwolle-centrum', 'show' => 'both'), false);
json_out('entry', get_transient('idokit_render_' . md5($r['url'])));`).entry as {
      html: string;
      fresh: number;
    };
    assert.equal(remembered.html, '');
    assert.ok(remembered.fresh > Date.now() / 1000);
  },
);

test('WordPress logged no PHP notice, warning or error from the plugin', () => {
  const ours = wp
    .debugLog()
    .split('\n')
    .filter((line) => line.includes('/plugins/idokit/'));
  assert.deepEqual(ours, []);
});
