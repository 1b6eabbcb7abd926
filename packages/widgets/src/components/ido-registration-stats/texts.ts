import type { ElementTexts } from '../../localization/strings.js';
import { statsEn, statsNl, type StatsStrings } from './strings.js';

/** The element's text for the language registry (`IdoRegistrationStats.texts`). */
export const statsTexts: ElementTexts<StatsStrings> = { nl: statsNl, en: statsEn };
