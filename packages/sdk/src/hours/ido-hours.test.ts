import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureFeed } from '../testing/fixture-feed.js';
import { idoHours } from './index.js';

test('idoHours: the consultation hours when a desk has them, else the library hours', () => {
  const withIdo = fixtureFeed.locations.find((l) => l.hours.ido)!;
  const without = fixtureFeed.locations.find((l) => !l.hours.ido)!;
  assert.deepEqual(idoHours(withIdo), { kind: 'ido', hours: withIdo.hours.ido });
  assert.deepEqual(idoHours(without), { kind: 'library', hours: without.hours.library });
});
