import type { AUDIT_ACTIONS, AUDIT_ENTITIES } from '@idokit/sdk';
import type { Coordinator } from '../auth/coordinator.js';
import type { Queryable } from '../db/db.js';

/** One change for the audit log, written in the same transaction as the change itself. */
export interface AuditChange {
  action: (typeof AUDIT_ACTIONS)[number];
  entity: (typeof AUDIT_ENTITIES)[number];
  entityId: string;
  /** One line for people: "Gesloten op 2026-12-25 (Kerst)", "Balie 1 ingetrokken". */
  summary: string;
  /**
   * The whole document before and after (null when it did not exist or no longer does). Only
   * public data or ids and labels: never a token, a code or personal data.
   */
  before: unknown;
  after: unknown;
  /** For an undo: the entry it undoes (that entry's `undone_by` is set to this one's id). */
  undoOf?: number;
}

/** Records a change by a coordinator key; answers the entry's id. */
export async function recordChange(
  tx: Queryable,
  coordinator: Pick<Coordinator, 'keyId' | 'label' | 'organisation'>,
  change: AuditChange,
  at: Date,
): Promise<number> {
  const { rows } = await tx.query<{ id: string | number }>(
    `INSERT INTO audit_log
       (at, organisation, key_id, key_label, action, entity, entity_id, summary, before, after, undo_of)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)
     RETURNING id`,
    [
      at,
      coordinator.organisation,
      coordinator.keyId,
      coordinator.label,
      change.action,
      change.entity,
      change.entityId,
      change.summary,
      change.before === null || change.before === undefined ? null : JSON.stringify(change.before),
      change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
      change.undoOf ?? null,
    ],
  );
  const id = Number(rows[0]!.id);
  if (change.undoOf !== undefined)
    await tx.query('UPDATE audit_log SET undone_by = $1 WHERE id = $2', [id, change.undoOf]);
  return id;
}
