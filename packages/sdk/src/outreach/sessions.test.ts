import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureOutreachSessions } from '../testing/fixture-outreach.js';
import {
  addDays,
  nearbySessions,
  outreachRangeIssues,
  sessionsBetween,
  sessionTimes,
  weekOf,
} from './sessions.js';

const sessions = fixtureOutreachSessions('2026-12-14');
const utrecht = { lat: 52.092, lon: 5.115 };

describe('outreach sessions', () => {
  test('addDays crosses months, years and DST changes as civil days', () => {
    for (const [date, days, expected] of [
      ['2026-12-31', 1, '2027-01-01'],
      ['2026-03-28', 2, '2026-03-30'],
      ['2026-03-01', -1, '2026-02-28'],
      ['2028-02-28', 1, '2028-02-29'],
    ] as const)
      assert.equal(addDays(date, days), expected, `${date} + ${days}`);
  });

  test('a range is real dates, forwards, at most 93 days', () => {
    const table: [string, string, string | undefined][] = [
      ['2026-12-01', '2026-12-01', undefined],
      ['2026-12-01', '2027-03-04', undefined], // 93 days
      ['2026-12-01', '2027-03-05', 'through'],
      ['2026-12-02', '2026-12-01', 'through'],
      ['2026-02-30', '2026-03-01', 'from'],
      ['2026-12-01', 'tomorrow', 'through'],
    ];
    for (const [from, through, path] of table)
      assert.equal(outreachRangeIssues({ from, through })[0]?.path, path, `${from}..${through}`);
  });

  test('sessionsBetween keeps the days asked, of one location when asked, by date', () => {
    assert.deepEqual(
      sessionsBetween(sessions, { from: '2026-12-14', through: '2026-12-20' }).map((s) => s.id),
      ['kroon', 'markt-zwolle'],
    );
    assert.deepEqual(
      sessionsBetween(sessions, {
        from: '2026-12-15',
        through: '2026-12-22',
        locationId: 'ido-utrecht-kanaleneiland',
      }).map((s) => s.id),
      ['gezondheidscentrum'],
    );
    assert.deepEqual(sessionsBetween(sessions, { from: '2026-12-23', through: '2027-01-01' }), []);
  });

  test('nearbySessions keeps those as close as the shown results, else the nearest within the fallback', () => {
    const near = nearbySessions(sessions, utrecht, { withinKm: 5 });
    assert.deepEqual(
      near.map((n) => n.session.id),
      ['kroon', 'gezondheidscentrum'],
    );
    assert.ok(near[0]!.distanceKm > 0.3 && near[0]!.distanceKm < 0.6, String(near[0]!.distanceKm));
    assert.deepEqual(nearbySessions(sessions, utrecht, { withinKm: 0.1 }), []);
    assert.deepEqual(
      nearbySessions(sessions, utrecht, { withinKm: 0.1, fallbackKm: 1 }).map((n) => n.session.id),
      ['kroon'],
    );
    assert.equal(nearbySessions(sessions, utrecht, { withinKm: 500, limit: 1 }).length, 1);
  });

  test('weekOf is Monday through Sunday', () => {
    for (const date of ['2026-12-14', '2026-12-17', '2026-12-20'])
      assert.deepEqual(weekOf(date), { from: '2026-12-14', through: '2026-12-20' }, date);
    assert.deepEqual(weekOf('2027-01-01'), { from: '2026-12-28', through: '2027-01-03' });
  });

  test('sessionTimes joins the times with an en dash', () => {
    assert.equal(sessionTimes(sessions[0]!), '10:00–12:00');
  });
});

describe('a feed’s outreach list', () => {
  test('parseFeed keeps the valid sessions, leaves out a bad one, and adds no list to a feed without', async () => {
    const { parseFeed } = await import('../feed/parse-feed.js');
    const { fixtureFeed } = await import('../testing/fixture-feed.js');
    const left: string[] = [];
    const bad = { ...sessions[1], date: '2026-13-01' };
    const { feed, leftOut } = await parseFeed(
      { ...fixtureFeed, outreach: [sessions[0], bad] },
      { onLeftOut: (e) => left.push(`${e.kind} ${e.id}`) },
    );
    assert.deepEqual(
      feed.outreach?.map((s) => s.id),
      ['kroon'],
    );
    assert.deepEqual(left, ['outreach gezondheidscentrum']);
    assert.equal(leftOut[0]?.issues[0]?.path.join('.'), 'outreach.1.date');
    assert.equal('outreach' in (await parseFeed(fixtureFeed)).feed, false);
  });
});
