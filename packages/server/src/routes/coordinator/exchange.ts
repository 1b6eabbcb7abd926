import { isDeepStrictEqual } from 'node:util';
import {
  CsvImportRequestSchema,
  type CsvImportResult,
  type Location,
  type Partner,
} from '@idokit/sdk';
import * as z from 'zod/mini';
import type { Coordinator } from '../../auth/coordinator.js';
import { recordChange } from '../../data/audit.js';
import { importCategories } from '../../data/categories.js';
import { bumpRevision, insertLocations, insertPartners, touchHeader } from '../../data/dataset.js';
import type { Queryable } from '../../db/db.js';
import { hsdsExport } from '../../hsds/export.js';
import { HttpProblem, validationProblem } from '../../http/problem.js';
import { ImportError, type ImportIssue } from '../../import/csv.js';
import { locationsToCsv, partnersToCsv } from '../../import/export.js';
import { locationsFromCsv, partnersFromCsv } from '../../import/rows.js';
import { defineRoute, type AnyRoute } from '../../openapi/route.js';
import type { RouteDeps } from '../deps.js';
import { COORDINATOR_PROBLEMS, problem } from './problems.js';

/**
 * Bulk and exchange (issue 21): the national categories, the organisation's locations and
 * partners as CSV (out and in, in the columns of `idokit-server import`), and an Open Referral
 * HSDS 3.0 export.
 */

type Kind = 'locations' | 'partners';

const same = (a: string | null | undefined, b: string) =>
  a != null && a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');

/** The organisation's locations, by id. */
export async function locationsOf(db: Queryable, organisation: string): Promise<Location[]> {
  const { rows } = await db.query<{ doc: Location }>(
    `SELECT doc FROM locations WHERE lower(doc->>'organisation') = lower($1) ORDER BY id`,
    [organisation],
  );
  return rows.map((r) => r.doc);
}

/** The partners the organisation keeps, by id. */
export async function partnersOf(db: Queryable, organisation: string): Promise<Partner[]> {
  const { rows } = await db.query<{ doc: Partner }>(
    `SELECT doc FROM partners WHERE lower(organisation) = lower($1) ORDER BY id`,
    [organisation],
  );
  return rows.map((r) => r.doc);
}

/** What an import would change. */
interface Plan {
  errors: CsvImportResult['errors'];
  created: string[];
  updated: string[];
  unchanged: number;
  /** The documents to write (new and changed). */
  write: (Location | Partner)[];
  /** The stored versions of the changed documents, for the audit log. */
  before: (Location | Partner)[];
}

const NOUN: Record<Kind, { one: string; many: string }> = {
  locations: { one: 'locatie', many: 'locaties' },
  partners: { one: 'partner', many: 'partners' },
};

/**
 * Checks every row against what is stored: each must be the organisation's own (a row for a
 * document of another organisation is an error on that row). Rows equal to what is stored are
 * left alone; a changed row that kept the exported `updated_at` gets `at` as its `updatedAt`.
 */
async function plan(
  tx: Queryable,
  kind: Kind,
  docs: (Location | Partner)[],
  me: Coordinator,
  at: Date,
): Promise<Plan> {
  const table = kind === 'locations' ? 'locations' : 'partners';
  const owner = kind === 'locations' ? `doc->>'organisation'` : 'organisation';
  const { rows } = await tx.query<{ id: string; doc: Location | Partner; owner: string | null }>(
    `SELECT id, doc, ${owner} AS owner FROM ${table} WHERE id = ANY($1::text[])`,
    [docs.map((d) => d.id)],
  );
  const stored = new Map(rows.map((r) => [r.id, r]));
  const result: Plan = {
    errors: [],
    created: [],
    updated: [],
    unchanged: 0,
    write: [],
    before: [],
  };
  docs.forEach((given, index) => {
    // The parser keeps every data row, in order: the first data row is spreadsheet row 2.
    const row = index + 2;
    if (!same(given.organisation, me.organisation)) {
      result.errors.push({
        row,
        column: 'organisation',
        message: `Must be ${me.organisation} (or empty): this coordinator key imports its own organisation's ${NOUN[kind].many} only`,
      });
      return;
    }
    const doc = { ...given, organisation: me.organisation };
    const old = stored.get(doc.id);
    if (old && !same(old.owner, me.organisation)) {
      result.errors.push({
        row,
        column: 'id',
        message: `The ${kind === 'locations' ? 'location' : 'partner'} "${doc.id}" is kept by ${old.owner ? 'another organisation' : 'the server’s administrator'}; choose another id`,
      });
      return;
    }
    if (!old) {
      result.created.push(doc.id);
      result.write.push(doc);
      return;
    }
    if (isDeepStrictEqual(old.doc, doc)) {
      result.unchanged++;
      return;
    }
    const stamped =
      doc.updatedAt === old.doc.updatedAt ? { ...doc, updatedAt: at.toISOString() } : doc;
    result.updated.push(doc.id);
    result.write.push(stamped);
    result.before.push(old.doc);
  });
  return result;
}

const issuesToErrors = (issues: ImportIssue[]): CsvImportResult['errors'] =>
  issues.map((i) => ({
    // A problem with the whole file (empty, no rows) has no row: 0 stands for the file.
    row: i.row ?? 0,
    ...(i.column ? { column: i.column } : {}),
    message: i.message,
  }));

/** `12 locaties geïmporteerd: 3 nieuw, 9 gewijzigd` */
function summaryOf(kind: Kind, p: Plan): string {
  const total = p.created.length + p.updated.length + p.unchanged;
  const parts = [`${p.created.length} nieuw`, `${p.updated.length} gewijzigd`];
  if (p.unchanged) parts.push(`${p.unchanged} ongewijzigd`);
  return `${total} ${total === 1 ? NOUN[kind].one : NOUN[kind].many} geïmporteerd: ${parts.join(', ')}`;
}

function importRoute(deps: RouteDeps, kind: Kind): AnyRoute {
  const entity = kind === 'locations' ? 'location' : 'partner';
  return defineRoute({
    method: 'post',
    path: `/v1/coordinator/import/${kind}`,
    operationId: kind === 'locations' ? 'coordinatorImportLocations' : 'coordinatorImportPartners',
    summary: `Import the organisation’s ${kind} from CSV (all or nothing; try with dryRun)`,
    description: `The CSV of \`idokit-server import ${kind}.csv\` (the columns of \`GET /v1/coordinator/export/${kind}.csv\`), checked row by row with the CLI’s messages: every row must be the organisation’s (an empty \`organisation\` cell means the own organisation; a row naming another organisation’s ${kind === 'locations' ? 'location' : 'partner'} is an error on that row). With errors nothing is stored and \`errors\` names each row and column; with \`dryRun\` nothing is stored either and \`created\`/\`updated\` say what would change. Rows equal to what is stored change nothing.`,
    tag: 'Coordinator',
    access: 'staff',
    auth: 'coordinator',
    rateLimit: 'coordinator',
    maxBodyBytes: 2 * 1024 * 1024,
    body: CsvImportRequestSchema,
    bodySchemaName: 'CsvImportRequest',
    responses: {
      200: {
        description: 'What was imported (or would be, or the errors; then nothing was)',
        schema: 'CsvImportResult',
      },
      400: problem('The body is not valid (`validation`)'),
      413: problem('The file is too large (`payload-too-large`)'),
      ...COORDINATOR_PROBLEMS,
    },
    handler: async (c, { body }) => {
      const me = c.get('coordinator');
      const at = deps.now();
      const answer = (result: Omit<CsvImportResult, 'dryRun'>) =>
        c.json({ dryRun: body.dryRun, ...result }, 200, { 'Cache-Control': 'no-store' });
      let docs: (Location | Partner)[];
      try {
        const options = { organisation: me.organisation };
        docs =
          kind === 'locations'
            ? locationsFromCsv(body.csv, at, options)
            : partnersFromCsv(body.csv, (await deps.catalog.current()).taxonomy, at, options);
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        return answer({ created: [], updated: [], errors: issuesToErrors(error.issues) });
      }
      if (body.dryRun) {
        const p = await plan(deps.db, kind, docs, me, at);
        return answer(
          p.errors.length
            ? { created: [], updated: [], errors: p.errors }
            : { created: p.created, updated: p.updated, errors: [] },
        );
      }
      const done = await deps.db.transaction(async (tx) => {
        // One import at a time per kind, so two imports cannot both see a row as new.
        await tx.query('SELECT pg_advisory_xact_lock($1)', [
          kind === 'locations' ? 4242101 : 4242102,
        ]);
        const p = await plan(tx, kind, docs, me, at);
        if (p.errors.length || p.write.length === 0) return p;
        if (kind === 'locations') await insertLocations(tx, p.write as Location[]);
        else await insertPartners(tx, p.write as Partner[]);
        await touchHeader(tx, at);
        await bumpRevision(tx);
        await recordChange(
          tx,
          me,
          {
            action: 'import',
            entity,
            entityId: 'csv',
            summary: summaryOf(kind, p),
            before: p.before,
            after: p.write,
          },
          at,
        );
        return p;
      });
      if (done.errors.length) return answer({ created: [], updated: [], errors: done.errors });
      if (done.write.length) deps.catalog.invalidate();
      deps.logger.info('coordinator csv import', {
        kind,
        created: done.created.length,
        updated: done.updated.length,
      });
      return answer({ created: done.created, updated: done.updated, errors: [] });
    },
  });
}

function exportRoute(deps: RouteDeps, kind: Kind): AnyRoute {
  return defineRoute({
    method: 'get',
    path: `/v1/coordinator/export/${kind}.csv`,
    operationId: kind === 'locations' ? 'coordinatorExportLocations' : 'coordinatorExportPartners',
    summary: `The organisation’s ${kind} as CSV, in the import’s columns`,
    description: `UTF-8 with a byte-order mark, \`,\`-separated, CRLF line ends, a header row with the columns \`idokit-server import\` reads; opening hours as \`mo-fr 10:00-17:00\` or, with seasons or exceptions, as JSON. Imported again unchanged, it changes nothing.`,
    tag: 'Coordinator',
    access: 'staff',
    auth: 'coordinator',
    rateLimit: 'coordinator',
    responses: {
      200: { description: 'The CSV', contentType: 'text/csv' },
      ...COORDINATOR_PROBLEMS,
    },
    handler: async (c) => {
      const me = c.get('coordinator');
      const csv =
        kind === 'locations'
          ? locationsToCsv(await locationsOf(deps.db, me.organisation))
          : partnersToCsv(await partnersOf(deps.db, me.organisation));
      return c.body(`\uFEFF${csv}`, 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="${kind}.csv"`,
        'Cache-Control': 'private, no-store',
      });
    },
  });
}

/**
 * The body of `POST /v1/coordinator/categories`: any JSON, checked by the categories import
 * itself so the answer has the CLI's messages (`themes[3].label.nl: …`).
 */
const CategoriesBodySchema = z.unknown();

/** Categories, CSV and HSDS. */
export function exchangeRoutes(deps: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/categories',
      operationId: 'coordinatorImportCategories',
      summary: 'Import a national categories version (keys made with --categories only)',
      description:
        'The same file and checks as `idokit-server categories import`: all or nothing; a version once imported keeps its content (the same version again changes nothing, with other content it is refused). The categories are the whole server’s, not one organisation’s, so only a key made with `idokit-server coordinator-code --categories` may import them. Answers the version, the version it follows and what changed (ids added, removed, renamed).',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      maxBodyBytes: 256 * 1024,
      body: CategoriesBodySchema,
      bodySchemaName: 'CategoriesImport',
      responses: {
        200: { description: 'This version with this content was imported before: nothing changed' },
        201: { description: 'Imported: `version`, `validFrom`, `previousVersion`, `changes`' },
        400: problem(
          'The file is not a valid categories version, or the version is taken (`validation`, each problem in `errors`)',
        ),
        403: problem('This key may not import the categories (`forbidden`)'),
        413: problem('The file is larger than 256 KiB (`payload-too-large`)'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { body }) => {
        const me = c.get('coordinator');
        if (!me.mayImportCategories)
          throw new HttpProblem(
            'forbidden',
            'This coordinator key may not import the national categories: they are the whole server’s, not one organisation’s. Ask the server’s administrator for a key made with "idokit-server coordinator-code --categories".',
          );
        const at = deps.now();
        let done;
        try {
          done = await importCategories(deps.db, body, at, {
            audit: (tx, result) =>
              recordChange(
                tx,
                me,
                {
                  action: 'import',
                  entity: 'categories',
                  entityId: result.version,
                  summary: `Categorieën ${result.version} geïmporteerd, geldig vanaf ${result.validFrom}`,
                  before: result.previousVersion ? { version: result.previousVersion } : null,
                  after: { version: result.version, validFrom: result.validFrom },
                },
                at,
              ).then(() => undefined),
          });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          throw validationProblem(
            error.issues.map((i) => ({ path: i.column ?? '', message: i.message })),
            `Nothing was imported: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}`,
          );
        }
        if (!done.unchanged) deps.catalog.invalidate();
        return c.json(done, done.unchanged ? 200 : 201, { 'Cache-Control': 'no-store' });
      },
    }),
    exportRoute(deps, 'locations'),
    exportRoute(deps, 'partners'),
    importRoute(deps, 'locations'),
    importRoute(deps, 'partners'),
    defineRoute({
      method: 'get',
      path: '/v1/coordinator/export/hsds.json',
      operationId: 'coordinatorExportHsds',
      summary: 'The organisation’s locations and partners in Open Referral HSDS 3.0',
      description:
        'For a social-map product: `organizations` (the library organisation and each partner it keeps), `services` (the IDO service at each location, each partner’s service), `locations` (physical addresses in NL, coordinates, accessibility, languages, phone, library hours as weekly schedules) and `service_at_locations` (with the IDO consultation hours), referring to each other by id. Ids are UUIDs derived from the slugs, so an export of unchanged data is the same document. Public data only.',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      responses: {
        200: { description: 'The HSDS 3.0 objects, as JSON' },
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c) => {
        const me = c.get('coordinator');
        const body = hsdsExport(
          me.organisation,
          await locationsOf(deps.db, me.organisation),
          await partnersOf(deps.db, me.organisation),
        );
        return c.json(body, 200, {
          'Content-Disposition': 'attachment; filename="hsds.json"',
          'Cache-Control': 'private, no-store',
        });
      },
    }),
  ];
}
