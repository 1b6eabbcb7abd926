/**
 * @idokit/server — the reference IDO API server: Hono on Node, PGlite by default, PostgreSQL
 * with `DATABASE_URL`. This barrel is the package's public surface (for embedding and tests).
 */
export {
  createApp,
  DEFAULT_RATE_LIMITS,
  SERVER_VERSION,
  type AppOptions,
  type IdoApp,
} from './app.js';
export { resolveConfig, SETTINGS, type ServerConfig } from './config.js';
export { startServer, type RunningServer } from './serve.js';
export { openDb, type Db, type DbOptions, type Queryable } from './db/db.js';
export { migrate, pendingMigrations, loadMigrations, type Migration } from './db/migrate.js';
export {
  importFeed,
  upsertLocations,
  upsertPartners,
  loadSnapshot,
  Catalog,
  type Snapshot,
} from './data/dataset.js';
export { seedIfEmpty, loadSampleFeed, sampleFeedPath } from './data/sample.js';
export { storeRegistration, countRegistrations, canonicalJson } from './data/registrations.js';
export {
  createEnrolmentCode,
  createReportCode,
  createReportToken,
  type ReportScope,
  redeemEnrolmentCode,
  useDeviceToken,
  listDevices,
  revokeDevice,
  type Device,
} from './auth/devices.js';
export { countStatsUnits, scopeLocations, scopeStats, type StatsScope } from './stats/stats.js';
export { importFile, type ImportSummary } from './import/import-file.js';
export { ImportError, type ImportIssue } from './import/csv.js';
export { LOCATION_COLUMNS, PARTNER_COLUMNS, parseHoursCell } from './import/rows.js';
export { HttpProblem, PROBLEMS, PROBLEM_BASE, type ProblemSlug } from './http/problem.js';
export { createLogger, type Logger, type LogLevel } from './http/logger.js';
export { parseRate, type Rate } from './http/rate-limit.js';
export { buildOpenApiDocument } from './openapi/document.js';
export { runCli, type CliIo } from './cli/main.js';
