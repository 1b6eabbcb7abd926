import { html, nothing, type TemplateResult } from 'lit';
import { renderErrorSummary } from './question-fieldset.js';
import type { QuestionFormStrings } from './strings.js';
import type { FormError, Mode } from './visit-editor.js';

// The top of the visit form: the confirmation of the last registration, the message when the
// device could not store it, the problems that block registering, the banner while correcting,
// and the "Vorige corrigeren" / "Zelfde als vorige" toolbar.

export interface FormHeadOptions {
  strings: QuestionFormStrings;
  mode: Mode;
  errors: readonly FormError[];
  /** The visible confirmation (also announced by the form). */
  confirmation: string;
  storeError: string;
  /** The banner's text while correcting. */
  correcting: string;
  /** Whether there is a last registration, and whether it may still be corrected. */
  hasLast: boolean;
  canUndo: boolean;
  /** Focuses the field of a problem. */
  follow: (field: string) => void;
  onStopCorrecting: () => void;
  onCorrectLast: () => void;
  onSameAsLast: () => void;
}

export function renderFormHead(o: FormHeadOptions): TemplateResult {
  const { strings: t, mode, errors } = o;
  return html`${
    o.confirmation && mode.kind === 'new' && !errors.length
      ? html`<p class="confirmation" part="confirmation" aria-hidden="true">${o.confirmation}</p>`
      : nothing
  }
  ${
    o.storeError
      ? html`<div class="ido-alert" part="store-error" role="alert" tabindex="-1">
          <span>${o.storeError}</span>
        </div>`
      : nothing
  }
  ${errors.length ? renderErrorSummary(errors, t, o.follow) : nothing}
  ${
    mode.kind !== 'new'
      ? html`<div class="banner">
          <p>${o.correcting}</p>
          <button
            class="ido-button ido-button--secondary"
            type="button"
            @click=${() => o.onStopCorrecting()}
          >
            ${t.formStopCorrecting}
          </button>
        </div>`
      : nothing
  }
  ${
    mode.kind === 'new' && o.hasLast
      ? html`<div class="toolbar">
          ${
            o.canUndo
              ? html`<button
                  class="ido-button ido-button--secondary"
                  type="button"
                  @click=${() => o.onCorrectLast()}
                >
                  ${t.formCorrectLast}
                </button>`
              : nothing
          }
          <button
            class="ido-button ido-button--secondary"
            type="button"
            id="same-as-last"
            @click=${() => o.onSameAsLast()}
          >
            ${t.formSameAsLast}
          </button>
        </div>`
      : nothing
  }`;
}
