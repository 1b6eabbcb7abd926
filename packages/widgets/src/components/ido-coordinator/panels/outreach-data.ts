import type { Editable, Location, OutreachSession, OutreachSessionEdit } from '@idokit/sdk';
import { slugOf } from '../location-draft.js';
import { splitList } from './panel.js';

/** Upcoming sessions first (soonest first), then past ones (latest first). */
export function byDate(
  items: Editable<OutreachSession>[],
  today: string,
): { upcoming: Editable<OutreachSession>[]; past: Editable<OutreachSession>[] } {
  const key = (s: OutreachSession) => `${s.date}T${s.time.opens}`;
  const sorted = [...items].sort((a, b) => key(a.doc).localeCompare(key(b.doc)));
  return {
    upcoming: sorted.filter((s) => s.doc.date >= today),
    past: sorted.filter((s) => s.doc.date < today).reverse(),
  };
}

/** A new session of a location: at the location's address until the coordinator changes it. */
export function blankSession(location: Location | undefined, today: string): OutreachSessionEdit {
  return {
    id: '',
    locationId: location?.id ?? '',
    name: '',
    address: location
      ? { ...location.address }
      : { street: '', houseNumber: '', postcode: '', city: '', municipality: '' },
    geo: location ? { ...location.geo } : { lat: 52.1, lon: 5.1 },
    date: today,
    time: { opens: '10:00', closes: '12:00' },
  };
}

/** The session form's values as typed. */
export interface SessionDraft {
  id: string;
  locationId: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  municipality: string;
  lat: string;
  lon: string;
  date: string;
  opens: string;
  closes: string;
  description: string;
  languages: string;
}

/** The form's values for a session. */
export function sessionDraft(doc: OutreachSessionEdit): SessionDraft {
  return {
    id: doc.id,
    locationId: doc.locationId,
    name: doc.name,
    ...doc.address,
    lat: String(doc.geo.lat),
    lon: String(doc.geo.lon),
    date: doc.date,
    opens: doc.time.opens,
    closes: doc.time.closes,
    description: doc.description ?? '',
    languages: doc.languages?.join(', ') ?? '',
  };
}

/** A coordinate as typed ("52,51" or "52.51"); what is not a number is sent as is, for the server to refuse. */
function coordinate(value: string): number {
  const number = Number(value.trim().replace(',', '.'));
  return value.trim() && Number.isFinite(number) ? number : Number.NaN;
}

/** The session the form describes (the server validates it). */
export function sessionFromDraft(d: SessionDraft): OutreachSessionEdit {
  const v = (value: string) => value.trim();
  const languages = splitList(d.languages);
  return {
    id: d.id || slugOf(`${d.name} ${d.date}`),
    locationId: d.locationId,
    name: v(d.name),
    address: {
      street: v(d.street),
      houseNumber: v(d.houseNumber),
      postcode: v(d.postcode),
      city: v(d.city),
      municipality: v(d.municipality),
    },
    geo: { lat: coordinate(d.lat), lon: coordinate(d.lon) },
    date: v(d.date),
    time: { opens: v(d.opens), closes: v(d.closes) },
    ...(v(d.description) ? { description: v(d.description) } : {}),
    ...(languages.length ? { languages } : {}),
  };
}
