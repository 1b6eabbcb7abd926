import { hoursNl } from '../components/ido-opening-hours/strings.js';
import { locatorNl } from '../components/ido-locator/strings.js';
import { partnerNl } from '../components/ido-partner-list/strings.js';
import { questionFormNl } from '../components/ido-question-form/strings.js';
import { statsNl } from '../components/ido-registration-stats/strings.js';
import { addEveryElementStrings } from './every-element.js';
import { calendarNl, sharedNl } from './shared-strings.js';
import type { Strings } from './strings.js';

export { calendarNl, sharedNl };

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

// The whole table in use: every element's text in the registry too, Dutch and English alike.
addEveryElementStrings();
