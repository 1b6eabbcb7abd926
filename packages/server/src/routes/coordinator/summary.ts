/**
 * The audit log's one-line summary of a coordinator's change (issue 21), in plain Dutch, made from
 * the document before and after: "Gesloten op 25 december 2026 (Kerst)", "Openingstijden
 * gewijzigd", "Partner toegevoegd: Schuldhulp Utrecht". Pure: no database, no clock.
 */

/** What kind of document changed. */
export type SummaryEntity = 'location' | 'partner' | 'outreach';

type Doc = Record<string, unknown>;

const NOUNS: Record<SummaryEntity, string> = {
  location: 'Locatie',
  partner: 'Partner',
  outreach: 'Spreekuur op locatie',
};

/** Top-level fields as a coordinator knows them; `hours` is looked into separately. */
const FIELDS: Record<string, string> = {
  name: 'naam',
  organisation: 'organisatie',
  description: 'tekst voor bewoners',
  staffInstructions: 'instructies voor medewerkers',
  bring: 'wat mee te nemen',
  address: 'adres',
  geo: 'coördinaten',
  contact: 'contactgegevens',
  services: 'diensten',
  languages: 'talen',
  accessibility: 'toegankelijkheid',
  kind: 'soort',
  themes: "thema's",
  municipalities: 'gemeenten',
  cost: 'kosten',
  referral: 'doorverwijzing',
  locationId: 'locatie',
  date: 'datum',
  time: 'tijden',
  id: 'id',
};

/** The schedules of a location, and of a partner (`hours` itself). */
const SCHEDULES: Record<string, string> = {
  library: 'Openingstijden',
  ido: 'IDO-spreekuren',
  phone: 'Telefonische bereikbaarheid',
  '': 'Openingstijden',
};

/** At most this many parts in one line; the rest is counted. */
const MAX_PARTS = 3;

const DATE_FORMAT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-12-25" → "25 december 2026". */
export function dutchDate(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? date : DATE_FORMAT.format(at);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "naam", "naam en adres", "naam, adres en talen". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** What one schedule's change comes to: closures and other days by date, the week, seasons. */
function scheduleChanges(label: string, before: unknown, after: unknown): string[] {
  const b = isDoc(before) ? before : {};
  const a = isDoc(after) ? after : {};
  if (!isDoc(before) && isDoc(after)) return [`${label} toegevoegd`];
  if (isDoc(before) && !isDoc(after)) return [`${label} verwijderd`];
  const parts: string[] = [];
  const byDate = (value: unknown) =>
    new Map(
      (Array.isArray(value) ? value.filter(isDoc) : []).map((e) => [text(e.date), e] as const),
    );
  const beforeDays = byDate(b.exceptions);
  const afterDays = byDate(a.exceptions);
  for (const [date, exception] of afterDays) {
    if (same(beforeDays.get(date), exception)) continue;
    const note = text(exception.note) ? ` (${text(exception.note)})` : '';
    parts.push(
      exception.closed === true
        ? `Gesloten op ${dutchDate(date)}${note}`
        : `Andere tijden op ${dutchDate(date)}${note}`,
    );
  }
  for (const date of beforeDays.keys())
    if (!afterDays.has(date)) parts.push(`Uitzondering op ${dutchDate(date)} verwijderd`);
  const rest = (doc: Doc) => ({ ...doc, exceptions: undefined, seasons: undefined });
  if (!same(b.seasons ?? [], a.seasons ?? [])) parts.push(`${label}: seizoenen gewijzigd`);
  if (!same(rest(b), rest(a))) parts.push(`${label} gewijzigd`);
  return parts;
}

/** What changed in a location's `hours` (library, IDO, phone) or a partner's `hours`. */
function hoursChanges(entity: SummaryEntity, before: unknown, after: unknown): string[] {
  if (entity === 'partner') return scheduleChanges(SCHEDULES['']!, before, after);
  const b = isDoc(before) ? before : {};
  const a = isDoc(after) ? after : {};
  const parts = Object.keys(SCHEDULES)
    .filter(Boolean)
    .flatMap((key) => scheduleChanges(SCHEDULES[key]!, b[key], a[key]));
  // A closure of the library and of its consultation hours on one day is one line.
  return [...new Set(parts)];
}

/**
 * One line for the audit log.
 * @param before the stored document, or null for a new one
 * @param after the saved document, or null when it was deleted
 */
export function summarise(entity: SummaryEntity, before: unknown, after: unknown): string {
  const noun = NOUNS[entity];
  const label = (doc: Doc) => {
    const name = text(doc.name) || text(doc.id);
    return entity === 'outreach' && text(doc.date) ? `${name}, ${dutchDate(text(doc.date))}` : name;
  };
  if (!isDoc(before) && isDoc(after)) return `${noun} toegevoegd: ${label(after)}`;
  if (isDoc(before) && !isDoc(after)) return `${noun} verwijderd: ${label(before)}`;
  if (!isDoc(before) || !isDoc(after)) return `${noun} gewijzigd`;

  const parts: string[] = [];
  const fields: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === 'updatedAt' || same(before[key], after[key])) continue;
    if (key === 'hours') parts.push(...hoursChanges(entity, before[key], after[key]));
    else if (key === 'checkedOn' && text(after[key]))
      parts.push(`Gecontroleerd op ${dutchDate(text(after[key]))}`);
    else fields.push(FIELDS[key] ?? key);
  }
  if (fields.length > 0) parts.push(`Gewijzigd: ${list(fields)}`);
  if (parts.length === 0) return `${noun} opgeslagen zonder wijzigingen: ${label(after)}`;
  if (parts.length > MAX_PARTS)
    return `${parts.slice(0, MAX_PARTS).join('; ')}; en ${parts.length - MAX_PARTS} andere wijzigingen`;
  return parts.join('; ');
}
