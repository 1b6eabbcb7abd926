import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  isoWeekKey,
  isoWeeksInYear,
  monthsOfStatsPeriod,
  parseStatsPeriod,
  shiftStatsPeriod,
  statsPeriodOf,
} from './stats-periods.js';

describe('fixed periods', () => {
  test('keys parse to their first and last day; anything else is not a period', () => {
    assert.deepEqual(parseStatsPeriod('2026'), {
      key: '2026',
      kind: 'year',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    assert.deepEqual(parseStatsPeriod('2024-Q1'), {
      key: '2024-Q1',
      kind: 'quarter',
      from: '2024-01-01',
      to: '2024-03-31',
    });
    assert.equal(parseStatsPeriod('2024-02')?.to, '2024-02-29');
    assert.deepEqual(parseStatsPeriod('2026-W53'), {
      key: '2026-W53',
      kind: 'week',
      from: '2026-12-28',
      to: '2027-01-03',
    });
    assert.equal(parseStatsPeriod('2025-W01')?.from, '2024-12-30');
    for (const bad of ['2025-W53', '2026-13', '2026-Q5', '1999', '2026-11-01', '26-11', ''])
      assert.equal(parseStatsPeriod(bad), undefined, bad);
    assert.equal(isoWeeksInYear(2026), 53);
    assert.equal(isoWeeksInYear(2025), 52);
  });

  test('a date falls in one period of each kind; periods step across year ends', () => {
    assert.equal(isoWeekKey('2026-11-21'), '2026-W47');
    assert.equal(isoWeekKey('2027-01-01'), '2026-W53');
    assert.equal(isoWeekKey('2024-12-30'), '2025-W01');
    assert.equal(statsPeriodOf('2026-11-21', 'quarter'), '2026-Q4');
    assert.equal(shiftStatsPeriod('2026-Q4', 1), '2027-Q1');
    assert.equal(shiftStatsPeriod('2026-01', -1), '2025-12');
    assert.equal(shiftStatsPeriod('2026-W53', 1), '2027-W01');
    assert.equal(shiftStatsPeriod('2025-W01', -1), '2024-W52');
    assert.equal(shiftStatsPeriod('2026', -3), '2023');
    assert.deepEqual(monthsOfStatsPeriod('2026-Q2'), ['2026-04', '2026-05', '2026-06']);
    assert.equal(monthsOfStatsPeriod('2026').length, 12);
    assert.deepEqual(monthsOfStatsPeriod('2026-05'), []);
  });

  test('every day of a period maps back to it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 5), max: Date.UTC(2099, 11, 25) }),
        fc.constantFrom('week', 'month', 'quarter', 'year' as const),
        (t, kind) => {
          const date = new Date(t).toISOString().slice(0, 10);
          const key = statsPeriodOf(date, kind);
          const period = parseStatsPeriod(key)!;
          assert.ok(period.from <= date && date <= period.to, `${date} in ${key}`);
          assert.equal(shiftStatsPeriod(shiftStatsPeriod(key, 1), -1), key);
        },
      ),
    );
  });
});
