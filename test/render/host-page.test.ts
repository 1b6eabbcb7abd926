// The embedding guide's server-rendered opening hours, run: its Node host page (`host.mjs`, taken
// from docs/embedding.md as written) fetches `GET /v1/render/ido-opening-hours` from the real
// demo server and puts it in its HTML. Chromium opens that page without JavaScript (the hours and
// the JSON-LD are there) and with it (the element takes the server's HTML over: no layout shift,
// the same text, no request for the location).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  assertEventually,
  freePort,
  launchChromium,
  root,
  startDemoServer,
  type DemoServer,
} from '../support/demo-server.js';

const guide = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
const section = guide.split(/^## /m).find((s) => s.startsWith("Opening hours in the page's HTML"));
/** The guide's host page, exactly as printed. */
const hostScript = /^```js\n([\s\S]*?)^```/m.exec(section ?? '')?.[1];

let demo: DemoServer;
let host: ChildProcess;
let hostUrl: string;
let dir: string;
let browser: Browser;

before(async () => {
  assert.ok(hostScript, 'docs/embedding.md has the host page example');
  demo = await startDemoServer();
  dir = mkdtempSync(join(tmpdir(), 'idokit-host-'));
  writeFileSync(join(dir, 'host.mjs'), hostScript);
  const port = await freePort();
  host = spawn(process.execPath, [join(dir, 'host.mjs')], {
    env: { ...process.env, IDO_SERVER: demo.origin, PORT: String(port) },
    stdio: 'inherit',
  });
  hostUrl = `http://localhost:${port}/`;
  await assertEventually(
    () =>
      fetch(hostUrl).then(
        (r) => r.ok,
        () => false,
      ),
    'the guide’s host page to answer',
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  host?.kill();
  await demo?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What a reader sees of the element: its shadow root's text. */
const shownText = (page: Page) =>
  page
    .locator('ido-opening-hours')
    .evaluate((el) => (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText);

test('the host page’s HTML has the hours: shown without JavaScript, with the JSON-LD', async () => {
  const html = await (await fetch(hostUrl)).text();
  assert.match(html, /<ido-opening-hours location="ido-zwolle-centrum" lang="nl" show="both">/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(hostUrl);
  assert.equal(await page.locator('ido-opening-hours:not(:defined)').count(), 1);
  const text = await shownText(page);
  assert.match(text, /Informatiepunt Digitale Overheid deze week/);
  assert.match(text, /Maandag[\s\S]*Dinsdag[\s\S]*Zondag/);
  assert.match(text, /Vandaag/);
  assert.match(text, /(Nu open|Gesloten)/);
  const rows = page.locator('ido-opening-hours').getByRole('table').first().getByRole('row');
  assert.equal(await rows.count(), 7);
  const jsonLd = JSON.parse(
    (await page.locator('ido-opening-hours > script[type="application/ld+json"]').textContent())!,
  ) as { '@type': string; openingHoursSpecification: unknown[] };
  assert.equal(jsonLd['@type'], 'Library');
  assert.ok(jsonLd.openingHoursSpecification.length > 0);
  await context.close();
});

test('with JavaScript the element takes over: no layout shift, same text, no request', async () => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const before = await shownText(
    await noScript.newPage().then(async (p) => (await p.goto(hostUrl), p)),
  );
  await noScript.close();

  const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
  await context.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(hostUrl);
  // Upgraded and rendered twice: as at the server's instant, then from the clock.
  await page.waitForFunction(async () => {
    const el = document.querySelector('ido-opening-hours') as
      (HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<boolean> }) | null;
    if (!customElements.get('ido-opening-hours') || !el?.hasUpdated) return false;
    return (await el.updateComplete) && (await el.updateComplete);
  });
  // The element's own render: its custom state is set, and its shadow root holds one view, not two.
  assert.equal(
    await page
      .locator('ido-opening-hours')
      .evaluate((el) => el.matches(':state(open), :state(closed)')),
    true,
  );
  assert.equal(
    await page
      .locator('ido-opening-hours')
      .evaluate((el) => el.shadowRoot!.querySelectorAll('[part~="base"]').length),
    1,
  );
  assert.equal(await shownText(page), before);
  // Its JSON-LD is the server's, kept (not doubled).
  assert.equal(
    await page.locator('ido-opening-hours > script[type="application/ld+json"]').count(),
    1,
  );
  // Settle a frame, then read the shifts.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
  );
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  assert.equal(
    shifts.reduce((sum, v) => sum + v, 0),
    0,
    `layout shifts: ${shifts.join(', ')}`,
  );
  assert.deepEqual(
    requests.filter((url) => url.includes('/v1/')),
    [],
    'the location is not requested again',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

/** Samples the element's text once a frame (every change a resident could see), and layout shifts. */
const FRAMES = `window.texts = [];
window.shifts = 0;
function sample() {
  const base = document.querySelector('ido-opening-hours')?.shadowRoot?.querySelector('[part~="base"]');
  const text = base ? base.textContent.replace(/\\s+/g, ' ').trim() : '';
  if (text && window.texts[window.texts.length - 1] !== text) window.texts.push(text);
  requestAnimationFrame(sample);
}
requestAnimationFrame(sample);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.shifts += entry.value;
}).observe({ type: 'layout-shift', buffered: true });`;

test('a language that loads on first use: the server’s view stays until it has loaded', async () => {
  // Arabic and Turkish fragments on a Dutch page: the element's text for them arrives after
  // the element itself; a render before it would flash Dutch.
  for (const lang of ['ar', 'tr']) {
    const fragment = await (
      await fetch(
        `${demo.origin}/v1/render/ido-opening-hours?location=ido-zwolle-centrum&lang=${lang}`,
      )
    ).text();
    // A page on loopback, as the demo server is (a public origin may not load from loopback).
    const page_ = createServer((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html lang="nl"><head><meta charset="utf-8" /><title>Openingstijden</title>
<script type="module" src="${demo.origin}/cdn/idokit.js"></script></head><body><main>${fragment}</main></body></html>`,
      ),
    );
    await new Promise<void>((resolve) => page_.listen(0, 'localhost', resolve));
    const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
    await context.addInitScript(FRAMES);
    const page = await context.newPage();
    await page.goto(`http://localhost:${(page_.address() as AddressInfo).port}/`);
    await page.waitForFunction(
      () =>
        (document.querySelector('ido-opening-hours') as { hasUpdated?: boolean } | null)
          ?.hasUpdated,
    );
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const { texts, shifts } = await page.evaluate(() => {
      const w = window as unknown as { texts: string[]; shifts: number };
      return { texts: w.texts, shifts: w.shifts };
    });
    assert.equal(texts.length, 1, `${lang}: one text in every frame, got ${texts.join(' | ')}`);
    assert.doesNotMatch(texts[0]!, /Informatiepunt|Vandaag/, lang);
    assert.equal(shifts, 0, lang);
    assert.equal(
      await page
        .locator('ido-opening-hours')
        .evaluate((el) => el.matches(':state(open), :state(closed)')),
      true,
      `${lang}: the element rendered`,
    );
    await context.close();
    await new Promise((resolve) => page_.close(resolve));
  }
});
