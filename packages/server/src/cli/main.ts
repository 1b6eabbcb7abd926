#!/usr/bin/env node
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  FeedSchema,
  formatPath,
  PARSE_IN_ENGLISH,
  parseStatsPeriod,
  registrationStatsCsv,
  validateFeed,
  type Feed,
} from '@idokit/sdk';
import {
  createEnrolmentCode,
  createReportCode,
  createReportToken,
  listDevices,
  revokeDevice,
  type ReportScope,
} from '../auth/devices.js';
import { resolveConfig, SETTINGS, type ServerConfig, type SettingFlag } from '../config.js';
import { createCoordinatorCode } from '../auth/coordinator.js';
import { categoriesFromJson, importCategories, type CategoriesImport } from '../data/categories.js';
import { loadSnapshot, taxonomyAt } from '../data/dataset.js';
import { openDb, type Db } from '../db/db.js';
import { migrate, pendingMigrations } from '../db/migrate.js';
import { ImportError } from '../import/csv.js';
import { importFile } from '../import/import-file.js';
import { startServer } from '../serve.js';
import { scopeLocations, scopeStats, type StatsScope } from '../stats/stats.js';

const USAGE = `Usage: idokit-server <command> [options]

Commands:
  serve                               Serve the API (and the demo site), migrating and seeding first
  migrate                             Create or update the database schema
  import <feed.json|locations.csv|partners.csv>
                                      Import data; all or nothing, problems listed with row numbers.
                                      A feed replaces the outreach sessions only when it has an
                                      "outreach" list (without one, the stored sessions stay)
  export-feed <file|-> [--split]      Write the public dataset as one feed.json, with every stored
                                      outreach session; --split also writes locations/<id>.json
                                      beside it (point feed="…/" at the folder)
  validate-feed <file>                List every problem of a feed.json, each with its path
  categories import <categories.json> Import a categories version (all or nothing); prints the
                                      ids it adds, removes and renames
  categories export <file|->          Write the categories in force today as a categories file
  coordinator-code --organisation <name> [--label <text>] [--categories] [--ttl 7d]
                                      Make a one-time code to sign in to <ido-coordinator> for a
                                      library organisation; --categories lets that key import
                                      the national categories (they are the whole server's)
  enrol-code --location <id> [--ttl 24h]
                                      Make a one-time code to enrol a device for a location
  report-code (--organisation <name> | --municipality <name>) [--ttl 7d]
                                      Make a one-time code that enrols a browser as a read-only
                                      report token for a library organisation or municipality
  report-token (--organisation <name> | --municipality <name>) [--label <text>]
                                      Make a read-only report token now, to paste (shown once)
  devices list [--location <id>]      List enrolled devices and report tokens
  devices revoke <device-id>          Revoke a device's or report token's token
  stats (--location <id> | --organisation <name> | --municipality <name>)
        --period <2026-W47|2026-11|2026-Q4|2026> [--format table|csv|json]
                                      A fixed period's counts (small cells hidden as "<5" and "x";
                                      --month YYYY-MM still works); csv is the API's file
                                      (Dutch, ";", a byte-order mark: opens in Excel)

Options (each also an environment variable; see the README):
${SETTINGS.map((s) => `  --${s.flag.padEnd(20)} ${s.env.padEnd(28)} ${s.doc.replace(/`/g, '')}`).join('\n')}
  --help
`;

/** Where the CLI writes; tests capture it. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
  now?: () => Date;
}

class UsageError extends Error {}

/** How long the code printed by `serve --demo-enrolment` stays valid. */
const DEMO_CODE_TTL_MS = 24 * 3_600_000;

function parseTtl(text: string): number {
  const match = /^(\d+)\s*(m|min|h|d)$/.exec(text.trim());
  if (!match) throw new UsageError(`--ttl must look like 30m, 24h or 7d, not "${text}"`);
  const n = Number(match[1]);
  const unit = match[2] === 'd' ? 86_400_000 : match[2] === 'h' ? 3_600_000 : 60_000;
  if (n <= 0 || n * unit > 30 * 86_400_000)
    throw new UsageError('--ttl must be between 1 minute and 30 days');
  return n * unit;
}

async function withDb<T>(config: ServerConfig, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl, limits: config.dbLimits }
      : { dataDir: config.dataDir },
  );
  try {
    const pending = await pendingMigrations(db);
    if (pending.length) await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** The report scope named by `--organisation` or `--municipality` (exactly one). */
function reportScopeOf(values: { organisation?: string; municipality?: string }): ReportScope {
  const { organisation, municipality } = values;
  if ((organisation === undefined) === (municipality === undefined))
    throw new UsageError('Name one scope: --organisation "<library>" or --municipality "<name>"');
  return organisation !== undefined
    ? { kind: 'organisation', name: organisation.trim() }
    : { kind: 'municipality', name: municipality!.trim() };
}

/** Refuses a scope without any location, so a typo does not make a token that sees nothing. */
async function assertScopeHasLocations(db: Db, scope: StatsScope): Promise<void> {
  if ((await scopeLocations(db, scope)).length > 0) return;
  throw new UsageError(
    scope.kind === 'location'
      ? `No location has the id "${scope.locationId}"`
      : `No location belongs to the ${scope.kind} "${scope.name}"`,
  );
}

/** What `categories import` prints: the version, and each id added, removed and renamed. */
export function describeCategoriesImport(done: CategoriesImport): string {
  const head = done.unchanged
    ? `Categories version ${done.version} was already imported; nothing changed.\n`
    : `Imported categories version ${done.version}, in force from ${done.validFrom}${done.previousVersion ? ` (after ${done.previousVersion})` : ''}.\n`;
  if (done.unchanged) return head;
  const { added, removed, renamed } = done.changes;
  const lines = [
    ...added.map((a) => `  added    ${a.list}: ${a.id}`),
    ...removed.map((r) => `  removed  ${r.list}: ${r.id}`),
    ...renamed.map((r) => `  renamed  ${r.list}: ${r.from} -> ${r.to}`),
  ];
  return head + (lines.length ? `${lines.join('\n')}\n` : '  No ids added, removed or renamed.\n');
}

/**
 * Runs one CLI command. `serve` resolves once the server listens (it stops on SIGINT/SIGTERM).
 * @returns the exit code.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const now = io.now ?? (() => new Date());
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(SETTINGS.map((s) => [s.flag, { type: 'string' as const }])),
        location: { type: 'string' },
        organisation: { type: 'string' },
        municipality: { type: 'string' },
        label: { type: 'string' },
        period: { type: 'string' },
        month: { type: 'string' },
        ttl: { type: 'string' },
        format: { type: 'string' },
        split: { type: 'boolean' },
        categories: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const flags = Object.fromEntries(
      SETTINGS.flatMap((s) => {
        const v = values[s.flag as keyof typeof values];
        return typeof v === 'string' ? [[s.flag, v]] : [];
      }),
    ) as Partial<Record<SettingFlag, string>>;
    const config = resolveConfig(flags, io.env ?? process.env);
    switch (command) {
      case 'serve': {
        const server = await startServer(config, { handleSignals: true });
        const base = server.url;
        io.stdout(`IDO Kit is running: ${base}/ (API: ${base}/v1/, docs: ${base}/docs)\n`);
        if (config.demoEnrolment) {
          const { rows } = await server.db.query('SELECT 1 FROM locations WHERE id = $1', [
            config.demoEnrolment,
          ]);
          if (rows.length === 0) {
            io.stderr(`No demo enrolment code: no location has the id "${config.demoEnrolment}"\n`);
          } else {
            const made = await createEnrolmentCode(server.db, config.demoEnrolment, {
              at: now(),
              ttlMs: DEMO_CODE_TTL_MS,
            });
            io.stdout(
              `Staff page: ${base}/medewerkers.html  enrolment code: ${made.code} (for ${made.locationId}, valid once, for 24 hours)\n`,
            );
          }
        }
        if (config.demoReport) {
          const scope = { kind: 'municipality', name: config.demoReport } as const;
          if ((await scopeLocations(server.db, scope)).length === 0)
            io.stderr(`No demo report code: no location lies in "${config.demoReport}"\n`);
          else {
            const made = await createReportCode(server.db, scope, {
              at: now(),
              ttlMs: DEMO_CODE_TTL_MS,
            });
            io.stdout(
              `Statistics page: ${base}/statistieken.html  report code: ${made.code} (read-only, municipality ${scope.name}, valid once, for 24 hours)\n`,
            );
          }
        }
        if (config.demoCoordinator) {
          const organisation = config.demoCoordinator;
          const { rows } = await server.db.query(
            "SELECT 1 FROM locations WHERE doc->>'organisation' = $1 LIMIT 1",
            [organisation],
          );
          if (rows.length === 0)
            io.stderr(`No demo coordinator code: no location belongs to "${organisation}"\n`);
          else {
            const made = await createCoordinatorCode(server.db, {
              organisation,
              label: 'Demo-coördinator',
              at: now(),
              ttlMs: DEMO_CODE_TTL_MS,
            });
            io.stdout(
              `Coordinator page: ${base}/beheer.html  sign-in code: ${made.code} (${organisation}, valid once, for 24 hours)\n`,
            );
          }
        }
        return 0;
      }
      case 'migrate': {
        const db = await openDb(
          config.databaseUrl
            ? { databaseUrl: config.databaseUrl, limits: config.dbLimits }
            : { dataDir: config.dataDir },
        );
        try {
          const applied = await migrate(db);
          io.stdout(
            applied.length ? `Applied: ${applied.join(', ')}\n` : 'The schema is up to date.\n',
          );
        } finally {
          await db.close();
        }
        return 0;
      }
      case 'import': {
        const [file] = args;
        if (!file)
          throw new UsageError(
            'Which file? idokit-server import <feed.json|locations.csv|partners.csv>',
          );
        const summary = await withDb(config, (db) => importFile(db, file, now()));
        io.stdout(
          summary.kind === 'feed'
            ? `Imported the feed: ${summary.locations} locations, ${summary.partners} partners (the dataset was replaced).\n`
            : `Imported ${summary.kind === 'locations' ? summary.locations : summary.partners} ${summary.kind} (added or updated by id).\n`,
        );
        return 0;
      }
      case 'export-feed': {
        const [file] = args;
        if (!file)
          throw new UsageError('Where to? idokit-server export-feed <file> (or - for stdout)');
        const feed = await withDb(config, async (db): Promise<Feed> => {
          const snapshot = await loadSnapshot(db);
          // Every session, past ones too, so importing the file back loses none (the served
          // feed carries only those from a week ago on).
          const { outreach: _recent, ...rest } = snapshot.feed;
          return snapshot.outreach.length > 0 ? { ...rest, outreach: snapshot.outreach } : rest;
        });
        const checked = FeedSchema.safeParse(feed, PARSE_IN_ENGLISH);
        if (!checked.success)
          io.stderr(
            `Warning: the stored dataset does not validate as a feed: ${checked.error.issues[0]?.message}\n`,
          );
        const text = `${JSON.stringify(feed, null, 2)}\n`;
        if (file === '-') {
          if (values.split)
            throw new UsageError('--split needs a file: its folder gets locations/');
          io.stdout(text);
        } else {
          await writeFile(file, text);
          const what = feed.outreach
            ? `${feed.locations.length} locations, ${feed.partners.length} partners and ${feed.outreach.length} outreach sessions`
            : `${feed.locations.length} locations and ${feed.partners.length} partners`;
          io.stdout(`Wrote ${what} to ${file}\n`);
          if (values.split) {
            // One small file per location, so an opening-hours card reads only its own.
            const folder = join(dirname(file), 'locations');
            await mkdir(folder, { recursive: true });
            for (const location of feed.locations)
              await writeFile(join(folder, `${location.id}.json`), JSON.stringify(location));
            io.stdout(`Wrote ${feed.locations.length} files to ${folder}\n`);
          }
        }
        return 0;
      }
      case 'validate-feed': {
        const [file] = args;
        if (!file) throw new UsageError('Which file? idokit-server validate-feed <feed.json>');
        let data: unknown;
        try {
          data = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          io.stderr(`${file}: not a JSON document (${(error as Error).message})\n`);
          return 1;
        }
        const problems = validateFeed(data);
        if (!problems.length) {
          const { locations = [], partners = [] } = data as { locations?: []; partners?: [] };
          io.stdout(
            `${file}: a valid feed (${locations.length} locations, ${partners.length} partners)\n`,
          );
          return 0;
        }
        for (const problem of problems)
          io.stdout(`${file}: ${formatPath(problem.path) || '(document)'}: ${problem.message}\n`);
        io.stdout(
          `${problems.length} problem${problems.length === 1 ? '' : 's'}; elements leave out the entries that have one and use the rest\n`,
        );
        return 1;
      }
      case 'categories': {
        const [action, file] = args;
        if (action === 'import') {
          if (!file)
            throw new UsageError('Which file? idokit-server categories import <file.json>');
          const categories = categoriesFromJson(await readFile(file, 'utf8'));
          const done = await withDb(config, (db) => importCategories(db, categories, now()));
          io.stdout(describeCategoriesImport(done));
          return 0;
        }
        if (action === 'export') {
          if (!file)
            throw new UsageError('Where to? idokit-server categories export <file> (or -)');
          const inForce = await withDb(config, async (db) =>
            taxonomyAt(await loadSnapshot(db), now()),
          );
          const text = `${JSON.stringify(inForce, null, 2)}\n`;
          if (file === '-') io.stdout(text);
          else {
            await writeFile(file, text);
            io.stdout(`Wrote categories version ${inForce.version} to ${file}\n`);
          }
          return 0;
        }
        throw new UsageError('idokit-server categories import <file.json> | export <file|->');
      }
      case 'coordinator-code': {
        const organisation = values.organisation?.trim();
        if (!organisation)
          throw new UsageError(
            'Which library organisation? idokit-server coordinator-code --organisation "<name>"',
          );
        const label = values.label?.trim() || 'Coördinator';
        if (label.length > 40)
          throw new UsageError('--label: at most 40 characters, such as "Coördinator Centrum"');
        const ttlMs = parseTtl(values.ttl ?? '7d');
        const made = await withDb(config, async (db) => {
          await assertScopeHasLocations(db, { kind: 'organisation', name: organisation });
          return createCoordinatorCode(db, {
            organisation,
            label,
            mayImportCategories: values.categories ?? false,
            at: now(),
            ttlMs,
          });
        });
        io.stdout(
          `Coordinator code for ${made.organisation} (${made.label}): ${made.code}\nSign in with it in <ido-coordinator>. Valid once, until ${made.expiresAt.toISOString()}.\n`,
        );
        return 0;
      }
      case 'enrol-code': {
        const location = values.location;
        if (!location)
          throw new UsageError('Which location? idokit-server enrol-code --location <id>');
        const ttlMs = parseTtl(values.ttl ?? '24h');
        const made = await withDb(config, async (db) => {
          const { rows } = await db.query('SELECT 1 FROM locations WHERE id = $1', [location]);
          if (rows.length === 0) throw new UsageError(`No location has the id "${location}"`);
          return createEnrolmentCode(db, location, { at: now(), ttlMs });
        });
        io.stdout(
          `Enrolment code for ${made.locationId}: ${made.code}\nValid once, until ${made.expiresAt.toISOString()}.\n`,
        );
        return 0;
      }
      case 'report-code': {
        const scope = reportScopeOf(values);
        const ttlMs = parseTtl(values.ttl ?? '7d');
        const made = await withDb(config, async (db) => {
          await assertScopeHasLocations(db, scope);
          return createReportCode(db, scope, { at: now(), ttlMs });
        });
        io.stdout(
          `Report code for ${scope.kind} ${scope.name}: ${made.code}\nRead-only (statistics, CSV, reports). Valid once, until ${made.expiresAt.toISOString()}.\n`,
        );
        return 0;
      }
      case 'report-token': {
        const scope = reportScopeOf(values);
        const made = await withDb(config, async (db) => {
          await assertScopeHasLocations(db, scope);
          return createReportToken(db, scope, {
            at: now(),
            ...(values.label ? { label: values.label } : {}),
          });
        });
        io.stdout(
          `Report token ${made.deviceId} for ${scope.kind} ${scope.name} (read-only; shown once, keep it safe):\n${made.token}\n`,
        );
        return 0;
      }
      case 'devices': {
        const [sub, id] = args;
        if (sub === 'list') {
          const devices = await withDb(config, (db) => listDevices(db, values.location));
          if (devices.length === 0) io.stdout('No devices.\n');
          for (const d of devices)
            io.stdout(
              `${d.id}\t${d.scope === 'location' ? d.locationId : `${d.scope}:${d.scopeName} (read-only)`}\t${d.label ?? '-'}\tenrolled ${d.createdAt.toISOString().slice(0, 10)}\tlast used ${d.lastUsedOn ?? 'never'}\t${d.revokedAt ? `REVOKED ${d.revokedAt.toISOString().slice(0, 10)}` : 'active'}\n`,
            );
          return 0;
        }
        if (sub === 'revoke') {
          if (!id) throw new UsageError('Which device? idokit-server devices revoke <device-id>');
          const done = await withDb(config, (db) => revokeDevice(db, id, now()));
          if (!done) {
            io.stderr(`No device has the id "${id}"\n`);
            return 1;
          }
          io.stdout(`Revoked ${id}. Its token no longer works.\n`);
          return 0;
        }
        throw new UsageError('idokit-server devices list | devices revoke <device-id>');
      }
      case 'stats': {
        const period = values.period ?? values.month;
        const named = [values.location, values.organisation, values.municipality].filter(
          (v) => v !== undefined,
        );
        if (named.length !== 1 || !period || !parseStatsPeriod(period))
          throw new UsageError(
            'idokit-server stats (--location <id> | --organisation <name> | --municipality <name>) --period <2026-W47|2026-11|2026-Q4|2026>',
          );
        const format = values.format ?? 'table';
        if (!['table', 'csv', 'json'].includes(format))
          throw new UsageError('--format is table, csv or json');
        const scope: StatsScope =
          values.location !== undefined
            ? { kind: 'location', locationId: values.location }
            : reportScopeOf(values);
        const { stats, taxonomy } = await withDb(config, async (db) => {
          // A location's own registrations stay readable after it left the dataset.
          if (scope.kind !== 'location') await assertScopeHasLocations(db, scope);
          return {
            stats: await scopeStats(db, scope, { period }, { at: now() }),
            taxonomy: (await loadSnapshot(db)).taxonomy,
          };
        });
        if (format === 'csv') io.stdout(registrationStatsCsv(stats, taxonomy));
        else if (format === 'json') io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
        else {
          io.stdout(
            `${stats.scope.name}, ${period}: ${stats.visits} visits, ${stats.questions} questions\n`,
          );
          io.stdout(
            `Every count may differ from the true one by up to ${stats.protection.maxNoise} (cell-key perturbation).\n`,
          );
          if (!stats.settled)
            io.stdout(
              `The breakdowns are given from ${stats.settledOn}, once the period has settled.\n`,
            );
          for (const l of stats.byLocation)
            io.stdout(
              `  ${l.locationId.padEnd(28)} ${l.visits} visits, ${l.questions} questions\n`,
            );
          for (const [dimension, cells] of Object.entries(stats.breakdown)) {
            if (cells.length === 0) continue;
            io.stdout(`\n${dimension}\n`);
            for (const cell of cells) io.stdout(`  ${cell.key.padEnd(28)} ${cell.count}\n`);
          }
        }
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof ImportError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    io.stderr(`Error: ${(error as Error).message}\n`);
    return 1;
  }
}

/**
 * Runs the CLI as a command: `serve` keeps the process alive on its open server; every other
 * command sets the exit code when it is done. Used by `bin/idokit-server.js` and when this file
 * is run directly.
 */
export async function main(argv: string[]): Promise<void> {
  const code = await runCli(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
  if (argv[0] !== 'serve' || code !== 0) process.exitCode = code;
}

const isMain = (() => {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isMain) await main(process.argv.slice(2));
