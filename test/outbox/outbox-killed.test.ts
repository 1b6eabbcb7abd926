// Fault: a desk registers while offline, then the process that delivers its outbox is killed
// (SIGKILL) again and again while it delivers to the real API server (PGlite, or PostgreSQL when DATABASE_URL is set), and started
// again on the same outbox file. Every registration the outbox acknowledged is stored exactly
// once, and nothing is left behind or held.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { createIdoClient, type QuestionRegistrationInput } from '@idokit/sdk';
import { seededRandom } from '@idokit/sdk/testing';
import { createEnrolmentCode } from '@idokit/server';
import { startTestServer, type TestServer } from '@idokit/server/testing';

const LOCATION = 'ido-utrecht-centrum';
const REGISTRATIONS = 40;
const KILLS = 5;
const desk = fileURLToPath(new URL('./desk-process.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

let server: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'idokit-outbox-killed-'));

before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  lines: string[];
  /** Resolves with the exit signal or code once the process is gone. */
  exited: Promise<string>;
  kill(): void;
  /** Resolves once the process has written `count` more progress lines than when asked. */
  progress(count: number): Promise<void>;
}

/** Starts the desk process; it prints a line per enqueue and delivery. */
function startDesk(args: string[]): Run {
  const child = spawn(
    process.execPath,
    ['--conditions=@idokit/source', '--import', 'tsx', desk, ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const waiters: { at: number; resolve: () => void }[] = [];
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.filter((w) => lines.length >= w.at)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const w of waiters) w.resolve();
      resolve(signal ?? `exit ${code}${code ? `: ${stderr.join('')}` : ''}`);
    }),
  );
  return {
    lines,
    exited,
    kill: () => child.kill('SIGKILL'),
    progress: (count) =>
      new Promise((resolve) => waiters.push({ at: lines.length + count, resolve })),
  };
}

function registration(hour: number): QuestionRegistrationInput {
  return {
    id: randomUUID(),
    locationId: LOCATION,
    date: '2026-11-21',
    hour,
    channel: 'desk',
    durationMinutes: 10,
    questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
  };
}

test(
  'an outbox killed again and again while delivering stores every acknowledged registration exactly once',
  { timeout: 240_000 },
  async () => {
    const { code } = await createEnrolmentCode(server.db, LOCATION, {
      at: new Date(),
      ttlMs: 3_600_000,
    });
    const { token } = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
    const regs = Array.from({ length: REGISTRATIONS }, (_, i) => registration(8 + (i % 10)));
    const regsFile = join(dir, 'registrations.json');
    writeFileSync(regsFile, JSON.stringify(regs));
    const file = join(dir, 'outbox.json');
    const random = seededRandom(11);

    const acknowledged = new Set<string>();
    const delivered: string[] = [];
    const record = (run: Run) => {
      for (const line of run.lines) {
        const [what, id] = line.split(' ');
        if (what === 'queued' && id) acknowledged.add(id);
        if (what === 'delivered' && id) delivered.push(id);
        assert.notEqual(what, 'held', line);
      }
    };

    // The desk registers while offline (the API's port is closed): every registration waits.
    const offline = startDesk([file, 'http://127.0.0.1:9', token, regsFile]);
    assert.equal(await offline.exited, 'exit 0');
    record(offline);
    assert.equal(acknowledged.size, REGISTRATIONS);
    assert.ok(offline.lines.every((line) => line.endsWith(' pending')));

    // Back online, the process is killed a few deliveries in, again and again, at a moment when
    // the next registration is on its way to the server.
    let kills = 0;
    for (let i = 0; i < KILLS; i++) {
      const run = startDesk([file, server.baseUrl, token]);
      await run.progress(1 + Math.floor(random() * 5));
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 20)));
      run.kill();
      const how = await run.exited;
      record(run);
      if (how === 'SIGKILL') kills++;
      else assert.match(how, /^exit 0/, 'the desk process ended on its own');
      if (run.lines.includes('empty')) break;
    }
    assert.ok(kills >= 3, `only ${kills} runs were killed before the outbox was empty`);

    // The last run, left alone, empties the outbox.
    const last = startDesk([file, server.baseUrl, token]);
    assert.equal(await last.exited, 'exit 0');
    record(last);
    assert.ok(last.lines.includes('empty'));

    const { rows } = await server.db.query<{ id: string; n: number }>(
      'SELECT id::text AS id, count(*)::int AS n FROM registrations WHERE id = ANY($1::uuid[]) GROUP BY id',
      [regs.map((r) => r.id)],
    );
    const stored = new Map(rows.map((r) => [r.id, Number(r.n)]));
    for (const id of acknowledged) assert.equal(stored.get(id), 1, `acknowledged ${id}`);
    for (const [id, n] of stored) assert.equal(n, 1, `stored ${id}`);
    const left = JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] };
    assert.deepEqual(left.entries, []);
    assert.equal(stored.size, REGISTRATIONS);
    // A kill between the server's answer and the outbox forgetting the entry means it is sent
    // again and answered as a replay: reported at most once per kill more than stored.
    assert.ok(delivered.length >= REGISTRATIONS - kills, `${delivered.length} deliveries reported`);
  },
);
