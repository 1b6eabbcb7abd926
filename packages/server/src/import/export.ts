import { isDeepStrictEqual } from 'node:util';
import {
  DAYS,
  OpeningHoursSchema,
  type Location,
  type OpeningHours,
  type Partner,
} from '@idokit/sdk';
import { LOCATION_COLUMNS, PARTNER_COLUMNS, parseHoursCell } from './rows.js';

/**
 * Writes locations and partners as CSV in exactly the columns `idokit-server import` reads
 * (rows.ts), so an exported file can be edited in a spreadsheet and imported again: the export
 * of the coordinator's API (issue 21). What the compact cells cannot say (seasons, exceptions,
 * another time zone) goes into the cell as JSON, which the importer also reads.
 */

/** A cell, quoted when the importer would otherwise split or trim it. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const list = (items: readonly string[] | undefined) => (items?.length ? items.join('; ') : '');

/**
 * Opening hours as a cell: `mo 10:00-17:00; tu 10:00-12:00, 13:00-17:00` when that reads back
 * to the same schedule, else the schedule as JSON.
 */
export function hoursCell(hours: OpeningHours | undefined): string | undefined {
  if (!hours) return undefined;
  const parts: string[] = [];
  for (const day of DAYS) {
    const times = hours.weekly.filter((w) => w.day === day).map((w) => `${w.opens}-${w.closes}`);
    if (times.length) parts.push(`${day} ${times.join(', ')}`);
  }
  const compact = parts.join('; ');
  const reread = OpeningHoursSchema.safeParse(parseHoursCell(compact));
  return reread.success && isDeepStrictEqual(reread.data, hours) ? compact : JSON.stringify(hours);
}

function toCsv(
  columns: { required: readonly string[]; optional: readonly string[] },
  rows: Record<string, string | number | undefined>[],
): string {
  const header = [...columns.required, ...columns.optional];
  const lines = [header.join(',')];
  for (const row of rows) lines.push(header.map((name) => cell(row[name])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** `locations.csv`, one row per location. */
export function locationsToCsv(locations: readonly Location[]): string {
  return toCsv(
    LOCATION_COLUMNS,
    locations.map((l) => ({
      id: l.id,
      name: l.name,
      organisation: l.organisation,
      street: l.address.street,
      house_number: l.address.houseNumber,
      postcode: l.address.postcode,
      city: l.address.city,
      municipality: l.address.municipality,
      lat: l.geo.lat,
      lon: l.geo.lon,
      library_hours: hoursCell(l.hours.library),
      description: l.description,
      staff_instructions: l.staffInstructions,
      bring: list(l.bring),
      phone: l.contact.phone,
      email: l.contact.email,
      website: l.contact.website,
      appointment_url: l.contact.appointmentUrl,
      services: list(l.services),
      languages: list(l.languages),
      ido_hours: hoursCell(l.hours.ido),
      phone_hours: hoursCell(l.hours.phone),
      accessibility: l.accessibility,
      updated_at: l.updatedAt,
    })),
  );
}

/** `partners.csv`, one row per partner (the first referral route in its columns). */
export function partnersToCsv(partners: readonly Partner[]): string {
  return toCsv(
    PARTNER_COLUMNS,
    partners.map((p) => {
      const [first, ...others] = p.referral;
      return {
        id: p.id,
        name: p.name,
        kind: p.kind,
        description: p.description,
        themes: list(p.themes),
        municipalities: list(p.municipalities),
        referral_method: first?.method,
        referral_instructions: first?.instructions,
        staff_instructions: p.staffInstructions,
        bring: list(p.bring),
        referral_url: first?.url,
        phone: p.contact.phone,
        email: p.contact.email,
        website: p.contact.website,
        street: p.contact.address?.street,
        house_number: p.contact.address?.houseNumber,
        postcode: p.contact.address?.postcode,
        city: p.contact.address?.city,
        hours: hoursCell(p.hours),
        languages: list(p.languages),
        cost: p.cost?.kind,
        cost_note: p.cost?.note,
        other_referrals: others.length ? JSON.stringify(others) : undefined,
        organisation: p.organisation,
        checked_on: p.checkedOn,
        updated_at: p.updatedAt,
      };
    }),
  );
}
