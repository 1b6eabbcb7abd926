import {
  civilDateHour,
  type Channel,
  type OutboxEntry,
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
import { IdoRegistrationSubmittedEvent } from '../../events/ido-registration-submitted.js';
import { renderAfterwards, whenAndWhere } from './afterwards.js';
import { DeskMemory } from './desk-memory.js';
import { registerOnEnter } from './enter-key.js';
import { VisitRecorder, type RecordedVisit } from './visit-recorder.js';
import { renderDeskSettings } from './desk-settings.js';
import { type PickOption, type QuestionDraft, type VisitDraft } from './draft.js';
import { loadDesk } from './desk-data.js';
import { type Desk, type TodayVisit } from './device-storage.js';
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
import { renderFormHead } from './form-head.js';
import { renderQuestion, renderVisitFieldset } from './question-fieldset.js';
import { PickerStates } from './topic-picker.js';
import { addDays, AFTERWARDS_DAYS, deskToday, VISIT_ZONE, VisitEditor } from './visit-editor.js';
import { describeVisit } from './visit-summary.js';
import {
  formatTime,
  renderTodayList,
  withdrawCancelId,
  withdrawId,
  todayState,
} from './today-list.js';
import type { QuestionFormStrings } from './strings.js';
import { questionFormTexts } from './texts.js';

/** How long after a registration "correct the last one" is offered (the day's list stays). */
const DEFAULT_UNDO_MINUTES = 5;
/** An Enter on an untouched form this soon after registering is a double press, not a visit. */
const DOUBLE_ENTER_MS = 1500;

/**
 * The staff desk form: registers every question of a visit in seconds, anonymously, and never
 * loses one. A device is enrolled once with a code (the token is kept in the browser, never in
 * markup); each visit is written to a durable outbox (IndexedDB) first and sent when the network
 * allows, from one tab at a time. Categories come from the server's taxonomy; referral targets
 * from the partners of the location's municipality (a chosen partner has a "Verwijsbriefje": a
 * slip for the resident, as in the partner list). Notes are checked live for personal data.
 *
 * Sending is done by the page's desk session for the API, not by the element: a registration
 * kept on the device is delivered even if the element is moved, re-rendered or removed.
 *
 * Keyboard: type a topic and press Enter to choose it, Tab to the next field; Enter in an empty
 * topic field, on a choice, a drop-down list or in the note registers (Shift+Enter or
 * Ctrl+Enter: a new line in the note). The form is ready for the next visit as soon as the
 * visit is stored on the device, so keys typed right after Enter go to the next visit. Every
 * visit starts from the desk's defaults (its channel is a setting in sight); "Zelfde als
 * vorige", one Shift+Tab away from the first field, repeats the whole last visit. The visits
 * of today can be corrected or withdrawn until the end of the day; a visit can be registered
 * afterwards (up to 14 days back) or for another place. A visit being typed survives a reload.
 * No shortcuts act outside the element.
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
 * @csspart settings - The desk's settings: the channel new visits start with, always in sight.
 * @csspart afterwards - "Later registreren of op een andere plek": date, hour and place.
 * @csspart today - Today's visits on this device, to correct or withdraw.
 * @csspart today-visit - One of today's visits.
 * @csspart unstored - A visit that could not be stored on the device while the next was typed.
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

  /**
   * Minutes after registering during which the last registration can be corrected.
   * @type {number}
   */
  @property({ type: Number, attribute: 'undo-minutes' }) undoMinutes = DEFAULT_UNDO_MINUTES;

  /** Level of the element's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The page's desk session for this API: it delivers, whether or not this element stays. */
  private readonly staff = new StaffSessionController(this, {
    registers: true,
    delivered: (delivery, announce) => this.onDelivered(delivery, announce),
  });

  /** The visit being entered. */
  private readonly editor = new VisitEditor(this, 'desk', {
    now: () => readClock(this.clock),
    strings: () => this.t,
  });
  /** What this desk keeps on the device: its settings, the draft, today's visits. */
  private readonly memory = new DeskMemory();
  /** Stores visits on the device and says how that went. */
  private readonly recorder = new VisitRecorder({
    staff: this.staff,
    editor: this.editor,
    strings: () => this.t,
    requestUpdate: () => this.requestUpdate(),
    say: (message) => this.say(message),
    emit: (event) => this.emit(event),
    reportError: (error) => this.reportError(error),
    remember: (registration) => this.remember(registration),
    focusStoreError: async () => {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="store-error"]')?.focus();
    },
  });
  @state() private todayOpen = false;
  @state() private settingsOpen = false;
  @state() private afterwardsOpen = false;
  @state() private confirmWithdraw: string | undefined;
  private readonly pickers = new PickerStates(() => this.requestUpdate());
  @state() private message = '';
  @state() private messageSeq = 0;
  @state() private confirmForget = false;
  @state() private confirmDiscard: string | undefined;
  @state() private enrolError = '';
  @state() private labelError = '';
  /** The device was last forgotten without the server hearing of it (its name, if known). */
  @state() private notTold: { label: string | undefined } | undefined;
  @state() private forgetting = false;
  @state() private enrolBusy = false;

  private undoTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly desk = dataTask(this, {
    args: () => [this.staff.canRegister ? this.staff.session?.locationId : undefined] as const,
    task: async ([locationId], { client, signal }) => {
      const at = readClock(this.clock);
      const desk = await loadDesk(client, locationId, this.staff.storageKey, signal, at);
      // The outbox sends a visit for another branch of the organisation, and only those.
      if (locationId && locationId === this.staff.session?.locationId)
        this.staff.desk.siblings = (desk.siblings ?? []).map((l) => l.id);
      return desk;
    },
    enabled: () => this.staff.canRegister,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.undoTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Per API and location: a device enrolled again for another location starts afresh there.
    const location = this.staff.session?.locationId;
    this.memory.read(
      location ? `${this.staff.storageKey}:${location}` : undefined,
      this.editor,
      this.desk.value?.taxonomy,
    );
    const enrolled = this.staff.session !== undefined;
    this.setState('enrol', !enrolled);
    this.setState('ready', enrolled && this.staff.canRegister);
    this.setState('waiting', this.pending > 0);
    this.setState('held', this.held.length > 0);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.memory.keep(this.editor, readClock(this.clock));
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
    this.recorder.delivered(entry.id);
    this.requestUpdate();
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
    const key = this.memory.key;
    let outcome: ForgetOutcome;
    try {
      outcome = await this.staff.revokeAndForget();
    } finally {
      this.forgetting = false;
      this.confirmForget = false;
    }
    this.editor.forgetLast();
    this.memory.forget(key);
    this.recorder.reset();
    this.editor.defaultChannel = 'desk';
    this.editor.startNew(undefined, true);
    this.notTold = outcome === 'revoked' ? undefined : { label };
    this.say(outcome === 'revoked' ? this.t.formForgotten : this.t.formForgottenNotTold(label));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#enrol-code')?.focus();
  }

  // ─── the visit ───────────────────────────────────────────────────────────────────────────

  private edit(change: (visit: VisitDraft) => void): void {
    this.recorder.clear();
    this.editor.edit(change);
  }

  private editQuestion(index: number, change: (q: QuestionDraft) => void): void {
    this.recorder.clear();
    this.editor.editQuestion(index, change);
  }

  private async addQuestion(): Promise<void> {
    this.recorder.clear();
    this.editor.addQuestion();
    const count = this.editor.visit.questions.length;
    this.say(this.t.formQuestionCount(count));
    await this.updateComplete;
    this.field(`q${count - 1}-themes`)?.focus();
  }

  private async removeQuestion(index: number): Promise<void> {
    this.recorder.clear();
    this.editor.removeQuestion(index);
    this.say(this.t.formQuestionCount(this.editor.visit.questions.length));
    await this.updateComplete;
    this.field(`q${Math.max(0, index - 1)}-themes`)?.focus();
  }

  private async sameAsLast(): Promise<void> {
    if (!this.editor.sameAsLast()) return;
    this.recorder.clear();
    const desk = this.desk.value;
    const last = this.editor.last?.registration;
    if (desk && last) this.say(this.t.formSameAsLastFilled(this.summarise(last, desk)));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="submit"]')?.focus();
  }

  private async correctLast(): Promise<void> {
    const home = this.staff.session?.locationId;
    if (home && this.editor.correctLast(home)) await this.focusStart();
  }

  private async correctToday(visit: TodayVisit): Promise<void> {
    const home = this.staff.session?.locationId;
    if (!home || !this.editor.correct(visit.registration, home)) return;
    this.recorder.clear();
    this.afterwardsOpen = false;
    await this.focusStart();
  }

  /** Withdraws one of today's visits: a registration that supersedes it and counts nowhere. */
  private async withdrawToday(visit: TodayVisit): Promise<void> {
    this.confirmWithdraw = undefined;
    const original = visit.registration;
    if (!(await this.recorder.withdraw(original))) return;
    if (this.editor.mode.kind === 'correct' && this.editor.mode.supersedes === original.id)
      this.editor.startNew(this.desk.value?.taxonomy, true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="today"] summary')?.focus();
  }

  private async correctHeld(entry: OutboxEntry): Promise<void> {
    this.editor.correctHeld(entry);
    await this.updateComplete;
    const first = this.editor.errors[0];
    (first ? this.field(first.field) : this.field('q0-themes'))?.focus();
  }

  private async stopCorrecting(): Promise<void> {
    this.editor.startNew(this.desk.value?.taxonomy, true);
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

  /**
   * Registers the visit: it is checked, and the form starts the next visit at once (in this
   * task, before any key typed after Enter is handled), while the visit is written to the
   * device's outbox. Only if that write fails does it come back (or, when the next visit is
   * being typed already, wait aside with a button to try again): nothing is lost either way.
   */
  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const desk = this.desk.value;
    const session = this.staff.session;
    if (!desk || !session?.locationId || !this.staff.desk.hasOutbox) return;
    const last = this.editor.last;
    if (
      !this.editor.touched &&
      this.editor.mode.kind === 'new' &&
      last &&
      Date.now() - last.at < DOUBLE_ENTER_MS
    )
      return; // a second Enter on the fresh form: nothing to register
    if (!this.editor.validate()) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part~="error-summary"]')?.focus(),
      );
      return;
    }
    const registration = this.editor.registration(desk.taxonomy, session.locationId, this.held);
    const draft = this.editor.visit;
    const mode = this.editor.mode;
    const summary = this.summarise(registration, desk);
    this.recorder.clear();
    this.editor.registered(registration, draft, desk.taxonomy);
    this.scheduleUndoExpiry();
    this.pickers.reset();
    this.afterwardsOpen = false;
    void this.focusStart();
    void this.recorder.store({ registration, draft, mode, summary });
  }

  /** Puts a visit that was kept aside back in the form, instead of what is typed there. */
  private async restoreUnstored(visit: RecordedVisit): Promise<void> {
    this.recorder.takeBack(visit);
    this.editor.resume(visit.draft, Date.now());
    await this.focusStart();
  }

  /** Adds a stored registration to today's list, or replaces the visit it corrects. */
  private remember(registration: QuestionRegistrationInput): void {
    this.memory.remember(readClock(this.clock), registration);
    this.requestUpdate();
  }

  /** Today's visits on this device. */
  private get today(): readonly TodayVisit[] {
    return this.memory.today(readClock(this.clock));
  }

  /** One line naming what a registration records. */
  private summarise(registration: QuestionRegistrationInput, desk: Desk): string {
    return describeVisit(registration, {
      desk,
      strings: this.t,
      lang: this.dataLanguage,
      locale: this.locale,
      today: deskToday(readClock(this.clock)),
    });
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
    return html`<section
      class="base"
      part="base"
      lang=${this.language}
      dir=${this.direction}
      aria-label=${this.t.formLabel}
    >
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
    const channels = desk.taxonomy.channels.map((c) => ({
      id: c.id,
      label: c.label[this.dataLanguage],
    }));
    const now = readClock(this.clock);
    const today = deskToday(now);
    return html`${this.renderSession(desk)}
      ${renderDeskSettings({
        strings: t,
        channels,
        channel: this.editor.defaultChannel,
        open: this.settingsOpen,
        onToggle: (open) => (this.settingsOpen = open),
        onChannel: (channel) => this.setDefaultChannel(channel, channels),
      })}
      ${renderOutbox({
        strings: this.t,
        pending: this.pending,
        onSendNow: () => void this.staff.desk.flush(),
      })}
      ${this.renderHeld(desk)}
      ${this.recorder.renderUnstored((visit) => void this.restoreUnstored(visit))}
      <form
        class="form"
        part="form"
        novalidate
        @submit=${this.onSubmit}
        @keydown=${registerOnEnter}
      >
        ${renderFormHead({
          strings: t,
          mode,
          errors,
          confirmation: this.recorder.confirmation,
          storeError: this.recorder.storeError,
          correcting:
            mode.kind === 'correct'
              ? this.correctingText(desk, mode.supersedes, time)
              : mode.kind === 'held'
                ? t.formCorrectingHeld(time)
                : '',
          hasLast: !!this.editor.last,
          canUndo: this.editor.canUndo(this.undoMinutes),
          follow: (field) => this.field(field)?.focus(),
          onStopCorrecting: () => void this.stopCorrecting(),
          onCorrectLast: () => void this.correctLast(),
          onSameAsLast: () => void this.sameAsLast(),
        })}
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
        ${renderVisitFieldset({
          strings: t,
          channels,
          durations: desk.taxonomy.durationBuckets,
          visit,
          edit: (change) => this.edit(change),
          note: this.renderNote(),
        })}
        ${
          mode.kind === 'new'
            ? renderAfterwards({
                visit,
                desk,
                strings: t,
                today,
                earliest: addDays(today, -AFTERWARDS_DAYS),
                hourNow: civilDateHour(now, VISIT_ZONE).hour,
                days: AFTERWARDS_DAYS,
                open: this.afterwardsOpen || !!visit.when || !!visit.place,
                errorFor: (field) => this.errorFor(field),
                summary: whenAndWhere(visit, desk, today, this.locale),
                onToggle: (open) => (this.afterwardsOpen = open),
                edit: (change) => this.edit(change),
              })
            : nothing
        }
        <div class="row submit-row">
          <button class="ido-button" type="submit" part="submit" aria-describedby="enter-hint">
            ${mode.kind === 'new' ? t.formSubmit : t.formSubmitCorrection}
          </button>
          <span class="ido-hint" id="enter-hint">${t.formEnterHint}</span>
        </div>
      </form>
      ${renderTodayList({
        visits: this.today,
        strings: t,
        describe: (visit) => this.summarise(visit.registration, desk),
        state: (visit) => todayState(visit, this.held, this.staff.desk.waitingIds),
        time: (visit) => formatTime(visit.at, this.locale),
        open: this.todayOpen,
        onToggle: (open) => (this.todayOpen = open),
        confirmWithdraw: this.confirmWithdraw,
        onCorrect: (visit) => void this.correctToday(visit),
        onAskWithdraw: async (visit) => {
          this.confirmWithdraw = visit.registration.id;
          await this.updateComplete;
          this.field(withdrawCancelId(visit.registration.id!))?.focus();
        },
        onWithdraw: (visit) => void this.withdrawToday(visit),
        onCancelWithdraw: async () => {
          const id = this.confirmWithdraw;
          this.confirmWithdraw = undefined;
          await this.updateComplete;
          if (id) this.field(withdrawId(id))?.focus();
        },
      })}`;
  }

  /** The banner while correcting one of today's visits: what it recorded. */
  private correctingText(desk: Desk, id: string, time: string): string {
    const visit = this.today.find((v) => v.registration.id === id);
    return visit
      ? this.t.formCorrectingToday(this.summarise(visit.registration, desk))
      : this.t.formCorrecting(time);
  }

  private setDefaultChannel(channel: Channel, channels: readonly PickOption[]): void {
    if (!this.memory.setChannel(channel, this.editor)) return;
    // The visit being typed takes the new default only when nothing was chosen in it yet.
    if (!this.editor.touched && this.editor.mode.kind === 'new')
      this.editor.startNew(this.desk.value?.taxonomy, false);
    this.say(this.t.formSettingsSaved(channels.find((c) => c.id === channel)?.label ?? channel));
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
      pickers: {
        states: this.pickers,
        onInput: () => this.editor.started(),
        onPick: (field, option) => this.pick(index, field, option),
        onUnpick: (field, option) => this.unpick(index, field, option),
        say: (message) => this.say(message),
        updated: () => this.updateComplete,
      },
      onRemove: () => this.removeQuestion(index),
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
      siblings: this.staff.desk.siblings,
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

/** Registers `<ido-question-form>` once. */
export function defineIdoQuestionForm(): void {
  defineElement('ido-question-form', IdoQuestionForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-question-form': IdoQuestionForm;
  }
}
