/**
 * JS a page loads: real Chromium opens a page with one IDO Kit element and the CDN loader, served
 * by the real server; every script response is minified already and counted gzip -9, as the table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { startServer } from './server.js';

const pages = {
  'opening-hours': '<ido-opening-hours api="/" location="ido-zwolle-centrum"></ido-opening-hours>',
  locator: '<ido-locator api="/" map></ido-locator>',
};

export interface PageBytes {
  /** Bytes (min+gzip) of JS when the element has rendered its data. */
  openingHours: number;
  /** Bytes when the locator is ready for input. */
  locator: number;
  /** Bytes after a postcode search has painted results (map not opened). */
  locatorAfterSearch: number;
  files: Record<string, string[]>;
}

function counter(page: Page) {
  const seen = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.endsWith('.js')) return;
    seen.set(
      url,
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  return {
    total: async () => (await Promise.all(seen.values())).reduce((a, b) => a + b, 0),
    files: () => [...seen.keys()].map((u) => u.replace(/.*\//, '')),
  };
}

export async function measurePageBytes(): Promise<PageBytes> {
  const staticDir = mkdtempSync(join(tmpdir(), 'idokit-bench-pages-'));
  for (const [name, body] of Object.entries(pages)) {
    writeFileSync(
      join(staticDir, `${name}.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title>` +
        `<script type="module" src="/cdn/idokit.js"></script></head><body>${body}</body></html>`,
    );
  }
  const server = await startServer({ staticDir });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const files: Record<string, string[]> = {};
    const hoursPage = await browser.newPage();
    const hours = counter(hoursPage);
    await hoursPage.goto(`${server.origin}/opening-hours.html`);
    await hoursPage.waitForFunction(() => {
      const el = document.querySelector('ido-opening-hours');
      return el?.shadowRoot?.querySelector('table') !== null && el?.shadowRoot !== null;
    });
    await hoursPage.waitForLoadState('networkidle');
    files['opening-hours'] = hours.files();
    const openingHours = await hours.total();

    const locatorPage = await browser.newPage();
    const locator = counter(locatorPage);
    await locatorPage.goto(`${server.origin}/locator.html`);
    await locatorPage.locator('ido-locator input[part="input"]').waitFor();
    await locatorPage.waitForLoadState('networkidle');
    const locatorReady = await locator.total();
    await locatorPage.locator('ido-locator input[part="input"]').fill('8011 AB');
    await locatorPage.locator('ido-locator input[part="input"]').press('Enter');
    await locatorPage.locator('ido-locator [part~="item"]').first().waitFor();
    await locatorPage.waitForLoadState('networkidle');
    files['locator'] = locator.files();
    return {
      openingHours,
      locator: locatorReady,
      locatorAfterSearch: await locator.total(),
      files,
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(staticDir, { recursive: true, force: true });
  }
}
