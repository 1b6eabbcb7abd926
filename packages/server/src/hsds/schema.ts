/**
 * A JSON Schema (draft-07) for the HSDS 3.0 objects that src/hsds/export.ts emits: what the
 * Open Referral Human Services Data Specification 3.0 requires of them, stated in our own words.
 *
 * Source: the Open Referral specification's object schemas (organization, service, location,
 * address, service_at_location, schedule, phone, contact, language, accessibility,
 * required_document), as published by Open Referral and read in December 2026. Their required
 * fields, types, formats (uuid, date, e-mail, uri) and enumerations are transcribed here; the
 * published files themselves are neither copied nor fetched (the server has no network in
 * tests). It is deliberately stricter than HSDS in one way: no property HSDS does not define
 * (`additionalProperties: false`), so a typo in the exporter fails the test.
 *
 * This is our transcription, not the published schema: check it against a newer HSDS release
 * before relying on it for another version.
 */

const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string' } as const;
const date = { type: 'string', format: 'date' } as const;
const email = { type: 'string', format: 'email' } as const;
const uri = { type: 'string', format: 'uri' } as const;
/** HH:MM or HH:MM:SS, optionally with `Z` or an offset, as HSDS describes its times. */
const clock = {
  type: 'string',
  pattern: '^(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)?$',
} as const;
const list = (ref: string) => ({ type: 'array', items: { $ref: `#/definitions/${ref}` } }) as const;

const object = (
  required: readonly string[],
  properties: Record<string, unknown>,
): Record<string, unknown> => ({
  type: 'object',
  required,
  properties,
  additionalProperties: false,
});

const DAY = '(?:MO|TU|WE|TH|FR|SA|SU)';

/** Each object kind we emit, by its HSDS name. */
export const HSDS_DEFINITIONS = {
  organization: object(['id', 'name', 'description'], {
    id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    email,
    website: uri,
    phones: list('phone'),
    contacts: list('contact'),
  }),
  service: object(['id', 'name', 'status'], {
    id: uuid,
    organization_id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    url: uri,
    email,
    status: { enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
    fees_description: text,
    application_process: text,
    assured_date: date,
    languages: list('language'),
    phones: list('phone'),
    schedules: list('schedule'),
    contacts: list('contact'),
    required_documents: list('required_document'),
  }),
  location: object(['id', 'location_type'], {
    id: uuid,
    location_type: { enum: ['physical', 'postal', 'virtual'] },
    url: uri,
    organization_id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    transportation: text,
    latitude: { type: 'number', minimum: -90, maximum: 90 },
    longitude: { type: 'number', minimum: -180, maximum: 180 },
    addresses: list('address'),
    languages: list('language'),
    accessibility: list('accessibility'),
    phones: list('phone'),
    contacts: list('contact'),
    schedules: list('schedule'),
  }),
  address: object(
    ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    {
      id: uuid,
      location_id: uuid,
      attention: text,
      address_1: text,
      address_2: text,
      city: text,
      region: text,
      state_province: text,
      postal_code: text,
      /** A two-letter ISO 3166-1 country code. */
      country: { type: 'string', pattern: '^[A-Z]{2}$' },
      address_type: { enum: ['physical', 'postal', 'virtual'] },
    },
  ),
  service_at_location: object(['id'], {
    id: uuid,
    service_id: uuid,
    location_id: uuid,
    description: text,
    schedules: list('schedule'),
    phones: list('phone'),
    contacts: list('contact'),
  }),
  schedule: object(['id'], {
    id: uuid,
    service_id: uuid,
    location_id: uuid,
    service_at_location_id: uuid,
    valid_from: date,
    valid_to: date,
    dtstart: date,
    until: date,
    freq: { enum: ['WEEKLY', 'MONTHLY'] },
    interval: { type: 'number', minimum: 1 },
    wkst: { enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
    /** Comma-separated days; with MONTHLY each may carry an occurrence (`2MO`, `-1FR`). */
    byday: { type: 'string', pattern: `^(?:-?\\d{0,2}${DAY})(?:,-?\\d{0,2}${DAY})*$` },
    opens_at: clock,
    closes_at: clock,
    description: text,
    notes: text,
  }),
  phone: object(['id', 'number'], {
    id: uuid,
    location_id: uuid,
    service_id: uuid,
    organization_id: uuid,
    contact_id: uuid,
    service_at_location_id: uuid,
    number: text,
    extension: { type: 'number' },
    type: text,
    description: text,
  }),
  contact: object(['id'], {
    id: uuid,
    organization_id: uuid,
    service_id: uuid,
    service_at_location_id: uuid,
    location_id: uuid,
    name: text,
    title: text,
    department: text,
    email,
  }),
  language: object(['id'], {
    id: uuid,
    service_id: uuid,
    location_id: uuid,
    phone_id: uuid,
    name: text,
    code: text,
    note: text,
  }),
  accessibility: object(['id'], {
    id: uuid,
    location_id: uuid,
    description: text,
    details: text,
    url: uri,
  }),
  required_document: object(['id'], {
    id: uuid,
    service_id: uuid,
    document: text,
    uri,
  }),
} as const;

/** The whole export: the four lists of HSDS objects. */
export const HSDS_EXPORT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://idokit.nl/schemas/hsds-export.json',
  title: 'IDO Kit export in Open Referral HSDS 3.0',
  type: 'object',
  required: ['hsds_version', 'organizations', 'services', 'locations', 'service_at_locations'],
  additionalProperties: false,
  properties: {
    hsds_version: { const: '3.0' },
    organizations: list('organization'),
    services: list('service'),
    locations: list('location'),
    service_at_locations: list('service_at_location'),
  },
  definitions: HSDS_DEFINITIONS,
} as const;
