import {
  isIdoStorageError,
  type Channel,
  type OutboxEntry,
  type QuestionRegistration,
  type QuestionRegistrationInput,
} from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import { readClock } from '../../controllers/clock.js';
import { dataTask } from '../../controllers/data-controller.js';
import type { DeskDelivery, ForgetOutcome } from '../../controllers/desk-session.js';
import { StaffSessionController } from '../../controllers/staff-session.js';
import { IdoErrorEvent } from '../../events/ido-error.js';
import { IdoRegistrationQueuedEvent } from '../../events/ido-registration-queued.js';
import { IdoRegistrationSubmittedEvent } from '../../events/ido-registration-submitted.js';
import type { PickOption, QuestionDraft, VisitDraft } from './draft.js';
import { loadDesk } from './desk-data.js';
import { readChannel, writeChannel, type Desk } from './device-storage.js';
import { discardCancelId, formatDay, renderHeldList } from './held-list.js';
import { questionFormStyles } from './ido-question-form.styles.js';
import { removeFindings, renderNoteField } from './note-field.js';
import {
  deskLabelProblem,
  deskLabelRefusal,
  enrolProblem,
  renderEnrol,
  renderOutbox,
  renderSession,
} from './session-views.js';
import { renderChoices, renderErrorSummary, renderQuestion } from './question-fieldset.js';
import { PickerStates, renderTopicPicker } from './topic-picker.js';
import { VisitEditor } from './visit-editor.js';
import type { QuestionFormStrings } from './strings.js';
import { questionFormTexts } from './texts.js';

/** How long after a registration "correct the last one" is offered. */
const DEFAULT_UNDO_MINUTES = 5;
/**
 * How long a submit waits for the first delivery attempt, once the registration is stored, before
 * saying "kept on this device"; shorter when the browser knows it is offline.
 */
const CONFIRM_WAIT_MS = 800;
const CONFIRM_WAIT_OFFLINE_MS = 250;

/**
 * The staff desk form: registers every question of a visit in seconds, anonymously, and never
 * loses one. A device is enrolled once with a code (the token is kept in the browser, never in
 * markup); each visit is written to a durable outbox (IndexedDB) first and sent when the network
 * allows, from one tab at a time. Categories come from the server's taxonomy; referral targets
 * from the partners of the location's municipality. Notes are checked live for personal data.
 *
 * Sending is done by the page's desk session for the API, not by the element: a registration
 * kept on the device is delivered even if the element is moved, re-rendered or removed.
 *
 * Keyboard: type a topic and press Enter to choose it, Tab to the next field, Enter in an empty
 * field registers. After registering, focus returns to the first topic field. "Zelfde als
 * vorige" is one Shift+Tab away from there. No shortcuts act outside the element.
 *
 * @summary Register a visit's questions at the IDO desk (staff only).
 * @tagname ido-question-form
 * @wordpressIcon feedback
 *
 * @attr undo-minutes - How long "correct the last one" is offered after registering. Default 5.
 * @attr heading-level - Level of the element's headings (1–6). Default 2.
 *
 * @event {IdoRegistrationSubmittedEvent} ido-registration-submitted - A registration reached the server; `detail: { registration, receipt }`. Fired by the form that made it, or (if that one has gone, or it was made before this page) by one form of the page.
 * @event {IdoRegistrationQueuedEvent} ido-registration-queued - A registration was kept on the device to be sent later; `detail: { registration, pending }`.
 * @event {IdoErrorEvent} ido-error - Loading the categories failed, or a registration could not be stored on the device (it stays in the form); `detail: { error, message }`.
 *
 * @csspart base - The element's outer box.
 * @csspart enrol - The enrolment form (the code and the desk's name).
 * @csspart not-told - After forgetting: the server could not be told, ask the coordinator to revoke the device.
 * @csspart session - The line with the location, the desk's name and "Dit apparaat vergeten".
 * @csspart outbox - The badge with registrations waiting to be sent.
 * @csspart form - The registration form.
 * @csspart question - One question's fieldset.
 * @csspart note - The note field.
 * @csspart note-finding - A highlighted piece of personal data in the note.
 * @csspart note-warning - A likely name in the note (also `note-finding`): a warning, registering still works.
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
export class IdoQuestionForm extends IdoElement<QuestionFormStrings> {
  static override styles = [IdoElement.styles, questionFormStyles];
  static override texts = questionFormTexts;

  /** Minutes after registering during which the last registration can be corrected. */
  @property({ type: Number, attribute: 'undo-minutes' }) undoMinutes = DEFAULT_UNDO_MINUTES;

  /** Level of the element's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The page's desk session for this API: it delivers, whether or not this element stays. */
  private readonly staff = new StaffSessionController(this, {
    registers: true,
    delivered: (delivery, announce) => this.onDelivered(delivery, announce),
  });

  /** The visit being entered. */
  private readonly editor = new VisitEditor(this, readChannel(), {
    now: () => readClock(this.clock),
    strings: () => this.t,
  });
  private readonly pickers = new PickerStates(() => this.requestUpdate());
  @state() private message = '';
  @state() private messageSeq = 0;
  /** The visible result of the last registration (also announced through the status line). */
  @state() private confirmation = '';
  private confirmedId: string | undefined;
  @state() private confirmForget = false;
  @state() private confirmDiscard: string | undefined;
  @state() private enrolError = '';
  @state() private labelError = '';
  /** The device was last forgotten without the server hearing of it (its name, if known). */
  @state() private notTold: { label: string | undefined } | undefined;
  @state() private forgetting = false;
  @state() private enrolBusy = false;
  @state() private submitting = false;
  /** Shown when the last registration could not be stored on this device. */
  @state() private storeError = '';

  private undoTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly desk = dataTask(this, {
    args: () => [this.staff.canRegister ? this.staff.session?.locationId : undefined] as const,
    task: ([locationId], { client, signal }) =>
      loadDesk(client, locationId, this.staff.storageKey, signal),
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
    const labelInput = this.renderRoot.querySelector<HTMLInputElement>('#enrol-label');
    const code = input?.value.trim() ?? '';
    const deviceLabel = labelInput?.value.trim() ?? '';
    this.labelError = deskLabelProblem(deviceLabel, this.t);
    this.enrolError = code ? '' : this.t.formEnrolEmpty;
    if (this.enrolError || this.labelError) {
      await this.updateComplete;
      (this.enrolError ? input : labelInput)?.focus();
      return;
    }
    this.enrolBusy = true;
    try {
      await this.staff.enrol(code, deviceLabel ? { deviceLabel } : {});
      this.notTold = undefined;
      this.editor.startNew(readChannel(), undefined, false);
      await this.updateComplete;
      await this.desk.taskComplete.catch(() => undefined);
      this.say(
        this.t.formEnrolled(this.desk.value?.locationName ?? this.staff.session?.locationId ?? ''),
      );
      await this.focusStart();
    } catch (error) {
      const refused = deskLabelRefusal(error, this.t);
      if (refused) this.labelError = refused;
      else this.enrolError = enrolProblem(error, this.t) ?? this.reportError(error);
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLInputElement>(refused ? '#enrol-label' : '#enrol-code')
        ?.focus();
    } finally {
      this.enrolBusy = false;
    }
  }

  private async forget(): Promise<void> {
    if (this.forgetting) return;
    this.forgetting = true;
    const label = this.staff.session?.deviceLabel;
    let outcome: ForgetOutcome;
    try {
      outcome = await this.staff.revokeAndForget();
    } finally {
      this.forgetting = false;
      this.confirmForget = false;
    }
    this.editor.forgetLast();
    this.notTold = outcome === 'revoked' ? undefined : { label };
    this.say(outcome === 'revoked' ? this.t.formForgotten : this.t.formForgottenNotTold(label));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#enrol-code')?.focus();
  }

  // ─── the visit ───────────────────────────────────────────────────────────────────────────

  private edit(change: (visit: VisitDraft) => void): void {
    this.confirmation = '';
    this.editor.edit(change);
  }

  private editQuestion(index: number, change: (q: QuestionDraft) => void): void {
    this.confirmation = '';
    this.editor.editQuestion(index, change);
  }

  private async addQuestion(): Promise<void> {
    this.confirmation = '';
    this.editor.addQuestion();
    const count = this.editor.visit.questions.length;
    this.say(this.t.formQuestionCount(count));
    await this.updateComplete;
    this.field(`q${count - 1}-themes`)?.focus();
  }

  private async removeQuestion(index: number): Promise<void> {
    this.confirmation = '';
    this.editor.removeQuestion(index);
    this.say(this.t.formQuestionCount(this.editor.visit.questions.length));
    await this.updateComplete;
    this.field(`q${Math.max(0, index - 1)}-themes`)?.focus();
  }

  private async sameAsLast(): Promise<void> {
    if (!this.editor.sameAsLast()) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="submit"]')?.focus();
  }

  private async correctLast(): Promise<void> {
    if (this.editor.correctLast()) await this.focusStart();
  }

  private async correctHeld(entry: OutboxEntry): Promise<void> {
    this.editor.correctHeld(entry);
    await this.updateComplete;
    const first = this.editor.errors[0];
    (first ? this.field(first.field) : this.field('q0-themes'))?.focus();
  }

  private async stopCorrecting(): Promise<void> {
    this.editor.startNew(this.editor.visit.channel, this.desk.value?.taxonomy, true);
    await this.focusStart();
  }

  private async discardHeld(id: string): Promise<void> {
    this.confirmDiscard = undefined;
    await this.staff.desk.discardHeld(id);
    this.editor.heldGone(id);
    this.say(this.t.formHeldDiscarded);
    await this.updateComplete;
    this.focusStart();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const desk = this.desk.value;
    const session = this.staff.session;
    if (this.submitting || !desk || !session?.locationId || !this.staff.desk.hasOutbox) return;
    if (!this.editor.validate()) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
      return;
    }
    const registration = this.editor.registration(desk.taxonomy, session.locationId, this.held);
    const draft = this.editor.visit;
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
        this.editor.showErrors([{ field: 'q0-themes', message: this.reportError(error) }]);
      }
      return;
    }
    // Stored: a failure from here on (the store read back after the attempt) leaves it waiting.
    const settled = await Promise.race([
      result.catch(() => undefined),
      delay(globalThis.navigator?.onLine === false ? CONFIRM_WAIT_OFFLINE_MS : CONFIRM_WAIT_MS),
    ]);
    this.editor.registered(registration, draft, desk.taxonomy);
    this.scheduleUndoExpiry();
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

  /** Registrations still on this device: waiting and held. */
  private get kept(): number {
    return this.pending + this.held.length;
  }

  private renderEnrol(): TemplateResult {
    return renderEnrol({
      strings: this.t,
      heading: (text) => this.heading(text),
      revoked: this.staff.revoked,
      kept: this.kept,
      error: this.enrolError,
      labelError: this.labelError,
      notTold: this.notTold,
      busy: this.enrolBusy,
      onEnrol: (event) => void this.onEnrol(event),
    });
  }

  private renderCannotRegister(): TemplateResult {
    return html`<div class="ido-alert" role="alert">
        <span>${this.t.formCannotRegister}</span>
      </div>
      ${this.renderSession(undefined)}`;
  }

  private renderSession(desk: Desk | undefined): TemplateResult {
    const where = desk?.locationName ?? this.staff.session?.locationId;
    const focus = async (id: string) => {
      await this.updateComplete;
      this.field(id)?.focus();
    };
    return renderSession({
      strings: this.t,
      where: this.staff.canRegister ? where : undefined,
      label: this.staff.session?.deviceLabel,
      forgetting: this.forgetting,
      kept: this.kept,
      confirmForget: this.confirmForget,
      onAskForget: () => {
        this.confirmForget = true;
        void focus('forget-cancel');
      },
      onCancelForget: () => {
        this.confirmForget = false;
        void focus('forget');
      },
      onForget: () => void this.forget(),
    });
  }

  private renderDesk(desk: Desk): TemplateResult {
    const t = this.t;
    const { visit, mode, errors } = this.editor;
    const time = mode.kind === 'new' ? '' : `${formatDay(mode.date, this.locale)}, ${mode.hour}:00`;
    return html`${this.renderSession(desk)}
      ${renderOutbox({
        strings: this.t,
        pending: this.pending,
        onSendNow: () => void this.staff.desk.flush(),
      })}
      ${this.renderHeld(desk)}
      <form class="form" part="form" novalidate @submit=${this.onSubmit}>
        ${
          this.confirmation && mode.kind === 'new' && !errors.length
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
        ${
          errors.length
            ? renderErrorSummary(errors, this.t, (field) => this.field(field)?.focus())
            : nothing
        }
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
          mode.kind === 'new' && this.editor.last
            ? html`<div class="toolbar">
                ${
                  this.editor.canUndo(this.undoMinutes)
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
          ${renderChoices(
            'channel',
            t.formChannel,
            desk.taxonomy.channels.map((c) => ({ id: c.id, label: c.label[this.dataLanguage] })),
            visit.channel,
            (value) => this.edit((v) => (v.channel = value as Channel)),
          )}
          ${renderChoices(
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

  private errorFor(field: string): string | undefined {
    return this.editor.errors.find((e) => e.field === field)?.message;
  }

  private renderQuestion(desk: Desk, question: QuestionDraft, index: number, of: number) {
    return renderQuestion({
      desk,
      question,
      index,
      of,
      strings: this.t,
      lang: this.dataLanguage,
      errorFor: (field) => this.errorFor(field),
      edit: (change) => this.editQuestion(index, change),
      picker: (field, label, hint, options, chosen) =>
        this.renderPicker(index, field, label, hint, options, chosen),
      onRemove: () => this.removeQuestion(index),
    });
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
      onInput: () => this.editor.started(),
      onPick: (option) => this.pick(index, field, option),
      onUnpick: (option) => this.unpick(index, field, option),
      say: (message) => this.say(message),
      updated: () => this.updateComplete,
    });
  }

  private renderNote(): TemplateResult {
    return renderNoteField({
      note: this.editor.visit.note,
      at: readClock(this.clock),
      strings: this.t,
      dataLanguage: this.dataLanguage,
      onInput: (note) => this.edit((v) => (v.note = note)),
      onRemoveFindings: async (findings) => {
        this.edit((v) => (v.note = removeFindings(v.note, findings)));
        await this.updateComplete;
        this.field('note')?.focus();
      },
    });
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

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

/** Registers `<ido-question-form>` once. */
export function defineIdoQuestionForm(): void {
  defineElement('ido-question-form', IdoQuestionForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-question-form': IdoQuestionForm;
  }
}
