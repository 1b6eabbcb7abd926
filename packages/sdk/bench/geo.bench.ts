/**
 * Nearest-10 search over random points in the Netherlands: the kdbush/geokdbush index behind
 * `nearest()` against measuring and sorting every point. Reports the one-off index build, the
 * median query time over many origins, and how many queries repay the build.
 */
import { distanceKm } from '../src/geo/distance.js';
import { createGeoIndex } from '../src/geo/nearest.js';
import type { GeoPoint } from '../src/schemas/common.js';
import { seededRandom } from '../src/testing/random.js';
import { median, time } from './measure.js';

const nlPoints = (count: number, next: () => number): GeoPoint[] =>
  Array.from({ length: count }, () => ({ lat: 50.75 + next() * 2.8, lon: 3.35 + next() * 3.87 }));

function naiveNearest(points: readonly GeoPoint[], origin: GeoPoint, limit: number) {
  return points
    .map((item, index) => ({ item, index, distanceKm: distanceKm(origin, item) }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index)
    .slice(0, limit)
    .map(({ item, distanceKm }) => ({ item, distanceKm }));
}

const fmt = (ms: number): string =>
  ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;

export function run(): void {
  const LIMIT = 10;
  const rows: Record<string, string>[] = [];
  for (const size of [10_000, 100_000]) {
    const next = seededRandom(size);
    const points = nlPoints(size, next);
    const origins = nlPoints(1000, next);
    const pointOf = (p: GeoPoint) => p;

    // Warm up the JIT on both paths before measuring.
    const warm = createGeoIndex(points, pointOf);
    for (const origin of origins.slice(0, 50)) warm.nearest(origin, { limit: LIMIT });
    for (const origin of origins.slice(0, 3)) naiveNearest(points, origin, LIMIT);

    let index = warm;
    const build = median(
      Array.from({ length: 5 }, () => time(() => (index = createGeoIndex(points, pointOf)))),
    );
    const indexed = median(origins.map((o) => time(() => index.nearest(o, { limit: LIMIT }))));
    const naiveOrigins = origins.slice(0, size > 50_000 ? 40 : 200);
    const naive = median(naiveOrigins.map((o) => time(() => naiveNearest(points, o, LIMIT))));

    // The two must agree exactly, or the speed means nothing.
    for (const origin of naiveOrigins.slice(0, 20)) {
      const a = index.nearest(origin, { limit: LIMIT });
      const b = naiveNearest(points, origin, LIMIT);
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('index and full sort disagree');
    }

    rows.push({
      points: size.toLocaleString('en'),
      'index build': fmt(build),
      'nearest-10 (index, median of 1000)': fmt(indexed),
      [`nearest-10 (full sort, median of ${naiveOrigins.length})`]: fmt(naive),
      'speed-up': `${Math.round(naive / indexed).toLocaleString('en')}×`,
      'build repaid after': `${Math.ceil(build / (naive - indexed))} quer${Math.ceil(build / (naive - indexed)) === 1 ? 'y' : 'ies'}`,
    });
  }
  for (const row of rows) {
    console.log(
      Object.entries(row)
        .map(([k, v]) => `${k}: ${v}`)
        .join(' | '),
    );
  }
}
