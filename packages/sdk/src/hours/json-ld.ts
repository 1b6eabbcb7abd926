import type { Location } from '../schemas/location.js';
import { DAYS, type Day } from '../schemas/days.js';
import type { OpeningHours, WeeklyInterval } from '../schemas/opening-hours.js';
import { DayCache } from './resolve.js';
import { localEpochDay } from './zone.js';
import { idoHours } from './ido-hours.js';

/**
 * schema.org markup for a location page, so search engines can show whether the IDO is open.
 *
 * Shape: a `Library` (a LocalBusiness and a Place, which search engines show with its hours) for
 * the branch, named after the library organisation, with the library's hours; inside it one
 * `department` — the IDO desk, a `LocalBusiness` named after the location, with the IDO hours (the
 * library's when it has none). `department` is how a desk inside a place gets its own hours in a
 * search result; a `GovernmentService` could carry hours only through `hoursAvailable`, which
 * search engines do not show, and it is not a place with an address.
 */

const SCHEMA_DAY: Record<Day, string> = {
  mo: 'https://schema.org/Monday',
  tu: 'https://schema.org/Tuesday',
  we: 'https://schema.org/Wednesday',
  th: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
};

/** How far ahead exceptions and holidays are listed as special opening hours. */
const SPECIAL_WINDOW_DAYS = 366;

/** `HH:MM:SS`; `24:00` becomes `23:59:59`, the form search engines read as "until midnight". */
function schemaTime(time: string): string {
  return time === '24:00' ? '23:59:59' : `${time}:00`;
}

interface Spec {
  '@type': 'OpeningHoursSpecification';
  name?: string;
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

/** Weekly intervals grouped by identical times: one spec lists every weekday with those times. */
function weeklySpecs(
  weekly: readonly WeeklyInterval[],
  validity: {
    validFrom?: string | undefined;
    validThrough?: string | undefined;
    name?: string | undefined;
  },
): Spec[] {
  const byTimes = new Map<string, Spec>();
  const sorted = [...weekly].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.opens.localeCompare(b.opens),
  );
  for (const w of sorted) {
    const key = `${w.opens}-${w.closes}`;
    let spec = byTimes.get(key);
    if (!spec) {
      spec = {
        '@type': 'OpeningHoursSpecification',
        ...(validity.name ? { name: validity.name } : {}),
        dayOfWeek: [],
        opens: schemaTime(w.opens),
        closes: schemaTime(w.closes),
        ...(validity.validFrom ? { validFrom: validity.validFrom } : {}),
        ...(validity.validThrough ? { validThrough: validity.validThrough } : {}),
      };
      byTimes.set(key, spec);
    }
    if (!spec.dayOfWeek!.includes(SCHEMA_DAY[w.day])) spec.dayOfWeek!.push(SCHEMA_DAY[w.day]);
  }
  return [...byTimes.values()];
}

function regularSpecs(hours: OpeningHours): Spec[] {
  return [
    ...weeklySpecs(hours.weekly, { validFrom: hours.validFrom, validThrough: hours.validThrough }),
    ...(hours.seasons ?? []).flatMap((s) => weeklySpecs(s.weekly, s)),
  ];
}

/** Exceptions and holidays that change a normally-open day, from `at`'s date for a year. */
function specialSpecs(hours: OpeningHours, at: Date): Spec[] {
  const cache = new DayCache(hours);
  const first = localEpochDay(at.getTime(), cache.zone);
  const specs: Spec[] = [];
  for (let d = first; d < first + SPECIAL_WINDOW_DAYS; d++) {
    const day = cache.day(d);
    if (!day.exception) continue;
    const common = {
      '@type': 'OpeningHoursSpecification' as const,
      ...(day.reason?.name && (day.reason.kind === 'holiday' || day.reason.kind === 'exception')
        ? { name: day.reason.name }
        : {}),
    };
    const dated = { validFrom: day.date, validThrough: day.date };
    if (day.intervals.length === 0) {
      specs.push({ ...common, opens: '00:00:00', closes: '00:00:00', ...dated });
    } else {
      for (const i of day.intervals) {
        specs.push({
          ...common,
          opens: schemaTime(i.opens),
          closes: schemaTime(i.closes),
          ...dated,
        });
      }
    }
  }
  return specs;
}

function hoursProperties(hours: OpeningHours, at: Date): Record<string, unknown> {
  const special = specialSpecs(hours, at);
  return {
    openingHoursSpecification: regularSpecs(hours),
    ...(special.length > 0 ? { specialOpeningHoursSpecification: special } : {}),
  };
}

/**
 * JSON-LD (schema.org) for a location: a `Library` with address (`PostalAddress`), `geo`
 * (`GeoCoordinates`), telephone, e-mail, url and `openingHoursSpecification` (dayOfWeek as
 * `https://schema.org/Monday` …, opens/closes `HH:MM:SS`; seasons and limited validity carry
 * validFrom/validThrough), plus `specialOpeningHoursSpecification` for the exceptions and public
 * holidays of the coming year that change a normally-open day (a closed day as
 * opens = closes = `00:00:00`). The IDO desk is its `department`, with the IDO hours.
 * Serialise with `JSON.stringify` into `<script type="application/ld+json">`.
 *
 * @param at Start of the year of special hours listed; defaults to the location's `updatedAt`.
 */
export function openingHoursJsonLd(location: Location, at?: Date): object {
  const when = at ?? new Date(location.updatedAt);
  const { address, geo, contact } = location;
  const reach = {
    ...(contact.phone ? { telephone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
  const place = {
    address: {
      '@type': 'PostalAddress',
      streetAddress: `${address.street} ${address.houseNumber}`,
      postalCode: address.postcode,
      addressLocality: address.city,
      addressCountry: 'NL',
    },
    geo: { '@type': 'GeoCoordinates', latitude: geo.lat, longitude: geo.lon },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Library',
    name: location.organisation,
    ...place,
    ...reach,
    ...(contact.website ? { url: contact.website } : {}),
    ...hoursProperties(location.hours.library, when),
    department: {
      '@type': 'LocalBusiness',
      name: location.name,
      ...place,
      ...(location.description ? { description: location.description } : {}),
      ...reach,
      ...(contact.appointmentUrl ? { url: contact.appointmentUrl } : {}),
      ...(location.languages.length > 0 ? { knowsLanguage: location.languages } : {}),
      ...hoursProperties(idoHours(location).hours, when),
    },
  };
}
