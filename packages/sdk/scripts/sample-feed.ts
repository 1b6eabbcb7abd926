/**
 * Builds the fictional sample dataset (`data/sample-feed.json`): IDO desks at made-up library
 * branches placed in real municipalities, and made-up referral partners serving them.
 *
 * Everything is deterministic (a seeded PRNG, fixed dates) so the committed JSON only changes
 * when this file does. Towns, postcode areas and coordinates are real enough for search and
 * distance to behave as in production; names, streets, phone numbers and e-mail addresses are
 * clearly fake ("Voorbeeld…", "(fictief)", `000` numbers, `example.nl`).
 */
import type { FeedInput } from '../src/schemas/feed.js';
import {
  LOCATION_SERVICES,
  type LocationInput,
  type LocationService,
} from '../src/schemas/location.js';
import type {
  Day,
  OpeningHoursInput,
  TimeRange,
  WeeklyInterval,
} from '../src/schemas/opening-hours.js';
import { toMinutes } from '../src/schemas/opening-hours.js';
import type { PartnerCost, PartnerInput, ReferralRoute } from '../src/schemas/partner.js';
import type { PartnerKind, ThemeId } from '../src/schemas/taxonomy.js';
import { defaultTaxonomy } from '../src/taxonomy/default-taxonomy.js';
import { seededRandom } from '../src/testing/random.js';

/** Fixed so that regenerating gives the same bytes. */
export const SAMPLE_GENERATED_AT = '2026-11-01T00:00:00Z';
const SEED = 20261101;

/** Reproducible choices for the sample data. */
function prng(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}
type Rng = ReturnType<typeof prng>;

/** `'s-Hertogenbosch` → `s-hertogenbosch`, `Súdwest-Fryslân` → `sudwest-fryslan`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

type Profile = 'flagship' | 'central' | 'district' | 'village';

interface Branch {
  /** Neighbourhood label, empty when the place name says it all (villages, small towns). */
  label: string;
  /** Postal town (woonplaats) when it differs from the municipality, e.g. Haren in Groningen. */
  city?: string;
  pc4: number;
  lat: number;
  lon: number;
  profile: Profile;
}

interface Town {
  municipality: string;
  /** Dialling code, used to make obviously fictional numbers that still look local. */
  area: string;
  /** Languages besides Dutch that desks in this town may offer. */
  languages: string[];
  /** Languages every desk in this town offers (Frisian in Fryslân). */
  always?: string[];
  branches: Branch[];
}

/** Real municipalities, real postcode areas and approximate real coordinates; fictional branches. */
export const TOWNS: Town[] = [
  {
    municipality: 'Amsterdam',
    area: '020',
    languages: ['en', 'tr', 'ar', 'pap', 'ti', 'so', 'pl', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 1011, lat: 52.3756, lon: 4.908, profile: 'flagship' },
      { label: 'Noord', pc4: 1025, lat: 52.4003, lon: 4.9338, profile: 'district' },
      { label: 'Zuidoost', pc4: 1102, lat: 52.313, lon: 4.952, profile: 'district' },
      { label: 'Nieuw-West', pc4: 1068, lat: 52.3585, lon: 4.803, profile: 'district' },
      { label: 'Oost', pc4: 1093, lat: 52.359, lon: 4.929, profile: 'district' },
    ],
  },
  {
    municipality: 'Rotterdam',
    area: '010',
    languages: ['en', 'tr', 'ar', 'pap', 'pl', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 3011, lat: 51.9232, lon: 4.4898, profile: 'flagship' },
      { label: 'Zuid', pc4: 3083, lat: 51.885, lon: 4.489, profile: 'district' },
      { label: 'Noord', pc4: 3039, lat: 51.937, lon: 4.469, profile: 'district' },
      { label: 'Delfshaven', pc4: 3024, lat: 51.911, lon: 4.445, profile: 'district' },
      { label: 'Prins Alexander', pc4: 3067, lat: 51.953, lon: 4.552, profile: 'district' },
    ],
  },
  {
    municipality: 'Den Haag',
    area: '070',
    languages: ['en', 'tr', 'ar', 'pap', 'pl', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 2511, lat: 52.0775, lon: 4.313, profile: 'flagship' },
      { label: 'Escamp', pc4: 2545, lat: 52.044, lon: 4.272, profile: 'district' },
      { label: 'Scheveningen', pc4: 2586, lat: 52.105, lon: 4.275, profile: 'district' },
      { label: 'Schilderswijk', pc4: 2526, lat: 52.066, lon: 4.299, profile: 'district' },
      { label: 'Ypenburg', pc4: 2497, lat: 52.044, lon: 4.368, profile: 'district' },
    ],
  },
  {
    municipality: 'Utrecht',
    area: '030',
    languages: ['en', 'tr', 'ar', 'ti', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 3511, lat: 52.0925, lon: 5.119, profile: 'flagship' },
      { label: 'Overvecht', pc4: 3562, lat: 52.115, lon: 5.111, profile: 'district' },
      { label: 'Leidsche Rijn', pc4: 3541, lat: 52.094, lon: 5.06, profile: 'district' },
      { label: 'Kanaleneiland', pc4: 3526, lat: 52.073, lon: 5.093, profile: 'district' },
      { label: 'Zuilen', pc4: 3553, lat: 52.106, lon: 5.092, profile: 'district' },
    ],
  },
  {
    municipality: 'Groningen',
    area: '050',
    languages: ['en', 'de', 'ar', 'ti', 'uk', 'pl'],
    branches: [
      { label: 'Centrum', pc4: 9712, lat: 53.2185, lon: 6.568, profile: 'flagship' },
      { label: 'Beijum', pc4: 9736, lat: 53.242, lon: 6.6, profile: 'district' },
      { label: 'Vinkhuizen', pc4: 9745, lat: 53.225, lon: 6.53, profile: 'district' },
      { label: '', city: 'Haren', pc4: 9751, lat: 53.173, lon: 6.605, profile: 'district' },
    ],
  },
  {
    municipality: 'Leeuwarden',
    area: '058',
    languages: ['en', 'uk', 'ar', 'pl'],
    always: ['fy'],
    branches: [
      { label: 'Centrum', pc4: 8911, lat: 53.201, lon: 5.795, profile: 'central' },
      { label: 'Bilgaard', pc4: 8926, lat: 53.219, lon: 5.797, profile: 'district' },
      { label: 'Heechterp', pc4: 8924, lat: 53.204, lon: 5.823, profile: 'district' },
    ],
  },
  {
    municipality: 'Assen',
    area: '0592',
    languages: ['en', 'de', 'pl', 'uk', 'ar'],
    branches: [
      { label: 'Centrum', pc4: 9401, lat: 52.993, lon: 6.563, profile: 'central' },
      { label: 'Marsdijk', pc4: 9408, lat: 53.015, lon: 6.553, profile: 'village' },
    ],
  },
  {
    municipality: 'Zwolle',
    area: '038',
    languages: ['en', 'de', 'tr', 'ar', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 8011, lat: 52.5125, lon: 6.092, profile: 'central' },
      { label: 'Stadshagen', pc4: 8043, lat: 52.53, lon: 6.056, profile: 'district' },
      { label: 'Zuid', pc4: 8024, lat: 52.496, lon: 6.11, profile: 'district' },
    ],
  },
  {
    municipality: 'Enschede',
    area: '053',
    languages: ['en', 'de', 'tr', 'ar', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 7511, lat: 52.221, lon: 6.893, profile: 'central' },
      { label: 'Deppenbroek', pc4: 7522, lat: 52.239, lon: 6.896, profile: 'district' },
      { label: 'Wesselerbrink', pc4: 7544, lat: 52.195, lon: 6.872, profile: 'district' },
    ],
  },
  {
    municipality: 'Arnhem',
    area: '026',
    languages: ['en', 'tr', 'ar', 'uk', 'pl'],
    branches: [
      { label: 'Centrum', pc4: 6811, lat: 51.9845, lon: 5.905, profile: 'central' },
      { label: 'Zuid', pc4: 6836, lat: 51.962, lon: 5.898, profile: 'district' },
      { label: 'Presikhaaf', pc4: 6826, lat: 51.989, lon: 5.945, profile: 'district' },
    ],
  },
  {
    municipality: 'Nijmegen',
    area: '024',
    languages: ['en', 'tr', 'ar', 'uk', 'pl'],
    branches: [
      { label: 'Centrum', pc4: 6511, lat: 51.845, lon: 5.864, profile: 'central' },
      { label: 'Dukenburg', pc4: 6537, lat: 51.82, lon: 5.795, profile: 'district' },
      { label: '', city: 'Lent', pc4: 6663, lat: 51.865, lon: 5.867, profile: 'village' },
    ],
  },
  {
    municipality: 'Eindhoven',
    area: '040',
    languages: ['en', 'pl', 'tr', 'ar', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 5611, lat: 51.4412, lon: 5.4741, profile: 'flagship' },
      { label: 'Woensel', pc4: 5625, lat: 51.472, lon: 5.469, profile: 'district' },
      { label: 'Strijp', pc4: 5616, lat: 51.444, lon: 5.453, profile: 'district' },
      { label: 'Meerhoven', pc4: 5658, lat: 51.443, lon: 5.4, profile: 'village' },
    ],
  },
  {
    municipality: "'s-Hertogenbosch",
    area: '073',
    languages: ['en', 'pl', 'tr', 'ar', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 5211, lat: 51.69, lon: 5.303, profile: 'central' },
      { label: '', city: 'Rosmalen', pc4: 5241, lat: 51.717, lon: 5.365, profile: 'district' },
      { label: 'Kruiskamp', pc4: 5223, lat: 51.698, lon: 5.287, profile: 'village' },
    ],
  },
  {
    municipality: 'Maastricht',
    area: '043',
    languages: ['en', 'de', 'fr', 'pl', 'uk', 'ar'],
    branches: [
      { label: 'Centrum', pc4: 6211, lat: 50.851, lon: 5.692, profile: 'central' },
      { label: 'West', pc4: 6216, lat: 50.852, lon: 5.66, profile: 'district' },
      { label: 'Heer', pc4: 6228, lat: 50.84, lon: 5.725, profile: 'village' },
    ],
  },
  {
    municipality: 'Middelburg',
    area: '0118',
    languages: ['en', 'fr', 'pl', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 4331, lat: 51.499, lon: 3.612, profile: 'central' },
      { label: 'Dauwendaele', pc4: 4335, lat: 51.494, lon: 3.637, profile: 'village' },
    ],
  },
  {
    municipality: 'Breda',
    area: '076',
    languages: ['en', 'pl', 'tr', 'ar', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 4811, lat: 51.588, lon: 4.777, profile: 'central' },
      { label: 'Haagse Beemden', pc4: 4824, lat: 51.616, lon: 4.753, profile: 'district' },
      { label: 'Princenhage', pc4: 4841, lat: 51.58, lon: 4.738, profile: 'village' },
    ],
  },
  {
    municipality: 'Almere',
    area: '036',
    languages: ['en', 'pap', 'tr', 'ar', 'so', 'uk'],
    branches: [
      { label: 'Stad', pc4: 1315, lat: 52.372, lon: 5.22, profile: 'flagship' },
      { label: 'Buiten', pc4: 1335, lat: 52.394, lon: 5.277, profile: 'district' },
      { label: 'Haven', pc4: 1354, lat: 52.336, lon: 5.219, profile: 'district' },
      { label: 'Poort', pc4: 1363, lat: 52.345, lon: 5.158, profile: 'village' },
    ],
  },
  {
    municipality: 'Lelystad',
    area: '0320',
    languages: ['en', 'pap', 'tr', 'ar', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 8232, lat: 52.517, lon: 5.474, profile: 'central' },
      { label: 'Zuiderzeewijk', pc4: 8225, lat: 52.508, lon: 5.49, profile: 'village' },
    ],
  },
  {
    municipality: 'Haarlem',
    area: '023',
    languages: ['en', 'pl', 'uk', 'tr', 'ar'],
    branches: [
      { label: 'Centrum', pc4: 2011, lat: 52.381, lon: 4.637, profile: 'central' },
      { label: 'Schalkwijk', pc4: 2035, lat: 52.359, lon: 4.657, profile: 'district' },
      { label: 'Noord', pc4: 2024, lat: 52.397, lon: 4.635, profile: 'district' },
    ],
  },
  {
    municipality: 'Alkmaar',
    area: '072',
    languages: ['en', 'pl', 'uk', 'tr'],
    branches: [
      { label: 'Centrum', pc4: 1811, lat: 52.632, lon: 4.749, profile: 'central' },
      { label: 'Oudorp', pc4: 1829, lat: 52.645, lon: 4.771, profile: 'village' },
      { label: 'Overdie', pc4: 1813, lat: 52.643, lon: 4.736, profile: 'district' },
    ],
  },
  {
    municipality: 'Den Helder',
    area: '0223',
    languages: ['en', 'pl', 'uk', 'de'],
    branches: [
      { label: 'Centrum', pc4: 1781, lat: 52.958, lon: 4.76, profile: 'central' },
      { label: 'Nieuw Den Helder', pc4: 1784, lat: 52.942, lon: 4.768, profile: 'village' },
    ],
  },
  {
    municipality: 'Súdwest-Fryslân',
    area: '0515',
    languages: ['en', 'pl', 'uk'],
    always: ['fy'],
    branches: [
      { label: '', city: 'Sneek', pc4: 8601, lat: 53.032, lon: 5.66, profile: 'central' },
      { label: '', city: 'Bolsward', pc4: 8701, lat: 53.065, lon: 5.53, profile: 'village' },
      { label: '', city: 'Workum', pc4: 8711, lat: 52.979, lon: 5.448, profile: 'village' },
      { label: '', city: 'Makkum', pc4: 8754, lat: 53.056, lon: 5.401, profile: 'village' },
    ],
  },
  {
    municipality: 'Emmen',
    area: '0591',
    languages: ['en', 'de', 'pl', 'uk', 'ar'],
    branches: [
      { label: 'Centrum', pc4: 7811, lat: 52.786, lon: 6.898, profile: 'central' },
      { label: '', city: 'Klazienaveen', pc4: 7891, lat: 52.724, lon: 6.992, profile: 'village' },
      {
        label: '',
        city: 'Emmer-Compascuum',
        pc4: 7881,
        lat: 52.812,
        lon: 7.048,
        profile: 'village',
      },
    ],
  },
  {
    municipality: 'Venlo',
    area: '077',
    languages: ['en', 'de', 'pl', 'uk', 'ar'],
    branches: [
      { label: 'Centrum', pc4: 5911, lat: 51.37, lon: 6.17, profile: 'central' },
      { label: '', city: 'Blerick', pc4: 5922, lat: 51.368, lon: 6.146, profile: 'district' },
      { label: '', city: 'Tegelen', pc4: 5931, lat: 51.344, lon: 6.138, profile: 'village' },
    ],
  },
  {
    municipality: 'Terneuzen',
    area: '0115',
    languages: ['en', 'fr', 'pl', 'uk'],
    branches: [
      { label: 'Centrum', pc4: 4531, lat: 51.335, lon: 3.827, profile: 'central' },
      { label: '', city: 'Axel', pc4: 4571, lat: 51.267, lon: 3.909, profile: 'village' },
      { label: '', city: 'Sas van Gent', pc4: 4551, lat: 51.228, lon: 3.799, profile: 'village' },
    ],
  },
  {
    municipality: 'Texel',
    area: '0222',
    languages: ['en', 'de', 'pl'],
    branches: [
      { label: '', city: 'Den Burg', pc4: 1791, lat: 53.054, lon: 4.799, profile: 'district' },
      { label: '', city: 'De Koog', pc4: 1796, lat: 53.098, lon: 4.763, profile: 'village' },
      { label: '', city: 'Oosterend', pc4: 1794, lat: 53.086, lon: 4.873, profile: 'village' },
    ],
  },
];

const STREETS = [
  'Voorbeeldstraat',
  'Proefplein',
  'Fictieflaan',
  'Oefenweg',
  'Voorbeeldkade',
  'Proefsingel',
  'Schetsplein',
  'Modelstraat',
];
// Real postcodes never use F, I, O, Q, U or Y, nor the pairs SA, SD and SS.
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRTVWXZ';

function postcode(rng: Rng, pc4: number): string {
  for (;;) {
    const letters = rng.pick([...POSTCODE_LETTERS]) + rng.pick([...POSTCODE_LETTERS]);
    if (!['SA', 'SD', 'SS'].includes(letters)) return `${pc4} ${letters}`;
  }
}

/** An obviously unissued number (subscriber part starting with 000) that still looks local. */
function fakePhone(area: string, serial: number): string {
  const nn = String(serial).padStart(3, '0');
  return area.length === 3 ? `${area} 000 0${nn}` : `${area} 00 0${nn.slice(0, 1)} ${nn.slice(1)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

function updatedAt(rng: Rng): string {
  const month = 8 + rng.int(3);
  const day = 1 + rng.int(28);
  return `2026-${pad(month)}-${pad(day)}T${pad(7 + rng.int(10))}:${pad(rng.int(4) * 15)}:00Z`;
}

const iv = (day: Day, opens: string, closes: string): WeeklyInterval => ({ day, opens, closes });

/** Typical library hours per kind of branch, varied a little so no two towns look cloned. */
function libraryWeekly(rng: Rng, profile: Profile): WeeklyInterval[] {
  switch (profile) {
    case 'flagship': {
      const late = rng.pick(['20:00', '21:00', '22:00']);
      return [
        ...(['mo', 'tu', 'we', 'th', 'fr'] as const).map((d) => iv(d, '10:00', late)),
        iv('sa', '10:00', '17:00'),
        iv('su', rng.pick(['12:00', '13:00']), '17:00'),
      ];
    }
    case 'central': {
      const evening = rng.pick<Day>(['tu', 'th']);
      const out: WeeklyInterval[] = [];
      if (rng.chance(0.8)) out.push(iv('mo', '13:00', '17:00'));
      for (const d of ['tu', 'we', 'th', 'fr'] as const) {
        out.push(iv(d, '10:00', '18:00'));
        // Some branches close for dinner and reopen for an evening slot: two intervals a day.
        if (d === evening && rng.chance(0.6)) out.push(iv(d, '19:00', '21:00'));
      }
      out.push(iv('sa', '10:00', rng.pick(['14:00', '16:00', '17:00'])));
      return out;
    }
    case 'district': {
      const out: WeeklyInterval[] = [
        iv('tu', '13:00', '17:30'),
        iv('we', '10:00', '17:30'),
        iv('th', '13:00', '17:30'),
      ];
      if (rng.chance(0.4)) out.push(iv('th', '19:00', '21:00'));
      out.push(iv('fr', '10:00', '17:30'));
      if (rng.chance(0.7)) out.push(iv('sa', '10:00', '13:00'));
      return out;
    }
    case 'village': {
      const days = rng.chance(0.5) ? (['tu', 'th'] as const) : (['tu', 'we', 'fr'] as const);
      const opens = rng.pick(['13:30', '14:00']);
      const out = days.map((d) => iv(d, opens, '17:00'));
      if (rng.chance(0.5)) out.push(iv('sa', '10:00', '12:00'));
      return out;
    }
  }
}

const DAY_ORDER: Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const byDayAndTime = (a: WeeklyInterval, b: WeeklyInterval) =>
  DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || toMinutes(a.opens) - toMinutes(b.opens);

const IDO_SLOTS: WeeklyInterval[] = [
  iv('mo', '14:00', '16:00'),
  iv('tu', '10:00', '12:00'),
  iv('tu', '14:00', '16:00'),
  iv('we', '10:00', '12:00'),
  iv('we', '14:00', '16:00'),
  iv('th', '10:00', '12:00'),
  iv('th', '14:00', '16:00'),
  iv('th', '19:00', '21:00'),
  iv('fr', '10:00', '12:00'),
  iv('fr', '14:00', '16:00'),
  iv('sa', '10:00', '12:00'),
];

const inside = (inner: TimeRange, outer: readonly TimeRange[]) =>
  outer.some(
    (o) =>
      toMinutes(o.opens) <= toMinutes(inner.opens) &&
      toMinutes(inner.closes) <= toMinutes(o.closes),
  );

/** IDO consultation hours: a few fixed slots that lie inside the library's opening hours. */
function idoWeekly(rng: Rng, profile: Profile, library: WeeklyInterval[]): WeeklyInterval[] {
  const fitting = IDO_SLOTS.filter((slot) =>
    inside(
      slot,
      library.filter((l) => l.day === slot.day),
    ),
  );
  // One slot per day at most, so a desk's week reads like a real rota.
  const chosen: WeeklyInterval[] = [];
  const want = profile === 'flagship' ? 4 : profile === 'village' ? 1 + rng.int(2) : 2 + rng.int(2);
  for (const slot of rng.shuffle(fitting)) {
    if (chosen.length >= want) break;
    if (!chosen.some((c) => c.day === slot.day)) chosen.push(slot);
  }
  return chosen.sort(byDayAndTime);
}

/** The parts of `ranges` that fall inside `within` (both lists on one day). */
function clip(ranges: readonly TimeRange[], within: readonly TimeRange[]): TimeRange[] {
  const out: TimeRange[] = [];
  for (const r of ranges)
    for (const w of within) {
      const from = Math.max(toMinutes(r.opens), toMinutes(w.opens));
      const to = Math.min(toMinutes(r.closes), toMinutes(w.closes));
      if (to > from) out.push({ opens: hhmm(from), closes: hhmm(to) });
    }
  return out;
}

const onDay = (weekly: readonly WeeklyInterval[], day: Day): TimeRange[] =>
  weekly.filter((w) => w.day === day).map(({ opens, closes }) => ({ opens, closes }));

/** Weekday of a `YYYY-MM-DD` date, independent of any time zone. */
function dayOf(date: string): Day {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DAY_ORDER[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

const SUMMER = { name: 'Zomertijden', validFrom: '2026-07-06', validThrough: '2026-08-16' };

/** Summer hours: afternoons only, Tuesday to Friday. */
function summerWeekly(weekly: WeeklyInterval[]): WeeklyInterval[] {
  return (['tu', 'we', 'th', 'fr'] as const).flatMap((day) =>
    clip(onDay(weekly, day), [{ opens: '13:00', closes: '17:00' }]).map((r) => ({ day, ...r })),
  );
}

interface Special {
  date: string;
  /** Closing time for a short day; absent for a day closed all day. */
  closesAt?: string;
  /** Opening hours on a public holiday the branch opens anyway. */
  open?: TimeRange[];
  note: string;
}

/**
 * Days that differ from the weekly pattern, for a deterministic few branches so the demo and
 * the tests can rely on them.
 */
function specialsFor(id: string, index: number): Special[] {
  const out: Special[] = [];
  if (index % 4 === 0)
    out.push({ date: '2026-12-24', closesAt: '16:00', note: 'Kerstavond: open tot 16.00 uur' });
  if (index % 5 === 1)
    out.push({ date: '2026-12-31', closesAt: '12:30', note: 'Oudejaarsdag: middag gesloten' });
  if (id === 'ido-haarlem-schalkwijk') {
    out.push({ date: '2026-11-17', note: 'Verbouwing' });
    out.push({ date: '2026-11-18', note: 'Verbouwing' });
  }
  if (id === 'ido-zwolle-centrum')
    out.push({
      date: '2027-04-27',
      open: [{ opens: '10:00', closes: '14:00' }],
      note: 'Koningsdag: open',
    });
  return out;
}

const SUMMER_IDS = new Set([
  'ido-amsterdam-oost',
  'ido-utrecht-zuilen',
  'ido-groningen-beijum',
  'ido-arnhem-presikhaaf',
  'ido-breda-haagse-beemden',
  'ido-bolsward',
  'ido-de-koog',
]);
const GOOD_FRIDAY_IDS = new Set(['ido-maastricht-centrum']);
/** A desk whose consultation hour is cancelled once while the library itself stays open. */
const IDO_ONLY_CLOSURE = {
  id: 'ido-utrecht-centrum',
  date: '2026-11-19',
  note: 'Geen IDO-spreekuur: training',
};

function buildHours(
  rng: Rng,
  id: string,
  index: number,
  profile: Profile,
): { library: OpeningHoursInput; ido: OpeningHoursInput } {
  const weekly = libraryWeekly(rng, profile).sort(byDayAndTime);
  const idoWeek = idoWeekly(rng, profile, weekly);
  const library: OpeningHoursInput = { timeZone: 'Europe/Amsterdam', weekly };
  const ido: OpeningHoursInput = { timeZone: 'Europe/Amsterdam', weekly: idoWeek };

  if (SUMMER_IDS.has(id)) {
    const summer = summerWeekly(weekly);
    library.seasons = [{ ...SUMMER, weekly: summer }];
    // The IDO keeps only the slots that still fit; the season must exist on both schedules,
    // or the IDO would appear open while the library is closed.
    const idoSummer = idoWeek.filter((slot) => inside(slot, onDay(summer, slot.day)));
    ido.seasons = [
      {
        ...SUMMER,
        name: idoSummer.length ? 'Zomertijden' : 'Zomer: geen IDO-spreekuur',
        weekly: idoSummer,
      },
    ];
  }

  const libraryExceptions: NonNullable<OpeningHoursInput['exceptions']> = [];
  const idoExceptions: NonNullable<OpeningHoursInput['exceptions']> = [];
  for (const s of specialsFor(id, index)) {
    const day = dayOf(s.date);
    let dayHours: TimeRange[];
    if (s.open) dayHours = s.open;
    else if (s.closesAt)
      dayHours = clip(onDay(weekly, day), [{ opens: '00:00', closes: s.closesAt }]);
    else dayHours = [];
    // A short day that is not short here (branch closed anyway, or closing earlier) is no exception.
    if (s.closesAt && dayHours.length === 0) continue;
    if (s.closesAt && JSON.stringify(dayHours) === JSON.stringify(onDay(weekly, day))) continue;
    libraryExceptions.push(
      dayHours.length
        ? { date: s.date, intervals: dayHours, note: s.note }
        : { date: s.date, closed: true, note: s.note },
    );
    // Holidays close the IDO by default; only ordinary days need a matching IDO exception.
    if (s.open) continue;
    const normal = onDay(idoWeek, day);
    const left = clip(normal, dayHours);
    if (JSON.stringify(left) !== JSON.stringify(normal))
      idoExceptions.push(
        left.length
          ? { date: s.date, intervals: left, note: s.note }
          : { date: s.date, closed: true, note: s.note },
      );
  }
  if (id === IDO_ONLY_CLOSURE.id)
    idoExceptions.push({ date: IDO_ONLY_CLOSURE.date, closed: true, note: IDO_ONLY_CLOSURE.note });
  if (libraryExceptions.length) library.exceptions = libraryExceptions;
  if (idoExceptions.length)
    ido.exceptions = idoExceptions.sort((a, b) => a.date.localeCompare(b.date));

  if (GOOD_FRIDAY_IDS.has(id)) library.closedOnGoodFriday = ido.closedOnGoodFriday = true;
  return { library, ido };
}

function services(rng: Rng, profile: Profile): LocationService[] {
  const has = new Set<LocationService>();
  if (rng.chance(profile === 'village' ? 0.6 : 0.9)) has.add('walk-in');
  if (!has.has('walk-in') || rng.chance(0.6)) has.add('by-appointment');
  if (rng.chance(0.4)) has.add('by-phone');
  if (profile === 'flagship' || rng.chance(0.55)) has.add('digital-skills-course');
  if (profile !== 'village' || rng.chance(0.6)) has.add('wheelchair-accessible');
  if (rng.chance(profile === 'flagship' ? 0.9 : 0.3)) has.add('hearing-loop');
  return LOCATION_SERVICES.filter((s) => has.has(s));
}

const DESCRIPTIONS = [
  'Fictieve voorbeeldlocatie. Heeft u een vraag over de overheid, bijvoorbeeld over toeslagen, belastingen of DigiD? Kom langs en neem uw brief mee.',
  'Fictieve voorbeeldlocatie. Wij helpen u de weg te vinden op websites van de overheid. Wij loggen nooit in met uw DigiD.',
  'Fictieve voorbeeldlocatie. Samen zoeken we uit waar u moet zijn. Voor persoonlijke hulp verwijzen we u door naar een partner in de buurt.',
];

/**
 * What to bring to every other desk, by its place in the list (from the index, not the PRNG);
 * short, as the sample stays under 400 KB.
 */
const LOCATION_BRING: string[][] = [['DigiD-app of sms-code', 'De brief'], ['Identiteitsbewijs']];

/** For the staff of every sixth desk only (never shown to residents). */
const LOCATION_STAFF_INSTRUCTIONS = 'Fictief. Log nooit in met de DigiD van de bewoner.';

/** When desks that help by phone answer it (the same at every such desk; fictional). */
const PHONE_HOURS: OpeningHoursInput = {
  timeZone: 'Europe/Amsterdam',
  weekly: [iv('tu', '09:00', '12:00')],
};

function buildLocations(rng: Rng): LocationInput[] {
  const out: LocationInput[] = [];
  for (const town of TOWNS) {
    const townSlug = slugify(town.municipality);
    town.branches.forEach((branch, b) => {
      const place = branch.city ?? town.municipality;
      const title = [place, branch.label].filter(Boolean).join(' ');
      const id = slugify(`ido ${title}`);
      const index = out.length;
      const hours = buildHours(rng, id, index, branch.profile);
      const offered = services(rng, branch.profile);
      const extra = rng
        .shuffle(town.languages)
        .slice(0, branch.profile === 'village' ? rng.int(2) : 1 + rng.int(3));
      const serial = 10 + b;
      out.push({
        id,
        name: `IDO Voorbeeldbibliotheek ${title}`,
        organisation: `Voorbeeldbibliotheek ${town.municipality} (fictief)`,
        description: DESCRIPTIONS[index % DESCRIPTIONS.length],
        // From the index, not the PRNG: adding them left every other sample value as it was.
        ...(index % 6 === 0 ? { staffInstructions: LOCATION_STAFF_INSTRUCTIONS } : {}),
        ...(index % 2 === 0 ? { bring: LOCATION_BRING[(index / 2) % LOCATION_BRING.length] } : {}),
        address: {
          street: rng.pick(STREETS),
          houseNumber: String(1 + rng.int(180)) + (rng.chance(0.1) ? rng.pick(['A', 'B']) : ''),
          postcode: postcode(rng, branch.pc4),
          city: place,
          municipality: town.municipality,
        },
        geo: { lat: branch.lat, lon: branch.lon },
        contact: {
          phone: fakePhone(town.area, serial),
          ...(rng.chance(0.8) ? { email: `${id}@example.nl` } : {}),
          website: `https://voorbeeld.example.nl/${townSlug}/${slugify(title)}`,
          ...(offered.includes('by-appointment') && rng.chance(0.7)
            ? { appointmentUrl: `https://voorbeeld.example.nl/${townSlug}/ido-afspraak` }
            : {}),
        },
        hours: offered.includes('by-phone') ? { ...hours, phone: PHONE_HOURS } : hours,
        services: offered,
        languages: [
          'nl',
          ...(town.always ?? []),
          ...extra.filter((l) => !town.always?.includes(l)),
        ],
        updatedAt: updatedAt(rng),
      });
    });
  }
  return out;
}

interface Region {
  name: string;
  municipalities: string[];
}

/** Areas a regional partner serves; each is one or more of the towns above. */
const REGIONS: Region[] = [
  { name: 'Amsterdam', municipalities: ['Amsterdam'] },
  { name: 'Rotterdam', municipalities: ['Rotterdam'] },
  { name: 'Den Haag', municipalities: ['Den Haag'] },
  { name: 'Utrecht', municipalities: ['Utrecht'] },
  { name: 'Groningen', municipalities: ['Groningen'] },
  { name: 'Drenthe', municipalities: ['Assen', 'Emmen'] },
  { name: 'Fryslân', municipalities: ['Leeuwarden', 'Súdwest-Fryslân'] },
  { name: 'Zwolle', municipalities: ['Zwolle'] },
  { name: 'Twente', municipalities: ['Enschede'] },
  { name: 'Arnhem-Nijmegen', municipalities: ['Arnhem', 'Nijmegen'] },
  { name: 'Eindhoven', municipalities: ['Eindhoven'] },
  { name: 'West-Brabant en Den Bosch', municipalities: ['Breda', "'s-Hertogenbosch"] },
  { name: 'Limburg', municipalities: ['Maastricht', 'Venlo'] },
  { name: 'Zeeland', municipalities: ['Middelburg', 'Terneuzen'] },
  { name: 'Flevoland', municipalities: ['Almere', 'Lelystad'] },
  { name: 'Noord-Holland', municipalities: ['Haarlem', 'Alkmaar', 'Den Helder', 'Texel'] },
];

interface KindProfile {
  name: (region: string) => string;
  description: string;
  themes: ThemeId[];
  referral: ReferralRoute['method'][];
  /** Languages spoken, when the sample "knows" them (left out for some kinds on purpose). */
  languages?: string[];
  /** What help costs, when known (left out for some kinds on purpose). */
  cost?: PartnerCost;
  /** How IDO staff work with this kind of partner (never shown to residents). */
  staffInstructions?: string;
  /** What a resident should bring (left out for some kinds on purpose). */
  bring?: string[];
}

/** What a partner is known to offer besides its kind's text, each optional. */
type PartnerExtras = Pick<KindProfile, 'languages' | 'cost' | 'staffInstructions' | 'bring'>;

/** What each kind of partner does, in plain language (B1), and how to refer to it. */
const KINDS: Record<Exclude<PartnerKind, 'gemeente'>, KindProfile> = {
  'sociaal-raadslieden': {
    name: (r) => `Sociaal Raadslieden ${r} (fictief)`,
    description:
      'Gratis hulp bij brieven van de overheid, toeslagen, uitkeringen en regelingen. De raadslieden leggen uit wat er staat en helpen bij een bezwaar.',
    themes: ['toeslagen', 'belastingen', 'werk-uitkering', 'wonen', 'gemeente', 'boetes-schulden'],
    referral: ['by-phone', 'walk-in'],
    languages: ['nl', 'en', 'tr', 'ar'],
    cost: { kind: 'free' },
    staffInstructions:
      'Bel bij een bezwaartermijn die bijna verloopt meteen samen met de bewoner, en noem de datum van de brief.',
    bring: ['De brief waar het om gaat', 'Uw identiteitsbewijs'],
  },
  welzijn: {
    name: (r) => `Welzijn Voorbeeld ${r} (fictief)`,
    description:
      'Welzijnswerk in de wijk. Voor hulp bij geld, wonen en meedoen, en voor wie zich alleen voelt. Een buurtwerker kijkt samen met u wat nodig is.',
    themes: ['gemeente', 'wonen', 'zorg', 'overig'],
    referral: ['by-phone', 'form-url'],
    languages: ['nl', 'en', 'ar'],
    cost: { kind: 'free' },
    staffInstructions:
      'Vraag de bewoner of een buurtwerker mag terugbellen; geef alleen het telefoonnummer door.',
  },
  humanitas: {
    name: (r) => `Humanitas Thuisadministratie ${r} (fictief)`,
    description:
      'Een vrijwilliger komt bij u thuis en helpt u een jaar lang om uw papieren en geldzaken op orde te krijgen. Gratis.',
    themes: ['boetes-schulden', 'toeslagen', 'overig'],
    referral: ['form-url', 'by-phone'],
    languages: ['nl'],
    cost: { kind: 'free' },
    staffInstructions:
      'Meld aan met het formulier; de coördinator belt de bewoner binnen een week.',
    bring: ['Uw post van de laatste maanden, ook ongeopend'],
  },
  formulierenbrigade: {
    name: (r) => `Formulierenbrigade ${r} (fictief)`,
    description:
      'Hulp bij het invullen van formulieren en aanvragen, bijvoorbeeld voor toeslagen of een regeling van de gemeente. Neem uw papieren mee.',
    themes: ['toeslagen', 'gemeente', 'zorg', 'wonen', 'digid-mijnoverheid'],
    referral: ['walk-in', 'by-phone'],
    languages: ['nl', 'en', 'tr', 'ar', 'pl'],
    cost: { kind: 'free' },
    staffInstructions:
      'Zeg de bewoner welk formulier het is en dat de papieren mee moeten; geen afspraak nodig.',
    bring: ['Het formulier of de brief', 'Uw identiteitsbewijs', 'Uw bankpas'],
  },
  schuldhulp: {
    name: (r) => `Schuldhulp Voorbeeld ${r} (fictief)`,
    description:
      'Heeft u geldzorgen of schulden? Wij kijken samen naar uw situatie en zoeken een oplossing. Hoe eerder u komt, hoe beter.',
    themes: ['boetes-schulden', 'werk-uitkering', 'toeslagen'],
    referral: ['by-phone', 'form-url', 'by-email'],
    languages: ['nl', 'en'],
    cost: { kind: 'free' },
    staffInstructions:
      'Vraag toestemming om door te verwijzen; noem bij beslag of afsluiting dat het spoed is.',
    bring: ['Brieven van schuldeisers', 'Uw loonstroken of uitkeringsspecificatie'],
  },
  'vakbond-ouderenbond': {
    name: (r) => `Ouderenbond Voorbeeld ${r} (fictief)`,
    description:
      'Vrijwilligers van de ouderenbond helpen leden met de belastingaangifte, toeslagen en vragen over AOW en pensioen. Ook uitleg aan huis.',
    themes: ['belastingen', 'toeslagen', 'aow-pensioen'],
    referral: ['by-phone', 'by-email'],
    languages: ['nl'],
    cost: {
      kind: 'free-for-members',
      note: 'Lid worden kost ongeveer € 30 per jaar (voorbeeld).',
    },
    staffInstructions: 'Vraag eerst of de bewoner lid is; anders kan hij ter plekke lid worden.',
  },
  clientondersteuning: {
    name: (r) => `Cliëntondersteuning Voorbeeld ${r} (fictief)`,
    description:
      'Gratis en onafhankelijke hulp bij vragen over zorg en ondersteuning, zoals de Wmo, de Wet langdurige zorg of een persoonsgebonden budget.',
    themes: ['zorg', 'werk-uitkering'],
    referral: ['by-phone', 'form-url'],
    languages: ['nl', 'en'],
    cost: { kind: 'free' },
    staffInstructions:
      'Verwijs warm door bij vragen over een keukentafelgesprek; noem dat u van het IDO belt.',
  },
  zorgkantoor: {
    name: (r) => `Zorgkantoor Voorbeeld ${r} (fictief)`,
    description:
      'Voor vragen over langdurige zorg thuis of in een instelling, en over het persoonsgebonden budget (PGB) voor die zorg.',
    themes: ['zorg'],
    referral: ['by-phone', 'by-email'],
    bring: ['Uw zorgpas', 'De brief van het CIZ als u die heeft'],
  },
  belastingservice: {
    name: (r) => `Belastinghulp Voorbeeld ${r} (fictief)`,
    description:
      'Vrijwilligers helpen mensen met een laag inkomen met de belastingaangifte en het aanvragen of wijzigen van toeslagen. Gratis, op afspraak.',
    themes: ['belastingen', 'toeslagen'],
    referral: ['form-url', 'by-phone'],
    languages: ['nl'],
    cost: {
      kind: 'fee',
      note: 'U betaalt € 15 per aangifte (voorbeeld). Met een laag inkomen is het gratis.',
    },
    staffInstructions:
      'Maak de afspraak via het formulier; de vrijwilliger heeft de machtiging van de bewoner nodig.',
    bring: ['De brief van de Belastingdienst', 'Jaaropgaven van uw inkomen', 'Uw DigiD'],
  },
  'juridisch-loket': {
    name: (r) => `Juridisch Loket Voorbeeld ${r} (fictief)`,
    description:
      'Gratis juridisch advies. Bijvoorbeeld als u het niet eens bent met een besluit, een boete of uw huurbaas. Wij zeggen ook of u een advocaat nodig heeft.',
    themes: ['boetes-schulden', 'werk-uitkering', 'wonen', 'toeslagen', 'overig'],
    referral: ['by-phone', 'walk-in', 'form-url'],
    languages: ['nl', 'en'],
    cost: {
      kind: 'free',
      note: 'Heeft u daarna een advocaat nodig, dan betaalt u soms een eigen bijdrage.',
    },
    staffInstructions: 'Laat de bewoner bij een termijn van minder dan een week meteen bellen.',
    bring: ['De brief of het besluit waar het om gaat'],
  },
  other: {
    name: (r) => `Digitaal Hulpplein ${r} (fictief)`,
    description:
      'Vrijwilligers helpen u stap voor stap met DigiD, de DigiD-app, een paspoort of rijbewijs aanvragen en studiefinanciering bij DUO.',
    themes: ['digid-mijnoverheid', 'identiteit-rijbewijs', 'studiefinanciering'],
    referral: ['walk-in', 'by-phone'],
    staffInstructions:
      'Alleen voor DigiD-vragen die het IDO niet zelf oplost; log nooit in met de DigiD van de bewoner.',
    bring: ['Uw identiteitsbewijs', 'Uw telefoon'],
  },
};

const ROTATION = Object.keys(KINDS) as (keyof typeof KINDS)[];

const REFERRAL_TEXT: Record<ReferralRoute['method'], string> = {
  'by-phone':
    'Bel samen met de bewoner en zeg dat u van het IDO in de bibliotheek belt. Geef alleen door wat de bewoner goed vindt.',
  'by-email':
    'Vraag eerst toestemming. Mail dan met als onderwerp "Doorverwijzing IDO" en zet er alleen het telefoonnummer van de bewoner in.',
  'walk-in':
    'De bewoner kan zonder afspraak langskomen tijdens het spreekuur. Geef het adres en de tijden mee en zeg welke papieren nodig zijn.',
  'form-url':
    'Vul samen met de bewoner het aanmeldformulier in. De partner neemt binnen drie werkdagen contact op.',
};

function partnerHours(rng: Rng): OpeningHoursInput | undefined {
  switch (rng.int(4)) {
    case 0:
      return {
        timeZone: 'Europe/Amsterdam',
        weekly: (['mo', 'tu', 'we', 'th'] as const).map((d) => iv(d, '09:00', '12:00')),
      };
    case 1:
      return {
        timeZone: 'Europe/Amsterdam',
        weekly: [iv('tu', '13:00', '16:00'), iv('th', '13:00', '16:00')],
      };
    case 2:
      return {
        timeZone: 'Europe/Amsterdam',
        weekly: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((d) => iv(d, '09:00', '17:00')),
      };
    default:
      return undefined;
  }
}

function makePartner(
  rng: Rng,
  id: string,
  kind: PartnerKind,
  name: string,
  description: string,
  themes: ThemeId[],
  municipalities: string[],
  methods: ReferralRoute['method'][],
  serial: number,
  extras: PartnerExtras = {},
): PartnerInput {
  const home = TOWNS.find((t) => t.municipality === municipalities[0])!;
  const branch = home.branches[0]!;
  const site = `https://voorbeeld.example.nl/partners/${id}`;
  const routes = methods.slice(0, 1 + rng.int(methods.length)).map((method) => ({
    method,
    instructions: REFERRAL_TEXT[method],
    ...(method === 'form-url' ? { url: `${site}/aanmelden` } : {}),
  }));
  const hours = partnerHours(rng);
  return {
    id,
    name,
    kind,
    description,
    themes,
    municipalities,
    contact: {
      phone: fakePhone(home.area, serial),
      email: `${id}@example.nl`,
      website: site,
      ...(routes.some((r) => r.method === 'walk-in') || rng.chance(0.5)
        ? {
            address: {
              street: rng.pick(STREETS),
              houseNumber: String(1 + rng.int(240)),
              postcode: postcode(rng, branch.pc4),
              city: branch.city ?? home.municipality,
            },
          }
        : {}),
    },
    ...(hours ? { hours } : {}),
    // From the kind, not the PRNG: adding them left every other sample value as it was.
    ...(extras.languages ? { languages: extras.languages } : {}),
    ...(extras.cost ? { cost: extras.cost } : {}),
    ...(extras.staffInstructions ? { staffInstructions: extras.staffInstructions } : {}),
    ...(extras.bring ? { bring: extras.bring } : {}),
    referral: routes,
    updatedAt: updatedAt(rng),
  };
}

function buildPartners(rng: Rng): PartnerInput[] {
  const out: PartnerInput[] = [];
  // Every municipality has its own social desk.
  TOWNS.forEach((town, t) => {
    out.push(
      makePartner(
        rng,
        `gemeente-${slugify(town.municipality)}-sociaal-loket`,
        'gemeente',
        `Gemeente ${town.municipality}, Sociaal loket (fictief)`,
        'Het sociaal loket van de gemeente helpt bij bijstand, Wmo, minimaregelingen en andere regelingen van de gemeente. U kunt bellen of langskomen.',
        ['gemeente', 'werk-uitkering', 'zorg', 'wonen', 'identiteit-rijbewijs', 'boetes-schulden'],
        [town.municipality],
        ['by-phone', 'walk-in', 'by-email'],
        100 + t,
        {
          languages: ['nl', 'en'],
          cost: { kind: 'free' },
          staffInstructions:
            'Bel het sociaal loket samen met de bewoner; vraag naar de consulent van de wijk.',
          bring: ['Uw identiteitsbewijs', 'Brieven van de gemeente'],
        },
      ),
    );
  });
  // Two other kinds per region, rotating, so every kind appears in several regions.
  REGIONS.forEach((region, r) => {
    for (const kind of [
      ROTATION[(2 * r) % ROTATION.length]!,
      ROTATION[(2 * r + 1) % ROTATION.length]!,
    ]) {
      const profile = KINDS[kind];
      out.push(
        makePartner(
          rng,
          slugify(profile.name(region.name).replace(' (fictief)', '')),
          kind,
          profile.name(region.name),
          profile.description,
          profile.themes,
          region.municipalities,
          profile.referral,
          200 + out.length,
          profile,
        ),
      );
    }
  });
  return out;
}

/** The whole sample feed, before validation (defaults may be omitted). */
export function buildSampleFeed(): FeedInput {
  const rng = prng(SEED);
  return {
    version: 1,
    generatedAt: SAMPLE_GENERATED_AT,
    publisher: { name: 'IDO Kit voorbeelddata (fictief)', url: 'https://voorbeeld.example.nl/' },
    sample: true,
    helpline: {
      phone: '0800 1234567',
      label: 'Informatiepunt Digitale Overheid (voorbeeldnummer)',
    },
    taxonomy: defaultTaxonomy,
    locations: buildLocations(rng),
    partners: buildPartners(rng),
  };
}
