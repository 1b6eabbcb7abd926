import type { Candidate } from './types.js';

// Starting only at a word's first character keeps the scan linear on long texts without "@".
const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*\s?(?:@|\(at\)|\[at\]|\(a\))\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_-])/giu;

// Spelled-out addresses, as people write them to dodge spam filters: "jan at example dot nl",
// "jan (at) example (dot) nl", "jan[at]example[dot]nl", "jan @ example . nl", and the Dutch
// "apenstaartje" and "punt". A word "at" or "dot" needs spaces around it; the other forms do not.
const WORD = String.raw`[\p{L}\p{N}_%+'-]+`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const AT = String.raw`(?: ?(?:@|[([{](?:at|a|apenstaartje)[)\]}]) ?| (?:at|apenstaartje) )`;
// A dot with a space on one side only ("at home. Nu") ends a sentence, not a domain label.
const DOT = String.raw`(?:\.| \. | ?[([{](?:dot|punt)[)\]}] ?| (?:dot|punt) )`;
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'-])${WORD}(?:${DOT}${WORD})*${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}(?![\p{L}\p{N}_-])`,
  'giu',
);

/**
 * E-mail addresses in `text` (folded: see normalize.ts), also when written with "(at)" or
 * "[at]" for the "@", or spelled out with "at"/"apenstaartje" and "dot"/"punt".
 */
export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const re of [EMAIL, SPELLED]) {
    for (const m of text.matchAll(re)) {
      found.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}
