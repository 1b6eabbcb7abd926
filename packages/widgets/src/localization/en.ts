import { hoursEn } from '../components/ido-opening-hours/strings.js';
import { locatorEn } from '../components/ido-locator/strings.js';
import { partnerEn } from '../components/ido-partner-list/strings.js';
import { statsEn } from '../components/ido-registration-stats/strings.js';
import type { Strings } from './strings.js';

/** English, complete: for residents who read English better than Dutch. */
export const en: Strings = {
  ...hoursEn,
  ...locatorEn,
  ...partnerEn,
  ...statsEn,
  loading: 'Loading…',
  retry: 'Try again',
  errorGeneric: 'Something went wrong. Please try again later.',
  errorNetwork: 'There is no connection. Check your internet and try again.',
  errorServer: 'The information is not available right now. Please try again later.',
  errorNotFound: 'This information does not exist (any more).',
  errorInvalidData: 'The information is not valid. Please try again later.',
  errorNoSource: 'This part is not set up yet: there is no data source (api or feed).',
  close: 'Close',
  opensInNewWindow: '(opens in a new window)',
  resultCount: (count) =>
    count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`,
  distanceKm: (formatted) => `${formatted} km`,
};
