import type { ElementTexts } from '../../localization/strings.js';
import { partnerEn, partnerNl, type PartnerStrings } from './strings.js';

/** The element's text for the language registry (`IdoPartnerList.texts`). */
export const partnerTexts: ElementTexts<PartnerStrings> = {
  nl: partnerNl,
  en: partnerEn,
  languages: {
    ar: () => import('./strings/ar.js'),
    tr: () => import('./strings/tr.js'),
    pl: () => import('./strings/pl.js'),
    uk: () => import('./strings/uk.js'),
  },
};
