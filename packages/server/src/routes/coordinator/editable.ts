import { SlugSchema } from '@idokit/sdk';
import * as z from 'zod/mini';
import type { Context } from 'hono';
import { recordChange } from '../../data/audit.js';
import { bumpRevision, touchHeader } from '../../data/dataset.js';
import type { Queryable } from '../../db/db.js';
import { HttpProblem, validationProblem } from '../../http/problem.js';
import { defineRoute, type AnyRoute, type AppEnv, type HeaderSpec } from '../../openapi/route.js';
import type { RouteDeps } from '../deps.js';
import { assertOwnOrganisation, checkPrecondition, docEtag, preconditionOf } from './editing.js';
import { EDITABLE_KINDS, type EditableDoc, type EditableKind } from './kinds.js';
import { COORDINATOR_PROBLEMS, EDIT_PROBLEMS, problem } from './problems.js';
import { summarise } from './summary.js';

/**
 * `GET/PUT/DELETE /v1/coordinator/{locations|partners|outreach}[/{id}]` (issue 21): one
 * implementation for the three kinds described in `kinds.ts`. A write checks the key's
 * organisation, the `If-Match` / `If-None-Match: *` precondition, stores the document, moves the
 * public dataset's revision and records the audit entry, all in one transaction.
 */

const IdParamsSchema = z.object({ id: SlugSchema });

/** Largest body of a PUT: a location with a year of exceptions fits easily. */
const MAX_EDIT_BYTES = 256 * 1024;

const IF_MATCH: HeaderSpec = {
  name: 'If-Match',
  description:
    'The ETag of the version you changed (from the list, a GET or the last save). A write from an older version is refused with 412 `edit-conflict`.',
  schema: { type: 'string' },
};
const IF_NONE_MATCH: HeaderSpec = {
  name: 'If-None-Match',
  description: '`*` to create a new document: refused with 412 when the id exists already.',
  schema: { type: 'string', enum: ['*'] },
};

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Serialises writes to one document across processes (two replicas, two tabs): the stored
 * version is read and replaced under this lock, so a precondition checked is a precondition kept.
 * A row lock could not cover a document that does not exist yet.
 */
export async function lockDocument(tx: Queryable, entity: string, id: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${entity}:${id}`]);
}

/** The organisation's documents with their ETags, as `{ items: [{ etag, doc }] }`. */
async function listed(kind: EditableKind, db: Queryable, organisation: string) {
  const docs = await kind.list(db, organisation);
  return { items: docs.map((doc) => ({ etag: docEtag(doc), doc })) };
}

/** The stored document if it is the key's organisation's: 404 unknown, 403 another's. */
async function ownDocument(
  c: Context<AppEnv>,
  kind: EditableKind,
  db: Queryable,
  id: string,
): Promise<EditableDoc> {
  const doc = await kind.get(db, id);
  if (!doc) throw new HttpProblem('not-found', `No ${kind.noun} has the id "${id}"`);
  assertOwnOrganisation(c, await kind.ownerOf(db, doc));
  return doc;
}

/** The four routes of one kind. */
function routesOf(deps: RouteDeps, kind: EditableKind): AnyRoute[] {
  const base = `/v1/coordinator/${kind.segment}`;
  const plural = kind.segment === 'outreach' ? 'outreach sessions' : kind.segment;
  const common = {
    tag: 'Coordinator',
    access: 'staff',
    auth: 'coordinator',
    rateLimit: 'coordinator',
  } as const;

  return [
    defineRoute({
      ...common,
      method: 'get',
      path: base,
      operationId: `coordinatorList${kind.names.doc}s`,
      summary: `The organisation's ${plural}, each with its ETag`,
      description: `Every ${kind.noun} this coordinator key may edit (${
        kind.entity === 'outreach'
          ? "the sessions of the organisation's locations, by date and time"
          : "those whose `organisation` is the key's, by name"
      }), each with the ETag to send as \`If-Match\` when it is changed.`,
      responses: {
        200: { description: `The ${plural}`, schema: kind.names.list },
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c) =>
        c.json(await listed(kind, deps.db, c.get('coordinator').organisation), 200, NO_STORE),
    }),
    defineRoute({
      ...common,
      method: 'get',
      path: `${base}/{id}`,
      operationId: `coordinatorGet${kind.names.doc}`,
      summary: `One ${kind.noun}, with its ETag`,
      description: `The stored ${kind.noun}; the \`ETag\` header is the version to send as \`If-Match\` when it is changed or deleted.`,
      params: IdParamsSchema,
      responses: {
        200: {
          description: `The ${kind.noun}; \`ETag\` names its version`,
          schema: kind.names.doc,
        },
        400: problem('The id is not valid (`validation`)'),
        403: problem('It belongs to another organisation (`forbidden`)'),
        404: problem(`No ${kind.noun} has this id (\`not-found\`)`),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { params }) => {
        const doc = await ownDocument(c, kind, deps.db, params.id);
        return c.json(doc, 200, { ...NO_STORE, ETag: docEtag(doc) });
      },
    }),
    defineRoute({
      ...common,
      method: 'put',
      path: `${base}/{id}`,
      operationId: `coordinatorSave${kind.names.doc}`,
      summary: `Create or change a ${kind.noun}`,
      description:
        `Saves the whole ${kind.noun}. Send \`If-Match\` with the ETag of the version you changed, or \`If-None-Match: *\` for a new one. The body's \`id\` must be the one in the path; ` +
        (kind.entity === 'outreach'
          ? "`locationId` must be one of the organisation's locations. "
          : "`organisation` is filled with the key's own when left out and must be it otherwise. ") +
        'The server stamps `updatedAt`. The change is public at once (the feed and the API answer it with new ETags) and written to the audit log.',
      params: IdParamsSchema,
      body: kind.editSchema,
      bodySchemaName: kind.names.edit,
      maxBodyBytes: MAX_EDIT_BYTES,
      headers: [IF_MATCH, IF_NONE_MATCH],
      responses: {
        200: { description: 'Saved; `ETag` names the new version', schema: kind.names.editable },
        201: { description: 'Created; `ETag` names its version', schema: kind.names.editable },
        ...EDIT_PROBLEMS,
        413: problem('The body is too large (`payload-too-large`)'),
      },
      handler: async (c, { params, body }) => {
        const edit = body as { id: string };
        if (edit.id !== params.id)
          throw validationProblem([{ path: 'id', message: 'Must be the id in the address' }]);
        const precondition = preconditionOf(c);
        const coordinator = c.get('coordinator');
        const at = deps.now();
        const { created, saved } = await deps.db.transaction(async (tx) => {
          await lockDocument(tx, kind.entity, params.id);
          const stored = await kind.get(tx, params.id);
          // Another organisation's document is refused before the precondition: a 412 would
          // hand over its current version.
          if (stored) assertOwnOrganisation(c, await kind.ownerOf(tx, stored));
          const doc = await kind.complete(tx, coordinator.organisation, body, at.toISOString());
          checkPrecondition(precondition, stored);
          await kind.store(tx, doc);
          const saved = (await kind.get(tx, params.id))!;
          await touchHeader(tx, at);
          await bumpRevision(tx);
          await recordChange(
            tx,
            coordinator,
            {
              action: stored ? 'update' : 'create',
              entity: kind.entity,
              entityId: params.id,
              summary: summarise(kind.entity, stored ?? null, saved),
              before: stored ?? null,
              after: saved,
            },
            at,
          );
          return { created: !stored, saved };
        });
        // This process answers the change at once; other replicas see the revision within a second.
        deps.catalog.invalidate();
        const etag = docEtag(saved);
        return c.json({ etag, doc: saved }, created ? 201 : 200, { ...NO_STORE, ETag: etag });
      },
    }),
    defineRoute({
      ...common,
      method: 'delete',
      path: `${base}/{id}`,
      operationId: `coordinatorDelete${kind.names.doc}`,
      summary: `Delete a ${kind.noun}`,
      description:
        `Deletes the ${kind.noun} at the version named by \`If-Match\` (required). It leaves the public data at once and is written to the audit log; the organisation's last change can be undone.` +
        (kind.entity === 'location'
          ? ' A location that still has desks, unused desk codes or outreach sessions is not deleted (409 `conflict`): revoke its desks and delete its sessions first.'
          : ''),
      params: IdParamsSchema,
      headers: [{ ...IF_MATCH, required: true }],
      responses: {
        204: { description: 'Deleted' },
        400: problem('The id is not valid (`validation`)'),
        403: EDIT_PROBLEMS[403],
        ...(kind.assertRemovable
          ? { 409: problem('Something still depends on it (`conflict`); `detail` says what') }
          : ({} as Record<number, never>)),
        412: problem(
          'It changed or was deleted since that version (`edit-conflict`, with `current` and `currentEtag`). Nothing was deleted.',
        ),
        428: problem('`If-Match` was not sent (`precondition-required`)'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { params }) => {
        const precondition = preconditionOf(c);
        if (precondition.kind !== 'match')
          throw new HttpProblem(
            'precondition-required',
            'Send "If-Match" with the ETag of the version you want to delete.',
          );
        const coordinator = c.get('coordinator');
        const at = deps.now();
        await deps.db.transaction(async (tx) => {
          await lockDocument(tx, kind.entity, params.id);
          const stored = await kind.get(tx, params.id);
          if (stored) assertOwnOrganisation(c, await kind.ownerOf(tx, stored));
          checkPrecondition(precondition, stored);
          await kind.assertRemovable?.(tx, stored!, at);
          await kind.remove(tx, params.id);
          await touchHeader(tx, at);
          await bumpRevision(tx);
          await recordChange(
            tx,
            coordinator,
            {
              action: 'delete',
              entity: kind.entity,
              entityId: params.id,
              summary: summarise(kind.entity, stored, null),
              before: stored,
              after: null,
            },
            at,
          );
        });
        deps.catalog.invalidate();
        return c.body(null, 204, NO_STORE);
      },
    }),
  ];
}

/** The routes of every editable kind: locations, partners, outreach sessions. */
export function editableRoutes(deps: RouteDeps): AnyRoute[] {
  return Object.values(EDITABLE_KINDS).flatMap((kind) => routesOf(deps, kind));
}
