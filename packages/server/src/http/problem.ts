/** The base of every problem `type` URI: `https://idokit.nl/problems/<slug>`. */
export const PROBLEM_BASE = 'https://idokit.nl/problems/';

/** Every kind of error the API answers with; the slug is stable and part of the contract. */
export const PROBLEMS = {
  validation: { status: 400, title: 'The request is not valid' },
  unauthorized: { status: 401, title: 'A valid device token is needed' },
  'token-revoked': { status: 401, title: 'This device token has been revoked' },
  forbidden: { status: 403, title: 'This device may not do this' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'This conflicts with what the server holds' },
  'edit-conflict': {
    status: 412,
    title: 'Someone else changed this in the meantime; nothing was saved',
  },
  'precondition-required': {
    status: 428,
    title: 'Say which version you changed (If-Match), or If-None-Match: * for a new one',
  },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'personal-data': { status: 422, title: 'The text contains personal data' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'upstream-unavailable': { status: 502, title: 'An upstream service is unavailable' },
  'method-not-allowed': { status: 405, title: 'This method is not allowed here' },
  'header-too-large': { status: 431, title: 'The request headers are too large' },
  'request-timeout': { status: 408, title: 'The request took too long to arrive' },
  unavailable: { status: 503, title: 'The service is unavailable for a moment' },
  internal: { status: 500, title: 'Something went wrong on the server' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemSlug = keyof typeof PROBLEMS;

/** One field that failed validation, as in the `errors` extension of a `validation` problem. */
export interface FieldError {
  /** Where: `near`, `questions.0.themes`, `Idempotency-Key`; empty for the whole body. */
  path: string;
  message: string;
}

/** The RFC 9457 body. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/**
 * An error that becomes an `application/problem+json` response. Throw it anywhere in a
 * handler; the app's error handler renders it. Anything else thrown becomes `internal`.
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly slug: ProblemSlug;
  readonly status: number;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly detail: string | undefined;

  constructor(
    slug: ProblemSlug,
    detail?: string,
    options: {
      status?: number;
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail ?? PROBLEMS[slug].title);
    this.slug = slug;
    this.detail = detail;
    this.status = options.status ?? PROBLEMS[slug].status;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }

  /** The response body. */
  toJSON(): ProblemBody {
    return {
      type: PROBLEM_BASE + this.slug,
      title: PROBLEMS[this.slug].title,
      status: this.status,
      ...(this.detail !== undefined ? { detail: this.detail } : {}),
      ...this.extensions,
    };
  }

  /** The response. */
  toResponse(): Response {
    return new Response(JSON.stringify(this.toJSON()), {
      status: this.status,
      headers: {
        'Content-Type': 'application/problem+json',
        'Cache-Control': 'no-store',
        ...this.headers,
      },
    });
  }
}

/** The most field errors one `validation` problem lists; `errorCount` tells how many there were. */
export const MAX_LISTED_ERRORS = 20;

/**
 * A `validation` problem listing each field and what is wrong with it: the first
 * {@link MAX_LISTED_ERRORS}, with `errorCount` for all of them, so a body with thousands of bad
 * values gets a short answer.
 */
export function validationProblem(errors: FieldError[], detail?: string): HttpProblem {
  return new HttpProblem(
    'validation',
    detail ??
      (errors.length === 1
        ? `${errors[0]!.path || 'The body'}: ${errors[0]!.message}`
        : `${errors.length} fields are not valid${errors.length > MAX_LISTED_ERRORS ? ` (the first ${MAX_LISTED_ERRORS} are listed)` : ''}`),
    { extensions: { errors: errors.slice(0, MAX_LISTED_ERRORS), errorCount: errors.length } },
  );
}

/** A 405 `method-not-allowed` problem with the `Allow` header. */
export function methodNotAllowed(allowed: readonly string[]): HttpProblem {
  const allow = [...allowed].sort().join(', ');
  return new HttpProblem('method-not-allowed', `This address answers only ${allow}`, {
    headers: { Allow: allow },
  });
}
