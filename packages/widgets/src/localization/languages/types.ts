import type { HoursStrings } from '../../components/ido-opening-hours/strings.js';
import type { LocatorStrings } from '../../components/ido-locator/strings.js';
import type { LanguagePack } from '../registry.js';
import type { CalendarStrings, SharedStrings } from '../strings.js';

/**
 * Everything the resident elements (`<ido-locator>`, `<ido-opening-hours>`) show. A language
 * file typed with it fails to typecheck until it is complete for both.
 */
export type ResidentStrings = SharedStrings & CalendarStrings & HoursStrings & LocatorStrings;

/** A language file for the resident elements: complete by type. */
export interface ResidentLanguagePack extends LanguagePack {
  strings: ResidentStrings;
  /** Who checked it: a machine-checked draft until a native speaker has reviewed it. */
  review: 'machine-checked draft' | 'reviewed by a native speaker';
}
