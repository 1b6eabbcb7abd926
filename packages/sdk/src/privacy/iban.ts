import type { Candidate } from './types.js';

// IBAN lengths of the SEPA countries, plus Turkey (many IDO visitors bank there too).
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TR: 26,
  VA: 22,
};

/** Whether `iban` (any case, spaces ignored) has a known country's length and a valid mod-97 check. */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

function mod97(chars: string): number {
  let rest = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    // Letters count as two digits (A = 10 … Z = 35).
    if (code >= 65) rest = (rest * 100 + code - 55) % 97;
    else rest = (rest * 10 + code - 48) % 97;
  }
  return rest;
}

// A Dutch IBAN's shape (bank code and ten digits) is distinctive enough to count even with a
// wrong check: staff typed an account number, just not correctly.
const DUTCH_SHAPE = /^NL\d{2}[A-Z]{4}\d{10}$/i;
const START = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}/giu;
function isAlnum(c: string | undefined): boolean {
  const code = c === undefined ? 0 : c.charCodeAt(0) | 32; // lower-cases ASCII letters
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

/**
 * IBANs in `text`: a known country code, check digits and as many characters as that country's
 * IBAN has, grouped in fours or not (single spaces or dashes between), passing mod-97. A Dutch
 * IBAN (NL, two digits, four letters, ten digits) counts even when its check digits are wrong.
 */
export function findIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(START)) {
    const length = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    let compact = m[0];
    let i = m.index + 4;
    while (compact.length < length && i < text.length) {
      const c = text[i];
      if (isAlnum(c)) compact += c;
      else if ((c === ' ' || c === '-') && isAlnum(text[i + 1])) {
        // a single separator between two characters
      } else break;
      i++;
    }
    if (compact.length !== length || isAlnum(text[i])) continue;
    if (isValidIban(compact) || DUTCH_SHAPE.test(compact)) {
      found.push({ kind: 'iban', start: m.index, end: i });
    }
  }
  return found;
}
