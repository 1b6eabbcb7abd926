import { HOURS_TEXTS_EN } from '@idokit/sdk';
import { hoursEn } from '../components/ido-opening-hours/strings.js';
import { locatorEn } from '../components/ido-locator/strings.js';
import { partnerEn } from '../components/ido-partner-list/strings.js';
import { questionFormEn } from '../components/ido-question-form/strings.js';
import { statsEn } from '../components/ido-registration-stats/strings.js';
import type { CalendarStrings, SharedStrings, Strings } from './strings.js';

/** English text shared by every element. */
export const sharedEn: SharedStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  errorGeneric: 'Something went wrong. Please try again later.',
  errorNetwork: 'There is no connection. Check your internet and try again.',
  errorServer: 'The information is not available right now. Please try again later.',
  errorNotFound: 'This information does not exist (any more).',
  errorInvalidData: 'This information is not available right now.',
  errorNoSource: 'This part is not set up yet: there is no data source (api or feed).',
  close: 'Close',
  opensInNewWindow: '(opens in a new window)',
  resultCount: (count) =>
    count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`,
  distanceKm: (formatted) => `${formatted} km`,
};

/** English weekdays, months, holidays and status lines (the SDK's table). */
export const calendarEn: CalendarStrings = { calendar: HOURS_TEXTS_EN };

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
