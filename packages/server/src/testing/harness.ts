import { randomBytes } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { fixtureFeed } from '@idokit/sdk/testing';
import { createApp, type AppOptions, type IdoApp } from '../app.js';
import { importFeed } from '../data/dataset.js';
import { openDb, type Db } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { answerClientErrors } from '../http/client-error.js';
import { createLogger } from '../http/logger.js';
import { startPdokStub, type PdokStub } from './pdok-stub.js';
import { TEST_DATABASE_LIMITS } from './server-process.js';

/**
 * One database per test file: PGlite in memory, or, when `DATABASE_URL` is set, a fresh schema
 * in that PostgreSQL database (dropped again by `close`), so runs never see each other's rows.
 */
export async function openTestDb(): Promise<Db & { dropAndClose(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDb();
    return Object.assign(db, { dropAndClose: () => db.close() });
  }
  const schema = `idokit_test_${randomBytes(6).toString('hex')}`;
  const db = await openDb({ databaseUrl: url, schema, limits: TEST_DATABASE_LIMITS });
  return Object.assign(db, {
    async dropAndClose() {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  });
}

/** A running server over a test database, with its log lines and a PDOK stub. */
export interface TestServer {
  baseUrl: string;
  db: Db;
  ido: IdoApp;
  pdok: PdokStub;
  logs: string[];
  /** Starts another app over the same database (other limits, clock or origins). */
  startApp(
    options?: Partial<AppOptions>,
  ): Promise<{ baseUrl: string; logs: string[]; ido: IdoApp; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** Migrates a test database, imports the SDK's fixture feed and serves the app on 127.0.0.1. */
export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const db = await openTestDb();
  await migrate(db);
  await importFeed(db, fixtureFeed);
  const pdok = await startPdokStub();
  const apps: (() => Promise<void>)[] = [];

  const startApp = async (extra: Partial<AppOptions> = {}) => {
    const logs: string[] = [];
    const ido = createApp({
      db,
      pdokUrl: pdok.url,
      // Tests enrol many devices from one address; the limits themselves are tested on their own.
      rateLimits: {
        enrolment: { capacity: 1000, perMs: 60_000 },
        registration: { capacity: 1000, perMs: 60_000 },
      },
      logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
      ...options,
      ...extra,
    });
    const server = serve({ fetch: ido.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    answerClientErrors(server as HttpServer);
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const close = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as HttpServer).closeAllConnections?.();
      });
    apps.push(close);
    return { baseUrl, logs, ido, close };
  };

  const main = await startApp();
  return {
    baseUrl: main.baseUrl,
    db,
    ido: main.ido,
    pdok,
    logs: main.logs,
    startApp,
    async close() {
      await Promise.all(apps.map((close) => close()));
      await pdok.close();
      await db.dropAndClose();
    },
  };
}
