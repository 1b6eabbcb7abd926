import { html, nothing, type TemplateResult } from 'lit';
import { htmlTime } from './hours-view.js';

/** Spoken text, hidden from the eye; nothing when empty. */
const spoken = (text: string) =>
  text ? html`<span class="ido-visually-hidden">${text}</span>` : nothing;

/**
 * One opening interval, `span.interval` (`dir="ltr"`): the eye sees "10:00 – 17:00", a screen
 * reader and the page's text (copy, reader view, no styles) get the language's phrase
 * (`hoursRange`: "van 10:00 tot 17:00", "10:00 ile 17:00 arası"). The dash is drawn by CSS
 * (`.ido-range-dash`, `styles/shared.ts`) with empty alternative text, so it is never read or
 * copied beside the word it stands for. A phrase that does not hold both times in order is read
 * whole, beside times hidden from screen readers.
 */
export function timeRange(
  opens: string,
  closes: string,
  hoursRange: (opens: string, closes: string) => string,
  after: string | TemplateResult = '',
): TemplateResult {
  const phrase = hoursRange(opens, closes);
  const first = phrase.indexOf(opens);
  const second = first < 0 ? -1 : phrase.indexOf(closes, first + opens.length);
  const start = html`<time datetime=${htmlTime(opens)}>${opens}</time>`;
  const end = html`<time datetime=${htmlTime(closes)}>${closes}</time>`;
  if (second < 0) {
    return html`<span class="interval" dir="ltr"
      >${spoken(phrase)}<span aria-hidden="true"
        >${start}<span class="ido-range-dash"></span>${end}</span
      >${after}</span
    >`;
  }
  return html`<span class="interval" dir="ltr"
    >${spoken(phrase.slice(0, first))}${start}<span class="ido-range-dash"
      >${spoken(phrase.slice(first + opens.length, second))}</span
    >${end}${spoken(phrase.slice(second + closes.length))}${after}</span
  >`;
}
