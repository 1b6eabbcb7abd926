import {
  civilDateHour,
  describePersonalData,
  findPersonalData,
  isIdoError,
  isIdoHttpError,
  isIdoStorageError,
  NOTE_MAX_LENGTH,
  type Channel,
  type IdoClient,
  type OutboxEntry,
  type PersonalDataFinding,
  type PersonalDataKind,
  type QuestionRegistration,
  type QuestionRegistrationInput,
} from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { IdoElement } from '../../base/ido-element.js';
import { readClock } from '../../controllers/clock.js';
import { dataTask } from '../../controllers/data-controller.js';
import type { DeskDelivery } from '../../controllers/desk-session.js';
import { StaffSessionController } from '../../controllers/staff-session.js';
import { IdoErrorEvent } from '../../events/ido-error.js';
import { IdoRegistrationQueuedEvent } from '../../events/ido-registration-queued.js';
import { IdoRegistrationSubmittedEvent } from '../../events/ido-registration-submitted.js';
import {
  draftProblems,
  draftToRegistration,
  effectiveLevel,
  newQuestion,
  newRegistrationId,
  newVisit,
  registrationToDraft,
  type PickOption,
  type QuestionDraft,
  type VisitDraft,
} from './draft.js';
import { readChannel, readDesk, writeChannel, writeDesk, type Desk } from './device-storage.js';
import { discardCancelId, formatDay, renderHeldList } from './held-list.js';
import { questionFormStyles } from './ido-question-form.styles.js';
import { PickerStates, renderTopicPicker } from './topic-picker.js';
import { partnerEn, partnerNl } from '../ido-partner-list/strings.js';
import { questionFormEn, questionFormNl } from './strings.js';

/** Visits are recorded in the desks' own zone, whatever the device's clock is set to. */
const VISIT_ZONE = 'Europe/Amsterdam';
/** How long after a registration "correct the last one" is offered. */
const DEFAULT_UNDO_MINUTES = 5;
/**
 * How long a submit waits for the first delivery attempt, once the registration is stored, before
 * saying "kept on this device"; shorter when the browser knows it is offline.
 */
const CONFIRM_WAIT_MS = 800;
const CONFIRM_WAIT_OFFLINE_MS = 250;
type Mode =
  | { kind: 'new' }
  | { kind: 'correct'; supersedes: string; date: string; hour: number }
  | { kind: 'held'; id: string; date: string; hour: number; supersedes?: string };

interface FormError {
  /** The id of the field to focus. */
  field: string;
  message: string;
}

/**
 * The staff desk form: registers every question of a visit in seconds, anonymously, and never
 * loses one. A device is enrolled once with a code (the token is kept in the browser, never in
 * markup); each visit is written to a durable outbox (IndexedDB) first and sent when the network
 * allows, from one tab at a time. Categories come from the server's taxonomy; referral targets
 * from the partners of the location's municipality. Notes are checked live for personal data.
 *
 * Keyboard: type a topic and press Enter to choose it, Tab to the next field, Enter in an empty
 * field registers. After registering, focus returns to the first topic field. "Zelfde als
 * vorige" is one Shift+Tab away from there. No shortcuts act outside the element.
 *
 * @summary Register a visit's questions at the IDO desk (staff only).
 *
 * @attr undo-minutes - How long "correct the last one" is offered after registering. Default 5.
 * @attr heading-level - Level of the element's headings (1–6). Default 2.
 *
 * @event {IdoRegistrationSubmittedEvent} ido-registration-submitted - A registration reached the server; `detail: { registration, receipt }`.
 * @event {IdoRegistrationQueuedEvent} ido-registration-queued - A registration was kept on the device to be sent later; `detail: { registration, pending }`.
 * @event {IdoErrorEvent} ido-error - Loading the categories failed, or a registration could not be stored on the device (it stays in the form); `detail: { error, message }`.
 *
 * @csspart base - The element's outer box.
 * @csspart enrol - The enrolment form.
 * @csspart session - The line with the location and "Dit apparaat vergeten".
 * @csspart outbox - The badge with registrations waiting to be sent.
 * @csspart form - The registration form.
 * @csspart question - One question's fieldset.
 * @csspart note - The note field.
 * @csspart note-finding - A highlighted piece of personal data in the note.
 * @csspart submit - The register button.
 * @csspart confirmation - The confirmation after registering.
 * @csspart error-summary - The list of problems that block registering.
 * @csspart store-error - Storing the registration on the device failed; it is still in the form.
 * @csspart held - Registrations set aside after the server refused them.
 * @csspart error - Loading failed.
 * @csspart loading - Loading indicator.
 *
 * @cssstate enrol - The device is not enrolled: the code is asked.
 * @cssstate ready - The form is shown.
 * @cssstate waiting - Registrations wait to be sent.
 * @cssstate held - Registrations are set aside.
 * @cssstate loading - The categories are loading.
 * @cssstate error - Loading the categories failed.
 */
export class IdoQuestionForm extends IdoElement {
  static override styles = [IdoElement.styles, questionFormStyles];
  // The partner picker uses the partner list's text.
  static override elementStrings = [
    { nl: questionFormNl, en: questionFormEn },
    { nl: partnerNl, en: partnerEn },
  ];

  /** Minutes after registering during which the last registration can be corrected. */
  @property({ type: Number, attribute: 'undo-minutes' }) undoMinutes = DEFAULT_UNDO_MINUTES;

  /** Level of the element's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The page's desk session for this API: it delivers, whether or not this element stays. */
  private readonly staff = new StaffSessionController(this, {
    registers: true,
    delivered: (delivery, announce) => this.onDelivered(delivery, announce),
  });

  @state() private visit: VisitDraft = newVisit(readChannel(), undefined);
  @state() private mode: Mode = { kind: 'new' };
  @state() private errors: FormError[] = [];
  private readonly pickers = new PickerStates(() => this.requestUpdate());
  @state() private message = '';
  @state() private messageSeq = 0;
  /** The visible result of the last registration (also announced through the status line). */
  @state() private confirmation = '';
  private confirmedId: string | undefined;
  @state() private confirmForget = false;
  @state() private confirmDiscard: string | undefined;
  @state() private enrolError = '';
  @state() private enrolBusy = false;
  @state() private last: { registration: QuestionRegistrationInput; at: number } | undefined;
  @state() private submitting = false;
  /** Shown when the last registration could not be stored on this device. */
  @state() private storeError = '';

  private visitStartedAt: Date | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly desk = dataTask(this, {
    args: () => [this.staff.canRegister ? this.staff.session?.locationId : undefined] as const,
    task: ([locationId], { client, signal }) => this.loadDesk(client, locationId, signal),
    enabled: () => this.staff.canRegister,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.undoTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const enrolled = this.staff.session !== undefined;
    this.setState('enrol', !enrolled);
    this.setState('ready', enrolled && this.staff.canRegister);
    this.setState('waiting', this.pending > 0);
    this.setState('held', this.held.length > 0);
  }

  // ─── data ────────────────────────────────────────────────────────────────────────────────

  private async loadDesk(
    client: IdoClient,
    locationId: string | undefined,
    signal: AbortSignal,
  ): Promise<Desk> {
    const key = this.staff.storageKey;
    try {
      const taxonomy = await client.getTaxonomy({ signal });
      const desk: Desk = { taxonomy, partners: [] };
      if (locationId) {
        const location = await client.getLocation(locationId, { signal });
        const municipality = location.address.municipality;
        const partners = await client.listPartners({ municipality }, { signal });
        Object.assign(desk, {
          locationId,
          locationName: location.name,
          municipality,
          partners: partners.map((p) => ({ id: p.id, name: p.name })),
        });
      }
      writeDesk(key, desk);
      return desk;
    } catch (error) {
      // Offline at the desk: the categories and partners seen last time still serve.
      const cached = readDesk(key);
      if (
        isIdoError(error) &&
        (error.code === 'network' || error.code === 'timeout') &&
        cached?.taxonomy &&
        cached.locationId === locationId
      )
        return cached;
      throw error;
    }
  }

  /** Waiting registrations, in the desk session's outbox (every tab of this site). */
  private get pending(): number {
    return this.staff.desk.pending;
  }

  private get held(): readonly OutboxEntry[] {
    return this.staff.desk.held;
  }

  /** The desk session delivered a registration (this element may have made it, or not). */
  private onDelivered({ entry, receipt }: DeskDelivery, announce: boolean): void {
    // "Kept on this device" turns into "Registered" once that registration went out, unless
    // the next visit is being entered already.
    if (entry.id === this.confirmedId && this.confirmation === this.t.formQueued) {
      this.confirmation = this.t.formSent;
      this.say(this.t.formSent);
    }
    if (announce && receipt)
      this.emit(new IdoRegistrationSubmittedEvent({ registration: entry.registration, receipt }));
  }

  // ─── enrolment ───────────────────────────────────────────────────────────────────────────

  private async onEnrol(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.enrolBusy) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#enrol-code');
    const code = input?.value.trim() ?? '';
    if (!code) {
      this.enrolError = this.t.formEnrolEmpty;
      input?.focus();
      return;
    }
    this.enrolBusy = true;
    this.enrolError = '';
    try {
      await this.staff.enrol(code);
      this.visit = newVisit(readChannel(), undefined);
      this.mode = { kind: 'new' };
      await this.updateComplete;
      await this.desk.taskComplete.catch(() => undefined);
      this.say(
        this.t.formEnrolled(this.desk.value?.locationName ?? this.staff.session?.locationId ?? ''),
      );
      await this.focusStart();
    } catch (error) {
      this.enrolError = this.enrolMessage(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#enrol-code')?.focus();
    } finally {
      this.enrolBusy = false;
    }
  }

  private enrolMessage(error: unknown): string {
    if (isIdoError(error) && error.code === 'validation') return this.t.formEnrolMalformed;
    if (isIdoHttpError(error)) {
      if (error.status === 429) return this.t.formEnrolRateLimited;
      if (error.status === 400) return this.t.formEnrolMalformed;
      if (error.status < 500) return this.t.formEnrolRefused;
    }
    return this.reportError(error);
  }

  private async forget(): Promise<void> {
    this.confirmForget = false;
    this.staff.forget();
    this.last = undefined;
    this.say(this.t.formForgotten);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#enrol-code')?.focus();
  }

  // ─── the visit ───────────────────────────────────────────────────────────────────────────

  private edit(change: (visit: VisitDraft) => void): void {
    this.visitStartedAt ??= readClock(this.clock);
    this.confirmation = '';
    const visit = structuredClone(this.visit);
    change(visit);
    this.visit = visit;
    if (this.errors.length) this.errors = this.currentErrors();
  }

  private editQuestion(index: number, change: (q: QuestionDraft) => void): void {
    this.edit((visit) => {
      const q = visit.questions[index];
      if (q) change(q);
    });
  }

  private async addQuestion(): Promise<void> {
    this.edit((visit) => visit.questions.push(newQuestion()));
    this.say(this.t.formQuestionCount(this.visit.questions.length));
    await this.updateComplete;
    this.field(`q${this.visit.questions.length - 1}-themes`)?.focus();
  }

  private async removeQuestion(index: number): Promise<void> {
    this.edit((visit) => visit.questions.splice(index, 1));
    this.say(this.t.formQuestionCount(this.visit.questions.length));
    await this.updateComplete;
    this.field(`q${Math.max(0, index - 1)}-themes`)?.focus();
  }

  private async sameAsLast(): Promise<void> {
    if (!this.last) return;
    this.visit = registrationToDraft(this.last.registration, { note: false });
    this.visitStartedAt = readClock(this.clock);
    this.mode = { kind: 'new' };
    this.errors = [];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="submit"]')?.focus();
  }

  private async correctLast(): Promise<void> {
    const last = this.last?.registration;
    if (!last?.id) return;
    this.visit = registrationToDraft(last, { note: true });
    this.mode = { kind: 'correct', supersedes: last.id, date: last.date, hour: last.hour };
    this.errors = [];
    await this.focusStart();
  }

  private async correctHeld(entry: OutboxEntry): Promise<void> {
    const reg = entry.registration;
    this.visit = registrationToDraft(reg, { note: true });
    this.mode = {
      kind: 'held',
      id: reg.id,
      date: reg.date,
      hour: reg.hour,
      ...(reg.supersedes ? { supersedes: reg.supersedes } : {}),
    };
    this.errors = this.currentErrors();
    await this.updateComplete;
    (this.errors[0] ? this.field(this.errors[0].field) : this.field('q0-themes'))?.focus();
  }

  private async stopCorrecting(): Promise<void> {
    this.mode = { kind: 'new' };
    this.visit = newVisit(this.visit.channel, this.desk.value?.taxonomy);
    this.errors = [];
    await this.focusStart();
  }

  private async discardHeld(id: string): Promise<void> {
    this.confirmDiscard = undefined;
    await this.staff.desk.discardHeld(id);
    if (this.mode.kind === 'held' && this.mode.id === id) this.mode = { kind: 'new' };
    this.say(this.t.formHeldDiscarded);
    await this.updateComplete;
    this.focusStart();
  }

  private currentErrors(): FormError[] {
    const t = this.t;
    const errors: FormError[] = draftProblems(this.visit).map((p) => {
      const i = p.question - 1;
      if (p.field === 'themes')
        return { field: `q${i}-themes`, message: t.formErrorThemes(p.question) };
      if (p.field === 'referral')
        return { field: `q${i}-referral`, message: t.formErrorReferral(p.question) };
      return { field: `q${i}-reason`, message: t.formErrorReason(p.question) };
    });
    if (findPersonalData(this.visit.note, { at: readClock(this.clock) }).length)
      errors.push({ field: 'note', message: t.formErrorNote });
    return errors;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const desk = this.desk.value;
    const session = this.staff.session;
    if (this.submitting || !desk || !session?.locationId || !this.staff.desk.hasOutbox) return;
    const errors = this.currentErrors();
    this.errors = errors;
    if (errors.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
      return;
    }
    const mode = this.mode;
    const when =
      mode.kind === 'new'
        ? civilDateHour(this.visitStartedAt ?? readClock(this.clock), VISIT_ZONE)
        : { date: mode.date, hour: mode.hour };
    const registration = draftToRegistration(this.visit, desk.taxonomy, {
      id: mode.kind === 'held' ? mode.id : newRegistrationId(),
      locationId:
        mode.kind === 'held'
          ? (this.heldEntry(mode.id)?.registration.locationId ?? session.locationId)
          : session.locationId,
      ...when,
      ...(mode.kind === 'correct' ? { supersedes: mode.supersedes } : {}),
      ...(mode.kind === 'held' && mode.supersedes ? { supersedes: mode.supersedes } : {}),
    });
    const draft = this.visit;
    this.submitting = true;
    this.storeError = '';
    writeChannel(draft.channel);
    let stored!: () => void;
    const safe = new Promise<void>((resolve) => (stored = resolve));
    const result = this.staff.register(registration, { onStored: () => stored() });
    try {
      // However long the device takes: the draft is cleared only once nothing can be lost.
      await Promise.race([safe, result]);
    } catch (error) {
      // Nothing was stored (storage full or blocked, or invalid by the schema): keep the draft.
      this.submitting = false;
      if (isIdoStorageError(error)) {
        const message = this.t.formStoreFailed;
        this.emit(new IdoErrorEvent({ error, message }));
        this.confirmation = '';
        this.storeError = message;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[part~="store-error"]')?.focus();
      } else {
        this.errors = [{ field: 'q0-themes', message: this.reportError(error) }];
      }
      return;
    }
    // Stored: a failure from here on (the store read back after the attempt) leaves it waiting.
    const settled = await Promise.race([
      result.catch(() => undefined),
      delay(globalThis.navigator?.onLine === false ? CONFIRM_WAIT_OFFLINE_MS : CONFIRM_WAIT_MS),
    ]);
    this.last = { registration, at: Date.now() };
    this.scheduleUndoExpiry();
    this.visit = newVisit(draft.channel, desk.taxonomy);
    this.visitStartedAt = undefined;
    this.mode = { kind: 'new' };
    this.pickers.reset();
    this.submitting = false;
    this.confirm(settled?.state ?? 'pending', registration);
    await this.focusStart();
  }

  private confirm(
    state: 'delivered' | 'pending' | 'held',
    registration: QuestionRegistrationInput,
  ): void {
    if (state === 'pending') {
      void this.staff.desk.countPending().then((pending) => {
        this.emit(
          new IdoRegistrationQueuedEvent({
            registration: registration as QuestionRegistration,
            pending,
          }),
        );
      });
    }
    const text =
      state === 'delivered'
        ? this.t.formSent
        : state === 'held'
          ? this.t.formHeldNow
          : this.t.formQueued;
    this.confirmedId = registration.id;
    this.confirmation = text;
    this.say(text);
  }

  private scheduleUndoExpiry(): void {
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => this.requestUpdate(), this.undoMinutes * 60_000 + 50);
  }

  private get canUndo(): boolean {
    return !!this.last && Date.now() - this.last.at < this.undoMinutes * 60_000;
  }

  private heldEntry(id: string): OutboxEntry | undefined {
    return this.held.find((e) => e.id === id);
  }

  /** Announces a message in the status line (a new node, so the same text is read again). */
  private say(message: string): void {
    this.message = message;
    this.messageSeq += 1;
  }

  private field(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${id}`);
  }

  private async focusStart(): Promise<void> {
    await this.updateComplete;
    this.field('q0-themes')?.focus();
  }

  protected override focusFallback(): HTMLElement | null {
    return (
      super.focusFallback() ??
      this.field('q0-themes') ??
      this.field('enrol-code') ??
      this.renderRoot.querySelector<HTMLElement>('[part~="status"]')
    );
  }

  // ─── type-ahead fields ───────────────────────────────────────────────────────────────────

  private pick(index: number, field: 'themes' | 'organisations', option: PickOption): void {
    this.editQuestion(index, (q) => {
      if (!q[field].includes(option.id)) q[field].push(option.id);
    });
    this.say(this.t.formChosen(option.label));
  }

  private unpick(index: number, field: 'themes' | 'organisations', option: PickOption): void {
    this.editQuestion(index, (q) => {
      q[field] = q[field].filter((id) => id !== option.id);
    });
    this.say(this.t.formRemoved(option.label));
  }

  // ─── rendering ───────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const session = this.staff.session;
    return html`<section class="base" part="base" aria-label=${this.t.formLabel}>
      <p class="ido-visually-hidden" role="status" part="status">
        ${keyed(this.messageSeq, html`<span>${this.message}</span>`)}
      </p>
      ${
        !session
          ? this.renderEnrol()
          : !this.staff.canRegister
            ? this.renderCannotRegister()
            : this.desk.render({
                initial: () => this.renderLoading(),
                pending: () =>
                  this.desk.value ? this.renderDesk(this.desk.value) : this.renderLoading(),
                error: (error) => this.renderError(error, this.desk),
                complete: (desk) => this.renderDesk(desk),
              })
      }
    </section>`;
  }

  private heading(text: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div class="heading" role="heading" aria-level=${level} id=${id ?? nothing}>
      ${text}
    </div>`;
  }

  private renderEnrol(): TemplateResult {
    const t = this.t;
    return html`<form class="enrol" part="enrol" novalidate @submit=${this.onEnrol}>
      ${this.heading(t.formEnrolHeading)}
      ${
        this.staff.revoked
          ? html`<div class="ido-alert" role="alert">
              <span>
                ${t.formRevoked}
                ${
                  this.pending + this.held.length > 0
                    ? html`<br />${t.formKeptWhileRevoked(this.pending + this.held.length)}`
                    : nothing
                }
              </span>
            </div>`
          : nothing
      }
      <p>${t.formEnrolIntro}</p>
      <div class="field">
        <label class="ido-label" for="enrol-code">${t.formEnrolCodeLabel}</label>
        <span class="ido-hint" id="enrol-hint">${t.formEnrolCodeHint}</span>
        ${
          this.enrolError
            ? html`<span class="ido-field-error" id="enrol-error" role="alert"
                >${this.enrolError}</span
              >`
            : nothing
        }
        <div class="row">
          <input
            id="enrol-code"
            class="ido-input code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            inputmode="text"
            aria-describedby=${this.enrolError ? 'enrol-hint enrol-error' : 'enrol-hint'}
            aria-invalid=${this.enrolError ? 'true' : 'false'}
          />
          <button
            class="ido-button"
            type="submit"
            aria-disabled=${this.enrolBusy ? 'true' : nothing}
            aria-busy=${this.enrolBusy ? 'true' : nothing}
          >
            ${t.formEnrolButton}
          </button>
        </div>
        ${this.enrolBusy ? html`<span class="ido-hint">${t.formEnrolBusy}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderCannotRegister(): TemplateResult {
    return html`<div class="ido-alert" role="alert">
        <span>${this.t.formCannotRegister}</span>
      </div>
      ${this.renderSession(undefined)}`;
  }

  private renderSession(desk: Desk | undefined): TemplateResult {
    const t = this.t;
    const where = desk?.locationName ?? this.staff.session?.locationId;
    return html`<div class="session" part="session">
      ${where && this.staff.canRegister ? html`<p>${t.formRegistersFor(where)}</p>` : nothing}
      ${
        this.confirmForget
          ? html`<div class="confirm" role="group" aria-labelledby="forget-q">
              <p id="forget-q">
                ${t.formForgetConfirm}
                ${
                  this.pending + this.held.length > 0
                    ? html` ${t.formForgetWaiting(this.pending + this.held.length)}`
                    : nothing
                }
              </p>
              <div class="row">
                <button class="ido-button" type="button" @click=${() => this.forget()}>
                  ${t.formForgetYes}
                </button>
                <button
                  class="ido-button ido-button--secondary"
                  type="button"
                  id="forget-cancel"
                  @click=${async () => {
                    this.confirmForget = false;
                    await this.updateComplete;
                    this.field('forget')?.focus();
                  }}
                >
                  ${t.formCancel}
                </button>
              </div>
            </div>`
          : html`<button
              class="ido-button ido-button--secondary"
              type="button"
              id="forget"
              @click=${async () => {
                this.confirmForget = true;
                await this.updateComplete;
                this.field('forget-cancel')?.focus();
              }}
            >
              ${t.formForget}
            </button>`
      }
    </div>`;
  }

  private renderOutbox(): TemplateResult {
    const t = this.t;
    return html`<div class="outbox" part="outbox">
      <p role="status" class=${this.pending ? 'badge' : 'ido-visually-hidden'}>
        ${this.pending ? t.formWaiting(this.pending) : ''}
      </p>
      ${
        this.pending
          ? html`<button
              class="ido-button ido-button--secondary"
              type="button"
              @click=${() => void this.staff.desk.flush()}
            >
              ${t.formSendNow}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderDesk(desk: Desk): TemplateResult {
    const t = this.t;
    const visit = this.visit;
    const mode = this.mode;
    const time = mode.kind === 'new' ? '' : `${formatDay(mode.date, this.locale)}, ${mode.hour}:00`;
    return html`${this.renderSession(desk)} ${this.renderOutbox()} ${this.renderHeld(desk)}
      <form class="form" part="form" novalidate @submit=${this.onSubmit}>
        ${
          this.confirmation && mode.kind === 'new' && !this.errors.length
            ? html`<p class="confirmation" part="confirmation" aria-hidden="true">
                ${this.confirmation}
              </p>`
            : nothing
        }
        ${
          this.storeError
            ? html`<div class="ido-alert" part="store-error" role="alert" tabindex="-1">
                <span>${this.storeError}</span>
              </div>`
            : nothing
        }
        ${this.errors.length ? this.renderSummary() : nothing}
        ${
          mode.kind !== 'new'
            ? html`<div class="banner">
                <p>
                  ${mode.kind === 'correct' ? t.formCorrecting(time) : t.formCorrectingHeld(time)}
                </p>
                <button
                  class="ido-button ido-button--secondary"
                  type="button"
                  @click=${() => this.stopCorrecting()}
                >
                  ${t.formStopCorrecting}
                </button>
              </div>`
            : nothing
        }
        ${
          mode.kind === 'new' && this.last
            ? html`<div class="toolbar">
                ${
                  this.canUndo
                    ? html`<button
                        class="ido-button ido-button--secondary"
                        type="button"
                        @click=${() => this.correctLast()}
                      >
                        ${t.formCorrectLast}
                      </button>`
                    : nothing
                }
                <button
                  class="ido-button ido-button--secondary"
                  type="button"
                  id="same-as-last"
                  @click=${() => this.sameAsLast()}
                >
                  ${t.formSameAsLast}
                </button>
              </div>`
            : nothing
        }
        ${visit.questions.map((q, i) => this.renderQuestion(desk, q, i, visit.questions.length))}
        <div class="row">
          <button
            class="ido-button ido-button--secondary"
            type="button"
            @click=${() => this.addQuestion()}
          >
            ${t.formAddQuestion}
          </button>
        </div>
        <fieldset class="group">
          <legend>${t.formVisit}</legend>
          ${this.renderChoices(
            'channel',
            t.formChannel,
            desk.taxonomy.channels.map((c) => ({ id: c.id, label: c.label[this.dataLanguage] })),
            visit.channel,
            (value) => this.edit((v) => (v.channel = value as Channel)),
          )}
          ${this.renderChoices(
            'duration',
            t.formDuration,
            desk.taxonomy.durationBuckets.map((m, i, all) => ({
              id: String(m),
              label: t.formDurationOption(m, i === all.length - 1),
            })),
            String(visit.durationMinutes),
            (value) => this.edit((v) => (v.durationMinutes = Number(value))),
          )}
          ${this.renderNote()}
        </fieldset>
        <div class="row submit-row">
          <button
            class="ido-button"
            type="submit"
            part="submit"
            aria-disabled=${this.submitting ? 'true' : nothing}
            aria-describedby="enter-hint"
          >
            ${mode.kind === 'new' ? t.formSubmit : t.formSubmitCorrection}
          </button>
          <span class="ido-hint" id="enter-hint">${t.formEnterHint}</span>
        </div>
      </form>`;
  }

  private renderSummary(): TemplateResult {
    return html`<div
      class="summary"
      part="error-summary"
      tabindex="-1"
      role="group"
      aria-labelledby="summary-title"
    >
      <p class="summary-title" id="summary-title">${this.t.formErrorSummary}</p>
      <ul>
        ${this.errors.map(
          (e) =>
            html`<li>
              <a
                class="ido-link"
                href=${`#${e.field}`}
                @click=${(event: Event) => {
                  event.preventDefault();
                  this.field(e.field)?.focus();
                }}
                >${e.message}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private errorFor(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }

  private renderQuestion(desk: Desk, q: QuestionDraft, i: number, of: number): TemplateResult {
    const t = this.t;
    const lang = this.dataLanguage;
    const tax = desk.taxonomy;
    const level = effectiveLevel(q, tax);
    const themes = tax.themes.map((x) => ({ id: x.id, label: x.label[lang] }));
    const organisations = tax.organisations.map((x) => ({ id: x.id, label: x.label[lang] }));
    return html`<fieldset class="group question" part="question">
      <legend>${t.formQuestionLegend(i + 1, of)}</legend>
      ${this.renderPicker(i, 'themes', t.formThemes, t.formThemesHint, themes, q.themes)}
      ${this.renderPicker(
        i,
        'organisations',
        t.formOrganisations,
        t.formOrganisationsHint,
        organisations,
        q.organisations,
      )}
      ${this.renderChoices(
        `q${i}-help`,
        t.formHelp,
        tax.help.map((h) => ({ id: h.id, label: h.label[lang] })),
        q.help,
        (value) => this.editQuestion(i, (x) => (x.help = value as QuestionDraft['help'])),
      )}
      ${q.help === 'referred' ? this.renderReferral(desk, q, i) : nothing}
      ${
        q.help === 'not-helped'
          ? this.renderSelect(
              `q${i}-reason`,
              t.formNotHelpedReason,
              [
                {
                  label: '',
                  options: tax.notHelpedReasons.map((r) => ({ id: r.id, label: r.label[lang] })),
                },
              ],
              q.notHelpedReason,
              (value) => this.editQuestion(i, (x) => (x.notHelpedReason = value)),
            )
          : nothing
      }
      ${this.renderChoices(
        `q${i}-type`,
        t.formType,
        tax.questionTypes.map((x) => ({ id: x.id, label: x.label[lang] })),
        q.type,
        (value) =>
          this.editQuestion(i, (x) => {
            x.type = value as QuestionDraft['type'];
            if (x.type !== 'government') x.level = undefined;
          }),
      )}
      ${
        q.type === 'government'
          ? this.renderChoices(
              `q${i}-level`,
              t.formLevel,
              [
                ...tax.governmentLevels.map((x) => ({ id: x.id, label: x.label[lang] })),
                { id: '', label: t.formLevelNone },
              ],
              level ?? '',
              (value) => this.editQuestion(i, (x) => (x.level = value as QuestionDraft['level'])),
            )
          : nothing
      }
      ${
        of > 1
          ? html`<div class="row">
              <button
                class="ido-button ido-button--secondary"
                type="button"
                @click=${() => this.removeQuestion(i)}
              >
                ${t.formRemoveQuestion(i + 1)}
              </button>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderReferral(desk: Desk, q: QuestionDraft, i: number): TemplateResult {
    const t = this.t;
    const lang = this.dataLanguage;
    const groups = [
      ...(desk.partners.length
        ? [
            {
              label: t.formReferralPartners(desk.municipality ?? ''),
              options: desk.partners.map((p) => ({ id: `partner:${p.id}`, label: p.name })),
            },
          ]
        : []),
      {
        label: t.formReferralKinds,
        options: desk.taxonomy.partnerKinds.map((k) => ({
          id: `kind:${k.id}`,
          label: k.label[lang],
        })),
      },
    ];
    return html`${this.renderSelect(
        `q${i}-referral`,
        t.formReferralTarget,
        groups,
        q.referral,
        (value) => this.editQuestion(i, (x) => (x.referral = value)),
      )}
      <div class="check-field">
        <label class="check">
          <input
            type="checkbox"
            id=${`q${i}-warm`}
            .checked=${live(q.warm)}
            aria-describedby=${`q${i}-warm-hint`}
            @change=${(e: Event) =>
              this.editQuestion(i, (x) => (x.warm = (e.target as HTMLInputElement).checked))}
          />
          <span>${t.formWarm}</span>
        </label>
        <span class="ido-hint" id=${`q${i}-warm-hint`}>${t.formWarmHint}</span>
      </div>`;
  }

  private renderSelect(
    id: string,
    label: string,
    groups: { label: string; options: PickOption[] }[],
    value: string,
    onChange: (value: string) => void,
  ): TemplateResult {
    const error = this.errorFor(id);
    const options = (list: PickOption[]) =>
      list.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.label}</option>`);
    return html`<div class="field">
      <label class="ido-label" for=${id}>${label}</label>
      ${error ? html`<span class="ido-field-error" id=${`${id}-error`}>${error}</span>` : nothing}
      <select
        class="ido-input"
        id=${id}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!value}>${this.t.formReferralChoose}</option>
        ${groups.map((g) =>
          g.label
            ? html`<optgroup label=${g.label}>${options(g.options)}</optgroup>`
            : options(g.options),
        )}
      </select>
    </div>`;
  }

  private renderChoices(
    name: string,
    legend: string,
    options: PickOption[],
    value: string,
    onChange: (value: string) => void,
  ): TemplateResult {
    return html`<fieldset class="choices">
      <legend>${legend}</legend>
      <div class="choice-list">
        ${options.map(
          (o) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${name}
                value=${o.id}
                .checked=${live(o.id === value)}
                @change=${() => onChange(o.id)}
              />
              <span>${o.label}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderPicker(
    index: number,
    field: 'themes' | 'organisations',
    label: string,
    hint: string,
    options: PickOption[],
    chosen: string[],
  ): TemplateResult {
    const id = `q${index}-${field}`;
    return renderTopicPicker({
      id,
      label,
      hint,
      options,
      chosen,
      error: this.errorFor(id),
      start: index === 0 && field === 'themes',
      states: this.pickers,
      strings: this.t,
      onInput: () => (this.visitStartedAt ??= readClock(this.clock)),
      onPick: (option) => this.pick(index, field, option),
      onUnpick: (option) => this.unpick(index, field, option),
      say: (message) => this.say(message),
      updated: () => this.updateComplete,
    });
  }

  private renderNote(): TemplateResult {
    const t = this.t;
    const note = this.visit.note;
    const findings = note ? findPersonalData(note, { at: readClock(this.clock) }) : [];
    const kinds = [...new Set(findings.map((f) => f.kind))] as PersonalDataKind[];
    const invalid = findings.length > 0;
    return html`<div class="field" part="note">
      <label class="ido-label" for="note">${t.formNote}</label>
      <span class="ido-hint" id="note-hint">${t.formNoteHint}</span>
      ${
        invalid
          ? html`<div class="finding" id="note-error">
              <p class="ido-field-error" role="alert">
                ${t.formNotePersonalData(describePersonalData(kinds, this.dataLanguage))}
              </p>
              <p>
                <span class="ido-visually-hidden">${t.formNoteFound}</span>
                ${highlight(note, findings)}
              </p>
              <button
                class="ido-button ido-button--secondary"
                type="button"
                @click=${async () => {
                  this.edit((v) => (v.note = removeFindings(v.note, findings)));
                  await this.updateComplete;
                  this.field('note')?.focus();
                }}
              >
                ${t.formNoteRemoveFindings}
              </button>
            </div>`
          : nothing
      }
      <textarea
        id="note"
        class="ido-input"
        rows="2"
        maxlength=${NOTE_MAX_LENGTH}
        aria-describedby=${invalid ? 'note-hint note-error note-count' : 'note-hint note-count'}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(note)}
        @input=${(e: Event) => this.edit((v) => (v.note = (e.target as HTMLTextAreaElement).value))}
      ></textarea>
      <span class="ido-hint count" id="note-count"
        >${t.formNoteCount(note.length, NOTE_MAX_LENGTH)}</span
      >
    </div>`;
  }

  private renderHeld(desk: Desk): TemplateResult | typeof nothing {
    return renderHeldList({
      held: this.held,
      locationId: this.staff.session?.locationId,
      taxonomy: desk.taxonomy,
      dataLanguage: this.dataLanguage,
      locale: this.locale,
      strings: this.t,
      confirmDiscard: this.confirmDiscard,
      heading: (text, id) => this.heading(text, id),
      onCorrect: (entry) => this.correctHeld(entry),
      onAskDiscard: async (id) => {
        this.confirmDiscard = id;
        await this.updateComplete;
        this.field(discardCancelId(id))?.focus();
      },
      onDiscard: (id) => this.discardHeld(id),
      onCancelDiscard: () => (this.confirmDiscard = undefined),
    });
  }
}

/** The note with each finding wrapped in a highlighted `<mark>`. */
function highlight(text: string, findings: PersonalDataFinding[]): TemplateResult {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(html`<mark part="note-finding">${text.slice(f.start, f.end)}</mark>`);
    at = f.end;
  }
  parts.push(text.slice(at));
  return html`<span class="note-preview">${parts}</span>`;
}

function removeFindings(text: string, findings: PersonalDataFinding[]): string {
  let result = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start))
    result = result.slice(0, f.start) + result.slice(f.end);
  return result.replace(/\s{2,}/g, ' ').trim();
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

/** Registers `<ido-question-form>` once. */
export function defineIdoQuestionForm(): void {
  if (!customElements.get('ido-question-form'))
    customElements.define('ido-question-form', IdoQuestionForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-question-form': IdoQuestionForm;
  }
}
