// The demo server for browser tests outside test/demo: the real `idokit-server serve` on a fresh
// PGlite folder with the sample data, the built CDN bundle at /cdn/, and the local PDOK stub.
// Also the Chromium launch and a wait helper, so each test file stays about its own journey.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { PdokStub } from '../demo/pdok-stub.js';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** A free TCP port on 127.0.0.1 (for servers that cannot listen on port 0 themselves). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A running demo server; `close()` stops it and removes its data. */
export interface DemoServer {
  origin: string;
  /** The PDOK Locatieserver stub the server geocodes with (browsers with a `feed` may use it too). */
  pdokUrl: string;
  /** The one-time staff enrolment code the server printed, with `demoEnrolment`. */
  enrolmentCode?: string;
  close(): Promise<void>;
}

/** What a test may change about the demo server. */
export interface DemoServerOptions {
  /** A location id: the server prints a one-time enrolment code for it (`--demo-enrolment`). */
  demoEnrolment?: string;
  /** More environment for the server (e.g. `IDOKIT_ALLOWED_ORIGINS` for staff pages elsewhere). */
  env?: Record<string, string>;
}

/** Starts the demo server (API, demo pages, `/cdn/idokit.js`) on a free port. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const cdnFile = join(root, 'packages/widgets/cdn/idokit.js');
  assert.ok(
    existsSync(cdnFile),
    `${cdnFile} is missing: run \`pnpm build\` first (pnpm test does)`,
  );
  const pdok = new PdokStub();
  await pdok.listen();
  const dataDir = mkdtempSync(join(tmpdir(), 'idokit-demo-'));
  const port = await freePort();
  const output: string[] = [];
  // The built server when there is one (`pnpm build`, which the CDN bundle needs anyway): it
  // starts several times faster than compiling the sources with tsx on a busy machine.
  const built = join(root, 'packages/server/dist/cli/main.js');
  const serve = [
    'serve',
    ...(options.demoEnrolment ? ['--demo-enrolment', options.demoEnrolment] : []),
  ];
  const server: ChildProcess = spawn(
    process.execPath,
    existsSync(built)
      ? [built, ...serve]
      : [
          '--conditions=@idokit/source',
          '--import',
          'tsx',
          join(root, 'packages/server/src/cli/main.ts'),
          ...serve,
        ],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        IDOKIT_HOST: '127.0.0.1',
        IDOKIT_DATA_DIR: dataDir,
        IDOKIT_PDOK_URL: pdok.url,
        IDOKIT_STATIC_DIR: join(root, 'packages/demo/public'),
        IDOKIT_LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const close = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await pdok.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // The enrolment code comes on the line after "running".
  const ready = options.demoEnrolment ? /enrolment code: (\S+)/ : /running: http:\/\//;
  let enrolmentCode: string | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`demo server did not start:\n${output.join('')}`)),
        180_000,
      );
      const onData = (chunk: Buffer) => {
        output.push(String(chunk));
        const match = ready.exec(output.join(''));
        if (match) {
          if (options.demoEnrolment) enrolmentCode = match[1];
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`demo server exited ${code}:\n${output.join('')}`));
      });
    });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    pdokUrl: pdok.url,
    ...(enrolmentCode ? { enrolmentCode } : {}),
    close,
  };
}

/** Debian's Chromium, headless, with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Polls `check` until it is true, or fails naming `what`. */
export async function assertEventually(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

/**
 * Runs axe-core in `page` on every element matching `selector` (shadow roots included) with the
 * rules the widget tests use (WCAG 2.0–2.2 A/AA and best practices; `region` off, since the host
 * page's landmarks are not ours), and returns the violations as readable lines.
 */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated, not added as a <script>: a page's Content-Security-Policy would block that.
    await page.evaluate(
      readFileSync(join(root, 'packages/widgets/node_modules/axe-core/axe.min.js'), 'utf8'),
    );
  }
  return page.evaluate(async (selector) => {
    interface AxeResult {
      violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(el: Element, o: object): Promise<AxeResult> } })
      .axe;
    const lines: string[] = [];
    // Checking nothing must not pass as "no violations".
    if (!document.querySelector(selector)) lines.push(`nothing matches ${selector}`);
    for (const el of document.querySelectorAll(selector)) {
      const results = await axe.run(el, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
        rules: { region: { enabled: false } },
        resultTypes: ['violations'],
      });
      for (const v of results.violations)
        lines.push(
          `${el.tagName.toLowerCase()}: ${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes
            .map((n) => n.target.join(' '))
            .join('; ')}`,
        );
    }
    return lines;
  }, selector);
}
