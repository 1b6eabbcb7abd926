import type { PersonalDataFinding } from './types.js';

// Starting only at a word's first character keeps the scan linear on long texts without "@".
const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*\s?(?:@|\(at\)|\[at\]|\(a\))\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_-])/giu;

/** E-mail addresses in `text`, also when written with "(at)" or "[at]" for the "@". */
export function findEmails(text: string): PersonalDataFinding[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
