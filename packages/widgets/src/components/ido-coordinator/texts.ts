import type { ElementTexts } from '../../localization/strings.js';
import type { CoordinatorKitStrings } from './kit-strings.js';
import { panelTexts } from './panel-base.js';
import { categoriesEn, categoriesNl, type CategoriesStrings } from './panels/strings/categories.js';
import { exchangeEn, exchangeNl, type ExchangeStrings } from './panels/strings/exchange.js';
import { keysEn, keysNl, type KeysStrings } from './panels/strings/keys.js';
import { outreachEn, outreachNl, type OutreachStrings } from './panels/strings/outreach.js';
import { partnersEn, partnersNl, type PartnersStrings } from './panels/strings/partners.js';
import { coordinatorEn, coordinatorNl, type CoordinatorStrings } from './strings.js';

/** Every word of `<ido-coordinator>`: the shell's, the kit's and each panel's. */
export type CoordinatorAllStrings = CoordinatorStrings &
  CoordinatorKitStrings &
  PartnersStrings &
  OutreachStrings &
  KeysStrings &
  CategoriesStrings &
  ExchangeStrings;

/**
 * The element's text for the language registry (`IdoCoordinator.texts`): its own, the kit's and
 * its panels' (each panel also declares its own part), so the public `nl`/`en` tables and
 * `IdoKit.setStrings` cover every word the coordinator shows.
 */
export const coordinatorTexts: ElementTexts<CoordinatorAllStrings> = panelTexts({
  nl: {
    ...coordinatorNl,
    ...partnersNl,
    ...outreachNl,
    ...keysNl,
    ...categoriesNl,
    ...exchangeNl,
  },
  en: {
    ...coordinatorEn,
    ...partnersEn,
    ...outreachEn,
    ...keysEn,
    ...categoriesEn,
    ...exchangeEn,
  },
});
