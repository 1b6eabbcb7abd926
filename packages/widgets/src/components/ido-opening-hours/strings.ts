/**
 * Text of <ido-opening-hours>, merged into the shared string table (localization/strings.ts).
 * Keys start with `hours`; Dutch is plain B1 language, English is complete.
 */
export interface HoursStrings {
  /** Accessible name of the element's region. */
  hoursLabel: string;
}

export const hoursNl: HoursStrings = {
  hoursLabel: 'Openingstijden',
};

export const hoursEn: HoursStrings = {
  hoursLabel: 'Opening hours',
};
