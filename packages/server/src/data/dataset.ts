import { createHash } from 'node:crypto';
import {
  addDays,
  categoriesInForce,
  civilDate,
  prepareNearest,
  defaultTaxonomy,
  sortVersions,
  FEED_VERSION,
  normalizeText,
  type Feed,
  type Location,
  type OutreachSession,
  type Partner,
  type Taxonomy,
} from '@idokit/sdk';
import type { Db, Queryable } from '../db/db.js';
import { loadCategoryVersions } from './categories.js';
import { insertOutreachSessions } from './outreach.js';

/** The zone whose calendar day decides which categories version is in force. */
export const SERVICE_ZONE = 'Europe/Amsterdam';

/**
 * The feed carries the outreach sessions from this many days before its day onwards: residents
 * see the weeks ahead, and a desk can still pick the session of a visit it registers afterwards.
 */
export const FEED_OUTREACH_PAST_DAYS = 7;

/** Feed-level facts kept beside the locations and partners. */
export interface DatasetHeader {
  generatedAt: string;
  publisher: Feed['publisher'];
  sample?: boolean;
  helpline?: Feed['helpline'];
}

const BATCH = 500;

/** Adds or replaces locations by id (no revision bump: the caller's transaction does that). */
export async function insertLocations(
  tx: Queryable,
  locations: readonly Location[],
): Promise<void> {
  for (let i = 0; i < locations.length; i += BATCH) {
    const rows = locations.slice(i, i + BATCH).map((l) => ({
      id: l.id,
      name: l.name,
      municipality: l.address.municipality,
      lat: l.geo.lat,
      lon: l.geo.lon,
      doc: l,
      updated_at: l.updatedAt,
    }));
    // One parameter holding a JSON array: a batch insert with one bind value, whatever the row count.
    await tx.query(
      `INSERT INTO locations (id, name, municipality, lat, lon, doc, updated_at)
       SELECT x.id, x.name, x.municipality, x.lat, x.lon, x.doc, x.updated_at
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, name text, municipality text, lat float8, lon float8, doc jsonb, updated_at timestamptz)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, municipality = EXCLUDED.municipality,
         lat = EXCLUDED.lat, lon = EXCLUDED.lon, doc = EXCLUDED.doc, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(rows)],
    );
  }
}

/** Adds or replaces partners by id (no revision bump: the caller's transaction does that). */
export async function insertPartners(tx: Queryable, partners: readonly Partner[]): Promise<void> {
  for (let i = 0; i < partners.length; i += BATCH) {
    const rows = partners.slice(i, i + BATCH).map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      themes: p.themes,
      municipality_keys: p.municipalities.map(normalizeText),
      search_text: normalizeText([p.name, p.description, p.kind].join(' ')),
      organisation: p.organisation ?? null,
      doc: p,
      updated_at: p.updatedAt,
    }));
    await tx.query(
      `INSERT INTO partners
         (id, name, kind, themes, municipality_keys, search_text, organisation, doc, updated_at)
       SELECT x.id, x.name, x.kind, x.themes, x.municipality_keys, x.search_text, x.organisation,
         x.doc, x.updated_at
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, name text, kind text, themes text[], municipality_keys text[],
              search_text text, organisation text, doc jsonb, updated_at timestamptz)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
         themes = EXCLUDED.themes, municipality_keys = EXCLUDED.municipality_keys,
         search_text = EXCLUDED.search_text, organisation = EXCLUDED.organisation,
         doc = EXCLUDED.doc, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(rows)],
    );
  }
}

async function setMeta(tx: Queryable, key: string, value: unknown): Promise<void> {
  await tx.query(
    `INSERT INTO dataset_meta (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [key, JSON.stringify(value)],
  );
}

/** Tells every replica that the public dataset changed (their catalogs reload, ETags move). */
export async function bumpRevision(tx: Queryable): Promise<void> {
  await tx.query(
    `UPDATE dataset_meta SET value = to_jsonb((value #>> '{}')::bigint + 1) WHERE key = 'revision'`,
  );
}

/**
 * Replaces the whole public dataset with a validated feed, in one transaction: readers see
 * the old dataset or the new one, never a mix. The outreach sessions are replaced only when the
 * feed has an `outreach` list (an older feed without one leaves the coordinators' sessions be).
 */
export async function importFeed(db: Db, feed: Feed): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM locations');
    await tx.query('DELETE FROM partners');
    await insertLocations(tx, feed.locations);
    await insertPartners(tx, feed.partners);
    if (feed.outreach !== undefined) {
      await tx.query('DELETE FROM outreach_sessions');
      await insertOutreachSessions(tx, feed.outreach);
    }
    await setMeta(tx, 'taxonomy', feed.taxonomy);
    const header: DatasetHeader = {
      generatedAt: feed.generatedAt,
      publisher: feed.publisher,
      ...(feed.sample !== undefined ? { sample: feed.sample } : {}),
      ...(feed.helpline !== undefined ? { helpline: feed.helpline } : {}),
    };
    await setMeta(tx, 'header', header);
    await bumpRevision(tx);
  });
}

/** Adds or updates locations by id (a CSV import), in one transaction. */
export async function upsertLocations(
  db: Db,
  locations: readonly Location[],
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await insertLocations(tx, locations);
    await touchHeader(tx, at);
    await bumpRevision(tx);
  });
}

/** Adds or updates partners by id (a CSV import), in one transaction. */
export async function upsertPartners(
  db: Db,
  partners: readonly Partner[],
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await insertPartners(tx, partners);
    await touchHeader(tx, at);
    await bumpRevision(tx);
  });
}

/** Marks the dataset as generated at `at` (the feed's `generatedAt`). */
export async function touchHeader(tx: Queryable, at: Date): Promise<void> {
  const { rows } = await tx.query<{ value: DatasetHeader }>(
    `SELECT value FROM dataset_meta WHERE key = 'header'`,
  );
  const header: DatasetHeader = rows[0]?.value ?? {
    generatedAt: at.toISOString(),
    publisher: { name: 'IDO Kit' },
  };
  await setMeta(tx, 'header', { ...header, generatedAt: at.toISOString() });
}

/** How many imports the database has seen; 0 means a fresh database. */
export async function datasetRevision(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ revision: string }>(
    `SELECT value #>> '{}' AS revision FROM dataset_meta WHERE key = 'revision'`,
  );
  return Number(rows[0]?.revision ?? 0);
}

/** The public dataset, loaded into memory: what the read endpoints answer from. */
export interface Snapshot {
  revision: number;
  feed: Feed;
  /** Locations by name (the order without a search origin). */
  locations: Location[];
  locationsById: Map<string, Location>;
  /**
   * Every stored outreach session, by date, time and id (`GET /v1/outreach` answers from these;
   * the feed carries those from {@link FEED_OUTREACH_PAST_DAYS} days before `loadedOn` on).
   */
  outreach: OutreachSession[];
  /**
   * The newest categories version (by `validFrom`): the ids statistics count under, and their
   * labels. What is in force on a date is {@link taxonomyAt}.
   */
  taxonomy: Taxonomy;
  /**
   * Every categories version, by `validFrom`: those imported with `categories import`, or, before
   * the first import, the feed's taxonomy (or the SDK's default) alone.
   */
  categories: Taxonomy[];
  /** The day (Europe/Amsterdam) the snapshot was loaded: the feed serves the version of that day. */
  loadedOn: string;
  /** The serialised feed and its strong ETag, made once per revision. */
  feedJson: string;
  feedEtag: string;
}

/** A strong ETag for a response body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** The categories version in force on the day of `at` (Europe/Amsterdam). */
export function taxonomyAt(snapshot: Pick<Snapshot, 'categories'>, at: Date): Taxonomy {
  return categoriesInForce(snapshot.categories, civilDate(at, SERVICE_ZONE))!;
}

/** Loads the dataset at its current revision; the feed carries the categories in force `at`. */
export async function loadSnapshot(db: Db, at: Date = new Date()): Promise<Snapshot> {
  return db.transaction(async (tx) => {
    const revision = await datasetRevision(tx);
    const [locations, partners, sessions, meta, imported] = await Promise.all([
      tx.query<{ doc: Location }>('SELECT doc FROM locations ORDER BY name, id'),
      tx.query<{ doc: Partner }>('SELECT doc FROM partners ORDER BY name, id'),
      tx.query<{ doc: OutreachSession }>(
        `SELECT doc FROM outreach_sessions ORDER BY session_date, doc->'time'->>'opens', id`,
      ),
      tx.query<{ key: string; value: unknown }>('SELECT key, value FROM dataset_meta'),
      loadCategoryVersions(tx),
    ]);
    const metaOf = new Map(meta.rows.map((r) => [r.key, r.value]));
    // Imported categories win; before the first import, the feed's taxonomy is the only version.
    const categories =
      imported.length > 0
        ? sortVersions(imported)
        : [(metaOf.get('taxonomy') as Taxonomy | undefined) ?? defaultTaxonomy];
    const loadedOn = civilDate(at, SERVICE_ZONE);
    const taxonomy = categoriesInForce(categories, loadedOn)!;
    const header = (metaOf.get('header') as DatasetHeader | undefined) ?? {
      generatedAt: new Date(0).toISOString(),
      publisher: { name: 'IDO Kit' },
    };
    const outreach = sessions.rows.map((r) => r.doc);
    const since = addDays(loadedOn, -FEED_OUTREACH_PAST_DAYS);
    const recent = outreach.filter((s) => s.date >= since);
    const feed: Feed = {
      version: FEED_VERSION,
      generatedAt: header.generatedAt,
      publisher: header.publisher,
      ...(header.sample !== undefined ? { sample: header.sample } : {}),
      ...(header.helpline !== undefined ? { helpline: header.helpline } : {}),
      taxonomy,
      locations: locations.rows.map((r) => r.doc),
      partners: partners.rows.map((r) => r.doc),
      // Without sessions the key is left out, so a feed stays as it was before issue 21.
      ...(recent.length > 0 ? { outreach: recent } : {}),
    };
    const feedJson = JSON.stringify(feed);
    // The search index too, so the first search after a start or reload does not build it.
    prepareNearest(feed.locations);
    return {
      revision,
      feed,
      locations: feed.locations,
      locationsById: new Map(feed.locations.map((l) => [l.id, l])),
      outreach,
      taxonomy: categories.at(-1)!,
      categories,
      loadedOn,
      feedJson,
      feedEtag: etagOf(feedJson),
    };
  });
}

/**
 * The dataset in memory, reloaded when another process (an import, another replica) bumps the
 * revision. The revision is checked at most once per `checkEveryMs`. Once loaded, the copy in
 * memory keeps answering while the database is away or slow: only the request that starts a
 * check waits for it, and at most `waitMs`.
 */
export class Catalog {
  readonly #db: Db;
  readonly #checkEveryMs: number;
  readonly #waitMs: number;
  readonly #now: () => number;
  #snapshot: Promise<Snapshot> | undefined;
  #checking: Promise<Snapshot> | undefined;
  #checkedAt = 0;

  constructor(
    db: Db,
    options: { checkEveryMs?: number; waitMs?: number; now?: () => number } = {},
  ) {
    this.#db = db;
    this.#checkEveryMs = options.checkEveryMs ?? 1000;
    this.#waitMs = options.waitMs ?? 2000;
    this.#now = options.now ?? Date.now;
  }

  /** The current dataset. @throws when it was never loaded and the database cannot load it. */
  async current(): Promise<Snapshot> {
    const now = this.#now();
    if (this.#snapshot && now - this.#checkedAt < this.#checkEveryMs) return this.#snapshot;
    const held = this.#snapshot && (await this.#snapshot.catch(() => undefined));
    if (!held) {
      this.#checkedAt = now;
      const loading = loadSnapshot(this.#db, new Date(now));
      this.#snapshot = loading;
      loading.catch(() => {
        if (this.#snapshot === loading) this.#snapshot = undefined;
      });
      return loading;
    }
    if (this.#checking) return held;
    this.#checkedAt = now;
    const checking = this.#refresh(held).finally(() => {
      if (this.#checking === checking) this.#checking = undefined;
    });
    this.#checking = checking;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<Snapshot>((resolve) => {
      timer = setTimeout(() => resolve(held), this.#waitMs);
      timer.unref();
    });
    try {
      return await Promise.race([checking, waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The newer dataset when the revision moved or a new day began (another categories version
   * may come into force), else (also when the database fails) `held`.
   */
  async #refresh(held: Snapshot): Promise<Snapshot> {
    try {
      const at = new Date(this.#now());
      if (
        (await datasetRevision(this.#db)) === held.revision &&
        civilDate(at, SERVICE_ZONE) === held.loadedOn
      )
        return held;
      const loaded = await loadSnapshot(this.#db, at);
      this.#snapshot = Promise.resolve(loaded);
      return loaded;
    } catch {
      return held;
    }
  }

  /** Forgets the dataset; the next call reloads it (after an import in this process). */
  invalidate(): void {
    this.#snapshot = undefined;
  }
}
