/**
 * The cell-key method of consistent perturbation, as statistical offices publish census and
 * register tables with it (the Australian Bureau of Statistics' TableBuilder, the European
 * 2021 census). Every registration has a record key, a number in [0, 1) derived from its id and
 * a server secret; a cell's key is the sum of its records' keys, modulo 1; the perturbation
 * table ({@link PTABLE}) turns the cell's true count and key into a small noise. The same set of
 * records therefore always gets the same published value (reading again, or asking for the
 * same cell through another scope or period, gives nothing new), while two cells that differ by
 * even one record get independent noise, so subtracting them gives noise, not a count.
 *
 * Keys are kept as 32-bit integers (the key times 2³²), so sums are exact: the server's SQL
 * computes a record's key as the first 32 bits of md5(secret ‖ id), and the fake client uses
 * {@link recordKeyOf}. See docs/statistics.md for the method, the table and its error bounds.
 */

/** Record and cell keys are integers in [0, KEY_RANGE): the key in [0, 1) times 2³². */
export const KEY_RANGE = 2 ** 32;

/** No published count differs from the true one by more than this. */
export const MAX_NOISE = 2;

/** A record's key: an integer in [0, {@link KEY_RANGE}) derived from the registration's id. */
export type RecordKey = (id: string) => number;

/** The key of a cell with the records of `a` and of `b` (keys add modulo 1). */
export function addKeys(a: number, b: number): number {
  return (a + b) % KEY_RANGE;
}

/**
 * One row of the perturbation table: the noise added to a true count, each with its chance in
 * twentieths (a row adds up to 20).
 */
export interface PtableRow {
  /** The row is used for this true count and, for the last row, every larger one. */
  count: number;
  /** [noise, chance in twentieths], in the order the cell key walks them. */
  noise: readonly (readonly [number, number])[];
}

/**
 * The perturbation table. Bounded (|noise| ≤ {@link MAX_NOISE}), never negative, zero stays
 * zero (a cell without records is never invented), and zero mean in every row (1 goes to 0, 1,
 * 2 or 3 with mean 1). No published value pins a true count of 1–4: 0 comes from 0, 1 or 2; 1
 * from 1, 2 or 3; 2 from 1 to 4; and a small count may be published as 0 (and so left out of a
 * breakdown), so that neither a shown category nor the number of shown categories proves a
 * small count.
 */
export const PTABLE: readonly PtableRow[] = [
  { count: 0, noise: [[0, 20]] },
  {
    count: 1,
    noise: [
      [-1, 7],
      [0, 8],
      [1, 3],
      [2, 2],
    ],
  },
  {
    count: 2,
    noise: [
      [-2, 2],
      [-1, 4],
      [0, 8],
      [1, 4],
      [2, 2],
    ],
  },
];

/** The row of the table for a true count. */
export function ptableRow(count: number): PtableRow {
  return PTABLE[Math.min(count, PTABLE.length - 1)]!;
}

/**
 * The published value of a cell: its true count plus the noise the perturbation table gives
 * for the cell's key. The same count and key always give the same value.
 * @param count The true count (an integer ≥ 0).
 * @param cellKey The cell's key, an integer in [0, {@link KEY_RANGE}).
 */
export function perturb(count: number, cellKey: number): number {
  const row = ptableRow(count);
  // The key's place in [0, 20) picks the noise by its chance.
  const at = (cellKey / KEY_RANGE) * 20;
  let upTo = 0;
  for (const [noise, chance] of row.noise) {
    upTo += chance;
    if (at < upTo) return count + noise;
  }
  return count + row.noise[row.noise.length - 1]![0];
}

/**
 * A record key for in-memory use (the fake client, static use): FNV-1a over the secret and the
 * id (lowercase), mixed. Not the server's md5: the server's keys come from its SQL, and a
 * test that compares the two passes the server's key function instead.
 */
export function recordKeyOf(secret: string): RecordKey {
  return (id) => {
    let h = 0x811c9dc5;
    for (const ch of `${secret}\u0000${id.toLowerCase()}`) {
      h ^= ch.codePointAt(0)!;
      h = Math.imul(h, 0x01000193);
    }
    // A final avalanche so that ids that differ in their last character spread over [0, 1).
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

/** Days after a period's last day before its breakdowns are published (visits can be
 * registered up to 14 days afterwards). */
export const SETTLE_DAYS = 15;
