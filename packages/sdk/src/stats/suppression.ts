import type { SuppressedCount } from '../schemas/registration.js';

/** Cells under this count leave the server as "<5" (small-number suppression). */
export const SUPPRESS_BELOW = 5;

/** A count as reported on its own: exact, or "<5" when 1–4. Zero stays 0: it identifies nobody. */
export function suppress(count: number, below = SUPPRESS_BELOW): SuppressedCount {
  return count > 0 && count < below ? '<5' : count;
}

/** Counts that are tied by a sum: `ids` add up to `margin` (when given), or just belong together. */
export interface SuppressionLine {
  ids: readonly string[];
  margin?: string;
}

/**
 * Small-number suppression with complementary suppression over a set of counts (`values`, by
 * id) and the lines that tie them. Counts of 1 to `below − 1` are hidden; then, wherever a line
 * has exactly one hidden count, the smallest shown non-zero count of that line (a category
 * before its margin, then the first in line order) is hidden too, until no line has exactly
 * one, so no hidden count can be worked out by subtraction. A hidden small count reads "<5",
 * a larger one hidden to protect it "x".
 *
 * Deterministic: the same values and lines in the same order give the same answer, which is
 * why the server, the fake client and static use all build their lines with the same code.
 */
export function planSuppression(
  values: ReadonlyMap<string, number>,
  lines: readonly SuppressionLine[],
  below = SUPPRESS_BELOW,
): (id: string) => SuppressedCount {
  const hidden = new Set<string>();
  for (const [id, n] of values) if (n > 0 && n < below) hidden.add(id);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const all = line.margin ? [...line.ids, line.margin] : line.ids;
      let count = 0;
      for (const id of all) if (hidden.has(id)) count++;
      if (count !== 1) continue;
      let pick: string | undefined;
      let pickValue = Infinity;
      for (const id of all) {
        const n = values.get(id) ?? 0;
        if (n > 0 && !hidden.has(id) && n < pickValue) {
          pick = id;
          pickValue = n;
        }
      }
      if (pick === undefined) continue;
      hidden.add(pick);
      changed = true;
    }
  }
  return (id) => {
    const n = values.get(id) ?? 0;
    if (!hidden.has(id)) return n;
    return n < below ? '<5' : 'x';
  };
}
