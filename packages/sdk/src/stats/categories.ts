import type { StatsDimension } from '../schemas/registration.js';
import type { Taxonomy } from '../schemas/taxonomy.js';

/** A category of a statistics dimension with its name in Dutch and English. */
export interface StatsCategory {
  id: string;
  label: { nl: string; en: string };
}

/** The weekdays of `timeOfDay`, Monday first (ISO), with their names. */
export const STATS_WEEKDAYS = [
  { id: 'mon', label: { nl: 'maandag', en: 'Monday' } },
  { id: 'tue', label: { nl: 'dinsdag', en: 'Tuesday' } },
  { id: 'wed', label: { nl: 'woensdag', en: 'Wednesday' } },
  { id: 'thu', label: { nl: 'donderdag', en: 'Thursday' } },
  { id: 'fri', label: { nl: 'vrijdag', en: 'Friday' } },
  { id: 'sat', label: { nl: 'zaterdag', en: 'Saturday' } },
  { id: 'sun', label: { nl: 'zondag', en: 'Sunday' } },
] as const satisfies readonly StatsCategory[];

/**
 * The parts of the day of `timeOfDay`, by the hour of the visit: morning before 12:00,
 * afternoon from 12:00 to 18:00, evening from 18:00.
 */
export const STATS_DAY_PARTS = [
  { id: 'morning', label: { nl: 'ochtend (tot 12 uur)', en: 'morning (before 12:00)' } },
  { id: 'afternoon', label: { nl: 'middag (12 tot 18 uur)', en: 'afternoon (12:00 to 18:00)' } },
  { id: 'evening', label: { nl: 'avond (vanaf 18 uur)', en: 'evening (from 18:00)' } },
] as const satisfies readonly StatsCategory[];

/** The keys of `timeOfDay`: each weekday with each part of the day, `mon-morning` first. */
export const TIMES_OF_DAY: readonly string[] = STATS_WEEKDAYS.flatMap((d) =>
  STATS_DAY_PARTS.map((p) => `${d.id}-${p.id}`),
);

/** Where a visit was registered: at the library, or at an outreach session elsewhere. */
export const STATS_PLACES = [
  { id: 'library', label: { nl: 'In de bibliotheek', en: 'At the library' } },
  {
    id: 'outreach',
    label: { nl: 'Op een spreekuur elders', en: 'At an outreach session elsewhere' },
  },
] as const satisfies readonly StatsCategory[];

/** The categories of `referralWarm`. */
export const STATS_WARMTH = [
  { id: 'warm', label: { nl: 'Warm doorverwezen', en: 'Referred warmly' } },
  { id: 'not-warm', label: { nl: 'Niet warm doorverwezen', en: 'Not referred warmly' } },
] as const satisfies readonly StatsCategory[];

/**
 * The `timeOfDay` key of a visit: its weekday (of `date`, `YYYY-MM-DD`) and the part of the day
 * of its `hour` (0–23), `tue-afternoon`.
 */
export function timeOfDayOf(date: string, hour: number): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const part = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  return `${STATS_WEEKDAYS[weekday]!.id}-${part}`;
}

/**
 * Every category of a dimension in the order to list them, named in Dutch and English: the
 * taxonomy's for the national form's lists and the follow-up questions (`digid:no`, "Heeft de
 * bezoeker een DigiD? Nee"), the partners' names (as given, in both languages)
 * for `referralPartner`, and fixed ones for warmth, time of day and place. The CSV lists each
 * of them (zeros included); the element and the report name published cells by them.
 */
export function statsCategories(
  dimension: StatsDimension,
  taxonomy: Taxonomy,
  partners: readonly { id: string; name: string }[] = [],
): readonly StatsCategory[] {
  switch (dimension) {
    case 'questionType':
      return taxonomy.questionTypes;
    case 'governmentLevel':
      return taxonomy.governmentLevels;
    case 'organisation':
      return taxonomy.organisations;
    case 'theme':
      return taxonomy.themes;
    case 'help':
      return taxonomy.help;
    case 'referralKind':
      return taxonomy.partnerKinds;
    case 'referralWarm':
      return STATS_WARMTH;
    case 'referralPartner':
      return partners.map((p) => ({ id: p.id, label: { nl: p.name, en: p.name } }));
    case 'notHelpedReason':
      return taxonomy.notHelpedReasons;
    case 'followUp':
      return (taxonomy.followUpQuestions ?? []).flatMap((f) =>
        f.answers.map((a) => ({
          id: `${f.id}:${a.id}`,
          label: { nl: `${f.label.nl} ${a.label.nl}`, en: `${f.label.en} ${a.label.en}` },
        })),
      );
    case 'channel':
      return taxonomy.channels;
    case 'timeOfDay':
      return STATS_WEEKDAYS.flatMap((d) =>
        STATS_DAY_PARTS.map((p) => ({
          id: `${d.id}-${p.id}`,
          label: { nl: `${d.label.nl} ${p.label.nl}`, en: `${d.label.en} ${p.label.en}` },
        })),
      );
    case 'place':
      return STATS_PLACES;
  }
}
