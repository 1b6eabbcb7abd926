// The attack test of issue 20: can anyone holding report keys pin down a small count (1–4)?
// Adversarial data goes into the real server database (PGlite, or PostgreSQL with
// DATABASE_URL): an organisation with a branch in a second municipality (whose small cells include
// visits at an outreach session, a dimension of its own), a quiet month beside a
// busy one, a week whose small branches sit beside a big one, and an open month read before and
// after one registration. Every answer a set of keys can obtain comes through the real HTTP API
// (every scope: device, organisation, municipality; every period: weeks, months, quarters,
// years; before and after). Then the attacker tries: exact subtraction, the three measured
// attacks, and linear bounds over all published equations, solved as linear programs (YALPS).
// With the cell-key method no small cell may be pinned; with the protection switched off (a
// test-only option) the same attack must recover one, so the attack is proven real.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  PTABLE,
  ptableRow,
  QuestionRegistrationSchema,
  type RegistrationStats,
  type StatsCounts,
} from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';
import { solve, type Coefficients, type Constraint } from 'yalps';
import { createEnrolmentCode, createReportToken } from '../auth/devices.js';
import { importFeed } from '../data/dataset.js';
import { storeRegistration } from '../data/registrations.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

const NOW = new Date('2027-01-20T11:00:00Z');
const SECRET = process.env.IDOKIT_ATTACK_SECRET ?? 'attack-test-secret-1';
/** Fixed ids, so that with the fixed secret every run reads the same numbers. */
const idOf = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
const CENTRUM = 'ido-utrecht-centrum';
const KANALENEILAND = 'ido-utrecht-kanaleneiland';
const STADSHAGEN = 'ido-zwolle-stadshagen';
const ZWOLLE = 'ido-zwolle-centrum';
const LOCATIONS = [CENTRUM, KANALENEILAND, STADSHAGEN, ZWOLLE];
const ORGANISATION = 'Voorbeeldbibliotheek Utrecht';
const THEMES = ['toeslagen', 'belastingen', 'boetes-schulden'] as const;
type Theme = (typeof THEMES)[number];
type Place = 'library' | 'outreach';
type Visit = [
  location: string,
  date: string,
  channel: 'desk' | 'phone',
  theme: Theme,
  place: Place,
];

/** `n` visits at `location` from `first` on, one a day, the themes, channels and places in turn. */
function days(
  location: string,
  first: string,
  n: number,
  themes: readonly Theme[] = ['toeslagen'],
  channels: readonly ('desk' | 'phone')[] = ['desk'],
  places: readonly Place[] = ['library'],
): Visit[] {
  const start = Date.parse(`${first}T12:00:00Z`);
  return Array.from({ length: n }, (_, i) => [
    location,
    new Date(start + (i % 5) * 86_400_000).toISOString().slice(0, 10),
    channels[i % channels.length]!,
    themes[i % themes.length]!,
    places[i % places.length]!,
  ]);
}

/**
 * The data. Stadshagen is a branch of the Utrecht organisation in the municipality of Zwolle
 * (organisation minus municipality); Kanaleneiland has a quiet November beside a busy December;
 * week 50 has Centrum's 47 beside small branches (the municipality total minus Centrum minus the
 * organisation); January 2027 is still open and gets one visit between two reads.
 */
const VISITS: Visit[] = [
  ...days(CENTRUM, '2026-11-02', 18, ['toeslagen', 'toeslagen', 'belastingen']),
  ...days(CENTRUM, '2026-11-16', 12, ['toeslagen'], ['desk', 'desk', 'phone']),
  ...days(CENTRUM, '2026-12-01', 3, ['belastingen']),
  ...days(CENTRUM, '2026-12-07', 47, ['toeslagen', 'belastingen', 'toeslagen'], ['desk', 'phone']),
  ...days(CENTRUM, '2026-12-21', 2, ['boetes-schulden'], ['desk'], ['outreach']),
  ...days(KANALENEILAND, '2026-11-10', 2, ['boetes-schulden', 'toeslagen'], ['phone', 'desk']),
  ...days(KANALENEILAND, '2026-12-07', 3, ['toeslagen', 'belastingen']),
  ...days(
    KANALENEILAND,
    '2026-12-14',
    40,
    ['toeslagen', 'belastingen', 'toeslagen'],
    ['desk'],
    ['library', 'library', 'library', 'outreach'],
  ),
  ...days(
    STADSHAGEN,
    '2026-11-10',
    2,
    ['toeslagen', 'boetes-schulden'],
    ['desk', 'phone'],
    ['outreach', 'library'],
  ),
  ...days(STADSHAGEN, '2026-12-08', 2, ['toeslagen']),
  ...days(ZWOLLE, '2026-11-03', 12, ['toeslagen', 'belastingen']),
  ...days(ZWOLLE, '2026-12-08', 2, ['belastingen']),
  ...days(ZWOLLE, '2026-12-15', 10, ['toeslagen']),
  ...days(CENTRUM, '2027-01-04', 20, ['toeslagen', 'belastingen', 'toeslagen', 'toeslagen']),
];
/** The visit registered between the two reads, on an open day of January. */
const BETWEEN: Visit = [CENTRUM, '2027-01-19', 'desk', 'boetes-schulden', 'library'];

// ---------------------------------------------------------------------------------------------
// The unknowns: per location, per chunk of days (the days one week and one month share; a
// whole month before November 2026), per measure. Every period is a union of chunks.

/**
 * Measures in families tied by a sum: channels add up to visits, and so do places (at the
 * library or at an outreach session); themes add up to questions.
 */
const FAMILIES = {
  visits: { total: 'visits', parts: ['channel:desk', 'channel:phone'] },
  places: { total: 'visits', parts: ['place:library', 'place:outreach'] },
  questions: { total: 'questions', parts: THEMES.map((t) => `theme:${t}`) },
} as const;
type Family = keyof typeof FAMILIES;
/** The family of a breakdown measure (`place:outreach` → `places`). */
const familyOf = (measure: string): Family =>
  measure.startsWith('channel:') ? 'visits' : measure.startsWith('place:') ? 'places' : 'questions';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
function isoWeekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
/**
 * The chunk of a day: January to September 2026 as one (no answer but the year's reaches them
 * without their months), October as one (no week is read there), else its month and ISO week.
 */
const chunkOf = (date: string) =>
  date < '2026-10-01'
    ? '2026-01…09'
    : date < '2026-11-01'
      ? '2026-10'
      : `${date.slice(0, 7)}/${isoWeekOf(date)}`;
/** Every day of a period, from its answer. */
const daysOf = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY)
    out.push(isoDay(t));
  return out;
};

/** One published number: which records (locations × chunks), which measure, when, its value. */
interface Observation {
  locations: string[];
  chunks: string[];
  measure: string;
  after: boolean;
  value: number;
  /** Where it was read, for the report. */
  where: string;
}

/** The answers of every key for every period, before and after the one registration. */
interface Reading {
  observations: Observation[];
  answers: number;
}

const PERIODS = [
  ...Array.from({ length: 9 }, (_, i) => `2026-W${45 + i}`),
  '2027-W01',
  '2027-W02',
  '2027-W03',
  '2026-11',
  '2026-12',
  '2027-01',
  '2026-Q4',
  '2027-Q1',
  '2026',
  '2027',
];

/** The measures an answer publishes, as observations of the records it covers. */
function observe(stats: RegistrationStats, after: boolean, where: string): Observation[] {
  const locations = stats.locations.map((l) => l.id);
  const out: Observation[] = [];
  const add = (counts: StatsCounts, locs: string[], from: string, to: string, settled: boolean) => {
    const chunks = [...new Set(daysOf(from, to).map(chunkOf))];
    const base = { locations: locs, chunks, after, where: `${where} ${locs.join('+')}` };
    for (const family of Object.values(FAMILIES)) {
      out.push({ ...base, measure: family.total, value: counts[family.total] as number });
      if (!settled) continue;
      for (const part of family.parts) {
        const [dim, key] = part.split(':') as ['channel' | 'theme' | 'place', string];
        const cell = (counts.breakdown[dim] ?? []).find((c) => c.key === key);
        out.push({ ...base, measure: part, value: (cell?.count as number | undefined) ?? 0 });
      }
    }
  };
  add(
    stats,
    stats.locationId ? [stats.locationId] : locations,
    stats.from,
    stats.to,
    stats.settled,
  );
  for (const l of stats.byLocation) add(l, [l.locationId], stats.from, stats.to, stats.settled);
  for (const p of stats.periods) {
    // The empty months January to September enter only through the year, as one unknown.
    if (p.period < '2026-10') continue;
    const last = new Date(Date.UTC(Number(p.period.slice(0, 4)), Number(p.period.slice(5)), 0));
    add(
      p,
      stats.locationId ? [stats.locationId] : locations,
      `${p.period}-01`,
      isoDay(+last),
      p.settled,
    );
  }
  return out;
}

/** The true count of an observation's records, from the data. */
function truth(o: Pick<Observation, 'locations' | 'chunks' | 'measure' | 'after'>): number {
  const visits = o.after ? [...VISITS, BETWEEN] : VISITS;
  return visits.filter(
    ([loc, date, channel, theme, place]) =>
      o.locations.includes(loc) &&
      o.chunks.includes(chunkOf(date)) &&
      (o.measure === 'visits' ||
        o.measure === 'questions' ||
        o.measure === `channel:${channel}` ||
        o.measure === `theme:${theme}` ||
        o.measure === `place:${place}`),
  ).length;
}

/** What a published value says about its true count, by the perturbation table (or exactly). */
function boundsOf(value: number, exact: boolean): [number, number] {
  if (exact) return [value, value];
  let lo = Infinity;
  let hi = -Infinity;
  for (let n = 0; n <= value + 2 * PTABLE.length + 2; n++)
    if (ptableRow(n).noise.some(([noise]) => n + noise === value)) {
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
    }
  return [lo, hi];
}

const variable = (loc: string, chunk: string, measure: string) => `${loc}|${chunk}|${measure}`;
const DELTA = (measure: string) => `between|${measure}`;

/** The equation of an observation: the variables whose sum it publishes. */
function termsOf(o: Observation): string[] {
  const terms = o.locations.flatMap((l) => o.chunks.map((c) => variable(l, c, o.measure)));
  if (o.after && o.locations.includes(BETWEEN[0]) && o.chunks.includes(chunkOf(BETWEEN[1])))
    terms.push(DELTA(o.measure));
  return terms;
}

/**
 * What the attacker learnt of a published small cell (1–4) of a breakdown: a range its true
 * count must lie in (for a cell proven free, the truth and one other value found feasible).
 */
interface Verdict {
  cell: string;
  truth: number;
  min: number;
  max: number;
  pinned: boolean;
}

/**
 * Linear bounds over every published equation of one family: each observation bounds its sum;
 * parts add up to totals in every location and chunk; the one visit in between adds 1 visit, 1
 * question, one channel, one place and one theme. Then, for every target, the least and the most its sum
 * can be (rounded inwards to whole numbers, since counts are). `hidden` observations are left
 * out of the equations (to play small-number suppression in the control).
 */
function linearBounds(
  family: Family,
  observations: Observation[],
  exact: boolean,
  targets: Observation[],
  hidden: (o: Observation) => boolean = () => false,
): Verdict[] {
  const { total } = FAMILIES[family];
  const parts: readonly string[] = FAMILIES[family].parts;
  const measures: string[] = [total, ...parts];
  const constraints = new Map<string, Constraint>();
  const columns = new Map<string, Map<string, number>>();
  const use = (v: string, row: string, coefficient: number) => {
    let col = columns.get(v);
    if (!col) columns.set(v, (col = new Map()));
    col.set(row, (col.get(row) ?? 0) + coefficient);
  };
  // Identical equations (the same records asked through another key) meet in one row.
  const rows = new Map<string, { terms: string[]; lo: number; hi: number }>();
  for (const o of observations) {
    if (!measures.includes(o.measure) || hidden(o)) continue;
    const terms = termsOf(o).sort();
    const [lo, hi] = boundsOf(o.value, exact);
    const key = terms.join(',');
    const row = rows.get(key);
    if (row) [row.lo, row.hi] = [Math.max(row.lo, lo), Math.min(row.hi, hi)];
    else rows.set(key, { terms, lo, hi });
  }
  let i = 0;
  for (const { terms, lo, hi } of rows.values()) {
    const name = `o${i++}`;
    // Each bound a hair wider (at most 1e-6, different per row) so the simplex does not cycle on
    // degenerate vertices; the results are rounded inwards with room for it below.
    const hair = ((i * 7919) % 1000) * 1e-9;
    constraints.set(name, { min: lo - hair, max: hi + hair });
    for (const t of terms) use(t, name, 1);
  }
  // Parts add up to their total, in every location and chunk, and in the visit in between.
  const chunks = new Set(observations.flatMap((o) => o.chunks));
  const sums = [
    ...LOCATIONS.flatMap((l) => [...chunks].map((c) => (m: string) => variable(l, c, m))),
  ];
  sums.push(DELTA);
  sums.forEach((name, j) => {
    const row = `sum${j}`;
    constraints.set(row, { equal: 0 });
    use(name(total), row, 1);
    for (const p of parts) use(name(p), row, -1);
  });
  constraints.set('between', { equal: 1 });
  use(DELTA(total), 'between', 1);
  for (const p of parts) constraints.set(`between:${p}`, { max: 1 });
  for (const p of parts) use(DELTA(p), `between:${p}`, 1);

  const open: { target: Observation; terms: string[]; truth: number }[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    if (!parts.includes(target.measure)) continue;
    const terms = termsOf(target);
    const key = terms.slice().sort().join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    open.push({ target, terms, truth: truth(target) });
  }
  const optimum = (direction: 'minimize' | 'maximize', objective: string[][]) => {
    const variables = new Map<string, Coefficients>();
    for (const [v, col] of columns) {
      const c = new Map(col);
      const weight = objective.filter((terms) => terms.includes(v)).length;
      if (weight > 0) c.set('objective', weight);
      variables.set(v, c);
    }
    const solution = solve(
      { direction, objective: 'objective', constraints, variables },
      { maxPivots: 50_000 },
    );
    // Unbounded: nothing in the equations holds the cells back (they are surely not pinned).
    if (solution.status === 'unbounded')
      return () => (direction === 'maximize' ? Infinity : -Infinity);
    assert.equal(solution.status, 'optimal', `${direction}: ${solution.status}`);
    const values = new Map(solution.variables);
    return (terms: string[]) => terms.reduce((sum, t) => sum + (values.get(t) ?? 0), 0);
  };
  const verdicts: Verdict[] = [];
  const settle = (o: (typeof open)[number], min: number, max: number) => {
    assert.ok(min <= o.truth && o.truth <= max, `the truth ${o.truth} lies in [${min}, ${max}]`);
    verdicts.push({
      cell: `${o.target.where} ${o.target.measure} (${o.target.chunks.length} chunk(s))`,
      truth: o.truth,
      min,
      max,
      pinned: min === max,
    });
  };
  // A feasible solution in which a cell is 1 more (or less) than its truth proves it is not
  // pinned; one linear program pushes many cells at once, then the rest are solved one by one.
  let rest = open;
  for (const direction of ['maximize', 'minimize'] as const)
    for (let round = 0; round < 4 && rest.length > 0; round++) {
      const value = optimum(
        direction,
        rest.map((o) => o.terms),
      );
      rest = rest.filter((o) => {
        const v = value(o.terms);
        const moved = direction === 'maximize' ? v >= o.truth + 1 - 1e-3 : v <= o.truth - 1 + 1e-3;
        if (moved)
          settle(
            o,
            direction === 'minimize' ? Math.ceil(v - 1e-3) : o.truth,
            direction === 'maximize' ? Math.floor(v + 1e-3) : o.truth,
          );
        return !moved;
      });
    }
  for (const o of rest)
    settle(
      o,
      Math.ceil(optimum('minimize', [o.terms])(o.terms) - 1e-3),
      Math.floor(optimum('maximize', [o.terms])(o.terms) + 1e-3),
    );
  return verdicts;
}

// ---------------------------------------------------------------------------------------------

let server: TestServer;
before(async () => {
  server = await startTestServer();
  // Stadshagen, a desk in Zwolle, becomes a branch of the Utrecht library organisation.
  await importFeed(server.db, {
    ...fixtureFeed,
    locations: fixtureFeed.locations.map((l) =>
      l.id === STADSHAGEN ? { ...l, organisation: ORGANISATION } : l,
    ),
  });
  // A fixed secret, so that the test reads the same numbers every run (the server's own is random).
  await server.db.query('UPDATE stats_secret SET secret = $1', [SECRET]);
  for (const [i, [locationId, date, channel, theme, place]] of VISITS.entries()) {
    const reg = QuestionRegistrationSchema.parse({
      id: idOf(i),
      locationId,
      date,
      hour: 11,
      channel,
      durationMinutes: 10,
      questions: [{ type: 'government', themes: [theme], help: 'informed' }],
      ...(place === 'outreach' ? { outreach: { name: 'Buurthuis De Kroon' } } : {}),
    });
    const stored = await storeRegistration(server.db, reg, { deviceId: 'dev_seed', at: NOW });
    assert.equal(stored.kind, 'created');
  }
});
after(() => server?.close());

/** Reads every answer the keys can obtain, registers the one visit, reads them all again. */
async function readEverything(protection: 'cell-key' | 'none'): Promise<Reading> {
  const app = await server.startApp({
    now: () => NOW,
    ...(protection === 'none' ? { statsProtectionForTests: 'none' as const } : {}),
  });
  try {
    const keys: { token: string; locations: string[]; name: string }[] = [];
    for (const [kind, name, locations] of [
      ['organisation', ORGANISATION, [CENTRUM, KANALENEILAND, STADSHAGEN]],
      ['organisation', 'Voorbeeldbibliotheek Zwolle', [ZWOLLE]],
      ['municipality', 'Utrecht', [CENTRUM, KANALENEILAND]],
      ['municipality', 'Zwolle', [STADSHAGEN, ZWOLLE]],
    ] as const) {
      const made = await createReportToken(server.db, { kind, name }, { at: NOW });
      keys.push({ token: made.token, locations: [...locations], name });
    }
    const deviceTokens = new Map<string, string>();
    for (const location of LOCATIONS) {
      const { code } = await createEnrolmentCode(server.db, location, { at: NOW, ttlMs: 60_000 });
      const res = await fetch(`${app.baseUrl}/v1/enrolments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      assert.equal(res.status, 201);
      const token = ((await res.json()) as { token: string }).token;
      deviceTokens.set(location, token);
      keys.push({ token, locations: [location], name: location });
    }
    const observations: Observation[] = [];
    let answers = 0;
    const readAll = async (afterwards: boolean) => {
      for (const key of keys)
        for (const period of PERIODS)
          for (const location of key.locations.length > 1
            ? [undefined, ...key.locations]
            : [undefined]) {
            const query = new URLSearchParams({ period, ...(location ? { location } : {}) });
            const res = await fetch(`${app.baseUrl}/v1/registrations/stats?${query}`, {
              headers: { Authorization: `Bearer ${key.token}` },
            });
            assert.equal(res.status, 200);
            const stats = (await res.json()) as RegistrationStats;
            answers += 1;
            const where = `${afterwards ? 'after' : 'before'} ${key.name} ${period}`;
            observations.push(...observe(stats, afterwards, where));
          }
    };
    await readAll(false);
    // The one registration in between, at the desk, through the API.
    const [locationId, date, channel, theme] = BETWEEN;
    const res = await fetch(`${app.baseUrl}/v1/registrations`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${deviceTokens.get(locationId)}`,
      },
      body: JSON.stringify({
        id: idOf(VISITS.length),
        locationId,
        date,
        hour: 11,
        channel,
        durationMinutes: 10,
        questions: [{ type: 'government', themes: [theme], help: 'informed' }],
      }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    await readAll(true);
    console.log(`${protection}: ${answers} answers read`);
    // The registration is not in the data for the next reading: take it out again.
    await server.db.query('DELETE FROM registrations WHERE visit_date = $1 AND location_id = $2', [
      date,
      locationId,
    ]);
    return { observations, answers };
  } finally {
    await app.close();
  }
}

/** The small breakdown cells (true count 1–4) that were published. */
const smallTargets = (observations: Observation[]) =>
  observations.filter((o) => o.measure.includes(':') && truth(o) >= 1 && truth(o) <= 4);

/** Every verdict of both families. */
const attack = (reading: Reading, exact: boolean) =>
  (Object.keys(FAMILIES) as Family[]).flatMap((family) =>
    linearBounds(family, reading.observations, exact, smallTargets(reading.observations)),
  );

/** Exact subtraction: two published cells whose records differ by one small cell's. */
function subtractions(reading: Reading, exact: boolean) {
  const found: {
    cell: string;
    truth: number;
    lo: number;
    hi: number;
    values: [number, number];
  }[] = [];
  const obs = reading.observations;
  for (const big of obs)
    for (const small of obs) {
      if (big.measure !== small.measure || big.after !== small.after) continue;
      const rest = {
        locations: big.locations.filter((l) => !small.locations.includes(l)),
        chunks: big.chunks,
        measure: big.measure,
        after: big.after,
      };
      const sameChunks =
        big.chunks.length === small.chunks.length &&
        big.chunks.every((c) => small.chunks.includes(c));
      const inside = small.locations.every((l) => big.locations.includes(l));
      if (!sameChunks || !inside || rest.locations.length !== 1) continue;
      const t = truth(rest);
      if (t < 1 || t > 4) continue;
      const [blo, bhi] = boundsOf(big.value, exact);
      const [slo, shi] = boundsOf(small.value, exact);
      found.push({
        cell: `${big.where} − ${small.where} ${big.measure}`,
        truth: t,
        lo: blo - shi,
        hi: bhi - slo,
        values: [big.value, small.value],
      });
    }
  return found;
}

describe('the attack on published statistics (issue 20)', { timeout: 600_000 }, () => {
  let protectedReading: Reading;
  let exactReading: Reading;

  test('with the cell-key method, no small cell is pinned down', async () => {
    protectedReading = await readEverything('cell-key');
    assert.ok(protectedReading.answers > 300, `${protectedReading.answers} answers read`);
    // Exact subtraction, the organisation minus the municipality among them: never certain.
    const subtracted = subtractions(protectedReading, false);
    assert.ok(subtracted.length > 0);
    for (const s of subtracted) assert.ok(s.hi > s.lo, `${s.cell} pins ${s.truth}`);
    // Linear bounds over every published equation.
    const verdicts = attack(protectedReading, false);
    assert.ok(verdicts.length >= 20, `${verdicts.length} small cells attacked`);
    const pinned = verdicts.filter((v) => v.pinned);
    assert.deepEqual(pinned, [], 'a small cell was pinned down');
    console.log(
      `cell-key (secret ${SECRET}): ${protectedReading.answers} answers, ${subtracted.length} subtractions and ` +
        `${verdicts.length} small cells attacked, none pinned`,
    );
  });

  test('without protection the same attack recovers small cells, also where they are withheld', async () => {
    exactReading = await readEverything('none');
    // Every small cell is simply read.
    const small = smallTargets(exactReading.observations);
    assert.ok(small.length > 0 && small.every((o) => o.value === truth(o)));
    // Small-number suppression played over the exact answers: every 1–4 withheld. Subtraction
    // and the linear bounds still give them back.
    const withheld = (o: Observation) => o.value >= 1 && o.value <= 4;
    const subtracted = subtractions(exactReading, true).filter(
      (s) => s.lo === s.hi && s.values.every((v) => v >= 5),
    );
    assert.ok(subtracted.length > 0, 'subtraction gives a small cell back');
    console.log(`exact: subtraction gives back ${subtracted[0]!.cell} = ${subtracted[0]!.truth}`);
    // The organisation-minus-municipality cells: Stadshagen's, in Zwolle, of the Utrecht library.
    // Even a weaker attacker, who uses only the answers of the same period as the cell, gets
    // Stadshagen's withheld cells back (organisation minus municipality, and the like).
    const recovered: Verdict[] = [];
    const sameChunks = (a: Observation, b: Observation) =>
      a.chunks.length === b.chunks.length && a.chunks.every((c) => b.chunks.includes(c));
    for (const target of smallTargets(exactReading.observations)) {
      if (recovered.length >= 3) break;
      if (target.locations.length !== 1 || target.locations[0] !== STADSHAGEN) continue;
      const family = familyOf(target.measure);
      const period = exactReading.observations.filter((o) => sameChunks(o, target));
      recovered.push(
        ...linearBounds(family, period, true, [target], withheld).filter((v) => v.pinned),
      );
    }
    assert.ok(recovered.length > 0, 'the linear bounds give a withheld small cell back');
    console.log(
      `exact: the linear bounds give back withheld small cells, e.g. ${recovered
        .map((v) => `${v.cell} = ${v.truth}`)
        .join('; ')}`,
    );
  });
});
