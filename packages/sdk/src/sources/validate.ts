import type * as z from 'zod/mini';
import { IdoValidationError } from '../errors/ido-validation-error.js';
import { PARSE_IN_ENGLISH } from '../schemas/parse-in-english.js';

/**
 * Validates data from a feed, the API or a caller against a schema and returns the parsed value
 * (defaults applied). Throws {@link IdoValidationError} naming the first bad field's path.
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(data, PARSE_IN_ENGLISH);
  if (result.success) return result.data;
  throw new IdoValidationError(
    what,
    result.error.issues.map((issue) => ({
      path: issue.path,
      message: issue.message,
      code: issue.code,
    })),
    { cause: result.error },
  );
}
