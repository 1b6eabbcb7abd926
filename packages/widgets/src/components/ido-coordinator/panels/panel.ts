import {
  isIdoConflictError,
  isIdoValidationError,
  type CoordinatorClient,
  type CoordinatorMe,
  type Editable,
  type Location,
} from '@idokit/sdk';
import { property, state } from 'lit/decorators.js';
import { IdoElement } from '../../../base/ido-element.js';

/** What `ido-coordinator-change` names: the kind of document and its id. */
export interface CoordinatorChange {
  entity: 'partner' | 'outreach' | 'desk' | 'report-key' | 'categories' | 'location';
  id: string;
}

/** The problem of a failed save, sorted for the form: per field, a conflict, or one message. */
export interface SaveProblem {
  /** Field path ("contact.email", "referral.0.url") → message, from the server's 400. */
  fields: Map<string, string>;
  /** The server's version when the save met a newer one (412); `null` when it was deleted. */
  conflict?: { current: unknown; etag: string | null };
  /** The message for everything else (shown in the form's alert). */
  message?: string;
}

/**
 * The base of the coordinator's panels: the signed-in `CoordinatorClient` (`coordinator`), who the
 * key is (`me`), the organisation's locations (`locations`) and the language come from the shell
 * `<ido-coordinator>`; a panel loads its own documents and fires `ido-coordinator-change` after
 * every saved change, so the shell can refresh its log.
 */
export class CoordinatorPanel<S extends object> extends IdoElement<S> {
  /** The signed-in coordinator's client (the SDK's `CoordinatorClient`). */
  @property({ attribute: false }) coordinator?: CoordinatorClient;

  /** Who the coordinator key is: its organisation, label, municipalities and rights. */
  @property({ attribute: false }) me?: CoordinatorMe;

  /** The organisation's locations, as the shell loaded them. */
  @property({ attribute: false }) locations: Editable<Location>[] = [];

  /** A short announcement for screen readers ("Opgeslagen"), in the panel's status line. */
  @state() protected announcement = '';

  /** Tells the shell a change was saved (it refreshes the audit log and the undo button). */
  protected changed(change: CoordinatorChange): void {
    this.dispatchEvent(
      new CustomEvent<CoordinatorChange>('ido-coordinator-change', {
        bubbles: true,
        composed: true,
        detail: change,
      }),
    );
  }

  /** Sorts a failed save into field problems, a conflict or a message (and reports the rest). */
  protected problemOf(error: unknown): SaveProblem {
    if (isIdoConflictError(error))
      return { fields: new Map(), conflict: { current: error.current, etag: error.currentEtag } };
    if (isIdoValidationError(error) && error.issues.some((i) => i.path.length > 0)) {
      const fields = new Map<string, string>();
      for (const issue of error.issues) {
        const key = issue.path.join('.');
        if (!fields.has(key)) fields.set(key, issue.message);
      }
      return { fields };
    }
    return { fields: new Map(), message: this.reportError(error) };
  }

  /** The name of one of the organisation's locations, else its id. */
  protected locationName(id: string): string {
    return this.locations.find((l) => l.doc.id === id)?.doc.name ?? id;
  }
}

/** Today in Europe/Amsterdam, as YYYY-MM-DD. */
export function todayIn(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** A list typed as "nl, en, tr" or one per line. */
export function splitList(value: FormDataEntryValue | null): string[] {
  return String(value ?? '')
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
