import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { findPersonalData, type PersonalDataFinding } from './index.js';

const at = new Date('2026-05-11T10:00:00+02:00');
// Kind and offsets only: every finding here is a block (no warnings are asked for).
const find = (text: string): Omit<PersonalDataFinding, 'severity'>[] =>
  findPersonalData(text, { at }).map(({ kind, start, end }) => ({ kind, start, end }));

// The test's own 11-proef and mod-97, independent of the module under test.
const elfproefSum = (d: number[]): number =>
  d.slice(0, 8).reduce((s, x, i) => s + (9 - i) * x, 0) - (d[8] ?? 0);
const passesElfproef = (d: number[]): boolean => elfproefSum(d) !== 0 && elfproefSum(d) % 11 === 0;

const digit = fc.integer({ min: 0, max: 9 });
const validBsn = fc
  .array(digit, { minLength: 8, maxLength: 8 })
  .map((d8) => [...d8, d8.reduce((s, x, i) => s + (9 - i) * x, 0) % 11])
  .filter((d) => (d[8] ?? 10) < 10 && passesElfproef(d));
const invalidBsn = fc
  .array(digit, { minLength: 9, maxLength: 9 })
  .filter((d) => !passesElfproef(d));

/** The spellings staff use for nine digits: plain, 4-2-3, 3-3-3, 2-2-2-3. */
const bsnSpelling = fc.oneof(
  fc.constant({ groups: [9], separator: '' }),
  fc.record({
    groups: fc.constantFrom([4, 2, 3], [3, 3, 3], [2, 2, 2, 3]),
    separator: fc.constantFrom(' ', '.', '-'),
  }),
);
function spell(digits: string, groups: readonly number[], separator: string): string {
  const parts: string[] = [];
  let i = 0;
  for (const size of groups) parts.push(digits.slice(i, (i += size)));
  return parts.join(separator);
}

/** Ordinary words around the number; none of them is a BSN label. */
const before = fc.constantFrom(
  '',
  'nummer ',
  'meneer gaf ',
  'zie (',
  'op de brief: ',
  'kind 2: ',
  'x\n',
);
const after = fc.constantFrom(
  '',
  ' graag terugbellen',
  '.',
  ')',
  ', 2 formulieren',
  ' en huurtoeslag',
  '\n3 vragen',
);

function assertOnlyFinding(
  text: string,
  kind: PersonalDataFinding['kind'],
  start: number,
  end: number,
): void {
  assert.deepEqual(find(text), [{ kind, start, end }], JSON.stringify(text));
}

describe('BSN (property-based)', () => {
  test('every valid BSN is found in every spelling, with exact offsets', () => {
    fc.assert(
      fc.property(validBsn, bsnSpelling, before, after, (d, { groups, separator }, pre, post) => {
        const written = spell(d.join(''), groups, separator);
        const text = pre + written + post;
        assertOnlyFinding(text, 'bsn', pre.length, pre.length + written.length);
        const [f] = find(text);
        assert.equal(text.slice(f!.start, f!.end).replace(/\D/g, ''), d.join(''));
      }),
      { numRuns: 500 },
    );
  });

  test('nine digits that fail the 11-proef are not flagged without a BSN label', () => {
    fc.assert(
      fc.property(invalidBsn, bsnSpelling, before, after, (d, { groups, separator }, pre, post) => {
        const text = pre + spell(d.join(''), groups, separator) + post;
        assert.deepEqual(find(text), [], JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });

  test('after a BSN label, any nine digits are flagged, checksum or not', () => {
    const label = fc.constantFrom(
      'BSN ',
      'bsn: ',
      'sofinummer ',
      'Burgerservicenummer is ',
      'BSN-nr. ',
    );
    fc.assert(
      fc.property(label, invalidBsn, bsnSpelling, after, (pre, d, { groups, separator }, post) => {
        const written = spell(d.join(''), groups, separator);
        assertOnlyFinding(pre + written + post, 'bsn', pre.length, pre.length + written.length);
      }),
      { numRuns: 300 },
    );
  });
});

/** BBAN shapes: a = digit, A = upper-case letter, c = digit or letter. */
const COUNTRIES: Record<string, string> = {
  NL: 'AAAAaaaaaaaaaa',
  BE: 'aaaaaaaaaaaa',
  DE: 'aaaaaaaaaaaaaaaaaa',
  FR: 'aaaaaaaaaacccccccccccaa',
  ES: 'aaaaaaaaaaaaaaaaaaaa',
  AT: 'aaaaaaaaaaaaaaaa',
  LU: 'aaaccccccccccccc',
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const charFor = (shape: string): fc.Arbitrary<string> =>
  shape === 'a'
    ? digit.map(String)
    : shape === 'A'
      ? fc.constantFrom(...LETTERS)
      : fc.constantFrom(...LETTERS, ...'0123456789');

function withCheckDigits(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => parseInt(c, 36).toString()).join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${check.toString().padStart(2, '0')}${bban}`;
}

const iban = fc
  .constantFrom(...Object.keys(COUNTRIES))
  .chain((country) =>
    fc
      .tuple(...[...COUNTRIES[country]!].map(charFor))
      .map((chars) => withCheckDigits(country, chars.join(''))),
  );

describe('IBAN (property-based)', () => {
  test('every valid IBAN is found, grouped or not, in any case, with exact offsets', () => {
    fc.assert(
      fc.property(
        iban,
        fc.constantFrom('', ' ', '-'),
        fc.constantFrom('upper', 'lower', 'mixed'),
        fc.constantFrom('', 'IBAN ', 'rekening: ', 'op (', 'naar\n'),
        after,
        (value, separator, letterCase, pre, post) => {
          let written = value.match(/.{1,4}/g)!.join(separator);
          if (letterCase === 'lower') written = written.toLowerCase();
          if (letterCase === 'mixed')
            written = written.slice(0, 2) + written.slice(2).toLowerCase();
          assertOnlyFinding(pre + written + post, 'iban', pre.length, pre.length + written.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a foreign IBAN with a wrong check digit is not an IBAN', () => {
    fc.assert(
      fc.property(iban, fc.integer({ min: 1, max: 9 }), (value, delta) => {
        if (value.startsWith('NL')) return; // a Dutch IBAN's shape counts even with a wrong check
        const wrong = `${value.slice(0, 2)}${((Number(value.slice(2, 4)) + delta) % 97).toString().padStart(2, '0')}${value.slice(4)}`;
        assert.ok(
          find(wrong).every((f) => f.kind !== 'iban'),
          wrong,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('Dutch mobile numbers (property-based)', () => {
  test('are found in every common spelling, with exact offsets', () => {
    const spellings = [
      (n: string) => `06-${n}`,
      (n: string) => `06 ${n}`,
      (n: string) => `06 ${n.slice(0, 4)} ${n.slice(4)}`,
      (n: string) => `06-${n.slice(0, 4)} ${n.slice(4)}`,
      (n: string) => `06 ${n.replace(/(\d\d)(?!$)/g, '$1 ')}`,
      (n: string) => `+31 6 ${n}`,
      (n: string) => `+316 ${n}`,
      (n: string) => `+316${n}`,
      (n: string) => `00316${n}`,
      (n: string) => `+31 (0)6 ${n}`,
      (n: string) => `(06) ${n}`,
    ];
    fc.assert(
      fc.property(
        fc.array(digit, { minLength: 8, maxLength: 8 }),
        fc.constantFrom(...spellings),
        fc.constantFrom('', 'bel ', 'tel: ', 'dochter ('),
        after,
        (digits, spelling, pre, post) => {
          const written = spelling(digits.join(''));
          assertOnlyFinding(pre + written + post, 'phone', pre.length, pre.length + written.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('findings on arbitrary text', () => {
  test('are sorted, never overlap, stay inside the text and never start or end on a space', () => {
    const unit = fc.constantFrom(
      ...'0123456789 .-+()/@:,abNLnlABgebBSN\n'.split(''),
      'bsn ',
      'geb. ',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), (text) => {
        const findings = find(text);
        let last = 0;
        for (const f of findings) {
          assert.ok(
            f.start >= last && f.start < f.end && f.end <= text.length,
            JSON.stringify(text),
          );
          assert.equal(text.slice(f.start, f.end).trim(), text.slice(f.start, f.end));
          last = f.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('text as it is pasted and typed (property-based)', () => {
  // Digit zeros of scripts a phone keyboard may type in: fullwidth, Arabic-Indic, Persian,
  // Devanagari, Bengali, Thai, mathematical bold.
  const ZEROS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1d7ce];
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u200e'];
  const SPACES = ['\u00a0', '\u202f', '\u2009', '\u3000', '\t', '  '];
  const DASHES = ['\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\ufe63', '\uff0d'];
  const NOISE = /\u200b|\u200c|\u200d|\u00ad|\u2060|\ufeff|\u200e/gu;

  /**
   * Rewrites each character of a plain ASCII text the way copying and other keyboards do
   * (choices drawn per character), keeping for each one where it landed in the result.
   */
  const disguise = (plain: string) =>
    fc
      .array(fc.tuple(fc.nat(ZEROS.length - 1), fc.nat(6), fc.nat(6), fc.boolean()), {
        minLength: plain.length,
        maxLength: plain.length,
      })
      .map((choices) => {
        let text = '';
        const starts: number[] = [];
        const ends: number[] = [];
        [...plain].forEach((c, i) => {
          const [script, invisible, variant, change] = choices[i]!;
          if (change && invisible % 3 === 0) text += INVISIBLE[invisible]!;
          starts.push(text.length);
          if (change && /\d/.test(c)) text += String.fromCodePoint(ZEROS[script]! + Number(c));
          else if (change && c === ' ') text += SPACES[variant % SPACES.length]!;
          else if (change && c === '-') text += DASHES[variant]!;
          else text += c;
          ends.push(text.length);
        });
        return { text, starts, ends };
      });

  const notes = fc.constantFrom(
    'BSN 123456782, tel 06-12345678',
    'mail jan.jansen@gmail.com of bel 020-1234567',
    'geb. 12-03-1956, woont 1234 AB 12',
    'IBAN NL91 ABNA 0417 1643 00 en bsn 162275869',
    'toeslag op NL85 RABO 4504 0008 83 terug, 06-12345678 bij vragen',
    'meneer 123 456 782 en mevrouw 12 345 6782',
    'Kerkstraat 12, 1234 AB Amsterdam',
    '3 vragen over huurtoeslag 2025, 088-1234567',
    'bel 6 12345678 of 010 - 123 45 67',
    'jan (at) example (dot) nl, geboren 12 - 03 - 1945',
  );

  test('findings are the same as in the plain text and point at the same characters', () => {
    fc.assert(
      fc.property(
        notes.chain((plain) => disguise(plain).map((d) => ({ plain, ...d }))),
        ({ plain, text, starts, ends }) => {
          const want = find(plain);
          const got = find(text);
          assert.equal(want.length > 0, true);
          assert.deepEqual(
            got,
            want.map((f) => ({ kind: f.kind, start: starts[f.start]!, end: ends[f.end - 1]! })),
            JSON.stringify(text),
          );
          for (const f of got) {
            const slice = text.slice(f.start, f.end);
            assert.doesNotMatch(slice, /^[\s\p{Cf}]|[\s\p{Cf}]$/u, JSON.stringify(slice));
            assert.equal(slice.replace(NOISE, '').length > 0, true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('findings in any text stay inside it and never split a character', () => {
    const unit = fc.constantFrom(
      ...'0123456789 .-@NLabgeb'.split(''),
      ...INVISIBLE,
      ...SPACES,
      ...DASHES,
      '\u{1d7d0}',
      '\u0663',
      '\uff11',
      'e\u0301',
      '\ufb01',
      '\n',
      'bsn ',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 100 }), (text) => {
        let last = 0;
        for (const f of find(text)) {
          assert.ok(f.start >= last && f.start < f.end && f.end <= text.length);
          // Not between the two halves of a surrogate pair.
          for (const edge of [f.start, f.end]) {
            const code = text.charCodeAt(edge);
            assert.ok(!(code >= 0xdc00 && code <= 0xdfff), JSON.stringify(text));
          }
          last = f.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
