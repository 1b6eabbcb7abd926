import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One labelled input of a panel's form, with its hint and the server's problem for it. */
export interface FieldOptions {
  /** The form name, also the field's path in the document ("contact.email"). */
  name: string;
  /** The path the server names in its problems, when it differs from `name`. */
  path?: string;
  label: string;
  value?: string;
  hint?: string;
  type?: string;
  required?: boolean;
  multiline?: boolean;
  autocomplete?: string;
  /** The input's id (unique in the panel). */
  id: string;
  errors: Map<string, string>;
}

/** A labelled text field with its hint and error (`aria-describedby`, `aria-invalid`). */
export function field(o: FieldOptions): TemplateResult {
  const error = o.errors.get(o.path ?? o.name);
  const described = [o.hint ? `${o.id}-hint` : '', error ? `${o.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id: o.id,
    name: o.name,
    describedby: described || undefined,
    invalid: error ? 'true' : undefined,
  };
  return html`<div class="field">
    <label class="ido-label" for=${common.id}>${o.label}</label>
    ${o.hint ? html`<span class="ido-hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${error
      ? html`<span class="ido-field-error" id="${o.id}-error">${error}</span>`
      : nothing}
    ${o.multiline
      ? html`<textarea
          class="ido-input"
          id=${common.id}
          name=${common.name}
          ?required=${o.required ?? false}
          aria-describedby=${ifDefined(common.describedby)}
          aria-invalid=${ifDefined(common.invalid)}
          .value=${o.value ?? ''}
        ></textarea>`
      : html`<input
          class="ido-input"
          id=${common.id}
          name=${common.name}
          type=${o.type ?? 'text'}
          autocomplete=${ifDefined(o.autocomplete)}
          ?required=${o.required ?? false}
          aria-describedby=${ifDefined(common.describedby)}
          aria-invalid=${ifDefined(common.invalid)}
          .value=${o.value ?? ''}
        />`}
  </div>`;
}

/** A labelled select. */
export function selectField(
  o: Omit<FieldOptions, 'multiline' | 'type'> & { options: [string, string][] },
): TemplateResult {
  const error = o.errors.get(o.path ?? o.name);
  return html`<div class="field">
    <label class="ido-label" for=${o.id}>${o.label}</label>
    ${error ? html`<span class="ido-field-error" id="${o.id}-error">${error}</span>` : nothing}
    <select
      class="ido-input"
      id=${o.id}
      name=${o.name}
      aria-describedby=${ifDefined(error ? `${o.id}-error` : undefined)}
      aria-invalid=${ifDefined(error ? 'true' : undefined)}
    >
      ${o.options.map(
        ([value, label]) =>
          html`<option value=${value} ?selected=${value === (o.value ?? '')}>${label}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * The list of a form's problems above it, each a link to its field (WCAG 3.3.1); focused after a
 * refused save so a screen reader hears it.
 */
export function errorSummary(
  title: string,
  errors: Map<string, string>,
  idOf: (path: string) => string | undefined,
  labelOf: (path: string) => string,
  focus: (id: string) => void,
): TemplateResult | typeof nothing {
  if (errors.size === 0) return nothing;
  return html`<div class="ido-alert" role="alert" tabindex="-1" part="error-summary">
    <div>
      <p>${title}</p>
      <ul>
        ${[...errors].map(([path, message]) => {
          const id = idOf(path);
          const text = `${labelOf(path)}: ${message}`;
          return html`<li>${id ? html`<a
                  class="ido-link"
                  href="#${id}"
                  @click=${(event: Event) => {
                    // The field is in the shadow root, which a fragment link cannot reach.
                    event.preventDefault();
                    focus(id);
                  }}
                  >${text}</a
                >` : text}</li>`;
        })}
      </ul>
    </div>
  </div>`;
}
