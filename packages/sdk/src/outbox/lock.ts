/** Tails of the in-process lock chains, one per store object. */
const localLocks = new WeakMap<object, Promise<void>>();

/**
 * Runs `task` while holding an exclusive lock. With the Web Locks API the lock spans every tab
 * of the origin; without it, every outbox sharing the same store object in this realm queues on
 * one in-process lock. Waiting ends early, with the signal's reason, if `signal` aborts.
 */
export async function withLock<T>(
  locks: LockManager | null,
  name: string,
  key: object,
  task: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  if (locks) {
    return locks.request(name, signal ? { signal } : {}, () => task()) as Promise<T>;
  }
  const previous = localLocks.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  localLocks.set(
    key,
    previous.then(() => mine),
  );
  try {
    await untilAborted(previous, signal);
    return await task();
  } finally {
    release();
  }
}

function untilAborted(promise: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
