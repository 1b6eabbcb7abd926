import * as z from 'zod/mini';
import type { ValidationIssue } from '../errors/ido-validation-error.js';
import { IsoDateSchema, PARSE_IN_ENGLISH } from './common.js';
import { STRUCTURAL_HELP_KINDS, TaxonomySchema, type Taxonomy } from './taxonomy.js';

/** The lists of a categories version whose entries carry ids that registrations use. */
export const CATEGORY_LISTS = [
  'themes',
  'organisations',
  'help',
  'notHelpedReasons',
  'partnerKinds',
  'channels',
] as const;
export type CategoryList = (typeof CATEGORY_LISTS)[number];

type Issue = { path: PropertyKey[]; message: string };

const entries = (value: unknown): { id?: unknown; formerIds?: unknown }[] =>
  Array.isArray(value) ? value.filter((e) => e && typeof e === 'object') : [];
const idsOf = (value: unknown) => new Set(entries(value).map((e) => e.id));

/**
 * Every id check of a categories version that one list alone cannot make. Defensive about the
 * shape, so that it also runs on a document with other problems and all are reported at once.
 */
function crossIssues(data: unknown): Issue[] {
  const c = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const issues: Issue[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  for (const list of CATEGORY_LISTS) {
    const ids = idsOf(c[list]);
    const former = new Map<unknown, number>();
    entries(c[list]).forEach((entry, index) => {
      if (!Array.isArray(entry.formerIds)) return;
      entry.formerIds.forEach((old: unknown, j: number) => {
        const path = [list, index, 'formerIds', j];
        if (ids.has(old))
          issue(path, `"${String(old)}" is still an id in ${list}; a former id must be gone`);
        else if (former.has(old))
          issue(
            path,
            `"${String(old)}" is a former id of two entries (also at index ${former.get(old)})`,
          );
        else former.set(old, index);
      });
    });
  }
  if (Array.isArray(c.help)) {
    const help = idsOf(c.help);
    for (const id of STRUCTURAL_HELP_KINDS)
      if (!help.has(id))
        issue(['help'], `Help "${id}" is missing: the registration rules depend on it`);
  }
  if (Array.isArray(c.durationBuckets))
    c.durationBuckets.forEach((minutes: unknown, i: number, all: unknown[]) => {
      if (i > 0 && typeof minutes === 'number' && !(minutes > (all[i - 1] as number)))
        issue(['durationBuckets', i], 'Duration buckets go from short to long, each once');
    });
  const known = { themes: idsOf(c.themes), organisations: idsOf(c.organisations) };
  const label = { themes: 'theme', organisations: 'organisation' } as const;
  entries(c.followUpQuestions).forEach((q, i) => {
    const appliesTo = (q as { appliesTo?: Record<string, unknown> }).appliesTo;
    for (const list of ['themes', 'organisations'] as const) {
      const referenced = appliesTo?.[list];
      if (!Array.isArray(referenced)) continue;
      referenced.forEach((id: unknown, j: number) => {
        if (!known[list].has(id))
          issue(
            ['followUpQuestions', i, 'appliesTo', list, j],
            `Unknown ${label[list]} "${String(id)}"`,
          );
      });
    }
  });
  return issues;
}

const crossChecks = z.superRefine<Taxonomy>((c, ctx) => {
  for (const { path, message } of crossIssues(c))
    ctx.issues.push({ code: 'custom', message, path, input: c });
});

/**
 * A categories file: every list of the national IDO form as data, with a `version` and the date
 * it comes into force (`validFrom`). Stricter than a taxonomy served to widgets: `validFrom` is
 * required, former ids (`formerIds`) must be gone from their list and belong to one entry, help
 * `referred` and `not-helped` must be there, duration buckets go up, and follow-up questions name
 * known themes and organisations.
 */
export const CategoriesSchema = z
  .object({
    ...TaxonomySchema.shape,
    validFrom: IsoDateSchema,
  })
  .check(crossChecks);
export type Categories = z.infer<typeof CategoriesSchema>;

/**
 * Every problem of a categories document, each with its path (`themes[3].label.nl`) and a
 * message; an empty list means it may be imported.
 * @param data the parsed JSON document
 */
export function validateCategories(data: unknown): ValidationIssue[] {
  const result = CategoriesSchema.safeParse(data, PARSE_IN_ENGLISH);
  if (result.success) return [];
  const issues: ValidationIssue[] = result.error.issues.map((i) => ({
    path: i.path,
    message: i.message,
    code: i.code,
  }));
  // zod skips the cross checks when a list has other problems; run them anyway, once each.
  const seen = new Set(issues.map((i) => `${i.path.map(String).join('.')}\n${i.message}`));
  for (const extra of crossIssues(data))
    if (!seen.has(`${extra.path.map(String).join('.')}\n${extra.message}`))
      issues.push({ ...extra, code: 'custom' });
  return issues;
}

/** What a categories version changes against the one before it, per list. */
export interface CategoryChanges {
  added: { list: CategoryList; id: string }[];
  removed: { list: CategoryList; id: string }[];
  /** Ids that became another id (an entry's `formerIds` names them). */
  renamed: { list: CategoryList; from: string; to: string }[];
}

/** The ids `next` adds, removes and renames against `previous` (none: every id is added). */
export function categoryChanges(previous: Taxonomy | undefined, next: Taxonomy): CategoryChanges {
  const changes: CategoryChanges = { added: [], removed: [], renamed: [] };
  for (const list of CATEGORY_LISTS) {
    const before = new Set(previous?.[list].map((e) => e.id) ?? []);
    const now = new Set(next[list].map((e) => e.id));
    const renamedFrom = new Set<string>();
    for (const entry of next[list])
      for (const old of entry.formerIds ?? [])
        if (before.has(old)) {
          changes.renamed.push({ list, from: old, to: entry.id });
          renamedFrom.add(old);
        }
    for (const entry of next[list])
      if (
        !before.has(entry.id) &&
        !changes.renamed.some((r) => r.list === list && r.to === entry.id)
      )
        changes.added.push({ list, id: entry.id });
    for (const id of before)
      if (!now.has(id) && !renamedFrom.has(id)) changes.removed.push({ list, id });
  }
  return changes;
}

/**
 * Where ids of earlier versions count now: per list, old id → the id of the newest version.
 * Versions are taken in order of `validFrom` (then version); renames chain (a → b, later b → c
 * maps a to c), and an id that a later version uses again stops being mapped.
 */
export function categoryIdMap(
  versions: readonly Taxonomy[],
): Map<CategoryList, Map<string, string>> {
  const ordered = sortVersions(versions);
  const map = new Map<CategoryList, Map<string, string>>();
  for (const list of CATEGORY_LISTS) {
    let current = new Map<string, string>();
    for (const version of ordered) {
      const renames = new Map<string, string>();
      for (const entry of version[list])
        for (const old of entry.formerIds ?? []) renames.set(old, entry.id);
      const next = new Map<string, string>();
      for (const [old, to] of current) next.set(old, renames.get(to) ?? to);
      for (const [old, to] of renames) next.set(old, to);
      const inUse = new Set(version[list].map((e) => e.id));
      for (const [old, to] of next) if (old === to || inUse.has(old)) next.delete(old);
      current = next;
    }
    map.set(list, current);
  }
  return map;
}

/** Versions by `validFrom` (a version without one first), then by version. */
export function sortVersions<T extends Taxonomy>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) =>
    (a.validFrom ?? '') !== (b.validFrom ?? '')
      ? (a.validFrom ?? '') < (b.validFrom ?? '')
        ? -1
        : 1
      : a.version < b.version
        ? -1
        : a.version > b.version
          ? 1
          : 0,
  );
}

/**
 * The version in force on `date` (YYYY-MM-DD): the latest whose `validFrom` is on or before it;
 * for a date before every version, the earliest. `undefined` only for an empty list.
 */
export function categoriesInForce<T extends Taxonomy>(
  versions: readonly T[],
  date: string,
): T | undefined {
  const ordered = sortVersions(versions);
  let found = ordered[0];
  for (const version of ordered) if ((version.validFrom ?? '') <= date) found = version;
  return found;
}

/** `GET /v1/categories`: one categories version, and which versions the server knows. */
export const CategoriesResponseSchema = z.object({
  /** The version in force today (Europe/Amsterdam). */
  inForce: TaxonomySchema.shape.version,
  /** Every version the server knows, by `validFrom`. */
  versions: z.array(
    z.object({ version: TaxonomySchema.shape.version, validFrom: z.optional(IsoDateSchema) }),
  ),
  /** The version asked for (`?version=`), else the one in force. */
  categories: TaxonomySchema,
});
export type CategoriesResponse = z.infer<typeof CategoriesResponseSchema>;
