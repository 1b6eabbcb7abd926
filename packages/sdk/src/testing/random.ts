/**
 * A seeded pseudo-random generator (mulberry32): tiny, fast, and the same sequence for the same
 * seed on every machine, so sample data, benchmarks and backoff tests are reproducible.
 * Not for anything secret.
 *
 * @example const random = seededRandom(42); random(); // 0 ≤ n < 1
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
