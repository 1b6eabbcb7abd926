import {
  isIdoStorageError,
  type QuestionRegistration,
  type QuestionRegistrationInput,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { StaffSessionController } from '../../controllers/staff-session.js';
import { IdoErrorEvent } from '../../events/ido-error.js';
import { IdoRegistrationQueuedEvent } from '../../events/ido-registration-queued.js';
import { withdrawalOf, type VisitDraft } from './draft.js';
import type { QuestionFormStrings } from './strings.js';
import type { Mode, VisitEditor } from './visit-editor.js';

/** A visit on its way to the device's outbox, and the line that names it. */
export interface RecordedVisit {
  registration: QuestionRegistrationInput;
  draft: VisitDraft;
  mode: Mode;
  summary: string;
}

/** What the recorder needs from its form. */
export interface VisitRecorderHost {
  readonly staff: StaffSessionController;
  readonly editor: VisitEditor;
  readonly strings: () => QuestionFormStrings;
  requestUpdate(): void;
  say(message: string): void;
  emit(event: Event): void;
  reportError(error: unknown): string;
  /** A stored registration joins the day's list. */
  remember(registration: QuestionRegistrationInput): void;
  /** Moves focus to the message that storing failed, once it is rendered. */
  focusStoreError(): Promise<void>;
}

/**
 * Writes visits to the device's outbox and tells the desk how that went: the confirmation that
 * names what was stored (and, once it went out, that it was sent), the message when the device
 * could not store it, and the visits kept aside because the next one was being typed when
 * storing failed. No DOM beyond the aside's view; focus and announcements go through the host.
 */
export class VisitRecorder {
  /** The visible result of the last registration (also announced through the host). */
  confirmation = '';
  /** Shown when the last registration could not be stored on this device. */
  storeError = '';
  /** Visits that could not be stored while the next one was typed: in memory, with a retry. */
  unstored: RecordedVisit[] = [];
  #confirmed: { id: string | undefined; summary: string } | undefined;
  readonly #host: VisitRecorderHost;

  constructor(host: VisitRecorderHost) {
    this.#host = host;
  }

  /** Clears the confirmation and the store message (a new visit is being entered). */
  clear(): void {
    this.confirmation = '';
    this.storeError = '';
    this.#host.requestUpdate();
  }

  /** Forgets everything (the device is forgotten). */
  reset(): void {
    this.unstored = [];
    this.clear();
  }

  /**
   * Stores a visit whose draft the editor has already left for the next one. Only if that fails
   * does the draft come back (or, when the next visit is being typed, wait aside).
   */
  async store(visit: RecordedVisit): Promise<void> {
    const host = this.#host;
    const t = host.strings();
    const { registration, draft, mode, summary } = visit;
    const offline = globalThis.navigator?.onLine === false;
    let settled: Promise<'delivered' | 'pending' | 'held' | undefined>;
    try {
      ({ settled } = await host.staff.store(registration));
    } catch (error) {
      // Nothing was stored (storage full or blocked, or refused by the schema).
      const back = host.editor.unregistered(registration, draft, mode);
      if (!back) this.unstored = [...this.unstored.filter((u) => u !== visit), visit];
      this.confirmation = '';
      if (isIdoStorageError(error)) {
        const message = t.formStoreFailed;
        host.emit(new IdoErrorEvent({ error, message }));
        this.storeError = message;
      } else if (back) {
        host.editor.showErrors([{ field: 'q0-themes', message: host.reportError(error) }]);
      } else this.storeError = host.reportError(error);
      host.requestUpdate();
      if (this.storeError) await host.focusStoreError();
      return;
    }
    this.unstored = this.unstored.filter((u) => u !== visit);
    host.remember(registration);
    this.#confirm(offline ? t.formRecordedOffline(summary) : t.formRecorded(summary), visit);
    const waiting = host.staff.desk.countPending();
    const queued = async () =>
      host.emit(
        new IdoRegistrationQueuedEvent({
          registration: registration as QuestionRegistration,
          pending: await waiting,
        }),
      );
    // Known to be offline: it waits, say so now. Otherwise after the first attempt to send.
    if (offline) await queued();
    const state = await settled;
    const shown = this.#confirmed?.id === registration.id && this.confirmation !== '';
    if (state === 'pending') {
      // Not sent on the first attempt: the badge says it waits; the line says where it is.
      if (shown) this.confirmation = t.formRecordedOffline(summary);
      if (!offline) await queued();
    } else if (state === 'held' && shown) {
      this.confirmation = t.formHeldNow;
      host.say(t.formHeldNow);
    }
    host.requestUpdate();
  }

  /**
   * Withdraws a registration: stores its withdrawal (see `withdrawalOf`). False when the device
   * could not store it (the message says so, with the focus).
   */
  async withdraw(registration: QuestionRegistrationInput): Promise<boolean> {
    const host = this.#host;
    const withdrawal = withdrawalOf(registration);
    try {
      await host.staff.store(withdrawal);
    } catch (error) {
      this.storeError = isIdoStorageError(error)
        ? host.strings().formStoreFailed
        : host.reportError(error);
      host.requestUpdate();
      await host.focusStoreError();
      return false;
    }
    host.remember(withdrawal);
    host.say(host.strings().formTodayWithdrawnDone);
    return true;
  }

  /** Tries to store a visit that was kept aside again. */
  async retry(visit: RecordedVisit): Promise<void> {
    this.storeError = '';
    await this.store(visit);
  }

  /** Takes a visit out of the aside list (to put it back in the form). */
  takeBack(visit: RecordedVisit): void {
    this.unstored = this.unstored.filter((u) => u !== visit);
    this.storeError = '';
    this.#host.requestUpdate();
  }

  /** `id` went out: "kept on this device" turns into "registered", unless a new visit began. */
  delivered(id: string): void {
    const t = this.#host.strings();
    const confirmed = this.#confirmed;
    if (confirmed?.id !== id || this.confirmation !== t.formRecordedOffline(confirmed.summary))
      return;
    this.confirmation = t.formRecorded(confirmed.summary);
    this.#host.say(t.formSent);
    this.#host.requestUpdate();
  }

  /** The visits kept aside, each with "Opnieuw bewaren" and "Terugzetten in het formulier". */
  renderUnstored(onRestore: (visit: RecordedVisit) => void): TemplateResult | typeof nothing {
    if (!this.unstored.length) return nothing;
    const t = this.#host.strings();
    return html`${this.unstored.map(
      (visit) =>
        html`<div class="ido-alert unstored" part="unstored" role="alert">
          <span>${t.formUnstored(visit.summary)}</span>
          <div class="row">
            <button class="ido-button" type="button" @click=${() => this.retry(visit)}>
              ${t.formUnstoredRetry}
            </button>
            <button
              class="ido-button ido-button--secondary"
              type="button"
              @click=${() => onRestore(visit)}
            >
              ${t.formUnstoredRestore}
            </button>
          </div>
        </div>`,
    )}`;
  }

  #confirm(text: string, visit: RecordedVisit): void {
    this.#confirmed = { id: visit.registration.id, summary: visit.summary };
    this.confirmation = text;
    this.#host.say(text);
    this.#host.requestUpdate();
  }
}
