import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientKeyer, parseRate, TokenBuckets } from './rate-limit.js';

test('rates are written as N per period, or off', () => {
  assert.deepEqual(parseRate('10/min'), { capacity: 10, perMs: 60_000 });
  assert.deepEqual(parseRate('5 / 30s'), { capacity: 5, perMs: 30_000 });
  assert.deepEqual(parseRate('100/h'), { capacity: 100, perMs: 3_600_000 });
  assert.equal(parseRate('off'), undefined);
  assert.throws(() => parseRate('lots'), /Not a rate/);
  assert.throws(() => parseRate('0/min'), /at least 1/);
});

test('a bucket allows a burst, then refills evenly, per key', () => {
  let now = 0;
  const buckets = new TokenBuckets({ capacity: 3, perMs: 60_000 }, () => now);
  assert.deepEqual(
    [1, 2, 3].map(() => buckets.take('a').ok),
    [true, true, true],
  );
  assert.deepEqual(buckets.take('a'), { ok: false, retryAfterSeconds: 20 });
  assert.equal(buckets.take('b').ok, true, 'another client has its own bucket');
  now = 19_000;
  assert.deepEqual(buckets.take('a'), { ok: false, retryAfterSeconds: 1 });
  now = 20_000;
  assert.equal(buckets.take('a').ok, true);
  assert.equal(buckets.take('a').ok, false);
});

test('client keys are salted hashes: stable in a process, different across processes', () => {
  const key = clientKeyer();
  assert.equal(key('192.0.2.1'), key('192.0.2.1'));
  assert.notEqual(key('192.0.2.1'), key('192.0.2.2'));
  assert.notEqual(clientKeyer()('192.0.2.1'), key('192.0.2.1'));
  assert.ok(!key('192.0.2.1').includes('192'));
});

test('a token given back can be taken again, never above the capacity', () => {
  const buckets = new TokenBuckets({ capacity: 2, perMs: 60_000 }, () => 0);
  buckets.giveBack('a'); // nothing taken yet: nothing to give back
  assert.deepEqual(buckets.take('a'), { ok: true });
  assert.deepEqual(buckets.take('a'), { ok: true });
  assert.equal(buckets.take('a').ok, false);
  buckets.giveBack('a');
  assert.deepEqual(buckets.take('a'), { ok: true });
  assert.equal(buckets.take('a').ok, false);
  buckets.giveBack('a');
  buckets.giveBack('a');
  buckets.giveBack('a');
  assert.deepEqual(buckets.take('a'), { ok: true });
  assert.deepEqual(buckets.take('a'), { ok: true });
  assert.equal(buckets.take('a').ok, false);
});
