import { randomBytes } from 'node:crypto';
import type { CoordinatorSession } from '@idokit/sdk';
import type { Db, Queryable } from '../db/db.js';
import { newEnrolmentCode, normalizeCode, sha256 } from './devices.js';

/**
 * Coordinator keys (issue 21): one library organisation's key to edit its data in a browser.
 * Made like desk tokens: `idokit-server coordinator-code` prints a one-time code, which the
 * `<ido-coordinator>` element exchanges for the key at `POST /v1/coordinator/sign-in`. Only hashes
 * are stored. A key is never a desk or report token (a table of its own).
 */
export interface Coordinator {
  keyId: string;
  organisation: string;
  /** Names the key in the audit log ("Coördinator Centrum"); never a person's name. */
  label: string;
  mayImportCategories: boolean;
  createdAt: Date;
  lastUsedOn: string | null;
  revokedAt: Date | null;
}

/** Creates a one-time sign-in code for an organisation's coordinator. */
export async function createCoordinatorCode(
  db: Queryable,
  options: {
    organisation: string;
    label: string;
    mayImportCategories?: boolean;
    at: Date;
    ttlMs: number;
  },
): Promise<{ code: string; organisation: string; label: string; expiresAt: Date }> {
  const code = newEnrolmentCode();
  const expiresAt = new Date(options.at.getTime() + options.ttlMs);
  await db.query(
    `INSERT INTO coordinator_codes
       (code_hash, organisation, label, may_import_categories, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      sha256(normalizeCode(code)),
      options.organisation,
      options.label,
      options.mayImportCategories ?? false,
      options.at,
      expiresAt,
    ],
  );
  return { code, organisation: options.organisation, label: options.label, expiresAt };
}

/**
 * Exchanges an unused, unexpired code for a new coordinator key; the code is spent in the same
 * statement that checks it. @returns undefined for an unknown, used or expired code.
 */
export async function redeemCoordinatorCode(
  db: Db,
  code: string,
  at: Date,
): Promise<CoordinatorSession | undefined> {
  return db.transaction(async (tx) => {
    const keyId = `crd_${randomBytes(9).toString('base64url')}`;
    const { rows } = await tx.query<{
      organisation: string;
      label: string;
      may_import_categories: boolean;
    }>(
      `UPDATE coordinator_codes SET used_at = $2, key_id = $3
       WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING organisation, label, may_import_categories`,
      [sha256(normalizeCode(code)), at, keyId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const token = `idokit_${randomBytes(32).toString('base64url')}`;
    await tx.query(
      `INSERT INTO coordinator_keys
         (id, organisation, label, token_hash, may_import_categories, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [keyId, row.organisation, row.label, sha256(token), row.may_import_categories, at],
    );
    return {
      keyId,
      token,
      organisation: row.organisation,
      label: row.label,
      issuedAt: at.toISOString(),
    };
  });
}

interface KeyRow {
  id: string;
  organisation: string;
  label: string;
  may_import_categories: boolean;
  created_at: Date | string;
  last_used_on: string | null;
  revoked_at: Date | string | null;
}

const toCoordinator = (r: KeyRow): Coordinator => ({
  keyId: r.id,
  organisation: r.organisation,
  label: r.label,
  mayImportCategories: r.may_import_categories,
  createdAt: new Date(r.created_at),
  lastUsedOn: r.last_used_on,
  revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at),
});

const KEY_COLUMNS = `id, organisation, label, may_import_categories, created_at,
  last_used_on::text AS last_used_on, revoked_at`;

/**
 * Finds the key a bearer token belongs to (revoked or not) and records `at`'s day as its last
 * use (a date only). One statement per request, like `useDeviceToken`.
 */
export async function useCoordinatorToken(
  db: Queryable,
  token: string,
  at: Date,
): Promise<Coordinator | undefined> {
  const { rows } = await db.query<KeyRow>(
    `WITH used AS (
       UPDATE coordinator_keys SET last_used_on = $2::date
       WHERE token_hash = $1 AND revoked_at IS NULL
         AND (last_used_on IS NULL OR last_used_on < $2::date)
     )
     SELECT ${KEY_COLUMNS} FROM coordinator_keys WHERE token_hash = $1`,
    [sha256(token), at.toISOString().slice(0, 10)],
  );
  return rows[0] && toCoordinator(rows[0]);
}

/** Lists coordinator keys, newest first, optionally of one organisation. */
export async function listCoordinatorKeys(
  db: Queryable,
  organisation?: string,
): Promise<Coordinator[]> {
  const { rows } = await db.query<KeyRow>(
    `SELECT ${KEY_COLUMNS} FROM coordinator_keys
     WHERE $1::text IS NULL OR lower(organisation) = lower($1)
     ORDER BY created_at DESC, id`,
    [organisation ?? null],
  );
  return rows.map(toCoordinator);
}

/** Revokes a coordinator key. @returns false when no such key exists. */
export async function revokeCoordinatorKey(
  db: Queryable,
  keyId: string,
  at: Date,
): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE coordinator_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING id`,
    [keyId, at],
  );
  return rows.length > 0;
}
