// Journey: IDO staff register questions while the desk is offline, the page is reloaded, the
// network comes back, and every registration reaches the server exactly once — also with two
// tabs open. Real Chromium, real IndexedDB, real fetch, a fake API on 127.0.0.1.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { QuestionRegistrationInput } from '@idokit/sdk';
import type { Harness } from './harness.js';

declare global {
  interface Window {
    harness: Harness;
  }
}

interface EsbuildLike {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}

// esbuild comes with tsx; take the workspace's copy rather than adding a dependency.
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as EsbuildLike;

/** The fake API: records the status it answered for every request, per registration id. */
class FakeApi {
  readonly answers = new Map<string, number[]>();
  readonly #stored = new Set<string>();
  /** Ids whose first request is answered 503 (no Retry-After), so the outbox must retry. */
  readonly failFirst = new Set<string>();
  /** Answer this much later, so two tabs sending at once would overlap. */
  delayMs = 0;
  #server: Server | undefined;
  origin = '';

  constructor(readonly bundle: string) {}

  async listen(): Promise<void> {
    this.#server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (req.method === 'GET' && path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<!doctype html><html lang="nl"><title>Balie</title><script type="module" src="/outbox.js"></script></html>',
        );
      } else if (req.method === 'GET' && path === '/outbox.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(this.bundle);
      } else if (req.method === 'POST' && path === '/v1/registrations') {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk));
        req.on('end', () => {
          const { id } = JSON.parse(body) as { id: string };
          const status = this.failFirst.delete(id) ? 503 : this.#stored.has(id) ? 200 : 201;
          if (status === 201) this.#stored.add(id);
          this.answers.set(id, [...(this.answers.get(id) ?? []), status]);
          setTimeout(() => {
            res.writeHead(status, {
              'content-type': status === 503 ? 'application/problem+json' : 'application/json',
            });
            res.end(
              JSON.stringify(
                status === 503
                  ? { title: 'Service unavailable', status }
                  : { id, replayed: status === 200 },
              ),
            );
          }, this.delayMs);
        });
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}

let browser: Browser;
let bundle: string;

before(async () => {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./harness.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@idokit/source', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
});

after(async () => {
  await browser?.close();
});

/**
 * A browser context whose page shell (HTML and bundle) still loads offline, as an installed app's
 * would from its service worker cache; the API is not routed, so it is really unreachable.
 */
async function desk(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route(
    (url) => url.pathname === '/' || url.pathname === '/outbox.js',
    async (route) => route.fulfill({ response: await route.fetch() }),
  );
  return context;
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.harness !== undefined);
  return page;
}

function registration(hour: number): QuestionRegistrationInput {
  return {
    id: randomUUID(),
    locationId: 'ido-utrecht-centrum',
    date: '2026-11-21',
    hour,
    channel: 'desk',
    durationMinutes: 10,
    questions: [{ type: 'government', themes: ['toeslagen'], help: 'searched-together' }],
  };
}

const pending = (page: Page) => page.evaluate(() => window.harness.pending());

async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test(
  'registrations made offline survive a reload and each reaches the server exactly once',
  { timeout: 60_000 },
  async () => {
    const api = new FakeApi(bundle);
    await api.listen();
    const context = await desk();
    try {
      const url = `${api.origin}/?db=offline-reload&base=200&max=2000`;
      const page = await open(context, url);
      await context.setOffline(true);

      const regs = [9, 10, 11, 13, 14].map(registration);
      api.failFirst.add(regs[2]!.id);
      for (const reg of regs) {
        assert.equal(await page.evaluate((r) => window.harness.enqueue(r), reg), 'pending');
      }
      assert.equal(await pending(page), 5);

      await page.reload();
      await page.waitForFunction(() => window.harness !== undefined);
      assert.equal(await pending(page), 5);
      await until(
        'the restored count is announced',
        async () => (await page.evaluate(() => window.harness.changes[0]))?.join() === '5,0',
      );
      assert.equal(api.answers.size, 0, 'nothing reached the server while offline');

      await context.setOffline(false);
      await until('the outbox is empty', async () => (await pending(page)) === 0);

      assert.deepEqual(
        new Map(regs.map((reg) => [reg.id, api.answers.get(reg.id)])),
        new Map(regs.map((reg, i) => [reg.id, i === 2 ? [503, 201] : [201]])),
        'each id stored once, the 503 retried, no replays',
      );
      assert.deepEqual(await page.evaluate(() => window.harness.changes.at(-1)), [0, 0]);
    } finally {
      await context.close();
      await api.close();
    }
  },
);

test(
  'coming back online sends at once, without waiting out the backoff',
  { timeout: 60_000 },
  async () => {
    const api = new FakeApi(bundle);
    await api.listen();
    const context = await desk();
    try {
      // A first retry ten minutes away: only the online event can deliver within the test.
      const page = await open(
        context,
        `${api.origin}/?db=online-event&base=600000&max=600000&random=0.99`,
      );
      await context.setOffline(true);
      const reg = registration(15);
      assert.equal(await page.evaluate((r) => window.harness.enqueue(r), reg), 'pending');
      await context.setOffline(false);
      await until('the outbox is empty', async () => (await pending(page)) === 0, 5000);
      assert.deepEqual(api.answers.get(reg.id), [201]);
    } finally {
      await context.close();
      await api.close();
    }
  },
);

test(
  'two tabs open on one origin deliver each registration exactly once',
  { timeout: 60_000 },
  async () => {
    const api = new FakeApi(bundle);
    await api.listen();
    api.delayMs = 150;
    const context = await desk();
    try {
      const url = `${api.origin}/?db=two-tabs&base=200&max=1000`;
      const [a, b] = [await open(context, url), await open(context, url)];
      await context.setOffline(true);
      const regs = [9, 10, 11, 12, 13, 14].map(registration);
      for (const [i, reg] of regs.entries()) {
        await (i % 2 ? a : b).evaluate((r) => window.harness.enqueue(r), reg);
      }
      assert.equal(await pending(a), 6);
      assert.equal(await pending(b), 6);

      // Both tabs hear the online event and both flush; only one may send at a time.
      await context.setOffline(false);
      await until(
        'both tabs see an empty outbox',
        async () => (await pending(a)) === 0 && (await pending(b)) === 0,
      );
      await until(
        'both badges show 0',
        async () =>
          (await a.evaluate(() => window.harness.changes.at(-1)?.join())) === '0,0' &&
          (await b.evaluate(() => window.harness.changes.at(-1)?.join())) === '0,0',
      );
      for (const reg of regs) assert.deepEqual(api.answers.get(reg.id), [201], reg.id);
      assert.equal(api.answers.size, 6);
    } finally {
      await context.close();
      await api.close();
    }
  },
);
