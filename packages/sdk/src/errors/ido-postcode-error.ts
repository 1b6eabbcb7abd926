import { IdoError, isIdoError } from './ido-error.js';

/** What is wrong with a typed postcode, so a form can say it plainly. */
export type PostcodeProblem =
  | 'empty'
  | 'leading-zero' // Dutch postcodes never start with 0
  | 'wrong-digits' // not four digits
  | 'wrong-letters' // letters missing or not A–Z
  | 'reserved-letters' // SA, SD and SS are never used
  | 'unexpected-characters';

/** Input is not a Dutch postcode. */
export class IdoPostcodeError extends IdoError {
  override name = 'IdoPostcodeError';
  readonly problem: PostcodeProblem;

  constructor(problem: PostcodeProblem, message: string) {
    super('postcode', message);
    this.problem = problem;
  }
}

export const isIdoPostcodeError = (value: unknown): value is IdoPostcodeError =>
  isIdoError(value) && value.code === 'postcode';
