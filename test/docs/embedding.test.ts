// Every HTML example of docs/embedding.md, opened in Chromium as a library's page would show it,
// and again as content management systems change it: WordPress's wpautop (<p> and <br>),
// attributes in capitals and another order, the script after the elements or loaded twice
// (the second time with WordPress's `?ver=`), and inside a 280 px sidebar. Each element must work
// with zero axe violations and no console error.
//
// The guide's addresses are served by Playwright routes: https://www.bibliotheek.example is the
// library's site (the page itself; /ido/feed.json), https://ido.bibliotheek.example forwards to the
// real IDO Kit demo server on loopback (API and /cdn/), and PDOK's address goes to the local stub.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { updatedGuide } from '../../scripts/docs-elements.mjs';
import {
  assertEventually,
  axeViolations,
  launchChromium,
  root,
  startDemoServer,
  type DemoServer,
} from '../support/demo-server.js';

const SITE = 'https://www.bibliotheek.example';
/** How long an element may take to show its data: six pages load side by side, on a busy machine. */
const WAIT = 45_000;
/** How many variants of one example are open at once. */
const SIDE_BY_SIDE = 3;
const SERVER = 'https://ido.bibliotheek.example';
const SCRIPT = `${SERVER}/cdn/idokit.js`;
const guidePath = join(root, 'docs/embedding.md');
const guide = readFileSync(guidePath, 'utf8');
/** Screenshots of each example at 320 and 1280 px go here when set. */
const shots = process.env.IDOKIT_SCREENSHOTS;

/** The ```html blocks of the guide, without the indentation of list items. */
function snippets(markdown: string): string[] {
  return [...markdown.matchAll(/^( *)```html\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) =>
    body!
      .split('\n')
      .map((line) => line.slice(indent!.length))
      .join('\n')
      .trim(),
  );
}

const examples = snippets(guide);

/** A fragment's markup, or a full document's body; and whether the example brought the script. */
function partsOf(snippet: string): { body: string; head: string; full: boolean } {
  const full = /^<!doctype/i.test(snippet);
  if (!full) return { body: snippet, head: '', full };
  return {
    head: /<head>([\s\S]*)<\/head>/i.exec(snippet)?.[1] ?? '',
    body: /<body>([\s\S]*)<\/body>/i.exec(snippet)?.[1] ?? '',
    full,
  };
}

const scriptTag = (src = SCRIPT) => `<script type="module" src="${src}"></script>`;
const withoutScript = (html: string) =>
  html.replace(/<script type="module" src="[^"]*idokit\.js[^"]*"><\/script>\n?/g, '');

/** WordPress's wpautop, as it treats unknown (inline) tags: <p> per paragraph, <br /> per line. */
function wpautop(html: string): string {
  return html
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      /^<(style|script|div|aside|section)\b/i.test(block)
        ? block
        : `<p>${block.replace(/\n\s*/g, '<br />\n')}</p>`,
    )
    .join('\n\n');
}

/** Attribute names in capitals and in reverse order, as some editors write them back. */
function shuffledAttributes(html: string): string {
  return html.replace(
    /<(ido-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g,
    (_m, tag: string, attrs: string) => {
      const list = [...attrs.matchAll(/\s+([a-z-]+)(="[^"]*")?/g)].map(
        ([, name, value]) => `${name!.toUpperCase()}${value ?? ''}`,
      );
      return `<${tag.toUpperCase()} ${list.reverse().join(' ')}>`;
    },
  );
}

/** A page in a WordPress-like theme (header, one content column or a sidebar). */
function themePage(options: { head: string; body: string; sidebar?: boolean }): string {
  const content = options.sidebar
    ? `<div class="layout"><div class="content"><h2>Nieuws</h2><p>Het laatste nieuws van de bibliotheek.</p></div>
<aside class="sidebar" aria-label="Zijbalk"><h2>Informatiepunt</h2>${options.body}</aside></div>`
    : `<div class="content"><h2>Voorbeeld</h2>${options.body}</div>`;
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Hulp bij de digitale overheid – Bibliotheek Voorbeeldstad</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.6; color: #111; }
  header { padding: 1rem 1.5rem; border-bottom: 1px solid #ddd; }
  main { padding: 1rem 1.5rem; }
  .content { max-width: 650px; margin-inline: auto; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 2rem; max-width: 1100px; margin-inline: auto; }
  .layout .content { max-width: none; }
  .sidebar { width: 280px; }
</style>
${options.head}
</head><body><header><p><a href="/">Bibliotheek Voorbeeldstad</a></p></header>
<main><h1>Hulp bij de digitale overheid</h1>${content}</main></body></html>`;
}

type Variant =
  'as written' | 'wpautop' | 'attributes' | 'script after' | 'script twice' | 'sidebar';
const VARIANTS: Variant[] = [
  'as written',
  'wpautop',
  'attributes',
  'script after',
  'script twice',
  'sidebar',
];

/** The page for one example in one variant. */
function pageFor(snippet: string, variant: Variant): string {
  const { head, body, full } = partsOf(snippet);
  if (variant === 'as written' && full) return snippet;
  const markup = withoutScript(body);
  // Theming examples keep their own <style>; every other head line (meta CSP …) only as written.
  const extraHead = withoutScript(head).replace(/<(meta|title)[^>]*>(?:[^<]*<\/title>)?/g, '');
  switch (variant) {
    case 'as written':
      return themePage({ head: scriptTag(), body: markup });
    case 'wpautop':
      return themePage({ head: extraHead, body: `${wpautop(markup)}\n<p>${scriptTag()}</p>` });
    case 'attributes':
      return themePage({ head: scriptTag() + extraHead, body: shuffledAttributes(markup) });
    case 'script after':
      return themePage({ head: extraHead, body: `${markup}\n${scriptTag()}` });
    case 'script twice':
      return themePage({
        head: scriptTag() + extraHead,
        body: `${markup}\n${scriptTag(`${SCRIPT}?ver=6.1.9`)}`,
      });
    case 'sidebar':
      return themePage({ head: scriptTag() + extraHead, body: markup, sidebar: true });
  }
}

let demo: DemoServer;
let browser: Browser;

before(
  async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
  },
  { timeout: 180_000 },
);
after(async () => {
  await browser?.close();
  await demo?.close();
});

/** A context whose fake library site, IDO Kit server and PDOK are served locally. */
async function siteContext(html: string, width: number): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === SITE && url.pathname === '/ido/feed.json') {
      const response = await route.fetch({ url: `${demo.origin}/v1/feed.json` });
      return route.fulfill({ response });
    }
    if (url.origin === SITE)
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (url.origin === SERVER) {
      const response = await route.fetch({ url: `${demo.origin}${url.pathname}${url.search}` });
      return route.fulfill({ response });
    }
    if (url.hostname === 'api.pdok.nl') {
      const path = url.pathname.replace('/bzk/locatieserver/search/v3_1', '');
      const response = await route.fetch({ url: `${demo.pdokUrl}${path}${url.search}` });
      return route.fulfill({ response });
    }
    return route.abort('blockedbyclient');
  });
  return context;
}

/** Opens the page, waits for every element to work, and returns what went wrong. */
async function check(html: string, label: string, width = 1280): Promise<Page> {
  const context = await siteContext(html, width);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.goto(`${SITE}/hulp`);
  const tags = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => el.localName)
      .filter((name) => name.startsWith('ido-') && name !== 'ido-provider'),
  );
  assert.ok(tags.length > 0, `${label}: the example shows an IDO Kit element`);
  for (const [index, tag] of tags.entries()) {
    const host = page.locator(tag).nth(tags.slice(0, index).filter((t) => t === tag).length);
    await assertEventually(
      () =>
        host.evaluate(
          (el) => !!customElements.get(el.localName) && (el.shadowRoot?.childElementCount ?? 0) > 0,
        ),
      `${label}: ${tag} upgraded and rendered`,
      WAIT,
    );
    // Working: no error box, and the element's content is there.
    if (tag === 'ido-locator' && (await host.getAttribute('query'))) {
      await assertEventually(
        async () =>
          /\d+ .*gevonden/i.test((await host.getByRole('status').first().textContent()) ?? ''),
        `${label}: the locator announces its results`,
        WAIT,
      );
    } else if (tag === 'ido-locator') {
      // No search at load: search as a resident would.
      const field = host.getByRole('textbox', { name: /postcode/i });
      await field.fill('3511 AB');
      await field.press('Enter');
      await assertEventually(
        async () =>
          /\d+ .*gevonden/i.test((await host.getByRole('status').first().textContent()) ?? ''),
        `${label}: the locator finds IDOs for 3511 AB`,
        WAIT,
      );
    } else if (tag === 'ido-opening-hours') {
      const compact = (await host.getAttribute('compact')) !== null;
      await assertEventually(
        async () =>
          compact
            ? /open|gesloten/i.test((await host.textContent()) ?? '') ||
              /open|gesloten/i.test(await host.evaluate((el) => el.shadowRoot!.textContent ?? ''))
            : (await host.getByRole('table').count()) > 0,
        `${label}: opening hours shown`,
        WAIT,
      );
    }
    const failed = await host.evaluate((el) => !!el.shadowRoot!.querySelector('[part~="error"]'));
    assert.equal(failed, false, `${label}: ${tag} shows an error`);
    const overflow = await host.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 1, `${label}: ${tag} is ${overflow}px wider than its column`);
  }
  const violations = await axeViolations(page, [...new Set(tags)].join(','));
  assert.deepEqual(violations, [], `${label}: axe`);
  assert.deepEqual(problems, [], `${label}: console`);
  return page;
}

test('the element reference in the guide matches the elements (custom-elements.json)', () => {
  assert.equal(
    updatedGuide(guide),
    guide,
    'docs/embedding.md is out of date: run `node scripts/docs-elements.mjs` after `pnpm build`',
  );
});

test('the guide has examples for plain HTML, WordPress, Drupal, CSP, theming and feeds', () => {
  assert.ok(examples.length >= 8, `found ${examples.length} html examples`);
  assert.ok(examples.some((s) => s.includes('Content-Security-Policy')));
  assert.ok(examples.some((s) => s.includes('::part(')));
  assert.ok(examples.some((s) => s.includes('feed=')));
  assert.ok(examples.some((s) => s.includes('<ido-provider')));
});

for (const [index, snippet] of examples.entries()) {
  const name = `example ${index + 1} (${snippet
    .split('\n')
    .find((l) => /<ido-/.test(l))
    ?.trim()
    .slice(0, 70)})`;
  test(`${name} works as written and as CMSs change it`, { timeout: 240_000 }, async () => {
    // The variants are independent pages, opened a few side by side: most of the wait is the
    // network, but a map renders WebGL in software here, and six at once starve a small machine.
    const results: PromiseSettledResult<void>[] = [];
    for (let i = 0; i < VARIANTS.length; i += SIDE_BY_SIDE) {
      results.push(
        ...(await Promise.allSettled(
          VARIANTS.slice(i, i + SIDE_BY_SIDE).map(async (variant) => {
            const page = await check(pageFor(snippet, variant), `${name}, ${variant}`);
            await page.context().close();
          }),
        )),
      );
    }
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length) throw failures[0]!.reason;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      for (const width of [320, 1280]) {
        const page = await check(pageFor(snippet, 'as written'), `${name} at ${width}px`, width);
        await page.screenshot({
          path: join(shots, `example-${index + 1}-${width}.png`),
          fullPage: true,
        });
        await page.context().close();
      }
    }
  });
}

test('a strict Content-Security-Policy from the guide is really in force (the check can fail)', async () => {
  const csp = examples.find((s) => s.includes('Content-Security-Policy'))!;
  // The same page with PDOK's and the server's addresses taken out of the policy: blocked.
  const strict = csp.replace(/ https:\/\/ido\.bibliotheek\.example/g, '');
  const context = await siteContext(strict, 1280);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${SITE}/hulp`);
  await assertEventually(async () => violations.length > 0, 'a CSP violation is reported');
  assert.equal(
    await page.evaluate(() => !!customElements.get('ido-opening-hours')),
    false,
    'the script was blocked',
  );
  await context.close();
});
