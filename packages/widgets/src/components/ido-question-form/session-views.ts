import { isIdoError, isIdoHttpError } from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { codeInput } from '../../shared/code-input.js';
import type { QuestionFormStrings } from './strings.js';

// The form's session views: the enrolment step (the code, and why it is asked again after a
// revocation), the line saying where this device registers with "Dit apparaat vergeten" (asked
// first, the safe choice focused), and the badge of registrations waiting to be sent.

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
  /** The code is being checked. */
  busy: boolean;
  onEnrol: (event: SubmitEvent) => void;
}

/** The session line. */
export interface SessionViewOptions {
  strings: QuestionFormStrings;
  /** The location registered for; nothing for a device that cannot register. */
  where: string | undefined;
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
    ${where ? html`<p>${t.formRegistersFor(where)}</p>` : nothing}
    ${
      o.confirmForget
        ? html`<div class="confirm" role="group" aria-labelledby="forget-q">
            <p id="forget-q">
              ${t.formForgetConfirm} ${kept > 0 ? html` ${t.formForgetWaiting(kept)}` : nothing}
            </p>
            <div class="row">
              <button class="ido-button" type="button" @click=${() => o.onForget()}>
                ${t.formForgetYes}
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
