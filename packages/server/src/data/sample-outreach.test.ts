import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fixtureFeed } from '@idokit/sdk/testing';
import { migrate } from '../db/migrate.js';
import { openTestDb } from '../testing/harness.js';
import { datasetRevision, importFeed, loadSnapshot } from './dataset.js';
import { loadSampleFeed } from './sample.js';
import { refreshSampleOutreach } from './sample-outreach.js';

let db: Awaited<ReturnType<typeof openTestDb>>;
before(async () => {
  db = await openTestDb();
  await migrate(db);
});
after(() => db.dropAndClose());

/** Monday 7 December 2026, 10:00 in Amsterdam. */
const AT = new Date('2026-12-07T09:00:00Z');

describe('the sample dataset’s outreach sessions', () => {
  test('are dated from the day the demo starts, once, and again when they have passed', async () => {
    await importFeed(db, await loadSampleFeed());
    const revision = await datasetRevision(db);
    assert.equal(await refreshSampleOutreach(db, AT), true);
    assert.equal(await datasetRevision(db), revision + 1, 'the catalogs reload');
    const snapshot = await loadSnapshot(db, AT);
    assert.deepEqual(
      snapshot.feed.outreach?.map((s) => `${s.date} ${s.locationId}`),
      [
        '2026-12-08 ido-zwolle-centrum',
        '2026-12-11 ido-utrecht-overvecht',
        '2026-12-16 ido-zwolle-zuid',
      ],
    );
    assert.equal(await refreshSampleOutreach(db, AT), false, 'still upcoming: left alone');
    const later = new Date('2027-01-04T09:00:00Z');
    assert.equal(await refreshSampleOutreach(db, later), true);
    const dates = (await loadSnapshot(db, later)).outreach.map((s) => s.date);
    assert.ok(dates.includes('2027-01-05'), dates.join());
  });

  test('a dataset that is not the sample gets none', async () => {
    const { sample: _sample, ...real } = fixtureFeed;
    await importFeed(db, { ...real, outreach: [] });
    assert.equal(await refreshSampleOutreach(db, AT), false);
    assert.deepEqual((await loadSnapshot(db, AT)).outreach, []);
  });
});
