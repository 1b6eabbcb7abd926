import { html, nothing, type TemplateResult } from 'lit';

/** A {@link codeInput}'s place in its form. */
export interface CodeInputOptions {
  /** The field's id, which its `<label for>` names. */
  id: string;
  /** Classes beside `ido-input`, e.g. for a wider monospace field. */
  className?: string;
  /** Sets `aria-invalid`. */
  invalid: boolean;
  /** The ids that describe the field (`aria-describedby`); unset leaves it out. */
  describedBy?: string | undefined;
}

/**
 * The field for a one-time code (a desk's enrolment code, a report key): typed as written, in
 * capitals on a phone keyboard, never corrected or remembered by the browser, and left to right
 * on a right-to-left page (the code is Latin letters and digits).
 */
export function codeInput(o: CodeInputOptions): TemplateResult {
  return html`<input
    id=${o.id}
    class=${o.className ? `ido-input ${o.className}` : 'ido-input'}
    name="code"
    dir="ltr"
    autocomplete="off"
    autocapitalize="characters"
    spellcheck="false"
    inputmode="text"
    aria-describedby=${o.describedBy ?? nothing}
    aria-invalid=${o.invalid ? 'true' : 'false'}
  />`;
}
