import type { LocationService, PostcodeProblem } from '@idokit/sdk';

/** Whose hours an item shows: the IDO's own consultation hours, or the library's. */
export type LocatorHoursKind = 'ido' | 'library';

/**
 * Text of <ido-locator>, in every language it speaks: Dutch and English here, Arabic, Turkish,
 * Polish and Ukrainian in `strings/` (loaded on first use; declared in `texts.ts`). Keys start
 * with `locator`; Dutch is plain B1 language, English is complete.
 * Distances and radii arrive already formatted with `Intl.NumberFormat` ("1,2").
 */
export interface LocatorStrings {
  /** Accessible name of the element's region. */
  locatorLabel: string;
  /** Accessible name of the search form (a search landmark). */
  locatorFormLabel: string;
  /** Label of the one search field. */
  locatorSearchLabel: string;
  /** Hint under the label: what may be typed. */
  locatorSearchHint: string;
  /** The search button. */
  locatorSearchButton: string;
  /** Word between the search button and the location button. */
  locatorOr: string;
  /** The button that asks the browser for the device's position. */
  locatorUseLocation: string;
  /**
   * What happens with the position, in plain words. `mode` is the data source: with `'http'` the
   * rounded position goes to the library's own server; with `'feed'` it stays on the device.
   */
  locatorUseLocationInfo: (mode: 'feed' | 'http') => string;
  /** Shown (and announced) while the browser finds the position. */
  locatorLocating: string;
  /** The resident (or the browser, or an insecure page) refused the position. */
  locatorGeoDenied: string;
  /** The browser could not find a position, or not in time. */
  locatorGeoUnavailable: string;
  /** The browser has no Geolocation API. */
  locatorGeoUnsupported: string;
  /** An input problem, per kind reported by the SDK's `parsePostcode`. */
  locatorPostcodeProblem: Record<PostcodeProblem, string>;
  /** Nothing is known by that postcode or place name. */
  locatorNotFound: (query: string) => string;
  /** The place name is too short to look up. */
  locatorTooShort: string;
  /** Looking up postcodes and places failed (PDOK or the server is down). */
  locatorGeocodeUnavailable: string;
  /** Legend of the filters. */
  locatorFilters: string;
  /** Filter: only locations open at this moment. */
  locatorOpenNow: string;
  /** Filter label and list text of each service. */
  locatorService: Record<LocationService, string>;
  /** Label of the radius choice. */
  locatorRadiusLabel: string;
  /** One radius option: "Binnen 25 km". */
  locatorRadiusOption: (km: string) => string;
  /** Announced while searching. */
  locatorSearching: string;
  /** What the origin is called when it is the device's position. */
  locatorYourLocation: string;
  /** The result count, announced: "3 Informatiepunten gevonden binnen 25 km van 3511 AB Utrecht". */
  locatorFound: (count: number, km: string, origin: string) => string;
  /** Added when fewer are shown than found: "U ziet de 10 dichtstbijzijnde." */
  locatorShowing: (shown: number) => string;
  /** Nothing found: "Geen Informatiepunt gevonden binnen 5 km van Zwolle." */
  locatorNone: (km: string, origin: string) => string;
  /** Nothing found because of the "open now" filter. */
  locatorNoneOpen: string;
  /** Button in the empty state: search further away. */
  locatorWiden: (km: string) => string;
  /** Button in the empty state: drop the "open now" filter. */
  locatorShowClosed: string;
  /** Before the national help line's number in the empty state. */
  locatorHelpline: string;
  /** Accessible name of the result list. */
  locatorResults: string;
  /** Button under the list that shows more results. */
  locatorMore: string;
  /** Before the distance, for screen readers: "Afstand:". */
  locatorDistance: string;
  /** Label before the opening status, saying whose hours these are. */
  locatorHoursLabel: (kind: LocatorHoursKind) => string;
  /** Before the languages spoken: "Talen:". */
  locatorLanguages: string;
  /** Before the phone hours' status, when the Informatiepunt helps by phone. */
  locatorPhoneHours: string;
  /** Title of what a resident should bring. */
  locatorBring: string;
  /** A phone link: "Bel 030 123 45 67". */
  locatorCall: (phone: string) => string;
  /** A phone number that could not be made into a link: "Telefoon: …". */
  locatorPhone: (phone: string) => string;
  /** The location's own website. */
  locatorWebsite: string;
  /** The location's booking page. */
  locatorAppointment: string;
  /** Before the route links: "Route:". */
  locatorRoute: string;
  /** Route link by public transport. */
  locatorRouteTransit: string;
  /** Route link on foot. */
  locatorRouteWalking: string;
  /** Route link by bike. */
  locatorRouteCycling: string;
  /** Heading of the short list of outreach sessions near the search in the coming 7 days. */
  locatorOutreachHeading: string;
  /** Hidden after each link and button of an item: " naar IDO …" / " for IDO …". */
  locatorFor: (name: string) => string;
  /** The select button (a toggle; its pressed state says whether it is chosen). */
  locatorSelect: string;
  /** Visible mark on the chosen item. */
  locatorSelected: string;
  /** Button that opens the map. */
  locatorShowMap: string;
  /** Button that closes the map. */
  locatorHideMap: string;
  /** Accessible name of the map. */
  locatorMapLabel: (count: number) => string;
  /** Shown while the map code loads. */
  locatorMapLoading: string;
  /** The map code could not load; the list still works. */
  locatorMapFailed: string;
  /** Attribution of the base map tiles. */
  locatorMapAttribution: string;
  /** The map's zoom-in button. */
  locatorZoomIn: string;
  /** The map's zoom-out button. */
  locatorZoomOut: string;
}

export const locatorNl: LocatorStrings = {
  locatorLabel: 'Zoek een Informatiepunt Digitale Overheid',
  locatorFormLabel: 'Zoek een Informatiepunt',
  locatorSearchLabel: 'Postcode of woonplaats',
  locatorSearchHint: 'Bijvoorbeeld 1234 AB of Zwolle',
  locatorSearchButton: 'Zoeken',
  locatorOr: 'of',
  locatorUseLocation: 'Gebruik mijn locatie',
  locatorUseLocationInfo: (mode) =>
    mode === 'http'
      ? 'Uw browser vraagt eerst of het mag. We gebruiken uw locatie alleen om op afstand te sorteren. Afgerond op ongeveer 100 meter gaat hij naar de server van de bibliotheek, nergens anders heen. We bewaren hem niet.'
      : 'Uw browser vraagt eerst of het mag. We gebruiken uw locatie alleen om op afstand te sorteren. Hij blijft op uw apparaat en we bewaren hem niet.',
  locatorLocating: 'Uw locatie wordt gezocht…',
  locatorGeoDenied:
    'Uw browser geeft uw locatie niet door. Misschien gaf u geen toestemming. Vul daarom uw postcode of woonplaats in.',
  locatorGeoUnavailable: 'Uw locatie is niet gevonden. Vul daarom uw postcode of woonplaats in.',
  locatorGeoUnsupported:
    'Deze browser kan uw locatie niet doorgeven. Vul daarom uw postcode of woonplaats in.',
  locatorPostcodeProblem: {
    empty: 'Vul een postcode of woonplaats in.',
    'leading-zero': 'Een postcode begint nooit met een 0. Kijk het eerste cijfer na.',
    'wrong-digits': 'Een postcode heeft 4 cijfers en 2 letters, zoals 1234 AB.',
    'wrong-letters': 'Na de 4 cijfers komen 2 letters, zoals 1234 AB.',
    'reserved-letters': 'Een postcode eindigt nooit op SA, SD of SS. Kijk de letters na.',
    'unexpected-characters':
      'Een postcode heeft alleen cijfers en letters, zoals 1234 AB. Laat het huisnummer weg.',
  },
  locatorNotFound: (query) =>
    `We vinden “${query}” niet. Kijk de spelling na, of vul een postcode in.`,
  locatorTooShort: 'Typ een langere plaatsnaam, of een postcode.',
  locatorGeocodeUnavailable:
    'Zoeken op postcode of plaats lukt nu niet. Probeer het later opnieuw, of gebruik uw locatie.',
  locatorFilters: 'Alleen tonen',
  locatorOpenNow: 'Nu open',
  locatorService: {
    'walk-in': 'Binnenlopen zonder afspraak',
    'by-appointment': 'Op afspraak',
    'by-phone': 'Hulp via de telefoon',
    'digital-skills-course': 'Cursus digitale vaardigheden',
    'wheelchair-accessible': 'Toegankelijk met een rolstoel',
    'hearing-loop': 'Ringleiding voor slechthorenden',
  },
  locatorRadiusLabel: 'Afstand',
  locatorRadiusOption: (km) => `Binnen ${km} km`,
  locatorSearching: 'Zoeken…',
  locatorYourLocation: 'uw locatie',
  locatorFound: (count, km, origin) =>
    `${count} ${count === 1 ? 'Informatiepunt' : 'Informatiepunten'} gevonden binnen ${km} km van ${origin}.`,
  locatorShowing: (shown) =>
    shown === 1 ? 'U ziet het dichtstbijzijnde.' : `U ziet de ${shown} dichtstbijzijnde.`,
  locatorNone: (km, origin) => `Geen Informatiepunt gevonden binnen ${km} km van ${origin}.`,
  locatorNoneOpen: 'Misschien is er wel een in de buurt die nu gesloten is.',
  locatorWiden: (km) => `Zoek binnen ${km} km`,
  locatorShowClosed: 'Toon ook wat nu gesloten is',
  locatorHelpline: 'U kunt ook bellen voor hulp:',
  locatorResults: 'Zoekresultaten',
  locatorMore: 'Toon meer',
  locatorDistance: 'Afstand:',
  locatorHoursLabel: (kind) =>
    kind === 'ido' ? 'Spreekuur Informatiepunt:' : 'Bibliotheek (geen apart spreekuur):',
  locatorLanguages: 'Talen:',
  locatorPhoneHours: 'Telefonisch spreekuur:',
  locatorBring: 'Neem mee:',
  locatorCall: (phone) => `Bel ${phone}`,
  locatorPhone: (phone) => `Telefoon: ${phone}`,
  locatorWebsite: 'Website',
  locatorAppointment: 'Maak een afspraak',
  locatorRoute: 'Route:',
  locatorRouteTransit: 'Openbaar vervoer',
  locatorRouteWalking: 'Lopen',
  locatorRouteCycling: 'Fietsen',
  locatorOutreachHeading: 'IDO buiten de bibliotheek deze week',
  locatorFor: (name) => ` (${name})`,
  locatorSelect: 'Kies deze',
  locatorSelected: 'Gekozen',
  locatorShowMap: 'Toon op kaart',
  locatorHideMap: 'Verberg kaart',
  locatorMapLabel: (count) =>
    `Kaart met ${count} ${count === 1 ? 'Informatiepunt' : 'Informatiepunten'}. De lijst geeft dezelfde informatie.`,
  locatorMapLoading: 'Kaart laden…',
  locatorMapFailed: 'De kaart kan nu niet worden getoond. De lijst werkt wel.',
  locatorMapAttribution: 'Kaartgegevens © Kadaster',
  locatorZoomIn: 'Inzoomen',
  locatorZoomOut: 'Uitzoomen',
};

export const locatorEn: LocatorStrings = {
  locatorLabel: 'Find a Digital Government Information Point',
  locatorFormLabel: 'Find an Information Point',
  locatorSearchLabel: 'Postcode or town',
  locatorSearchHint: 'For example 1234 AB or Zwolle',
  locatorSearchButton: 'Search',
  locatorOr: 'or',
  locatorUseLocation: 'Use my location',
  locatorUseLocationInfo: (mode) =>
    mode === 'http'
      ? 'Your browser asks you first. We only use your location to sort by distance. Rounded to about 100 metres, it goes to the library’s own server and nowhere else. We do not store it.'
      : 'Your browser asks you first. We only use your location to sort by distance. It stays on your device and we do not store it.',
  locatorLocating: 'Finding your location…',
  locatorGeoDenied:
    'Your browser does not share your location. Perhaps you did not allow it. Please enter your postcode or town instead.',
  locatorGeoUnavailable:
    'Your location could not be found. Please enter your postcode or town instead.',
  locatorGeoUnsupported:
    'This browser cannot share your location. Please enter your postcode or town instead.',
  locatorPostcodeProblem: {
    empty: 'Enter a postcode or town.',
    'leading-zero': 'A Dutch postcode never starts with 0. Check the first digit.',
    'wrong-digits': 'A postcode has 4 digits and 2 letters, like 1234 AB.',
    'wrong-letters': 'After the 4 digits come 2 letters, like 1234 AB.',
    'reserved-letters': 'A postcode never ends in SA, SD or SS. Check the letters.',
    'unexpected-characters':
      'A postcode has only digits and letters, like 1234 AB. Leave out the house number.',
  },
  locatorNotFound: (query) => `We cannot find “${query}”. Check the spelling, or enter a postcode.`,
  locatorTooShort: 'Type a longer place name, or a postcode.',
  locatorGeocodeUnavailable:
    'Searching by postcode or place is not possible right now. Please try again later, or use your location.',
  locatorFilters: 'Only show',
  locatorOpenNow: 'Open now',
  locatorService: {
    'walk-in': 'Walk in without an appointment',
    'by-appointment': 'By appointment',
    'by-phone': 'Help by phone',
    'digital-skills-course': 'Digital skills course',
    'wheelchair-accessible': 'Wheelchair accessible',
    'hearing-loop': 'Hearing loop',
  },
  locatorRadiusLabel: 'Distance',
  locatorRadiusOption: (km) => `Within ${km} km`,
  locatorSearching: 'Searching…',
  locatorYourLocation: 'your location',
  locatorFound: (count, km, origin) =>
    `${count} ${count === 1 ? 'Information Point' : 'Information Points'} found within ${km} km of ${origin}.`,
  locatorShowing: (shown) =>
    shown === 1 ? 'You see the nearest one.' : `You see the ${shown} nearest.`,
  locatorNone: (km, origin) => `No Information Point found within ${km} km of ${origin}.`,
  locatorNoneOpen: 'There may be one nearby that is closed right now.',
  locatorWiden: (km) => `Search within ${km} km`,
  locatorShowClosed: 'Also show places that are closed now',
  locatorHelpline: 'You can also call for help:',
  locatorResults: 'Search results',
  locatorMore: 'Show more',
  locatorDistance: 'Distance:',
  locatorHoursLabel: (kind) =>
    kind === 'ido' ? 'Information Point hours:' : 'Library (no separate hours):',
  locatorLanguages: 'Languages:',
  locatorPhoneHours: 'Phone hours:',
  locatorBring: 'Bring with you:',
  locatorCall: (phone) => `Call ${phone}`,
  locatorPhone: (phone) => `Phone: ${phone}`,
  locatorWebsite: 'Website',
  locatorAppointment: 'Make an appointment',
  locatorRoute: 'Directions:',
  locatorRouteTransit: 'Public transport',
  locatorRouteWalking: 'Walking',
  locatorRouteCycling: 'Cycling',
  locatorOutreachHeading: 'IDO outside the library this week',
  locatorFor: (name) => ` (${name})`,
  locatorSelect: 'Choose this one',
  locatorSelected: 'Chosen',
  locatorShowMap: 'Show on map',
  locatorHideMap: 'Hide map',
  locatorMapLabel: (count) =>
    `Map with ${count} ${count === 1 ? 'Information Point' : 'Information Points'}. The list gives the same information.`,
  locatorMapLoading: 'Loading map…',
  locatorMapFailed: 'The map cannot be shown right now. The list still works.',
  locatorMapAttribution: 'Map data © Kadaster',
  locatorZoomIn: 'Zoom in',
  locatorZoomOut: 'Zoom out',
};
