import { IdoError, isIdoError } from './ido-error.js';

/**
 * The request never got an HTTP answer: offline, DNS, refused, or timed out (`code: 'timeout'`).
 * A browser's CORS refusal, told apart where it can be, is the subclass `IdoOriginError`
 * (`code: 'origin-not-allowed'`).
 */
export class IdoNetworkError extends IdoError {
  override name = 'IdoNetworkError';
  /** The URL that could not be reached (without query string, which may carry user input). */
  readonly url: string;

  constructor(url: string, options?: { cause?: unknown; timeout?: boolean }) {
    const bare = url.split('?')[0] ?? url;
    super(
      options?.timeout ? 'timeout' : 'network',
      options?.timeout ? `No answer from ${bare} in time` : `Could not reach ${bare}`,
      options,
    );
    this.url = bare;
  }
}

export const isIdoNetworkError = (value: unknown): value is IdoNetworkError =>
  isIdoError(value) &&
  (value.code === 'network' || value.code === 'timeout' || value.code === 'origin-not-allowed');
