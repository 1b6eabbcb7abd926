import { UndoRequestSchema, type AuditEntry } from '@idokit/sdk';
import * as z from 'zod/mini';
import {
  getAuditEntry,
  listAuditEntries,
  recordChange,
  type StoredAuditEntry,
} from '../../data/audit.js';
import { bumpRevision, touchHeader } from '../../data/dataset.js';
import type { Queryable } from '../../db/db.js';
import { HttpProblem } from '../../http/problem.js';
import { defineRoute, type AnyRoute } from '../../openapi/route.js';
import type { RouteDeps } from '../deps.js';
import { lockDocument } from './editable.js';
import { docEtag } from './editing.js';
import { EDITABLE_KINDS, type EditableDoc, type EditableKind } from './kinds.js';
import { COORDINATOR_PROBLEMS, problem } from './problems.js';

/**
 * The audit log and the undo of the organisation's last change (issue 21):
 * `GET /v1/coordinator/audit`, `POST /v1/coordinator/undo`.
 */

const AuditQuerySchema = z.object({
  limit: z._default(
    z.coerce
      .number()
      .check(z.int(), z.gte(1), z.lte(200), z.describe('At most this many entries (1–200)')),
    50,
  ),
});

const UNDOABLE_ACTIONS = new Set<string>(['create', 'update', 'delete']);

/** The kind an entry changed, when it is a location, partner or outreach session. */
const kindOf = (entry: StoredAuditEntry): EditableKind | undefined =>
  Object.hasOwn(EDITABLE_KINDS, entry.entity)
    ? EDITABLE_KINDS[entry.entity as keyof typeof EDITABLE_KINDS]
    : undefined;

/**
 * Why `entry` cannot be undone now, or undefined when it can. `newest` is the organisation's
 * newest entry; `current` the document as it is stored now.
 */
function whyNotUndoable(
  entry: StoredAuditEntry,
  newest: StoredAuditEntry | undefined,
  current: EditableDoc | undefined,
): string | undefined {
  if (entry.undoneBy !== null) return 'This change has been undone already.';
  if (!kindOf(entry) || !UNDOABLE_ACTIONS.has(entry.action))
    return 'Only a change to a location, partner or outreach session can be undone; revocations, codes, imports and undos cannot.';
  if (newest?.id !== entry.id)
    return 'Only the last change of your organisation can be undone; something else was changed after it.';
  const unchanged =
    entry.action === 'delete'
      ? current === undefined
      : current !== undefined && docEtag(current) === docEtag(entry.after);
  if (!unchanged) return 'It has been changed since; nothing was undone. Edit it instead.';
  return undefined;
}

/** The entry as the API shows it: no documents, no key id. */
function shown(entry: StoredAuditEntry, undoable: boolean): AuditEntry {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    keyLabel: entry.keyLabel,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    summary: entry.summary,
    undoable,
    undoneBy: entry.undoneBy,
  };
}

/** Whether the organisation's newest entry can be undone now. */
async function newestUndoable(db: Queryable, newest: StoredAuditEntry): Promise<boolean> {
  const kind = kindOf(newest);
  if (!kind || newest.undoneBy !== null || !UNDOABLE_ACTIONS.has(newest.action)) return false;
  return whyNotUndoable(newest, newest, await kind.get(db, newest.entityId)) === undefined;
}

/** Audit log and undo. */
export function auditRoutes(deps: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/coordinator/audit',
      operationId: 'coordinatorAudit',
      summary: "The organisation's audit log, newest first",
      description:
        'What changed, when and by which coordinator key (its label; never a person or a token), with a one-line summary in Dutch. `undoable` is true for the newest entry only, when it changed a location, partner or outreach session that has not changed since.',
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      query: AuditQuerySchema,
      responses: {
        200: { description: 'The entries, newest first', schema: 'AuditLog' },
        400: problem('The query is not valid (`validation`)'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { query }) => {
        const organisation = c.get('coordinator').organisation;
        const entries = await listAuditEntries(deps.db, organisation, query.limit);
        const undoable = entries[0] ? await newestUndoable(deps.db, entries[0]) : false;
        return c.json(
          { items: entries.map((entry, i) => shown(entry, i === 0 && undoable)) },
          200,
          { 'Cache-Control': 'no-store' },
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/v1/coordinator/undo',
      operationId: 'coordinatorUndo',
      summary: "Undo the organisation's last change",
      description:
        "Undoes an audit entry: a changed document gets its earlier version back, a created one is deleted, a deleted one comes back. Only the organisation's newest entry, of a location, partner or outreach session, and only while that document has not changed since (else 409 `conflict`). The undo is public at once and is itself an entry (`undo`), which cannot be undone.",
      tag: 'Coordinator',
      access: 'staff',
      auth: 'coordinator',
      rateLimit: 'coordinator',
      maxBodyBytes: 1024,
      body: UndoRequestSchema,
      bodySchemaName: 'UndoRequest',
      responses: {
        201: { description: 'The entry of the undo', schema: 'AuditEntry' },
        400: problem('The body is not valid (`validation`)'),
        404: problem('Your organisation has no entry with this id (`not-found`)'),
        409: problem('It cannot be undone (`conflict`); `detail` says why'),
        ...COORDINATOR_PROBLEMS,
      },
      handler: async (c, { body }) => {
        const coordinator = c.get('coordinator');
        const at = deps.now();
        const notFound = () =>
          new HttpProblem('not-found', `Your organisation has no change with the id ${body.id}`);
        if (!Number.isSafeInteger(body.id)) throw notFound();
        const undo = await deps.db.transaction(async (tx) => {
          // One undo of an organisation at a time.
          await lockDocument(tx, 'undo', coordinator.organisation.toLocaleLowerCase('nl'));
          const entry = await getAuditEntry(tx, coordinator.organisation, body.id);
          if (!entry) throw notFound();
          const kind = kindOf(entry);
          if (kind) await lockDocument(tx, kind.entity, entry.entityId);
          const [newest] = await listAuditEntries(tx, coordinator.organisation, 1);
          const current = kind ? await kind.get(tx, entry.entityId) : undefined;
          const why = whyNotUndoable(entry, newest, current);
          if (why || !kind) throw new HttpProblem('conflict', why ?? 'This cannot be undone.');

          let restored: EditableDoc | undefined;
          if (entry.action === 'create') {
            await kind.assertRemovable?.(tx, current!, at);
            await kind.remove(tx, entry.entityId);
          } else {
            // The earlier version, saved now: residents' caches and the editors' ETags move on.
            const earlier = { ...(entry.before as EditableDoc), updatedAt: at.toISOString() };
            const owner = await kind.ownerOf(tx, earlier);
            if (
              owner === undefined ||
              owner.toLocaleLowerCase('nl') !== coordinator.organisation.toLocaleLowerCase('nl')
            )
              throw new HttpProblem(
                'conflict',
                'What it belonged to is no longer your organisation’s (its location was deleted or moved); nothing was undone.',
              );
            await kind.store(tx, earlier);
            restored = await kind.get(tx, entry.entityId);
          }
          await touchHeader(tx, at);
          await bumpRevision(tx);
          const id = await recordChange(
            tx,
            coordinator,
            {
              action: 'undo',
              entity: entry.entity,
              entityId: entry.entityId,
              summary: `Ongedaan gemaakt: ${entry.summary}`,
              before: current ?? null,
              after: restored ?? null,
              undoOf: entry.id,
            },
            at,
          );
          return (await getAuditEntry(tx, coordinator.organisation, id))!;
        });
        deps.catalog.invalidate();
        return c.json(shown(undo, false), 201, { 'Cache-Control': 'no-store' });
      },
    }),
  ];
}
