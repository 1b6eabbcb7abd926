import { execFile } from 'node:child_process';
import { chownSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway PostgreSQL cluster on loopback that a test can stop, start, freeze and thaw. */
export interface PgCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  /** `pg_ctl stop -m immediate`: the server is gone, connections are refused. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** SIGSTOP to the postmaster and every backend: connections open, nothing answers. */
  freeze(): void;
  /** SIGCONT to the same processes. */
  thaw(): void;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

/** The newest Debian PostgreSQL server binaries, or undefined. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether this process runs as root (PostgreSQL refuses to run as root: use `postgres`). */
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
async function pgRun(bin: string, args: string[]): Promise<void> {
  if (asRoot) {
    const quoted = [bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    await run('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { timeout: 60_000 });
  } else await run(bin, args, { timeout: 60_000 });
}

/** The pids of a postmaster and its children (from /proc). */
function clusterPids(postmaster: number): number[] {
  const pids = [postmaster];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/**
 * Creates and starts a PostgreSQL cluster in a temporary folder from the machine's
 * `/usr/lib/postgresql/<version>/bin` (as the `postgres` user when running as root).
 * @throws Error saying what is missing when no PostgreSQL is installed: the fault suite needs it.
 */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      'The fault suite needs PostgreSQL server binaries in /usr/lib/postgresql/<version>/bin (Debian: apt-get install postgresql)',
    );
  const dir = await mkdtemp(join(tmpdir(), 'idokit-pgc-'));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  await pgRun(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
  const start = () =>
    pgRun(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${dir} -F -c max_connections=60`,
      '-l',
      join(dir, 'log'),
      '-w',
      'start',
    ]);
  const stop = () => pgRun(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  await start();
  let frozen: number[] = [];
  const postmaster = () =>
    Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    freeze() {
      frozen = clusterPids(postmaster());
      for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    },
    thaw() {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
      frozen = [];
    },
    async destroy() {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
      await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
