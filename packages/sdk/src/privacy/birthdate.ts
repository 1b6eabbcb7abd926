import type { Candidate } from './types.js';

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  febr: 2,
  feb: 2,
  maart: 3,
  march: 3,
  mrt: 3,
  mar: 3,
  mrz: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augustus: 8,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
// Longest names first, so "maart" is not read as "mar".
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?(?!\\p{L})`;
const ORDINAL = '(?:ste|de|st|nd|rd|th|e)?';
const YEAR = "(['’])?(\\d{4}|\\d{2})(?!\\p{N}|[.,/-]\\p{N})";
const NOT_AFTER_NUMBER = '(?<![\\p{L}\\p{N}_]|\\p{N}[.,/-])';

interface Pattern {
  re: RegExp;
  /** Day, month, year and apostrophe from a match. */
  parts: (m: RegExpExecArray) => [string?, string?, string?, string?];
  /** Only counted after a birth context ("geboren", "geb.", "born"). */
  contextOnly?: boolean;
  /** The month is a name: a bare two-digit year ("3 mei 10") then needs a birth context. */
  named?: boolean;
}

const PATTERNS: Pattern[] = [
  // 12-03-1956, 12/3/56, 12.03.1956, 12 - 03 - 1956
  {
    re: new RegExp(
      `${NOT_AFTER_NUMBER}(\\d{1,2}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})(?!\\p{N}|[.,/-]\\p{N})`,
      'gu',
    ),
    parts: (m) => [m[1], m[3], m[4]],
  },
  // 1956-03-12
  {
    re: new RegExp(
      `${NOT_AFTER_NUMBER}(\\d{4}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})(?!\\p{N}|[.,/-]\\p{N})`,
      'gu',
    ),
    parts: (m) => [m[4], m[3], m[1]],
  },
  // 12 maart 1956, 3 mei '56, 12-mrt-1956, 1st of March 1956
  {
    re: new RegExp(
      `${NOT_AFTER_NUMBER}(\\d{1,2})${ORDINAL}(?:\\s+of)?[\\s.-]+(?:van\\s+)?${MONTH},?[\\s.-]+${YEAR}`,
      'giu',
    ),
    parts: (m) => [m[1], m[2], m[4], m[3]],
    named: true,
  },
  // March 12, 1956; March 12th 1956
  {
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${MONTH}[\\s.-]+(\\d{1,2})${ORDINAL},?[\\s.-]+${YEAR}`,
      'giu',
    ),
    parts: (m) => [m[2], m[1], m[4], m[3]],
    named: true,
  },
  // 12031956 after "geboren": day-month-year without separators
  {
    re: /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{4})(?!\p{N})/gu,
    parts: (m) => [m[1], m[2], m[3]],
    contextOnly: true,
  },
];

const BIRTH_CONTEXT =
  /(?<!\p{L})(?:geb(?:\.|:|(?!\p{L}))|geb\.?\s?datum|gebdat|geboren|geboorte\p{L}*|born|birth\p{L}*|dob|d\.o\.b\.?)/iu;
// Words that date an event rather than a person: "sinds 1 januari 2012", "brief van 3-4-2010".
const EVENT_CONTEXT =
  /(?<!\p{L})(?:sinds|vanaf|per|tot|t\/m|d\.d\.|dd|brief|beschikking|aanslag|afspraak|ingangsdatum|ingang|since|from|until|letter)(?!\p{L})[^\p{L}\p{N}]*(?:van\s+|op\s+)?$/iu;

// A date that opens a period ("1-1-2000 t/m 31-12-2010") is an event too.
const PERIOD_AFTER = /^\s*(?:tot(?:\s+en\s+met)?|t\/m|tm|until|to|[-–])\s*\d/iu;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** How far back a date needs a birth context: a recent date is far more often an appointment. */
const RECENT_YEARS = 10;

/**
 * Birth dates in `text`, judged against the year of `at`:
 * - numeric (12-03-1956, 12/3/56, 12.03.1956, 1956-03-12) and with a Dutch or English month
 *   name (12 maart 1956, 3 mei '56, March 12, 1956);
 * - a real calendar date from 1900 up to `at`, never in the future;
 * - a date from the last ten years (year ≥ current year − 10), a month-name date with a bare
 *   two-digit year, a two-digit year up to ten years ahead ("1/1/28", read as 1928 only when
 *   born then), or eight digits without separators count only after a birth context
 *   ("geboren", "geb.", "geboortedatum", "born", "date of birth");
 * - without a birth context, a date right after an event word ("sinds", "vanaf", "per", "brief",
 *   "afspraak", …) or opening a period ("1-1-2000 t/m …") is an event, not a birth date.
 */
export function findBirthdates(text: string, at: Date): Candidate[] {
  const found: Candidate[] = [];
  const currentYear = at.getUTCFullYear();
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      const [dayText, monthText, yearText, apostrophe] = pattern.parts(m);
      if (dayText === undefined || monthText === undefined || yearText === undefined) continue;
      const day = Number(dayText);
      const month = MONTHS[monthText.toLowerCase()] ?? Number(monthText);
      let year = Number(yearText);
      // "1/1/28" a few years ahead is more likely a due date than someone born in 1928.
      const nearFuture =
        yearText.length === 2 &&
        year > currentYear % 100 &&
        year <= (currentYear % 100) + RECENT_YEARS;
      if (yearText.length === 2) year += year <= currentYear % 100 ? 2000 : 1900;
      if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) continue;
      if (month === 2 && day === 29 && !isLeapYear(year)) continue;
      if (year < 1900 || Date.UTC(year, month - 1, day) > at.getTime()) continue;

      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const birthContext = BIRTH_CONTEXT.test(before);
      if (nearFuture && !birthContext) continue;
      const bareShortYear = pattern.named && yearText.length === 2 && !apostrophe;
      const needsContext =
        pattern.contextOnly || bareShortYear || year >= currentYear - RECENT_YEARS;
      if (needsContext && !birthContext) continue;
      if (!birthContext && EVENT_CONTEXT.test(before)) continue;
      if (
        !birthContext &&
        PERIOD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
      )
        continue;
      found.push({ kind: 'birthdate', start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
