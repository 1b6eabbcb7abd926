import { HOURS_TEXTS_EN, HOURS_TEXTS_NL } from '@idokit/sdk';
import type { BaseStrings, CalendarStrings, SharedStrings } from './strings.js';

// The text every element needs, in the two languages that ship with every element (the other
// shipped languages: `languages/<lang>.ts`, loaded on first use). Each element brings its own
// table (`components/<name>/strings.ts`, added to the registry when the element is defined), so
// a page with one element downloads one element's text; the package entry (`catalog.ts`) puts
// everything together for the public `nl`/`en` tables.

/** Dutch text shared by every element. */
export const sharedNl: SharedStrings = {
  loading: 'Bezig met laden…',
  retry: 'Probeer opnieuw',
  errorGeneric: 'Er ging iets mis. Probeer het later opnieuw.',
  errorNetwork: 'Er is geen verbinding. Controleer uw internet en probeer het opnieuw.',
  errorOriginNotAllowed: (origin, setting) =>
    `De IDO Kit-server staat deze website (${origin}) niet toe. Vraag de beheerder van de server om ${origin} toe te voegen aan ${setting}.`,
  errorServer: 'De gegevens zijn nu niet beschikbaar. Probeer het later opnieuw.',
  errorNotFound: 'Deze informatie bestaat niet (meer).',
  errorInvalidData: 'Deze informatie is nu niet beschikbaar.',
  errorNoSource: 'Dit onderdeel is nog niet ingesteld: er is geen gegevensbron (api of feed).',
  close: 'Sluiten',
  opensInNewWindow: '(opent in nieuw venster)',
  resultCount: (count) =>
    count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`,
  distanceKm: (formatted) => `${formatted} km`,
  hoursClosed: 'gesloten',
  hoursRange: (opens, closes) => `van ${opens} tot ${closes}`,
};

/** Dutch weekdays, months, holidays and status lines (the SDK's table). */
export const calendarNl: CalendarStrings = { calendar: HOURS_TEXTS_NL };

/** English text shared by every element. */
export const sharedEn: SharedStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  errorGeneric: 'Something went wrong. Please try again later.',
  errorNetwork: 'There is no connection. Check your internet and try again.',
  errorOriginNotAllowed: (origin, setting) =>
    `The IDO Kit server does not allow this website (${origin}). Ask the server's administrator to add ${origin} to ${setting}.`,
  errorServer: 'The information is not available right now. Please try again later.',
  errorNotFound: 'This information does not exist (any more).',
  errorInvalidData: 'This information is not available right now.',
  errorNoSource: 'This part is not set up yet: there is no data source (api or feed).',
  close: 'Close',
  opensInNewWindow: '(opens in a new window)',
  resultCount: (count) =>
    count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`,
  distanceKm: (formatted) => `${formatted} km`,
  hoursClosed: 'closed',
  hoursRange: (opens, closes) => `${opens} to ${closes}`,
};

/** English weekdays, months, holidays and status lines (the SDK's table). */
export const calendarEn: CalendarStrings = { calendar: HOURS_TEXTS_EN };

/** Everything Dutch every element shows: the shared words and the calendar. */
export const baseNl: BaseStrings = { ...sharedNl, ...calendarNl };

/** Everything English every element shows: the shared words and the calendar. */
export const baseEn: BaseStrings = { ...sharedEn, ...calendarEn };
