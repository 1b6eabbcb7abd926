import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions, type IdoApp } from './app.js';
import type { ServerConfig } from './config.js';
import { scheduleNoteRetention } from './data/note-retention.js';
import { seedIfEmpty } from './data/sample.js';
import { refreshSampleOutreach } from './data/sample-outreach.js';
import { openDb, type Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { answerClientErrors } from './http/client-error.js';
import { createLogger, errorFields, type Logger } from './http/logger.js';

/** A started server. */
export interface RunningServer {
  /** `http://localhost:<port>` */
  url: string;
  port: number;
  db: Db;
  ido: IdoApp;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens (creating and migrating on first start) the database, imports the sample dataset into
 * a fresh one, and serves the API (and the demo and CDN folders when configured).
 */
export async function startServer(
  config: ServerConfig,
  options: { logger?: Logger; handleSignals?: boolean; app?: Partial<AppOptions> } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const db = await openDb(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl, limits: config.dbLimits }
      : { dataDir: config.dataDir },
  );
  if (db.createdFrom === 'template')
    logger.info('created the database from the packed empty PGlite cluster', {
      dataDir: config.dataDir,
    });
  try {
    const applied = await migrate(db);
    if (applied.length) logger.info('migrated', { applied: applied.join(',') });
    if (config.seed && (await seedIfEmpty(db))) logger.info('imported the sample dataset');
    // The sample's outreach sessions move with the calendar, so a demo always has some to show.
    if (config.seed && (await refreshSampleOutreach(db, new Date())))
      logger.info('dated the sample outreach sessions from today');
  } catch (error) {
    await db.close();
    throw error;
  }
  // Notes are cleared after the retention period: now, before the first request, and every hour.
  const retention = scheduleNoteRetention(db, {
    days: config.noteRetentionDays,
    onCleared: (count) => {
      if (count) logger.info('cleared old notes', { count, days: config.noteRetentionDays });
    },
    onError: (error) => logger.warn('clearing old notes failed', errorFields(error)),
  });
  await retention.first;
  const ido = createApp({
    db,
    logger,
    allowedOrigins: config.allowedOrigins,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
    ...(config.pdokUrl ? { pdokUrl: config.pdokUrl } : {}),
    ...(config.staticDir ? { staticDir: config.staticDir } : {}),
    ...(config.cdnDir ? { cdnDir: config.cdnDir } : {}),
    ...options.app,
  });
  // The dataset in memory before the first request: no resident's search waits for it.
  await ido.catalog.current().catch((error: unknown) => {
    logger.warn('dataset not loaded at start', { error: String(error) });
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: ido.app.fetch,
        port: config.port,
        ...(config.host ? { hostname: config.host } : {}),
      },
      () => resolve(s),
    );
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    // A port in use: release the database (PGlite holds its folder) before giving up.
    await retention.stop();
    await db.close();
    throw error;
  });
  answerClientErrors(server as HttpServer);
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      ido.setReady(false);
      const timer = setTimeout(() => {
        logger.warn('shutdown timeout: closing open connections');
        (server as HttpServer).closeAllConnections?.();
      }, config.shutdownTimeoutMs);
      timer.unref();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as HttpServer).closeIdleConnections?.();
      });
      clearTimeout(timer);
      await retention.stop();
      await db.close();
      logger.info('stopped');
    })());

  if (options.handleSignals) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info('shutting down', { signal });
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('shutdown failed', errorFields(error));
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { url: `http://localhost:${port}`, port, db, ido, close };
}
