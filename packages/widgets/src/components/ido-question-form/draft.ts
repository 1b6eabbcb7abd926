import {
  normalizeText,
  type Channel,
  type GovernmentLevel,
  type HelpKind,
  type PartnerKind,
  type QuestionRegistrationInput,
  type QuestionType,
  type Taxonomy,
} from '@idokit/sdk';

/** One question as the form edits it (plain data; the element renders it). */
export interface QuestionDraft {
  /** Stable key for rendering and picker state. */
  key: number;
  type: QuestionType;
  themes: string[];
  organisations: string[];
  /** Chosen by hand; otherwise the level follows the first organisation that has one. */
  level: GovernmentLevel | '' | undefined;
  help: HelpKind;
  /** `partner:<id>` or `kind:<partner kind>`, or '' when not chosen. */
  referral: string;
  warm: boolean;
  notHelpedReason: string;
}

/** Where a visit happened, when not at the desk's own location. */
export type VisitPlace =
  /** Another location of the same library organisation. */
  | { kind: 'location'; locationId: string }
  /**
   * An outreach session (community centre, pop-up): a place name, and the coordinator's
   * session id once sessions are kept on the server.
   */
  | { kind: 'outreach'; name: string; sessionId?: string };

/** A whole visit as the form edits it. */
export interface VisitDraft {
  channel: Channel;
  durationMinutes: number;
  questions: QuestionDraft[];
  note: string;
  /** When it happened, for a visit registered afterwards; otherwise the hour it was started. */
  when?: { date: string; hour: number };
  /** Where it happened, when not at the desk's location. */
  place?: VisitPlace;
}

let nextKey = 1;

/** A fresh question with the fast defaults: about the government, information given. */
export function newQuestion(): QuestionDraft {
  return {
    key: nextKey++,
    type: 'government',
    themes: [],
    organisations: [],
    level: undefined,
    help: 'informed',
    referral: '',
    warm: false,
    notHelpedReason: '',
  };
}

/**
 * A fresh visit: one question, the desk's default channel (a setting staff see and change on
 * purpose, never the last visit's choice), the second-shortest duration, now, here.
 */
export function newVisit(channel: Channel, taxonomy: Taxonomy | undefined): VisitDraft {
  const buckets = taxonomy?.durationBuckets ?? [10];
  return {
    channel,
    durationMinutes: buckets[1] ?? buckets[0] ?? 10,
    questions: [newQuestion()],
    note: '',
  };
}

/** The level a question is registered with: chosen by hand, else the first organisation's. */
export function effectiveLevel(q: QuestionDraft, taxonomy: Taxonomy): GovernmentLevel | undefined {
  if (q.type !== 'government') return undefined;
  if (q.level !== undefined) return q.level === '' ? undefined : q.level;
  for (const id of q.organisations) {
    const level = taxonomy.organisations.find((o) => o.id === id)?.level;
    if (level) return level;
  }
  return undefined;
}

/** What is wrong with a draft, per question (1-based) and field; empty when it can be sent. */
export function draftProblems(
  visit: VisitDraft,
): { question: number; field: 'themes' | 'referral' | 'reason' }[] {
  const problems: { question: number; field: 'themes' | 'referral' | 'reason' }[] = [];
  visit.questions.forEach((q, i) => {
    if (q.type === 'government' && q.themes.length === 0)
      problems.push({ question: i + 1, field: 'themes' });
    if (q.help === 'referred' && !q.referral) problems.push({ question: i + 1, field: 'referral' });
    if (q.help === 'not-helped' && !q.notHelpedReason)
      problems.push({ question: i + 1, field: 'reason' });
  });
  return problems;
}

/** The registration a draft stands for (validated by the outbox with the SDK's schema). */
export function draftToRegistration(
  visit: VisitDraft,
  taxonomy: Taxonomy,
  base: { id: string; locationId: string; date: string; hour: number; supersedes?: string },
): QuestionRegistrationInput {
  const note = visit.note.trim();
  const place = visit.place;
  const outreachName = place?.kind === 'outreach' ? place.name.trim() : '';
  return {
    id: base.id,
    locationId: place?.kind === 'location' ? place.locationId : base.locationId,
    date: visit.when?.date ?? base.date,
    hour: visit.when?.hour ?? base.hour,
    channel: visit.channel,
    durationMinutes: visit.durationMinutes as QuestionRegistrationInput['durationMinutes'],
    questions: visit.questions.map((q) => {
      const level = effectiveLevel(q, taxonomy);
      const [kind, target] = splitReferral(q.referral);
      return {
        type: q.type,
        ...(level ? { governmentLevel: level } : {}),
        organisations: [...q.organisations],
        themes: [...q.themes],
        help: q.help,
        ...(q.help === 'referred' && target
          ? {
              referral:
                kind === 'partner'
                  ? { partnerId: target, warm: q.warm }
                  : { partnerKind: target as PartnerKind, warm: q.warm },
            }
          : {}),
        ...(q.help === 'not-helped' && q.notHelpedReason
          ? { notHelpedReason: q.notHelpedReason }
          : {}),
      };
    }),
    ...(note ? { note } : {}),
    ...(place?.kind === 'outreach' && outreachName
      ? {
          outreach: {
            name: outreachName,
            ...(place.sessionId ? { sessionId: place.sessionId } : {}),
          },
        }
      : {}),
    ...(base.supersedes ? { supersedes: base.supersedes } : {}),
  };
}

/**
 * A draft filled from a registration (a correction, a withdrawal): its content, its date and
 * hour, and its place (`home` is the desk's location). Notes are copied only when asked.
 */
export function registrationToDraft(
  reg: QuestionRegistrationInput,
  options: { note: boolean; home?: string },
): VisitDraft {
  const place: VisitPlace | undefined = reg.outreach
    ? {
        kind: 'outreach',
        name: reg.outreach.name,
        ...(reg.outreach.sessionId ? { sessionId: reg.outreach.sessionId } : {}),
      }
    : options.home !== undefined && reg.locationId !== options.home
      ? { kind: 'location', locationId: reg.locationId }
      : undefined;
  return {
    channel: reg.channel,
    durationMinutes: reg.durationMinutes,
    note: options.note ? (reg.note ?? '') : '',
    when: { date: reg.date, hour: reg.hour },
    ...(place ? { place } : {}),
    questions: reg.questions.map((q) => ({
      ...newQuestion(),
      type: q.type,
      themes: [...(q.themes ?? [])],
      organisations: [...(q.organisations ?? [])],
      level: q.type === 'government' ? (q.governmentLevel ?? '') : undefined,
      help: q.help,
      referral: q.referral
        ? q.referral.partnerId
          ? `partner:${q.referral.partnerId}`
          : `kind:${q.referral.partnerKind ?? ''}`
        : '',
      warm: q.referral?.warm ?? false,
      notHelpedReason: q.notHelpedReason ?? '',
    })),
  };
}

function splitReferral(value: string): ['partner' | 'kind' | '', string] {
  const at = value.indexOf(':');
  if (at < 0) return ['', ''];
  const kind = value.slice(0, at);
  return [kind === 'partner' || kind === 'kind' ? kind : '', value.slice(at + 1)];
}

/** An option of a type-ahead field. */
export interface PickOption {
  id: string;
  label: string;
}

/**
 * Options matching what was typed, best first: a label that starts with it, then a label with
 * a word that starts with it. Only whole-word starts count, never the middle of a word: a stray
 * "k" must not pick "ID-kaart", nor "n" pick "Toeslagen". One letter matches only the first
 * word (a part after a hyphen, as in "ID-kaart", counts as a word from two letters on). Case
 * and accents do not matter.
 */
export function matchOptions(
  options: readonly PickOption[],
  query: string,
  exclude: readonly string[],
): PickOption[] {
  const q = normalizeText(query).trim();
  const free = options.filter((o) => !exclude.includes(o.id));
  if (!q) return free;
  const scored: { option: PickOption; score: number }[] = [];
  for (const option of free) {
    const label = normalizeText(option.label);
    const score = label.startsWith(q)
      ? 0
      : q.length > 1 && wordStarts(label).some((at) => label.startsWith(q, at))
        ? 1
        : -1;
    if (score >= 0) scored.push({ option, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.option);
}

/** Where the words of a (normalised) label start: after a space, bracket, slash, comma or hyphen. */
function wordStarts(label: string): number[] {
  const starts: number[] = [];
  for (let i = 1; i < label.length; i++)
    if (/[\s(/,-]/.test(label[i - 1]!) && !/[\s(/,-]/.test(label[i]!)) starts.push(i);
  return starts;
}

/**
 * The withdrawal of a registration: a new one that supersedes it, repeats its content and counts
 * nowhere (the latest of a chain decides).
 */
export function withdrawalOf(registration: QuestionRegistrationInput): QuestionRegistrationInput {
  return {
    ...structuredClone(registration),
    id: newRegistrationId(),
    supersedes: registration.id!,
    withdrawn: true,
  };
}

/**
 * A version 4 UUID for a new registration. `crypto.randomUUID` exists only on secure (https)
 * pages; a library's intranet page may be plain http, where `getRandomValues` still works.
 */
export function newRegistrationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
