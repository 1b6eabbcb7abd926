// A library's own website with a strict Content-Security-Policy (`default-src 'self'` plus the
// IDO Kit API origin) loads the widgets from the CDN bundle: they render, search and open the map
// without a single CSP violation (no eval, no inline script or style; Lit's styles are
// constructable stylesheets). Real Chromium, the real server; only PDOK is a local stub.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { PdokStub } from '../demo/pdok-stub.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnFile = join(root, 'packages/widgets/cdn/idokit.js');

let api: ChildProcess;
let apiOrigin = '';
let host: Server;
let hostOrigin = '';
let browser: Browser;
const reports: string[] = [];
const pdok = new PdokStub();
const dataDir = mkdtempSync(join(tmpdir(), 'idokit-csp-'));

const policy = () => `default-src 'self' ${apiOrigin}; report-uri ${hostOrigin}/csp-report`;

const page = () => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Bibliotheek met een strikte CSP</title>
<script type="module" src="${apiOrigin}/cdn/idokit.js"></script>
</head>
<body>
<main>
<h1>Informatiepunt Digitale Overheid</h1>
<ido-locator api="${apiOrigin}/" map tiles="${apiOrigin}/no-tiles/{z}/{x}/{y}.png"></ido-locator>
<ido-opening-hours api="${apiOrigin}/" location="ido-zwolle-centrum"></ido-opening-hours>
</main>
</body>
</html>`;

before(async () => {
  assert.ok(
    existsSync(cdnFile),
    `${cdnFile} is missing: run \`pnpm build\` first (pnpm test does)`,
  );
  await pdok.listen();
  api = spawn(process.execPath, [join(root, 'packages/server/bin/idokit-server.js'), 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      IDOKIT_HOST: '127.0.0.1',
      IDOKIT_DATA_DIR: dataDir,
      IDOKIT_PDOK_URL: pdok.url,
      IDOKIT_STATIC_DIR: 'none',
      IDOKIT_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  apiOrigin = await new Promise<string>((resolve, reject) => {
    createInterface({ input: api.stdout! }).on('line', (line) => {
      const match = /running: http:\/\/localhost:(\d+)\//.exec(line);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    api.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  host = createServer((req, res) => {
    if (req.url === '/csp-report') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        reports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': policy(),
      })
      .end(page());
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  if (api && api.exitCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  await pdok.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function eventually(check: () => Promise<boolean>, what: string, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

test('the widgets work on a page with a strict CSP, without a single violation', async () => {
  const tab = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const violations: string[] = [];
  const errors: string[] = [];
  await tab.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  tab.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(hostOrigin);

  // Every element renders and fetches its data from the API origin.
  const hours = tab.locator('ido-opening-hours');
  await eventually(async () => (await hours.getByRole('table').count()) > 0, 'opening hours');
  const field = tab.getByRole('textbox', { name: /postcode/i });
  await field.fill('8011 AB');
  await field.press('Enter');
  const status = tab.locator('ido-locator').getByRole('status');
  await eventually(
    async () => /gevonden/i.test((await status.textContent()) ?? ''),
    'search results',
  );
  // The map (Leaflet) positions everything through the CSSOM, which a CSP allows.
  await tab
    .locator('ido-locator')
    .getByRole('button', { name: /toon op kaart/i })
    .click();
  await eventually(
    async () => (await tab.locator('ido-locator .leaflet-container').count()) > 0,
    'the map',
  );
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(errors, []);
  assert.deepEqual(violations, []);
  assert.deepEqual(reports, []);

  // The watch works: an inline style on this page is reported.
  await tab.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.append(style);
  });
  await eventually(async () => violations.length > 0, 'the control violation is seen');
  await tab.close();
});

test('the loader asks for all of an element chunks at once (modulepreload), and each file only once', async () => {
  const tab = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const requested: string[] = [];
  tab.on('request', (request) => {
    if (request.url().startsWith(`${apiOrigin}/cdn/`)) requested.push(request.url());
  });
  await tab.goto(hostOrigin);
  await eventually(
    async () => (await tab.locator('ido-opening-hours').getByRole('table').count()) > 0,
    'opening hours',
  );
  await tab
    .locator('ido-locator')
    .getByRole('textbox', { name: /postcode/i })
    .waitFor();
  const preloads = await tab.evaluate(() =>
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
      (l) => l.href,
    ),
  );
  // Every chunk the two elements import statically is announced before it is needed …
  assert.ok(preloads.length >= 6, `few preloads: ${preloads.join(' ')}`);
  for (const href of preloads) {
    assert.ok(href.startsWith(`${apiOrigin}/cdn/idokit-`), `preload beside the loader: ${href}`);
    assert.ok(requested.includes(href), `preloaded and fetched: ${href}`);
  }
  assert.equal(new Set(preloads).size, preloads.length, 'a chunk both elements share: one link');
  // … and the imports reuse those downloads: no file is asked for twice.
  const twice = requested.filter((url, i) => requested.indexOf(url) !== i);
  assert.deepEqual(twice, []);
  await tab.close();
});

/** The chunks `file` imports statically, transitively, itself included (the loader excepted). */
function staticClosure(cdn: string, file: string): string[] {
  const files = new Set([file]);
  for (const next of files) {
    const code = readFileSync(join(cdn, next), 'utf8');
    // Static imports only: `import{a as b}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
    for (const [, imported] of code.matchAll(/\bimport\s*(?:[^("'`]*?\bfrom\s*)?"\.\/([^"]+)"/g))
      if (imported !== 'idokit.js') files.add(imported!);
  }
  return [...files];
}

test('the geocoder, the card and the locator start their requests without waiting for zod', () => {
  const cdn = join(root, 'packages/widgets/cdn');
  const sourcesOf = (file: string): string[] =>
    (JSON.parse(readFileSync(join(cdn, `${file}.map`), 'utf8')) as { sources: string[] }).sources;
  // zod's schema machinery (the English messages and their helpers are in the base chunk).
  const holdsZod = (file: string) =>
    sourcesOf(file).some((s) => s.endsWith('/zod/v4/core/schemas.js'));
  const chunks = readdirSync(cdn).filter(
    (f) => f.endsWith('.js') && existsSync(join(cdn, `${f}.map`)),
  );
  const zodChunks = chunks.filter(holdsZod);
  assert.ok(zodChunks.length > 0, 'zod is in the build (the SDK checks answers with it)');
  // The PDOK geocoder's request leaves at once; the answer's check (zod) loads beside it.
  const geocoder = chunks.filter((f) =>
    sourcesOf(f).some((s) => s.endsWith('/geo/pdok-geocoder.js')),
  );
  assert.equal(geocoder.length, 1, `one geocoder chunk: ${geocoder.join(' ')}`);
  const withZod = staticClosure(cdn, geocoder[0]!).filter(holdsZod);
  assert.deepEqual(withZod, [], 'the geocoder imports no zod statically');
  // The resident elements' preloaded chunks (the loader's list) carry no zod either.
  const loader = readFileSync(cdnFile, 'utf8');
  const map = JSON.parse(
    /function __idokitChunks\(\)\{return(\{.*\})\}/.exec(loader)![1]!,
  ) as Record<string, string[]>;
  for (const tag of ['ido-opening-hours', 'ido-locator']) {
    const files = map[tag]!.map((f) => f.replace('./', ''));
    assert.ok(files.length > 2, `${tag}: its chunks are listed`);
    assert.deepEqual(files.filter(holdsZod), [], `${tag} preloads no zod`);
  }
});
