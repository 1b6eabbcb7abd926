import { html, nothing, type TemplateResult } from 'lit';

/**
 * What a resident should bring (`.bring`, `part="bring"`): a title and a list, the items in
 * Dutch as the data gives them. Nothing when the data says nothing.
 */
export function renderBring(
  title: string,
  items: readonly string[] | undefined,
): TemplateResult | typeof nothing {
  if (!items?.length) return nothing;
  return html`<div class="bring" part="bring">
    <p class="bring-title">${title}</p>
    <ul class="bring-list" lang="nl" dir="ltr">
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </div>`;
}
