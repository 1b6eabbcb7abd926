import { createHash } from 'node:crypto';
import {
  DAYS,
  type Day,
  type Location,
  type OpeningHours,
  type Partner,
  type PartnerCostKind,
} from '@idokit/sdk';

/**
 * One library organisation's IDO data in the Open Referral Human Services Data Specification
 * (HSDS) 3.0, the open standard for directories of social services (issue 21), so a social-map
 * product can read it:
 *
 * - `organizations`: the library organisation, and each of its partners;
 * - `services`: the IDO service at each location, and each partner's service;
 * - `locations`: each IDO location (and each partner's address), with its physical address
 *   (country `NL`), coordinates, accessibility, languages, phone and library hours;
 * - `service_at_locations`: the IDO service at its location, with the IDO consultation hours.
 *
 * The objects refer to each other by id (`organization_id`, `service_id`, `location_id`), as in
 * HSDS's tabular form. HSDS ids are UUIDs; ours are derived (UUID v5) from our slugs, so the
 * same data always exports to the same document. Only public data: never staff instructions,
 * referral instructions for staff, or anything about a person.
 */

/** Our namespace for UUID v5 (RFC 9562): fixed, so ids stay the same from export to export. */
const NAMESPACE = '2f6a3c1e-8d4b-5f7a-9c2e-4b1d6e8a0f35';

/** A name-based UUID (version 5, SHA-1) in our namespace. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** HSDS objects, as we emit them (src/hsds/schema.ts states their constraints). */
export type HsdsObject = Record<string, unknown> & { id: string };

/** The export: HSDS objects by kind. */
export interface HsdsExport {
  /** Which HSDS version the objects follow. */
  hsds_version: '3.0';
  organizations: HsdsObject[];
  services: HsdsObject[];
  locations: HsdsObject[];
  service_at_locations: HsdsObject[];
}

const BYDAY: Record<Day, string> = {
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
};

const DAY_NAMES: Record<Day, string> = {
  mo: 'ma',
  tu: 'di',
  we: 'wo',
  th: 'do',
  fr: 'vr',
  sa: 'za',
  su: 'zo',
};

/** `10:00` → `10:00:00`; HSDS times have no 24:00, so the end of the day is its last second. */
const time = (hhmm: string) => (hhmm === '24:00' ? '23:59:59' : `${hhmm}:00`);

/** Where a schedule belongs: a location, a service, or a service at a location. */
type ScheduleOwner = Partial<
  Record<'location_id' | 'service_id' | 'service_at_location_id', string>
>;

/** Weekly intervals as HSDS schedules: one per opening and closing time, with the days it holds. */
function weeklySchedules(
  weekly: OpeningHours['weekly'],
  base: { key: string; owner: ScheduleOwner; description: string; valid?: [string, string?] },
): HsdsObject[] {
  const groups = new Map<string, { opens: string; closes: string; days: Day[] }>();
  for (const interval of [...weekly].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.opens.localeCompare(b.opens),
  )) {
    const key = `${interval.opens}-${interval.closes}`;
    const group = groups.get(key) ?? { opens: interval.opens, closes: interval.closes, days: [] };
    if (!group.days.includes(interval.day)) group.days.push(interval.day);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    id: uuidV5(`${base.key}:${g.opens}-${g.closes}`),
    ...base.owner,
    freq: 'WEEKLY',
    interval: 1,
    wkst: 'MO',
    byday: g.days.map((d) => BYDAY[d]).join(','),
    opens_at: time(g.opens),
    closes_at: time(g.closes),
    ...(base.valid?.[0] ? { valid_from: base.valid[0] } : {}),
    ...(base.valid?.[1] ? { valid_to: base.valid[1] } : {}),
    description: `${base.description}: ${g.days.map((d) => DAY_NAMES[d]).join(', ')} ${g.opens}–${g.closes} (Nederlandse tijd)`,
  }));
}

/**
 * A schedule as HSDS schedules: the weekly pattern, each season (its own dates), and each day
 * that differs (a one-day schedule; closures are named in the notes of the weekly pattern).
 */
export function schedulesOf(
  hours: OpeningHours,
  key: string,
  owner: ScheduleOwner,
  what: string,
): HsdsObject[] {
  const closed = hours.exceptions.filter((e) => 'closed' in e);
  const notes = [
    hours.closedOnPublicHolidays ? 'Gesloten op feestdagen.' : '',
    ...closed.map((e) => `Gesloten op ${e.date}${e.note ? ` (${e.note})` : ''}.`),
    hours.seasons.length
      ? `Andere tijden: ${hours.seasons.map((s) => `${s.name ?? 'seizoen'} ${s.validFrom} t/m ${s.validThrough}`).join('; ')}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const regular = weeklySchedules(hours.weekly, {
    key,
    owner,
    description: what,
    valid: [hours.validFrom ?? '', hours.validThrough],
  }).map((s) => (notes ? { ...s, notes } : s));
  const seasons = hours.seasons.flatMap((season, i) =>
    weeklySchedules(season.weekly, {
      key: `${key}:season:${i}`,
      owner,
      description: `${what}, ${season.name ?? 'seizoen'}`,
      valid: [season.validFrom, season.validThrough],
    }),
  );
  const days = hours.exceptions.flatMap((e) => {
    if (!('intervals' in e)) return [];
    const day = DAYS[(new Date(`${e.date}T12:00:00Z`).getUTCDay() + 6) % 7]!;
    return weeklySchedules(
      e.intervals.map((r) => ({ day, ...r })),
      {
        key: `${key}:day:${e.date}`,
        owner,
        description: `${what} op ${e.date}${e.note ? ` (${e.note})` : ''}`,
        valid: [e.date, e.date],
      },
    ).map((s) => ({ ...s, dtstart: e.date }));
  });
  return [...regular, ...seasons, ...days];
}

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language' });

function languagesOf(codes: readonly string[] | undefined, key: string, owner: ScheduleOwner) {
  return (codes ?? []).map((code) => {
    let name = code;
    try {
      name = languageNames.of(code) ?? code;
    } catch {
      // An unusual tag keeps its code as its name.
    }
    return { id: uuidV5(`${key}:language:${code}`), ...owner, name, code };
  });
}

const COST: Record<PartnerCostKind, string> = {
  free: 'Gratis',
  'free-for-members': 'Gratis voor leden',
  fee: 'Er zijn kosten',
};

const IDO_DESCRIPTION =
  'Informatiepunt Digitale Overheid in de bibliotheek: hulp bij digitale overheidszaken, zoals DigiD, toeslagen en belastingen. Gratis en zonder afspraak, tenzij anders vermeld.';

/** The IDO location, its IDO service and the service at the location. */
function exportLocation(l: Location, organizationId: string, out: HsdsExport): void {
  const locationId = uuidV5(`location:${l.id}`);
  const serviceId = uuidV5(`ido-service:${l.id}`);
  const salId = uuidV5(`ido-service-at-location:${l.id}`);
  const accessibility = [
    ...(l.accessibility
      ? [
          {
            id: uuidV5(`location:${l.id}:accessibility`),
            location_id: locationId,
            description: l.accessibility,
          },
        ]
      : []),
    ...(['wheelchair-accessible', 'hearing-loop'] as const)
      .filter((s) => l.services.includes(s))
      .map((s) => ({
        id: uuidV5(`location:${l.id}:accessibility:${s}`),
        location_id: locationId,
        description: s === 'wheelchair-accessible' ? 'Rolstoeltoegankelijk' : 'Ringleiding',
      })),
  ];
  const phoneDescription = l.hours.phone
    ? `Telefonisch bereikbaar: ${weeklySchedules(l.hours.phone.weekly, {
        key: '',
        owner: {},
        description: 'IDO',
      })
        .map((s) => String(s.description).replace(/^IDO: /, ''))
        .join('; ')}`
    : undefined;
  const phones = l.contact.phone
    ? [
        {
          id: uuidV5(`location:${l.id}:phone`),
          location_id: locationId,
          number: l.contact.phone,
          type: 'voice',
          ...(phoneDescription ? { description: phoneDescription } : {}),
        },
      ]
    : [];
  const contacts = l.contact.email
    ? [
        {
          id: uuidV5(`location:${l.id}:contact`),
          location_id: locationId,
          department: 'Informatiepunt Digitale Overheid',
          email: l.contact.email,
        },
      ]
    : [];
  out.locations.push({
    id: locationId,
    location_type: 'physical',
    organization_id: organizationId,
    name: l.name,
    ...(l.description ? { description: l.description } : {}),
    latitude: l.geo.lat,
    longitude: l.geo.lon,
    addresses: [
      {
        id: uuidV5(`location:${l.id}:address`),
        location_id: locationId,
        address_1: `${l.address.street} ${l.address.houseNumber}`,
        city: l.address.city,
        region: l.address.municipality,
        // HSDS requires it; a Dutch address names its municipality, not its province.
        state_province: l.address.municipality,
        postal_code: l.address.postcode,
        country: 'NL',
        address_type: 'physical',
      },
    ],
    languages: languagesOf(l.languages, `location:${l.id}`, { location_id: locationId }),
    accessibility,
    phones,
    contacts,
    schedules: schedulesOf(
      l.hours.library,
      `location:${l.id}:library`,
      { location_id: locationId },
      'Openingstijden bibliotheek',
    ),
  });
  const url = l.contact.appointmentUrl ?? l.contact.website;
  out.services.push({
    id: serviceId,
    organization_id: organizationId,
    name: `Informatiepunt Digitale Overheid ${l.name}`,
    description: l.description ?? IDO_DESCRIPTION,
    status: 'active',
    ...(url ? { url } : {}),
    ...(l.contact.email ? { email: l.contact.email } : {}),
    fees_description: 'Gratis',
    languages: languagesOf(l.languages, `ido-service:${l.id}`, { service_id: serviceId }),
    required_documents: (l.bring ?? []).map((document, i) => ({
      id: uuidV5(`ido-service:${l.id}:bring:${i}`),
      service_id: serviceId,
      document,
    })),
  });
  out.service_at_locations.push({
    id: salId,
    service_id: serviceId,
    location_id: locationId,
    ...(l.accessibility ? { description: l.accessibility } : {}),
    schedules: l.hours.ido
      ? schedulesOf(
          l.hours.ido,
          `location:${l.id}:ido`,
          { service_at_location_id: salId },
          'Spreekuur IDO',
        )
      : [],
  });
}

/** The partner as an organisation with one service (and a location when it has an address). */
function exportPartner(p: Partner, out: HsdsExport): void {
  const organizationId = uuidV5(`partner-organisation:${p.id}`);
  const serviceId = uuidV5(`partner-service:${p.id}`);
  const phones = (owner: ScheduleOwner & { organization_id?: string }, key: string) =>
    p.contact.phone ? [{ id: uuidV5(key), ...owner, number: p.contact.phone, type: 'voice' }] : [];
  out.organizations.push({
    id: organizationId,
    name: p.name,
    description: p.description,
    ...(p.contact.email ? { email: p.contact.email } : {}),
    ...(p.contact.website ? { website: p.contact.website } : {}),
    phones: phones({ organization_id: organizationId }, `partner-organisation:${p.id}:phone`),
  });
  const formUrl = p.referral.find((r) => r.url)?.url;
  out.services.push({
    id: serviceId,
    organization_id: organizationId,
    name: p.name,
    description: p.description,
    status: 'active',
    ...(p.contact.website || formUrl ? { url: p.contact.website ?? formUrl } : {}),
    ...(p.contact.email ? { email: p.contact.email } : {}),
    ...(p.cost
      ? { fees_description: `${COST[p.cost.kind]}${p.cost.note ? `. ${p.cost.note}` : ''}` }
      : {}),
    ...(p.checkedOn ? { assured_date: p.checkedOn } : {}),
    languages: languagesOf(p.languages, `partner-service:${p.id}`, { service_id: serviceId }),
    phones: phones({ service_id: serviceId }, `partner-service:${p.id}:phone`),
    schedules: p.hours
      ? schedulesOf(p.hours, `partner-service:${p.id}:hours`, { service_id: serviceId }, 'Open')
      : [],
    required_documents: (p.bring ?? []).map((document, i) => ({
      id: uuidV5(`partner-service:${p.id}:bring:${i}`),
      service_id: serviceId,
      document,
    })),
  });
  const address = p.contact.address;
  if (!address) return;
  const locationId = uuidV5(`partner-location:${p.id}`);
  out.locations.push({
    id: locationId,
    location_type: 'physical',
    organization_id: organizationId,
    name: p.name,
    addresses: [
      {
        id: uuidV5(`partner-location:${p.id}:address`),
        location_id: locationId,
        address_1: `${address.street} ${address.houseNumber}`,
        city: address.city,
        state_province: address.city,
        postal_code: address.postcode,
        country: 'NL',
        address_type: 'physical',
      },
    ],
  });
  out.service_at_locations.push({
    id: uuidV5(`partner-service-at-location:${p.id}`),
    service_id: serviceId,
    location_id: locationId,
  });
}

/**
 * The HSDS 3.0 export of one library organisation: its locations and the partners it keeps.
 * Pure: the same documents give the same export.
 */
export function hsdsExport(
  organisation: string,
  locations: readonly Location[],
  partners: readonly Partner[],
): HsdsExport {
  const organizationId = uuidV5(`organisation:${organisation.toLocaleLowerCase('nl')}`);
  const out: HsdsExport = {
    hsds_version: '3.0',
    organizations: [
      {
        id: organizationId,
        name: organisation,
        description: `${organisation}: bibliotheekorganisatie met ${locations.length === 1 ? 'een Informatiepunt' : `${locations.length} Informatiepunten`} Digitale Overheid.`,
      },
    ],
    services: [],
    locations: [],
    service_at_locations: [],
  };
  for (const l of [...locations].sort((a, b) => a.id.localeCompare(b.id)))
    exportLocation(l, organizationId, out);
  for (const p of [...partners].sort((a, b) => a.id.localeCompare(b.id))) exportPartner(p, out);
  return out;
}
