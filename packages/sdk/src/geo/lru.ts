/**
 * A small least-recently-used map: reading or writing a key makes it the newest; adding past
 * `max` entries forgets the oldest. A Map keeps insertion order, which is all the bookkeeping
 * this needs. `max` 0 stores nothing.
 * @internal
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = Math.max(0, Math.floor(max));
  }

  /** The entry's value (now the most recent), or `undefined` when absent. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key)!;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  set(key: K, value: V): void {
    if (this.#max === 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#max) {
      this.#entries.delete(this.#entries.keys().next().value as K);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
