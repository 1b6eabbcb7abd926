// Builders shared by the hours tests (not part of the package: excluded from the build).
import {
  OpeningHoursSchema,
  type OpeningHours,
  type OpeningHoursInput,
  type WeeklyInterval,
} from '../schemas/opening-hours.js';

/** Parsed opening hours from a partial input (defaults applied, validated). */
export const hours = (input: Partial<OpeningHoursInput>): OpeningHours =>
  OpeningHoursSchema.parse({ weekly: [], ...input });

/** The same interval on several weekdays. */
export const days = (
  list: WeeklyInterval['day'][],
  opens: string,
  closes: string,
): WeeklyInterval[] => list.map((day) => ({ day, opens, closes }));
