/**
 * The opening-hours engine: is a location open at an instant, its week, Dutch public holidays,
 * DST-exact conversion between wall time and instants, plain-language texts and schema.org markup.
 * Every function takes the instant it works on; nothing reads the clock.
 */
export type { ClosedReason, DaySchedule, HoursLanguage, OpeningStatus } from './types.js';
export { openingStatus, nextStatusChange, STATUS_WINDOW_DAYS } from './status.js';
export { daySchedule, weekSchedule, upcomingChanges } from './schedule.js';
export {
  dutchPublicHolidays,
  easterSunday,
  type DutchHolidayOptions,
  type HolidayName,
  type HolidayId,
  HOLIDAY_NAMES,
  holidayIdOf,
  type PublicHoliday,
} from './holidays.js';
export { civilDate, civilDateHour, zonedTimeToInstant } from './zone.js';
export {
  formatDate,
  formatDayName,
  formatReason,
  formatStatus,
  formatTime,
  type FormatOptions,
  type HoursTexts,
  type StatusMoment,
  type WeekdayNames,
  type MonthNames,
  HOURS_TEXTS_NL,
  HOURS_TEXTS_EN,
} from './format.js';
export { HOURS_TEXTS_AR } from './texts/ar.js';
export { HOURS_TEXTS_PL } from './texts/pl.js';
export { HOURS_TEXTS_TR } from './texts/tr.js';
export { HOURS_TEXTS_UK } from './texts/uk.js';
export { validateIdoHours, type IdoHoursIssue } from './validate.js';
export { openingHoursJsonLd } from './json-ld.js';
export { idoHours } from './ido-hours.js';
export { periodHours, type PeriodHours } from './period-hours.js';
