import { hoursEn, hoursNl } from '../components/ido-opening-hours/strings.js';
import { locatorEn, locatorNl } from '../components/ido-locator/strings.js';
import { partnerEn, partnerNl } from '../components/ido-partner-list/strings.js';
import { questionFormEn, questionFormNl } from '../components/ido-question-form/strings.js';
import { statsEn, statsNl } from '../components/ido-registration-stats/strings.js';
import { addElementStrings } from './registry.js';

/**
 * Adds every element's Dutch and English text to the registry. The whole `nl` and `en` tables
 * call it: whoever imports one (the package's main entry, tests) gets the registry as it was
 * before the text was split per element, both languages complete.
 */
export function addEveryElementStrings(): void {
  addElementStrings({ nl: hoursNl, en: hoursEn });
  addElementStrings({ nl: locatorNl, en: locatorEn });
  addElementStrings({ nl: partnerNl, en: partnerEn });
  addElementStrings({ nl: questionFormNl, en: questionFormEn });
  addElementStrings({ nl: statsNl, en: statsEn });
}
