import {
  CHANNELS,
  QuestionRegistrationSchema,
  type Channel,
  type QuestionRegistrationInput,
  type Taxonomy,
} from '@idokit/sdk';
import type { SlipPartner } from '../../shared/referral-slip/slip-partner.js';
import type { VisitDraft } from './draft.js';

// What the form keeps in `localStorage` besides the enrolment (the desk session keeps that),
// per desk session: the desk's settings (its default channel, chosen on purpose in the form's
// settings), the desk's public data for an offline reload, the visit being typed (so a reload
// loses nothing) and the visits registered on this device today (to correct or withdraw them).
// None of it is ever sent as such. Storage may be blocked (some private modes); then nothing is
// kept and the defaults serve.

const SETTINGS_KEY = 'idokit:question-form:settings:';
const DESK_KEY = 'idokit:question-form:desk:';
const DRAFT_KEY = 'idokit:question-form:draft:';
const TODAY_KEY = 'idokit:question-form:today:';
/** The key earlier versions kept the last visit's channel under; removed on sight. */
const LEGACY_CHANNEL_KEY = 'idokit:question-form:channel';

/** The public data a desk needs, kept (it is public) so the form works after an offline reload. */
export interface Desk {
  taxonomy: Taxonomy;
  locationId?: string;
  locationName?: string;
  municipality?: string;
  /** The organisation the desk's location belongs to. */
  organisation?: string;
  /** The organisation's other locations (a visit may be registered for one of them). */
  siblings?: { id: string; name: string }[];
  /**
   * The location's outreach sessions around today (issue 21), offered as the place of a visit on
   * their date (absent in older copies, and empty where the server has none).
   */
  outreach?: { id: string; name: string; date: string; opens: string; closes: string }[];
  /** The municipality's partners; `slip`: what a referral slip shows (absent in older copies). */
  partners: { id: string; name: string; slip?: SlipPartner }[];
}

/** What a desk chose in the form's own settings. */
export interface DeskSettings {
  /** The channel every new visit starts with (`desk` unless set). */
  channel: Channel;
}

export function readSettings(sessionKey: string): DeskSettings {
  forgetLegacy();
  const stored = parse<Partial<DeskSettings>>(read(`${SETTINGS_KEY}${sessionKey}`));
  return { channel: CHANNELS.find((c) => c === stored?.channel) ?? 'desk' };
}

export function writeSettings(sessionKey: string, settings: DeskSettings): void {
  write(`${SETTINGS_KEY}${sessionKey}`, JSON.stringify(settings));
}

/** The desk data kept for the session stored under `sessionKey`. */
export function readDesk(sessionKey: string): Desk | undefined {
  return parse<Desk>(read(`${DESK_KEY}${sessionKey}`));
}

export function writeDesk(sessionKey: string, desk: Desk): void {
  write(`${DESK_KEY}${sessionKey}`, JSON.stringify(desk));
}

/** A visit being typed, kept so a reload or a closed browser does not lose it. */
export interface KeptDraft {
  visit: VisitDraft;
  /** When its first field was touched (epoch ms): the hour it is registered with. */
  startedAt?: number;
}

export function readDraft(sessionKey: string): KeptDraft | undefined {
  const kept = parse<KeptDraft>(read(`${DRAFT_KEY}${sessionKey}`));
  return kept && Array.isArray(kept.visit?.questions) && kept.visit.questions.length
    ? kept
    : undefined;
}

export function writeDraft(sessionKey: string, draft: KeptDraft | undefined): void {
  if (draft) write(`${DRAFT_KEY}${sessionKey}`, JSON.stringify(draft));
  else remove(`${DRAFT_KEY}${sessionKey}`);
}

/** A visit registered on this device today: its latest version, and when it was registered. */
export interface TodayVisit {
  registration: QuestionRegistrationInput;
  /** When it was first registered here (epoch ms); a correction keeps the visit's place. */
  at: number;
}

interface TodayList {
  /** The civil date (Amsterdam) the list belongs to; another day starts an empty one. */
  day: string;
  visits: TodayVisit[];
}

/** The visits registered on this device on `day`, newest first. */
export function readToday(sessionKey: string, day: string): TodayVisit[] {
  const list = parse<TodayList>(read(`${TODAY_KEY}${sessionKey}`));
  if (list?.day !== day || !Array.isArray(list.visits)) return [];
  return list.visits.filter(
    (v) =>
      typeof v?.at === 'number' && QuestionRegistrationSchema.safeParse(v.registration).success,
  );
}

export function writeToday(sessionKey: string, day: string, visits: TodayVisit[]): void {
  write(`${TODAY_KEY}${sessionKey}`, JSON.stringify({ day, visits } satisfies TodayList));
}

/** Everything the form kept for a desk session (the device is forgotten). */
export function forgetDesk(sessionKey: string): void {
  for (const key of [SETTINGS_KEY, DESK_KEY, DRAFT_KEY, TODAY_KEY]) remove(`${key}${sessionKey}`);
}

function forgetLegacy(): void {
  remove(LEGACY_CHANNEL_KEY);
}

function parse<T>(raw: string | null | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
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

function remove(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    /* nothing was kept */
  }
}
