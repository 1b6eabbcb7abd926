import type { Queryable } from '../db/db.js';

/** How long a registration keeps its note, in days, unless configured otherwise. */
export const DEFAULT_NOTE_RETENTION_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Clears the note of every registration received more than `days` days before `at`: the note
 * becomes NULL, the registration itself stays, so no count changes. Notes are free text that can
 * hold what the guard missed; nothing reads them after the visit, so they are not kept.
 * @returns how many notes were cleared
 */
export async function clearOldNotes(
  db: Queryable,
  options: { days: number; at: Date },
): Promise<number> {
  const before = new Date(options.at.getTime() - options.days * DAY_MS);
  const { rows } = await db.query<{ n: number }>(
    `WITH cleared AS (
       UPDATE registrations SET note = NULL
       WHERE note IS NOT NULL AND received_at < $1::timestamptz
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM cleared`,
    [before.toISOString()],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Options for {@link scheduleNoteRetention}. */
export interface NoteRetentionSchedule {
  /** Keep notes this many days. */
  days: number;
  /** How often to clear after the first run. @default 3 600 000 (an hour) */
  everyMs?: number;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** Told how many notes each run cleared. */
  onCleared?: (count: number) => void;
  /** Told when a run failed (the database is away); the next run tries again. */
  onError?: (error: unknown) => void;
}

/**
 * Clears old notes now and then every `everyMs`, on a timer that does not keep the process
 * alive. `first` settles when the first run is done (never rejects: errors go to `onError`);
 * `stop()` ends the timer and waits for a run in progress, so the database can be closed after.
 */
export function scheduleNoteRetention(
  db: Queryable,
  options: NoteRetentionSchedule,
): { first: Promise<void>; stop(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> = Promise.resolve();
  const run = () =>
    (running = clearOldNotes(db, { days: options.days, at: now() }).then(
      (count) => options.onCleared?.(count),
      (error: unknown) => options.onError?.(error),
    ));
  const first = run();
  const timer = setInterval(() => void run(), options.everyMs ?? 3_600_000);
  timer.unref();
  return {
    first,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
