// The coordinator key, kept in `localStorage` per API origin (never in the page's markup), like
// the desk's enrolment: a reload stays signed in; "Uitloggen" and a revoked key forget it.
// Storage may be blocked (some private modes); then the key lives in memory for this page only.

const KEY = 'idokit:coordinator:key:';

/** What the element keeps after signing in. */
export interface KeptKey {
  token: string;
  keyId: string;
  organisation: string;
  label: string;
}

const memory = new Map<string, KeptKey>();

/** The storage key for an API base URL: its origin (one key per server). */
export function storageKey(api: string): string {
  try {
    return `${KEY}${new URL(api, globalThis.location?.href).origin}`;
  } catch {
    return `${KEY}${api}`;
  }
}

export function readKey(api: string): KeptKey | undefined {
  const key = storageKey(api);
  let raw: string | null;
  try {
    if (!globalThis.localStorage) return memory.get(key);
    raw = globalThis.localStorage.getItem(key);
  } catch {
    return memory.get(key);
  }
  if (!raw) return undefined;
  try {
    const kept = JSON.parse(raw) as Partial<KeptKey>;
    return typeof kept.token === 'string' &&
      typeof kept.keyId === 'string' &&
      typeof kept.organisation === 'string' &&
      typeof kept.label === 'string'
      ? (kept as KeptKey)
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeKey(api: string, kept: KeptKey): void {
  const key = storageKey(api);
  try {
    if (!globalThis.localStorage) throw new Error('no storage');
    globalThis.localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    memory.set(key, kept); // kept for this page only
  }
}

export function forgetKey(api: string): void {
  const key = storageKey(api);
  memory.delete(key);
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    /* nothing was kept */
  }
}
