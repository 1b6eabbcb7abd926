/** Every kind of personal data the privacy guard looks for, in the order they are described. */
export const PERSONAL_DATA_KINDS = [
  'bsn',
  'iban',
  'email',
  'phone',
  'birthdate',
  'postcode-housenumber',
] as const;

/** A kind of personal data that must never appear in a registration note. */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/**
 * One piece of personal data found in a text.
 * `start` and `end` are UTF-16 offsets into the original text: `text.slice(start, end)` is the
 * finding itself (for a BSN after a "BSN:" label, only the number, not the label).
 */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** Options for {@link findPersonalData}. */
export interface FindPersonalDataOptions {
  /**
   * The moment the note is written. Birth dates are judged against its year: a date in the
   * future is never a birth date, and a date in the last ten years needs a birth context.
   * @default new Date() (read once, at the call)
   */
  at?: Date;
}
