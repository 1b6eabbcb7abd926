import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { HttpProblem } from '../../http/problem.js';
import type { AppEnv } from '../../openapi/route.js';

/**
 * Optimistic concurrency for the coordinator's documents (issue 21). Every document has a strong
 * ETag made from its stored JSON (which includes `updatedAt`, so every save moves it). A change
 * names the version it was made from (`If-Match`), or `If-None-Match: *` for a new document; a
 * change from an older version is refused with `412 edit-conflict`, carrying the current version,
 * so two coordinators never overwrite each other silently.
 */

/**
 * JSON with every object's keys sorted: the database's `jsonb` gives keys back in its own order,
 * so a document has one ETag whether it comes from a request body, a row or the audit log.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The ETag of a stored document. */
export function docEtag(doc: unknown): string {
  return `"${createHash('sha256').update(canonicalJson(doc)).digest('base64url').slice(0, 27)}"`;
}

/** What a write names: the version it changes, or that it creates. */
export type Precondition = { kind: 'match'; etags: string[] } | { kind: 'create' };

/**
 * Reads `If-Match` / `If-None-Match: *`. Without either a write is refused with `428`: a client
 * that does not say which version it changed could overwrite anything.
 */
export function preconditionOf(c: Context<AppEnv>): Precondition {
  const ifMatch = c.req.header('If-Match');
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const etags = ifMatch
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    return { kind: 'match', etags };
  }
  if (c.req.header('If-None-Match')?.trim() === '*') return { kind: 'create' };
  throw new HttpProblem(
    'precondition-required',
    'Send "If-Match" with the ETag of the version you changed, or "If-None-Match: *" to create a new one.',
  );
}

/**
 * Checks a write's precondition against the stored document (`undefined` when there is none):
 * throws `412 edit-conflict` with the current version when they differ.
 */
export function checkPrecondition(precondition: Precondition, stored: unknown): void {
  const currentEtag = stored === undefined ? null : docEtag(stored);
  const ok =
    precondition.kind === 'create'
      ? stored === undefined
      : currentEtag !== null &&
        (precondition.etags.includes('*') || precondition.etags.includes(currentEtag));
  if (ok) return;
  throw new HttpProblem(
    'edit-conflict',
    stored === undefined
      ? 'This was deleted in the meantime; nothing was saved.'
      : precondition.kind === 'create'
        ? 'Something with this id exists already; nothing was saved. Choose another id, or edit that one.'
        : 'Someone else changed this in the meantime; nothing was saved. Compare both versions and save again.',
    { extensions: { current: stored ?? null, currentEtag } },
  );
}

/** A coordinator may change only its own organisation's documents. */
export function assertOwnOrganisation(c: Context<AppEnv>, organisation: string | undefined): void {
  const own = c.get('coordinator').organisation;
  if (
    organisation === undefined ||
    organisation.toLocaleLowerCase('nl') !== own.toLocaleLowerCase('nl')
  )
    throw new HttpProblem(
      'forbidden',
      `This coordinator key keeps the data of ${own}; this belongs to ${organisation ? 'another organisation' : 'no organisation'}.`,
    );
}
