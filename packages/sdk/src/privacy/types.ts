/** Every kind of personal data the privacy guard looks for, in the order they are described. */
export const PERSONAL_DATA_KINDS = [
  'bsn',
  'iban',
  'email',
  'phone',
  'birthdate',
  'postcode-housenumber',
  'name',
] as const;

/** A kind of personal data that must never appear in a registration note. */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/**
 * How sure the guard is. `block`: certain enough to refuse the note (the form does not send it,
 * the server answers 422). `warn`: likely, not certain (a name); the form marks it so staff can
 * take it out, and the server stores the note anyway.
 */
export type PersonalDataSeverity = 'block' | 'warn';

/** The kinds that are only warnings: {@link findPersonalData} reports them when asked. */
export const WARNING_KINDS: readonly PersonalDataKind[] = ['name'];

/**
 * One piece of personal data found in a text.
 * `start` and `end` are UTF-16 offsets into the original text: `text.slice(start, end)` is the
 * finding itself (for a BSN after a "BSN:" label, only the number, not the label; for a name
 * after "mevrouw", only the name).
 */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** `warn` for the {@link WARNING_KINDS}, `block` for every other kind. */
  severity: PersonalDataSeverity;
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
  /**
   * Also report the warnings (likely names, severity `warn`). Off by default, so a caller that
   * refuses a note on any finding keeps refusing only what is certain.
   * @default false
   */
  warnings?: boolean;
}

/** What a detector reports, before {@link findPersonalData} adds the severity (internal). */
export type Candidate = Omit<PersonalDataFinding, 'severity'>;
