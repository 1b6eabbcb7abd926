import { hoursEn } from '../components/ido-opening-hours/strings.js';
import { locatorEn } from '../components/ido-locator/strings.js';
import { partnerEn } from '../components/ido-partner-list/strings.js';
import { questionFormEn } from '../components/ido-question-form/strings.js';
import { statsEn } from '../components/ido-registration-stats/strings.js';
import { addEveryElementStrings } from './every-element.js';
import { calendarEn, sharedEn } from './shared-strings.js';
import type { Strings } from './strings.js';

export { calendarEn, sharedEn };

/** English, complete: for residents who read English better than Dutch. */
export const en: Strings = {
  ...sharedEn,
  ...calendarEn,
  ...hoursEn,
  ...locatorEn,
  ...partnerEn,
  ...questionFormEn,
  ...statsEn,
};

// The whole table in use: every element's text in the registry too, Dutch and English alike.
addEveryElementStrings();
