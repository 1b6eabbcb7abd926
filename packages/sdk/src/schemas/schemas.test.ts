import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildSampleFeed } from '../../scripts/sample-feed.js';
import { formatPath } from '../errors/index.js';
import * as z from 'zod/mini';
import { PARSE_IN_ENGLISH } from './common.js';
import { FeedSchema } from './feed.js';
import {
  OpeningHoursSchema,
  toMinutes,
  type Day,
  type OpeningHours,
  type TimeRange,
  type WeeklyInterval,
} from './opening-hours.js';
import { IsoDateSchema, IsoDateTimeSchema, ServiceMonthSchema, TextSchema } from './common.js';
import {
  EnrolmentRequestSchema,
  QuestionRegistrationSchema,
  RegistrationStatsFilterSchema,
} from './registration.js';
import { PARTNER_KINDS } from './taxonomy.js';

const sampleText = readFileSync(new URL('../../data/sample-feed.json', import.meta.url), 'utf8');
/** A fresh, mutable copy of the committed sample feed as plain JSON. */
const sampleCopy = () => JSON.parse(sampleText);

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => ({ path: formatPath(i.path), message: i.message }));

describe('the sample feed', () => {
  const parsed = FeedSchema.safeParse(sampleCopy());

  test('validates against FeedSchema', () => {
    assert.deepEqual(issuesOf(parsed), []);
  });

  test('is exactly what the generator writes (regenerate after changing the script)', () => {
    const fresh = `${JSON.stringify(FeedSchema.parse(buildSampleFeed()), null, 2)}\n`;
    // A boolean, not a string comparison: a diff of 350 KB would bury the instruction.
    assert.ok(
      fresh === sampleText,
      'data/sample-feed.json is out of date: run packages/sdk/scripts/generate-sample-feed.ts',
    );
  });

  test('is marked fictional and uses only reserved or fake contact details', () => {
    const feed = parsed.data!;
    assert.equal(feed.sample, true);
    for (const l of feed.locations) {
      assert.match(l.organisation, /\(fictief\)$/, l.id);
      assert.match(l.contact.phone ?? '', / 00 ?0/, l.id);
      for (const url of [l.contact.website, l.contact.appointmentUrl].filter(Boolean))
        assert.match(new URL(url!).hostname, /(^|\.)example\.nl$/, l.id);
      if (l.contact.email) assert.match(l.contact.email, /@example\.nl$/, l.id);
    }
    for (const p of feed.partners) {
      assert.match(p.name, /\(fictief\)$/, p.id);
      assert.match(p.contact.email ?? '@example.nl', /@example\.nl$/, p.id);
      for (const r of p.referral) if (r.url) assert.match(new URL(r.url).hostname, /example\.nl$/);
    }
    assert.ok(Buffer.byteLength(sampleText) < 400 * 1024, 'keep the sample under ~400 KB');
  });

  test('says for most partners, not all, what they cost and which languages they speak', () => {
    const feed = parsed.data!;
    const withCost = feed.partners.filter((p) => p.cost);
    const withLanguages = feed.partners.filter((p) => p.languages);
    // "When known": both cases occur, so the widgets show and leave out each line.
    assert.ok(withCost.length > feed.partners.length / 2, `${withCost.length} with a cost`);
    assert.ok(withCost.length < feed.partners.length, 'some partners have no known cost');
    assert.ok(withLanguages.length > feed.partners.length / 2, 'most have languages');
    assert.ok(withLanguages.length < feed.partners.length, 'some have no known languages');
    assert.deepEqual([...new Set(withCost.map((p) => p.cost!.kind))].sort(), [
      'fee',
      'free',
      'free-for-members',
    ]);
    for (const p of withLanguages) assert.ok(p.languages!.includes('nl'), p.id);
  });

  test('spreads desks over the country and partners over every kind and served town', () => {
    const feed = parsed.data!;
    const municipalities = new Set(feed.locations.map((l) => l.address.municipality));
    assert.ok(feed.locations.length >= 64, `${feed.locations.length} locations`);
    assert.ok(municipalities.size >= 18, `${municipalities.size} municipalities`);
    assert.ok(feed.partners.length >= 48, `${feed.partners.length} partners`);
    assert.deepEqual(
      PARTNER_KINDS.filter((k) => !feed.partners.some((p) => p.kind === k)),
      [],
      'every partner kind has a partner',
    );
    for (const p of feed.partners)
      for (const m of p.municipalities) assert.ok(municipalities.has(m), `${p.id} serves ${m}`);
    const lats = feed.locations.map((l) => l.geo.lat);
    assert.ok(Math.max(...lats) - Math.min(...lats) > 2, 'from Zuid-Limburg to the Wadden');
  });

  test('every IDO weekly interval lies inside a library interval on the same weekday', () => {
    for (const l of parsed.data!.locations) {
      const { library, ido } = l.hours;
      assert.ok(ido && ido.weekly.length > 0, `${l.id} has IDO hours`);
      for (const slot of ido.weekly)
        assert.ok(
          within(slot, onDay(library.weekly, slot.day)),
          `${l.id}: IDO ${slot.day} ${slot.opens}–${slot.closes} is outside the library hours`,
        );
    }
  });

  test('the IDO is never open while its library is closed, day by day through 2027', () => {
    for (const l of parsed.data!.locations) {
      const { library, ido } = l.hours;
      // Checked once here so the loop below may treat holidays from the library's side only.
      assert.ok(!library.closedOnPublicHolidays || ido!.closedOnPublicHolidays, l.id);
      assert.ok(!library.closedOnGoodFriday || ido!.closedOnGoodFriday, l.id);
      for (const date of datesFrom('2026-06-01', '2027-12-31')) {
        const open = dayIntervals(library, date);
        for (const slot of dayIntervals(ido!, date))
          assert.ok(
            within(slot, open),
            `${l.id} ${date}: IDO ${slot.opens}–${slot.closes}, library ${JSON.stringify(open)}`,
          );
      }
    }
  });
});

describe('broken feeds are rejected at the precise path', () => {
  const cases: {
    name: string;
    mutate: (feed: any) => void;
    path: string;
    message: string | RegExp;
  }[] = [
    {
      name: 'postcode without a space',
      mutate: (f) => (f.locations[0].address.postcode = '1234AB'),
      path: 'locations[0].address.postcode',
      message: 'Must be a Dutch postcode written as "1234 AB"',
    },
    {
      name: 'postcode with a leading zero',
      mutate: (f) => (f.locations[0].address.postcode = '0123 AB'),
      path: 'locations[0].address.postcode',
      message: 'Must be a Dutch postcode written as "1234 AB"',
    },
    {
      name: 'closes before it opens',
      mutate: (f) =>
        (f.locations[0].hours.library.weekly[0] = { day: 'mo', opens: '17:00', closes: '13:00' }),
      path: 'locations[0].hours.library.weekly[0].closes',
      message: '"closes" must be after "opens" on the same day',
    },
    {
      name: 'overlapping intervals on one day',
      mutate: (f) =>
        (f.locations[0].hours.library.weekly = [
          { day: 'mo', opens: '10:00', closes: '14:00' },
          { day: 'mo', opens: '13:30', closes: '17:00' },
        ]),
      path: 'locations[0].hours.library.weekly[1]',
      message: 'Overlaps the interval at index 0 on the same day',
    },
    {
      name: 'an opening time of 24:00',
      mutate: (f) =>
        (f.locations[0].hours.library.weekly[0] = { day: 'mo', opens: '24:00', closes: '24:00' }),
      path: 'locations[0].hours.library.weekly[0].opens',
      message: 'Must be a time "HH:MM" between 00:00 and 23:59',
    },
    {
      name: 'latitude and longitude swapped',
      mutate: (f) => {
        const { lat, lon } = f.locations[0].geo;
        f.locations[0].geo = { lat: lon, lon: lat };
      },
      path: 'locations[0].geo',
      message: 'Must lie in the Netherlands (lat 50.6–53.7, lon 3.2–7.3); are lat and lon swapped?',
    },
    {
      name: 'a duplicate location id',
      mutate: (f) => (f.locations[1].id = f.locations[0].id),
      path: 'locations[1].id',
      message: 'Duplicate location id "ido-amsterdam-centrum" (also at index 0)',
    },
    {
      name: 'a partner theme the taxonomy does not know',
      mutate: (f) => (f.partners[0].themes = ['toeslagen', 'ruimtevaart']),
      path: 'partners[0].themes[1]',
      message: /^Unknown theme "ruimtevaart"; the taxonomy has: toeslagen, belastingen, /,
    },
    {
      name: 'a partner language that is not a language tag',
      mutate: (f) => (f.partners[0].languages = ['nl', 'Nederlands']),
      path: 'partners[0].languages[1]',
      message: 'Must be a BCP 47 language tag such as "nl" or "ar"',
    },
    {
      name: 'a partner with an empty list of languages',
      mutate: (f) => (f.partners[0].languages = []),
      path: 'partners[0].languages',
      message: 'Leave "languages" out when they are not known',
    },
    {
      name: 'a partner cost of an unknown kind',
      mutate: (f) => (f.partners[0].cost = { kind: 'cheap' }),
      path: 'partners[0].cost.kind',
      message: /"free"\|"free-for-members"\|"fee"/,
    },
    {
      name: 'a partner form referral with a javascript: url',
      mutate: (f) =>
        (f.partners[0].referral = [
          { method: 'form-url', instructions: 'Vul het formulier in.', url: 'javascript:alert(1)' },
        ]),
      path: 'partners[0].referral[0].url',
      message: 'Must be an http(s) URL',
    },
    {
      name: 'a javascript: website',
      mutate: (f) => (f.locations[0].contact.website = 'javascript:alert(1)'),
      path: 'locations[0].contact.website',
      message: 'Must be an http(s) URL',
    },
    {
      name: 'an exception on 30 February',
      mutate: (f) =>
        (f.locations[0].hours.library.exceptions = [{ date: '2027-02-30', closed: true }]),
      path: 'locations[0].hours.library.exceptions[0].date',
      message: 'Must be a real date written as YYYY-MM-DD',
    },
  ];

  for (const c of cases)
    test(c.name, () => {
      const feed = sampleCopy();
      c.mutate(feed);
      const issues = issuesOf(FeedSchema.safeParse(feed, PARSE_IN_ENGLISH));
      assert.equal(issues.length, 1, JSON.stringify(issues));
      assert.equal(issues[0]!.path, c.path);
      if (typeof c.message === 'string') assert.equal(issues[0]!.message, c.message);
      else assert.match(issues[0]!.message, c.message);
    });
});

describe('registrations', () => {
  const valid = {
    id: '3f1c2a4e-8b7d-4c2e-9a1b-2d3e4f5a6b7c',
    locationId: 'ido-zwolle-centrum',
    date: '2026-11-03',
    hour: 10,
    channel: 'desk',
    durationMinutes: 10,
    questions: [
      {
        type: 'government',
        governmentLevel: 'national',
        organisations: ['dienst-toeslagen'],
        themes: ['toeslagen'],
        help: 'informed',
      },
    ],
  };

  test('a complete visit with a 280-character note is accepted', () => {
    assert.deepEqual(
      issuesOf(QuestionRegistrationSchema.safeParse({ ...valid, note: 'x'.repeat(280) })),
      [],
    );
  });

  const question = valid.questions[0]!;
  const cases: { name: string; change: Record<string, unknown>; path: string; message: string }[] =
    [
      {
        name: 'a government question without themes',
        change: { questions: [{ type: 'government', help: 'informed' }] },
        path: 'questions[0].themes',
        message: 'A question about the government needs at least one theme',
      },
      {
        name: 'referred without saying where to',
        change: { questions: [{ ...question, help: 'referred' }] },
        path: 'questions[0].referral',
        message: 'Say where the question was referred to',
      },
      {
        name: 'a note of 281 characters',
        change: { note: 'x'.repeat(281) },
        path: 'note',
        message: 'Too big: expected string to have <=280 characters',
      },
      {
        name: 'hour 24',
        change: { hour: 24 },
        path: 'hour',
        message: 'Too big: expected number to be <=23',
      },
      {
        name: 'an id that is not a UUID',
        change: { id: '3f1c2a4e-8b7d-4c2e-9a1b-2d3e4f5a6b7' },
        path: 'id',
        message: 'Must be a UUID',
      },
      {
        name: 'a note with a NUL character (PostgreSQL cannot store it)',
        change: { note: 'a\u0000b' },
        path: 'note',
        message: 'Must not contain a NUL character (U+0000) at position 2',
      },
      {
        name: 'a note with a lone low surrogate',
        change: { note: '\u00e9\udc57' },
        path: 'note',
        message: 'Must be valid Unicode text: a lone surrogate (U+DC57) at position 2',
      },
      {
        name: 'a note with a lone high surrogate at its end',
        change: { note: 'uitleg \ud83d' },
        path: 'note',
        message: 'Must be valid Unicode text: a lone surrogate (U+D83D) at position 8',
      },
      {
        name: 'a note with a bell character',
        change: { note: 'bel\u0007' },
        path: 'note',
        message: 'Must not contain a control character (U+0007) at position 4',
      },
      {
        name: 'a note with DEL',
        change: { note: 'a\u007fb' },
        path: 'note',
        message: 'Must not contain a control character (U+007F) at position 2',
      },
      {
        name: 'a note with a C1 control (next line, from a mis-decoded paste)',
        change: { note: 'a\u0085b' },
        path: 'note',
        message: 'Must not contain a control character (U+0085) at position 2',
      },
      {
        name: 'the last day of year 0',
        change: { date: '0000-12-31' },
        path: 'date',
        message: 'Must be a date from 2000 through 2100',
      },
      {
        name: 'a date in year 0 (a typo the database would choke on)',
        change: { date: '0000-01-01' },
        path: 'date',
        message: 'Must be a date from 2000 through 2100',
      },
      {
        name: 'a withdrawal that names nothing to withdraw',
        change: { withdrawn: true },
        path: 'withdrawn',
        message: 'A withdrawal names the registration it withdraws ("supersedes")',
      },
      {
        name: 'withdrawn: false (leave it out instead)',
        change: { withdrawn: false, supersedes: '3f1c2a4e-8b7d-4c2e-9a1b-2d3e4f5a6b70' },
        path: 'withdrawn',
        message: 'Invalid input: expected true',
      },
      {
        name: 'an outreach session without a name',
        change: { outreach: { name: '   ' } },
        path: 'outreach.name',
        message: 'Say where the outreach session was',
      },
      {
        name: 'an outreach name of 81 characters',
        change: { outreach: { name: 'x'.repeat(81) } },
        path: 'outreach.name',
        message: 'Too big: expected string to have <=80 characters',
      },
      {
        name: 'an outreach name over two lines',
        change: { outreach: { name: 'Buurthuis\nDe Kroon' } },
        path: 'outreach.name',
        message: 'Must be a single line: a line break or tab (U+000A) at position 10',
      },
      {
        name: 'an outreach session id that is not a slug',
        change: { outreach: { name: 'Buurthuis', sessionId: 'Sessie 1' } },
        path: 'outreach.sessionId',
        message: 'Must be a slug: lowercase letters, digits and single hyphens',
      },
    ];

  test('a withdrawal supersedes what it withdraws; an outreach visit names its session, trimmed', () => {
    const withdrawal = {
      ...valid,
      id: '3f1c2a4e-8b7d-4c2e-9a1b-2d3e4f5a6b70',
      supersedes: valid.id,
      withdrawn: true,
    };
    assert.deepEqual(issuesOf(QuestionRegistrationSchema.safeParse(withdrawal)), []);
    const outreach = QuestionRegistrationSchema.parse({
      ...valid,
      outreach: { name: '  Buurthuis De Kroon ', sessionId: 'kroon-2026-11' },
    });
    assert.deepEqual(outreach.outreach, { name: 'Buurthuis De Kroon', sessionId: 'kroon-2026-11' });
  });

  test('a note may span lines and hold any Unicode text, emoji included', () => {
    for (const note of [
      'regel 1\nregel 2',
      'regel 1\r\nregel 2',
      'kolom\tkolom',
      'uitleg 👍🏽 ✓',
      'ĳ ß 中文 عربي',
    ])
      assert.deepEqual(
        issuesOf(QuestionRegistrationSchema.safeParse({ ...valid, note })),
        [],
        note,
      );
  });

  test('a device label is one line without control characters', () => {
    assert.deepEqual(
      issuesOf(EnrolmentRequestSchema.safeParse({ code: '7KQ2-M9XD', deviceLabel: 'balie 1 👍' })),
      [],
    );
    assert.deepEqual(
      issuesOf(EnrolmentRequestSchema.safeParse({ code: '7KQ2-M9XD', deviceLabel: 'balie\n1' })),
      [
        {
          path: 'deviceLabel',
          message: 'Must be a single line: a line break or tab (U+000A) at position 6',
        },
      ],
    );
    assert.deepEqual(
      issuesOf(EnrolmentRequestSchema.safeParse({ code: '7KQ2-M9XD', deviceLabel: 'balie\u0000' })),
      [{ path: 'deviceLabel', message: 'Must not contain a NUL character (U+0000) at position 6' }],
    );
  });

  test('stats filters and export months refuse years the database cannot hold', () => {
    for (const period of ['0000', '1999-12', '2101-Q1', '0000-W01'])
      assert.deepEqual(issuesOf(RegistrationStatsFilterSchema.safeParse({ period })), [
        {
          path: 'period',
          message:
            'Must be a week (2026-W47), month (2026-11), quarter (2026-Q4) or year (2026), from 2000 through 2100',
        },
      ]);
    for (const month of ['2026-01', '2000-01', '2100-12'])
      assert.equal(ServiceMonthSchema.safeParse(month).success, true, month);
    assert.deepEqual(issuesOf(ServiceMonthSchema.safeParse('0000-01')), [
      { path: '', message: 'Must be a month from 2000-01 through 2100-12' },
    ]);
    assert.deepEqual(issuesOf(ServiceMonthSchema.safeParse('2026-13')), [
      { path: '', message: 'Must be a month written as YYYY-MM' },
    ]);
  });

  test('every date and date-time in the domain lies in 1900 through 2200', () => {
    assert.equal(IsoDateSchema.safeParse('1900-01-01').success, true);
    assert.equal(IsoDateSchema.safeParse('2200-12-31').success, true);
    assert.deepEqual(issuesOf(IsoDateSchema.safeParse('0000-01-01')), [
      { path: '', message: 'Must be a date from 1900 through 2200' },
    ]);
    assert.deepEqual(issuesOf(IsoDateTimeSchema.safeParse('0000-01-01T00:00:00Z')), [
      { path: '', message: 'Must be a date-time from 1900 through 2200' },
    ]);
    // Not a date at all: one issue that says so, not a second one about the year.
    assert.deepEqual(issuesOf(IsoDateTimeSchema.safeParse('yesterday')), [
      { path: '', message: 'Must be an ISO 8601 date-time' },
    ]);
    assert.deepEqual(issuesOf(IsoDateSchema.safeParse('1-1-2026')), [
      { path: '', message: 'Must be a real date written as YYYY-MM-DD' },
    ]);
  });

  test('text shown to residents refuses NUL and lone surrogates too', () => {
    assert.deepEqual(issuesOf(TextSchema(80).safeParse('Bibliotheek\u0000')), [
      { path: '', message: 'Must not contain a NUL character (U+0000) at position 12' },
    ]);
    assert.equal(TextSchema(80).safeParse('Bibliotheek\nCentrum').success, true);
  });

  test('an id is one idempotency key however it is cased', () => {
    const upper = QuestionRegistrationSchema.parse({ ...valid, id: valid.id.toUpperCase() });
    assert.equal(upper.id, valid.id);
  });

  test('an enrolment code may be typed with a hyphen, a space or neither, in any case', () => {
    for (const code of ['7KQ2-M9XD', '7kq2 m9xd', '7KQ2M9XD'])
      assert.equal(EnrolmentRequestSchema.safeParse({ code }).success, true, code);
    for (const code of ['7KQ', '7KQ2;M9XD', '7KQ2  M9XD', '-7KQ2M9XD'])
      assert.equal(EnrolmentRequestSchema.safeParse({ code }).success, false, code);
  });

  for (const c of cases)
    test(`rejects ${c.name}`, () => {
      const issues = issuesOf(
        QuestionRegistrationSchema.safeParse({ ...valid, ...c.change }, PARSE_IN_ENGLISH),
      );
      assert.deepEqual(issues, [{ path: c.path, message: c.message }]);
    });
});

// A deliberately tiny resolver for the sanity check above; the real engine lives in ../hours.
// Dutch public holidays from June 2026 to December 2027 (Bevrijdingsdag only in lustrum years,
// none in range; Goede Vrijdag only where a schedule opts in).
const HOLIDAYS = new Set([
  '2026-12-25',
  '2026-12-26',
  '2027-01-01',
  '2027-03-28',
  '2027-03-29',
  '2027-04-27',
  '2027-05-06',
  '2027-05-16',
  '2027-05-17',
  '2027-12-25',
  '2027-12-26',
]);
const GOOD_FRIDAY = '2027-03-26';
const WEEKDAYS: Day[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

function* datesFrom(first: string, last: string): Generator<string> {
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 864e5)
    yield new Date(t).toISOString().slice(0, 10);
}

const onDay = (weekly: readonly WeeklyInterval[], day: Day) => weekly.filter((w) => w.day === day);

const within = (slot: TimeRange, open: readonly TimeRange[]) =>
  open.some(
    (o) =>
      toMinutes(o.opens) <= toMinutes(slot.opens) && toMinutes(slot.closes) <= toMinutes(o.closes),
  );

function dayIntervals(hours: OpeningHours, date: string): TimeRange[] {
  if (
    (hours.validFrom && date < hours.validFrom) ||
    (hours.validThrough && date > hours.validThrough)
  )
    return [];
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) return 'closed' in exception ? [] : exception.intervals;
  if (hours.closedOnPublicHolidays && HOLIDAYS.has(date)) return [];
  if (hours.closedOnGoodFriday && date === GOOD_FRIDAY) return [];
  const season = hours.seasons.find((s) => s.validFrom <= date && date <= s.validThrough);
  const day = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  return onDay(season?.weekly ?? hours.weekly, day);
}

describe('opening hours time zones', () => {
  const zoneIssues = (timeZone: unknown) =>
    issuesOf(OpeningHoursSchema.safeParse({ timeZone, weekly: [] }, PARSE_IN_ENGLISH));

  test('the default zone, written or left out, and other IANA zones are accepted', () => {
    assert.deepEqual(zoneIssues('Europe/Amsterdam'), []);
    assert.equal(OpeningHoursSchema.parse({ weekly: [] }).timeZone, 'Europe/Amsterdam');
    assert.deepEqual(zoneIssues('America/New_York'), []);
    assert.deepEqual(zoneIssues('Europe/Brussels'), []);
  });

  test('a zone Intl does not know is refused, also when asked again', () => {
    for (const tz of ['Mars/Olympus', 'Mars/Olympus', 'Europe/Amsterdamm', 'europe amsterdam']) {
      assert.deepEqual(zoneIssues(tz), [
        { path: 'timeZone', message: 'Must be an IANA time zone such as "Europe/Amsterdam"' },
      ]);
    }
  });
});

describe('zod configuration', () => {
  test("importing the SDK leaves the host application's zod messages alone", async () => {
    await import('../index.js');
    // zod/mini's own message, not the English locale's "Invalid input: expected string, received number".
    const issue = z.string().safeParse(1).error?.issues[0];
    assert.equal(issue?.message, 'Invalid input');
    assert.equal(z.config().localeError, undefined);
  });

  test('the SDK still explains its own issues in English', () => {
    const issues = issuesOf(
      QuestionRegistrationSchema.safeParse({ note: 'x'.repeat(281) }, PARSE_IN_ENGLISH),
    );
    assert.ok(issues.some((i) => i.message.startsWith('Invalid input: expected string')));
  });
});
