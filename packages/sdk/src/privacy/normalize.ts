/**
 * The text the detectors scan, and the way back to the original. Notes are pasted from letters,
 * PDFs and web pages and typed on phones with other keyboards, so the same BSN arrives with
 * no-break or zero-width spaces, soft hyphens, en dashes or Arabic-Indic digits. The detectors
 * see one plain spelling; findings are mapped back to the characters the user wrote.
 */

/** A folded text and, per folded UTF-16 unit, the original range it came from. */
export interface FoldedText {
  /** What the detectors scan. */
  text: string;
  /** Maps a finding `[start, end)` in `text` to the same characters in the original. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// Invisible characters that only steer layout or line breaking: zero-width space, (non-)joiner,
// word joiner, soft hyphen, byte order mark, direction marks and the like (Unicode Cf), plus the
// variation selectors and the Mongolian vowel separator that some keyboards leave behind.
const FORMAT = /^(?:\p{Cf}|\u180e|\p{Variation_Selector})$/u;
const SPACE = /^[\s\p{Zs}]$/u;
const LINE_BREAK = /^[\n\v\f\r\u0085\u2028\u2029]$/u;
// Hyphens and dashes of every kind (Pd), the minus sign and the small and fullwidth forms.
const DASH = /^[\p{Pd}\u2212\u2043]$/u;
const DIGIT = /^\p{Nd}$/u;
const MARK = /^\p{M}$/u;
// Only printable ASCII, single spaces and line feeds: nothing to fold (the common case, every keystroke).
const PLAIN = /^(?:[!-~\n]| (?![ \n]))*$/;

/**
 * Folds `original` for the detectors: NFKC (fullwidth letters and "＠" become ASCII, ligatures
 * split), decimal digits of every script become 0–9, format characters (zero-width space and
 * joiners, soft hyphen, word joiner, BOM, direction marks) are removed, every run of white space
 * (no-break, thin, ideographic, tab) becomes one space (one line feed if it holds a line break),
 * and every dash and minus sign
 * becomes "-". A base character and its combining marks fold together, as NFKC composes them.
 */
export function foldText(original: string): FoldedText {
  if (PLAIN.test(original)) {
    return { text: original, toOriginal: (start, end) => ({ start, end }) };
  }
  let text = '';
  // For each folded unit: where its source starts and ends in the original.
  const from: number[] = [];
  const to: number[] = [];
  const emit = (folded: string, start: number, end: number): void => {
    text += folded;
    for (let k = 0; k < folded.length; k++) {
      from.push(start);
      to.push(end);
    }
  };

  let i = 0;
  while (i < original.length) {
    const start = i;
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (FORMAT.test(ch)) continue;
    if (SPACE.test(ch)) {
      // One space for a whole run (format characters inside the run are dropped with it), or
      // one line break if the run holds one: a line break still ends a number or an address.
      let lineBreak = LINE_BREAK.test(ch);
      while (i < original.length) {
        const next = String.fromCodePoint(original.codePointAt(i)!);
        if (!SPACE.test(next) && !FORMAT.test(next)) break;
        lineBreak ||= LINE_BREAK.test(next);
        i += next.length;
      }
      emit(lineBreak ? '\n' : ' ', start, i);
      continue;
    }
    if (DASH.test(ch)) {
      emit('-', start, i);
      continue;
    }
    if (DIGIT.test(ch)) {
      emit(String(digitValue(cp)), start, i);
      continue;
    }
    // A base character with its combining marks, so NFKC can compose "e" + U+0301 into "é".
    while (i < original.length) {
      const next = String.fromCodePoint(original.codePointAt(i)!);
      if (!MARK.test(next)) break;
      i += next.length;
    }
    const cluster = original.slice(start, i);
    const folded = cluster.normalize('NFKC');
    // NFKC may produce spaces or dashes too (U+2000 … are caught above; "﹣" is not a Pd alias).
    emit(folded.replace(/[\s\p{Zs}]+/gu, ' ').replace(/[\p{Pd}\u2212]/gu, '-'), start, i);
  }

  return {
    text,
    toOriginal(start, end) {
      if (end <= start)
        return { start: from[start] ?? original.length, end: from[start] ?? original.length };
      return { start: from[start] ?? original.length, end: to[end - 1] ?? original.length };
    },
  };
}

const zeros = new Map<number, number>();

/**
 * The value of a decimal digit of any script. Unicode encodes every script's digits 0–9 as one
 * contiguous run (some scripts' runs follow each other), so the value is the distance to the
 * start of the run, modulo 10.
 */
function digitValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  let zero = zeros.get(cp);
  if (zero === undefined) {
    zero = cp;
    while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    zeros.set(cp, zero);
  }
  return (cp - zero) % 10;
}
