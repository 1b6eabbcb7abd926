import {
  DAYS,
  OpeningHoursSchema,
  type Day,
  type Location,
  type LocationEdit,
  type OpeningHoursInput,
} from '@idokit/sdk';

// The location being edited, as plain data the form changes step by step, and the pure helpers
// the editor uses (no DOM, no requests).

/** One time interval as typed (`HH:MM`, possibly unfinished). */
export interface Interval {
  opens: string;
  closes: string;
}

/** A week as a grid: seven days with zero or more intervals each. */
export type WeekGrid = Record<Day, Interval[]>;

/** A day that differs: closed, or its own intervals; a reason residents see. */
export interface ExceptionDraft {
  date: string;
  closed: boolean;
  intervals: Interval[];
  note: string;
}

/** A season with its own week. */
export interface SeasonDraft {
  name: string;
  validFrom: string;
  validThrough: string;
  week: WeekGrid;
}

/** One schedule (library, IDO or phone hours) as the form edits it. */
export interface ScheduleDraft {
  /** The optional schedules (IDO, phone) are switched off when absent. */
  on: boolean;
  week: WeekGrid;
  exceptions: ExceptionDraft[];
  seasons: SeasonDraft[];
  closedOnPublicHolidays: boolean;
  /** What the form does not edit but must keep (time zone, Good Friday, validity…). */
  rest: Omit<OpeningHoursInput, 'weekly' | 'exceptions' | 'seasons' | 'closedOnPublicHolidays'>;
}

export type ScheduleKind = 'library' | 'ido' | 'phone';

/** The whole location as the form edits it; text fields as typed. */
export interface LocationDraft {
  id: string;
  name: string;
  organisation: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  municipality: string;
  lat: string;
  lon: string;
  description: string;
  staffInstructions: string;
  /** One item per line. */
  bring: string;
  accessibility: string;
  services: string[];
  languages: string[];
  phone: string;
  email: string;
  website: string;
  appointmentUrl: string;
  hours: Record<ScheduleKind, ScheduleDraft>;
}

export function emptyWeek(): WeekGrid {
  return { mo: [], tu: [], we: [], th: [], fr: [], sa: [], su: [] };
}

function toWeek(weekly: readonly { day: Day; opens: string; closes: string }[]): WeekGrid {
  const week = emptyWeek();
  for (const i of weekly) week[i.day].push({ opens: i.opens, closes: i.closes });
  for (const day of DAYS) week[day].sort((a, b) => a.opens.localeCompare(b.opens));
  return week;
}

function fromWeek(week: WeekGrid): { day: Day; opens: string; closes: string }[] {
  return DAYS.flatMap((day) => week[day].map((i) => ({ day, opens: i.opens, closes: i.closes })));
}

/** The editor's draft of a schedule (`on` when there is one). Partners' hours use it too. */
export function toSchedule(hours: OpeningHoursInput | undefined): ScheduleDraft {
  const {
    weekly = [],
    exceptions = [],
    seasons = [],
    closedOnPublicHolidays = true,
    ...rest
  } = hours ?? { weekly: [] };
  return {
    on: !!hours,
    week: toWeek(weekly),
    exceptions: exceptions.map((e) => ({
      date: e.date,
      closed: 'closed' in e,
      intervals: 'intervals' in e ? e.intervals.map((i) => ({ ...i })) : [],
      note: e.note ?? '',
    })),
    seasons: seasons.map((s) => ({
      name: s.name ?? '',
      validFrom: s.validFrom,
      validThrough: s.validThrough,
      week: toWeek(s.weekly),
    })),
    closedOnPublicHolidays,
    rest,
  };
}

/** The schedule a draft describes. */
export function fromSchedule(s: ScheduleDraft): OpeningHoursInput {
  return {
    ...s.rest,
    weekly: fromWeek(s.week),
    exceptions: s.exceptions.map((e) => {
      const note = e.note.trim();
      return e.closed
        ? { date: e.date, closed: true as const, ...(note ? { note } : {}) }
        : {
            date: e.date,
            intervals: e.intervals.map((i) => ({ ...i })),
            ...(note ? { note } : {}),
          };
    }),
    seasons: s.seasons.map((season) => ({
      ...(season.name.trim() ? { name: season.name.trim() } : {}),
      validFrom: season.validFrom,
      validThrough: season.validThrough,
      weekly: fromWeek(season.week),
    })),
    closedOnPublicHolidays: s.closedOnPublicHolidays,
  };
}

/** The form's draft of a saved location. */
export function toDraft(location: Location): LocationDraft {
  return {
    id: location.id,
    name: location.name,
    organisation: location.organisation,
    street: location.address.street,
    houseNumber: location.address.houseNumber,
    postcode: location.address.postcode,
    city: location.address.city,
    municipality: location.address.municipality,
    lat: String(location.geo.lat),
    lon: String(location.geo.lon),
    description: location.description ?? '',
    staffInstructions: location.staffInstructions ?? '',
    bring: (location.bring ?? []).join('\n'),
    accessibility: location.accessibility ?? '',
    services: [...location.services],
    languages: [...location.languages],
    phone: location.contact.phone ?? '',
    email: location.contact.email ?? '',
    website: location.contact.website ?? '',
    appointmentUrl: location.contact.appointmentUrl ?? '',
    hours: {
      library: toSchedule(location.hours.library),
      ido: toSchedule(location.hours.ido),
      phone: toSchedule(location.hours.phone),
    },
  };
}

/** A new location of the organisation: weekdays 10–17 as a start, Dutch spoken. */
export function newDraft(organisation: string): LocationDraft {
  const library = toSchedule({ weekly: [] });
  library.on = true;
  for (const day of ['mo', 'tu', 'we', 'th', 'fr'] as const)
    library.week[day] = [{ opens: '10:00', closes: '17:00' }];
  return {
    id: '',
    name: '',
    organisation,
    street: '',
    houseNumber: '',
    postcode: '',
    city: '',
    municipality: '',
    lat: '',
    lon: '',
    description: '',
    staffInstructions: '',
    bring: '',
    accessibility: '',
    services: ['walk-in'],
    languages: ['nl'],
    phone: '',
    email: '',
    website: '',
    appointmentUrl: '',
    hours: { library, ido: toSchedule(undefined), phone: toSchedule(undefined) },
  };
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);
const number = (value: string) => {
  const n = Number(value.replace(',', '.'));
  return value.trim() && Number.isFinite(n) ? n : Number.NaN;
};

/** The document to send (`PUT`): what the server validates; empty optional fields left out. */
export function toEdit(draft: LocationDraft): LocationEdit {
  const bring = draft.bring
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const contact = {
    phone: optional(draft.phone),
    email: optional(draft.email),
    website: optional(draft.website),
    appointmentUrl: optional(draft.appointmentUrl),
  };
  const edit: LocationEdit = {
    id: draft.id.trim(),
    name: draft.name.trim(),
    organisation: draft.organisation,
    address: {
      street: draft.street.trim(),
      houseNumber: draft.houseNumber.trim(),
      postcode: draft.postcode.trim(),
      city: draft.city.trim(),
      municipality: draft.municipality.trim(),
    },
    geo: { lat: number(draft.lat), lon: number(draft.lon) },
    contact: Object.fromEntries(
      Object.entries(contact).filter(([, v]) => v !== undefined),
    ) as LocationEdit['contact'],
    hours: {
      library: fromSchedule(draft.hours.library),
      ...(draft.hours.ido.on ? { ido: fromSchedule(draft.hours.ido) } : {}),
      ...(draft.hours.phone.on ? { phone: fromSchedule(draft.hours.phone) } : {}),
    },
    services: [...draft.services] as LocationEdit['services'],
    languages: [...draft.languages],
  };
  const description = optional(draft.description);
  const staff = optional(draft.staffInstructions);
  const accessibility = optional(draft.accessibility);
  if (description) edit.description = description;
  if (staff) edit.staffInstructions = staff;
  if (accessibility) edit.accessibility = accessibility;
  if (bring.length) edit.bring = bring;
  return edit;
}

/**
 * The draft as residents would see it, for the preview: the saved location with the draft's
 * schedules where they are valid. `stale` is true when some schedule could not be used yet (a
 * half-typed time), so the preview says it shows the last correct version.
 */
export function previewLocation(
  saved: Location | undefined,
  draft: LocationDraft,
  last: Location | undefined,
): { location: Location | undefined; stale: boolean } {
  const base = last ?? saved;
  const edit = toEdit(draft);
  const parsed = {
    library: OpeningHoursSchema.safeParse(edit.hours.library),
    ido: edit.hours.ido ? OpeningHoursSchema.safeParse(edit.hours.ido) : undefined,
    phone: edit.hours.phone ? OpeningHoursSchema.safeParse(edit.hours.phone) : undefined,
  };
  const ok =
    parsed.library.success && (parsed.ido?.success ?? true) && (parsed.phone?.success ?? true);
  if (!ok) return { location: base, stale: true };
  const hours: Location['hours'] = { library: parsed.library.data! };
  if (parsed.ido?.data) hours.ido = parsed.ido.data;
  if (parsed.phone?.data) hours.phone = parsed.phone.data;
  const location = {
    ...(base ?? asLocation(edit)),
    name: edit.name || base?.name || '',
    hours,
  } as Location;
  return { location, stale: false };
}

/** A location object for a new draft's preview (only the hours and name are shown). */
function asLocation(edit: LocationEdit): Location {
  return {
    ...(edit as unknown as Location),
    updatedAt: new Date(0).toISOString(),
  };
}

/**
 * A slug for a new document's id from its name (a location, a partner, an outreach session):
 * `IDO Utrecht Centrum` → `ido-utrecht-centrum`, at most 80 characters like `SlugSchema`.
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Copies Monday's intervals to Tuesday through Friday. */
export function sameAsMonday(week: WeekGrid): WeekGrid {
  const monday = week.mo.map((i) => ({ ...i }));
  return {
    ...week,
    tu: monday.map((i) => ({ ...i })),
    we: monday.map((i) => ({ ...i })),
    th: monday.map((i) => ({ ...i })),
    fr: monday.map((i) => ({ ...i })),
  };
}
