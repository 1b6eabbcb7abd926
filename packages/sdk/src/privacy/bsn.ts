import type { Candidate } from './types.js';

/**
 * Whether nine digits pass the BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11
 * and not zero. Separators are ignored; eight digits are read with the leading zero that
 * old sofinummers dropped.
 * @example isValidBsn('1234.56.782') // true
 */
export function isValidBsn(input: string): boolean {
  let digits = input.replace(/[\s./-]/g, '');
  if (digits.length === 8) digits = `0${digits}`;
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum !== 0 && sum % 11 === 0;
}

// Not glued to a letter or a longer number ("NL91ABNA…", "1.123.456.782", "2025-123456789").
const BEFORE = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,/-])`;

// A run of digit groups: digits with one separator between groups ("123 456-782", "12 345 6782",
// "1234/56/782"). In the folded text every space run is one space and every dash is "-".
const RUN = new RegExp(String.raw`${BEFORE}\d+(?:(?: ?[./-] ?| )\d+)*`, 'gu');
const GROUP = /\d+/g;

/**
 * Nine digits written as one number or as groups of two or more digits (plain, 4-2-3, 3-3-3,
 * 2-2-2-3, 2-3-4, mixed separators): every such span of a run whose digits pass the 11-proef.
 * A span may begin or end inside a run only where groups are split by a space; "1.123.456.782"
 * (an amount) and "2025-123456789" (a case number) stay whole and are not BSNs.
 */
function* bareBsns(text: string): Generator<[start: number, end: number]> {
  for (const run of text.matchAll(RUN)) {
    // Not followed by more digits after a separator ("123456782.5" is a number, not a BSN).
    const after = text.slice(run.index + run[0].length, run.index + run[0].length + 2);
    if (/^[.,/-]\d/.test(after)) continue;
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
      digits: g[0],
    }));
    for (let a = 0; a < groups.length; a++) {
      // A span starts at the run's first group or after a plain space.
      if (a > 0 && text.slice(groups[a - 1]!.end, groups[a]!.start) !== ' ') continue;
      let digits = '';
      for (let b = a; b < groups.length && digits.length < 9; b++) {
        const group = groups[b]!;
        if (group.digits.length < 2 && groups.length > 1) break;
        digits += group.digits;
        if (digits.length !== 9) continue;
        const last = b === groups.length - 1 || text.slice(group.end, groups[b + 1]!.start) === ' ';
        if (last && isValidBsn(digits)) yield [groups[a]!.start, group.end];
      }
    }
  }
}

// After an explicit label the number counts whatever its checksum (staff typed it wrong) and
// however it is grouped, as long as it has eight or nine digits.
const LABEL = String.raw`(?<![\p{L}\p{N}])(?:bsn|sofi|burger[\s-]?service|citizen\s+service|social\s+security)(?:[\s-]?(?:nummer|nr|number|no)\.?)?`;
const GAP = String.raw`[\s:=#.,()-]*(?:(?:is|was|nr\.?|nummer|number|no\.?)[\s:=#.,()-]*)?`;
const LABELLED_BSN = new RegExp(
  `(${LABEL}${GAP})(\\d(?:(?: ?[./-] ?| )?\\d){7,8})(?!\\p{N}|[.,/-]\\p{N})`,
  'giu',
);

// Nine single digits, one separator between each ("1 2 3 4 5 6 7 8 2", "1.2.3.4.5.6.7.8.2",
// "1 - 2 - 3 …"): a BSN typed or read out one digit at a time to get past a guard. Not glued
// to a letter or another digit on either side, so a tenth spaced digit makes it no BSN.
const SPACED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_]|\p{N} ?[.-]? ?)\d(?:(?: ?[.-] ?| )\d){8}(?! ?[.-]? ?\p{N})(?![\p{L}_])`,
  'gu',
);

/**
 * BSNs in `text`: nine-digit numbers that pass the 11-proef, plain, grouped or spaced one digit
 * at a time, and any eight or nine digits that follow a "BSN", "sofinummer" or
 * "burgerservicenummer" label.
 */
export function findBsns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [start, end] of bareBsns(text)) found.push({ kind: 'bsn', start, end });
  for (const m of text.matchAll(SPACED))
    if (isValidBsn(m[0].replace(/[ .-]/g, '')))
      found.push({ kind: 'bsn', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(LABELLED_BSN)) {
    const start = m.index + (m[1]?.length ?? 0);
    found.push({ kind: 'bsn', start, end: m.index + m[0].length });
  }
  return found;
}
