import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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
  return range(
    opens,
    closes,
    hoursRange,
    (time) => html`<time datetime=${htmlTime(time)}>${time}</time>`,
    'ltr',
    after,
  );
}

/**
 * A range of two words, such as weekdays, the way {@link timeRange} writes times: "maandag –
 * vrijdag" to the eye, "van maandag tot vrijdag" (the language's `hoursRange` phrase) to a screen
 * reader and in the page's text.
 */
export function wordRange(
  first: string,
  last: string,
  phrase: (first: string, last: string) => string,
): TemplateResult {
  // Words follow the text's direction (Arabic weekdays read right to left); times never do.
  return range(first, last, phrase, (word) => html`${word}`, undefined);
}

function range(
  opens: string,
  closes: string,
  hoursRange: (opens: string, closes: string) => string,
  show: (end: string) => TemplateResult,
  dir: 'ltr' | undefined,
  after: string | TemplateResult = '',
): TemplateResult {
  const phrase = hoursRange(opens, closes);
  const first = phrase.indexOf(opens);
  const second = first < 0 ? -1 : phrase.indexOf(closes, first + opens.length);
  const start = show(opens);
  const end = show(closes);
  if (second < 0) {
    return html`<span class="interval" dir=${ifDefined(dir)}
      >${spoken(phrase)}<span aria-hidden="true"
        >${start}<span class="ido-range-dash"></span>${end}</span
      >${after}</span
    >`;
  }
  return html`<span class="interval" dir=${ifDefined(dir)}
    >${spoken(phrase.slice(0, first))}${start}<span class="ido-range-dash"
      >${spoken(phrase.slice(first + opens.length, second))}</span
    >${end}${spoken(phrase.slice(second + closes.length))}${after}</span
  >`;
}
