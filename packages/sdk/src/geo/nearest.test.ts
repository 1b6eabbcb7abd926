import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { GeoPoint } from '../schemas/common.js';
import { distanceKm } from './distance.js';
import { countNearby, createGeoIndex, nearest, type NearestOptions } from './nearest.js';

interface Place {
  id: number;
  geo: GeoPoint;
}

/** The obvious answer: measure everything, sort by distance then input order. */
function bruteForce<T>(
  items: readonly T[],
  pointOf: (item: T) => GeoPoint,
  origin: GeoPoint,
  { limit = Infinity, maxKm = Infinity, filter }: NearestOptions<T> = {},
) {
  return items
    .map((item, index) => ({ item, index, distanceKm: distanceKm(origin, pointOf(item)) }))
    .filter((c) => c.distanceKm <= maxKm && (!filter || filter(c.item)))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index)
    .slice(0, limit)
    .map(({ item, distanceKm }) => ({ item, distanceKm }));
}

// Anywhere in the Netherlands, or on a coarse grid so that duplicates and exact ties are common.
const nlPoint: fc.Arbitrary<GeoPoint> = fc.oneof(
  fc.record({
    lat: fc.double({ min: 50.75, max: 53.55, noNaN: true }),
    lon: fc.double({ min: 3.35, max: 7.22, noNaN: true }),
  }),
  fc.record({
    lat: fc.integer({ min: 0, max: 3 }).map((k) => 52 + k * 0.05),
    lon: fc.integer({ min: 0, max: 3 }).map((k) => 5 + k * 0.05),
  }),
);

const optionsArb = fc.record(
  {
    limit: fc.integer({ min: 0, max: 25 }),
    maxKm: fc.oneof(fc.double({ min: 0, max: 150, noNaN: true }), fc.constant(0)),
    everyOther: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('nearest', () => {
  test('matches a full sort exactly (random points, origins and options)', () => {
    fc.assert(
      fc.property(
        fc.array(nlPoint, { maxLength: 400, size: 'large' }),
        fc.array(nlPoint, { minLength: 1, maxLength: 5 }),
        optionsArb,
        (points, origins, { limit, maxKm, everyOther }) => {
          // A new array each run: the index is cached per array.
          const places: Place[] = points.map((geo, id) => ({ id, geo }));
          const options: NearestOptions<Place> = {
            ...(limit !== undefined ? { limit } : {}),
            ...(maxKm !== undefined ? { maxKm } : {}),
            ...(everyOther ? { filter: (p: Place) => p.id % 2 === 0 } : {}),
          };
          for (const origin of origins) {
            assert.deepEqual(
              nearest(places, origin, options),
              bruteForce(places, (p) => p.geo, origin, options),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('breaks ties by input order, also when the tie straddles the limit', () => {
    // Three desks in one building, repeated: the k-d tree meets them in no particular order.
    const building = [
      { lat: 52.09, lon: 5.12 },
      { lat: 52.1, lon: 5.13 },
      { lat: 52.2, lon: 5.3 },
    ];
    const places: Place[] = Array.from({ length: 60 }, (_, id) => ({ id, geo: building[id % 3]! }));
    const origin = { lat: 52.0, lon: 5.0 };
    assert.deepEqual(
      nearest(places, origin, { limit: 4 }).map((r) => r.item.id),
      [0, 3, 6, 9],
    );
    assert.deepEqual(
      nearest(places, origin, { limit: 22 }).map((r) => r.item.id),
      [...Array.from({ length: 20 }, (_, i) => i * 3), 1, 4],
    );
  });

  test('includes an item exactly maxKm away and nothing farther', () => {
    const origin = { lat: 52.0, lon: 5.0 };
    const places = [{ lat: 52.1, lon: 5.0 }, { lat: 52.2, lon: 5.0 }, origin];
    const edge = distanceKm(origin, places[0]!);
    assert.deepEqual(
      nearest(places, origin, { maxKm: edge }).map((r) => r.item),
      [origin, places[0]],
    );
  });

  test('accepts plain points and returns the exact distance', () => {
    const utrecht = { lat: 52.0894, lon: 5.1098 };
    const amsterdam = { lat: 52.3789, lon: 4.9004 };
    const [first, second] = nearest([amsterdam, utrecht], { lat: 52.09, lon: 5.11 });
    assert.equal(first!.item, utrecht);
    assert.equal(second!.item, amsterdam);
    assert.equal(second!.distanceKm, distanceKm({ lat: 52.09, lon: 5.11 }, amsterdam));
  });

  test('builds the index once per array and again when its length changes', () => {
    let reads = 0;
    const place = (id: number, lat: number, lon: number) => ({
      id,
      get geo() {
        reads++;
        return { lat, lon };
      },
    });
    const places = [place(1, 52.0, 5.0), place(2, 52.5, 5.5), place(3, 53.0, 6.0)];
    const origin = { lat: 52.4, lon: 5.4 };
    assert.equal(nearest(places, origin, { limit: 1 })[0]!.item.id, 2);
    const afterBuild = reads;
    assert.equal(afterBuild, 3);
    for (let i = 0; i < 10; i++) nearest(places, origin, { limit: 1 });
    assert.equal(reads, afterBuild, 'no item was read again');
    places.push(place(4, 52.4, 5.4));
    assert.equal(nearest(places, origin, { limit: 1 })[0]!.item.id, 4);
  });

  test('searches the whole globe when maxKm exceeds half the circumference', () => {
    const places = [
      { lat: 52, lon: 5 },
      { lat: -41.3, lon: 174.8 }, // Wellington, almost antipodal to the Netherlands
      { lat: 40.7, lon: -74 },
    ];
    assert.equal(nearest(places, { lat: 52, lon: 5 }, { maxKm: 30_000 }).length, 3);
  });

  test('skips items without finite coordinates, returns nothing when there is nothing', () => {
    const places = [
      { lat: Number.NaN, lon: 5 },
      { lat: 52, lon: 5 },
    ];
    assert.deepEqual(
      nearest(places, { lat: 52, lon: 5 }).map((r) => r.item),
      [places[1]],
    );
    assert.deepEqual(nearest([], { lat: 52, lon: 5 }), []);
    assert.deepEqual(nearest(places, { lat: 52, lon: 5 }, { limit: 0 }), []);
  });

  test('refuses an origin without coordinates and a negative limit', () => {
    assert.throws(() => nearest([{ lat: 52, lon: 5 }], { lat: Number.NaN, lon: 5 }), RangeError);
    assert.throws(
      () => nearest([{ lat: 52, lon: 5 }], { lat: 52, lon: 5 }, { limit: -1 }),
      RangeError,
    );
  });
});

describe('createGeoIndex', () => {
  test('indexes any shape through pointOf and matches a full sort', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      name: `r${i}`,
      y: 50.75 + ((i * 7919) % 2800) / 1000,
      x: 3.35 + ((i * 104729) % 3870) / 1000,
    }));
    const pointOf = (r: (typeof rows)[number]) => ({ lat: r.y, lon: r.x });
    const index = createGeoIndex(rows, pointOf);
    for (const origin of [
      { lat: 52.37, lon: 4.89 },
      { lat: 50.85, lon: 5.69 },
      { lat: 53.22, lon: 6.57 },
    ]) {
      const options = { limit: 10, filter: (r: (typeof rows)[number]) => !r.name.endsWith('3') };
      assert.deepEqual(index.nearest(origin, options), bruteForce(rows, pointOf, origin, options));
    }
  });
});

describe('countNearby', () => {
  // Anywhere on Earth, poles and the antimeridian included, so every shape of the box is tried.
  const anywhere: fc.Arbitrary<GeoPoint> = fc.oneof(
    fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    }),
    // Near the antimeridian, where the box is split in two, and near the poles.
    fc.record({
      lat: fc.oneof(
        fc.double({ min: -70, max: 70, noNaN: true }),
        fc.double({ min: 80, max: 90, noNaN: true }),
      ),
      lon: fc.oneof(
        fc.double({ min: 178, max: 180, noNaN: true }),
        fc.double({ min: -180, max: -178, noNaN: true }),
      ),
    }),
  );

  test('counts exactly what nearest finds within the radius (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nlPoint, anywhere), { maxLength: 300, size: 'large' }),
        fc.array(fc.oneof(nlPoint, anywhere), { minLength: 1, maxLength: 4 }),
        fc.oneof(
          fc.double({ min: 0, max: 150, noNaN: true }),
          fc.double({ min: 150, max: 25_000, noNaN: true }),
          fc.constant(0),
        ),
        fc.boolean(),
        (points, origins, maxKm, everyOther) => {
          const places: Place[] = points.map((geo, id) => ({ id, geo }));
          const filter = everyOther ? (p: Place) => p.id % 2 === 0 : undefined;
          for (const origin of origins) {
            const options = { maxKm, ...(filter ? { filter } : {}) };
            assert.equal(
              countNearby(places, origin, options),
              bruteForce(places, (p) => p.geo, origin, options).length,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('counts across the antimeridian both ways, and around a pole', () => {
    const places = [
      { lat: 10, lon: 179.5 },
      { lat: 10, lon: -179.5 },
      { lat: 10, lon: 175 },
      { lat: 89.5, lon: 0 },
      { lat: 89.5, lon: 180 },
    ];
    assert.equal(countNearby(places, { lat: 10, lon: -179.9 }, { maxKm: 120 }), 2);
    assert.equal(countNearby(places, { lat: 10, lon: 179.9 }, { maxKm: 120 }), 2);
    assert.equal(countNearby(places, { lat: 10, lon: -179.9 }, { maxKm: 600 }), 3);
    assert.equal(countNearby(places, { lat: 89.9, lon: 90 }, { maxKm: 100 }), 2);
  });

  test('an item exactly on the radius counts; a negative radius is refused', () => {
    const places = [
      { lat: 52, lon: 5 },
      { lat: 52, lon: 5.1 },
    ];
    const edge = distanceKm(places[0]!, places[1]!);
    assert.equal(countNearby(places, places[0]!, { maxKm: edge }), 2);
    assert.equal(countNearby(places, places[0]!, { maxKm: edge * 0.999 }), 1);
    assert.throws(() => countNearby(places, places[0]!, { maxKm: -1 }), RangeError);
  });
});
