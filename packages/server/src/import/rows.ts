import {
  DAYS,
  FeedSchema,
  isIdoPostcodeError,
  LocationSchema,
  parsePostcode,
  PARSE_IN_ENGLISH,
  PartnerSchema,
  type Day,
  type Feed,
  type Location,
  type OpeningHoursInput,
  type Partner,
  type Taxonomy,
} from '@idokit/sdk';
import type * as z from 'zod/mini';
import { ImportError, parseCsv, splitList, type ImportIssue } from './csv.js';

/**
 * The columns of `locations.csv`. Lists (`services`, `languages`, `bring`) are separated by `;`.
 * `description` is for residents, `staff_instructions` for IDO staff only.
 */
export const LOCATION_COLUMNS = {
  required: [
    'id',
    'name',
    'organisation',
    'street',
    'house_number',
    'postcode',
    'city',
    'municipality',
    'lat',
    'lon',
    'library_hours',
  ],
  optional: [
    'description',
    'staff_instructions',
    'bring',
    'phone',
    'email',
    'website',
    'appointment_url',
    'services',
    'languages',
    'ido_hours',
    'phone_hours',
    'accessibility',
    'updated_at',
  ],
} as const;

/**
 * The columns of `partners.csv`. One referral route per row; lists separated by `;`.
 * `description` is for residents; `staff_instructions` and `referral_instructions` for staff only.
 * `other_referrals` holds any further referral routes as a JSON list; `organisation` is the
 * library organisation that keeps the entry, `checked_on` the day it was last checked.
 */
export const PARTNER_COLUMNS = {
  required: [
    'id',
    'name',
    'kind',
    'description',
    'themes',
    'municipalities',
    'referral_method',
    'referral_instructions',
  ],
  optional: [
    'staff_instructions',
    'bring',
    'referral_url',
    'phone',
    'email',
    'website',
    'street',
    'house_number',
    'postcode',
    'city',
    'hours',
    'languages',
    'cost',
    'cost_note',
    'other_referrals',
    'organisation',
    'checked_on',
    'updated_at',
  ],
} as const;

const DAY_RANGE = /^([a-z]{2})(?:\s*-\s*([a-z]{2}))?$/;
const TIME_RANGE = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/;
const pad = (t: string) => t.padStart(5, '0');

/**
 * Reads opening hours written compactly, `mo-fr 10:00-17:00; sa 10:00-12:00, 13:00-16:00`
 * (days `mo tu we th fr sa su`), or as OpeningHours JSON when the cell starts with `{`.
 * @throws Error with a message for the row.
 */
export function parseHoursCell(cell: string): OpeningHoursInput {
  const text = cell.trim();
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text) as OpeningHoursInput;
    } catch {
      throw new Error('Opening hours starting with "{" must be JSON');
    }
  }
  const weekly: { day: Day; opens: string; closes: string }[] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z,\s-]+?)\s+(\d.*)$/i.exec(part);
    if (!match)
      throw new Error(`Cannot read "${part}"; write e.g. "mo-fr 10:00-17:00; sa 10:00-13:00"`);
    const days: Day[] = [];
    for (const group of match[1]!
      .toLowerCase()
      .split(',')
      .map((g) => g.trim())) {
      const range = DAY_RANGE.exec(group);
      const from = DAYS.indexOf(range?.[1] as Day);
      const to = range?.[2] ? DAYS.indexOf(range[2] as Day) : from;
      if (from < 0 || to < 0 || to < from)
        throw new Error(`Unknown day "${group}"; days are ${DAYS.join(', ')} (ranges like mo-fr)`);
      days.push(...DAYS.slice(from, to + 1));
    }
    for (const times of match[2]!.split(',').map((t) => t.trim())) {
      const range = TIME_RANGE.exec(times);
      if (!range) throw new Error(`Cannot read the times "${times}"; write e.g. 10:00-17:00`);
      for (const day of days) weekly.push({ day, opens: pad(range[1]!), closes: pad(range[2]!) });
    }
  }
  return { weekly };
}

const decimal = (cell: string | undefined) =>
  cell === undefined ? undefined : Number(cell.replace(',', '.'));

/** Postcodes as people type them ("3511ab") in the canonical form ("3511 AB"). */
function postcode(cell: string | undefined): string | undefined {
  if (cell === undefined) return undefined;
  try {
    return parsePostcode(cell).formatted;
  } catch (error) {
    if (isIdoPostcodeError(error)) return cell; // the schema reports it with its own message
    throw error;
  }
}

/** Schema paths → the CSV column they come from. */
const LOCATION_PATHS: Record<string, string> = {
  'address.street': 'street',
  'address.houseNumber': 'house_number',
  'address.postcode': 'postcode',
  'address.city': 'city',
  'address.municipality': 'municipality',
  geo: 'lat',
  'geo.lat': 'lat',
  'geo.lon': 'lon',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.website': 'website',
  'contact.appointmentUrl': 'appointment_url',
  'hours.library': 'library_hours',
  'hours.ido': 'ido_hours',
  'hours.phone': 'phone_hours',
  staffInstructions: 'staff_instructions',
  bring: 'bring',
  accessibility: 'accessibility',
  updatedAt: 'updated_at',
};
const PARTNER_PATHS: Record<string, string> = {
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.website': 'website',
  'contact.address.street': 'street',
  'contact.address.houseNumber': 'house_number',
  'contact.address.postcode': 'postcode',
  'contact.address.city': 'city',
  'referral.0.method': 'referral_method',
  'referral.0.instructions': 'referral_instructions',
  'referral.0.url': 'referral_url',
  referral: 'other_referrals',
  organisation: 'organisation',
  checkedOn: 'checked_on',
  hours: 'hours',
  staffInstructions: 'staff_instructions',
  bring: 'bring',
  languages: 'languages',
  'cost.kind': 'cost',
  'cost.note': 'cost_note',
  updatedAt: 'updated_at',
};

function columnOf(path: (string | number | symbol)[], map: Record<string, string>): string {
  const parts = path.map(String);
  for (let n = parts.length; n > 0; n--) {
    const column = map[parts.slice(0, n).join('.')];
    if (column) return column;
  }
  return parts[0] ?? '';
}

function issuesOf(
  error: z.core.$ZodError,
  row: number,
  map: Record<string, string>,
): ImportIssue[] {
  return error.issues.map((issue) => ({
    row,
    column: columnOf(issue.path, map),
    message: issue.message,
  }));
}

function validateRows<T extends { id: string }>(
  table: { rows: { row: number; values: Record<string, string> }[] },
  build: (v: Record<string, string>) => unknown,
  schema: z.ZodMiniType<T>,
  paths: Record<string, string>,
  extra?: (item: T, row: number) => ImportIssue[],
): T[] {
  const issues: ImportIssue[] = [];
  const items: T[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, values } of table.rows) {
    let input: unknown;
    try {
      input = build(values);
    } catch (error) {
      issues.push({ row, message: (error as Error).message });
      continue;
    }
    const result = schema.safeParse(input, PARSE_IN_ENGLISH);
    if (!result.success) {
      issues.push(...issuesOf(result.error, row, paths));
      continue;
    }
    const first = firstRowOf.get(result.data.id);
    if (first !== undefined) {
      issues.push({
        row,
        column: 'id',
        message: `The id "${result.data.id}" is also on row ${first}`,
      });
      continue;
    }
    firstRowOf.set(result.data.id, row);
    issues.push(...(extra?.(result.data, row) ?? []));
    items.push(result.data);
  }
  if (table.rows.length === 0) issues.push({ message: 'The file has a header but no rows' });
  if (issues.length) throw new ImportError(issues);
  return items;
}

/** How a coordinator's import reads a file (issue 21). */
export interface CsvReadOptions {
  /** Fills an empty `organisation` cell: a coordinator imports its own organisation's rows. */
  organisation?: string;
}

/**
 * Reads and validates `locations.csv`, every row; all or nothing.
 * @throws ImportError listing each problem with its row.
 */
export function locationsFromCsv(text: string, at: Date, options: CsvReadOptions = {}): Location[] {
  const table = parseCsv(text, LOCATION_COLUMNS);
  return validateRows(
    table,
    (v) => {
      const hours = (column: string) => {
        try {
          return parseHoursCell(v[column]!);
        } catch (error) {
          throw new Error(`${column}: ${(error as Error).message}`, { cause: error });
        }
      };
      return {
        id: v.id,
        name: v.name,
        organisation: v.organisation ?? options.organisation,
        ...(v.description ? { description: v.description } : {}),
        ...(v.staff_instructions ? { staffInstructions: v.staff_instructions } : {}),
        ...(v.bring ? { bring: splitList(v.bring) } : {}),
        ...(v.accessibility ? { accessibility: v.accessibility } : {}),
        address: {
          street: v.street,
          houseNumber: v.house_number,
          postcode: postcode(v.postcode),
          city: v.city,
          municipality: v.municipality,
        },
        geo: { lat: decimal(v.lat), lon: decimal(v.lon) },
        contact: {
          ...(v.phone ? { phone: v.phone } : {}),
          ...(v.email ? { email: v.email } : {}),
          ...(v.website ? { website: v.website } : {}),
          ...(v.appointment_url ? { appointmentUrl: v.appointment_url } : {}),
        },
        hours: {
          library: v.library_hours ? hours('library_hours') : undefined,
          ...(v.ido_hours ? { ido: hours('ido_hours') } : {}),
          ...(v.phone_hours ? { phone: hours('phone_hours') } : {}),
        },
        services: splitList(v.services),
        languages: v.languages ? splitList(v.languages) : ['nl'],
        updatedAt: v.updated_at ?? at.toISOString(),
      };
    },
    LocationSchema,
    LOCATION_PATHS,
  );
}

/**
 * Reads and validates `partners.csv`, every row; all or nothing. Themes must be in the taxonomy.
 * @throws ImportError listing each problem with its row.
 */
export function partnersFromCsv(
  text: string,
  taxonomy: Taxonomy,
  at: Date,
  options: CsvReadOptions = {},
): Partner[] {
  const table = parseCsv(text, PARTNER_COLUMNS);
  const themes = new Set(taxonomy.themes.map((t) => t.id));
  return validateRows(
    table,
    (v) => ({
      id: v.id,
      name: v.name,
      kind: v.kind,
      description: v.description,
      ...(v.staff_instructions ? { staffInstructions: v.staff_instructions } : {}),
      // A cell with only separators gives an empty list: the schema then says to leave it out.
      ...(v.bring ? { bring: splitList(v.bring) } : {}),
      themes: splitList(v.themes),
      municipalities: splitList(v.municipalities),
      contact: {
        ...(v.phone ? { phone: v.phone } : {}),
        ...(v.email ? { email: v.email } : {}),
        ...(v.website ? { website: v.website } : {}),
        ...(v.street || v.house_number || v.postcode || v.city
          ? {
              address: {
                street: v.street,
                houseNumber: v.house_number,
                postcode: postcode(v.postcode),
                city: v.city,
              },
            }
          : {}),
      },
      ...(v.hours ? { hours: parseHoursCell(v.hours) } : {}),
      // Empty cells mean "not known": the partner list then says nothing rather than guess.
      ...(v.languages ? { languages: splitList(v.languages) } : {}),
      ...(v.cost || v.cost_note
        ? { cost: { kind: v.cost, ...(v.cost_note ? { note: v.cost_note } : {}) } }
        : {}),
      referral: [
        {
          method: v.referral_method,
          instructions: v.referral_instructions,
          ...(v.referral_url ? { url: v.referral_url } : {}),
        },
        ...otherReferrals(v.other_referrals),
      ],
      ...(v.organisation || options.organisation
        ? { organisation: v.organisation ?? options.organisation }
        : {}),
      ...(v.checked_on ? { checkedOn: v.checked_on } : {}),
      updatedAt: v.updated_at ?? at.toISOString(),
    }),
    PartnerSchema,
    PARTNER_PATHS,
    (partner, row) =>
      partner.themes
        .filter((t) => !themes.has(t))
        .map((t) => ({
          row,
          column: 'themes',
          message: `Unknown theme "${t}"; the taxonomy has: ${[...themes].join(', ')}`,
        })),
  );
}

/** The `other_referrals` cell: a JSON list of further referral routes. */
function otherReferrals(cell: string | undefined): unknown[] {
  if (cell === undefined) return [];
  let list: unknown;
  try {
    list = JSON.parse(cell);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list))
    throw new Error(
      'other_referrals: must be a JSON list such as [{"method":"by-phone","instructions":"…"}]',
    );
  return list;
}

/**
 * Reads and validates a whole feed.
 * @throws ImportError listing each problem with its JSON path.
 */
export function feedFromJson(text: string): Feed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError([{ message: `Not valid JSON: ${(error as Error).message}` }]);
  }
  const result = FeedSchema.safeParse(json, PARSE_IN_ENGLISH);
  if (!result.success)
    throw new ImportError(
      result.error.issues.map((i) => ({
        column: i.path.map(String).join('.'),
        message: i.message,
      })),
    );
  return result.data;
}
