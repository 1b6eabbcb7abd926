import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** The search field of a {@link searchForm}: its text, what it holds, and how it reports typing. */
export interface SearchFieldOptions {
  /** The field's label. */
  label: string;
  /** The hint under the label (`#q-hint`); always one of the field's descriptions. */
  hint: string;
  /** The text of the submit button beside the field. */
  button: string;
  /** What the field holds (kept in step with the element's state through `live`). */
  value: string;
  /** `text` (the default) or `search` (with the browser's own clear button and Escape). */
  type?: 'text' | 'search';
  /** The field's `autocomplete`, e.g. `postal-code` or `off`. */
  autocomplete: string;
  /** `false` to turn spelling checks off; unset leaves the browser's default. */
  spellcheck?: boolean;
  /** The ids that describe the field (`aria-describedby`). Default: `q-hint`. */
  describedBy?: string;
  /** Sets `aria-invalid`; unset leaves it out. */
  invalid?: boolean;
  /** Another class beside `field`, e.g. for its place in the form's layout. */
  fieldClass?: string;
  /** Messages about the field (errors), shown between the hint and the field. */
  messages?: unknown;
  /** Called on every `input` of the field. */
  onInput: (event: Event) => void;
}

/** A {@link searchForm}: its accessible name, its submit handler and its field. */
export interface SearchFormOptions {
  /** The form's accessible name (it is a search landmark). */
  label: string;
  /** Called on submit; the form is `novalidate`, so the handler checks and prevents the default. */
  onSubmit: (event: SubmitEvent) => void;
  field: SearchFieldOptions;
}

/**
 * The search form of the elements that search and list (`<ido-locator>`, `<ido-partner-list>`):
 * a search landmark (`part="form"`) with a labelled, hinted field `#q` (`part="input"`, hint
 * `#q-hint`) and its submit button in a `.search-row`, followed by the element's own controls
 * (`rest`). Ids, labels, ARIA and parts are what pages, tests and docs rely on: keep them.
 */
export function searchForm(form: SearchFormOptions, rest: unknown = nothing): TemplateResult {
  const field = form.field;
  return html`<form
    class="form"
    part="form"
    role="search"
    aria-label=${form.label}
    novalidate
    @submit=${form.onSubmit}
  >
    <div class=${field.fieldClass ? `field ${field.fieldClass}` : 'field'}>
      <label class="ido-label" for="q">${field.label}</label>
      <span class="ido-hint" id="q-hint">${field.hint}</span>
      ${field.messages ?? nothing}
      <div class="search-row">
        <input
          id="q"
          class="ido-input"
          part="input"
          type=${field.type ?? 'text'}
          dir="auto"
          name="q"
          autocomplete=${field.autocomplete}
          enterkeyhint="search"
          spellcheck=${field.spellcheck === undefined ? nothing : String(field.spellcheck)}
          .value=${live(field.value)}
          aria-describedby=${field.describedBy ?? 'q-hint'}
          aria-invalid=${field.invalid === undefined ? nothing : String(field.invalid)}
          @input=${field.onInput}
        />
        <button class="ido-button" type="submit">${field.button}</button>
      </div>
    </div>
    ${rest}
  </form>`;
}
