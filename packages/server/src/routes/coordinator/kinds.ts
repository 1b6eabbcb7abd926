import {
  LocationEditSchema,
  OutreachSessionEditSchema,
  PartnerEditSchema,
  type Location,
  type OutreachSession,
  type Partner,
} from '@idokit/sdk';
import type * as z from 'zod/mini';
import type { Queryable } from '../../db/db.js';
import { insertLocations, insertPartners } from '../../data/dataset.js';
import {
  deleteOutreachSession,
  getOutreachSession,
  insertOutreachSessions,
} from '../../data/outreach.js';
import { HttpProblem, validationProblem } from '../../http/problem.js';
import type { SummaryEntity } from './summary.js';

/**
 * The three kinds of document a coordinator edits (issue 21), each described once: where it is
 * stored, whose it is, how a body becomes the stored document, and what keeps it from being
 * deleted. `editable.ts` makes the routes from these; the undo (`audit.ts`) uses them too.
 */

/** Any editable document: an id, and the time the server stamped on its last save. */
export interface EditableDoc {
  id: string;
  updatedAt: string;
}

/** One kind of editable document. */
export interface EditableKind<Doc extends EditableDoc = EditableDoc> {
  entity: SummaryEntity;
  /** The path segment: `/v1/coordinator/{segment}/{id}`. */
  segment: 'locations' | 'partners' | 'outreach';
  /** The OpenAPI names: `Location`, `EditableLocation`, `CoordinatorLocations`, `LocationEdit`. */
  names: { doc: string; editable: string; list: string; edit: string };
  /** For people: "location", "partner", "outreach session". */
  noun: string;
  editSchema: z.ZodMiniType;
  /** The stored document, as the database gives it back. */
  get(db: Queryable, id: string): Promise<Doc | undefined>;
  /** The organisation's documents, by name (sessions by date and time). */
  list(db: Queryable, organisation: string): Promise<Doc[]>;
  /** The organisation a stored document belongs to (undefined: none). */
  ownerOf(db: Queryable, doc: Doc): Promise<string | undefined>;
  /**
   * The document to store for a validated body: the key's organisation filled in where it is
   * left out. Throws `403` when the body names another organisation's data.
   */
  complete(db: Queryable, organisation: string, body: unknown, updatedAt: string): Promise<Doc>;
  store(tx: Queryable, doc: Doc): Promise<void>;
  remove(tx: Queryable, id: string): Promise<void>;
  /** Throws `409 conflict` when something still depends on the document. */
  assertRemovable?(tx: Queryable, doc: Doc, at: Date): Promise<void>;
}

const sameOrganisation = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');

function foreign(own: string, what: string): HttpProblem {
  return new HttpProblem(
    'forbidden',
    `This coordinator key keeps the data of ${own}; ${what} belongs to another organisation.`,
  );
}

/** The body's `organisation`, or the key's own when it is left out; 403 for another one. */
function ownOrganisation(body: { organisation?: string | undefined }, own: string): string {
  if (body.organisation === undefined) return own;
  if (!sameOrganisation(body.organisation, own)) throw foreign(own, '"organisation"');
  return body.organisation;
}

const locations: EditableKind<Location> = {
  entity: 'location',
  segment: 'locations',
  names: {
    doc: 'Location',
    editable: 'EditableLocation',
    list: 'CoordinatorLocations',
    edit: 'LocationEdit',
  },
  noun: 'location',
  editSchema: LocationEditSchema,
  async get(db, id) {
    const { rows } = await db.query<{ doc: Location }>('SELECT doc FROM locations WHERE id = $1', [
      id,
    ]);
    return rows[0]?.doc;
  },
  async list(db, organisation) {
    const { rows } = await db.query<{ doc: Location }>(
      `SELECT doc FROM locations WHERE lower(doc->>'organisation') = lower($1) ORDER BY name, id`,
      [organisation],
    );
    return rows.map((r) => r.doc);
  },
  ownerOf: (_db, doc) => Promise.resolve(doc.organisation),
  complete(_db, own, body, updatedAt) {
    const edit = body as z.output<typeof LocationEditSchema>;
    return Promise.resolve({ ...edit, organisation: ownOrganisation(edit, own), updatedAt });
  },
  store: (tx, doc) => insertLocations(tx, [doc]),
  async remove(tx, id) {
    await tx.query('DELETE FROM locations WHERE id = $1', [id]);
  },
  async assertRemovable(tx, doc, at) {
    // A desk of a deleted location would register visits for a place residents cannot find, and
    // a session would point at nothing: they go first, on purpose.
    const { rows } = await tx.query<{
      desks: string | number;
      codes: string | number;
      sessions: string | number;
    }>(
      `SELECT
         (SELECT count(*) FROM devices
           WHERE location_id = $1 AND scope = 'location' AND revoked_at IS NULL) AS desks,
         (SELECT count(*) FROM enrolment_codes
           WHERE location_id = $1 AND used_at IS NULL AND expires_at > $2) AS codes,
         (SELECT count(*) FROM outreach_sessions WHERE location_id = $1) AS sessions`,
      [doc.id, at],
    );
    const desks = Number(rows[0]?.desks ?? 0) + Number(rows[0]?.codes ?? 0);
    const sessions = Number(rows[0]?.sessions ?? 0);
    if (desks === 0 && sessions === 0) return;
    const what = [
      desks > 0 ? `revoke its desks and unused desk codes first (${desks})` : '',
      sessions > 0 ? `delete its outreach sessions first (${sessions})` : '',
    ].filter(Boolean);
    throw new HttpProblem(
      'conflict',
      `This location still has desks or outreach sessions: ${what.join(', and ')}. Nothing was deleted.`,
      { extensions: { desks, outreachSessions: sessions } },
    );
  },
};

const partners: EditableKind<Partner> = {
  entity: 'partner',
  segment: 'partners',
  names: {
    doc: 'Partner',
    editable: 'EditablePartner',
    list: 'CoordinatorPartners',
    edit: 'PartnerEdit',
  },
  noun: 'partner',
  editSchema: PartnerEditSchema,
  async get(db, id) {
    const { rows } = await db.query<{ doc: Partner }>('SELECT doc FROM partners WHERE id = $1', [
      id,
    ]);
    return rows[0]?.doc;
  },
  async list(db, organisation) {
    const { rows } = await db.query<{ doc: Partner }>(
      'SELECT doc FROM partners WHERE lower(organisation) = lower($1) ORDER BY name, id',
      [organisation],
    );
    return rows.map((r) => r.doc);
  },
  ownerOf: (_db, doc) => Promise.resolve(doc.organisation),
  complete(_db, own, body, updatedAt) {
    const edit = body as z.output<typeof PartnerEditSchema>;
    return Promise.resolve({ ...edit, organisation: ownOrganisation(edit, own), updatedAt });
  },
  store: (tx, doc) => insertPartners(tx, [doc]),
  async remove(tx, id) {
    await tx.query('DELETE FROM partners WHERE id = $1', [id]);
  },
};

/** The organisation of a location, by id (undefined when there is no such location). */
async function organisationOfLocation(db: Queryable, id: string): Promise<string | undefined> {
  const { rows } = await db.query<{ organisation: string | null }>(
    `SELECT doc->>'organisation' AS organisation FROM locations WHERE id = $1`,
    [id],
  );
  return rows[0]?.organisation ?? undefined;
}

const outreach: EditableKind<OutreachSession> = {
  entity: 'outreach',
  segment: 'outreach',
  names: {
    doc: 'OutreachSession',
    editable: 'EditableOutreachSession',
    list: 'CoordinatorOutreach',
    edit: 'OutreachSessionEdit',
  },
  noun: 'outreach session',
  editSchema: OutreachSessionEditSchema,
  get: getOutreachSession,
  async list(db, organisation) {
    const { rows } = await db.query<{ doc: OutreachSession }>(
      `SELECT o.doc FROM outreach_sessions o JOIN locations l ON l.id = o.location_id
       WHERE lower(l.doc->>'organisation') = lower($1)
       ORDER BY o.session_date, o.doc->'time'->>'opens', o.id`,
      [organisation],
    );
    return rows.map((r) => r.doc);
  },
  // A session is the organisation's whose location it is.
  ownerOf: (db, doc) => organisationOfLocation(db, doc.locationId),
  async complete(db, own, body, updatedAt) {
    const edit = body as z.output<typeof OutreachSessionEditSchema>;
    const owner = await organisationOfLocation(db, edit.locationId);
    if (owner === undefined)
      throw validationProblem([
        { path: 'locationId', message: 'No location has this id; choose one of your locations' },
      ]);
    if (!sameOrganisation(owner, own)) throw foreign(own, `location "${edit.locationId}"`);
    return { ...edit, updatedAt };
  },
  store: (tx, doc) => insertOutreachSessions(tx, [doc]),
  async remove(tx, id) {
    await deleteOutreachSession(tx, id);
  },
};

/** Every editable kind, by the audit log's entity name. */
export const EDITABLE_KINDS: Record<SummaryEntity, EditableKind> = {
  location: locations as unknown as EditableKind,
  partner: partners as unknown as EditableKind,
  outreach: outreach as unknown as EditableKind,
};
