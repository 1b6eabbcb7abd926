// A @web/test-runner plugin that gives browser tests a real IDO Kit server (Hono on PGlite,
// @idokit/server's src/testing/browser-server.ts), started on first use and stopped with the runner.
// The browser reaches it through a TCP relay of its own test file that a test can cut ("offline":
// connections are refused and open ones dropped) and restore, as when a desk's Wi-Fi goes away,
// or slow down; the files that run beside it keep their network.
//
// Browser side: `executeServerCommand('ido-server', command?)` from @web/test-runner-commands;
// see src/testing/ido-server.ts for the typed helpers.
import { fork } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Found through the dependency on @idokit/server, not a path into a sibling folder. It runs from
// source (tsx), so it is not one of the package's exports.
const serverDir = dirname(createRequire(import.meta.url).resolve('@idokit/server/package.json'));
const script = join(serverDir, 'src/testing/browser-server.ts');

export function idoServerPlugin() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {Promise<URL> | undefined} */
  let started;
  let nextId = 0;
  const waiting = new Map();
  /**
   * One relay per test session (a test file's page): cutting the network or slowing it down in
   * one file never touches another file running beside it (the runner runs two at once).
   * @type {Map<string, Promise<{ url: string, net: { offline: boolean, latencyMs: number }, sockets: Set<import('node:net').Socket>, server: import('node:net').Server }>>}
   */
  const relays = new Map();

  function start() {
    started ??= new Promise((resolve, reject) => {
      child = fork(script, [], {
        cwd: root,
        execArgv: ['--conditions=@idokit/source', '--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      child.on('exit', (code) => reject(new Error(`the test server exited (${code})`)));
      child.on('message', (message) => {
        if (message.ready) return resolve(new URL(message.ready));
        const entry = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) entry?.reject(new Error(message.error));
        else entry?.resolve(message.result);
      });
    });
    return started;
  }

  /** The relay of one session, made on its first command. */
  function relayFor(sessionId, target) {
    let relay = relays.get(sessionId);
    if (relay) return relay;
    relay = new Promise((resolve) => {
      /** Whether the relay is cut, and what is added to every answer's way back (0: none). */
      const net = { offline: false, latencyMs: 0 };
      const sockets = new Set();
      const server = createServer((socket) => {
        if (net.offline) return socket.destroy();
        const upstream = connect(Number(target.port), target.hostname);
        sockets.add(socket).add(upstream);
        const drop = () => {
          socket.destroy();
          upstream.destroy();
          sockets.delete(socket);
          sockets.delete(upstream);
        };
        socket.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        socket.pipe(upstream);
        // Each chunk of an answer waits the same time: order is kept.
        upstream.on('data', (chunk) => {
          if (net.latencyMs === 0) socket.write(chunk);
          else setTimeout(() => socket.destroyed || socket.write(chunk), net.latencyMs);
        });
        upstream.on('end', () => setTimeout(() => socket.end(), net.latencyMs));
      });
      server.listen(0, '127.0.0.1', () =>
        resolve({ url: `http://127.0.0.1:${server.address().port}`, net, sockets, server }),
      );
    });
    relays.set(sessionId, relay);
    return relay;
  }

  return {
    name: 'ido-server',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ido-server') return undefined;
      // A cold PGlite can take longer than wtr waits for a command (20 s) on a busy machine:
      // answer at once while it starts; the browser side asks again.
      const starting = start();
      const target = await Promise.race([starting, new Promise((r) => setTimeout(r, 5000))]);
      if (!target) return { starting: true };
      const relay = await relayFor(session?.id ?? 'default', target);
      if (!payload) return { baseUrl: relay.url };
      if (payload.cmd === 'network') {
        if (payload.offline !== undefined) relay.net.offline = payload.offline;
        if (payload.latencyMs !== undefined) relay.net.latencyMs = payload.latencyMs;
        if (relay.net.offline) for (const socket of relay.sockets) socket.destroy();
        return { ...relay.net };
      }
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ id, command: payload });
      });
    },
    async serverStop() {
      for (const relay of relays.values()) {
        const { server, sockets } = await relay;
        server.close();
        for (const socket of sockets) socket.destroy();
      }
      if (child && child.connected) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.disconnect();
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
      child?.kill();
    },
  };
}
