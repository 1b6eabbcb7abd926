import type { Candidate } from './types.js';

// Where a phone number can begin: "+", "00", "(0…", "0", or "6 " (a mobile number written
// without its zero, "6 12345678"), never inside a word or a number.
const START = /(?<![\p{L}\p{N}_+])(?:\+ ?\d|\(0\d{1,3}\)|0\d|6(?= ?[-./]? ?\d))/gu;
// Between digit groups: one space, or one of - . / with optional spaces around it.
const SEPARATOR = /^(?: ?[-./] ?| )(?=[\d(])/;
// Organisations' numbers (free 0800, paid 090x), not a person's.
const SERVICE = /^0(?:800|90[069])/;
// 088 is the range for companies and organisations. Written beside the name of a government
// organisation or a help line it is that organisation's number ("UWV 088-8982001", "DigiD
// Hulplijn 088 123 6555"), not a resident's; elsewhere ("werk 088-1234567") it is still reported.
const ORGANISATION_RANGE = /^088/;
const ORGANISATION_CONTEXT =
  /(?<!\p{L})(?:uwv|svb|duo|cak|cjib|cbr|ciz|rdw|rvig|logius|digid|belasting\p{L}*|toeslagen|gemeente|overheid|waterschap|zorgverzekeraar|zorgkantoor|juridisch\s+loket|helpdesk|hulplijn|servicedesk|klantenservice|klantcontact|informatienummer|algemeen\s+nummer)(?!\p{L})/iu;
// The tail of an IBAN-shaped run ("NL92 ABNA 0417 1643 00" with a wrong check) is no phone number.
const AFTER_IBAN_GROUPS = /[a-z]{2}\d{2}(?:[ -]?[a-z\d]{4})*[ -]$/i;
const DATE_LIKE = /^\(?\d{1,2}([-./])\d{1,2}\1\d{2,4}(?![-./ ]?\d)/;

interface Groups {
  digits: string;
  /** After each digit group: where it ends in the text and how many digits were read so far. */
  ends: { end: number; count: number }[];
}

function readGroups(text: string, from: number): Groups {
  let digits = '';
  const ends: Groups['ends'] = [];
  let pos = from;
  for (;;) {
    let p = pos;
    const open = text[p] === '(';
    if (open) p++;
    const run = /^\d+/.exec(text.slice(p, p + 16));
    if (!run) break;
    p += run[0].length;
    if (open) {
      if (text[p] !== ')') break;
      p++;
    }
    digits += run[0];
    ends.push({ end: p, count: digits.length });
    // "(0)6": a closing parenthesis may be followed by digits straight away.
    if (text[p] === '(' || (open && /\d/.test(text[p] ?? ''))) {
      pos = p;
      continue;
    }
    const sep = SEPARATOR.exec(text.slice(p, p + 4));
    if (!sep) break;
    pos = p + sep[0].length;
  }
  return { digits, ends };
}

/** The end of the first group boundary at exactly `count` digits, if there is one. */
const endAt = (groups: Groups, count: number): number | undefined =>
  groups.ends.find((e) => e.count === count)?.end;

/** The end of the last group boundary with between `min` and `max` digits, if there is one. */
function lastEndWithin(groups: Groups, min: number, max: number): number | undefined {
  let end: number | undefined;
  for (const e of groups.ends) if (e.count >= min && e.count <= max) end = e.end;
  return end;
}

/** A Dutch national number of 10 digits ("0…"), not a service number. */
const isDutchSubscriber = (national: string): boolean =>
  /^0[1-9]\d{8}$/.test(national) && !SERVICE.test(national);

function matchInternational(groups: Groups, plus: boolean): number | undefined {
  const { digits } = groups;
  if (digits.startsWith('31')) {
    // "+31 (0)6 …" and "+31 06 …" carry a national zero that does not count.
    const zero = digits[2] === '0' ? 1 : 0;
    const national = `0${digits.slice(2 + zero, 11 + zero)}`;
    return isDutchSubscriber(national) ? endAt(groups, 11 + zero) : undefined;
  }
  if (digits.startsWith('32')) return endAt(groups, digits[2] === '4' ? 11 : 10);
  if (digits.startsWith('49')) return lastEndWithin(groups, 9, 13);
  // Any other country: "00" is too ambiguous on its own, "+" with a full E.164 length is not.
  return plus ? lastEndWithin(groups, 9, 15) : undefined;
}

/**
 * Phone numbers in `text`: Dutch mobile and landline numbers in their usual spellings
 * ("06-12345678", "020 123 4567", "+31 (0)6 …", "0031 6 …", "(0591) 123456"), Belgian and German
 * numbers with their country code, and any other number written with "+" and a country code.
 * A mobile number written without its zero ("6 12345678") counts too. 0800 and 090x service
 * numbers, and 088 numbers written beside a government organisation or help line, are
 * organisations' numbers and are not reported.
 */
export function findPhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const start = m.index;
    let end: number | undefined;
    if (AFTER_IBAN_GROUPS.test(text.slice(Math.max(0, start - 36), start))) continue;
    if (text[start] === '+') {
      end = matchInternational(readGroups(text, start + (text[start + 1] === ' ' ? 2 : 1)), true);
    } else if (text.startsWith('00', start)) {
      end = matchInternational(readGroups(text, start + 2), false);
    } else if (text[start] === '6') {
      // "6 12345678": a mobile number without its zero, only with the gap after the 6.
      const groups = readGroups(text, start);
      if (groups.ends[0]?.count === 1 && isDutchSubscriber(`0${groups.digits.slice(0, 9)}`))
        end = endAt(groups, 9);
    } else if (!DATE_LIKE.test(text.slice(start, start + 12))) {
      const groups = readGroups(text, start);
      const national = groups.digits.slice(0, 10);
      if (isDutchSubscriber(national)) end = endAt(groups, 10);
      if (
        end !== undefined &&
        ORGANISATION_RANGE.test(national) &&
        ORGANISATION_CONTEXT.test(text.slice(Math.max(0, start - 40), start))
      )
        end = undefined;
    }
    // A time right after the last group ("06-03-2025 10:00") means it was not a phone number.
    if (end !== undefined && /^[.,:]\d/.test(text.slice(end, end + 2))) end = undefined;
    if (end !== undefined) {
      found.push({ kind: 'phone', start, end });
      START.lastIndex = end;
    }
  }
  return found;
}
