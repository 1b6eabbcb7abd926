// One rule for statistics: the server counts in SQL, the fake client (and any static use) in
// memory with the SDK's tallyRegistrations; both perturb and shape with the SDK's
// buildRegistrationStats, the fake with the server's record keys. This property test stores random registrations in a real database
// (PGlite, or PostgreSQL with DATABASE_URL) and holds the server's answers equal to the fake
// client's, for devices and report scopes, every kind of period.
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import {
  CHANNELS,
  defaultTaxonomy,
  DURATION_BUCKETS,
  GOVERNMENT_LEVELS,
  HELP_KINDS,
  PARTNER_KINDS,
  QuestionRegistrationSchema,
  type QuestionRegistrationInput,
  type QuestionRegistration,
  type RecordKey,
} from '@idokit/sdk';
import { createFakeClient, fixtureFeed } from '@idokit/sdk/testing';
import { importFeed } from '../data/dataset.js';
import { storeRegistration } from '../data/registrations.js';
import { migrate } from '../db/migrate.js';
import { openTestDb } from '../testing/harness.js';
import { scopeStats, type StatsScope } from './stats.js';

let db: Awaited<ReturnType<typeof openTestDb>>;
before(async () => {
  db = await openTestDb();
  await migrate(db);
  await importFeed(db, fixtureFeed);
});
after(() => db.dropAndClose());

/** The server's record keys: the first 32 bits of md5(secret ‖ id), as its SQL makes them. */
async function serverRecordKey(): Promise<RecordKey> {
  const { rows } = await db.query<{ secret: string }>('SELECT secret FROM stats_secret');
  const secret = rows[0]!.secret;
  return (id) => createHash('md5').update(`${secret}${id.toLowerCase()}`).digest().readUInt32BE(0);
}

const LOCATIONS = fixtureFeed.locations.map((l) => l.id);
const THEMES = defaultTaxonomy.themes.map((t) => t.id);
const ORGANISATIONS = defaultTaxonomy.organisations.map((o) => o.id);
const PARTNERS = fixtureFeed.partners.map((p) => p.id);
const REASONS = defaultTaxonomy.notHelpedReasons.map((r) => r.id);

const question: fc.Arbitrary<QuestionRegistrationInput['questions'][number]> = fc
  .record({
    type: fc.constantFrom('government', 'library', 'other' as const),
    level: fc.option(fc.constantFrom(...GOVERNMENT_LEVELS), { nil: undefined }),
    organisations: fc.subarray(ORGANISATIONS, { maxLength: 2 }),
    themes: fc.subarray(THEMES, { minLength: 1, maxLength: 2 }),
    help: fc.constantFrom(...HELP_KINDS),
    referral: fc.record({
      to: fc.oneof(
        fc.record({ partnerId: fc.constantFrom(...PARTNERS) }),
        fc.record({ partnerKind: fc.constantFrom(...PARTNER_KINDS) }),
        fc.record({ partnerId: fc.constantFrom('unknown-partner') }),
        fc.record({
          partnerId: fc.constantFrom(...PARTNERS),
          partnerKind: fc.constantFrom(...PARTNER_KINDS),
        }),
      ),
      warm: fc.boolean(),
    }),
    reason: fc.constantFrom(...REASONS),
    digid: fc.constantFrom('yes', 'yes-not-working', 'no', 'unknown'),
  })
  .map((q) => ({
    type: q.type,
    ...(q.type === 'government' && q.level ? { governmentLevel: q.level } : {}),
    organisations: q.organisations,
    themes:
      q.type === 'government' ? q.themes : q.themes.slice(0, 1).filter(() => q.help === 'informed'),
    help: q.help,
    ...(q.help === 'referred' ? { referral: { ...q.referral.to, warm: q.referral.warm } } : {}),
    ...(q.help === 'not-helped' ? { notHelpedReason: q.reason } : {}),
    ...(q.type === 'government' && q.themes.includes('digid-mijnoverheid')
      ? { followUp: { digid: q.digid } }
      : {}),
  }));

const visit = fc.record({
  locationId: fc.constantFrom(...LOCATIONS),
  // 2025 and 2026 (last year's figures), with the ISO weeks that straddle their ends.
  day: fc.integer({ min: -369, max: 369 }),
  // Every part of the day: before 12, 12 to 18, from 18.
  hour: fc.integer({ min: 7, max: 21 }),
  channel: fc.constantFrom(...CHANNELS),
  durationMinutes: fc.constantFrom(...DURATION_BUCKETS),
  questions: fc.array(question, { minLength: 1, maxLength: 3 }),
  supersedes: fc.nat({ max: 9 }),
  // A correction is a withdrawal about half the time; some visits are at an outreach session.
  withdrawn: fc.boolean(),
  outreach: fc.option(fc.constantFrom('Buurthuis De Kroon', 'Pop-up markt'), { nil: undefined }),
});

type Visit = typeof visit extends fc.Arbitrary<infer T> ? T : never;
const visits = fc.array(visit, { maxLength: 40 });

/**
 * Valid registrations from the drawn visits; about one in ten corrects or withdraws an earlier
 * one (chains included: a correction of a withdrawal, a withdrawal of a withdrawal).
 */
function registrationsOf(drawn: Visit[]): QuestionRegistration[] {
  const out: QuestionRegistration[] = [];
  for (const v of drawn) {
    const date = new Date(Date.UTC(2026, 0, 1 + v.day)).toISOString().slice(0, 10);
    const earlier = out.filter((r) => r.locationId === v.locationId);
    const corrects = v.supersedes === 0 ? earlier[earlier.length - 1] : undefined;
    out.push(
      QuestionRegistrationSchema.parse({
        id: randomUUID(),
        locationId: v.locationId,
        date,
        hour: v.hour,
        channel: v.channel,
        durationMinutes: v.durationMinutes,
        questions: v.questions,
        ...(corrects ? { supersedes: corrects.id } : {}),
        ...(corrects && v.withdrawn ? { withdrawn: true } : {}),
        ...(v.outreach ? { outreach: { name: v.outreach } } : {}),
      }),
    );
  }
  return out;
}

const PERIODS = [
  '2026',
  '2026-Q1',
  '2026-Q4',
  '2026-03',
  '2026-12',
  '2026-W01',
  '2026-W53',
  '2025-W01',
];

describe('statistics: one rule for server and fake client', () => {
  test('the database and the SDK count and perturb alike (property)', async () => {
    const recordKey = await serverRecordKey();
    // Some periods of 2026 settled, some not.
    const at = new Date('2026-11-20T12:00:00Z');
    await fc.assert(
      fc.asyncProperty(
        visits,
        fc.constantFrom(...PERIODS),
        fc.constantFrom<StatsScope['kind']>('location', 'organisation', 'municipality'),
        async (drawn, period, kind) => {
          await db.exec('DELETE FROM registration_questions; DELETE FROM registrations;');
          const regs = registrationsOf(drawn);
          for (const reg of regs) {
            const stored = await storeRegistration(db, reg, {
              deviceId: 'dev_test',
              at: new Date(),
            });
            assert.equal(stored.kind, 'created');
          }
          const first = fixtureFeed.locations.find(
            (l) => l.id === (regs[0]?.locationId ?? LOCATIONS[0]),
          )!;
          const scope: StatsScope =
            kind === 'location'
              ? { kind, locationId: first.id }
              : {
                  kind,
                  name: kind === 'organisation' ? first.organisation : first.address.municipality,
                };
          const fake = createFakeClient({
            registrations: regs,
            recordKey,
            now: () => at,
            ...(scope.kind !== 'location' ? { reportScope: scope } : {}),
          });
          const server = await scopeStats(db, scope, { period }, { at });
          assert.deepEqual(server, await fake.getRegistrationStats({ period }));
          // The comparison with last year is the answer for last year's period itself.
          if (server.lastYear) {
            const own = await scopeStats(db, scope, { period: server.lastYear.period }, { at });
            assert.deepEqual(
              {
                visits: server.lastYear.visits,
                questions: server.lastYear.questions,
                breakdown: server.lastYear.breakdown,
              },
              { visits: own.visits, questions: own.questions, breakdown: own.breakdown },
            );
          }
          if (server.locations.length > 1) {
            const location = server.locations[1]!.id;
            assert.deepEqual(
              await scopeStats(db, scope, { period, location }, { at }),
              await fake.getRegistrationStats({ period, location }),
            );
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
