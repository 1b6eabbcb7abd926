// The desk benchmark: drives the real <ido-question-form> in Chromium with the keyboard only,
// against the real API server (Hono on PGlite in memory), and prints keystrokes and
// milliseconds per registration for the most common visit shapes. Budgets: ≤ 12 keystrokes for a
// typical one-question visit, ≤ 3 for "same as last", ≤ 15 for a warm referral to a named
// partner and for "not helped" with a reason. A chord such as Shift+Tab counts as one keystroke.
//
//   pnpm --filter @idokit/widgets bench
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { createEnrolmentCode } from '@idokit/server';
import { startTestServer } from '@idokit/server/testing';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

interface EsbuildLike {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}
const require = createRequire(import.meta.url);
// esbuild comes with tsx; take the workspace's copy rather than adding a dependency.
const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as EsbuildLike;

type Step = { type: string } | { press: string };
interface Shape {
  name: string;
  budget: number;
  keys: Step[];
  /** What the server must have stored for the first question, so a fast wrong answer fails. */
  expect: Partial<StoredQuestion>;
}

interface StoredQuestion {
  channel: string;
  question_type: string;
  themes: string[];
  organisations: string[];
  help: string;
  referral_warm: boolean | null;
  has_partner: boolean;
}

const type = (text: string): Step => ({ type: text });
const press = (key: string): Step => ({ press: key });
const enter = press('Enter');
const tab = press('Tab');

const SHAPES: Shape[] = [
  {
    name: 'toeslagen / Dienst Toeslagen / informed / desk',
    expect: {
      question_type: 'government',
      themes: ['toeslagen'],
      organisations: ['dienst-toeslagen'],
      help: 'informed',
    },
    budget: 12,
    keys: [type('toe'), enter, tab, type('dien'), enter, enter],
  },
  {
    name: 'same as last',
    expect: { themes: ['toeslagen'], organisations: ['dienst-toeslagen'], help: 'informed' },
    budget: 3,
    keys: [press('Shift+Tab'), enter, enter],
  },
  {
    name: 'DigiD / Logius / searched together',
    expect: {
      themes: ['digid-mijnoverheid'],
      organisations: ['logius'],
      help: 'searched-together',
    },
    budget: 12,
    keys: [type('dig'), enter, tab, type('log'), enter, tab, press('ArrowRight'), enter],
  },
  {
    name: 'library question (no topic) / informed',
    expect: { question_type: 'library', themes: [], help: 'informed' },
    budget: 12,
    keys: [tab, tab, tab, press('ArrowRight'), enter],
  },
  {
    name: 'schulden / referred warm to a local partner',
    expect: {
      themes: ['boetes-schulden'],
      help: 'referred',
      referral_warm: true,
      has_partner: true,
    },
    budget: 15,
    keys: [
      type('schu'),
      enter,
      tab,
      tab,
      press('ArrowRight'),
      press('ArrowRight'),
      press('ArrowRight'),
      tab,
      press('ArrowDown'),
      tab,
      press('Space'),
      enter,
    ],
  },
  {
    name: 'toeslagen / not helped, with a reason (Enter on the list)',
    expect: { themes: ['toeslagen'], help: 'not-helped' },
    budget: 15,
    keys: [
      type('toe'),
      enter,
      tab,
      tab,
      press('ArrowRight'),
      press('ArrowRight'),
      press('ArrowRight'),
      press('ArrowRight'),
      tab,
      press('ArrowDown'),
      enter,
    ],
  },
  {
    name: 'phone call (channel chosen for this visit; Enter on the choice)',
    budget: 12,
    expect: { themes: ['toeslagen'], help: 'informed', channel: 'phone' },
    keys: [type('toe'), enter, tab, tab, tab, tab, tab, tab, press('ArrowRight'), enter],
  },
];
const ROUNDS = 5;

const keystrokes = (steps: Step[]) =>
  steps.reduce((n, s) => n + ('type' in s ? s.type.length : 1), 0);

async function run(page: Page, steps: Step[]): Promise<void> {
  for (const step of steps) {
    if ('type' in step) await page.keyboard.type(step.type);
    else await page.keyboard.press(step.press);
  }
}

/** Waits for the next confirmation (a new status node) with focus back at the start. */
async function confirmed(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (seq) => {
      const el = document.querySelector('ido-question-form') as
        (HTMLElement & { messageSeq?: number }) | null;
      const root = el?.shadowRoot;
      const message = root?.querySelector('[part~="status"]')?.textContent ?? '';
      return (
        (el?.messageSeq ?? 0) > seq &&
        /Geregistreerd|Bewaard/.test(message) &&
        root?.activeElement?.id === 'q0-themes'
      );
    },
    before,
    { timeout: 10_000 },
  );
}

const seq = (page: Page) =>
  page.evaluate(
    () =>
      (document.querySelector('ido-question-form') as unknown as { messageSeq?: number })
        .messageSeq ?? 0,
  );

const server = await startTestServer({ allowedOrigins: ['*'] });
const storedCount = async () =>
  (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM registrations')).rows[0]!.n;
const dir = mkdtempSync(join(tmpdir(), 'idokit-bench-'));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const bundle = await esbuild.build({
    entryPoints: [
      fileURLToPath(new URL('../src/components/ido-question-form/define.ts', import.meta.url)),
    ],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['@idokit/source', 'browser', 'production'],
    tsconfig: fileURLToPath(new URL('../tsconfig.wtr.json', import.meta.url)),
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'form.js'), bundle.outputFiles[0]!.text);
  const app = await server.startApp({ allowedOrigins: ['*'], staticDir: dir });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title>
     <script type="module" src="/form.js"></script>
     <ido-question-form api="${app.baseUrl}"></ido-question-form>`,
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.baseUrl}/index.html`);
  const { code } = await createEnrolmentCode(server.db, 'ido-zwolle-centrum', {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const codeField = page.locator('ido-question-form #enrol-code');
  await codeField.focus();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () =>
      document.querySelector('ido-question-form')?.shadowRoot?.activeElement?.id === 'q0-themes',
  );

  const rows: string[][] = [];
  let overBudget = false;
  let registered = await storedCount();
  for (const shape of SHAPES) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (shape.name === 'same as last' && round === 0) {
        const before = await seq(page);
        await run(page, SHAPES[0]!.keys);
        await confirmed(page, before);
        registered += 1;
      }
      const before = await seq(page);
      const started = performance.now();
      await run(page, shape.keys);
      await confirmed(page, before);
      times.push(performance.now() - started);
      registered += 1;
      // Confirmed once on the device; the server has it (and every one before it) a moment later.
      for (let i = 0; i < 200 && (await storedCount()) < registered; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const { rows } = await server.db.query<StoredQuestion>(
        `SELECT r.channel, q.question_type, q.themes, q.organisations, q.help, q.referral_warm,
                q.referral_partner_id IS NOT NULL AS has_partner
         FROM registrations r JOIN registration_questions q ON q.registration_id = r.id
         WHERE q.position = 0 ORDER BY r.received_at DESC LIMIT 1`,
      );
      for (const [key, value] of Object.entries(shape.expect)) {
        const got = rows[0]?.[key as keyof StoredQuestion];
        if (JSON.stringify(got) !== JSON.stringify(value))
          throw new Error(
            `${shape.name}: stored ${key} ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`,
          );
      }
    }
    times.sort((a, b) => a - b);
    const keys = keystrokes(shape.keys);
    if (keys > shape.budget) overBudget = true;
    rows.push([
      shape.name,
      String(keys),
      `≤ ${shape.budget}`,
      times[times.length >> 1]!.toFixed(0),
      times[times.length - 1]!.toFixed(0),
    ]);
  }
  const stored = await server.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM registrations',
  );
  const head = ['visit shape', 'keystrokes', 'budget', 'median ms', 'max ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n<ido-question-form>: keyboard only, Chromium, real server; ${ROUNDS} rounds each`);
  console.log(line(head));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
  console.log(`(${stored.rows[0]!.n} registrations stored by the server)`);
  if (overBudget) {
    console.error('A visit shape is over its keystroke budget.');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
