import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { defaultTaxonomy } from '../taxonomy/index.js';
import {
  buildRegistrationStats,
  csvField,
  registrationStatsCsv,
  suppress,
  type StatsUnit,
} from './index.js';
import { tallyRegistrations } from './tally.js';
import { QuestionRegistrationSchema } from '../schemas/registration.js';

const ONE = [{ id: 'loc', name: 'IDO Loc' }];
const DEVICE = { kind: 'location', name: 'IDO Loc' } as const;

/** A unit of `visits` one-question visits, split over channels; themes as given. */
function unit(
  period: string,
  channel: Record<string, number>,
  extra: { theme?: Record<string, number>; locationId?: string } = {},
): StatsUnit {
  const visits = Object.values(channel).reduce((a, b) => a + b, 0);
  return {
    locationId: extra.locationId ?? 'loc',
    period,
    visits,
    questions: visits,
    cells: { channel, questionType: { government: visits }, theme: extra.theme ?? {} },
  };
}

describe('small-number suppression', () => {
  test('1 to 4 become "<5"; 0 and 5+ stay exact', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 120].map((n) => suppress(n)),
      [0, '<5', '<5', '<5', '<5', 5, 6, 120],
    );
  });

  test('one "<5" cell beside a shown total hides the next-smallest cell too, as "x"', () => {
    // 5 desk + 1 phone = 6 visits: showing desk 5 would give phone away as 6 − 5.
    const stats = buildRegistrationStats([unit('2026-10', { desk: 5, phone: 1 })], {
      period: '2026-10',
      scope: DEVICE,
      locations: ONE,
    });
    assert.equal(stats.visits, 6);
    assert.deepEqual(stats.breakdown.channel, [
      { key: 'desk', count: 'x' },
      { key: 'phone', count: '<5' },
    ]);
    assert.deepEqual(stats.breakdown.questionType, [{ key: 'government', count: 6 }]);
    const csv = registrationStatsCsv(stats, defaultTaxonomy, { separator: ',' });
    assert.match(csv, /\r\n2026-10,loc,IDO Loc,channel,desk,[^,]+,x\r\n/);
    assert.match(csv, /\r\n2026-10,loc,IDO Loc,channel,phone,[^,]+,<5\r\n/);
    assert.match(csv, /\r\n2026-10,loc,IDO Loc,visits,total,[^,]+,6\r\n/);
  });

  test('a month, its quarter and its year are cut from one plan: none gives another away', () => {
    // October 3 visits, November 9, December 6: the quarter's 18 minus November and December
    // would reveal October, so the next-smallest month (December) is hidden too, in every
    // answer alike: asking for December itself does not give it away.
    const units = [
      unit('2026-10', { desk: 3 }),
      unit('2026-11', { desk: 9 }),
      unit('2026-12', { desk: 6 }),
      unit('2026-03', { desk: 20 }),
    ];
    const ask = (period: string) =>
      buildRegistrationStats(units, { period, scope: DEVICE, locations: ONE });
    const quarter = ask('2026-Q4');
    assert.deepEqual(
      quarter.periods.map((p) => p.visits),
      ['<5', 9, 'x'],
    );
    assert.equal(quarter.visits, 18);
    assert.equal(ask('2026-11').visits, quarter.periods[1]!.visits);
    assert.equal(ask('2026-12').visits, quarter.periods[2]!.visits);
    // The quarter and year totals: hidden or not, never solvable from shown numbers.
    const year = ask('2026');
    assert.equal(year.periods[9]!.visits, '<5');
    const shownMonths = year.periods.map((p) => p.visits).filter((v) => typeof v === 'number');
    assert.ok(typeof year.visits !== 'number' || shownMonths.length <= 10);
  });

  test('several locations: each location and the total, with no lone hidden location', () => {
    const locations = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ];
    const units = [
      unit('2026-W47', { desk: 2 }, { locationId: 'a' }),
      unit('2026-W47', { desk: 10 }, { locationId: 'b' }),
      unit('2026-W47', { desk: 7 }, { locationId: 'c' }),
      unit('2026-W47', { desk: 9 }, { locationId: 'elsewhere' }),
    ];
    const stats = buildRegistrationStats(units, {
      period: '2026-W47',
      scope: { kind: 'organisation', name: 'Bieb' },
      locations,
    });
    assert.equal(stats.locationId, undefined);
    assert.equal(stats.visits, 19);
    assert.deepEqual(
      stats.byLocation.map((l) => [l.locationId, l.visits]),
      [
        ['a', '<5'],
        ['b', 10],
        ['c', 'x'],
      ],
    );
    const one = buildRegistrationStats(units, {
      period: '2026-W47',
      scope: { kind: 'organisation', name: 'Bieb' },
      locations,
      location: 'c',
    });
    assert.equal(one.locationId, 'c');
    assert.equal(one.visits, 'x');
    assert.deepEqual(one.byLocation, []);
    assert.throws(() =>
      buildRegistrationStats(units, {
        period: '2026-W47',
        scope: DEVICE,
        locations,
        location: 'elsewhere',
      }),
    );
  });

  test('no line of counts ever has exactly one hidden count (property)', () => {
    const channels = ['desk', 'phone', 'email'];
    const arbUnits = fc.array(
      fc.record({
        locationId: fc.constantFrom('a', 'b'),
        month: fc.integer({ min: 1, max: 12 }),
        channel: fc.tuple(...channels.map(() => fc.nat({ max: 12 }))),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        arbUnits,
        fc.constantFrom('2026', '2026-Q1', '2026-Q4', '2026-07'),
        (list, period) => {
          const byId = new Map<string, StatsUnit>();
          for (const u of list) {
            const p = `2026-${String(u.month).padStart(2, '0')}`;
            const key = `${u.locationId}${p}`;
            const c = Object.fromEntries(channels.map((ch, i) => [ch, u.channel[i]!]));
            if (!byId.has(key)) byId.set(key, unit(p, c, { locationId: u.locationId }));
          }
          const stats = buildRegistrationStats([...byId.values()], {
            period,
            scope: { kind: 'municipality', name: 'X' },
            locations: [
              { id: 'a', name: 'A' },
              { id: 'b', name: 'B' },
            ],
          });
          const hidden = (c: unknown) => c === '<5' || c === 'x';
          for (const counts of [stats, ...stats.periods, ...stats.byLocation]) {
            const line = [counts.visits, ...counts.breakdown.channel.map((c) => c.count)];
            assert.notEqual(line.filter(hidden).length, 1, JSON.stringify(counts));
          }
          const locs = [stats.visits, ...stats.byLocation.map((l) => l.visits)];
          assert.notEqual(locs.filter(hidden).length, 1);
          if (stats.periods.length === 3) {
            const months = [stats.visits, ...stats.periods.map((p) => p.visits)];
            assert.notEqual(months.filter(hidden).length, 1);
          }
        },
      ),
    );
  });
});

describe('counting', () => {
  const visit = (
    id: string,
    date: string,
    supersedes?: string,
    extra: { withdrawn?: true; outreach?: { name: string } } = {},
  ) =>
    QuestionRegistrationSchema.parse({
      id,
      locationId: 'loc',
      date,
      hour: 10,
      channel: 'desk',
      durationMinutes: 5,
      questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
      ...(supersedes ? { supersedes } : {}),
      ...extra,
    });
  const ids = ['1', '2', '3', '4', '5'].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
  const visits = (units: StatsUnit[]) => units.reduce((n, u) => n + u.visits, 0);

  test('a correction made in a later period takes the original out of its own period', () => {
    const regs = [
      visit(ids[0]!, '2026-12-31'),
      visit(ids[1]!, '2026-12-30'),
      visit(ids[2]!, '2027-01-04', ids[0]),
    ];
    const december = tallyRegistrations(regs, {
      unit: 'month',
      from: '2026-12-01',
      to: '2026-12-31',
    });
    assert.deepEqual(
      december.map((u) => [u.period, u.visits]),
      [['2026-12', 1]],
    );
    const january = tallyRegistrations(regs, {
      unit: 'month',
      from: '2027-01-01',
      to: '2027-01-31',
    });
    assert.deepEqual(
      january.map((u) => [u.period, u.visits]),
      [['2027-01', 1]],
    );
  });

  test('a withdrawal counts nowhere, and neither does the registration it withdraws', () => {
    const regs = [
      visit(ids[0]!, '2026-11-10'),
      visit(ids[1]!, '2026-11-11'),
      visit(ids[2]!, '2026-11-10', ids[0], { withdrawn: true }),
    ];
    const units = tallyRegistrations(regs, { unit: 'month' });
    assert.deepEqual(
      units.map((u) => [u.period, u.visits, u.questions, u.cells.channel]),
      [['2026-11', 1, 1, { desk: 1 }]],
    );
  });

  test('the latest of a chain decides: a correction of a withdrawal counts, a withdrawal of a correction does not', () => {
    const reinstated = [
      visit(ids[0]!, '2026-11-10'),
      visit(ids[1]!, '2026-11-10', ids[0], { withdrawn: true }),
      visit(ids[2]!, '2026-11-12', ids[1]),
    ];
    assert.equal(visits(tallyRegistrations(reinstated, { unit: 'month' })), 1);
    const withdrawnAgain = [
      visit(ids[0]!, '2026-11-10'),
      visit(ids[1]!, '2026-11-12', ids[0]),
      visit(ids[2]!, '2026-11-12', ids[1], { withdrawn: true }),
      visit(ids[3]!, '2026-11-12', ids[2], { withdrawn: true }),
    ];
    assert.equal(visits(tallyRegistrations(withdrawnAgain, { unit: 'month' })), 0);
  });

  test('a visit at an outreach session counts under its location, in the period of its date', () => {
    const regs = [visit(ids[0]!, '2026-10-31', undefined, { outreach: { name: 'Buurthuis' } })];
    assert.deepEqual(
      tallyRegistrations(regs, { unit: 'month' }).map((u) => [u.locationId, u.period, u.visits]),
      [['loc', '2026-10', 1]],
    );
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
    assert.equal(csvField('\r=1'), `"'\r=1"`);
    assert.equal(csvField('+31 20'), "'+31 20");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('-1'), "'-1");
    assert.equal(csvField('Cliëntondersteuning, é'), '"Cliëntondersteuning, é"');
  });

  test('by default a Dutch office opens it by double-click: a byte-order mark, ";", a Dutch header', () => {
    const stats = buildRegistrationStats([unit('2026-10', { desk: 6 })], {
      period: '2026-10',
      scope: DEVICE,
      locations: [{ id: 'loc', name: 'IDO Café Noord; é' }],
    });
    const csv = registrationStatsCsv(stats, defaultTaxonomy);
    assert.ok(
      csv.startsWith(
        '\uFEFFperiode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal\r\n',
      ),
    );
    const lines = csv.slice(1).trim().split('\r\n');
    // The location's name beside its id (quoted: it holds the separator), the category's beside its.
    assert.ok(lines.includes('2026-10;loc;"IDO Café Noord; é";visits;total;Aantal bezoeken;6'));
    const desk = defaultTaxonomy.channels.find((c) => c.id === 'desk')!;
    assert.ok(lines.includes(`2026-10;loc;"IDO Café Noord; é";channel;desk;${desk.label.nl};6`));
    // In English: the header the API always had, plus `location_name`; the names in English.
    const en = registrationStatsCsv(stats, defaultTaxonomy, {
      lang: 'en',
      separator: ',',
      bom: false,
    });
    const enLines = en.trim().split('\r\n');
    assert.equal(enLines[0], 'period,location,location_name,dimension,category,label,count');
    assert.ok(enLines.includes(`2026-10,loc,"IDO Café Noord; é",channel,desk,${desk.label.en},6`));
    assert.ok(enLines.includes('2026-10,loc,"IDO Café Noord; é",visits,total,Number of visits,6'));
    // Every line has as many fields as the header, with either separator.
    for (const [text, sep] of [
      [csv.slice(1), ';'],
      [en, ','],
    ] as const)
      for (const line of text.trim().split('\r\n'))
        assert.equal(line.replace(/"[^"]*"/g, 'q').split(sep).length, 7, line);
  });

  test('a label with ";=" starts no formula in Excel set to Dutch, which splits on ";"', () => {
    const taxonomy = structuredClone(defaultTaxonomy);
    taxonomy.themes[0]!.label.nl = 'Zorg;=1+1;@SUM(A1)';
    const stats = buildRegistrationStats([unit('2026-10', { desk: 6 })], {
      period: '2026-10',
      scope: DEVICE,
      locations: ONE,
    });
    const lines = registrationStatsCsv(stats, taxonomy, { separator: ',' }).trim().split('\r\n');
    const row = lines.find((l) => l.includes(`,theme,${taxonomy.themes[0]!.id},`))!;
    assert.ok(row.includes(`"Zorg;'=1+1;'@SUM(A1)"`), row);
    for (const line of lines)
      for (const cell of line.split(';'))
        assert.doesNotMatch(cell, /^\s*[=+\-@]/, `a cell of "${line}" starts a formula`);
  });

  test('every taxonomy category gets a row, unknown keys are kept; several locations end with the total', () => {
    const units = [
      {
        ...unit('2026-11', { desk: 7 }, { theme: { toeslagen: 6, 'oud-thema': 2 } }),
        locationId: 'a',
      },
      unit('2026-11', { desk: 8 }, { locationId: 'b' }),
    ];
    const stats = buildRegistrationStats(units, {
      period: '2026-11',
      scope: { kind: 'organisation', name: 'Bieb' },
      locations: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
    });
    const lines = registrationStatsCsv(stats, defaultTaxonomy, { separator: ',', bom: false })
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'periode,locatie,locatienaam,onderdeel,categorie,categorienaam,aantal');
    const themeRows = lines.filter((l) => l.startsWith('2026-11,a,A,theme,'));
    assert.equal(themeRows.length, defaultTaxonomy.themes.length + 1);
    assert.ok(themeRows.some((l) => /,theme,toeslagen,[^,]+,x$/.test(l)));
    assert.ok(themeRows.some((l) => l.endsWith(',theme,oud-thema,oud-thema,<5')));
    assert.equal(
      lines.filter((l) => l.startsWith('2026-11,totaal,Bieb (totaal),channel,')).length,
      defaultTaxonomy.channels.length,
    );
    assert.ok(lines.includes('2026-11,totaal,Bieb (totaal),visits,total,Aantal bezoeken,15'));
    assert.ok(lines.some((l) => /^2026-11,b,B,channel,desk,[^,]+,8$/.test(l)));
    assert.ok(lines.some((l) => /^2026-11,a,A,referralWarm,warm,Warm doorverwezen,0$/.test(l)));
  });
});
