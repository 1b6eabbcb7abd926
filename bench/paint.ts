/**
 * Navigation → first results painted, in real Chromium, beside a peer measured in the same run:
 *
 * - `<ido-locator feed>` with 1 000 and 10 000 locations beside a no-framework page that does what
 *   a hand-written locator must do at the least: fetch the feed and the geocoder answer, parse,
 *   sort by distance and write the nearest ten into a list. Budget ≤ 1.5× that page, and no main-
 *   thread task over 200 ms with 10 000 locations.
 * - `<ido-opening-hours>` reading one location of a split feed of 10 000 locations beside the
 *   same card in API mode (the server answering that one location). Budget ≤ 1.5× API mode.
 *
 * Each page opens in a fresh browser context (nothing cached), several times; the medians count.
 * PDOK, the one outside service, is answered by the local stub of the demo tests.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { median, type Figure } from '@idokit/server/bench';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { PdokStub } from '@idokit/e2e/support';
import { scaledFeed } from './feed-fixture.js';
import { startServer } from './server.js';

export const POSTCODE = '3511 AB';
export const CARD_LOCATION = 'ido-zwolle-centrum';

/**
 * Runs in every page before its own scripts: records the longest main-thread task, the total
 * blocking time (each long task's time over 50 ms), the layout shift score, the first contentful
 * paint and the time (from navigation start) of the first animation frame in which
 * `window.__painted()` is true.
 */
export const PROBE = `
  window.__longest = 0;
  window.__blocking = 0;
  window.__shift = 0;
  window.__fcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longest = Math.max(window.__longest, entry.duration);
      window.__blocking += Math.max(0, entry.duration - 50);
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') window.__fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  window.__paintedAt = new Promise((resolve) => {
    const check = () => (window.__painted?.() ? resolve(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
`;

export const widgetPage = (title: string, body: string, painted: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>` +
  `<script>window.__painted = () => ${painted};</script>` +
  `<script type="module" src="/cdn/idokit.js"></script></head><body>${body}</body></html>`;

export const locatorPainted = `!!document.querySelector('ido-locator')?.shadowRoot?.querySelector('[part~="item"]')`;
export const cardPainted = `!!document.querySelector('ido-opening-hours')?.shadowRoot?.querySelector('table')`;

/** The no-framework peer: fetch, parse, sort by distance, list the nearest ten. */
export const baselinePage = (
  feedUrl: string,
) => `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>baseline</title><script>window.__painted = () => !!document.querySelector('li');</script></head>
<body><ol id="results"></ol><script type="module">
  const rad = (d) => (d * Math.PI) / 180;
  const km = (a, b) => {
    const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
      Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
    return 12742 * Math.asin(Math.sqrt(h));
  };
  const q = encodeURIComponent('${POSTCODE.replace(' ', '')}');
  const [feed, geo] = await Promise.all([
    fetch('${feedUrl}').then((r) => r.json()),
    fetch('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?q=' + q +
      '&fq=type:postcode&rows=1').then((r) => r.json()),
  ]);
  const [lon, lat] = geo.response.docs[0].centroide_ll.slice(6, -1).split(' ').map(Number);
  const here = { lat, lon };
  const nearest = feed.locations
    .map((l) => ({ l, d: km(here, l.geo) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 10);
  const list = document.getElementById('results');
  for (const { l, d } of nearest) {
    const li = document.createElement('li');
    li.textContent = l.name + ' · ' + d.toFixed(1) + ' km';
    list.append(li);
  }
</script></body></html>`;

/** How a page is opened: Chromium's CPU slowdown and the latency added to every request. */
export interface Profile {
  name: string;
  /** `Emulation.setCPUThrottlingRate`: 4 makes the main thread four times slower. */
  cpuSlowdown: number;
  /** `Network.emulateNetworkConditions` latency, added to every request. */
  latencyMs: number;
}

export const DESKTOP: Profile = {
  name: 'desktop',
  cpuSlowdown: 1,
  latencyMs: Number(process.env.IDOKIT_BENCH_LATENCY_MS ?? 0),
};
/** A resident's phone, as issue 23 measured it with DevTools: CPU ×4, +150 ms per request. */
export const PHONE: Profile = { name: 'phone', cpuSlowdown: 4, latencyMs: 150 };

export interface Paint {
  /** Navigation → the first frame with the content in the DOM. */
  ms: number;
  /** First contentful paint. */
  fcp: number;
  longestTask: number;
  /** Total blocking time: each long task's time over 50 ms, until 300 ms after `ms`. */
  blocking: number;
  /** Cumulative layout shift. */
  shift: number;
  /** Every script response, each counted gzip -9 (what it costs compressed). */
  scriptGzip: number;
}

export async function open(
  browser: Browser,
  url: string,
  pdokUrl: string,
  profile: Profile = DESKTOP,
): Promise<Paint> {
  // The demo server's pages carry a strict CSP; the bench pages' probes are inline scripts.
  const context = await browser.newContext({ bypassCSP: true });
  try {
    await context.route('https://api.pdok.nl/**', async (route) => {
      const target = new URL(route.request().url());
      const local = `${pdokUrl}${target.pathname.replace('/bzk/locatieserver/search/v3_1', '')}${target.search}`;
      await route.fulfill({ response: await route.fetch({ url: local }) });
    });
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(
        response.body().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      );
    });
    const cdp = await context.newCDPSession(page);
    if (profile.latencyMs)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latencyMs,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    if (profile.cpuSlowdown !== 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.addInitScript(PROBE);
    await page.goto(url);
    const ms = await page
      .waitForFunction(
        () => (window as unknown as { __paintedAt: Promise<number> }).__paintedAt,
        null,
        {
          timeout: 60_000,
        },
      )
      .then((handle) => handle.jsonValue());
    // Let any task still running after the paint finish and be observed.
    await page.waitForTimeout(300);
    const probe = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return {
        longestTask: w.__longest!,
        blocking: w.__blocking!,
        shift: w.__shift!,
        fcp: w.__fcp!,
      };
    });
    const scriptGzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    return { ms, ...probe, scriptGzip };
  } finally {
    await context.close();
  }
}

/**
 * Opens two pages in turns (interleaved is fairer on a noisy machine than one series after the
 * other), after one untimed warm-up each, and gives the medians of each.
 */
export async function paired(
  runs: number,
  first: () => Promise<Paint>,
  second: () => Promise<Paint>,
): Promise<[Paint, Paint]> {
  await first();
  await second();
  const a: Paint[] = [];
  const b: Paint[] = [];
  for (let i = 0; i < runs; i += 1) {
    a.push(await first());
    b.push(await second());
  }
  const medians = (results: Paint[]): Paint => {
    const of = (key: keyof Paint) => median(results.map((r) => r[key]));
    return {
      ms: Math.round(of('ms')),
      fcp: Math.round(of('fcp')),
      longestTask: Math.round(of('longestTask')),
      blocking: Math.round(of('blocking')),
      shift: Math.round(of('shift') * 1000) / 1000,
      scriptGzip: Math.round(of('scriptGzip')),
    };
  };
  return [medians(a), medians(b)];
}

export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export async function measurePaint(options: { quick: boolean }): Promise<Figure[]> {
  const runs = options.quick ? 3 : 7;
  const sizes = options.quick ? [1_000] : [1_000, 10_000];
  const staticDir = mkdtempSync(join(tmpdir(), 'idokit-bench-paint-'));
  const pages: string[] = [];
  for (const size of new Set([...sizes, 10_000])) {
    const folder = join(staticDir, 'feeds', String(size));
    mkdirSync(join(folder, 'locations'), { recursive: true });
    const feed = scaledFeed(size);
    writeFileSync(join(folder, 'feed.json'), JSON.stringify(feed));
    if (size === 10_000)
      for (const location of feed.locations as { id: string }[])
        writeFileSync(join(folder, 'locations', `${location.id}.json`), JSON.stringify(location));
  }
  for (const size of sizes) {
    const feedUrl = `/feeds/${size}/feed.json`;
    writeFileSync(
      join(staticDir, `locator-${size}.html`),
      widgetPage(
        'locator',
        `<ido-locator feed="${feedUrl}" query="${POSTCODE}"></ido-locator>`,
        locatorPainted,
      ),
    );
    writeFileSync(join(staticDir, `baseline-${size}.html`), baselinePage(feedUrl));
    pages.push(String(size));
  }
  writeFileSync(
    join(staticDir, 'card-api.html'),
    widgetPage(
      'card',
      `<ido-opening-hours api="/" location="${CARD_LOCATION}"></ido-opening-hours>`,
      cardPainted,
    ),
  );
  writeFileSync(
    join(staticDir, 'card-feed.html'),
    widgetPage(
      'card',
      `<ido-opening-hours feed="/feeds/10000/" location="${CARD_LOCATION}"></ido-opening-hours>`,
      cardPainted,
    ),
  );

  const pdok = new PdokStub();
  await pdok.listen();
  const server = await startServer({ staticDir });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const figures: Figure[] = [];
  try {
    const at = (path: string) => () => open(browser, `${server.origin}/${path}`, pdok.url);
    for (const size of sizes) {
      const [element, baseline] = await paired(
        runs,
        at(`locator-${size}.html`),
        at(`baseline-${size}.html`),
      );
      const { ms, longestTask: longest } = element;
      const base = baseline.ms;
      figures.push({
        id: `paint.locator-feed-${size}`,
        figure: `<ido-locator feed> with ${size.toLocaleString('en')} locations, navigation → first results painted, × a no-framework page`,
        value: ratio(ms, base),
        unit: '×',
        budget: '≤ 1.5×',
        met: ms / base <= 1.5,
        peer: { label: 'no-framework fetch + parse + sort', value: base, unit: 'ms' },
        note: `element ${ms} ms; its longest task ${longest} ms (the peer's ${baseline.longestTask} ms); medians of ${runs}`,
      });
      if (size === 10_000)
        figures.push({
          id: `paint.locator-feed-${size}.longest-task`,
          figure: `<ido-locator feed> with ${size.toLocaleString('en')} locations, longest main-thread task`,
          value: longest,
          unit: 'ms',
          budget: '≤ 200 ms',
          met: longest <= 200,
          note: `median of ${runs}`,
        });
    }
    const [api, feed] = await paired(runs, at('card-api.html'), at('card-feed.html'));
    figures.push({
      id: 'paint.opening-hours-feed-10000',
      figure: '<ido-opening-hours feed> (split feed of 10,000 locations) → painted, × API mode',
      value: ratio(feed.ms, api.ms),
      unit: '×',
      budget: '≤ 1.5×',
      met: feed.ms / api.ms <= 1.5,
      peer: { label: 'the card in API mode', value: api.ms, unit: 'ms' },
      note: `feed mode ${feed.ms} ms, reading locations/${CARD_LOCATION}.json only; medians of ${runs}`,
    });
    return figures;
  } finally {
    await browser.close();
    await server.stop();
    await pdok.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
}
