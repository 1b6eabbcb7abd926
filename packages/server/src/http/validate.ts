import type * as z from 'zod/mini';
import { PARSE_IN_ENGLISH } from '@idokit/sdk';
import { type FieldError, validationProblem } from './problem.js';

/** Turns zod issues into `{ path, message }` with dotted paths (`questions.0.themes`). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
    message: issue.message,
  }));
}

/**
 * Parses `value` with `schema`, or throws a 400 `validation` problem naming each field.
 * @param prefix put before every path, e.g. a header name.
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(value, PARSE_IN_ENGLISH);
  if (!result.success) throw validationProblem(fieldErrors(result.error.issues, prefix));
  return result.data;
}
