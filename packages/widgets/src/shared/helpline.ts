import { html, nothing, type TemplateResult } from 'lit';
import { telUrl } from '../base/safe-url.js';
import type { IdoElement } from '../base/ido-element.js';
import type { SharedStrings } from '../localization/strings.js';
import { timeRange, wordRange } from './time-range.js';

/** When a help line answers: the same hours on a run of weekdays (1 = Monday … 7 = Sunday). */
export interface HelplineHours {
  /** First weekday (ISO: 1 = Monday). */
  firstDay: number;
  /** Last weekday (ISO: 5 = Friday). */
  lastDay: number;
  /** "09:00" */
  opens: string;
  /** "17:00" */
  closes: string;
}

/** A national help line an element offers when it has nothing (more) to give. */
export interface Helpline {
  phone: string;
  /** Whose number it is ("DigiHulplijn"). */
  label?: string | undefined;
  /** When it answers, if known. */
  hours?: HelplineHours | undefined;
}

/**
 * The help line every element falls back on when neither the page (`helpline`) nor the data
 * gives one: the DigiHulplijn, the national line for questions about computers, phones and
 * the digital government. The number (free) as the central government's page "Waar kan ik hulp
 * vinden om vaardiger te worden met de computer en internet?" gives it; the hours (working days,
 * 9 to 17) as the DigiHulplijn states them: see "Help line" in the widgets README.
 */
export const DEFAULT_HELPLINE: Readonly<Helpline> = Object.freeze({
  phone: '0800 1508',
  label: 'DigiHulplijn',
  hours: Object.freeze({ firstDay: 1, lastDay: 5, opens: '09:00', closes: '17:00' }),
});

/**
 * The help line to offer: the page's `helpline` attribute (a phone number), else the one the
 * data brought, else {@link DEFAULT_HELPLINE}.
 */
export function helplineFor(
  attribute: string | undefined,
  fromData?: { phone: string; label?: string | undefined },
): Helpline {
  const phone = attribute?.trim();
  if (phone) return { phone };
  return fromData ?? DEFAULT_HELPLINE;
}

/** What the help line takes from the element: its shared words, language and isolation. */
export type HelplineView = Pick<IdoElement<SharedStrings>, 't' | 'locale' | 'isolate'>;

/**
 * A weekday's name in the reader's language, written out ("maandag", "Monday"): easier to read
 * than "ma" for residents who read Dutch as a second language.
 */
function weekdayName(day: number, locale: string): string {
  // 2024-01-01 was a Monday; noon UTC is the same day in every zone near Europe.
  const date = new Date(Date.UTC(2024, 0, day, 12));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * "U kunt ook bellen voor hulp: DigiHulplijn: 0800 1508 (maandag – vrijdag 09:00 – 17:00)" as a
 * paragraph (`.helpline`) with a `tel:` link; nothing when the number cannot be a safe link.
 * The link says whose number it is, then the number, so a label with brackets nests none.
 */
export function renderHelpline(
  view: HelplineView,
  lead: string,
  line: Helpline | undefined,
): TemplateResult | typeof nothing {
  const tel = telUrl(line?.phone);
  if (!line || !tel) return nothing;
  const phone = view.isolate(line.phone);
  const hours = line.hours;
  return html`<p class="helpline" part="helpline">
    ${lead}
    <a class="ido-link ido-target" href=${tel}>${line.label ? `${line.label}: ${phone}` : phone}</a
    >${
      hours
        ? html` <span class="helpline-hours"
            >(${wordRange(
              weekdayName(hours.firstDay, view.locale),
              weekdayName(hours.lastDay, view.locale),
              view.t.hoursRange,
            )}
            ${timeRange(hours.opens, hours.closes, view.t.hoursRange)})</span
          >`
        : nothing
    }
  </p>`;
}
