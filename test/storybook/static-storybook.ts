// The built Storybook (storybook-static/, from `pnpm build-storybook`) served on 127.0.0.1, and a
// browser context for it in which nothing leaves the machine: the map's PDOK tiles are an empty
// image, any other outside address is blocked.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { root } from '../support/demo-server.js';

/** The built Storybook. */
export const storybookDir = join(root, 'storybook-static');
/** Its index of stories and docs pages. */
export const indexFile = join(storybookDir, 'index.json');

/** One entry of `index.json`. */
export interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

/** The entries of the built Storybook; none when it is not built (the tests then say so). */
export function entries(): Entry[] {
  if (!existsSync(indexFile)) return [];
  return Object.values(
    (JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, Entry> }).entries,
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
/** A transparent 1×1 PNG: the map's PDOK tiles, which are outside this machine. */
const EMPTY_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Serves storybook-static/ on a free port of 127.0.0.1. */
export async function serveStorybook(): Promise<{ origin: string; close(): Promise<void> }> {
  assert.ok(
    existsSync(indexFile),
    `${indexFile} is missing: run \`pnpm build-storybook\` first (pnpm test does)`,
  );
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(storybookDir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(storybookDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A Dutch browser context in which only `origin` (and the empty tiles) can be reached. */
export async function storybookContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1024, height: 800 },
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (url.hostname === 'service.pdok.nl')
      return route.fulfill({ contentType: 'image/png', body: EMPTY_TILE });
    return route.abort('blockedbyclient');
  });
  return context;
}
