import type { ElementTexts } from '../../localization/strings.js';
import { locatorEn, locatorNl, type LocatorStrings } from './strings.js';

/** The element's text for the language registry (`IdoLocator.texts`). */
export const locatorTexts: ElementTexts<LocatorStrings> = {
  nl: locatorNl,
  en: locatorEn,
  languages: {
    ar: () => import('./strings/ar.js'),
    tr: () => import('./strings/tr.js'),
    pl: () => import('./strings/pl.js'),
    uk: () => import('./strings/uk.js'),
  },
};
