import { HOURS_TEXTS_NL } from '@idokit/sdk';
import { hoursNl } from '../components/ido-opening-hours/strings.js';
import { locatorNl } from '../components/ido-locator/strings.js';
import { partnerNl } from '../components/ido-partner-list/strings.js';
import { questionFormNl } from '../components/ido-question-form/strings.js';
import { statsNl } from '../components/ido-registration-stats/strings.js';
import type { CalendarStrings, SharedStrings, Strings } from './strings.js';

/** Dutch text shared by every element. */
export const sharedNl: SharedStrings = {
  loading: 'Bezig met laden…',
  retry: 'Probeer opnieuw',
  errorGeneric: 'Er ging iets mis. Probeer het later opnieuw.',
  errorNetwork: 'Er is geen verbinding. Controleer uw internet en probeer het opnieuw.',
  errorServer: 'De gegevens zijn nu niet beschikbaar. Probeer het later opnieuw.',
  errorNotFound: 'Deze informatie bestaat niet (meer).',
  errorInvalidData: 'Deze informatie is nu niet beschikbaar.',
  errorNoSource: 'Dit onderdeel is nog niet ingesteld: er is geen gegevensbron (api of feed).',
  close: 'Sluiten',
  opensInNewWindow: '(opent in nieuw venster)',
  resultCount: (count) =>
    count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`,
  distanceKm: (formatted) => `${formatted} km`,
};

/** Dutch weekdays, months, holidays and status lines (the SDK's table). */
export const calendarNl: CalendarStrings = { calendar: HOURS_TEXTS_NL };

/** Dutch, the default: plain language at B1 level (korte zinnen, gewone woorden, u-vorm). */
export const nl: Strings = {
  ...sharedNl,
  ...calendarNl,
  ...hoursNl,
  ...locatorNl,
  ...partnerNl,
  ...questionFormNl,
  ...statsNl,
};
