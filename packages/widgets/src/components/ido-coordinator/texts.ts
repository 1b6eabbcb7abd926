import type { ElementTexts } from '../../localization/strings.js';
import type { CoordinatorKitStrings } from './kit-strings.js';
import { panelTexts } from './panel-base.js';
import { coordinatorEn, coordinatorNl, type CoordinatorStrings } from './strings.js';

/** The element's text for the language registry (`IdoCoordinator.texts`): its own and the kit's. */
export const coordinatorTexts: ElementTexts<CoordinatorStrings & CoordinatorKitStrings> =
  panelTexts({ nl: coordinatorNl, en: coordinatorEn });
