import { isIdoError, isIdoHttpError } from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { codeInput } from '../../shared/code-input.js';
import type { QuestionFormStrings } from './strings.js';

// The form's session views: the enrolment step (the code and the desk's name, why it is asked
// again after a revocation, and whether the server heard that the last token was forgotten), the
// line saying where this device registers with "Dit apparaat vergeten" (asked first, the safe
// choice focused), and the badge of registrations waiting to be sent.

/** A desk label's longest length, as the server takes it. */
export const DEVICE_LABEL_MAX = 40;

/** The enrolment step. */
export interface EnrolViewOptions {
  strings: QuestionFormStrings;
  heading: (text: string) => TemplateResult;
  /** The server refused the last token (401). */
  revoked: boolean;
  /** Registrations still on this device (waiting and held). */
  kept: number;
  /** Why the last code was refused. */
  error: string;
  /** What is wrong with the desk's name. */
  labelError: string;
  /** The device was forgotten here, but the server could not be told (its label, if known). */
  notTold: { label: string | undefined } | undefined;
  /** The code is being checked. */
  busy: boolean;
  onEnrol: (event: SubmitEvent) => void;
}

/** The session line. */
export interface SessionViewOptions {
  strings: QuestionFormStrings;
  /** The location registered for; nothing for a device that cannot register. */
  where: string | undefined;
  /** The desk's name in the server's device list ("Balie 1"). */
  label: string | undefined;
  /** The device is being forgotten (sending what waits, telling the server). */
  forgetting: boolean;
  /** Registrations still on this device (waiting and held): forgetting does not send them. */
  kept: number;
  /** "Weet u het zeker?" is shown. */
  confirmForget: boolean;
  onAskForget: () => void;
  onCancelForget: () => void;
  onForget: () => void;
}

/** The waiting badge. */
export interface OutboxViewOptions {
  strings: QuestionFormStrings;
  pending: number;
  onSendNow: () => void;
}

export function renderEnrol(o: EnrolViewOptions): TemplateResult {
  const { strings: t, kept } = o;
  return html`<form class="enrol" part="enrol" novalidate @submit=${o.onEnrol}>
    ${o.heading(t.formEnrolHeading)}
    ${
      o.revoked
        ? html`<div class="ido-alert" role="alert">
            <span>
              ${t.formRevoked} ${kept > 0 ? html`<br />${t.formKeptWhileRevoked(kept)}` : nothing}
            </span>
          </div>`
        : nothing
    }
    ${
      o.notTold
        ? html`<div class="ido-alert" part="not-told">
            <span>${t.formForgottenNotTold(o.notTold.label)}</span>
          </div>`
        : nothing
    }
    <p>${t.formEnrolIntro}</p>
    <div class="field">
      <label class="ido-label" for="enrol-code">${t.formEnrolCodeLabel}</label>
      <span class="ido-hint" id="enrol-hint">${t.formEnrolCodeHint}</span>
      ${
        o.error
          ? html`<span class="ido-field-error" id="enrol-error" role="alert">${o.error}</span>`
          : nothing
      }
      <div class="row">
        ${codeInput({
          id: 'enrol-code',
          className: 'code',
          invalid: Boolean(o.error),
          describedBy: o.error ? 'enrol-hint enrol-error' : 'enrol-hint',
        })}
      </div>
    </div>
    <div class="field">
      <label class="ido-label" for="enrol-label">${t.formEnrolDeskLabel}</label>
      <span class="ido-hint" id="enrol-label-hint">${t.formEnrolDeskHint}</span>
      ${
        o.labelError
          ? html`<span class="ido-field-error" id="enrol-label-error" role="alert"
              >${o.labelError}</span
            >`
          : nothing
      }
      <input
        id="enrol-label"
        class="ido-input"
        name="deviceLabel"
        dir="auto"
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${o.labelError ? 'enrol-label-hint enrol-label-error' : 'enrol-label-hint'}
        aria-invalid=${o.labelError ? 'true' : 'false'}
      />
    </div>
    <div class="field">
      <div class="row">
        <button
          class="ido-button"
          type="submit"
          aria-disabled=${o.busy ? 'true' : nothing}
          aria-busy=${o.busy ? 'true' : nothing}
        >
          ${t.formEnrolButton}
        </button>
      </div>
      ${o.busy ? html`<span class="ido-hint">${t.formEnrolBusy}</span>` : nothing}
    </div>
  </form>`;
}

export function renderSession(o: SessionViewOptions): TemplateResult {
  const { strings: t, where, kept } = o;
  return html`<div class="session" part="session">
    ${where ? html`<p>${t.formRegistersFor(where, o.label)}</p>` : nothing}
    ${
      o.confirmForget
        ? html`<div class="confirm" role="group" aria-labelledby="forget-q">
            <p id="forget-q">
              ${t.formForgetConfirm} ${kept > 0 ? html` ${t.formForgetWaiting(kept)}` : nothing}
            </p>
            <div class="row">
              <button
                class="ido-button"
                type="button"
                aria-disabled=${o.forgetting ? 'true' : nothing}
                aria-busy=${o.forgetting ? 'true' : nothing}
                @click=${() => o.onForget()}
              >
                ${o.forgetting ? t.formForgetBusy : t.formForgetYes}
              </button>
              <button
                class="ido-button ido-button--secondary"
                type="button"
                id="forget-cancel"
                @click=${() => o.onCancelForget()}
              >
                ${t.formCancel}
              </button>
            </div>
          </div>`
        : html`<button
            class="ido-button ido-button--secondary"
            type="button"
            id="forget"
            @click=${() => o.onAskForget()}
          >
            ${t.formForget}
          </button>`
    }
  </div>`;
}

export function renderOutbox(o: OutboxViewOptions): TemplateResult {
  const { strings: t, pending } = o;
  return html`<div class="outbox" part="outbox">
    <p role="status" class=${pending ? 'badge' : 'ido-visually-hidden'}>
      ${pending ? t.formWaiting(pending) : ''}
    </p>
    ${
      pending
        ? html`<button
            class="ido-button ido-button--secondary"
            type="button"
            @click=${() => o.onSendNow()}
          >
            ${t.formSendNow}
          </button>`
        : nothing
    }
  </div>`;
}

/** What is wrong with a typed desk name before it is sent; `''` when nothing is. */
export function deskLabelProblem(label: string, t: QuestionFormStrings): string {
  return label.length > DEVICE_LABEL_MAX ? t.formEnrolDeskTooLong(DEVICE_LABEL_MAX) : '';
}

/** Why the server refused the desk name (personal data, too long); `undefined` otherwise. */
export function deskLabelRefusal(error: unknown, t: QuestionFormStrings): string | undefined {
  if (isIdoHttpError(error) && error.problem?.['field'] === 'device label')
    return t.formEnrolDeskPersonal;
  const path = (error as { path?: unknown } | undefined)?.path;
  if (isIdoError(error) && error.code === 'validation' && path === 'deviceLabel')
    return t.formEnrolDeskTooLong(DEVICE_LABEL_MAX);
  if (isIdoHttpError(error) && error.status === 400) {
    const errors = error.problem?.['errors'];
    if (
      Array.isArray(errors) &&
      errors.some((e) => (e as { path?: unknown }).path === 'deviceLabel')
    )
      return t.formEnrolDeskTooLong(DEVICE_LABEL_MAX);
  }
  return undefined;
}

/** Why a code was refused, in the staff's words; `undefined` for an error not about the code. */
export function enrolProblem(error: unknown, t: QuestionFormStrings): string | undefined {
  if (isIdoError(error) && error.code === 'validation') return t.formEnrolMalformed;
  if (isIdoHttpError(error)) {
    if (error.status === 429) return t.formEnrolRateLimited;
    if (error.status === 400) return t.formEnrolMalformed;
    if (error.status < 500) return t.formEnrolRefused;
  }
  return undefined;
}
