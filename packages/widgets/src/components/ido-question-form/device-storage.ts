import { CHANNELS, type Channel, type Taxonomy } from '@idokit/sdk';

// What the form keeps in `localStorage` besides the enrolment (the desk session keeps that):
// the last channel, and the desk's public data for an offline reload. Storage may be blocked
// (some private modes); then nothing is kept and the defaults serve.

const CHANNEL_KEY = 'idokit:question-form:channel';
const DESK_KEY = 'idokit:question-form:desk:';

/** The public data a desk needs, kept (it is public) so the form works after an offline reload. */
export interface Desk {
  taxonomy: Taxonomy;
  locationId?: string;
  locationName?: string;
  municipality?: string;
  partners: { id: string; name: string }[];
}

/** The channel of the last registration on this device (`desk` by default). */
export function readChannel(): Channel {
  const stored = read(CHANNEL_KEY);
  return CHANNELS.find((c) => c === stored) ?? 'desk';
}

export function writeChannel(channel: Channel): void {
  write(CHANNEL_KEY, channel);
}

/** The desk data kept for the session stored under `sessionKey`. */
export function readDesk(sessionKey: string): Desk | undefined {
  try {
    const raw = read(`${DESK_KEY}${sessionKey}`);
    return raw ? (JSON.parse(raw) as Desk) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDesk(sessionKey: string, desk: Desk): void {
  write(`${DESK_KEY}${sessionKey}`, JSON.stringify(desk));
}

function read(key: string): string | null | undefined {
  try {
    return globalThis.localStorage?.getItem(key);
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* remembered for this page only, or no offline copy */
  }
}
