import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Parse options that give every issue an English sentence a developer can act on ("Too big:
 * expected string to have <=280 characters"). zod/mini ships without messages ("Invalid input");
 * the English locale costs ~1 KB. Passed per parse (`schema.safeParse(data, PARSE_IN_ENGLISH)`)
 * rather than with `z.config()`, which would change the messages of every zod schema in the
 * host application too.
 *
 * In a module of its own (re-exported by `common.ts`): `validate` needs it before any schema has
 * loaded, and importing it from the schemas would bring zod's schema code along.
 *
 * @example LocationSchema.safeParse(data, PARSE_IN_ENGLISH)
 */
export const PARSE_IN_ENGLISH: z.core.ParseContext<z.core.$ZodIssue> = Object.freeze({
  error: en().localeError,
});
