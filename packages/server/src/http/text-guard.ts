import type { FieldError } from './problem.js';

/** How deep {@link unstorableText} looks into nested JSON before giving up on the rest. */
const MAX_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or undefined when it can. */
function whyUnstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'Must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'Must be valid Unicode text (it has a lone surrogate)';
  return undefined;
}

/**
 * Every string in a value (object keys included) that no database can hold as text: a NUL
 * character or a lone UTF-16 surrogate. The server checks every query, path parameter and JSON
 * body with this before any schema, so it defends itself whatever the SDK's schemas allow.
 * @param prefix put before every path (e.g. a header name).
 */
export function unstorableText(value: unknown, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (v: unknown, path: string[], depth: number) => {
    if (typeof v === 'string') {
      const why = whyUnstorable(v);
      if (why) errors.push({ path: [prefix, ...path].filter(Boolean).join('.'), message: why });
      return;
    }
    if (!v || typeof v !== 'object' || depth > MAX_DEPTH) return;
    for (const [key, item] of Object.entries(v)) {
      const whyKey = whyUnstorable(key);
      if (whyKey)
        errors.push({
          path: [prefix, ...path].filter(Boolean).join('.'),
          message: `A property name: ${whyKey}`,
        });
      else visit(item, [...path, key], depth + 1);
    }
  };
  visit(value, [], 0);
  return errors;
}
