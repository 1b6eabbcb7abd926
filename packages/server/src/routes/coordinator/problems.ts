/** A documented problem response. */
export const problem = (description: string) => ({ description, schema: 'Problem' });

/** What every coordinator route may answer besides its own. */
export const COORDINATOR_PROBLEMS = {
  401: problem('No, an unknown or a revoked coordinator key (`unauthorized`, `token-revoked`)'),
  429: problem('Too many requests from this key (`rate-limited`); see `Retry-After`'),
  503: problem('The database is unavailable for a moment (`unavailable`); see `Retry-After`'),
};

/** What a write to an editable document may answer besides its own. */
export const EDIT_PROBLEMS = {
  ...COORDINATOR_PROBLEMS,
  400: problem('The document is not valid (`validation`, each field in `errors`)'),
  403: problem('It belongs to another organisation (`forbidden`)'),
  412: problem(
    'Someone else changed it first (`edit-conflict`); `current` and `currentEtag` hold their version. Nothing was saved.',
  ),
  428: problem('Neither `If-Match` nor `If-None-Match: *` was sent (`precondition-required`)'),
};
