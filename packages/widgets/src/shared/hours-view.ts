import {
  idoHours,
  nextStatusChange,
  openingHoursJsonLd,
  upcomingChanges,
  zonedTimeToInstant,
  type DaySchedule,
  type Location,
  type OpeningHours,
} from '@idokit/sdk';

/**
 * What <ido-opening-hours> shows, prepared from a location without any DOM: which schedules,
 * which changed days, when the display next changes, dates as people read them. The hours
 * themselves (status, week, holidays, DST) come from the SDK; this module only arranges them.
 */

/** Which hours to show: the library's, the IDO's, or both. */
export type HoursShow = 'library' | 'ido' | 'both';

/** The `show` values, for attribute parsing. */
export const HOURS_SHOW: readonly HoursShow[] = ['library', 'ido', 'both'];

/** One schedule the element shows. */
export interface ShownSchedule {
  kind: 'library' | 'ido';
  hours: OpeningHours;
  /** IDO hours that are really the library's: the location has no separate IDO hours. */
  borrowed: boolean;
}

/** The location's zone: that of its library hours (the schema defaults it to Europe/Amsterdam). */
export function zoneOf(location: Location): string {
  return location.hours.library.timeZone;
}

/**
 * The schedules to show, the one that decides the element's status first: the IDO's hours
 * (they are what a resident comes for), then the library's. A location without IDO hours has
 * its IDO open whenever the library is, so `both` shows the library's hours once.
 */
export function shownSchedules(location: Location, show: HoursShow): ShownSchedule[] {
  const library: ShownSchedule = {
    kind: 'library',
    hours: location.hours.library,
    borrowed: false,
  };
  const help = idoHours(location);
  const ido: ShownSchedule = { kind: 'ido', hours: help.hours, borrowed: help.kind === 'library' };
  if (show === 'library') return [library];
  if (show === 'ido') return [ido];
  return ido.borrowed ? [library] : [ido, library];
}

/** One day in the coming weeks that differs from the usual week, per shown schedule. */
export interface ChangedDay {
  /** `YYYY-MM-DD` in the location's zone. */
  date: string;
  entries: { schedule: ShownSchedule; day: DaySchedule }[];
  /** Every shown schedule changes the same way (e.g. all closed for Kerstdag): say it once. */
  same: boolean;
}

/** Same hours and same reason. */
function sameDay(a: DaySchedule, b: DaySchedule): boolean {
  const hours = (d: DaySchedule) => d.intervals.map((i) => `${i.opens}-${i.closes}`).join(',');
  return (
    hours(a) === hours(b) && a.reason?.kind === b.reason?.kind && a.reason?.name === b.reason?.name
  );
}

/** Holidays and exceptions of the shown schedules in the `days` from `at` (today included), by date. */
export function changedDays(
  schedules: readonly ShownSchedule[],
  at: Date,
  days = 14,
): ChangedDay[] {
  const byDate = new Map<string, ChangedDay>();
  for (const schedule of schedules) {
    for (const day of upcomingChanges(schedule.hours, at, days)) {
      let entry = byDate.get(day.date);
      if (!entry) byDate.set(day.date, (entry = { date: day.date, entries: [], same: false }));
      entry.entries.push({ schedule, day });
    }
  }
  for (const entry of byDate.values()) {
    entry.same =
      entry.entries.length === schedules.length &&
      entry.entries.every(({ day }) => sameDay(day, entry.entries[0]!.day));
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The next instant at which anything shown changes: a status of one of the schedules, or the
 * location's midnight (the "today" row moves, "morgen" becomes "vandaag").
 */
export function nextDisplayChange(
  schedules: readonly ShownSchedule[],
  at: Date,
  today: string,
  zone: string,
): Date {
  let next = zonedTimeToInstant(today, '24:00', zone).getTime();
  for (const { hours } of schedules) {
    const change = nextStatusChange(hours, at)?.getTime();
    if (change !== undefined && change < next) next = change;
  }
  return new Date(next);
}

/** Upper-cases the first letter, for a weekday or date that starts a label ("Maandag"). */
export function capitalise(text: string, locale: string): string {
  try {
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  } catch {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

/**
 * A valid HTML time string for a wall-clock time: `24:00` (closing at midnight) is the next
 * day's `00:00`, since HTML times stop at 23:59.
 */
export function htmlTime(time: string): string {
  return time === '24:00' ? '00:00' : time;
}

/**
 * The schema.org JSON-LD of a location as the text of a `<script type="application/ld+json">`.
 * `<` is escaped as `\u003c` (still the same JSON) so that a name containing `</script>` cannot
 * end the script if the page is ever serialised to HTML (prerendering, a CMS saving the DOM).
 */
export function jsonLdText(location: Location, at: Date): string {
  return JSON.stringify(openingHoursJsonLd(location, at)).replace(/</g, '\\u003c');
}
