import {
  isIdoConflictError,
  isIdoValidationError,
  type Editable,
  type IdoClient,
  type Location,
} from '@idokit/sdk';
import { clientFor } from '../../../controllers/client-controller.js';
import { fieldErrors, type FieldErrors } from '../form-kit.js';

/**
 * Helpers the coordinator's panels share beyond the shell's kit (`panel-base.ts`,
 * `form-kit.ts`, `conflict-view.ts`): the day, typed lists, the public API next to the
 * coordinator's, and sorting a refused save.
 */

/** The problem of a failed save, sorted for the form: per field, a conflict, or neither. */
export interface SaveProblem {
  /** Field path ("contact.email", "referral.0.url") → message, from the server's 400. */
  errors: FieldErrors;
  /** The server's version when the save met a newer one (412); `null` when it was deleted. */
  conflict?: { current: unknown; etag: string | null };
  /** Neither: the caller reports it (`reportError`) and shows the message. */
  other?: unknown;
}

/** Sorts a failed save into field problems, a conflict, or something else. */
export function saveProblem(error: unknown): SaveProblem {
  if (isIdoConflictError(error))
    return { errors: {}, conflict: { current: error.current, etag: error.currentEtag } };
  if (isIdoValidationError(error) && error.issues.some((i) => i.path.length > 0))
    return { errors: fieldErrors(error) };
  return { errors: {}, other: error };
}

/** A list typed as "nl, en, tr" or one per line. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The name of one of the organisation's locations, else its id. */
export function locationName(locations: readonly Editable<Location>[], id: string): string {
  return locations.find((l) => l.doc.id === id)?.doc.name ?? id;
}

/**
 * The public API's client (categories, geocoder) for a panel: its `publicClient`, else one for its
 * own `api`, else for that of the `<ido-coordinator>` whose shadow root holds it. A panel's
 * `client` is the coordinator's, which reads no public data.
 */
export function publicClientOf(
  panel: HTMLElement & { api?: string; publicClient?: IdoClient },
): IdoClient | undefined {
  if (panel.publicClient) return panel.publicClient;
  const host = (panel.getRootNode() as ShadowRoot).host as (Element & { api?: string }) | undefined;
  const api = panel.api ?? host?.api ?? host?.getAttribute('api') ?? undefined;
  return api ? clientFor({ api }) : undefined;
}
