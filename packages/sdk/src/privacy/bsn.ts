import type { PersonalDataFinding } from './types.js';

/**
 * Whether nine digits pass the BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11
 * and not zero. Separators are ignored; eight digits are read with the leading zero that
 * old sofinummers dropped.
 * @example isValidBsn('1234.56.782') // true
 */
export function isValidBsn(input: string): boolean {
  let digits = input.replace(/[\s.-]/g, '');
  if (digits.length === 8) digits = `0${digits}`;
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum !== 0 && sum % 11 === 0;
}

// Not glued to a letter or a longer number ("NL91ABNA…", "1.123.456.782", "2025-123456789").
const BEFORE = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,/-])`;
const AFTER = String.raw`(?!\p{N}|[.,/-]\p{N})`;

// The spellings a BSN is written in: plain, 4-2-3 (Belastingdienst letters), 3-3-3, 2-2-2-3,
// each with one kind of separator (space, dot or dash) used throughout.
const GROUPED = [
  String.raw`\d{9}`,
  String.raw`\d{4}([ .-])\d{2}\1\d{3}`,
  String.raw`\d{3}([ .-])\d{3}\2\d{3}`,
  String.raw`\d{2}([ .-])\d{2}\3\d{2}\3\d{3}`,
].join('|');
const BARE_BSN = new RegExp(`${BEFORE}(?:${GROUPED})${AFTER}`, 'gu');

// After an explicit label the number counts whatever its checksum (staff typed it wrong) and
// however it is grouped, as long as it has eight or nine digits.
const LABEL = String.raw`(?<![\p{L}\p{N}])(?:bsn|sofi|burger[\s-]?service|citizen\s+service|social\s+security)(?:[\s-]?(?:nummer|nr|number|no)\.?)?`;
const GAP = String.raw`[\s:=#.,()-]*(?:(?:is|was|nr\.?|nummer|number|no\.?)[\s:=#.,()-]*)?`;
const LABELLED_BSN = new RegExp(
  `(${LABEL}${GAP})(\\d(?:[ .-]?\\d){7,8})(?!\\p{N}|[.,/-]\\p{N})`,
  'giu',
);

/**
 * BSNs in `text`: nine-digit numbers that pass the 11-proef, plain or grouped, and any eight or
 * nine digits that follow a "BSN", "sofinummer" or "burgerservicenummer" label.
 */
export function findBsns(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(BARE_BSN)) {
    if (isValidBsn(m[0])) found.push({ kind: 'bsn', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LABELLED_BSN)) {
    const start = m.index + (m[1]?.length ?? 0);
    found.push({ kind: 'bsn', start, end: m.index + m[0].length });
  }
  return found;
}
