/**
 * Where "now" comes from: a fixed instant (stories, screenshots, "what does it say at
 * Christmas?") or a function (a fake clock in tests). Unset means the real clock.
 */
export type NowSource = Date | (() => Date);

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
