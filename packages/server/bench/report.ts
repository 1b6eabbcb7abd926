/**
 * One figure of issue 13's table: what we measured, its budget and its peer (measured in the same
 * run), and whether the budget is met. The root bench (bench/index.ts) prints every package's
 * figures as a table and writes bench/results.json; it takes this shape from here, the lowest
 * package that reports figures.
 */
export interface Figure {
  /** Stable key, e.g. `bytes.opening-hours`. */
  id: string;
  /** The table's wording. */
  figure: string;
  value: number;
  unit: string;
  /** Human-readable budget, e.g. "≤ 20 KiB". */
  budget: string;
  /** Whether `value` meets the budget; `undefined` when there is no budget to judge. */
  met: boolean | undefined;
  /** The peer or ceiling measured in the same run, if any. */
  peer?: { label: string; value: number; unit: string };
  /** Anything a reader needs to judge the number. */
  note?: string;
}

export const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
