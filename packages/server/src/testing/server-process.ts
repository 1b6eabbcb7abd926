import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The published command, as a supervisor starts it. */
export const BIN = fileURLToPath(new URL('../../bin/idokit-server.js', import.meta.url));

export { LOCATION, sampleRegistration as registration } from './registration.js';

/** A valid registration for {@link LOCATION} with a fresh id. */

/** Exchanges an enrolment code for a device token. */
export async function enrol(baseUrl: string, code: string): Promise<string> {
  const res = await fetch(`${baseUrl}/v1/enrolments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (res.status !== 201) throw new Error(`enrolment answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** Posts a registration; the status, or 0 when the connection failed. */
export async function post(
  baseUrl: string,
  token: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<Response | undefined> {
  return fetch(`${baseUrl}/v1/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  }).catch(() => undefined);
}

/** A server started with the published bin: its process and its URL. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Its log: the lines it has written to stdout so far. */
  logs: string[];
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** How {@link spawnServer} starts the process. */
export interface SpawnOptions {
  /**
   * Runs the server through another command (a wrapper that sets up its surroundings first):
   * given the server's command line, the one to run instead.
   */
  wrap?: (argv: string[]) => string[];
  /** In a process group of its own, so that `process.kill(-pid)` reaches whatever it started. */
  detached?: boolean;
}

/**
 * PostgreSQL limits for tests: a loaded CI machine is not a hung database, so connecting and
 * statements get 30 s instead of production's 2 s and 5 s (`DEFAULT_POSTGRES_LIMITS`), which made
 * slow moments answer 503. The fault suites that test the limits set their own.
 */
export const TEST_DATABASE_LIMITS = { connectTimeoutMs: 30_000, statementTimeoutMs: 30_000 };

/** The same, for a server process. */
const TEST_DATABASE_LIMITS_ENV = {
  IDOKIT_DB_CONNECT_TIMEOUT_MS: String(TEST_DATABASE_LIMITS.connectTimeoutMs),
  IDOKIT_DB_STATEMENT_TIMEOUT_MS: String(TEST_DATABASE_LIMITS.statementTimeoutMs),
};

/** Starts `idokit-server serve` on a free port with `env`, and waits for its URL. */
export async function spawnServer(
  env: Record<string, string>,
  options: SpawnOptions = {},
): Promise<ServerProcess> {
  const argv = [process.execPath, BIN, 'serve'];
  const [command, ...args] = options.wrap ? options.wrap(argv) : argv;
  const child = spawn(command!, args, {
    detached: options.detached ?? false,
    env: {
      ...process.env,
      PORT: '0',
      IDOKIT_HOST: '127.0.0.1',
      IDOKIT_LOG_LEVEL: 'warn',
      IDOKIT_STATIC_DIR: 'none',
      IDOKIT_CDN_DIR: 'none',
      // A busy test machine is not a hung database: PostgreSQL's production limits (2 s to
      // connect, 5 s a statement) turned slow moments into 503s and unshared caches. The suites
      // that test those limits set their own.
      ...TEST_DATABASE_LIMITS_ENV,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const logs: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      logs.push(line);
      const match = /running: (http:\/\/\S+?)\/ /.exec(line);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${stderr}`)));
  });
  return { child, url, logs, exited };
}
