// The widgets README's server-rendering recipe, run: a page rendered in Node by @lit-labs/ssr,
// opened in Chromium first with JavaScript off (what a resident sees before scripts run: the
// filters as the attributes say, not all ticked), then hydrated in the recipe's order (no
// hydration mismatch, the elements answer a resident), and in the naive order (a mismatch).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { page as pageTemplate, type PageData } from './page/template.js';

const here = fileURLToPath(new URL('.', import.meta.url));
let dir: string;
let server: Server;
let origin: string;
let browser: Browser;

/**
 * The server's side of the recipe: the elements defined, the page's template rendered, the data
 * written beside it. Answers the page with a given script.
 */
async function serverRender(data: PageData): Promise<(script: string) => string> {
  await import('@idokit/widgets/define.js');
  const app = await collectResult(render(pageTemplate(data)));
  // `<` escaped so the data cannot end the script element early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return (script: string) => `<!doctype html>
<html lang="nl">
  <head><meta charset="utf-8" /><title>IDO Kit, rendered on the server</title></head>
  <body>
    <main id="app">${app}</main>
    <script type="application/json" id="ido-data">${json}</script>
    <script type="module" src="/${script}"></script>
  </body>
</html>`;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'idokit-hydration-'));
  const data: PageData = {
    location: fixtureFeed.locations.find((l) => l.id === 'ido-zwolle-centrum')!,
    now: fixtureNow.toISOString(),
  };
  const html = await serverRender(data);
  writeFileSync(join(dir, 'recipe.html'), html('hydrate.js'));
  writeFileSync(join(dir, 'naive.html'), html('hydrate-naive.js'));
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(fixtureFeed));
  await build({
    entryPoints: [join(here, 'page/hydrate.ts'), join(here, 'page/hydrate-naive.ts')],
    outdir: dir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['@idokit/source', 'browser', 'development'],
    tsconfigRaw: {
      compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
    },
    logLevel: 'silent',
  });
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    json: 'application/json',
  };
  server = createServer((request, response) => {
    const file = new URL(request.url ?? '/', 'http://x').pathname.slice(1);
    if (!/^[\w-]+\.(html|js|json)$/.test(file)) return void response.writeHead(404).end();
    try {
      const body = readFileSync(join(dir, file));
      response.writeHead(200, { 'content-type': types[file.split('.').pop()!]! }).end(body);
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

/** The locator's filter boxes: label and whether it is ticked. */
async function filters(page: Page): Promise<[string, boolean][]> {
  const boxes = page.locator('ido-locator').getByRole('checkbox');
  const out: [string, boolean][] = [];
  for (const box of await boxes.all()) {
    const label = await box.evaluate((el) => el.closest('label')!.textContent!.trim());
    out.push([label, await box.isChecked()]);
  }
  return out;
}

const EXPECTED_FILTERS: [string, boolean][] = [
  ['Nu open', true],
  ['Binnenlopen zonder afspraak', false],
  ['Op afspraak', false],
  ['Hulp via de telefoon', false],
];

test('before scripts run, the filters are ticked as the attributes say, not all', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/recipe.html`);
  // Declarative shadow DOM, no script: the elements are not defined, yet show their first paint.
  assert.equal(await page.locator('ido-locator:not(:defined)').count(), 1);
  assert.deepEqual(await filters(page), EXPECTED_FILTERS);
  await page
    .locator('ido-opening-hours')
    .getByText(/Nu open · sluit om 12:00/)
    .waitFor();
  await context.close();
});

test('hydrated in the recipe’s order: no mismatch, and the elements answer a resident', async () => {
  const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/recipe.html`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ido-locator, ido-opening-hours')].every(
      (el) => (el as Element & { hasUpdated?: boolean }).hasUpdated,
    ),
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(await filters(page), EXPECTED_FILTERS);
  // The hours kept their object: still Zwolle's status, not a "loading" or an error.
  await page
    .locator('ido-opening-hours')
    .getByText(/Nu open · sluit om 12:00/)
    .waitFor();

  // Interactive: unticking "Nu open" reaches the element; a search shows results.
  await page.locator('ido-locator').getByRole('checkbox', { name: 'Nu open' }).uncheck();
  assert.equal(
    await page
      .locator('ido-locator')
      .evaluate((el) => (el as unknown as { openNow: boolean }).openNow),
    false,
  );
  await page.locator('ido-locator').getByLabel('Postcode of woonplaats').fill('8011');
  await page.locator('ido-locator').getByRole('button', { name: 'Zoeken' }).click();
  await page
    .locator('ido-locator')
    .getByRole('heading', { name: 'IDO Voorbeeldbibliotheek Zwolle Centrum' })
    .waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('hydrated in the naive order (elements defined first), Lit reports a mismatch', async () => {
  const page = await browser.newPage({ timezoneId: 'Europe/Amsterdam' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/naive.html`);
  await page.waitForLoadState('load');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ido-locator, ido-opening-hours')].every(
      (el) => (el as Element & { hasUpdated?: boolean }).hasUpdated,
    ),
  );
  assert.ok(
    errors.some((e) => /Hydration value mismatch/.test(e)),
    `expected a hydration mismatch, got: ${errors.join('\n')}`,
  );
  await page.close();
});
