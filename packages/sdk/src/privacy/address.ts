import type { Candidate } from './types.js';

// Two-letter words and abbreviations that follow a number in ordinary notes ("2024 en 2025",
// "aangifte 2024 IB 2 formulieren"); after a space they are not read as postcode letters.
const NOT_LETTERS = new Set(
  (
    'al am an as at be bv by ca cm cq cv de do dr en er ex ga gb he ib id if ik in is it ja je ' +
    'kg km me mb ml mm my na nl no nr nu nv of ok om on op or pc pm pp re so st te to tv up us ' +
    'uw vs we ww ze zo'
  ).split(' '),
);

const POSTCODE = String.raw`[1-9]\d{3}(\s?)(?!sa|sd|ss)([a-z]{2})(?!\p{L})`;
// 12, 12a, 12-A, 12-2, 12 hs, 12 bis; never a count of something ("12 min", "3 formulieren").
const HOUSE_NUMBER = String.raw`\d{1,5}(?:-?[a-z](?!\p{L})|-\d{1,4}|\s(?:hs|bis|bg)(?!\p{L}))?(?![.,:]?\p{N})(?!\s*(?:x|%|€|euro|min|minuten|uur|u|km|m|keer|jaar|jaren|maanden|weken|dagen|vragen|vraag|formulieren|formulier|brieven|pagina'?s)(?!\p{L}))`;
const NUMBER_LABEL = String.raw`(?:(?:huis)?n(?:umme)?r\.?|no\.?|hnr\.?)?`;
const STREET_SUFFIX =
  'straat|laan|gracht|plein|kade|dijk|singel|steeg|dreef|plantsoen|boulevard|allee|weg';
const NOT_STREETS = new Set(['onderweg', 'halfweg', 'snelweg', 'halverweg']);
// Words before a number and a postcode that are not a street: an organisation's postbus, a form.
const NOT_NAMES = new Set([
  'postbus',
  'antwoordnummer',
  'formulier',
  'pagina',
  'kamer',
  'lijn',
  'bus',
]);
const BOUNDARY = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,/-])`;

/** Postcode followed by a house number: "1234 AB 12", "1234AB, nr 5", "1234 ab 12a". */
const POSTCODE_NUMBER = new RegExp(
  `${BOUNDARY}${POSTCODE}[\\s,]*${NUMBER_LABEL}\\s*${HOUSE_NUMBER}`,
  'giu',
);
/** Street and number, with or without a postcode after it: "Kerkstraat 12, 1234 AB". */
const STREET_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}'-])([\\p{L}'-]+)\\s+${HOUSE_NUMBER}(?:[\\s,]+${POSTCODE})?`,
  'giu',
);
const STREET = new RegExp(`.(?:${STREET_SUFFIX})$`, 'i');
/** Any named street, its number and a postcode: "Brink 5, 1234 AB". */
const NAME_NUMBER_POSTCODE = new RegExp(
  `(?<![\\p{L}\\p{N}'.-])(\\p{L}[\\p{L}'.-]*)\\s+${HOUSE_NUMBER}[\\s,]+${POSTCODE}`,
  'giu',
);

/** Whether the postcode letters in a match read as letters of a postcode, not a short word. */
function isPostcode(space: string | undefined, letters: string | undefined): boolean {
  if (letters === undefined) return false;
  return !(space && NOT_LETTERS.has(letters.toLowerCase()));
}

/**
 * Addresses in `text`: a Dutch postcode with a house number, or a street and house number (with or
 * without a postcode). A postcode alone, or a four-digit PC4 area, is not personal and is not
 * reported.
 */
export function findAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  const push = (m: RegExpExecArray): void => {
    found.push({ kind: 'postcode-housenumber', start: m.index, end: m.index + m[0].length });
  };
  for (const m of text.matchAll(POSTCODE_NUMBER)) if (isPostcode(m[1], m[2])) push(m);
  for (const m of text.matchAll(STREET_NUMBER)) {
    const street = m[1] ?? '';
    if (!STREET.test(street) || NOT_STREETS.has(street.toLowerCase())) continue;
    // A postcode after the number only counts when it reads as one; otherwise drop it from the span.
    if (m[3] !== undefined && !isPostcode(m[2], m[3])) {
      const end = m.index + m[0].search(/[\s,]+[1-9]\d{3}\s?\p{L}{2}$/u);
      found.push({ kind: 'postcode-housenumber', start: m.index, end });
    } else push(m);
  }
  for (const m of text.matchAll(NAME_NUMBER_POSTCODE)) {
    if (!NOT_NAMES.has((m[1] ?? '').toLowerCase()) && isPostcode(m[2], m[3])) push(m);
  }
  return found;
}
