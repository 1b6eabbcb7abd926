import type { NowSource } from '../context/ido-context.js';

export type { NowSource };

/** Reads a {@link NowSource}, falling back to the real clock. */
export function readClock(source: NowSource | undefined): Date {
  if (source === undefined) return new Date();
  return typeof source === 'function' ? source() : new Date(source.getTime());
}

/**
 * Lit attribute converter for `now="2025-12-24T15:00:00+01:00"`: an ISO date-time string to a
 * fixed `Date`; an unparseable value is ignored (the real clock is used).
 */
export const nowAttributeConverter = {
  fromAttribute(value: string | null): Date | undefined {
    if (!value) return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  },
  toAttribute(value: NowSource | undefined): string | null {
    return value instanceof Date ? value.toISOString() : null;
  },
};
