import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { AccessScope, Enrolment } from '@idokit/sdk';
import type { Db, Queryable } from '../db/db.js';

/** Crockford's base32: no I, L, O or U, so codes read aloud and typed by hand survive. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** SHA-256, hex. Tokens and codes are stored only this way. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A code as typed: case, spaces and hyphens do not matter, and the letters people confuse
 * with digits (O, I, L) count as those digits.
 */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** A fresh code such as `7KQ2-M9XD` (40 bits). */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a read-only report token may read: a library organisation or a municipality, by name. */
export interface ReportScope {
  kind: Exclude<AccessScope, 'location'>;
  name: string;
}

/**
 * Creates a one-time enrolment code for a location. A `label` ("Balie 1", given by the
 * coordinator who made the code) becomes the desk's label when it enrols without naming itself.
 */
export async function createEnrolmentCode(
  db: Queryable,
  locationId: string,
  options: { at: Date; ttlMs: number; label?: string },
): Promise<{ code: string; locationId: string; expiresAt: Date }> {
  const code = newEnrolmentCode();
  const expiresAt = new Date(options.at.getTime() + options.ttlMs);
  await db.query(
    `INSERT INTO enrolment_codes (code_hash, location_id, label, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [sha256(normalizeCode(code)), locationId, options.label?.trim() || null, options.at, expiresAt],
  );
  return { code, locationId, expiresAt };
}

/**
 * Creates a one-time code that enrols a browser as a read-only report token for a library
 * organisation or a municipality (redeemed at `POST /v1/enrolments` like a device code).
 */
export async function createReportCode(
  db: Queryable,
  scope: ReportScope,
  options: { at: Date; ttlMs: number; label?: string },
): Promise<{ code: string; scope: ReportScope; expiresAt: Date }> {
  const code = newEnrolmentCode();
  const expiresAt = new Date(options.at.getTime() + options.ttlMs);
  await db.query(
    `INSERT INTO enrolment_codes (code_hash, scope, scope_name, label, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      sha256(normalizeCode(code)),
      scope.kind,
      scope.name,
      options.label?.trim() || null,
      options.at,
      expiresAt,
    ],
  );
  return { code, scope, expiresAt };
}

/**
 * Makes a read-only report token at once, for an administrator to paste into the statistics
 * element. Shown once; only its hash is kept.
 */
export async function createReportToken(
  db: Queryable,
  scope: ReportScope,
  options: { at: Date; label?: string },
): Promise<Enrolment> {
  const deviceId = `rep_${randomBytes(9).toString('base64url')}`;
  const token = `idokit_${randomBytes(32).toString('base64url')}`;
  await db.query(
    `INSERT INTO devices (id, scope, scope_name, label, token_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [deviceId, scope.kind, scope.name, options.label || null, sha256(token), options.at],
  );
  return {
    deviceId,
    token,
    scope: scope.kind,
    scopeName: scope.name,
    issuedAt: options.at.toISOString(),
  };
}

/**
 * Exchanges an unused, unexpired code for a new device token. The code is spent in the same
 * statement that checks it, so two devices racing with one code cannot both win.
 *
 * A device enrolled without a label takes the label its code was made with (a coordinator's
 * "Balie 1"), else is named after its location and a number ("Zwolle Centrum 2": the location's
 * name, or its id when the dataset does not know it, and one more than the devices it has had),
 * so a coordinator can tell the desks apart in `devices list`. A report token keeps no label
 * unless given one (or its code carries one).
 * @returns undefined when the code is unknown, used or expired (deliberately not saying which).
 */
export async function redeemEnrolmentCode(
  db: Db,
  code: string,
  options: { at: Date; deviceLabel?: string },
): Promise<Enrolment | undefined> {
  return db.transaction(async (tx) => {
    const random = randomBytes(9).toString('base64url');
    const { rows } = await tx.query<{
      location_id: string | null;
      scope: AccessScope;
      scope_name: string | null;
      label: string | null;
    }>(
      `UPDATE enrolment_codes
       SET used_at = $2, device_id = CASE scope WHEN 'location' THEN 'dev_' ELSE 'rep_' END || $3
       WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING location_id, scope, scope_name, label`,
      [sha256(normalizeCode(code)), options.at, random],
    );
    const row = rows[0];
    if (!row) return undefined;
    const token = `idokit_${randomBytes(32).toString('base64url')}`;
    const deviceId = `${row.scope === 'location' ? 'dev' : 'rep'}_${random}`;
    let label = options.deviceLabel?.trim() || row.label || null;
    if (!label && row.scope === 'location' && row.location_id) {
      const { rows: named } = await tx.query<{ name: string | null; devices: number }>(
        `SELECT (SELECT name FROM locations WHERE id = $1) AS name,
                (SELECT count(*)::int FROM devices WHERE location_id = $1) AS devices`,
        [row.location_id],
      );
      label = `${named[0]?.name ?? row.location_id} ${(named[0]?.devices ?? 0) + 1}`;
    }
    await tx.query(
      `INSERT INTO devices (id, location_id, scope, scope_name, label, token_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [deviceId, row.location_id, row.scope, row.scope_name, label, sha256(token), options.at],
    );
    const issuedAt = options.at.toISOString();
    const named = label ? { deviceLabel: label } : {};
    return row.scope === 'location' && row.location_id
      ? { deviceId, token, locationId: row.location_id, scope: 'location', issuedAt, ...named }
      : { deviceId, token, scope: row.scope, scopeName: row.scope_name ?? '', issuedAt, ...named };
  });
}

/**
 * An enrolled device or report token, as authentication finds it. A device (`scope`
 * `location`) has a `locationId`; a report token has a `scopeName` and no location.
 */
export interface Device {
  id: string;
  scope: AccessScope;
  /** The device's location; `null` for a report token. */
  locationId: string | null;
  /** The organisation or municipality of a report token. */
  scopeName: string | null;
  label: string | null;
  createdAt: Date;
  lastUsedOn: string | null;
  revokedAt: Date | null;
}

interface DeviceRow {
  id: string;
  scope: AccessScope;
  scope_name: string | null;
  location_id: string | null;
  label: string | null;
  created_at: Date | string;
  last_used_on: string | null;
  revoked_at: Date | string | null;
}

const toDevice = (r: DeviceRow): Device => ({
  id: r.id,
  scope: r.scope,
  locationId: r.location_id,
  scopeName: r.scope_name,
  label: r.label,
  createdAt: new Date(r.created_at),
  lastUsedOn: r.last_used_on,
  revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at),
});

const DEVICE_COLUMNS = `id, scope, scope_name, location_id, label, created_at, last_used_on::text AS last_used_on, revoked_at`;

/**
 * Finds the device a bearer token belongs to (revoked or not) and, when it is not revoked, records
 * `at`'s day as the day it was last used (a date only: no usage trail). One statement, one round
 * trip on every authenticated request; the update writes only on a device's first call of a day.
 * The answer is the device as it was before this call.
 */
export async function useDeviceToken(
  db: Queryable,
  token: string,
  at: Date,
): Promise<Device | undefined> {
  const { rows } = await db.query<DeviceRow>(
    `WITH used AS (
       UPDATE devices SET last_used_on = $2::date
       WHERE token_hash = $1 AND revoked_at IS NULL
         AND (last_used_on IS NULL OR last_used_on < $2::date)
     )
     SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = $1`,
    [sha256(token), at.toISOString().slice(0, 10)],
  );
  return rows[0] && toDevice(rows[0]);
}

/** Lists devices, newest first, optionally for one location. */
export async function listDevices(db: Queryable, locationId?: string): Promise<Device[]> {
  const { rows } = await db.query<DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM devices
     WHERE $1::text IS NULL OR location_id = $1 ORDER BY created_at DESC, id`,
    [locationId ?? null],
  );
  return rows.map(toDevice);
}

/** Revokes a device token. @returns false when no such device exists. */
export async function revokeDevice(db: Queryable, deviceId: string, at: Date): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE devices SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING id`,
    [deviceId, at],
  );
  return rows.length > 0;
}
