// React 19 and Vue 3 set properties, not attributes, on custom elements. This test renders the
// resident elements with every documented attribute three ways on one page (plain HTML, React
// JSX, a Vue template), in real Chromium against a real static feed over HTTP, and checks that
// React and Vue show exactly what plain HTML shows. A second page uses the React components of
// `@idokit/widgets/react`: their props must reach the elements as typed properties and their
// `onIdo…` handlers must be called.
//
// The page is bundled with esbuild (JSX, React's CommonJS, Vue's template compiler), served from
// a local server on a free port, and opened with Debian's Chromium via playwright-core.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixtureFeed } from '@idokit/sdk/testing';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
let dir: string;
let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'idokit-hosts-'));
  await build({
    entryPoints: [join(here, 'page/app.tsx'), join(here, 'page/wrappers.tsx')],
    outdir: dir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    conditions: ['@idokit/source', 'browser', 'development'],
    // Lit's decorators: the same settings as the widgets' own build.
    tsconfigRaw: {
      compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
    },
    // Vue's full build compiles templates in the browser.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'index.html'), readFileSync(join(here, 'page/index.html')));
  writeFileSync(join(dir, 'wrappers.html'), readFileSync(join(here, 'page/wrappers.html')));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(fixtureFeed));
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json',
  };
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    if (!/^[\w.-]+$/.test(file)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(dir, file));
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a host shows of one element: its shadow DOM (no Lit markers), reflected attributes, states. */
interface Snapshot {
  tag: string;
  text: string;
  markup: string;
  attributes: Record<string, string>;
  states: string[];
}

async function snapshots(page: Page, column: string): Promise<Snapshot[]> {
  return page.evaluate((selector) => {
    const STATES = ['loading', 'results', 'empty', 'error', 'open', 'closed'];
    return [
      ...document.querySelectorAll(`${selector} ido-locator, ${selector} ido-opening-hours`),
    ].map((el) => {
      const root = el.shadowRoot!;
      const markup = root.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ');
      const attributes = Object.fromEntries(
        [...el.attributes].map((a) => [a.name, a.value] as const).sort(),
      );
      const lit = el as Element & { hasState(name: string): boolean };
      return {
        tag: el.localName,
        text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
        markup,
        attributes,
        states: STATES.filter((s) => lit.hasState(s)),
      };
    });
  }, column);
}

test('React 19 and Vue 3 show what plain HTML shows, with every documented attribute', async () => {
  const page = await browser.newPage({ timezoneId: 'Europe/Amsterdam' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/`);
  // Every element has loaded: no `loading` state anywhere, and each column has its three.
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('ido-locator, ido-opening-hours')] as (Element & {
      hasState(n: string): boolean;
    })[];
    return all.length === 9 && all.every((el) => el.shadowRoot && !el.hasState('loading'));
  });

  const plain = await snapshots(page, '#plain');
  // Plain HTML itself shows the real answer: two walk-in IDOs open now within 10 km of 8011,
  // the nearest one shown (limit="1").
  assert.deepEqual(plain[0]!.states, ['results']);
  assert.match(
    plain[0]!.text,
    /2 Informatiepunten gevonden binnen 10 km van 8011 Zwolle\. U ziet het dichtstbijzijnde\./,
  );
  assert.match(plain[0]!.markup, /<h4 class="name">IDO Voorbeeldbibliotheek Zwolle Centrum<\/h4>/);
  assert.match(plain[0]!.markup, /aria-current="true"/, 'selected="ido-zwolle-centrum"');
  assert.match(plain[1]!.text, /Nu open · sluit om 12:00/);
  assert.match(plain[1]!.text, /Informatiepunt Digitale Overheid deze week/);
  assert.match(plain[2]!.text, /^Open · closes at 18:00$/);

  for (const column of ['#react', '#vue']) {
    const shown = await snapshots(page, column);
    assert.equal(shown.length, plain.length, `${column}: three elements`);
    shown.forEach((snapshot, i) => {
      const expected = plain[i]!;
      const what = `${column} ${snapshot.tag} #${i + 1}`;
      assert.equal(snapshot.text, expected.text, `${what}: text`);
      assert.equal(snapshot.markup, expected.markup, `${what}: shadow DOM`);
      assert.deepEqual(snapshot.states, expected.states, `${what}: states`);
      for (const name of ['radius', 'open-now', 'location', 'show', 'compact', 'no-json-ld']) {
        if (name in expected.attributes) {
          assert.equal(snapshot.attributes[name], expected.attributes[name], `${what}: ${name}`);
        }
      }
    });
  }
  // Only the opening hours without no-json-ld wrote JSON-LD, once per column.
  const jsonLd = await page.evaluate(
    () =>
      document.querySelectorAll('ido-opening-hours > script[type="application/ld+json"]').length,
  );
  assert.equal(jsonLd, 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test('@idokit/widgets/react sets typed properties and calls the onIdo… handlers', async () => {
  const page = await browser.newPage({ timezoneId: 'Europe/Amsterdam' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/wrappers.html`);
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('ido-locator, ido-opening-hours')] as (Element & {
      hasState(n: string): boolean;
    })[];
    return all.length === 2 && all.every((el) => el.shadowRoot && !el.hasState('loading'));
  });

  // The props arrived as properties of their own types, not as attribute text.
  const props = await page.evaluate(() => {
    const locator = document.getElementById('locator') as HTMLElement & Record<string, unknown>;
    const hours = document.getElementById('hours') as HTMLElement & Record<string, unknown>;
    return {
      radius: locator.radius,
      openNow: locator.openNow,
      services: locator.services,
      limit: locator.limit,
      headingLevel: locator.headingLevel,
      nowIsDate: locator.now instanceof Date,
      locationIsObject: typeof hours.location === 'object',
      locationId: (hours.location as { id: string }).id,
      compact: hours.compact,
      show: hours.show,
      reflected: [locator.getAttribute('radius'), hours.getAttribute('show')],
    };
  });
  assert.deepEqual(props, {
    radius: 10,
    openNow: true,
    services: ['walk-in'],
    limit: 1,
    headingLevel: 4,
    nowIsDate: true,
    locationIsObject: true,
    locationId: 'ido-utrecht-centrum',
    compact: true,
    show: 'library',
    reflected: ['10', 'library'],
  });
  // What the elements show follows those properties: the nearest walk-in IDO open now within
  // 10 km, as a level-4 heading; Utrecht's library hours from the object, in one line.
  const locatorMarkup = await page
    .locator('#locator')
    .evaluate((el) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, ''));
  assert.match(locatorMarkup, /<h4 class="name">IDO Voorbeeldbibliotheek Zwolle Centrum<\/h4>/);
  assert.match(
    await page.locator('#hours').evaluate((el) => el.shadowRoot!.textContent ?? ''),
    /Open · closes at 18:00/,
  );

  // onIdoSearch was called for the search the element ran on load.
  await page.waitForFunction(() => document.getElementById('searches')!.textContent !== '');
  assert.match(await page.locator('#searches').innerText(), /^8011:2$/);
  // A resident chooses the result: onIdoLocationSelect gets the typed event, once.
  await page.locator('#locator button.select').first().click();
  await page.waitForFunction(() => document.getElementById('chosen')!.textContent !== '');
  assert.equal(await page.locator('#chosen').innerText(), 'ido-zwolle-centrum');
  assert.deepEqual(errors, []);
  await page.close();
});
