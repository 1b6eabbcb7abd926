import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dutchPublicHolidays, easterSunday } from './index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
const named = (year: number, nl: string, options?: Parameters<typeof dutchPublicHolidays>[1]) =>
  dutchPublicHolidays(year, options)
    .filter((h) => h.name.nl === nl)
    .map((h) => h.date);

/** Gauss's Easter algorithm with its two exceptions: independent of the computus under test. */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const m = (15 - p + k - q) % 30;
  const n = (4 + k - q) % 7;
  const d = (19 * a + m) % 30;
  const e = (2 * b + 4 * c + 6 * d + n) % 7;
  if (d === 29 && e === 6) return `${year}-04-19`;
  if (d === 28 && e === 6 && (11 * m + 11) % 30 < 19) return `${year}-04-18`;
  const march = 22 + d + e;
  return march <= 31 ? `${year}-03-${pad(march)}` : `${year}-04-${pad(march - 31)}`;
}

describe('Easter (computus)', () => {
  for (const [year, date] of [
    [1900, '1900-04-15'],
    [1954, '1954-04-18'],
    [1981, '1981-04-19'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [2200, '2200-04-06'],
  ] as const) {
    test(`${year} → ${date}`, () => assert.equal(easterSunday(year), date));
  }

  test('agrees with Gauss for every year 1900–2200 and always falls on a Sunday', () => {
    for (let year = 1900; year <= 2200; year++) {
      const date = easterSunday(year);
      assert.equal(date, gaussEaster(year), `Easter ${year}`);
      assert.equal(weekday(date), 0, `Easter ${year} is a Sunday`);
    }
  });
});

describe('Koningsdag and Koninginnedag', () => {
  for (const [year, name, date] of [
    [1900, 'Koninginnedag', '1900-08-31'], // Friday
    [1902, 'Koninginnedag', '1902-09-01'], // 31 August a Sunday → Monday
    [1947, 'Koninginnedag', '1947-09-01'],
    [1948, 'Koninginnedag', '1948-08-31'],
    [1949, 'Koninginnedag', '1949-04-30'],
    [1967, 'Koninginnedag', '1967-05-01'], // before 1980 a Sunday moved to Monday 1 May
    [1978, 'Koninginnedag', '1978-05-01'],
    [1980, 'Koninginnedag', '1980-04-30'],
    [1989, 'Koninginnedag', '1989-04-29'], // from 1980 a Sunday moves to Saturday
    [2006, 'Koninginnedag', '2006-04-29'],
    [2013, 'Koninginnedag', '2013-04-30'],
    [2014, 'Koningsdag', '2014-04-26'],
    [2015, 'Koningsdag', '2015-04-27'],
    [2025, 'Koningsdag', '2025-04-26'],
    [2026, 'Koningsdag', '2026-04-27'],
    [2031, 'Koningsdag', '2031-04-26'],
    [2200, 'Koningsdag', '2200-04-26'], // 27 April 2200 is a Sunday
  ] as const) {
    test(`${year} → ${name} ${date}`, () => assert.deepEqual(named(year, name), [date]));
  }

  test('never falls on a Sunday, 1900–2200', () => {
    for (let year = 1900; year <= 2200; year++) {
      const [date] = [...named(year, 'Koningsdag'), ...named(year, 'Koninginnedag')];
      assert.ok(date, `a monarch's day in ${year}`);
      assert.notEqual(weekday(date), 0, `${date}`);
    }
  });
});

describe('Bevrijdingsdag and Goede Vrijdag', () => {
  test('Bevrijdingsdag only in lustrum years by default', () => {
    assert.deepEqual(named(2025, 'Bevrijdingsdag'), ['2025-05-05']);
    assert.deepEqual(named(2030, 'Bevrijdingsdag'), ['2030-05-05']);
    assert.deepEqual(named(2026, 'Bevrijdingsdag'), []);
    assert.deepEqual(named(2026, 'Bevrijdingsdag', { liberationDayEveryYear: true }), [
      '2026-05-05',
    ]);
  });

  test('no Bevrijdingsdag before the first anniversary of the liberation', () => {
    assert.deepEqual(named(1940, 'Bevrijdingsdag', { liberationDayEveryYear: true }), []);
    assert.deepEqual(named(1900, 'Bevrijdingsdag'), []);
    assert.deepEqual(named(1950, 'Bevrijdingsdag'), ['1950-05-05']);
  });

  test('Goede Vrijdag only on request, two days before Easter', () => {
    assert.deepEqual(named(2025, 'Goede Vrijdag'), []);
    assert.deepEqual(named(2025, 'Goede Vrijdag', { goodFriday: true }), ['2025-04-18']);
    assert.deepEqual(named(2024, 'Goede Vrijdag', { goodFriday: true }), ['2024-03-29']);
  });
});

describe('dutchPublicHolidays', () => {
  test('2026 in full, in date order, with Dutch and English names', () => {
    assert.deepEqual(
      dutchPublicHolidays(2026).map((h) => [h.date, h.name.nl, h.name.en]),
      [
        ['2026-01-01', 'Nieuwjaarsdag', "New Year's Day"],
        ['2026-04-05', 'Eerste Paasdag', 'Easter Sunday'],
        ['2026-04-06', 'Tweede Paasdag', 'Easter Monday'],
        ['2026-04-27', 'Koningsdag', "King's Day"],
        ['2026-05-14', 'Hemelvaartsdag', 'Ascension Day'],
        ['2026-05-24', 'Eerste Pinksterdag', 'Whit Sunday'],
        ['2026-05-25', 'Tweede Pinksterdag', 'Whit Monday'],
        ['2026-12-25', 'Eerste Kerstdag', 'Christmas Day'],
        ['2026-12-26', 'Tweede Kerstdag', 'Boxing Day'],
      ],
    );
  });

  for (const [year, ascension, whitMonday] of [
    [1900, '1900-05-24', '1900-06-04'],
    [2024, '2024-05-09', '2024-05-20'],
    [2025, '2025-05-29', '2025-06-09'],
    [2100, '2100-05-06', '2100-05-17'],
    [2200, '2200-05-15', '2200-05-26'],
  ] as const) {
    test(`${year}: Hemelvaartsdag ${ascension}, Tweede Pinksterdag ${whitMonday}`, () => {
      assert.deepEqual(named(year, 'Hemelvaartsdag'), [ascension]);
      assert.deepEqual(named(year, 'Tweede Pinksterdag'), [whitMonday]);
    });
  }

  test('2005: Hemelvaartsdag and Bevrijdingsdag share 5 May', () => {
    const may5 = dutchPublicHolidays(2005).filter((h) => h.date === '2005-05-05');
    assert.deepEqual(may5.map((h) => h.name.nl).sort(), ['Bevrijdingsdag', 'Hemelvaartsdag']);
  });

  test('weekdays hold for every year 1900–2200', () => {
    const expected: Record<string, number> = {
      'Goede Vrijdag': 5,
      'Tweede Paasdag': 1,
      Hemelvaartsdag: 4,
      'Eerste Pinksterdag': 0,
      'Tweede Pinksterdag': 1,
    };
    for (let year = 1900; year <= 2200; year++) {
      const list = dutchPublicHolidays(year, { goodFriday: true, liberationDayEveryYear: true });
      assert.deepEqual(
        list.map((h) => h.date),
        list.map((h) => h.date).sort(),
        `sorted ${year}`,
      );
      for (const h of list) {
        assert.ok(h.date.startsWith(`${year}-`), h.date);
        const day = expected[h.name.nl];
        if (day !== undefined) assert.equal(weekday(h.date), day, `${h.name.nl} ${h.date}`);
      }
    }
  });

  test('a caller cannot corrupt the cache by changing the returned list', () => {
    const list = dutchPublicHolidays(2027);
    list.length = 0;
    assert.equal(dutchPublicHolidays(2027).length, 9);
  });

  test('refuses years before the Gregorian calendar and non-integers', () => {
    assert.throws(() => dutchPublicHolidays(1500), RangeError);
    assert.throws(() => dutchPublicHolidays(2025.5), RangeError);
  });
});
