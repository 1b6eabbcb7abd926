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

/** One period's raw counts: visits, questions and the cells given (one question per visit). */
function month(
  period: string,
  channel: Record<string, number>,
  extra: Partial<Record<'theme' | 'questionType', Record<string, number>>> = {},
): [string, RawStats['periods'] extends Map<string, infer E> ? E : never] {
  const visits = Object.values(channel).reduce((a, b) => a + b, 0);
  return [
    period,
    {
      visits,
      questions: visits,
      cells: new Map([
        ['channel', new Map(Object.entries(channel))],
        ['questionType', new Map(Object.entries(extra.questionType ?? { government: visits }))],
        ['theme', new Map(Object.entries(extra.theme ?? {}))],
      ]),
    },
  ];
}

const FILTER = { locationId: 'x', from: '2026-10-01', to: '2026-11-30', period: 'month' } as const;

describe('complementary suppression', () => {
  test('one "<5" cell beside a shown total hides the next-smallest cell too', () => {
    // 5 desk + 1 phone = 6 visits: showing desk 5 would give phone away as 6 − 5.
    const raw: RawStats = { periods: new Map([month('2026-10', { desk: 5, phone: 1 })]) };
    const stats = toRegistrationStats(raw, { ...FILTER, to: '2026-10-31' });
    assert.equal(stats.visits, 6);
    for (const breakdown of [stats.breakdown, stats.periods[0]!.breakdown]) {
      // desk is 5, not under 5: hidden as "x", so no one reads it as a small number.
      assert.deepEqual(breakdown.channel, [
        { key: 'desk', count: 'x' },
        { key: 'phone', count: '<5' },
      ]);
      assert.deepEqual(breakdown.questionType, [{ key: 'government', count: 6 }]);
    }
    // The CSV (and so the CLI) hides the same cells.
    const csv = statsCsv(raw, { locationId: 'x', taxonomy: defaultTaxonomy });
    assert.match(csv, /,channel,desk,[^,]+,x\r\n/);
    assert.match(csv, /,channel,phone,[^,]+,<5\r\n/);
    assert.match(csv, /,visits,total,[^,]+,6\r\n/);
  });

  test('two small cells already hide each other: nothing more is hidden', () => {
    const raw: RawStats = {
      periods: new Map([
        month('2026-10', { desk: 10, phone: 2, email: 3 }, { theme: { toeslagen: 9, zorg: 2 } }),
      ]),
    };
    const stats = toRegistrationStats(raw, { ...FILTER, to: '2026-10-31' });
    assert.deepEqual(stats.breakdown.channel, [
      { key: 'desk', count: 10 },
      { key: 'email', count: '<5' },
      { key: 'phone', count: '<5' },
    ]);
    // Themes do not add up to a total, but a lone "<5" still takes the next-smallest with it.
    assert.deepEqual(stats.breakdown.theme, [
      { key: 'toeslagen', count: 'x' },
      { key: 'zorg', count: '<5' },
    ]);
  });

  test('across periods: a "<5" month is not given away by the range total', () => {
    const raw: RawStats = {
      periods: new Map([month('2026-10', { desk: 3 }), month('2026-11', { desk: 9, phone: 6 })]),
    };
    const stats = toRegistrationStats(raw, FILTER);
    assert.equal(stats.visits, 18);
    assert.deepEqual(
      stats.periods.map((p) => p.visits),
      ['<5', 'x'],
    );
    assert.deepEqual(stats.breakdown.channel, [
      { key: 'desk', count: 12 },
      { key: 'phone', count: 6 },
    ]);
    // October's desk count would be 12 − November's: that one is hidden too (and November's
    // visits with it, or desk would be 15 − 6).
    assert.deepEqual(stats.periods[1]!.breakdown.channel, [
      { key: 'desk', count: 'x' },
      { key: 'phone', count: 6 },
    ]);
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
    assert.equal(csvField('a;b'), '"a;b"');
    assert.equal(csvField(' =1+1'), "' =1+1");
    assert.equal(csvField('\t=1'), "'\t=1");
    assert.equal(csvField('\n=1'), `"\n'=1"`);
    assert.equal(csvField('Zorg;=1+1'), `"Zorg;'=1+1"`);
  });

  test('a label with ";=" starts no formula in Excel set to Dutch, which splits on ";"', () => {
    const taxonomy = structuredClone(defaultTaxonomy);
    taxonomy.themes[0]!.label.nl = 'Zorg;=1+1;@SUM(A1)';
    const raw: RawStats = { periods: new Map([month('2026-10', { desk: 6 })]) };
    const lines = statsCsv(raw, { locationId: 'loc', taxonomy }).trim().split('\r\n');
    const row = lines.find((l) => l.includes(`,theme,${taxonomy.themes[0]!.id},`))!;
    assert.ok(row.includes(`"Zorg;'=1+1;'@SUM(A1)"`), row);
    for (const line of lines)
      for (const cell of line.split(';'))
        assert.doesNotMatch(cell, /^\s*[=+\-@]/, `a cell of "${line}" starts a formula`);
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
    // Hidden beside the lone "<5" (complementary suppression).
    assert.ok(themeRows.some((l) => /,theme,toeslagen,[^,]+,x$/.test(l)));
    assert.ok(themeRows.some((l) => l.endsWith(',theme,oud-thema,oud-thema,<5')));
    assert.equal(
      lines.filter((l) => l.includes(',channel,')).length,
      defaultTaxonomy.channels.length,
    );
  });
});
