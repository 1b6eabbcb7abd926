import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  describePersonalData,
  findPersonalData,
  isValidBsn,
  isValidIban,
  redactPersonalData,
  type PersonalDataKind,
} from './index.js';

const at = new Date('2026-05-11T10:00:00+02:00');

/** Each finding as "kind:text", so a failure shows what was found where. */
function found(text: string, when = at): string[] {
  return findPersonalData(text, { at: when }).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
}

function table(kind: PersonalDataKind, rows: [text: string, finding: string][]): void {
  describe(kind, () => {
    for (const [text, finding] of rows) {
      test(`finds "${finding}" in "${text}"`, () =>
        assert.deepEqual(found(text), [`${kind}:${finding}`]));
    }
  });
}

table('bsn', [
  ['123456782', '123456782'],
  ['1234.56.782', '1234.56.782'],
  ['123 456 782', '123 456 782'],
  ['12.34.56.782', '12.34.56.782'],
  ['123-456-782', '123-456-782'],
  ['aanslagnummer 1234.56.782.H.56', '1234.56.782'],
  ['BSN: 123456789', '123456789'],
  ['bsn 1234 5678 9', '1234 5678 9'],
  ['sofinummer 12345678', '12345678'],
  ['Burgerservicenummer is 111 222 334', '111 222 334'],
  // One digit at a time (issue 19).
  ['klant 1 2 3 4 5 6 7 8 2', '1 2 3 4 5 6 7 8 2'],
  ['1.2.3.4.5.6.7.8.2 op de brief', '1.2.3.4.5.6.7.8.2'],
  ['nummer 1-2-3-4-5-6-7-8-2', '1-2-3-4-5-6-7-8-2'],
  ['1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 2', '1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 2'],
  [`klant 1\u00a02\u00a03 4 5 6 7 8 2`, `1\u00a02\u00a03 4 5 6 7 8 2`],
]);

describe('digits one at a time that are no BSN pass', () => {
  for (const text of [
    'stappen 1 2 3 4 5 6 7 8 9 gedaan',
    '0 1 2 3 4 5 6 7 8 2',
    '1 2 3 4 5 6 7 8 2 0',
    'a1 2 3 4 5 6 7 8 2',
    '1/2/3/4/5/6/7/8/2',
  ])
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
});

describe('likely names (warnings)', () => {
  const names = (text: string) =>
    findPersonalData(text, { at, warnings: true }).map(
      (f) => `${f.kind}/${f.severity}:${text.slice(f.start, f.end)}`,
    );
  const rows: [text: string, finding: string][] = [
    ['mevrouw Fatima El Amrani wilde huurtoeslag', 'Fatima El Amrani'],
    ['dhr. Jansen', 'Jansen'],
    ['Mohammed Yilmaz kwam voor', 'Mohammed Yilmaz'],
    ['mw. de Vries', 'de Vries'],
    ['Mw A.B. van der Berg', 'A.B. van der Berg'],
    ['de heer Bakker', 'Bakker'],
    ['juf. Hendriks', 'Hendriks'],
    ['Juffrouw Smit', 'Smit'],
    ['mr. Hoekstra', 'Hoekstra'],
    ['mevr Jansen-Bakker', 'Jansen-Bakker'],
    ['mnr. Peters', 'Peters'],
    ['Jan de Vries kwam', 'Jan de Vries'],
    ['meneer Kaya, Belastingdienst gebeld', 'Kaya'],
  ];
  for (const [text, name] of rows)
    test(`marks "${name}" in "${text}" as a warning`, () =>
      assert.deepEqual(names(text), [`name/warn:${name}`]));
  for (const text of [
    'mevrouw wilde huurtoeslag',
    'Mevrouw UWV gebeld',
    'meneer. Daarna CJIB',
    'Meneer Belastingdienst brief',
    'Anna kwam terug',
    'Sociaal Raadslieden gebeld',
  ])
    test(`leaves "${text}" alone`, () => assert.deepEqual(names(text), []));
  test('are reported only when asked: by default a name is no finding', () =>
    assert.deepEqual(found('mevrouw Fatima El Amrani wilde huurtoeslag'), []));
  test('every other kind is a block, also beside a name', () =>
    assert.deepEqual(names('meneer Kramer, BSN 123456782'), [
      'name/warn:Kramer',
      'bsn/block:123456782',
    ]));
  test('stay fast on long runs of titles and first names', () => {
    const started = performance.now();
    for (const unit of ['Anna ', 'Anna de ', 'mevrouw ', 'mw. A. ', 'Jan Jansen ', 'dhr. van de '])
      findPersonalData(unit.repeat(Math.ceil(10_000 / unit.length)), { at, warnings: true });
    assert.ok(performance.now() - started < 2_000, 'six 10 000-character texts in under 2 s');
  });
  test('a name never hides an address it overlaps', () => {
    const text = 'dhr. Kerkstraat 12, 1234 AB';
    const kinds = findPersonalData(text, { at, warnings: true }).map((f) => f.severity);
    assert.ok(kinds.includes('block'));
  });
});

table('iban', [
  ['NL91 ABNA 0417 1643 00', 'NL91 ABNA 0417 1643 00'],
  ['nl91abna0417164300', 'nl91abna0417164300'],
  ['DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
  ['BE68539007547034', 'BE68539007547034'],
  ['rekening NL91-ABNA-0417-1643-00.', 'NL91-ABNA-0417-1643-00'],
  // A Dutch IBAN typed with wrong check digits is still someone's account number.
  ['NL92 ABNA 0417 1643 00', 'NL92 ABNA 0417 1643 00'],
]);

table('email', [
  ['mail jan.jansen@gmail.com.', 'jan.jansen@gmail.com'],
  ['ESRA.KAYA@GMAIL.COM', 'ESRA.KAYA@GMAIL.COM'],
  ['kees(at)planet.nl', 'kees(at)planet.nl'],
]);

table('phone', [
  ['06-12345678', '06-12345678'],
  ['06 1234 5678', '06 1234 5678'],
  ['+31 6 12345678', '+31 6 12345678'],
  ['0031612345678', '0031612345678'],
  ['+31 (0)6 12345678', '+31 (0)6 12345678'],
  ['020-1234567', '020-1234567'],
  ['010 123 4567', '010 123 4567'],
  ['0591-123456', '0591-123456'],
  ['088-1234567', '088-1234567'],
  ['(020) 7654321', '(020) 7654321'],
  ['bel 06-12345678 2x', '06-12345678'],
  ['+32 470 12 34 56', '+32 470 12 34 56'],
  ['+49 151 23456789', '+49 151 23456789'],
]);

table('birthdate', [
  ['12-03-1956', '12-03-1956'],
  ['12/3/56', '12/3/56'],
  ['1956-03-12', '1956-03-12'],
  ['12.03.1956', '12.03.1956'],
  ['12 maart 1956', '12 maart 1956'],
  ["geboren 3 mei '56", "3 mei '56"],
  ['March 12, 1956', 'March 12, 1956'],
  ['geb. 12-03-2020', '12-03-2020'],
]);

table('postcode-housenumber', [
  ['1234 AB 12', '1234 AB 12'],
  ['1234AB, nr 5', '1234AB, nr 5'],
  ['1234 ab 12a', '1234 ab 12a'],
  ['Kerkstraat 12, 1234 AB Amsterdam', 'Kerkstraat 12, 1234 AB'],
  ['Brink 5, 7411 BR Deventer', 'Brink 5, 7411 BR'],
]);

describe('ordinary notes pass', () => {
  for (const text of [
    '3 vragen over huurtoeslag 2025',
    'formulier 1234 van UWV',
    'bellen voor 12:00',
    'aangifte 2024 samen ingevuld',
    'Wmo aanvraag via gemeente, 2 formulieren',
    'DigiD app geactiveerd, 15 min',
    'brief CJIB 2026-04',
    'toeslag 1.234,56 euro terug',
    '0800-1234 gebeld',
    'wachtnummer 123456',
    'zaaknummer 2025-123456',
    // A 9-digit number that fails the 11-proef, without a BSN label.
    'klantnummer 123456789',
    // Service numbers are organisations' numbers.
    '0900-8844',
    '+31 800 1234567',
    // A postcode or PC4 alone is not personal.
    '1234 AB',
    'wijkteam 3511',
    // A date this year without birth context is an appointment.
    'afspraak 12-03-2026',
    // A foreign IBAN-like run with a wrong check is not an IBAN, nor are its digits a phone number.
    'DE88 3704 0044 0532 0130 00',
  ]) {
    test(`"${text}"`, () => assert.deepEqual(found(text), []));
  }
});

describe('birth dates are judged against the injected moment', () => {
  test('a date in the last ten years needs a birth context', () => {
    assert.deepEqual(found('12-03-2020'), []);
    assert.deepEqual(found('geboren 12-03-2020'), ['birthdate:12-03-2020']);
  });
  test('the same date is a plausible birth date once it is more than ten years old', () => {
    assert.deepEqual(found('12-03-2020', new Date('2031-01-01T00:00:00Z')), [
      'birthdate:12-03-2020',
    ]);
  });
  test('a date in the future is never a birth date', () => {
    assert.deepEqual(found('geb. 12-03-2027'), []);
  });
  test('an impossible date is not a date', () => {
    assert.deepEqual(found('geb. 31-04-1956'), []);
    assert.deepEqual(found('geb. 29-02-1957'), []);
    assert.deepEqual(found('geb. 29-02-1956'), ['birthdate:29-02-1956']);
  });
  test('a two-digit year a few years ahead is a due date unless a birth context says otherwise', () => {
    assert.deepEqual(found('pas verloopt 1/1/28'), []);
    assert.deepEqual(found('geb. 1/1/28'), ['birthdate:1/1/28']);
    assert.deepEqual(found('1/1/40'), ['birthdate:1/1/40']);
  });
  test('an event word makes an old date an event', () => {
    assert.deepEqual(found('sinds 1 januari 2010 in Nederland'), []);
  });
});

describe('findings', () => {
  test('are sorted by start, do not overlap and point into the original text', () => {
    const text = 'mw 12-03-1956, bel 06-12345678 of jan@x.nl; BSN 123456782, NL91ABNA0417164300';
    const findings = findPersonalData(text, { at });
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['birthdate', 'phone', 'email', 'bsn', 'iban'],
    );
    for (let i = 1; i < findings.length; i++) {
      assert.ok(findings[i - 1]!.end <= findings[i]!.start);
    }
    assert.equal(text.slice(findings[3]!.start, findings[3]!.end), '123456782');
  });
  test('offsets are UTF-16 code units, also after astral characters', () => {
    const text = '👍🏽 bel 06-12345678';
    const [f] = findPersonalData(text, { at });
    assert.equal(text.slice(f!.start, f!.end), '06-12345678');
  });
  test('an IBAN is reported once, not also as the phone number inside it', () => {
    assert.deepEqual(found('DE89 3704 0044 0532 0130 00'), ['iban:DE89 3704 0044 0532 0130 00']);
  });
  test('an international mobile number is one phone number, not also a BSN', () => {
    assert.deepEqual(found('+31612345678'), ['phone:+31612345678']);
  });
  test('stay fast on long, hostile input (no catastrophic backtracking)', () => {
    const hostile = [
      '1 ',
      'a.',
      'a-',
      "a'",
      'a@',
      'NL91 ',
      '+31 ',
      '(0',
      '12-',
      'bsn 1 ',
      'Kerkstraat ',
    ];
    const started = performance.now();
    for (const unit of hostile)
      findPersonalData(unit.repeat(Math.ceil(10_000 / unit.length)), { at });
    assert.ok(performance.now() - started < 2_000, 'eleven 10 000-character texts in under 2 s');
  });
});

describe('checksums', () => {
  test('isValidBsn applies the 11-proef', () => {
    assert.equal(isValidBsn('123456782'), true);
    assert.equal(isValidBsn('1234.56.782'), true);
    assert.equal(isValidBsn('123456789'), false);
    assert.equal(isValidBsn('000000000'), false, 'a sum of zero is not a BSN');
    assert.equal(isValidBsn('12345678'), false);
    assert.equal(isValidBsn('11222333'), false);
    assert.equal(isValidBsn('111222333'), true);
  });
  test('isValidIban checks the country length and mod-97', () => {
    assert.equal(isValidIban('NL91 ABNA 0417 1643 00'), true);
    assert.equal(isValidIban('nl91abna0417164300'), true);
    assert.equal(isValidIban('NL91ABNA041716430'), false);
    assert.equal(isValidIban('NL19ABNA0417164300'), false);
    assert.equal(isValidIban('XX91ABNA0417164300'), false);
  });
});

describe('describePersonalData', () => {
  test('names a name', () => {
    assert.equal(describePersonalData(['name'], 'nl'), 'een naam');
    assert.equal(describePersonalData(['bsn', 'name'], 'en'), 'a BSN and a name');
  });
  test('names one kind', () => {
    assert.equal(`Dit lijkt ${describePersonalData(['bsn'], 'nl')}.`, 'Dit lijkt een BSN.');
    assert.equal(describePersonalData(['phone'], 'en'), 'a phone number');
  });
  test('joins kinds as a list, each once, in a fixed order', () => {
    assert.equal(
      describePersonalData(['email', 'bsn', 'email'], 'nl'),
      'een BSN en een e-mailadres',
    );
    assert.equal(describePersonalData(['email', 'bsn'], 'en'), 'a BSN and an e-mail address');
    assert.equal(
      describePersonalData(['postcode-housenumber', 'birthdate', 'iban'], 'nl'),
      'een rekeningnummer (IBAN), een geboortedatum en een adres',
    );
    assert.equal(
      describePersonalData(['phone', 'email', 'bsn'], 'en'),
      'a BSN, an e-mail address and a phone number',
    );
  });
  test('an empty list names nothing', () => {
    assert.equal(describePersonalData([], 'nl'), '');
  });
});

describe('redactPersonalData', () => {
  test('replaces each finding by its kind and keeps the rest', () => {
    assert.equal(
      redactPersonalData('bel 06-12345678 of mail jan@x.nl, BSN 123456782'),
      'bel [phone] of mail [email], BSN [bsn]',
    );
  });
  test('uses the findings it is given', () => {
    const text = 'geb. 12-03-1956 om 10:00';
    assert.equal(
      redactPersonalData(text, findPersonalData(text, { at })),
      'geb. [birthdate] om 10:00',
    );
    assert.equal(redactPersonalData(text, []), text);
  });
});
