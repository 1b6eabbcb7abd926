import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { defaultTaxonomy } from '../taxonomy/index.js';
import {
  buildRegistrationStats,
  csvField,
  KEY_RANGE,
  MAX_NOISE,
  perturb,
  ptableRow,
  recordKeyOf,
  registrationStatsCsv,
  type StatsUnit,
} from './index.js';
import { tallyRegistrations } from './tally.js';
import { QuestionRegistrationSchema } from '../schemas/registration.js';

const ONE = [{ id: 'loc', name: 'IDO Loc' }];
const DEVICE = { kind: 'location', name: 'IDO Loc' } as const;
/** Long after 2026: every period of 2026 has settled. */
const LATER = new Date('2027-06-01T12:00:00Z');

let serial = 0;
/**
 * Counts (with cell keys) of one-question visits on `date`, `channel[c]` of them per channel,
 * the theme of each visit drawn in turn from `themes` (`toeslagen` by default).
 */
function unit(
  date: string,
  channel: Record<string, number>,
  extra: { themes?: string[]; locationId?: string } = {},
): StatsUnit[] {
  const themes = extra.themes ?? ['toeslagen'];
  const regs = Object.entries(channel).flatMap(([ch, n]) =>
    Array.from({ length: n }, () => {
      serial += 1;
      return QuestionRegistrationSchema.parse({
        id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
        locationId: extra.locationId ?? 'loc',
        date,
        hour: 10,
        channel: ch,
        durationMinutes: 5,
        questions: [
          { type: 'government', themes: [themes[serial % themes.length]], help: 'informed' },
        ],
      });
    }),
  );
  return [
    ...tallyRegistrations(regs, { unit: 'month' }),
    ...tallyRegistrations(regs, { unit: 'week' }),
  ];
}

const asNumber = (c: unknown) => {
  assert.equal(typeof c, 'number', `${String(c)} is a number`);
  return c as number;
};

describe('the perturbation table', () => {
  const rows = Array.from({ length: 12 }, (_, n) => [n, ptableRow(n)] as const);

  test('each row is a whole distribution with zero mean, bounded, never negative, zero stays zero', () => {
    assert.deepEqual(ptableRow(0).noise, [[0, 20]]);
    for (const [n, row] of rows) {
      assert.equal(
        row.noise.reduce((sum, [, chance]) => sum + chance, 0),
        20,
        `row ${n}`,
      );
      assert.equal(
        row.noise.reduce((sum, [noise, chance]) => sum + noise * chance, 0),
        0,
      );
      for (const [noise] of row.noise) {
        assert.ok(Math.abs(noise) <= MAX_NOISE);
        assert.ok(n + noise >= 0);
      }
    }
  });

  test('no published value pins a true count of 1–4', () => {
    const from = new Map<number, Set<number>>();
    for (const [n, row] of rows)
      for (const [noise] of row.noise)
        from.set(n + noise, (from.get(n + noise) ?? new Set()).add(n));
    for (const [published, counts] of from)
      if (published <= 8)
        assert.ok(counts.size >= 2, `${published} comes only from ${[...counts].join(', ')}`);
  });

  test('the cell key walks the row by its chances', () => {
    const tally = new Map<number, number>();
    for (let i = 0; i < 20; i++) {
      const v = perturb(7, Math.floor(((i + 0.5) / 20) * KEY_RANGE));
      tally.set(v - 7, (tally.get(v - 7) ?? 0) + 1);
    }
    assert.deepEqual(
      [...tally].sort((a, b) => a[0] - b[0]),
      ptableRow(7).noise.map(([noise, chance]) => [noise, chance]),
    );
  });

  test('record keys spread evenly over [0, 1)', () => {
    const key = recordKeyOf('secret');
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 5000; i++) buckets[Math.floor((key(`id-${i}`) / KEY_RANGE) * 10)]! += 1;
    for (const b of buckets) assert.ok(b > 400 && b < 600, `${buckets.join(' ')}`);
  });
});

describe('cell-key perturbation', () => {
  test('every count is a number within the bound, never "<5" or "x" (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 12 }), fc.nat({ max: 6 }), fc.nat({ max: 6 })),
          {
            maxLength: 6,
          },
        ),
        (list) => {
          const units = list.flatMap(([month, desk, phone]) =>
            unit(`2026-${String(month).padStart(2, '0')}-10`, { desk, phone }),
          );
          const exact = buildRegistrationStats(units, {
            period: '2026',
            scope: DEVICE,
            locations: ONE,
            at: LATER,
            protection: 'none',
          });
          const stats = buildRegistrationStats(units, {
            period: '2026',
            scope: DEVICE,
            locations: ONE,
            at: LATER,
          });
          assert.deepEqual(stats.protection, { method: 'cell-key', maxNoise: MAX_NOISE });
          const near = (shown: unknown, true_: unknown) => {
            const n = asNumber(shown);
            const t = asNumber(true_);
            assert.ok(
              n >= 0 && Math.abs(n - t) <= MAX_NOISE && (t > 0 || n === 0),
              `${n} for ${t}`,
            );
          };
          near(stats.visits, exact.visits);
          stats.periods.forEach((p, i) => near(p.visits, exact.periods[i]!.visits));
          for (const cell of stats.breakdown.channel)
            near(cell.count, exact.breakdown.channel.find((c) => c.key === cell.key)?.count);
        },
      ),
    );
  });

  test('the same records give the same number, whichever period or scope asks', () => {
    const units = [
      ...unit('2026-10-14', { desk: 3, phone: 2 }, { locationId: 'a' }),
      ...unit('2026-03-10', { desk: 20 }, { locationId: 'b' }),
    ];
    const locations = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    const ask = (period: string, location?: string) =>
      buildRegistrationStats(units, {
        period,
        scope: { kind: 'organisation', name: 'Bieb' },
        locations,
        at: LATER,
        ...(location ? { location } : {}),
      });
    const october = ask('2026-10', 'a');
    const week = ask('2026-W42', 'a');
    const quarter = ask('2026-Q4');
    const year = ask('2026', 'a');
    for (const other of [week, quarter, year, quarter.periods[0]!]) {
      assert.equal(other.visits, october.visits);
      assert.deepEqual(other.breakdown.channel, october.breakdown.channel);
    }
    // October's visits at A are all of A's visits in 2026: the location's line of the year.
    assert.equal(ask('2026').byLocation[0]!.visits, october.visits);
  });

  test('cells that differ by one record get independent noise: differences are not the record', () => {
    // 40 pairs of months, each the other plus one visit: the difference of the published
    // totals is 1 only about as often as the table makes it so, not always.
    let one = 0;
    for (let i = 0; i < 40; i++) {
      const before = unit('2026-05-12', { desk: 10 + (i % 5) });
      const extra = unit('2026-05-13', { desk: 1 });
      const ask = (u: StatsUnit[]) =>
        asNumber(
          buildRegistrationStats(u, { period: '2026-05', scope: DEVICE, locations: ONE, at: LATER })
            .visits,
        );
      if (ask([...before, ...extra]) - ask(before) === 1) one += 1;
    }
    assert.ok(one < 30, `${one} of 40 differences were exactly the one visit`);
  });

  test('the headline of a quiet month beside a busy one is always shown', () => {
    const units = [
      ...unit('2026-11-10', { desk: 1, phone: 1 }),
      ...unit('2026-12-03', { desk: 50 }),
    ];
    const quarter = buildRegistrationStats(units, {
      period: '2026-Q4',
      scope: DEVICE,
      locations: ONE,
      at: LATER,
    });
    const [october, november, december] = quarter.periods.map((p) => asNumber(p.visits));
    assert.equal(october, 0);
    assert.ok(november! <= 4);
    assert.ok(Math.abs(december! - 50) <= MAX_NOISE);
    assert.ok(Math.abs(asNumber(quarter.visits) - 52) <= MAX_NOISE);
  });

  test('breakdowns wait until the period has settled; totals never wait', () => {
    const units = [
      ...unit('2026-11-20', { desk: 8, phone: 6 }),
      ...unit('2026-12-02', { desk: 9 }),
    ];
    const ask = (period: string, at: string) =>
      buildRegistrationStats(units, { period, scope: DEVICE, locations: ONE, at: new Date(at) });
    const open = ask('2026-11', '2026-12-14T22:59:00Z'); // 23:59 in Amsterdam, 14 Dec
    assert.equal(open.settled, false);
    assert.equal(open.settledOn, '2026-12-15');
    assert.ok(Math.abs(asNumber(open.visits) - 14) <= MAX_NOISE);
    assert.deepEqual(open.breakdown.channel, []);
    const settled = ask('2026-11', '2026-12-14T23:00:00Z'); // midnight in Amsterdam
    assert.equal(settled.settled, true);
    assert.ok(settled.breakdown.channel.length > 0);
    assert.equal(settled.visits, open.visits);
    const quarter = ask('2026-Q4', '2026-12-20T12:00:00Z');
    assert.equal(quarter.settled, false);
    assert.deepEqual(
      quarter.periods.map((p) => [p.settled, p.breakdown.channel.length > 0]),
      [
        [true, false],
        [true, true],
        [false, false],
      ],
    );
  });

  test('several locations: each location and the total; a location outside the scope is refused', () => {
    const locations = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    const units = [
      ...unit('2026-11-17', { desk: 2 }, { locationId: 'a' }),
      ...unit('2026-11-17', { desk: 10 }, { locationId: 'b' }),
      ...unit('2026-11-17', { desk: 9 }, { locationId: 'elsewhere' }),
    ];
    const request = {
      period: '2026-W47',
      scope: { kind: 'organisation', name: 'Bieb' },
      locations,
      at: LATER,
    } as const;
    const stats = buildRegistrationStats(units, request);
    assert.equal(stats.locationId, undefined);
    assert.ok(Math.abs(asNumber(stats.visits) - 12) <= MAX_NOISE);
    assert.deepEqual(
      stats.byLocation.map((l) => l.locationId),
      ['a', 'b'],
    );
    const one = buildRegistrationStats(units, { ...request, location: 'b' });
    assert.equal(one.locationId, 'b');
    assert.equal(one.visits, stats.byLocation[1]!.visits);
    assert.deepEqual(one.byLocation, []);
    assert.throws(() => buildRegistrationStats(units, { ...request, location: 'elsewhere' }));
  });

  test('protection "none" (tests only) gives exact counts and every breakdown at once', () => {
    const stats = buildRegistrationStats(unit('2026-12-01', { desk: 5, phone: 1 }), {
      period: '2026-12',
      scope: DEVICE,
      locations: ONE,
      at: new Date('2026-12-02T12:00:00Z'),
      protection: 'none',
    });
    assert.deepEqual(stats.protection, { method: 'none', maxNoise: 0 });
    assert.equal(stats.visits, 6);
    assert.deepEqual(stats.breakdown.channel, [
      { key: 'desk', count: 5 },
      { key: 'phone', count: 1 },
    ]);
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
    const stats = buildRegistrationStats(unit('2026-10-06', { desk: 6 }), {
      period: '2026-10',
      scope: DEVICE,
      locations: [{ id: 'loc', name: 'IDO Café Noord; é' }],
      at: LATER,
    });
    // The published (perturbed) counts: the same in every form of the file.
    const visits = stats.visits;
    const deskCount = stats.breakdown.channel.find((c) => c.key === 'desk')?.count ?? 0;
    const csv = registrationStatsCsv(stats, defaultTaxonomy);
    assert.ok(
      csv.startsWith(
        '\uFEFFperiode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal\r\n',
      ),
    );
    const lines = csv.slice(1).trim().split('\r\n');
    // The location's name beside its id (quoted: it holds the separator), the category's beside its.
    assert.ok(
      lines.includes(`2026-10;loc;"IDO Café Noord; é";visits;total;Aantal bezoeken;${visits}`),
    );
    const desk = defaultTaxonomy.channels.find((c) => c.id === 'desk')!;
    assert.ok(
      lines.includes(`2026-10;loc;"IDO Café Noord; é";channel;desk;${desk.label.nl};${deskCount}`),
    );
    // In English: the header the API always had, plus `location_name`; the names in English.
    const en = registrationStatsCsv(stats, defaultTaxonomy, {
      lang: 'en',
      separator: ',',
      bom: false,
    });
    const enLines = en.trim().split('\r\n');
    assert.equal(enLines[0], 'period,location,location_name,dimension,category,label,count');
    assert.ok(
      enLines.includes(
        `2026-10,loc,"IDO Café Noord; é",channel,desk,${desk.label.en},${deskCount}`,
      ),
    );
    assert.ok(
      enLines.includes(`2026-10,loc,"IDO Café Noord; é",visits,total,Number of visits,${visits}`),
    );
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
    const stats = buildRegistrationStats(unit('2026-10-06', { desk: 6 }), {
      period: '2026-10',
      scope: DEVICE,
      locations: ONE,
      at: LATER,
    });
    const lines = registrationStatsCsv(stats, taxonomy, { separator: ',' }).trim().split('\r\n');
    const row = lines.find((l) => l.includes(`,theme,${taxonomy.themes[0]!.id},`))!;
    assert.ok(row.includes(`"Zorg;'=1+1;'@SUM(A1)"`), row);
    for (const line of lines)
      for (const cell of line.split(';'))
        assert.doesNotMatch(cell, /^\s*[=+\-@]/, `a cell of "${line}" starts a formula`);
  });

  test('every taxonomy category gets a row, unknown keys are kept; several locations end with the total; the numbers are the published ones', () => {
    const units = [
      ...unit('2026-11-10', { desk: 7 }, { themes: ['toeslagen', 'oud-thema'], locationId: 'a' }),
      ...unit('2026-11-10', { desk: 8 }, { locationId: 'b' }),
    ];
    const stats = buildRegistrationStats(units, {
      period: '2026-11',
      scope: { kind: 'organisation', name: 'Bieb' },
      locations: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      at: LATER,
    });
    const lines = registrationStatsCsv(stats, defaultTaxonomy, { separator: ',', bom: false })
      .trim()
      .split('\r\n');
    assert.equal(lines[0], 'periode,locatie,locatienaam,onderdeel,categorie,categorienaam,aantal');
    const themeRows = lines.filter((l) => l.startsWith('2026-11,a,A,theme,'));
    assert.equal(themeRows.length, defaultTaxonomy.themes.length + 1);
    const a = stats.byLocation[0]!;
    const count = (key: string) => a.breakdown.theme.find((c) => c.key === key)?.count ?? 0;
    assert.ok(themeRows.includes(`2026-11,a,A,theme,toeslagen,Toeslagen,${count('toeslagen')}`));
    assert.ok(
      themeRows.includes(`2026-11,a,A,theme,oud-thema,oud-thema,${count('oud-thema')}`) ||
        count('oud-thema') === 0,
    );
    assert.equal(
      lines.filter((l) => l.startsWith('2026-11,totaal,Bieb (totaal),channel,')).length,
      defaultTaxonomy.channels.length,
    );
    assert.ok(
      lines.includes(`2026-11,totaal,Bieb (totaal),visits,total,Aantal bezoeken,${stats.visits}`),
    );
    assert.ok(lines.some((l) => /^2026-11,a,A,referralWarm,warm,Warm doorverwezen,0$/.test(l)));
  });
});
