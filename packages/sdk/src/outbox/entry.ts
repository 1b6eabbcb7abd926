import type { QuestionRegistration } from '../schemas/registration.js';

// The stored entry is plain data below both the events (which carry it) and the outbox's
// interfaces (which announce those events), so neither of them imports the other's module.

/** Why the server refused a registration for good; the entry waits for a person to act. */
export interface OutboxHeldReason {
  /** The HTTP status, when the refusal came from the server (e.g. 422, 401, 409). */
  status?: number;
  /** A machine-readable reason: the problem document's `code`, or one derived from the status. */
  code: string;
  /** What went wrong, for staff (never contains the registration's note). */
  message: string;
}

/** One registration waiting in the outbox. Plain data, so any store can keep it as is. */
export interface OutboxEntry {
  /** The registration's id, which is also the idempotency key. */
  id: string;
  /** The validated registration, exactly as it will be sent. */
  registration: QuestionRegistration;
  /** When it was enqueued (epoch ms, from the outbox's `now`). */
  enqueuedAt: number;
  /** Delivery attempts so far (reset by `Outbox.retryHeld`). */
  attempts: number;
  /** Earliest time (epoch ms) the background loop tries it again. */
  nextAttemptAt: number;
  /** Earliest time (epoch ms) the server allows another attempt (from `Retry-After`); even `flush()` waits for it. */
  notBefore?: number;
  /** The last failure, for staff and logs. */
  lastError?: string;
  /**
   * How many attempts the server answered with a 5xx (a 503 with `Retry-After` not counted);
   * at `maxServerErrors` the entry is held with code `server-error`. Reset by `Outbox.retryHeld`.
   */
  serverErrors?: number;
  /** Set when the failure will never succeed by retrying; the entry is then held, not retried. */
  heldReason?: OutboxHeldReason;
}
