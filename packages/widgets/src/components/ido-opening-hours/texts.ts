import type { ElementTexts } from '../../localization/strings.js';
import { hoursEn, hoursNl, type HoursStrings } from './strings.js';

/** The element's text for the language registry (`IdoOpeningHours.texts`). */
export const hoursTexts: ElementTexts<HoursStrings> = {
  nl: hoursNl,
  en: hoursEn,
  languages: {
    ar: () => import('./strings/ar.js'),
    tr: () => import('./strings/tr.js'),
    pl: () => import('./strings/pl.js'),
    uk: () => import('./strings/uk.js'),
  },
};
