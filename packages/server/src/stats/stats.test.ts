import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultTaxonomy } from '@idokit/sdk';
import {
  csvField,
  isoWeekKey,
  periodKeys,
  statsCsv,
  suppress,
  toRegistrationStats,
  type RawStats,
} from './stats.js';

describe('small-number suppression', () => {
  test('1 to 4 become "<5"; 0 and 5+ stay exact', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 120].map((n) => suppress(n)),
      [0, '<5', '<5', '<5', '<5', 5, 6, 120],
    );
  });

  test('totals over a range are summed before suppression', () => {
    const raw: RawStats = { periods: new Map() };
    for (const period of ['2026-10', '2026-11'])
      raw.periods.set(period, {
        visits: 3,
        questions: 3,
        cells: new Map([['channel', new Map([['desk', 3]])]]),
      });
    const stats = toRegistrationStats(raw, {
      locationId: 'x',
      from: '2026-10-01',
      to: '2026-11-30',
      period: 'month',
    });
    assert.deepEqual(
      stats.periods.map((p) => p.visits),
      ['<5', '<5'],
    );
    assert.equal(stats.visits, 6);
    assert.deepEqual(stats.breakdown.channel, [{ key: 'desk', count: 6 }]);
    assert.deepEqual(stats.breakdown.theme, []);
  });
});

describe('periods', () => {
  test('ISO weeks, across a year boundary', () => {
    assert.equal(isoWeekKey('2026-11-21'), '2026-W47');
    assert.equal(isoWeekKey('2027-01-01'), '2026-W53');
    assert.equal(isoWeekKey('2024-12-30'), '2025-W01');
  });

  test('every period in a range, in order', () => {
    assert.deepEqual(periodKeys('2026-01-30', '2026-03-01', 'month'), [
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    assert.deepEqual(periodKeys('2026-02-27', '2026-03-01', 'day'), [
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    assert.deepEqual(periodKeys('2026-12-28', '2027-01-05', 'week'), ['2026-W53', '2027-W01']);
  });
});

describe('CSV', () => {
  test('fields are quoted when needed and never start a spreadsheet formula', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, "b"'), '"a, ""b"""');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField(-3), '-3');
  });

  test('every taxonomy category gets a row, unknown keys are kept', () => {
    const raw: RawStats = {
      periods: new Map([
        [
          '2026-11',
          {
            visits: 7,
            questions: 8,
            cells: new Map([
              [
                'theme',
                new Map([
                  ['toeslagen', 6],
                  ['oud-thema', 2],
                ]),
              ],
            ]),
          },
        ],
      ]),
    };
    const lines = statsCsv(raw, { locationId: 'loc', taxonomy: defaultTaxonomy })
      .trim()
      .split('\r\n');
    const themeRows = lines.filter((l) => l.includes(',theme,'));
    assert.equal(themeRows.length, defaultTaxonomy.themes.length + 1);
    assert.ok(themeRows.some((l) => /,theme,toeslagen,[^,]+,6$/.test(l)));
    assert.ok(themeRows.some((l) => l.endsWith(',theme,oud-thema,oud-thema,<5')));
    assert.equal(
      lines.filter((l) => l.includes(',channel,')).length,
      defaultTaxonomy.channels.length,
    );
  });
});
