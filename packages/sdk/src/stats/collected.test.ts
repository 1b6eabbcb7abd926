// What the desk collects is counted (issue 20, item 3): referrals per partner, not-helped
// reasons, busy times, the library or an outreach session, and the same period last year, all
// under the same cell-key protection as every other count.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultTaxonomy } from '../taxonomy/index.js';
import {
  QuestionRegistrationSchema,
  type QuestionRegistration,
  type QuestionRegistrationInput,
  type RegistrationStats,
} from '../schemas/registration.js';
import {
  buildRegistrationStats,
  perturb,
  registrationStatsCsv,
  samePeriodLastYear,
  statsCategories,
  statsTrend,
  statsUnitsFor,
  TIMES_OF_DAY,
  timeOfDayOf,
} from './index.js';
import { tallyRegistrations } from './tally.js';

const ONE = [{ id: 'loc', name: 'IDO Loc' }];
const DEVICE = { kind: 'location', name: 'IDO Loc' } as const;
const LATER = new Date('2027-06-01T12:00:00Z');
const PARTNERS = [
  { id: 'humanitas', name: 'Humanitas Thuisadministratie' },
  { id: 'sociaal-raadslieden', name: 'Sociaal raadslieden' },
];

let serial = 0;
/** `n` registrations like `base` on `date`, each with its own id. */
function visits(
  n: number,
  date: string,
  base: Partial<QuestionRegistrationInput> = {},
): QuestionRegistration[] {
  return Array.from({ length: n }, () => {
    serial += 1;
    return QuestionRegistrationSchema.parse({
      id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
      locationId: 'loc',
      date,
      hour: 10,
      channel: 'desk',
      durationMinutes: 10,
      questions: [{ type: 'government', themes: ['toeslagen'], help: 'informed' }],
      ...base,
    });
  });
}

/** The answer for `period` over `regs`, counted as the fake client and the server do. */
function answer(
  regs: QuestionRegistration[],
  period: string,
  protection?: 'none',
): RegistrationStats {
  const { lastYear, ...units } = statsUnitsFor(period);
  const tally = (range: { from: string; to: string }) =>
    tallyRegistrations(regs, { unit: units.unit, partners: [], ...range });
  return buildRegistrationStats([...tally(units), ...(lastYear ? tally(lastYear) : [])], {
    period,
    scope: DEVICE,
    locations: ONE,
    at: LATER,
    partners: PARTNERS,
    ...(protection ? { protection } : {}),
  });
}

const cell = (stats: RegistrationStats, dim: keyof RegistrationStats['breakdown'], key: string) =>
  (stats.breakdown[dim] ?? []).find((c) => c.key === key)?.count ?? 0;

describe('counting what is collected', () => {
  const referred = (partnerId: string, warm: boolean) => ({
    questions: [
      {
        type: 'government' as const,
        themes: ['toeslagen'],
        help: 'referred' as const,
        referral: { partnerId, warm },
      },
    ],
  });
  const regs = [
    ...visits(7, '2026-03-02', referred('humanitas', true)),
    ...visits(3, '2026-03-03', referred('sociaal-raadslieden', false)),
    ...visits(2, '2026-03-04', {
      questions: [
        {
          type: 'library',
          help: 'referred',
          referral: { partnerKind: 'overheidsinstantie', warm: false },
        },
      ],
    }),
    ...visits(4, '2026-03-05', {
      questions: [
        {
          type: 'government',
          themes: ['digid-mijnoverheid'],
          help: 'not-helped',
          notHelpedReason: 'needs-digid-login',
          followUp: { digid: 'no' },
        },
      ],
    }),
    // Thursday 5 March: evening; Friday 6 March: at an outreach session in the afternoon.
    ...visits(5, '2026-03-05', { hour: 19 }),
    ...visits(6, '2026-03-06', { hour: 14, outreach: { name: 'Buurthuis De Kroon' } }),
  ];

  test('the exact counts, per partner, reason, part of the day and place', () => {
    const exact = answer(regs, '2026-03', 'none');
    assert.equal(cell(exact, 'referralPartner', 'humanitas'), 7);
    assert.equal(cell(exact, 'referralPartner', 'sociaal-raadslieden'), 3);
    // A referral to a kind only is a referral, but to no partner.
    assert.equal(cell(exact, 'referralKind', 'overheidsinstantie'), 2);
    assert.equal(exact.breakdown.referralPartner?.length, 2);
    assert.equal(cell(exact, 'notHelpedReason', 'needs-digid-login'), 4);
    assert.equal(cell(exact, 'followUp', 'digid:no'), 4);
    assert.equal(cell(exact, 'timeOfDay', 'mon-morning'), 7);
    assert.equal(cell(exact, 'timeOfDay', 'thu-morning'), 4);
    assert.equal(cell(exact, 'timeOfDay', 'thu-evening'), 5);
    assert.equal(cell(exact, 'timeOfDay', 'fri-afternoon'), 6);
    assert.equal(cell(exact, 'place', 'outreach'), 6);
    assert.equal(cell(exact, 'place', 'library'), 21);
    // The answer names the partners it counts, and only those.
    assert.deepEqual(exact.partners, PARTNERS);
  });

  test('each new cell is published with its cell-key noise, like every other count', () => {
    const exact = answer(regs, '2026-03', 'none');
    const published = answer(regs, '2026-03');
    const units = tallyRegistrations(regs, { unit: 'month', partners: [] });
    const keys = units[0]!.keys.cells;
    for (const dim of [
      'referralPartner',
      'notHelpedReason',
      'followUp',
      'timeOfDay',
      'place',
    ] as const)
      for (const c of exact.breakdown[dim] ?? []) {
        const expected = perturb(c.count as number, keys[dim]![c.key]!);
        assert.equal(cell(published, dim, c.key), expected, `${dim} ${c.key}`);
      }
  });

  test('the parts of the day and the weekdays', () => {
    assert.equal(timeOfDayOf('2026-12-07', 11), 'mon-morning');
    assert.equal(timeOfDayOf('2026-12-07', 12), 'mon-afternoon');
    assert.equal(timeOfDayOf('2026-12-07', 17), 'mon-afternoon');
    assert.equal(timeOfDayOf('2026-12-07', 18), 'mon-evening');
    assert.equal(timeOfDayOf('2026-12-13', 9), 'sun-morning');
    assert.equal(TIMES_OF_DAY.length, 21);
    assert.deepEqual(
      statsCategories('timeOfDay', defaultTaxonomy).map((c) => c.id),
      TIMES_OF_DAY,
    );
  });

  test('the CSV lists the new sections with names, zeros included', () => {
    const csv = registrationStatsCsv(answer(regs, '2026-03', 'none'), defaultTaxonomy);
    const lines = csv.split('\r\n');
    assert.ok(
      lines.includes(
        '2026-03;loc;IDO Loc;referralPartner;humanitas;Humanitas Thuisadministratie;7',
      ),
    );
    assert.ok(lines.includes('2026-03;loc;IDO Loc;place;outreach;Op een spreekuur elders;6'));
    assert.ok(
      lines.includes('2026-03;loc;IDO Loc;followUp;digid:no;Heeft de bezoeker een DigiD? Nee;4'),
    );
    assert.ok(
      lines.includes('2026-03;loc;IDO Loc;timeOfDay;thu-evening;donderdag avond (vanaf 18 uur);5'),
    );
    assert.ok(
      lines.includes('2026-03;loc;IDO Loc;timeOfDay;sun-evening;zondag avond (vanaf 18 uur);0'),
    );
    const reason = defaultTaxonomy.notHelpedReasons.find((r) => r.id === 'needs-digid-login')!;
    assert.ok(
      lines.includes(`2026-03;loc;IDO Loc;notHelpedReason;needs-digid-login;${reason.label.nl};4`),
    );
    const en = registrationStatsCsv(answer(regs, '2026-03', 'none'), defaultTaxonomy, {
      lang: 'en',
    });
    assert.ok(
      en.includes('2026-03;loc;IDO Loc;timeOfDay;thu-evening;Thursday evening (from 18:00);5'),
    );
  });
});

describe('the same period last year', () => {
  test('its key for every kind of period', () => {
    assert.equal(samePeriodLastYear('2026-Q3'), '2025-Q3');
    assert.equal(samePeriodLastYear('2026-11'), '2025-11');
    assert.equal(samePeriodLastYear('2026'), '2025');
    assert.equal(samePeriodLastYear('2026-W47'), '2025-W47');
    // 2026 has a week 53, 2025 has not.
    assert.equal(samePeriodLastYear('2026-W53'), undefined);
    assert.equal(samePeriodLastYear('2000'), undefined);
  });

  const regs = [
    ...visits(40, '2025-09-10'),
    ...visits(12, '2025-08-12', {
      questions: [{ type: 'government', themes: ['belastingen'], help: 'informed' }],
    }),
    ...visits(60, '2026-09-09'),
    ...visits(11, '2026-08-11', {
      questions: [{ type: 'government', themes: ['belastingen'], help: 'informed' }],
    }),
  ];

  test('is the answer for last year itself: the same numbers, the same protection', () => {
    const now = answer(regs, '2026-Q3');
    const then = answer(regs, '2025-Q3');
    assert.ok(now.lastYear);
    assert.equal(now.lastYear.period, '2025-Q3');
    assert.equal(now.lastYear.settled, true);
    assert.deepEqual(
      {
        visits: now.lastYear.visits,
        questions: now.lastYear.questions,
        breakdown: now.lastYear.breakdown,
      },
      { visits: then.visits, questions: then.questions, breakdown: then.breakdown },
    );
    // Nothing registered in 2024: no comparison.
    assert.equal(then.lastYear, undefined);
  });

  test('the trend names the change in questions and the theme that changed most', () => {
    const trend = statsTrend(answer(regs, '2026-Q3', 'none'))!;
    assert.equal(trend.lastYear, '2025-Q3');
    assert.deepEqual(trend.questions, { now: 71, before: 52, percent: 37 });
    // toeslagen 40 → 60 (+50 %); belastingen 12 → 11 (−8 %, under 10 %: not named).
    assert.deepEqual(trend.theme, { id: 'toeslagen', now: 60, before: 40, percent: 50 });
  });

  test('no percentage on a small base, no theme below ten questions', () => {
    const few = [...visits(8, '2025-05-06'), ...visits(30, '2026-05-05')];
    const trend = statsTrend(answer(few, '2026-05', 'none'))!;
    assert.deepEqual(trend.questions, { now: 30, before: 8 });
    assert.equal(trend.theme, undefined);
  });

  test('the trend is computed from published numbers only', () => {
    const published = answer(regs, '2026-Q3');
    const trend = statsTrend(published)!;
    assert.equal(trend.questions.now, published.questions);
    assert.equal(trend.questions.before, published.lastYear!.questions);
  });
});
