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

/** One stored entry of the audit log. */
export interface StoredAuditEntry {
  id: number;
  at: Date;
  organisation: string;
  keyLabel: string;
  action: (typeof AUDIT_ACTIONS)[number];
  entity: (typeof AUDIT_ENTITIES)[number];
  entityId: string;
  summary: string;
  before: unknown;
  after: unknown;
  undoneBy: number | null;
  undoOf: number | null;
}

interface AuditRow {
  id: string | number;
  at: Date | string;
  organisation: string;
  key_label: string;
  action: StoredAuditEntry['action'];
  entity: StoredAuditEntry['entity'];
  entity_id: string;
  summary: string;
  before: unknown;
  after: unknown;
  undone_by: string | number | null;
  undo_of: string | number | null;
}

const AUDIT_COLUMNS = `id, at, organisation, key_label, action, entity, entity_id, summary, before,
  after, undone_by, undo_of`;

function fromRow(row: AuditRow): StoredAuditEntry {
  return {
    id: Number(row.id),
    at: new Date(row.at),
    organisation: row.organisation,
    keyLabel: row.key_label,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    summary: row.summary,
    before: row.before ?? null,
    after: row.after ?? null,
    undoneBy: row.undone_by === null ? null : Number(row.undone_by),
    undoOf: row.undo_of === null ? null : Number(row.undo_of),
  };
}

/** An organisation's newest entries, newest first. */
export async function listAuditEntries(
  db: Queryable,
  organisation: string,
  limit: number,
): Promise<StoredAuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE lower(organisation) = lower($1)
     ORDER BY id DESC LIMIT $2`,
    [organisation, limit],
  );
  return rows.map(fromRow);
}

/** One entry of an organisation (undefined when it has no entry with this id). */
export async function getAuditEntry(
  db: Queryable,
  organisation: string,
  id: number,
): Promise<StoredAuditEntry | undefined> {
  const { rows } = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE id = $1 AND lower(organisation) = lower($2)`,
    [id, organisation],
  );
  return rows[0] && fromRow(rows[0]);
}
