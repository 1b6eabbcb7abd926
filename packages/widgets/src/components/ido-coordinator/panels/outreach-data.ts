import type { Editable, Location, OutreachSession, OutreachSessionEdit } from '@idokit/sdk';
import { slugOf } from './partner-data.js';
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

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The session the form describes (the server validates it; numbers that are not stay NaN-free). */
export function sessionFromForm(form: FormData, base: OutreachSessionEdit): OutreachSessionEdit {
  const name = text(form, 'name');
  const date = text(form, 'date');
  const number = (field: string, fallback: number) => {
    const value = Number(text(form, field).replace(',', '.'));
    return text(form, field) && Number.isFinite(value) ? value : fallback;
  };
  const description = text(form, 'description');
  const languages = splitList(form.get('languages'));
  const doc: OutreachSessionEdit = {
    ...base,
    id: base.id || slugOf(`${name} ${date}`),
    locationId: text(form, 'locationId'),
    name,
    address: {
      street: text(form, 'street'),
      houseNumber: text(form, 'houseNumber'),
      postcode: text(form, 'postcode'),
      city: text(form, 'city'),
      municipality: text(form, 'municipality'),
    },
    geo: { lat: number('lat', base.geo.lat), lon: number('lon', base.geo.lon) },
    date,
    time: { opens: text(form, 'opens'), closes: text(form, 'closes') },
  };
  if (description) doc.description = description;
  else delete doc.description;
  if (languages.length) doc.languages = languages;
  else delete doc.languages;
  delete doc.updatedAt;
  return doc;
}
