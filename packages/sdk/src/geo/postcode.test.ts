import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isIdoPostcodeError, type PostcodeProblem } from '../errors/index.js';
import { isPostcodeLike, parsePostcode } from './postcode.js';

const valid: [input: string, formatted: string][] = [
  ['1234AB', '1234 AB'],
  ['1234 ab', '1234 AB'],
  [' 1234-AB ', '1234 AB'],
  ['1234', '1234'],
  ['  3511  ', '3511'],
  ['3511aB', '3511 AB'],
  ['9999 ZZ', '9999 ZZ'],
  ['1000AA', '1000 AA'],
  ['1234\tAB', '1234 AB'],
  ['\t1234 AB\n', '1234 AB'],
  ['1234\u3000AB', '1234 AB'], // ideographic (full-width) space
  ['\uFF11\uFF12\uFF13\uFF14\uFF41\uFF42', '1234 AB'], // full-width digits and letters
  ['1234\u00A0AB', '1234 AB'], // no-break space, as pasted from a web page
  ['1234 - AB', '1234 AB'],
  ['1234 SB', '1234 SB'], // S is fine; only SA, SD and SS are reserved
  ['1234 AS', '1234 AS'],
];

const invalid: [input: string, problem: PostcodeProblem, message: RegExp][] = [
  ['', 'empty', /Enter a postcode/],
  ['   \t', 'empty', /Enter a postcode/],
  ['0123 AB', 'leading-zero', /never starts with 0/],
  ['0123', 'leading-zero', /never starts with 0/],
  ['1234 SA', 'reserved-letters', /SA, SD or SS/],
  ['1234sd', 'reserved-letters', /SA, SD or SS/],
  ['1234 ss', 'reserved-letters', /SA, SD or SS/],
  ['123 AB', 'wrong-digits', /four digits, then two letters, like 1234 AB/],
  ['12345', 'wrong-digits', /four digits/],
  ['12345 AB', 'wrong-digits', /four digits/],
  ['12 34 AB', 'wrong-digits', /four digits/],
  ['AB 1234', 'wrong-digits', /four digits/],
  ['Utrecht', 'wrong-digits', /four digits/],
  ['1234 A', 'wrong-letters', /two letters/],
  ['1234 ABC', 'wrong-letters', /two letters/],
  ['1234 ÄB', 'wrong-letters', /from A to Z/],
  ['1234 A B', 'wrong-letters', /two letters/],
  ['1234 AB!', 'unexpected-characters', /only digits and letters/],
  ['1234.AB', 'unexpected-characters', /only digits and letters/],
  ['1234 AB 12', 'unexpected-characters', /without the house number/],
  ['1234AB12a', 'unexpected-characters', /without the house number/],
];

describe('parsePostcode', () => {
  for (const [input, formatted] of valid) {
    test(`reads ${JSON.stringify(input)} as ${formatted}`, () => {
      const parsed = parsePostcode(input);
      assert.equal(parsed.formatted, formatted);
      assert.equal(parsed.pc4, formatted.slice(0, 4));
      assert.equal(parsed.letters, formatted.length > 4 ? formatted.slice(5) : undefined);
    });
  }

  for (const [input, problem, message] of invalid) {
    test(`rejects ${JSON.stringify(input)}: ${problem}`, () => {
      assert.throws(
        () => parsePostcode(input),
        (error: unknown) =>
          isIdoPostcodeError(error) && error.problem === problem && message.test(error.message),
      );
    });
  }

  test('gives only four digits and no letters key for a PC4', () => {
    assert.deepEqual(parsePostcode('3511'), { pc4: '3511', formatted: '3511' });
  });
});

describe('isPostcodeLike', () => {
  const cases: [string, boolean][] = [
    ['1234', true],
    ['1234 ab', true],
    ['1234AB', true],
    ['12345', true], // a postcode attempt with a digit too many: say so, do not search places
    ['123', true],
    ['123 AB', true],
    ['1234 AB 12', true],
    ['\uFF11\uFF12\uFF13\uFF14', true],
    ['Den Haag', false],
    ["'s-Hertogenbosch", false],
    ['Utrecht', false],
    ['1e Exloërmond', false], // a real village whose name starts with a digit
    ['2e Valthermond', false],
    ['', false],
    ['AB 1234', false],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${expected}`, () =>
      assert.equal(isPostcodeLike(input), expected));
  }
});
