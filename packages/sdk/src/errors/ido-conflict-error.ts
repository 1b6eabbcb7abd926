import { IdoError, isIdoError } from './ido-error.js';

/**
 * A coordinator's change was not saved because someone changed the same document first (the
 * server answered `412 edit-conflict` to its `If-Match`). Nothing was overwritten: `current` is
 * the version on the server now (or `null` when it was deleted), with its ETag; the caller still
 * has its own version and can show both.
 */
export class IdoConflictError<T = unknown> extends IdoError {
  override name = 'IdoConflictError';
  readonly current: T | null;
  readonly currentEtag: string | null;

  constructor(current: T | null, currentEtag: string | null, options?: { cause?: unknown }) {
    super(
      'conflict',
      current === null
        ? 'Someone else deleted this in the meantime; nothing was saved.'
        : 'Someone else changed this in the meantime; nothing was saved.',
      options,
    );
    this.current = current;
    this.currentEtag = currentEtag;
  }
}

export const isIdoConflictError = (value: unknown): value is IdoConflictError =>
  isIdoError(value) && value.code === 'conflict';
