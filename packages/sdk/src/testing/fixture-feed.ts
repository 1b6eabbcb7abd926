import { FeedSchema, type Feed, type FeedInput } from '../schemas/feed.js';
import type { LocationInput } from '../schemas/location.js';
import type { OpeningHoursInput } from '../schemas/opening-hours.js';
import type { PartnerInput } from '../schemas/partner.js';
import { defaultTaxonomy } from '../taxonomy/index.js';

const UPDATED = '2026-11-01T09:00:00Z';

type Day = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';
const week = (days: Day[], opens: string, closes: string) =>
  days.map((day) => ({ day, opens, closes }));
const hours = (...weekly: ReturnType<typeof week>[]): OpeningHoursInput => ({
  weekly: weekly.flat(),
});

const locations: LocationInput[] = [
  {
    id: 'ido-utrecht-centrum',
    name: 'IDO Voorbeeldbibliotheek Utrecht Centrum',
    organisation: 'Voorbeeldbibliotheek Utrecht',
    description:
      'Op de eerste verdieping, naast de leestafel. Kom langs tijdens het inloopspreekuur.',
    address: {
      street: 'Voorbeeldplein',
      houseNumber: '1',
      postcode: '3511 AB',
      city: 'Utrecht',
      municipality: 'Utrecht',
    },
    geo: { lat: 52.092, lon: 5.115 },
    contact: {
      phone: '030 123 45 67',
      email: 'ido@voorbeeldbibliotheek-utrecht.example',
      website: 'https://voorbeeldbibliotheek-utrecht.example/ido',
    },
    hours: {
      library: {
        weekly: [
          ...week(['mo', 'tu', 'we', 'fr'], '10:00', '18:00'),
          ...week(['th'], '10:00', '21:00'),
          ...week(['sa'], '10:00', '17:00'),
          ...week(['su'], '12:00', '17:00'),
        ],
        exceptions: [
          {
            date: '2026-12-24',
            intervals: [{ opens: '10:00', closes: '16:00' }],
            note: 'Kerstavond: tot 16:00 open',
          },
          { date: '2026-12-31', closed: true, note: 'Oudejaarsdag: de hele dag gesloten' },
        ],
      },
      ido: {
        weekly: [
          ...week(['tu'], '10:00', '12:00'),
          ...week(['th'], '14:00', '16:00'),
          ...week(['th'], '18:00', '20:00'),
          ...week(['sa'], '11:00', '13:00'),
        ],
        exceptions: [
          {
            date: '2026-12-24',
            intervals: [{ opens: '14:00', closes: '16:00' }],
            note: 'Kerstavond: alleen het middagspreekuur',
          },
          { date: '2026-12-31', closed: true, note: 'Oudejaarsdag: de hele dag gesloten' },
        ],
      },
    },
    services: [
      'walk-in',
      'by-phone',
      'digital-skills-course',
      'wheelchair-accessible',
      'hearing-loop',
    ],
    languages: ['nl', 'en', 'ar', 'tr'],
    updatedAt: UPDATED,
  },
  {
    id: 'ido-utrecht-kanaleneiland',
    name: 'IDO Voorbeeldbibliotheek Utrecht Kanaleneiland',
    organisation: 'Voorbeeldbibliotheek Utrecht',
    address: {
      street: 'Voorbeeldlaan',
      houseNumber: '20',
      postcode: '3526 KL',
      city: 'Utrecht',
      municipality: 'Utrecht',
    },
    geo: { lat: 52.0707, lon: 5.096 },
    contact: { phone: '030 123 45 68' },
    hours: {
      library: hours(
        week(['mo', 'tu', 'we', 'th', 'fr'], '09:00', '17:00'),
        week(['sa'], '10:00', '14:00'),
      ),
      ido: hours(week(['mo', 'we'], '09:30', '12:30')),
    },
    services: ['walk-in', 'by-appointment', 'wheelchair-accessible'],
    languages: ['nl', 'ar', 'tr'],
    updatedAt: UPDATED,
  },
  {
    id: 'ido-zwolle-centrum',
    name: 'IDO Voorbeeldbibliotheek Zwolle Centrum',
    organisation: 'Voorbeeldbibliotheek Zwolle',
    address: {
      street: 'Voorbeeldstraat',
      houseNumber: '5',
      postcode: '8011 NH',
      city: 'Zwolle',
      municipality: 'Zwolle',
    },
    geo: { lat: 52.5125, lon: 6.094 },
    contact: {
      phone: '038 123 45 67',
      website: 'https://voorbeeldbibliotheek-zwolle.example/ido',
      appointmentUrl: 'https://voorbeeldbibliotheek-zwolle.example/ido/afspraak',
    },
    hours: {
      library: hours(
        week(['mo'], '13:00', '17:30'),
        week(['tu', 'we', 'th', 'fr', 'sa'], '10:00', '17:30'),
      ),
      ido: hours(week(['we'], '10:00', '12:00'), week(['fr'], '13:00', '16:00')),
    },
    services: ['walk-in', 'by-appointment', 'by-phone', 'wheelchair-accessible'],
    languages: ['nl', 'en', 'de'],
    updatedAt: UPDATED,
  },
  {
    // No IDO hours: "open now" falls back to the library's hours.
    id: 'ido-zwolle-stadshagen',
    name: 'IDO Voorbeeldbibliotheek Zwolle Stadshagen',
    organisation: 'Voorbeeldbibliotheek Zwolle',
    address: {
      street: 'Voorbeeldweg',
      houseNumber: '12',
      postcode: '8043 PB',
      city: 'Zwolle',
      municipality: 'Zwolle',
    },
    geo: { lat: 52.5337, lon: 6.0588 },
    contact: {},
    hours: {
      library: hours(
        week(['tu', 'we', 'th', 'fr'], '10:00', '17:00'),
        week(['sa'], '10:00', '13:00'),
      ),
    },
    services: ['walk-in', 'digital-skills-course'],
    languages: ['nl'],
    updatedAt: UPDATED,
  },
  {
    id: 'ido-amsterdam-oosterdok',
    name: 'IDO Voorbeeldbibliotheek Amsterdam Oosterdok',
    organisation: 'Voorbeeldbibliotheek Amsterdam',
    address: {
      street: 'Voorbeeldkade',
      houseNumber: '143',
      postcode: '1011 DL',
      city: 'Amsterdam',
      municipality: 'Amsterdam',
    },
    geo: { lat: 52.376, lon: 4.908 },
    contact: { phone: '020 123 45 67', email: 'ido@voorbeeldbibliotheek-amsterdam.example' },
    hours: {
      library: hours(week(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], '10:00', '22:00')),
      ido: hours(week(['mo', 'tu', 'we', 'th', 'fr'], '13:00', '17:00')),
    },
    services: ['walk-in', 'by-phone', 'wheelchair-accessible', 'hearing-loop'],
    languages: ['nl', 'en', 'es', 'pap', 'zh-Hant'],
    updatedAt: UPDATED,
  },
  {
    id: 'ido-amsterdam-noord',
    name: 'IDO Voorbeeldbibliotheek Amsterdam Noord',
    organisation: 'Voorbeeldbibliotheek Amsterdam',
    description: 'Alleen op afspraak. Maak online een afspraak of bel de bibliotheek.',
    address: {
      street: 'Voorbeeldhof',
      houseNumber: '8',
      postcode: '1031 KR',
      city: 'Amsterdam',
      municipality: 'Amsterdam',
    },
    geo: { lat: 52.39, lon: 4.916 },
    contact: {
      phone: '020 123 45 68',
      appointmentUrl: 'https://voorbeeldbibliotheek-amsterdam.example/ido/afspraak',
    },
    hours: {
      library: hours(week(['tu', 'we', 'th', 'fr', 'sa'], '11:00', '18:00')),
      ido: hours(week(['tu', 'th'], '11:00', '15:00')),
    },
    services: ['by-appointment'],
    languages: ['nl', 'pl', 'uk'],
    updatedAt: UPDATED,
  },
];

const partners: PartnerInput[] = [
  {
    id: 'sociaal-raadslieden-utrecht',
    name: 'Sociaal Raadslieden Voorbeeld Utrecht',
    kind: 'sociaal-raadslieden',
    description: 'Gratis hulp bij brieven, toeslagen, belastingen en geldzaken.',
    themes: ['toeslagen', 'belastingen', 'boetes-schulden'],
    municipalities: ['Utrecht'],
    contact: { phone: '030 765 43 21', website: 'https://raadslieden-utrecht.example' },
    languages: ['nl', 'en', 'tr', 'ar'],
    cost: { kind: 'free' },
    referral: [
      { method: 'by-phone', instructions: 'Bel samen met de bewoner en vraag naar het spreekuur.' },
    ],
    updatedAt: UPDATED,
  },
  {
    id: 'humanitas-thuisadministratie-zwolle',
    name: 'Humanitas Thuisadministratie Zwolle',
    kind: 'humanitas',
    description: 'Een vrijwilliger komt thuis helpen om de administratie op orde te krijgen.',
    themes: ['boetes-schulden', 'toeslagen'],
    municipalities: ['Zwolle'],
    contact: { email: 'zwolle@humanitas.example', website: 'https://humanitas.example/zwolle' },
    hours: hours(week(['tu', 'th'], '13:00', '16:00')),
    languages: ['nl'],
    cost: { kind: 'free' },
    referral: [
      {
        method: 'form-url',
        instructions: 'Vul met de bewoner het aanmeldformulier in.',
        url: 'https://humanitas.example/zwolle/aanmelden',
      },
    ],
    updatedAt: UPDATED,
  },
  {
    id: 'formulierenbrigade-amsterdam',
    name: 'Formulierenbrigade Amsterdam',
    kind: 'formulierenbrigade',
    description: 'Hulp bij het invullen van formulieren van de gemeente en de overheid.',
    themes: ['toeslagen', 'gemeente', 'zorg'],
    municipalities: ['Amsterdam'],
    contact: {
      phone: '020 765 43 21',
      address: {
        street: 'Voorbeeldstraat',
        houseNumber: '2',
        postcode: '1012 AB',
        city: 'Amsterdam',
      },
    },
    referral: [
      { method: 'walk-in', instructions: 'Inloop op dinsdag en donderdag, 9 tot 12 uur.' },
    ],
    updatedAt: UPDATED,
  },
  {
    id: 'ouderenbond-belastingservice',
    name: 'Belastingservice Ouderenbond',
    kind: 'belastingservice',
    description: 'Vrijwillige belastinginvullers helpen ouderen met de aangifte en toeslagen.',
    themes: ['belastingen', 'aow-pensioen', 'toeslagen'],
    municipalities: ['Utrecht', 'Zwolle', 'Amsterdam'],
    contact: { phone: '0800 123 4567', website: 'https://ouderenbond.example/belastingservice' },
    cost: { kind: 'free-for-members', note: 'Lid worden kost € 30 per jaar.' },
    referral: [
      {
        method: 'by-phone',
        instructions: 'Bel het landelijke nummer; zij zoeken iemand in de buurt.',
      },
    ],
    updatedAt: UPDATED,
  },
  {
    id: 'juridisch-loket',
    name: 'Het Juridisch Loket (voorbeeld)',
    kind: 'juridisch-loket',
    description: 'Gratis juridisch advies over huur, werk, uitkering en schulden.',
    themes: ['wonen', 'werk-uitkering', 'boetes-schulden'],
    municipalities: ['Utrecht', 'Zwolle', 'Amsterdam', 'Súdwest-Fryslân'],
    contact: { phone: '0900 123 4567', website: 'https://juridischloket.example' },
    languages: ['nl', 'en'],
    cost: {
      kind: 'fee',
      note: 'Het eerste gesprek is gratis. Daarna betaalt u soms een eigen bijdrage.',
    },
    referral: [
      { method: 'by-phone', instructions: 'Laat de bewoner zelf bellen; geef het nummer mee.' },
      {
        method: 'form-url',
        instructions: 'Of stel samen een vraag via het webformulier.',
        url: 'https://juridischloket.example/vraag',
      },
    ],
    updatedAt: UPDATED,
  },
  {
    id: 'wmo-loket-zwolle',
    name: 'Wmo-loket Gemeente Zwolle',
    kind: 'gemeente',
    description: 'Voor hulp thuis, vervoer en hulpmiddelen vanuit de Wmo.',
    themes: ['zorg', 'gemeente'],
    municipalities: ['Zwolle'],
    contact: { phone: '038 000 00 00', email: 'wmo@zwolle.example' },
    hours: hours(week(['mo', 'tu', 'we', 'th', 'fr'], '09:00', '17:00')),
    referral: [
      { method: 'by-email', instructions: 'Mail met toestemming van de bewoner een korte vraag.' },
    ],
    updatedAt: UPDATED,
  },
];

const input: FeedInput = {
  version: 1,
  generatedAt: '2026-11-01T09:00:00Z',
  publisher: { name: 'IDO Kit voorbeeld', url: 'https://idokit.example' },
  sample: true,
  helpline: { phone: '0800 0000', label: 'Informatiepunt Digitale Overheid' },
  taxonomy: defaultTaxonomy,
  locations,
  partners,
};

/**
 * A small, hand-made feed for tests and stories: six locations in Utrecht, Zwolle and Amsterdam
 * (one without IDO hours, one by appointment only, December 2026 exceptions at Utrecht Centrum)
 * and six partners (two with hours, most with languages and cost). Valid against `FeedSchema`
 * (parsed, so defaults are filled in).
 *
 * At {@link fixtureNow} (Wednesday 18 November 2026, 10:30 in Amsterdam) the IDO is open at
 * Utrecht Kanaleneiland and Zwolle Centrum, and Zwolle Stadshagen's library (it has no IDO hours);
 * the Wmo-loket Zwolle is open and Humanitas Zwolle (Tuesday and Thursday afternoons) is closed.
 */
export const fixtureFeed: Feed = FeedSchema.parse(input);

/** A fixed instant that suits {@link fixtureFeed}: Wednesday 18 November 2026, 10:30 Europe/Amsterdam. */
export const fixtureNow = new Date('2026-11-18T09:30:00Z');
