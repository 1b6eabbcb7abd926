import {
  categoriesInForce,
  categoryChanges,
  categoryIdMap,
  defaultTaxonomy,
  formatPath,
  SERVICE_YEARS,
  sortVersions,
  validateCategories,
  type Categories,
  type CategoryChanges,
  type CategoryList,
  type Taxonomy,
} from '@idokit/sdk';
import type { Db, Queryable } from '../db/db.js';
import { ImportError } from '../import/csv.js';
import { canonicalJson } from './registrations.js';

/** What a categories import did. */
export interface CategoriesImport {
  version: string;
  validFrom: string;
  /** The version this one follows (by `validFrom`), which `changes` compare against. */
  previousVersion?: string;
  changes: CategoryChanges;
  /** The same version with the same content was imported before: nothing changed. */
  unchanged: boolean;
}

/** The imported categories versions, by `validFrom` (then version). */
export async function loadCategoryVersions(db: Queryable): Promise<Taxonomy[]> {
  const { rows } = await db.query<{ doc: Taxonomy }>(
    'SELECT doc FROM categories ORDER BY valid_from, version',
  );
  return rows.map((r) => r.doc);
}

/**
 * Checks a categories document (parsed JSON) and returns it typed.
 * @throws ImportError with every problem, each with its path (`themes[3].label.nl`).
 */
export function parseCategories(data: unknown): Categories {
  const issues = validateCategories(data);
  if (issues.length > 0)
    throw new ImportError(
      issues.map((i) => ({ column: formatPath(i.path) || '(document)', message: i.message })),
    );
  return data as Categories;
}

/** {@link parseCategories} for the text of a JSON file. */
export function categoriesFromJson(text: string): Categories {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError([{ message: `Not valid JSON: ${(error as Error).message}` }]);
  }
  return parseCategories(json);
}

/**
 * Imports a categories version, all or nothing, in one transaction: stores it, rebuilds the
 * id mapping (`category_ids`) from every version's `formerIds`, and bumps the dataset revision
 * so every replica serves it (from its `validFrom` on). The same version again with the same
 * content changes nothing; with other content it is refused: registrations name versions, so
 * a version once imported keeps its meaning. `audit` records an import that changed something in
 * the same transaction (a coordinator's import, issue 21).
 * @throws ImportError when the document is not valid or the version is taken.
 */
export async function importCategories(
  db: Db,
  data: unknown,
  at: Date,
  options: { audit?: (tx: Queryable, done: CategoriesImport) => Promise<void> } = {},
): Promise<CategoriesImport> {
  const categories = parseCategories(data);
  return db.transaction(async (tx) => {
    // One import at a time: the mapping is rebuilt from all versions.
    await tx.query(`SELECT pg_advisory_xact_lock(4242006)`);
    let versions = await loadCategoryVersions(tx);
    if (versions.length === 0) {
      // The first import: keep what was in force until now (the feed's taxonomy or the default)
      // as a version too, so registrations that name it stay valid and its ids stay mapped.
      const held = await heldTaxonomy(tx);
      if (held.version !== categories.version) {
        await insertVersion(tx, { ...held, validFrom: held.validFrom ?? EARLIEST }, at);
        versions = [{ ...held, validFrom: held.validFrom ?? EARLIEST }];
      }
    }
    const same = versions.find((v) => v.version === categories.version);
    const others = versions.filter((v) => v.version !== categories.version);
    const previous = sortVersions(others)
      .filter((v) => (v.validFrom ?? '') <= categories.validFrom)
      .at(-1);
    const result = {
      version: categories.version,
      validFrom: categories.validFrom,
      ...(previous ? { previousVersion: previous.version } : {}),
      changes: categoryChanges(previous, categories),
    };
    if (same) {
      if (canonicalJson(same) === canonicalJson(categories)) return { ...result, unchanged: true };
      throw new ImportError([
        {
          column: 'version',
          message: `Version "${categories.version}" is already imported with other content. Registrations name their version, so give the changed categories a new version.`,
        },
      ]);
    }
    await insertVersion(tx, categories, at);
    await rebuildCategoryIds(tx, [...others, categories]);
    await tx.query(
      `UPDATE dataset_meta SET value = to_jsonb((value #>> '{}')::bigint + 1) WHERE key = 'revision'`,
    );
    const done = { ...result, unchanged: false };
    await options.audit?.(tx, done);
    return done;
  });
}

/** The first day any version can be in force: the first a registration can be about. */
const EARLIEST = `${SERVICE_YEARS.min}-01-01`;

/** The categories in force before any import: the feed's taxonomy, else the SDK's default. */
async function heldTaxonomy(tx: Queryable): Promise<Taxonomy> {
  const { rows } = await tx.query<{ value: Taxonomy }>(
    `SELECT value FROM dataset_meta WHERE key = 'taxonomy'`,
  );
  return rows[0]?.value ?? defaultTaxonomy;
}

async function insertVersion(
  tx: Queryable,
  version: Taxonomy & { validFrom: string },
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO categories (version, valid_from, doc, imported_at)
     VALUES ($1, $2::date, $3::jsonb, $4)`,
    [version.version, version.validFrom, JSON.stringify(version), at],
  );
}

/** Rewrites `category_ids`: for every list, each old id and the newest id it counts under. */
async function rebuildCategoryIds(tx: Queryable, versions: readonly Taxonomy[]): Promise<void> {
  const map = categoryIdMap(versions);
  // The version that introduced each new id's rename, for whoever reads the table.
  const renamedIn = (list: CategoryList, to: string) =>
    sortVersions(versions)
      .filter((v) => v[list].some((e) => e.id === to && e.formerIds?.length))
      .at(-1)?.version ?? '';
  const rows = [...map].flatMap(([list, ids]) =>
    [...ids].map(([old_id, new_id]) => ({
      list,
      old_id,
      new_id,
      version: renamedIn(list, new_id),
    })),
  );
  await tx.query('DELETE FROM category_ids');
  if (rows.length > 0)
    await tx.query(
      `INSERT INTO category_ids (list, old_id, new_id, version)
       SELECT x.list, x.old_id, x.new_id, x.version
       FROM jsonb_to_recordset($1::jsonb) AS x(list text, old_id text, new_id text, version text)`,
      [JSON.stringify(rows)],
    );
}

/** The version in force on `date`, from a snapshot's versions. */
export function versionInForce(versions: readonly Taxonomy[], date: string): Taxonomy {
  return categoriesInForce(versions, date)!;
}
