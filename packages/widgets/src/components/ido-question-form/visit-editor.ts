import {
  civilDate,
  civilDateHour,
  findPersonalData,
  type Channel,
  type OutboxEntry,
  type QuestionRegistrationInput,
  type Taxonomy,
} from '@idokit/sdk';
import {
  draftProblems,
  draftToRegistration,
  newQuestion,
  newRegistrationId,
  newVisit,
  registrationToDraft,
  type QuestionDraft,
  type VisitDraft,
} from './draft.js';
import type { QuestionFormStrings } from './strings.js';

/** Visits are recorded in the desks' own zone, whatever the device's clock is set to. */
export const VISIT_ZONE = 'Europe/Amsterdam';
/** How many days back a visit may be registered afterwards. */
export const AFTERWARDS_DAYS = 14;

/** What the form is doing: a new visit, correcting one of today's, or correcting a held one. */
export type Mode =
  | { kind: 'new' }
  | { kind: 'correct'; supersedes: string; date: string; hour: number }
  | { kind: 'held'; id: string; date: string; hour: number; supersedes?: string };

/** A problem that blocks registering. */
export interface FormError {
  /** The id of the field to focus. */
  field: string;
  message: string;
}

/** What the editor needs from its form. */
export interface VisitEditorHost {
  requestUpdate(): void;
}

/**
 * The visit being entered at the desk, without the DOM: the draft, what it is (new, or a
 * correction), the problems that block registering, the last registration (for "same as last"
 * and "correct the last one") and when the visit started (its hour is the one recorded). Every
 * change re-renders the host; focus and announcements stay with the form.
 */
export class VisitEditor {
  visit: VisitDraft;
  mode: Mode = { kind: 'new' };
  errors: FormError[] = [];
  /** The last registration made here, when (epoch ms), and the draft it was made from. */
  last: { registration: QuestionRegistrationInput; at: number; draft: VisitDraft } | undefined;
  /** When the first field of this visit was touched. */
  startedAt: Date | undefined;
  /** The channel every new visit starts with: the desk's setting, never the last visit's. */
  defaultChannel: Channel;
  readonly #host: VisitEditorHost;
  readonly #now: () => Date;
  readonly #strings: () => QuestionFormStrings;

  constructor(
    host: VisitEditorHost,
    channel: Channel,
    options: { now: () => Date; strings: () => QuestionFormStrings },
  ) {
    this.#host = host;
    this.defaultChannel = channel;
    this.visit = newVisit(channel, undefined);
    this.#now = options.now;
    this.#strings = options.strings;
  }

  /** Changes the draft (a copy of it); the problems shown so far are checked again. */
  edit(change: (visit: VisitDraft) => void): void {
    this.started();
    const visit = structuredClone(this.visit);
    change(visit);
    this.visit = visit;
    if (this.errors.length) this.errors = this.problems();
    this.#host.requestUpdate();
  }

  editQuestion(index: number, change: (q: QuestionDraft) => void): void {
    this.edit((visit) => {
      const q = visit.questions[index];
      if (q) change(q);
    });
  }

  addQuestion(): void {
    this.edit((visit) => visit.questions.push(newQuestion()));
  }

  removeQuestion(index: number): void {
    this.edit((visit) => visit.questions.splice(index, 1));
  }

  /** The visit starts now, unless it started before. */
  started(): void {
    this.startedAt ??= this.#now();
  }

  /**
   * A new, empty visit with the desk's defaults; `clearErrors` also clears the problems shown.
   * A new visit starts when its first field is touched.
   */
  startNew(taxonomy: Taxonomy | undefined, clearErrors: boolean): void {
    this.visit = newVisit(this.defaultChannel, taxonomy);
    this.mode = { kind: 'new' };
    this.startedAt = undefined;
    if (clearErrors) this.errors = [];
    this.#host.requestUpdate();
  }

  /** Picks up a visit that was being typed before a reload. */
  resume(visit: VisitDraft, startedAt: number | undefined): void {
    this.visit = visit;
    this.mode = { kind: 'new' };
    this.startedAt = startedAt === undefined ? undefined : new Date(startedAt);
    this.errors = [];
    this.#host.requestUpdate();
  }

  /** Whether the new visit was touched (anything typed or chosen). */
  get touched(): boolean {
    return this.startedAt !== undefined;
  }

  /**
   * The whole last visit again (its channel, date and place too, but not its note), as a new
   * visit starting now. False without one.
   */
  sameAsLast(): boolean {
    if (!this.last) return false;
    const visit = structuredClone(this.last.draft);
    visit.note = '';
    visit.questions = visit.questions.map((q) => ({ ...q, key: newQuestion().key }));
    this.visit = visit;
    this.startedAt = this.#now();
    this.mode = { kind: 'new' };
    this.errors = [];
    this.#host.requestUpdate();
    return true;
  }

  /** Corrects the last registration: a new one that supersedes it. False without one. */
  correctLast(home: string): boolean {
    const last = this.last?.registration;
    return last ? this.correct(last, home) : false;
  }

  /**
   * Corrects a registration of today: a new one that supersedes it, with its date, hour and
   * place. `home` is the desk's location.
   */
  correct(registration: QuestionRegistrationInput, home: string): boolean {
    if (!registration.id) return false;
    this.visit = registrationToDraft(registration, { note: true, home });
    delete this.visit.when;
    this.mode = {
      kind: 'correct',
      supersedes: registration.id,
      date: registration.date,
      hour: registration.hour,
    };
    this.errors = [];
    this.#host.requestUpdate();
    return true;
  }

  /** Corrects a held registration, to send it again under its own id; shows its problems. */
  correctHeld(entry: OutboxEntry): void {
    const reg = entry.registration;
    this.visit = registrationToDraft(reg, { note: true });
    delete this.visit.when;
    delete this.visit.place;
    this.mode = {
      kind: 'held',
      id: reg.id,
      date: reg.date,
      hour: reg.hour,
      ...(reg.supersedes ? { supersedes: reg.supersedes } : {}),
    };
    this.errors = this.problems();
    this.#host.requestUpdate();
  }

  /** The held registration `id` is gone: stop correcting it. */
  heldGone(id: string): void {
    if (this.mode.kind === 'held' && this.mode.id === id) this.mode = { kind: 'new' };
    this.#host.requestUpdate();
  }

  forgetLast(): void {
    this.last = undefined;
    this.#host.requestUpdate();
  }

  /** Shows these problems (after a failed attempt to register). */
  showErrors(errors: FormError[]): void {
    this.errors = errors;
    this.#host.requestUpdate();
  }

  /** Checks the draft and shows what blocks registering; true when nothing does. */
  validate(): boolean {
    this.showErrors(this.problems());
    return this.errors.length === 0;
  }

  /** The problems of the draft, in the form's order. */
  problems(): FormError[] {
    const t = this.#strings();
    const errors: FormError[] = draftProblems(this.visit).map((p) => {
      const i = p.question - 1;
      if (p.field === 'themes')
        return { field: `q${i}-themes`, message: t.formErrorThemes(p.question) };
      if (p.field === 'referral')
        return { field: `q${i}-referral`, message: t.formErrorReferral(p.question) };
      return { field: `q${i}-reason`, message: t.formErrorReason(p.question) };
    });
    const when = this.visit.when;
    if (when) {
      const today = deskToday(this.#now());
      const earliest = addDays(today, -AFTERWARDS_DAYS);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(when.date) || when.date > today || when.date < earliest)
        errors.push({ field: 'when-date', message: t.formErrorWhen(AFTERWARDS_DAYS) });
    }
    const place = this.visit.place;
    if (place?.kind === 'outreach') {
      if (!place.name.trim()) errors.push({ field: 'place-name', message: t.formErrorPlaceName });
      else if (findPersonalData(place.name, { at: this.#now() }).length)
        errors.push({ field: 'place-name', message: t.formErrorPlacePersonal });
    }
    if (findPersonalData(this.visit.note, { at: this.#now() }).length)
      errors.push({ field: 'note', message: t.formErrorNote });
    return errors;
  }

  /**
   * The registration of the draft: a new one for `locationId` at the hour the visit started,
   * or the correction (of the last one, or of a held one, which keeps its id and location).
   */
  registration(
    taxonomy: Taxonomy,
    locationId: string,
    held: readonly OutboxEntry[],
  ): QuestionRegistrationInput {
    const mode = this.mode;
    const when =
      mode.kind === 'new'
        ? civilDateHour(this.startedAt ?? this.#now(), VISIT_ZONE)
        : { date: mode.date, hour: mode.hour };
    return draftToRegistration(this.visit, taxonomy, {
      id: mode.kind === 'held' ? mode.id : newRegistrationId(),
      locationId:
        mode.kind === 'held'
          ? (held.find((e) => e.id === mode.id)?.registration.locationId ?? locationId)
          : locationId,
      ...when,
      ...(mode.kind === 'correct' ? { supersedes: mode.supersedes } : {}),
      ...(mode.kind === 'held' && mode.supersedes ? { supersedes: mode.supersedes } : {}),
    });
  }

  /**
   * `registration` is on its way to the device's store: it becomes the last one, and a new visit
   * begins at once, with the desk's defaults (nothing of this visit carries over), so keys typed
   * from now on belong to the next visit.
   */
  registered(registration: QuestionRegistrationInput, draft: VisitDraft, taxonomy: Taxonomy): void {
    this.last = { registration, at: Date.now(), draft: structuredClone(draft) };
    this.startNew(taxonomy, true);
  }

  /**
   * Storing `registration` failed: it is no longer the last one, and, when the new visit was
   * not touched yet, its draft comes back to be registered again. False when it could not come
   * back (the next visit is being typed); the form then keeps it aside.
   */
  unregistered(registration: QuestionRegistrationInput, draft: VisitDraft, mode: Mode): boolean {
    if (this.last?.registration.id === registration.id) this.last = undefined;
    if (this.touched) return false;
    this.visit = draft;
    this.mode = mode;
    this.#host.requestUpdate();
    return true;
  }

  /** Whether "correct the last one" is still offered. */
  canUndo(minutes: number): boolean {
    return !!this.last && Date.now() - this.last.at < minutes * 60_000;
  }
}

/** The civil date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Today's civil date at the desks (Amsterdam). */
export function deskToday(now: Date): string {
  return civilDate(now, VISIT_ZONE);
}
