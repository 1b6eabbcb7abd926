import type { Day } from '../schemas/opening-hours.js';

/** Why a normally-open day (or part of it) is closed. */
export interface ClosedReason {
  /**
   * `holiday`: a Dutch public holiday (`name` is its Dutch name, e.g. "Koningsdag");
   * `exception`: an `exceptions` entry (`name` is its note, possibly empty);
   * `season-end`: after the schedule's `validThrough` (`name` is that date);
   * `not-yet-valid`: before its `validFrom` (`name` is that date).
   */
  kind: 'holiday' | 'exception' | 'season-end' | 'not-yet-valid';
  name: string;
}

/** Whether a schedule is open at an instant, and since/until when. */
export interface OpeningStatus {
  state: 'open' | 'closed';
  /** When the current state began, if that lies within the 14 days before. */
  since?: Date;
  /** When open: when it closes, merging back-to-back intervals (also across midnight); undefined if open throughout the next 14 days. */
  until?: Date;
  /** When closed: the next opening within 14 days (undefined if none). */
  nextOpen?: Date;
  /**
   * When closed on a day that is normally open: the holiday, exception, or validity limit. Set for
   * the whole of a closed day, and for the hours an exception cuts from a shortened day.
   */
  reason?: ClosedReason;
}

/** One day of a schedule, resolved, with its intervals as wall-clock times and as instants. */
export interface DaySchedule {
  /** `YYYY-MM-DD` in the schedule's zone. */
  date: string;
  /** `'mo'` … `'su'`. */
  day: Day;
  /** Opening intervals in time order; empty when closed. `end` of a `24:00` close is the next midnight. */
  intervals: { opens: string; closes: string; start: Date; end: Date }[];
  closed: boolean;
  /** The holiday (also on a normally-closed day) or the exception note that decided the day. */
  reason?: OpeningStatus['reason'];
  /**
   * The day differs from its regular pattern: an `exceptions` entry applies, or a holiday or the
   * validity limits close a day the weekly pattern (or the season covering it) has open. Days of a
   * season are regular.
   */
  exception: boolean;
}

/** Languages the formatters speak. */
export type HoursLanguage = 'nl' | 'en';
