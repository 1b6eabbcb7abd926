import { IdoError, isIdoError } from './ido-error.js';

/** An RFC 9457 problem document, as the IDO API returns it. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/** The server answered with an error status. `problem` holds its RFC 9457 body when it sent one. */
export class IdoHttpError extends IdoError {
  override name = 'IdoHttpError';
  readonly status: number;
  readonly problem: ProblemDetails | undefined;
  /** Seconds to wait before retrying, from a `Retry-After` header (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(
    status: number,
    problem?: ProblemDetails,
    options?: { cause?: unknown; retryAfter?: number },
  ) {
    super('http', problem?.detail ?? problem?.title ?? `The server answered ${status}`, options);
    this.status = status;
    this.problem = problem;
    this.retryAfter = options?.retryAfter;
  }
}

export const isIdoHttpError = (value: unknown): value is IdoHttpError =>
  isIdoError(value) && value.code === 'http';
