import { IdoPostcodeError } from '../errors/ido-postcode-error.js';

/** A Dutch postcode, read from whatever a resident typed. */
export interface ParsedPostcode {
  /** The four digits, e.g. `"3511"`. */
  pc4: string;
  /** The two capital letters, e.g. `"AB"`; absent when only the four digits were given. */
  letters?: string;
  /** The canonical way to write it: `"3511 AB"`, or `"3511"` without letters. */
  formatted: string;
}

// NFKC folds full-width digits, letters and spaces (typed with an East Asian keyboard) and the
// no-break space into their ASCII forms; trim() then removes tabs and any other white space.
const normalize = (input: string): string => input.normalize('NFKC').trim();

const CANONICAL = /^(\d{4})(?:[\s-]*([a-z]{2}))?$/i;
const RESERVED_LETTERS = new Set(['SA', 'SD', 'SS']);

const MESSAGES = {
  empty: 'Enter a postcode, like 1234 AB.',
  'leading-zero': 'A Dutch postcode never starts with 0. Check the first digit.',
  'wrong-digits': 'Use four digits, then two letters, like 1234 AB.',
  'wrong-letters': 'Use two letters from A to Z after the four digits, like 1234 AB.',
  'reserved-letters': 'Postcodes never end in SA, SD or SS. Check the two letters.',
  'unexpected-characters': 'A postcode has only digits and letters, like 1234 AB.',
  'house-number': 'Enter only the postcode, like 1234 AB, without the house number.',
} as const;

/**
 * Reads a Dutch postcode the way residents type it: `"1234AB"`, `"1234 ab"`, `" 1234-AB "`,
 * `"1234"` (four digits only), with full-width characters, tabs or no-break spaces.
 *
 * @throws {IdoPostcodeError} whose `problem` says what is wrong and whose message says it in plain
 * English, fit to show beside the input.
 * @example parsePostcode(' 3511-ab ') // { pc4: '3511', letters: 'AB', formatted: '3511 AB' }
 */
export function parsePostcode(input: string): ParsedPostcode {
  const text = normalize(input);
  if (text === '') throw new IdoPostcodeError('empty', MESSAGES.empty);

  const match = CANONICAL.exec(text);
  if (match) {
    const pc4 = match[1]!;
    if (pc4.startsWith('0')) throw new IdoPostcodeError('leading-zero', MESSAGES['leading-zero']);
    const letters = match[2]?.toUpperCase();
    if (letters === undefined) return { pc4, formatted: pc4 };
    if (RESERVED_LETTERS.has(letters)) {
      throw new IdoPostcodeError('reserved-letters', MESSAGES['reserved-letters']);
    }
    return { pc4, letters, formatted: `${pc4} ${letters}` };
  }
  throw diagnose(text);
}

/** Explains why `text` (normalized, non-empty, not a valid postcode) is not a postcode. */
function diagnose(text: string): IdoPostcodeError {
  if (/[^\p{L}\p{N}\s-]/u.test(text)) {
    return new IdoPostcodeError('unexpected-characters', MESSAGES['unexpected-characters']);
  }
  const digits = /^\d*/.exec(text)![0];
  if (digits.length !== 4) return new IdoPostcodeError('wrong-digits', MESSAGES['wrong-digits']);
  if (digits.startsWith('0')) {
    return new IdoPostcodeError('leading-zero', MESSAGES['leading-zero']);
  }
  const rest = text.slice(4).replace(/^[\s-]+/, '');
  const letters = /^\p{L}*/u.exec(rest)![0];
  const after = rest.slice(letters.length);
  // "1234 AB 12": the house number came along, which is worth saying in so many words.
  if (/^[a-z]{2}$/i.test(letters) && /^[\s-]*\d+\s*\p{L}?$/u.test(after)) {
    return new IdoPostcodeError('unexpected-characters', MESSAGES['house-number']);
  }
  return new IdoPostcodeError('wrong-letters', MESSAGES['wrong-letters']);
}

/**
 * Whether input to a single search box is an attempt at a postcode (send it to
 * {@link parsePostcode}) rather than a place name. True when it starts with four digits, or is
 * is only digits, or digits and two letters (`"123"`, `"123 AB"`: a postcode with a
 * digit missing). Place names that start with a digit, such as "1e Exloërmond", stay place names.
 */
export function isPostcodeLike(input: string): boolean {
  const text = normalize(input);
  return /^\d{4}/.test(text) || /^\d+(?:[\s-]*[a-z]{2})?$/i.test(text);
}
