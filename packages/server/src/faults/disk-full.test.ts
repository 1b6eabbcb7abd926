import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createEnrolmentCode } from '../auth/devices.js';
import { seedIfEmpty } from '../data/sample.js';
import { openDb } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { STORAGE_RETRY_AFTER_SECONDS } from '../http/db-errors.js';
import {
  enrol,
  LOCATION,
  post,
  registration,
  spawnServer,
  type ServerProcess,
} from '../testing/server-process.js';

/**
 * The published `idokit-server serve` on a data folder that really runs full: a small tmpfs,
 * mounted in a mount namespace of the server's own (`unshare --mount`, with `--map-root-user`
 * when not root), so nothing is patched and nothing outside the test sees the mount. The test
 * fills what the server leaves free through `/proc/<pid>/root`, the namespace's view of the
 * files. Staff writes then get 503 with Retry-After (never a 500 or a dropped connection),
 * `/readyz` 503; once the filler is gone, `/readyz` is 200 again without a restart, the refused
 * registrations are stored when sent again (as the outbox does), and every registration that
 * was acknowledged is in the folder afterwards, once.
 */

/** Room on the tmpfs beyond the prepared folder, for what the server writes as it starts. */
const HEADROOM_BYTES = 4 * 1024 * 1024;

/** `unshare`'s options for a private mount namespace this process may mount in. */
const UNSHARE = process.getuid?.() === 0 ? ['--mount'] : ['--mount', '--map-root-user'];

/**
 * Mounts a tmpfs of `size` bytes at `mnt` in a new mount namespace, copies the prepared data
 * folder `src` onto it and runs the server there (`$5…`, IDOKIT_DATA_DIR = `mnt/data`). When
 * the server has stopped, copies the folder out to `out`, before the namespace and its tmpfs
 * are gone. SIGTERM to the shell is passed on to the server.
 */
const WRAPPER = `
mount -t tmpfs -o size="$1" idokit-disk-full "$3" ||
  { echo "cannot mount a tmpfs at $3 in a private mount namespace" >&2; exit 97; }
cp -a "$2" "$3/data" || { echo "cannot copy the data folder onto the tmpfs" >&2; exit 98; }
mnt=$3 out=$4
shift 4
"$@" & pid=$!
trap 'kill -TERM $pid' TERM INT
status=0
while kill -0 $pid 2>/dev/null; do wait $pid; status=$?; done
cp -a "$mnt/data" "$out" || { echo "cannot copy the data folder out" >&2; exit 99; }
exit $status
`;

let dir: string;
let server: ServerProcess | undefined;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'idokit-disk-full-'));
});
after(async () => {
  // On a failure, the shell and the server both: the namespace and its tmpfs end with them.
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    try {
      process.kill(-server.child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    await server.exited;
  }
  await rm(dir, { recursive: true, force: true });
});

/**
 * Tries the mechanism on its own: where it is missing, the test fails (never skips) and says
 * what is needed.
 */
async function assertTmpfsMountable(): Promise<void> {
  const probe = join(dir, 'probe');
  await mkdir(probe);
  const tried = spawnSync(
    'unshare',
    [...UNSHARE, 'sh', '-c', 'mount -t tmpfs -o size=1m idokit-probe "$1"', 'sh', probe],
    { encoding: 'utf8' },
  );
  if (tried.error || tried.status !== 0)
    assert.fail(
      `This test needs a tmpfs in a private mount namespace: \`unshare ${UNSHARE.join(' ')}\` ` +
        '(util-linux; user namespaces allowed, or root with CAP_SYS_ADMIN) and ' +
        '`mount -t tmpfs` inside it. Here it failed: ' +
        (tried.error?.message ?? `exit ${tried.status}: ${tried.stderr.trim()}`),
    );
}

/** Bytes a folder takes on disk (allocated blocks, as on the tmpfs). */
function diskUsage(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.blocks * 512;
  return readdirSync(path).reduce(
    (sum, name) => sum + diskUsage(join(path, name)),
    stat.blocks * 512,
  );
}

/** Writes zeros to `path` until the file system has no room left; the bytes written. */
function fillUp(path: string): number {
  const fd = openSync(path, 'w');
  const zeros = Buffer.alloc(1024 * 1024);
  let written = 0;
  try {
    for (let size = zeros.length; size >= 4096;) {
      try {
        written += writeSync(fd, zeros, 0, size);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
        size /= 2;
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a data folder that runs full (PGlite on a small tmpfs)', () => {
  test(
    '503 with Retry-After and /readyz 503; recovery without a restart; nothing acknowledged lost',
    { timeout: 120_000 },
    async (t) => {
      await assertTmpfsMountable();
      const started = Date.now();
      // The folder as `serve` leaves it (migrated, sample data imported), and an enrolment code.
      const prepared = join(dir, 'prepared');
      const db = await openDb({ dataDir: prepared });
      let code: string;
      try {
        await migrate(db);
        await seedIfEmpty(db);
        ({ code } = await createEnrolmentCode(db, LOCATION, { at: new Date(), ttlMs: 3_600_000 }));
      } finally {
        await db.close();
      }
      const preparedAt = Date.now();
      const used = diskUsage(prepared);
      const size = used + HEADROOM_BYTES;
      const mnt = join(dir, 'mnt');
      const out = join(dir, 'after');
      await mkdir(mnt);

      server = await spawnServer(
        {
          IDOKIT_DATA_DIR: join(mnt, 'data'),
          DATABASE_URL: '',
          IDOKIT_RATE_REGISTRATION: 'off',
          IDOKIT_SEED: 'false',
        },
        {
          detached: true,
          wrap: (argv) => [
            'unshare',
            ...UNSHARE,
            'sh',
            '-c',
            WRAPPER,
            'sh',
            String(size),
            prepared,
            mnt,
            out,
            ...argv,
          ],
        },
      );
      const { url, child } = server;
      // `unshare` without --fork runs the shell in its own process: its pid, its namespace.
      const filler = `/proc/${child.pid}/root${mnt}/filler`;
      const upAt = Date.now();
      const token = await enrol(url, code);

      const acknowledged = new Set<string>();
      const refused: ReturnType<typeof registration>[] = [];
      /** Posts `body`: its answer, read to the end; acknowledged ones are remembered. */
      const send = async (body: ReturnType<typeof registration>) => {
        const res = await post(url, token, body);
        assert.ok(res, `the connection was dropped for ${body.id}`);
        if (res.status === 201 || res.status === 200) acknowledged.add(body.id);
        return { status: res.status, headers: res.headers, text: await res.text() };
      };

      // Room to spare: stored.
      for (let i = 0; i < 10; i++) {
        const res = await send(registration());
        assert.equal(res.status, 201, res.text);
      }

      // No room left: the server's writes run into a full file system within a few pages.
      const fillingAt = Date.now();
      const filled = fillUp(filler);
      let full: Awaited<ReturnType<typeof send>> | undefined;
      let storedOnFull = 0;
      for (let i = 0; i < 500 && !full; i++) {
        const body = registration();
        const res = await send(body);
        if (res.status === 503) {
          refused.push(body);
          full = res;
        } else {
          assert.equal(res.status, 201, `${body.id}: ${res.text}`);
          storedOnFull++;
        }
      }
      assert.ok(full, `still storing after 500 registrations on a full disk (${filled} B filler)`);
      const fullAt = Date.now();
      assert.equal(full.headers.get('content-type'), 'application/problem+json');
      assert.equal(full.headers.get('retry-after'), String(STORAGE_RETRY_AFTER_SECONDS));
      const problem = JSON.parse(full.text) as { type: string; detail: string };
      assert.equal(problem.type, 'https://idokit.nl/problems/unavailable');
      assert.match(problem.detail, /Nothing was stored/);

      // While full: every write refused the same way, and the probe says so.
      for (let i = 0; i < 3; i++) {
        const body = registration();
        const res = await send(body);
        assert.equal(res.status, 503, `${body.id}: ${res.text}`);
        assert.equal(res.headers.get('retry-after'), String(STORAGE_RETRY_AFTER_SECONDS));
        refused.push(body);
      }
      const notReady = await fetch(`${url}/readyz`);
      assert.equal(notReady.status, 503);
      assert.deepEqual(await notReady.json(), { status: 'storage-unavailable' });

      // Room again: ready within a bounded time, the same process.
      unlinkSync(filler);
      const freed = Date.now();
      let ready = 0;
      while (Date.now() - freed < 15_000) {
        const res = await fetch(`${url}/readyz`);
        ready = res.status;
        await res.body?.cancel();
        if (ready === 200) break;
        await sleep(250);
      }
      assert.equal(ready, 200, '/readyz is 200 again within 15 s of the space coming back');
      const recoveredMs = Date.now() - freed;

      // The outbox sends the refused ones again: each stored now, once.
      for (const body of refused) {
        const res = await send(body);
        assert.equal(res.status, 201, `${body.id} sent again: ${res.text}`);
      }
      for (let i = 0; i < 5; i++) {
        const res = await send(registration());
        assert.equal(res.status, 201, res.text);
      }
      assert.equal(child.exitCode, null, 'the same server process throughout');
      // Refused as the database's own "disk full", nothing worse: no 500, no PANIC.
      const logged = server.logs.map((line) => JSON.parse(line.startsWith('{') ? line : '{}'));
      assert.ok(logged.some((l) => l.msg === 'storage failure' && l.code === '53100'));
      assert.deepEqual(
        logged.filter((l) => l.level === 'error'),
        [],
        'no error logged (an unhandled error, a stopped database)',
      );

      // Stopped; the folder as it was left, copied out of the namespace by the wrapper.
      child.kill('SIGTERM');
      await server.exited;
      assert.equal(child.exitCode, 0, 'the server stopped cleanly and its folder was copied out');
      const stored = await openDb({ dataDir: out });
      try {
        const { rows } = await stored.query<{ id: string; n: number }>(
          `SELECT id::text AS id, count(*)::int AS n FROM registrations GROUP BY id`,
        );
        const counts = new Map(rows.map((r) => [r.id, Number(r.n)]));
        const lost = [...acknowledged].filter((id) => !counts.has(id));
        assert.deepEqual(lost, [], 'every acknowledged registration is stored');
        for (const [id, n] of counts) assert.equal(n, 1, `${id} stored once`);
        assert.equal(counts.size, acknowledged.size, 'nothing stored that was not acknowledged');
      } finally {
        await stored.close();
      }
      const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
      t.diagnostic(
        `tmpfs ${mb(size)} (folder ${mb(used)}, filler ${mb(filled)}); prepared in ` +
          `${preparedAt - started} ms, server up in ${upAt - preparedAt} ms; ${storedOnFull} ` +
          `stored on the full disk before the first 503 (${fullAt - fillingAt} ms); ready again ` +
          `${recoveredMs} ms after freeing; ${acknowledged.size} stored in all; ` +
          `${Date.now() - started} ms in all`,
      );
    },
  );
});
