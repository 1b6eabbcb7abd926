import { IdoError, isIdoError } from './ido-error.js';

/**
 * Something could not be kept on this device: the store's write failed (storage full, blocked
 * by the browser, a private window, a disk error). Nothing was stored; the caller still has the
 * data and should keep it. The store's own error is the `cause`.
 */
export class IdoStorageError extends IdoError {
  override name = 'IdoStorageError';
  /** What was being stored, e.g. `'question registration'`. */
  readonly resource: string;

  constructor(resource: string, options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super('storage', `Could not store the ${resource} on this device${reason}`, options);
    this.resource = resource;
  }
}

export const isIdoStorageError = (value: unknown): value is IdoStorageError =>
  isIdoError(value) && value.code === 'storage';
