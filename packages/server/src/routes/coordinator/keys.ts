import {
  DeskCodeRequestSchema,
  ReportCodeRequestSchema,
  type Desk,
  type ReportKey,
} from '@idokit/sdk';
import * as z from 'zod/mini';
import type { Coordinator } from '../../auth/coordinator.js';
import { createEnrolmentCode, createReportCode } from '../../auth/devices.js';
import { recordChange } from '../../data/audit.js';
import type { Queryable } from '../../db/db.js';
import { HttpProblem, validationProblem } from '../../http/problem.js';
import { defineRoute, type AnyRoute } from '../../openapi/route.js';
import type { RouteDeps } from '../deps.js';
import { COORDINATOR_PROBLEMS, problem } from './problems.js';
import { municipalitiesOf } from './session.js';

/**
 * Desks and report keys (issue 21): a coordinator makes one-time codes for new desks of its
 * locations and for read-only report keys of its organisation or municipalities, lists them, and
 * revokes them while the server runs (the next request of a revoked token is refused, because
 * every request looks its token up). Codes and tokens are never written to the audit log.
 */

/** A desk code is typed at the desk the same day. */
const DESK_CODE_TTL_MS = 24 * 60 * 60 * 1000;
/** A report code goes by e-mail to a municipality, who may take some days. */
const REPORT_CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const same = (a: string, b: string) => a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');

interface DeviceRow {
  id: string;
  scope: 'location' | 'organisation' | 'municipality';
  scope_name: string | null;
  location_id: string | null;
  label: string | null;
  created_at: Date | string;
  last_used_on: string | null;
  revoked_at: Date | string | null;
  organisation: string | null;
}

const COLUMNS = `d.id, d.scope, d.scope_name, d.location_id, d.label, d.created_at,
  d.last_used_on::text AS last_used_on, d.revoked_at, l.doc->>'organisation' AS organisation`;

const iso = (value: Date | string) => new Date(value).toISOString();

const toDesk = (r: DeviceRow): Desk => ({
  id: r.id,
  label: r.label,
  locationId: r.location_id!,
  createdAt: iso(r.created_at),
  lastUsedOn: r.last_used_on,
  revokedAt: r.revoked_at === null ? null : iso(r.revoked_at),
});

const toReportKey = (r: DeviceRow): ReportKey => ({
  id: r.id,
  kind: r.scope as ReportKey['kind'],
  name: r.scope_name ?? '',
  label: r.label,
  createdAt: iso(r.created_at),
  lastUsedOn: r.last_used_on,
  revokedAt: r.revoked_at === null ? null : iso(r.revoked_at),
});

/** The organisation's desks: the devices of its locations, newest first. */
export async function desksOf(db: Queryable, organisation: string): Promise<Desk[]> {
  const { rows } = await db.query<DeviceRow>(
    `SELECT ${COLUMNS} FROM devices d JOIN locations l ON l.id = d.location_id
     WHERE d.scope = 'location' AND lower(l.doc->>'organisation') = lower($1)
     ORDER BY d.created_at DESC, d.id`,
    [organisation],
  );
  return rows.map(toDesk);
}

/** Whether a report key's scope is the organisation's own or one of its municipalities. */
function inScope(row: DeviceRow, organisation: string, municipalities: string[]): boolean {
  if (!row.scope_name) return false;
  if (row.scope === 'organisation') return same(row.scope_name, organisation);
  if (row.scope === 'municipality') return municipalities.some((m) => same(m, row.scope_name!));
  return false;
}

/** The report keys of the organisation and of its locations' municipalities, newest first. */
export async function reportKeysOf(db: Queryable, organisation: string): Promise<ReportKey[]> {
  const municipalities = await municipalitiesOf(db, organisation);
  const { rows } = await db.query<DeviceRow>(
    `SELECT ${COLUMNS} FROM devices d LEFT JOIN locations l ON l.id = d.location_id
     WHERE d.scope IN ('organisation', 'municipality') ORDER BY d.created_at DESC, d.id`,
  );
  return rows.filter((r) => inScope(r, organisation, municipalities)).map(toReportKey);
}

async function deviceById(db: Queryable, id: string): Promise<DeviceRow | undefined> {
  const { rows } = await db.query<DeviceRow>(
    `SELECT ${COLUMNS} FROM devices d LEFT JOIN locations l ON l.id = d.location_id
     WHERE d.id = $1`,
    [id],
  );
  return rows[0];
}

const forbidden = (me: Coordinator, what: string) =>
  new HttpProblem(
    'forbidden',
    `This coordinator key keeps the data of ${me.organisation}; ${what}`,
  );

/** Revokes a token at once (the first revocation counts) and answers the row as it is now. */
async function revoke(tx: Queryable, id: string, at: Date): Promise<DeviceRow> {
  await tx.query(`UPDATE devices SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1`, [
    id,
    at,
  ]);
  return (await deviceById(tx, id))!;
}

const IdParamsSchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(80)) });

/** Desks and report keys of the coordinator's organisation. */
export function keyRoutes(deps: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/coordinator/desks',
      operationId: 'coordinatorDesks',
      summary: "The organisation's desks: label, location, last used day, revoked",
      description:
        'The devices enrolled at the locations of the key’s organisation, newest first. `lastUsedOn` is a day, never a time: no usage trail.',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      responses: { 200: { description: 'The desks', schema: 'Desks' }, ...COORDINATOR_PROBLEMS },
      handler: async (c) =>
        c.json({ items: await desksOf(deps.db, c.get('coordinator').organisation) }, 200, {
          'Cache-Control': 'no-store',
        }),
    }),
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/desk-codes',
      operationId: 'coordinatorCreateDeskCode',
      summary: 'A one-time code for a new desk of one of the organisation’s locations',
      description:
        'The desk types the code into `<ido-registration-form>` (or `POST /v1/enrolments`) within 24 hours and becomes a desk of that location, named with the `label` unless it names itself. The code is shown once and never logged.',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      maxBodyBytes: 2 * 1024,
      body: DeskCodeRequestSchema,
      bodySchemaName: 'DeskCodeRequest',
      responses: {
        201: { description: 'The code; show it once', schema: 'DeskCode' },
        400: problem('The body is not valid (`validation`)'),
        403: problem('The location is another organisation’s (`forbidden`)'),
        404: problem('There is no such location (`not-found`)'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { body }) => {
        const me = c.get('coordinator');
        const { rows } = await deps.db.query<{ organisation: string | null }>(
          `SELECT doc->>'organisation' AS organisation FROM locations WHERE id = $1`,
          [body.locationId],
        );
        if (!rows[0])
          throw new HttpProblem('not-found', `There is no location "${body.locationId}"`);
        if (!same(rows[0].organisation ?? '', me.organisation))
          throw forbidden(me, `the location "${body.locationId}" is another organisation’s.`);
        const at = deps.now();
        const made = await deps.db.transaction(async (tx) => {
          const code = await createEnrolmentCode(tx, body.locationId, {
            at,
            ttlMs: DESK_CODE_TTL_MS,
            label: body.label,
          });
          const after = { locationId: body.locationId, label: body.label };
          await recordChange(
            tx,
            me,
            {
              action: 'code',
              entity: 'desk',
              entityId: body.locationId,
              summary: `Code voor ${body.label} (${body.locationId}) gemaakt`,
              before: null,
              after,
            },
            at,
          );
          return code;
        });
        return c.json(
          {
            code: made.code,
            locationId: body.locationId,
            label: body.label,
            expiresAt: made.expiresAt.toISOString(),
          },
          201,
          { 'Cache-Control': 'no-store' },
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/desks/{id}/revoke',
      operationId: 'coordinatorRevokeDesk',
      summary: 'Revoke a desk at once: its next request is refused',
      description:
        'For a lost or stolen desk PC. Works while the server runs: the desk’s next request answers `401 token-revoked`. A revocation cannot be undone; enrol the desk again with a new code.',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The desk, revoked', schema: 'Desk' },
        400: problem('The id is not valid (`validation`)'),
        403: problem('The desk is another organisation’s (`forbidden`)'),
        404: problem('There is no such desk (`not-found`)'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { params }) => {
        const me = c.get('coordinator');
        const at = deps.now();
        const desk = await deps.db.transaction(async (tx) => {
          const row = await deviceById(tx, params.id);
          if (!row || row.scope !== 'location')
            throw new HttpProblem('not-found', `There is no desk "${params.id}"`);
          if (!same(row.organisation ?? '', me.organisation))
            throw forbidden(me, 'this desk is at another organisation’s location.');
          if (row.revoked_at !== null) return row;
          const revoked = await revoke(tx, row.id, at);
          const ids = { id: row.id, label: row.label, locationId: row.location_id };
          await recordChange(
            tx,
            me,
            {
              action: 'revoke',
              entity: 'desk',
              entityId: row.id,
              summary: `${row.label ?? row.id} (${row.location_id}) ingetrokken`,
              before: { ...ids, revoked: false },
              after: { ...ids, revoked: true },
            },
            at,
          );
          return revoked;
        });
        deps.logger.info('desk revoked by a coordinator', { device: desk.id });
        return c.json(toDesk(desk), 200, { 'Cache-Control': 'no-store' });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/coordinator/report-keys',
      operationId: 'coordinatorReportKeys',
      summary: 'The report keys of the organisation and of its municipalities',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      responses: {
        200: { description: 'The report keys', schema: 'ReportKeys' },
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c) =>
        c.json({ items: await reportKeysOf(deps.db, c.get('coordinator').organisation) }, 200, {
          'Cache-Control': 'no-store',
        }),
    }),
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/report-codes',
      operationId: 'coordinatorCreateReportCode',
      summary: 'A one-time code for a read-only report key',
      description:
        'For the organisation itself (`kind: organisation`, `name` left out or the organisation’s) or for one of the municipalities of its locations (`kind: municipality`, `name` required). Redeemed at `POST /v1/enrolments` within 7 days; the key reads statistics only.',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      maxBodyBytes: 2 * 1024,
      body: ReportCodeRequestSchema,
      bodySchemaName: 'ReportCodeRequest',
      responses: {
        201: { description: 'The code; show it once', schema: 'ReportCode' },
        400: problem('The body is not valid (`validation`)'),
        403: problem('Another organisation, or a municipality without its locations (`forbidden`)'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { body }) => {
        const me = c.get('coordinator');
        let name: string;
        if (body.kind === 'organisation') {
          if (body.name !== undefined && !same(body.name, me.organisation))
            throw forbidden(me, 'it can make report keys for its own organisation only.');
          name = me.organisation;
        } else {
          if (body.name === undefined)
            throw validationProblem([{ path: 'name', message: 'Name the municipality' }]);
          const municipalities = await municipalitiesOf(deps.db, me.organisation);
          const found = municipalities.find((m) => same(m, body.name!));
          if (!found)
            throw forbidden(
              me,
              `it can make report keys for the municipalities of its locations only (${municipalities.join(', ') || 'none'}).`,
            );
          name = found;
        }
        const at = deps.now();
        const scope = { kind: body.kind, name };
        const made = await deps.db.transaction(async (tx) => {
          const code = await createReportCode(tx, scope, {
            at,
            ttlMs: REPORT_CODE_TTL_MS,
            ...(body.label ? { label: body.label } : {}),
          });
          await recordChange(
            tx,
            me,
            {
              action: 'code',
              entity: 'report-key',
              entityId: name,
              summary: `Code voor een rapportagesleutel van ${name}${body.label ? ` (${body.label})` : ''} gemaakt`,
              before: null,
              after: { ...scope, label: body.label ?? null },
            },
            at,
          );
          return code;
        });
        return c.json(
          { code: made.code, kind: body.kind, name, expiresAt: made.expiresAt.toISOString() },
          201,
          { 'Cache-Control': 'no-store' },
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/report-keys/{id}/revoke',
      operationId: 'coordinatorRevokeReportKey',
      summary: 'Revoke a report key at once',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      params: IdParamsSchema,
      responses: {
        200: { description: 'The report key, revoked', schema: 'ReportKey' },
        400: problem('The id is not valid (`validation`)'),
        403: problem('The key is another organisation’s or municipality’s (`forbidden`)'),
        404: problem('There is no such report key (`not-found`)'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { params }) => {
        const me = c.get('coordinator');
        const at = deps.now();
        const key = await deps.db.transaction(async (tx) => {
          const row = await deviceById(tx, params.id);
          if (!row || row.scope === 'location')
            throw new HttpProblem('not-found', `There is no report key "${params.id}"`);
          if (!inScope(row, me.organisation, await municipalitiesOf(tx, me.organisation)))
            throw forbidden(me, 'this report key is for another organisation or municipality.');
          if (row.revoked_at !== null) return row;
          const revoked = await revoke(tx, row.id, at);
          const ids = { id: row.id, kind: row.scope, name: row.scope_name, label: row.label };
          await recordChange(
            tx,
            me,
            {
              action: 'revoke',
              entity: 'report-key',
              entityId: row.id,
              summary: `Rapportagesleutel ${row.label ?? row.id} (${row.scope_name}) ingetrokken`,
              before: { ...ids, revoked: false },
              after: { ...ids, revoked: true },
            },
            at,
          );
          return revoked;
        });
        deps.logger.info('report key revoked by a coordinator', { device: key.id });
        return c.json(toReportKey(key), 200, { 'Cache-Control': 'no-store' });
      },
    }),
  ];
}
