import { IdoError, isIdoError } from './ido-error.js';

/** The thing asked for does not exist (a location or partner id). */
export class IdoNotFoundError extends IdoError {
  override name = 'IdoNotFoundError';
  readonly resource: string;
  readonly id: string;

  constructor(resource: string, id: string, options?: { cause?: unknown }) {
    super('not-found', `No ${resource} with id "${id}"`, options);
    this.resource = resource;
    this.id = id;
  }
}

export const isIdoNotFoundError = (value: unknown): value is IdoNotFoundError =>
  isIdoError(value) && value.code === 'not-found';
