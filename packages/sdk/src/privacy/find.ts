import { findAddresses } from './address.js';
import { findBirthdates } from './birthdate.js';
import { findBsns } from './bsn.js';
import { findEmails } from './email.js';
import { findIbans } from './iban.js';
import { findNames } from './names.js';
import { foldText } from './normalize.js';
import { findPhones } from './phone.js';
import {
  WARNING_KINDS,
  type Candidate,
  type FindPersonalDataOptions,
  type PersonalDataFinding,
  type PersonalDataKind,
} from './types.js';

// When findings of different kinds overlap, the longer one wins; at equal length, the more
// specific pattern (a checksum or an "@" beats a digit grouping).
const RANK: Readonly<Record<PersonalDataKind, number>> = {
  email: 0,
  iban: 1,
  bsn: 2,
  phone: 3,
  'postcode-housenumber': 4,
  birthdate: 5,
  name: 6,
};

/**
 * Finds personal data in a free-text note, so the form can refuse it and the server reject it,
 * naming the kind. Each finding gives its kind and UTF-16 offsets into `text` as given; findings
 * are sorted by start and never overlap (the longer wins).
 *
 * The detectors scan a folded copy (see `foldText`): NFKC, digits of every script as 0–9, format
 * characters (zero-width space, soft hyphen, word joiner …) removed, every space run one space and
 * every dash "-", so a BSN pasted from a PDF or typed on an Arabic keyboard is found like a plain
 * one, and its offsets still cover exactly the characters the user wrote.
 *
 * What counts (choices made for IDO notes, where a false alarm costs a rewording and a miss
 * leaks a resident's data):
 * - `bsn`: nine digits passing the 11-proef, plain or in groups of two or more digits split by
 *   spaces, ".", "-" or "/" in any mix (4-2-3, 3-3-3, 2-2-2-3, 2-3-4, "123 456-782"), or one
 *   digit at a time with a space, "." or "-" between ("1 2 3 4 5 6 7 8 2"). After a "BSN", "sofinummer" or "burgerservicenummer" label any eight or
 *   nine digits count, checksum or not (staff typed one wrong, or dropped the leading zero).
 *   About one in eleven arbitrary 9-digit reference numbers passes the 11-proef and is refused
 *   too: it cannot be told from a BSN.
 * - `iban`: a SEPA country's IBAN (plus TR) passing mod-97, grouped or not, any case; a Dutch
 *   IBAN's shape counts even with wrong check digits.
 * - `email`: every address, also spelled out ("(at)", "[at]", " at ", "apenstaartje", "(dot)",
 *   " dot ", "punt", spaces around "@" and "."); a role address of an organisation included
 *   (name the organisation instead).
 * - `phone`: Dutch mobile (also "6 12345678"), landline, 085/088 numbers in the usual spellings
 *   and with +31/0031; +32 and +49 numbers, any "+" number of E.164 length. 0800 and 090x
 *   numbers, and 088 numbers beside a government organisation or help line ("UWV 088-…"), are
 *   organisations' numbers and are not reported.
 * - `birthdate`: see the rules below; a date in the last ten years needs "geboren", "geb." or
 *   "born" before it, so appointments ("afspraak 12-03-2026") pass.
 * - `postcode-housenumber`: a postcode with a house number, a street (…straat, …laan, …weg, …)
 *   with a number, or any name + number + postcode. A postcode or PC4 alone passes.
 * - `name` (a warning, only with `warnings: true`): a title ("mevrouw", "mw.", "dhr.", "de heer",
 *   "juf.", "mr." …) followed by a capitalised word, or a common Dutch first name (see
 *   `first-names.ts`) followed by a capitalised word; the finding is the name, not the title. Its
 *   `severity` is `warn`: a form marks it and lets staff take it out, a server stores the note
 *   anyway. Every other kind is `block`. A warning never hides a `block` finding it overlaps.
 *
 * Birth dates: numeric or with a Dutch or English month name, a real date from 1900 to `at`;
 * without a birth context a date from the last ten years, an event date ("sinds", "per",
 * "brief van", "t/m") and a month-name date with a bare two-digit year are not birth dates.
 *
 * Cheap enough for every keystroke: a few linear scans, well under a frame (16 ms) for 280
 * characters, hostile ones included (`pnpm bench privacy`); printable ASCII skips the folding.
 * @example findPersonalData('BSN 123456782') // [{ kind: 'bsn', severity: 'block', start: 4, end: 13 }]
 */
export function findPersonalData(
  text: string,
  options: FindPersonalDataOptions = {},
): PersonalDataFinding[] {
  const at = options.at ?? new Date();
  const folded = foldText(text);
  const scanned = folded.text;
  const candidates = [
    ...findEmails(scanned),
    ...findIbans(scanned),
    ...findBsns(scanned),
    ...findPhones(scanned),
    ...findAddresses(scanned),
    ...findBirthdates(scanned, at),
  ];
  const blocking = resolveOverlaps(mergeSameKind(candidates));
  // Warnings only where nothing certain was found: a longer name never hides a BSN.
  const warnings = options.warnings
    ? resolveOverlaps(mergeSameKind(findNames(scanned))).filter((w) =>
        blocking.every((b) => w.end <= b.start || w.start >= b.end),
      )
    : [];
  return [...blocking, ...warnings]
    .sort((a, b) => a.start - b.start)
    .map((f): PersonalDataFinding => ({
      kind: f.kind,
      severity: WARNING_KINDS.includes(f.kind) ? 'warn' : 'block',
      ...folded.toOriginal(f.start, f.end),
    }));
}

/** Joins overlapping findings of one kind ("Kerkstraat 12, 1234 AB" and "1234 AB 12"). */
function mergeSameKind(findings: Candidate[]): Candidate[] {
  const sorted = [...findings].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start);
  const merged: Candidate[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.kind === f.kind && f.start < last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged;
}

function resolveOverlaps(findings: Candidate[]): Candidate[] {
  const byStrength = [...findings].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || RANK[a.kind] - RANK[b.kind],
  );
  const kept: Candidate[] = [];
  for (const f of byStrength) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
