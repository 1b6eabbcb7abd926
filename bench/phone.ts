/**
 * Issue 23's figures: a resident's phone (CPU ×4 through the DevTools protocol, +150 ms per
 * request, a fresh browser context per run, medians of 7) beside the desktop profile, each page
 * beside a no-framework peer that fetches the same data and writes the same table or list, opened
 * in turns in the same run.
 *
 * - `<ido-opening-hours>` pasted without server rendering (API mode) beside a page that fetches
 *   the location and writes the week's table: painted ≤ 1.5×, no task over 100 ms, ≤ 20 KiB of
 *   script (gzip).
 * - The same card inlined by the server (`GET /v1/render/ido-opening-hours`): the hours are there
 *   at the first contentful paint and the upgrade takes no task over 50 ms. Reported as pending
 *   while the server has no such endpoint.
 * - `<ido-locator>` over a feed of 1 000 locations and over the API beside the no-framework
 *   locator: first results ≤ 1.5× (feed) and ≤ 1.3× (API), no task over 200 ms.
 *
 * Every page also reports its total blocking time and layout shift beside the peer's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { kib, type Figure } from '@idokit/server/bench';
import { PdokStub } from '@idokit/e2e/support';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { precompressFolder } from '../scripts/precompress.mjs';
import { scaledFeed } from './feed-fixture.js';
import {
  baselinePage,
  CARD_LOCATION,
  cardPainted,
  DESKTOP,
  locatorPainted,
  open,
  paired,
  PHONE,
  POSTCODE,
  ratio,
  widgetPage,
  type Paint,
  type Profile,
} from './paint.js';
import { startServer } from './server.js';

const RENDER_PATH = `/v1/render/ido-opening-hours?location=${CARD_LOCATION}&lang=nl`;

/** The no-framework card: fetch the location, write its library hours into a table. */
const cardPeerPage = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>card peer</title>
<script>window.__painted = () => !!document.querySelector('table');</script></head>
<body><section id="card"></section><script type="module">
  const days = { mo: 'maandag', tu: 'dinsdag', we: 'woensdag', th: 'donderdag', fr: 'vrijdag', sa: 'zaterdag', su: 'zondag' };
  const location = await fetch('/v1/locations/${CARD_LOCATION}').then((r) => r.json());
  const table = document.createElement('table');
  const caption = table.createCaption();
  caption.textContent = location.name;
  for (const [day, name] of Object.entries(days)) {
    const row = table.insertRow();
    row.insertCell().textContent = name;
    const times = location.hours.library.weekly.filter((p) => p.day === day);
    row.insertCell().textContent = times.length
      ? times.map((p) => p.opens + '–' + p.closes).join(', ')
      : 'gesloten';
  }
  document.getElementById('card').append(table);
</script></body></html>`;

/** The no-framework locator over the API: one search request, ten list items. */
const apiPeerPage = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>locator peer</title>
<script>window.__painted = () => !!document.querySelector('li');</script></head>
<body><ol id="results"></ol><script type="module">
  const answer = await fetch('/v1/locations?postcode=' + encodeURIComponent('${POSTCODE}') + '&limit=10')
    .then((r) => r.json());
  const list = document.getElementById('results');
  for (const { location } of answer.items) {
    const li = document.createElement('li');
    li.textContent = location.name + ', ' + location.address.city;
    list.append(li);
  }
</script></body></html>`;

/** The page a CMS makes with the server's rendering pasted in: the loader upgrades it. */
const inlinedPage = (html: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>card inlined</title>` +
  `<script>window.__painted = () => ${cardPainted};</script>` +
  `<script type="module" src="/cdn/idokit.js"></script></head><body>${html}</body></html>`;

interface Pair {
  key: string;
  label: string;
  element: Paint;
  peer: Paint;
  peerLabel: string;
  painted: number;
  longest: number;
  script?: number;
}

/** The five figures of one page beside its peer, each with its budget. */
function figuresOf(profile: Profile, pair: Pair, runs: number): Figure[] {
  const { element, peer } = pair;
  const id = `${profile.name}.${pair.key}`;
  const where = `${pair.label} (${profile.name})`;
  const figures: Figure[] = [
    {
      id: `${id}.painted`,
      figure: `${where}: navigation → painted, × ${pair.peerLabel}`,
      value: ratio(element.ms, peer.ms),
      unit: '×',
      budget: `≤ ${pair.painted}×`,
      met: element.ms / peer.ms <= pair.painted,
      peer: { label: pair.peerLabel, value: peer.ms, unit: 'ms' },
      note: `element ${element.ms} ms (first contentful paint ${element.fcp} ms); medians of ${runs}`,
    },
    {
      id: `${id}.longest-task`,
      figure: `${where}: longest main-thread task`,
      value: element.longestTask,
      unit: 'ms',
      budget: `≤ ${pair.longest} ms`,
      met: element.longestTask <= pair.longest,
      peer: { label: pair.peerLabel, value: peer.longestTask, unit: 'ms' },
    },
    {
      id: `${id}.blocking`,
      figure: `${where}: total blocking time until painted`,
      value: element.blocking,
      unit: 'ms',
      budget: 'report',
      met: undefined,
      peer: { label: pair.peerLabel, value: peer.blocking, unit: 'ms' },
    },
    {
      id: `${id}.script`,
      figure: `${where}: script until painted, gzip`,
      value: kib(element.scriptGzip),
      unit: 'KiB',
      budget: pair.script === undefined ? 'report' : `≤ ${pair.script} KiB`,
      met: pair.script === undefined ? undefined : element.scriptGzip <= pair.script * 1024,
      peer: { label: pair.peerLabel, value: kib(peer.scriptGzip), unit: 'KiB' },
    },
    {
      id: `${id}.layout-shift`,
      figure: `${where}: layout shift`,
      value: element.shift,
      unit: 'CLS',
      budget: 'report',
      met: undefined,
      peer: { label: pair.peerLabel, value: peer.shift, unit: 'CLS' },
    },
  ];
  return figures;
}

export async function measureProfiles(options: { quick: boolean }): Promise<Figure[]> {
  const runs = options.quick ? 3 : 7;
  const profiles = options.quick ? [PHONE] : [DESKTOP, PHONE];
  const staticDir = mkdtempSync(join(tmpdir(), 'idokit-bench-phone-'));
  mkdirSync(join(staticDir, 'feeds', '1000'), { recursive: true });
  writeFileSync(join(staticDir, 'feeds', '1000', 'feed.json'), JSON.stringify(scaledFeed(1_000)));
  const feedUrl = '/feeds/1000/feed.json';
  const pages: Record<string, string> = {
    'card-api.html': widgetPage(
      'card',
      `<ido-opening-hours api="/" location="${CARD_LOCATION}"></ido-opening-hours>`,
      cardPainted,
    ),
    'card-peer.html': cardPeerPage,
    'locator-1000.html': widgetPage(
      'locator',
      `<ido-locator feed="${feedUrl}" query="${POSTCODE}"></ido-locator>`,
      locatorPainted,
    ),
    'baseline-1000.html': baselinePage(feedUrl),
    'locator-api.html': widgetPage(
      'locator',
      `<ido-locator api="/" query="${POSTCODE}"></ido-locator>`,
      locatorPainted,
    ),
    'baseline-api.html': apiPeerPage,
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(staticDir, name), html);

  const pdok = new PdokStub();
  await pdok.listen();
  const server = await startServer({ staticDir, env: { IDOKIT_PDOK_URL: pdok.url } });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const figures: Figure[] = [];
  try {
    // The server's rendering of the card, if it has one (issue 23 part A), pasted into a page.
    const rendered = await fetch(`${server.origin}${RENDER_PATH}`);
    const inlined = rendered.ok ? await rendered.text() : undefined;
    if (inlined) writeFileSync(join(staticDir, 'card-inlined.html'), inlinedPage(inlined));
    // The feeds and pages go out brotli-encoded, as `pnpm build` prepares the demo's files.
    precompressFolder(staticDir);

    for (const profile of profiles) {
      const at = (path: string) => () =>
        open(browser, `${server.origin}/${path}`, pdok.url, profile);
      const pair = async (
        key: string,
        label: string,
        element: string,
        peer: string,
        peerLabel: string,
        budgets: { painted: number; longest: number; script?: number },
      ) => {
        const [e, p] = await paired(runs, at(element), at(peer));
        return figuresOf(profile, { key, label, element: e, peer: p, peerLabel, ...budgets }, runs);
      };
      figures.push(
        ...(await pair(
          'card-pasted',
          '<ido-opening-hours> pasted, no server rendering',
          'card-api.html',
          'card-peer.html',
          'no-framework card',
          { painted: 1.5, longest: 100, script: 20 },
        )),
      );
      if (inlined) {
        const [card, peer] = await paired(runs, at('card-inlined.html'), at('card-peer.html'));
        figures.push(
          {
            id: `${profile.name}.card-inlined.painted-after-fcp`,
            figure: `<ido-opening-hours> inlined by the server (${profile.name}): hours painted after the first contentful paint`,
            value: Math.max(0, card.ms - card.fcp),
            unit: 'ms',
            // One animation frame: the probe looks once per frame.
            budget: '≤ 17 ms (at the first contentful paint)',
            met: card.ms - card.fcp <= 17,
            peer: { label: 'no-framework card, painted', value: peer.ms, unit: 'ms' },
            note: `painted ${card.ms} ms, first contentful paint ${card.fcp} ms; medians of ${runs}`,
          },
          {
            id: `${profile.name}.card-inlined.longest-task`,
            figure: `<ido-opening-hours> inlined by the server (${profile.name}): longest task (the upgrade)`,
            value: card.longestTask,
            unit: 'ms',
            budget: '≤ 50 ms',
            met: card.longestTask <= 50,
            peer: { label: 'no-framework card', value: peer.longestTask, unit: 'ms' },
            note: `blocking ${card.blocking} ms, layout shift ${card.shift}, script ${kib(card.scriptGzip)} KiB gzip`,
          },
        );
      } else
        figures.push({
          id: `${profile.name}.card-inlined`,
          figure: `<ido-opening-hours> inlined by the server (${profile.name}): hours at first contentful paint, upgrade ≤ 50 ms a task`,
          value: rendered.status,
          unit: 'HTTP status',
          budget: 'pending',
          met: undefined,
          note: `pending: the server answers ${rendered.status} to GET ${RENDER_PATH} (issue 23 part A)`,
        });
      figures.push(
        ...(await pair(
          'locator-feed-1000',
          '<ido-locator feed> with 1,000 locations',
          'locator-1000.html',
          'baseline-1000.html',
          'no-framework locator',
          { painted: 1.5, longest: 200 },
        )),
      );
      if (!options.quick)
        figures.push(
          ...(await pair(
            'locator-api',
            '<ido-locator api>',
            'locator-api.html',
            'baseline-api.html',
            'no-framework locator on the API',
            { painted: 1.3, longest: 200 },
          )),
        );
    }
    return figures;
  } finally {
    await browser.close();
    await server.stop();
    await pdok.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
}
