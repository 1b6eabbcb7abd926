import { hoursNl } from '../components/ido-opening-hours/strings.js';
import { locatorNl } from '../components/ido-locator/strings.js';
import { partnerNl } from '../components/ido-partner-list/strings.js';
import { statsNl } from '../components/ido-registration-stats/strings.js';
import type { Strings } from './strings.js';

/** Dutch, the default: plain language at B1 level (korte zinnen, gewone woorden, u-vorm). */
export const nl: Strings = {
  ...hoursNl,
  ...locatorNl,
  ...partnerNl,
  ...statsNl,
  loading: 'Bezig met laden…',
  retry: 'Probeer opnieuw',
  errorGeneric: 'Er ging iets mis. Probeer het later opnieuw.',
  errorNetwork: 'Er is geen verbinding. Controleer uw internet en probeer het opnieuw.',
  errorServer: 'De gegevens zijn nu niet beschikbaar. Probeer het later opnieuw.',
  errorNotFound: 'Deze informatie bestaat niet (meer).',
  errorInvalidData: 'De gegevens kloppen niet. Probeer het later opnieuw.',
  errorNoSource: 'Dit onderdeel is nog niet ingesteld: er is geen gegevensbron (api of feed).',
  close: 'Sluiten',
  opensInNewWindow: '(opent in nieuw venster)',
  resultCount: (count) =>
    count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`,
  distanceKm: (formatted) => `${formatted} km`,
};
