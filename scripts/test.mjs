#!/usr/bin/env node
// `pnpm test`: everything that proves IDO Kit works, in one run, ending with the plain line
// "N passed, N failed, N skipped" and a non-zero exit on any failure.
//
// Each step streams its own output. Test counts come from the runners' summaries (Node's test
// runner, @web/test-runner via scripts/wtr-plain-reporter.mjs); a step without tests of its own
// (typecheck, lint, build) adds one failure when it fails and nothing when it passes.
import { spawn } from 'node:child_process';

const postgresUrl = process.env.IDOKIT_TEST_DATABASE_URL;
// `pnpm test server sdk` runs only the steps whose names start with one of the words (`hours`
// selects the SDK's hours suite in the other time zones; `sdk` alone does not, so CI's other
// Node.js versions run each SDK test once).
const only = process.argv.slice(2);

/** @type {{ name: string, cmd: string, args: string[], env?: Record<string,string>, tests: boolean }[]} */
const steps = [
  { name: 'typecheck', cmd: 'pnpm', args: ['typecheck'], tests: false },
  { name: 'lint', cmd: 'pnpm', args: ['lint'], tests: false },
  {
    // As `pnpm start` builds: only when a build input changed since the last successful build
    // (scripts/build.mjs keeps a fingerprint of the sources; a missing output also builds), so
    // `pnpm test` after `pnpm start` (the README's order, and CI's) or a second `pnpm test`
    // reuses the build. On a fresh checkout it is the full build (tsc -b, every bundle).
    name: 'build',
    cmd: 'node',
    args: ['scripts/build.mjs', '--if-changed'],
    tests: false,
  },
  { name: 'storybook build', cmd: 'pnpm', args: ['build-storybook', '--quiet'], tests: false },
  {
    name: 'sdk (TZ=UTC)',
    cmd: 'pnpm',
    args: ['--filter', '@idokit/sdk', 'test'],
    env: { TZ: 'UTC' },
    tests: true,
  },
  // The SDK's hours suite again in two other time zones (the full SDK suite runs once, above).
  ...['America/New_York', 'Asia/Tokyo'].map((tz) => ({
    name: `hours (sdk, TZ=${tz})`,
    cmd: 'pnpm',
    args: ['--filter', '@idokit/sdk', 'test:hours'],
    env: { TZ: tz },
    tests: true,
  })),
  {
    name: 'server (PGlite)',
    cmd: 'pnpm',
    args: ['--filter', '@idokit/server', 'test'],
    tests: true,
  },
  ...(postgresUrl
    ? [
        {
          name: 'server (PostgreSQL)',
          cmd: 'pnpm',
          args: ['--filter', '@idokit/server', 'test'],
          env: { DATABASE_URL: postgresUrl },
          tests: true,
        },
      ]
    : []),
  {
    // SIGKILL mid-burst (PGlite, PostgreSQL), PostgreSQL stopped and frozen, two replicas on one
    // database, a PGlite data folder on a small tmpfs filled up for real (unshare + mount).
    // Starts its own throwaway PostgreSQL cluster (it stops it); fails without one.
    // Its own step word (`pnpm test faults`): `pnpm test server` runs where no PostgreSQL is installed.
    name: 'faults (server, own PostgreSQL)',
    cmd: 'pnpm',
    args: ['--filter', '@idokit/server', 'test:faults'],
    tests: true,
  },
  {
    name: 'widgets (Chromium)',
    cmd: 'pnpm',
    args: ['--filter', '@idokit/widgets', 'test'],
    tests: true,
  },
  {
    // A real WordPress (Debian's) with the packaged plugin, pages rendered in Chromium.
    name: 'wordpress (plugin)',
    cmd: 'pnpm',
    args: ['--filter', '@idokit/wordpress', 'test'],
    tests: true,
  },
  {
    name: 'hosts (React, Vue, SSR)',
    cmd: 'pnpm',
    args: ['--filter', '@idokit/hosts', 'test'],
    tests: true,
  },
  {
    name: 'end-to-end (Chromium)',
    cmd: 'pnpm',
    args: ['--filter', '@idokit/e2e', 'test'],
    tests: true,
  },
  {
    // Every html example of docs/embedding.md, as written and as CMSs change it.
    name: 'docs examples (Chromium)',
    cmd: 'node',
    args: ['scripts/node-test.mjs', 'test/docs'],
    tests: true,
  },
  {
    // Every story of storybook-static (built by the step above).
    name: 'stories (Chromium)',
    cmd: 'node',
    args: ['scripts/node-test.mjs', 'test/storybook'],
    tests: true,
  },
  {
    name: 'packed packages (npm consumer)',
    cmd: 'node',
    args: ['scripts/node-test.mjs', 'test/packed'],
    tests: true,
  },
];

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, {
      env: { ...process.env, FORCE_COLOR: '0', ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const tee = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function counts(output) {
  const last = (re) => {
    const all = [...output.matchAll(re)];
    return all.length ? all.map((m) => Number(m[1])).reduce((a, b) => a + b, 0) : 0;
  };
  // Node's test runner (spec: "ℹ pass 3", tap: "# pass 3"), and our wtr reporter's plain line.
  const wtr = [...output.matchAll(/browser tests: (\d+) passed, (\d+) failed, (\d+) skipped/g)];
  return {
    passed: last(/^[ℹ#] pass (\d+)$/gm) + wtr.reduce((a, m) => a + Number(m[1]), 0),
    failed: last(/^[ℹ#] fail (\d+)$/gm) + wtr.reduce((a, m) => a + Number(m[2]), 0),
    skipped: last(/^[ℹ#] (?:skipped|todo) (\d+)$/gm) + wtr.reduce((a, m) => a + Number(m[3]), 0),
  };
}

/**
 * The failed tests an output names: our wtr reporter's "browser test failed:" lines, and Node's
 * test runner's failed leaves (TAP "not ok N - name" that is not a suite, which says
 * "subtestsFailed"; spec "✖ name").
 */
function failedNames(output) {
  const names = [...output.matchAll(/^browser test failed: (.*)$/gm)].map((m) => m[1]);
  const lines = output.split('\n');
  lines.forEach((line, i) => {
    const tap = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (tap) {
      const end = lines.findIndex((l, j) => j > i && l.trim() === '...');
      const detail = lines.slice(i + 1, end === -1 ? i + 30 : end).join('\n');
      if (!/failureType: 'subtestsFailed'/.test(detail)) {
        // The error's first lines: `error: 'text'`, or a block `error: |-` and its indented lines.
        const block = /^([ \t]*)error: (?:\|-\n((?:\1[ \t]+.*\n|[ \t]*\n)*)|'(.*)')/m.exec(detail);
        const text = (block?.[2] ?? block?.[3] ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const why = text.slice(0, 3).join(' ').slice(0, 200);
        names.push(`${tap[2]}${why ? `: ${why}` : ''}`);
      }
    }
    const spec = /^\s*✖ (.*?) \([\d.]+m?s\)$/.exec(line);
    if (spec && !/^\s*✖ failing tests:/.test(line)) names.push(spec[1]);
  });
  return [...new Set(names)];
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const report = [];
for (const step of steps) {
  if (only.length && !only.some((word) => step.name.startsWith(word))) continue;
  console.log(`\n━━━ ${step.name} ━━━`);
  const started = Date.now();
  const { code, output } = await run(step);
  const c = step.tests ? counts(output) : { passed: 0, failed: 0, skipped: 0 };
  if (code !== 0 && c.failed === 0) c.failed = 1; // a crash, a load error, or a failed check
  if (step.tests && code === 0 && c.passed === 0) c.failed += 1; // a test step that ran no test
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  if (code !== 0) failures.push(...failedNames(output).map((name) => `${step.name}: ${name}`));
  const secs = (Date.now() - started) / 1000;
  report.push({
    status: code === 0 ? 'ok' : 'FAIL',
    name: step.name,
    result: step.tests ? `${c.passed} passed, ${c.failed} failed` : code === 0 ? 'clean' : 'failed',
    secs,
  });
}
// Each step with its wall time, slowest spots easy to find; the plain count line stays last.
const total = report.reduce((sum, r) => sum + r.secs, 0);
const width = Math.max(26, ...report.map((r) => r.name.length));
const row = (status, name, result, secs) =>
  `${status.padEnd(4)} ${name.padEnd(width)} ${result.padEnd(24)} ${secs.padStart(7)}`;
console.log(
  [
    '\n━━━ summary ━━━',
    row('', 'step', 'result', 'seconds'),
    ...report.map((r) => row(r.status, r.name, r.result, r.secs.toFixed(1))),
    row('', 'total', '', total.toFixed(1)),
    '',
  ].join('\n'),
);
// Which tests failed, just above the closing line (CI keeps only the end of a long output).
if (failures.length)
  console.log(['failed tests:', ...failures.map((f) => `  ✗ ${f}`), ''].join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
