// Journey: a resident opens the demo library site — served by the real `idokit-server serve` on a
// fresh PGlite database with the sample data and the built CDN bundle — finds the nearest IDO by
// postcode, and reads a branch's opening hours. Real Chromium, real HTTP; only PDOK is a local stub.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PdokStub } from './pdok-stub.js';
import { freePort } from '../support/demo-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnFile = join(root, 'packages/widgets/cdn/idokit.js');
const axeFile = join(root, 'packages/widgets/node_modules/axe-core/axe.min.js');

let server: ChildProcess;
let origin = '';
let browser: Browser;
const pdok = new PdokStub();
const dataDir = mkdtempSync(join(tmpdir(), 'idokit-demo-'));
const serverOutput: string[] = [];

before(async () => {
  assert.ok(
    existsSync(cdnFile),
    `${cdnFile} is missing: run \`pnpm build\` first (pnpm test does)`,
  );
  await pdok.listen();
  const port = await freePort();
  server = spawn(
    process.execPath,
    [
      '--conditions=@idokit/source',
      '--import',
      'tsx',
      join(root, 'packages/server/src/cli/main.ts'),
      'serve',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        IDOKIT_HOST: '127.0.0.1',
        IDOKIT_DATA_DIR: dataDir,
        IDOKIT_PDOK_URL: pdok.url,
        IDOKIT_STATIC_DIR: join(root, 'packages/demo/public'),
        IDOKIT_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${serverOutput.join('')}`)),
      180_000,
    );
    const onData = (chunk: Buffer) => {
      serverOutput.push(String(chunk));
      const match = /running: (http:\/\/\S+?)\/? /.exec(serverOutput.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) =>
      reject(new Error(`server exited ${code}:\n${serverOutput.join('')}`)),
    );
  });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await pdok.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A page that fails the test on any script error or request to a host other than ours. */
async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The map's PDOK tiles are the one allowed outside request, and only when the map is opened.
    if (url.origin !== origin && url.hostname !== 'service.pdok.nl')
      problems.push(`outside request: ${url.href}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(`${origin}${path}`);
  return page;
}

const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

test('a resident finds the nearest IDO by postcode on the demo site', async () => {
  const page = await openPage('/');
  const field = page.getByRole('textbox', { name: /postcode/i });
  await field.fill('8011 AB');
  await field.press('Enter');

  const status = page.locator('ido-locator').getByRole('status');
  await assertEventually(
    async () => /\d+ .*gevonden/i.test((await status.textContent()) ?? ''),
    'result count announced',
  );
  const items = page
    .locator('ido-locator')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });
  assert.ok((await items.count()) > 0, 'results are listed');
  const first = (await items.first().textContent()) ?? '';
  assert.match(first, /Zwolle/, 'the nearest result for 8011 is in Zwolle');
  assert.match(first, /\d+(,\d)? km/, 'with a distance');
  assert.match(first, /Nu open|Gesloten|Vandaag gesloten/, 'with an open/closed status');
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

test('a deep link from a letter (?postcode=) searches at once', async () => {
  const page = await openPage('/?postcode=3511AB');
  const status = page.locator('ido-locator').getByRole('status');
  await assertEventually(
    async () => /gevonden/i.test((await status.textContent()) ?? ''),
    'deep link searched',
  );
  const first =
    (await page.locator('ido-locator').getByRole('heading', { level: 3 }).first().textContent()) ??
    '';
  assert.match(first, /Utrecht/);
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

test('the opening-hours card shows the week and publishes schema.org data', async () => {
  const page = await openPage('/');
  const card = page.locator('ido-opening-hours');
  await assertEventually(
    async () => (await card.getByRole('table').count()) > 0,
    'week table rendered',
  );
  const rows = await card.getByRole('row').count();
  assert.ok(rows >= 7, `a row per weekday (got ${rows})`);
  const jsonLd = await page.evaluate(
    () =>
      document.querySelector('ido-opening-hours script[type="application/ld+json"]')?.textContent ??
      '',
  );
  const data = JSON.parse(jsonLd) as Record<string, unknown>;
  assert.equal(data['@context'], 'https://schema.org');
  assert.ok(JSON.stringify(data).includes('openingHoursSpecification'));
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

test('the demo page loads its scripts brotli-encoded from the build, hashed chunks cached for good', async () => {
  const page = await browser.newPage();
  const scripts: Promise<{ name: string; headers: Record<string, string>; bytes: number }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && url.pathname.startsWith('/cdn/') && url.pathname.endsWith('.js'))
      scripts.push(
        Promise.all([response.allHeaders(), response.body()]).then(([headers, body]) => ({
          name: url.pathname.slice('/cdn/'.length),
          headers,
          bytes: body.length,
        })),
      );
  });
  await page.goto(`${origin}/`);
  const card = page.locator('ido-opening-hours');
  await assertEventually(
    async () => (await card.getByRole('table').count()) > 0,
    'week table rendered from the decoded chunks',
  );
  const loaded = await Promise.all(scripts);
  assert.ok(loaded.length > 2, `the loader and its chunks (got ${loaded.length})`);
  assert.ok(loaded.filter(({ bytes }) => bytes >= 1024).length > 2, 'several chunks over 1 KiB');
  for (const { name, headers, bytes } of loaded) {
    // Under 1 KiB the build writes no copies: compressing gains next to nothing there.
    if (bytes >= 1024) {
      assert.equal(headers['content-encoding'], 'br', name);
      assert.equal(headers['vary'], 'Accept-Encoding', name);
      assert.ok(Number(headers['content-length']) < bytes, `${name}: sent smaller than it is`);
    }
    assert.equal(
      headers['cache-control'],
      name === 'idokit.js' ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
      name,
    );
  }
  await page.close();
});

test('"Kies deze" in the locator shows that location in the opening-hours card', async () => {
  const page = await openPage('/?postcode=3511AB');
  const locator = page.locator('ido-locator');
  await assertEventually(
    async () => /gevonden/i.test((await locator.getByRole('status').textContent()) ?? ''),
    'deep link searched',
  );
  const name =
    (await locator.getByRole('heading', { level: 3 }).first().textContent())?.trim() ?? '';
  assert.match(name, /Utrecht/);
  await locator
    .getByRole('button', { name: /^Kies deze/ })
    .first()
    .click();
  const card = page.locator('#openingstijden');
  await assertEventually(
    async () =>
      (await card.getByRole('heading', { level: 2 }).textContent()) === `Openingstijden ${name}`,
    'the card heading names the chosen location',
  );
  await assertEventually(
    async () =>
      (await card.locator('ido-opening-hours').getAttribute('location'))?.startsWith(
        'ido-utrecht',
      ) === true &&
      (await card.getByRole('region').getAttribute('aria-label')) === `Openingstijden ${name}`,
    'the card shows the hours of the chosen location',
  );
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

test('the demo has no horizontal scrolling on a 320 px phone', async () => {
  const page = await openPage('/?postcode=8011AB', { width: 320, height: 800 });
  const status = page.locator('ido-locator').getByRole('status');
  await assertEventually(
    async () => /gevonden/i.test((await status.textContent()) ?? ''),
    'results on a phone',
  );
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.close();
});

test('forced colours and reduced motion: borders and words carry meaning, nothing moves', async () => {
  const page = await openPage('/?postcode=8011AB');
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  const status = page.locator('ido-locator').getByRole('status');
  await assertEventually(
    async () => /gevonden/i.test((await status.textContent()) ?? ''),
    'results',
  );
  await assertEventually(
    async () => (await page.locator('ido-opening-hours').getByRole('table').count()) > 0,
    'hours rendered',
  );
  // The open/closed badges: a visible border (backgrounds are dropped in forced colours) and words.
  const badges = await page.evaluate(() =>
    [...document.querySelectorAll('ido-locator, ido-opening-hours')].flatMap((host) =>
      [...host.shadowRoot!.querySelectorAll('.ido-status')].map((el) => {
        const style = getComputedStyle(el);
        return {
          text: el.textContent!.trim(),
          border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`,
        };
      }),
    ),
  );
  assert.ok(badges.length >= 2, `status badges found: ${badges.length}`);
  for (const badge of badges) {
    assert.match(badge.text, /open|gesloten/i, 'status in words, not colour alone');
    assert.match(badge.border, /^solid [1-9]/, `visible border: ${badge.border}`);
    assert.doesNotMatch(
      badge.border,
      /rgba\(0, 0, 0, 0\)/,
      `border not transparent: ${badge.border}`,
    );
  }
  // Keyboard focus stays visible.
  await page.getByRole('textbox', { name: /postcode/i }).focus();
  const outline = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  assert.match(outline, /^(solid|auto) [2-9]/, `focus outline: ${outline}`);
  // Open the map too (its tiles cannot load here): nothing in either element transitions or animates.
  await page
    .locator('ido-locator')
    .getByRole('button', { name: /toon op kaart/i })
    .click();
  await assertEventually(
    async () =>
      (await page.locator('ido-locator').getByRole('region', { name: /kaart/i }).count()) > 0,
    'map opened',
  );
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('ido-locator, ido-opening-hours')].flatMap((host) =>
      [...host.shadowRoot!.querySelectorAll('*')]
        .map((el) => ({ el, style: getComputedStyle(el) }))
        .filter(
          ({ el, style }) =>
            style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
            style.animationName !== 'none' ||
            // Leaflet marks its fade and zoom animations with these classes (tile containers carry
            // the zoom class whatever the map's options; the map and markers follow them).
            (/leaflet-(fade-anim|zoom-animated)/.test(el.getAttribute('class') ?? '') &&
              !el.classList.contains('leaflet-tile-container')),
        )
        .map(({ el }) => `${el.tagName.toLowerCase()}.${el.getAttribute('class')}`),
    ),
  );
  assert.deepEqual(moving, [], 'elements that still move');
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

test('"Hulp bij uw vraag": residents find local partners from the real server, and search them', async () => {
  const page = await openPage('/hulp.html');
  const list = page.locator('ido-partner-list');
  const status = list.getByRole('status');
  // What the real API says Zwolle has: the page must show exactly these, counted aloud.
  const api = async (query: string) =>
    (
      (await (await fetch(`${origin}/v1/partners?${query}`)).json()) as {
        items: { name: string }[];
      }
    ).items.map((p) => p.name);
  const zwolle = await api('municipality=Zwolle');
  assert.ok(zwolle.length >= 2, `sample data has partners in Zwolle (${zwolle.length})`);
  await assertEventually(
    async () => (await status.textContent()) === `${zwolle.length} partners gevonden in Zwolle.`,
    'count announced',
  );
  const names = async () =>
    (await list.locator('.item .name').allTextContents()).map((n) => n.trim()).sort();
  assert.deepEqual(await names(), [...zwolle].sort());
  // Grouped under the taxonomy's names, each group a heading one level below the page section.
  assert.ok((await list.getByRole('heading', { level: 3 }).count()) >= 2, 'group headings');

  // Words in any case and with accents find the same as the server's own search.
  const field = list.getByRole('searchbox', { name: /zoek op naam of onderwerp/i });
  await field.fill('FORMULIÉREN');
  await field.press('Enter');
  const formulieren = await api('municipality=Zwolle&q=formulieren');
  assert.ok(formulieren.length > 0 && formulieren.length < zwolle.length, 'a narrower result');
  await assertEventually(
    async () => (await status.textContent())?.startsWith(`${formulieren.length} partner`) ?? false,
    'search result announced',
  );
  assert.deepEqual(await names(), [...formulieren].sort());

  // A subject narrows further; nothing found says what to try.
  await field.fill('');
  await field.press('Enter');
  await list.getByRole('combobox', { name: 'Onderwerp' }).selectOption('zorg');
  const zorg = await api('municipality=Zwolle&theme=zorg');
  await assertEventually(
    async () => (await status.textContent())?.includes('voor Zorg') ?? false,
    'theme announced',
  );
  assert.deepEqual(await names(), [...zorg].sort());
  await field.fill('ruimtevaart');
  await field.press('Enter');
  await assertEventually(
    async () => /^Geen partners gevonden/.test((await status.textContent()) ?? ''),
    'empty state',
  );
  await list.getByRole('button', { name: 'Wis de zoekwoorden' }).click();
  await assertEventually(async () => (await names()).length === zorg.length, 'list back');

  // Every link is safe. Residents see no text meant for staff and no staff button (issue 22),
  // but do see what to bring where the data says.
  const hrefs = await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 0);
  for (const href of hrefs) assert.match(href ?? '', /^(https?:|tel:|mailto:)/);
  const shown = (await list.locator('.groups').textContent()) ?? '';
  assert.doesNotMatch(shown, /Bel samen met de bewoner|Vraag eerst toestemming|Voor medewerkers/);
  assert.equal(await list.getByRole('button', { name: /^Kies/ }).count(), 0, 'no choose button');
  assert.ok((await list.locator('[part~="bring"]').count()) > 0, 'what to bring is shown');

  // A subject no partner in Zwolle helps with: the national help line, as a working tel: link.
  await list.getByRole('combobox', { name: 'Onderwerp' }).selectOption('');
  await list.evaluate((el) => el.setAttribute('theme', 'studiefinanciering'));
  await assertEventually(
    async () => /^Geen partners gevonden/.test((await status.textContent()) ?? ''),
    'no partner for the subject',
  );
  // The DigiHulplijn's free number, 0800 1508, dialled the international way.
  assert.equal(await list.locator('[part~="helpline"] a').getAttribute('href'), 'tel:+318001508');

  // No accessibility violations in the page's element (axe-core, WCAG 2.2 AA).
  // Evaluated through the DevTools protocol: the demo's CSP rightly refuses inline scripts.
  await page.evaluate(readFileSync(axeFile, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(el: Element, o: object): Promise<{ violations: { id: string }[] }> };
      }
    ).axe;
    const result = await axe.run(document.querySelector('ido-partner-list')!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => v.id);
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

test('"Hulp bij uw vraag" fits a 320 px phone and keeps borders in forced colours', async () => {
  const page = await openPage('/hulp.html', { width: 320, height: 800 });
  await page.emulateMedia({ forcedColors: 'active' });
  const status = page.locator('ido-partner-list').getByRole('status');
  await assertEventually(
    async () => /gevonden/.test((await status.textContent()) ?? ''),
    'partners on a phone',
  );
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  const borders = await page.evaluate(() =>
    [
      ...document
        .querySelector('ido-partner-list')!
        .shadowRoot!.querySelectorAll('.item, .referral, .ido-status'),
    ].map((el) => getComputedStyle(el).borderTopColor),
  );
  assert.ok(borders.length >= 3, `cards found: ${borders.length}`);
  for (const color of borders) assert.notEqual(color, 'rgba(0, 0, 0, 0)', 'visible border');
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

async function assertEventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting for: ${what}`);
}
