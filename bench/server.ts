/** Starts the real `idokit-server serve` (PGlite in a fresh folder) on a free port for a bench. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningServer {
  origin: string;
  pid: number;
  /** Milliseconds from spawn to the "running" line. */
  startMs: number;
  stop(): Promise<void>;
}

export async function startServer(
  options: { staticDir?: string; dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const ownData = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'idokit-bench-'));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--conditions=@idokit/source',
      '--import',
      'tsx',
      join(root, 'packages/server/src/cli/main.ts'),
      'serve',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        IDOKIT_HOST: '127.0.0.1',
        IDOKIT_DATA_DIR: dataDir,
        IDOKIT_PDOK_URL: 'http://127.0.0.1:9/',
        IDOKIT_LOG_LEVEL: 'warn',
        ...(options.staticDir ? { IDOKIT_STATIC_DIR: options.staticDir } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output.join('')}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      output.push(String(chunk));
      if (/running: http/.test(output.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${output.join('')}`)));
  });
  const startMs = performance.now() - started;
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    startMs,
    async stop() {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      if (ownData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
