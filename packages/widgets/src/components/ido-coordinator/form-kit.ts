import type { IdoValidationError } from '@idokit/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * The coordinator's form kit: labelled fields with a hint and an error, an error summary, and the
 * mapping from the server's field problems to fields. The shell and every panel use it, so all
 * forms read and behave the same (WCAG 3.3.1, 3.3.3: each error next to its field and in a list
 * at the top whose links move focus to the field).
 *
 * A field is named by its path in the document (`address.postcode`, `contact.phone`); its input's
 * id is {@link fieldId} of that path, which the summary's links and `aria-describedby` use.
 */

/** Field problems by path (`address.postcode`), one message each. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The id of the input for the field at `path` (`address.postcode` → `field-address-postcode`). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The id of the error message of the field at `path`. */
export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/** The id of the hint of the field at `path`. */
export function hintId(path: string): string {
  return `${fieldId(path)}-hint`;
}

/**
 * The problems of a refused save, by path: `address.postcode`, `hours.library.weekly.0.opens`
 * (array indexes as numbers). The first message per path wins; a problem without a path is kept
 * under `''`. `translate` may turn a server's message into the element's language.
 */
export function fieldErrors(
  error: IdoValidationError,
  translate: (message: string, path: string) => string = (message) => message,
): FieldErrors {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in out)) out[path] = translate(issue.message, path);
  }
  return out;
}

/**
 * The message for the field at `path`: its own, or the first of a path inside it (a grid's
 * `hours.library.weekly` shows the problem of `hours.library.weekly.2.closes`).
 */
export function errorAt(errors: FieldErrors | undefined, path: string): string | undefined {
  if (!errors) return undefined;
  if (errors[path] !== undefined) return errors[path];
  const inside = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return inside === undefined ? undefined : errors[inside];
}

/** What every field takes. */
export interface FieldOptions {
  /** The field's path in the document; gives its id and finds its error. */
  path: string;
  /** The visible label. */
  label: string;
  /** A line under the label: what to type, an example. */
  hint?: string | undefined;
  /** The field's error, if any (else looked up in `errors`). */
  error?: string | undefined;
  /** The form's errors, as {@link fieldErrors} gives them. */
  errors?: FieldErrors | undefined;
  /** Marks the field required (`required`, announced by screen readers). */
  required?: boolean;
  /** Text after the label for a required field, e.g. "(verplicht)". */
  requiredText?: string | undefined;
  /** Extra classes on the field's wrapper. */
  className?: string;
}

/** A text-like input. */
export interface InputFieldOptions extends FieldOptions {
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'time' | 'search';
  value: string | number | undefined;
  /** Called with the new value on every input. */
  onInput: (value: string) => void;
  autocomplete?: string;
  inputmode?: string;
  min?: string | number;
  max?: string | number;
  step?: string | number;
  /** `ltr` for values written left to right on any page (postcodes, phone numbers, URLs). */
  dir?: 'ltr';
  /** A short width class: `narrow` (postcode, time) or `medium`. */
  size?: 'narrow' | 'medium';
}

/** A multi-line text. */
export interface TextareaFieldOptions extends FieldOptions {
  value: string | undefined;
  onInput: (value: string) => void;
  rows?: number;
  maxlength?: number;
}

/** A choice from a list. */
export interface SelectFieldOptions extends FieldOptions {
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A yes/no choice. */
export interface CheckboxFieldOptions extends Omit<FieldOptions, 'required' | 'requiredText'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function describedBy(o: FieldOptions, error: string | undefined): string | typeof nothing {
  const ids = [o.hint ? hintId(o.path) : '', error ? errorId(o.path) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function head(o: FieldOptions, error: string | undefined): TemplateResult {
  return html`<label class="ido-label" for=${fieldId(o.path)}
      >${o.label}${
        o.required && o.requiredText
          ? html` <span class="ck-required">${o.requiredText}</span>`
          : nothing
      }</label
    >${o.hint ? html`<span class="ido-hint" id=${hintId(o.path)}>${o.hint}</span>` : nothing}${
      error ? html`<span class="ido-field-error" id=${errorId(o.path)}>${error}</span>` : nothing
    }`;
}

const errorOf = (o: FieldOptions) => o.error ?? errorAt(o.errors, o.path);

/** A labelled `<input>` with its hint and error. */
export function inputField(o: InputFieldOptions): TemplateResult {
  const error = errorOf(o);
  return html`<div class="ck-field ${o.className ?? ''}" part="field">
    ${head(o, error)}
    <input
      id=${fieldId(o.path)}
      class="ido-input ${o.size ? `ck-${o.size}` : ''}"
      type=${o.type ?? 'text'}
      .value=${live(o.value === undefined ? '' : String(o.value))}
      ?required=${o.required ?? false}
      autocomplete=${o.autocomplete ?? nothing}
      inputmode=${o.inputmode ?? nothing}
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      step=${o.step ?? nothing}
      dir=${o.dir ?? nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(o, error)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** A labelled `<textarea>` with its hint and error. */
export function textareaField(o: TextareaFieldOptions): TemplateResult {
  const error = errorOf(o);
  return html`<div class="ck-field ${o.className ?? ''}" part="field">
    ${head(o, error)}
    <textarea
      id=${fieldId(o.path)}
      class="ido-input ck-textarea"
      rows=${o.rows ?? 3}
      maxlength=${o.maxlength ?? nothing}
      .value=${live(o.value ?? '')}
      ?required=${o.required ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(o, error)}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** A labelled `<select>` with its hint and error. */
export function selectField(o: SelectFieldOptions): TemplateResult {
  const error = errorOf(o);
  return html`<div class="ck-field ${o.className ?? ''}" part="field">
    ${head(o, error)}
    <select
      id=${fieldId(o.path)}
      class="ido-input"
      ?required=${o.required ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(o, error)}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === o.value}>
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** A checkbox with its label beside it (the whole row is the target), hint and error. */
export function checkboxField(o: CheckboxFieldOptions): TemplateResult {
  const error = errorOf(o);
  return html`<div class="ck-check ${o.className ?? ''}" part="field">
    <input
      id=${fieldId(o.path)}
      type="checkbox"
      .checked=${live(o.checked)}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(o, error)}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${fieldId(o.path)}>${o.label}</label>
    ${o.hint ? html`<span class="ido-hint" id=${hintId(o.path)}>${o.hint}</span>` : nothing}
    ${error ? html`<span class="ido-field-error" id=${errorId(o.path)}>${error}</span>` : nothing}
  </div>`;
}

/** One line of the error summary. */
export interface SummaryItem {
  /** The field's path (the link goes to {@link fieldId} of it); `''` for a form-wide problem. */
  path: string;
  /** The field's label, named before the message. */
  label: string;
  message: string;
}

/**
 * The lines of the error summary for `errors`: each problem named by the label of the nearest
 * field in `labels` (by path: `hours.library.weekly.2.closes` goes to `hours.library.weekly` when
 * that is a field), in the order of `labels`, then any others.
 */
export function summaryItems(
  errors: FieldErrors,
  labels: Readonly<Record<string, string>>,
): SummaryItem[] {
  const known = Object.keys(labels);
  const items: { item: SummaryItem; order: number }[] = [];
  const seen = new Set<string>();
  for (const [path, message] of Object.entries(errors)) {
    const field = known
      .filter((k) => path === k || path.startsWith(`${k}.`))
      .sort((a, b) => b.length - a.length)[0];
    const target = field ?? path;
    if (seen.has(target)) continue;
    seen.add(target);
    items.push({
      item: { path: field ?? '', label: field ? labels[field]! : '', message },
      order: field ? known.indexOf(field) : known.length,
    });
  }
  return items.sort((a, b) => a.order - b.order).map((i) => i.item);
}

/** Moves focus to the field at `path` in the shadow root (or document) that holds `from`. */
export function focusField(from: Node, path: string): void {
  const root = from.getRootNode() as ShadowRoot | Document;
  const field = root.getElementById?.(fieldId(path));
  field?.focus();
  field?.scrollIntoView?.({ block: 'center' });
}

/**
 * The error summary above a form: a heading and a link per problem that moves focus to its
 * field. Renders nothing without items. Give it focus after a refused save
 * ({@link focusErrorSummary}), so a screen reader reads it and a keyboard starts there.
 */
export function errorSummary(o: { heading: string; items: readonly SummaryItem[] }) {
  if (!o.items.length) return nothing;
  return html`<div
    class="ck-summary"
    part="error-summary"
    tabindex="-1"
    role="group"
    aria-labelledby="ck-summary-heading"
  >
    <p class="ck-summary-heading" id="ck-summary-heading">${o.heading}</p>
    <ul>
      ${o.items.map((item) =>
        item.path
          ? html`<li>
              <a
                class="ido-link"
                href=${`#${fieldId(item.path)}`}
                @click=${(e: Event) => {
                  e.preventDefault();
                  focusField(e.currentTarget as Node, item.path);
                }}
                >${item.label}: ${item.message}</a
              >
            </li>`
          : html`<li>${item.label ? `${item.label}: ` : ''}${item.message}</li>`,
      )}
    </ul>
  </div>`;
}

/** Focuses the error summary in `root`, if one is shown. */
export function focusErrorSummary(root: ParentNode): void {
  root.querySelector<HTMLElement>('.ck-summary')?.focus();
}

/** The kit's styles (the panel base and the shell include them). */
export const formKitStyles = css`
  .ck-field {
    margin-block-end: var(--_ido-space-md);
    min-inline-size: 0;
  }
  .ck-narrow {
    max-inline-size: 10em;
  }
  .ck-medium {
    max-inline-size: 22em;
  }
  .ck-textarea {
    resize: vertical;
    font: inherit;
  }
  .ck-required {
    font-weight: 400;
  }
  .ck-check {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: var(--_ido-space-sm);
    min-block-size: var(--_ido-target);
  }
  .ck-check input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
  }
  .ck-check label {
    padding-block: var(--_ido-space-xs);
  }
  .ck-check .ido-hint,
  .ck-check .ido-field-error {
    grid-column: 2;
  }
  .ck-summary {
    border: 3px solid var(--_ido-color-negative);
    border-radius: var(--_ido-radius);
    padding: var(--_ido-space-md);
    margin-block-end: var(--_ido-space-md);
  }
  .ck-summary:focus-visible {
    outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
    outline-offset: var(--_ido-focus-offset);
  }
  .ck-summary-heading {
    font-weight: 700;
    margin-block: 0 var(--_ido-space-sm);
  }
  .ck-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .ck-summary a {
    display: inline-block;
    min-block-size: var(--_ido-target);
    padding-block: var(--_ido-space-xs);
  }
`;
