/**
 * Text of <ido-locator>, merged into the shared string table (localization/strings.ts).
 * Keys start with `locator`; Dutch is plain B1 language, English is complete.
 */
export interface LocatorStrings {
  /** Accessible name of the element's region. */
  locatorLabel: string;
}

export const locatorNl: LocatorStrings = {
  locatorLabel: 'Zoek een Informatiepunt Digitale Overheid',
};

export const locatorEn: LocatorStrings = {
  locatorLabel: 'Find a Digital Government Information Point',
};
