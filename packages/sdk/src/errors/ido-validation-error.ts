import { IdoError, isIdoError } from './ido-error.js';

/** One problem found by validation, in zod's shape (path into the document, and a message). */
export interface ValidationIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** Formats a path the way a developer would write it: `locations[3].address.postcode`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/**
 * Data did not match the domain model: a feed or API response, or input to an SDK call.
 * The message names the first bad field; `issues` holds all of them.
 */
export class IdoValidationError extends IdoError {
  override name = 'IdoValidationError';
  readonly issues: ValidationIssue[];
  /** Path of the first issue, e.g. `locations[3].address.postcode`. */
  readonly path: string;

  constructor(what: string, issues: ValidationIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    const path = first ? formatPath(first.path) : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(
      'validation',
      `Invalid ${what}: ${path ? `${path}: ` : ''}${first?.message ?? 'unknown problem'}${more}`,
      options,
    );
    this.issues = issues;
    this.path = path;
  }
}

export const isIdoValidationError = (value: unknown): value is IdoValidationError =>
  isIdoError(value) && value.code === 'validation';
