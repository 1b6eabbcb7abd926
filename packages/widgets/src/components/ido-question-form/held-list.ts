import {
  describePersonalData,
  findPersonalData,
  type OutboxEntry,
  type PersonalDataKind,
  type Taxonomy,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionFormStrings } from './strings.js';

// The registrations the server refused for good ("apart gezet"), each with why, and what staff
// can do: correct and resend it (only for this device's location), or discard it after a
// confirmation whose safe choice ("Annuleren") takes the focus.

/** What the held list shows and does. */
export interface HeldListOptions {
  held: readonly OutboxEntry[];
  /** The location this device registers for: entries for another one cannot be corrected here. */
  locationId: string | undefined;
  /** The other locations of its organisation, which this device may register for too. */
  siblings?: readonly string[];
  /** Theme names for the titles. */
  taxonomy: Taxonomy;
  dataLanguage: 'nl' | 'en';
  /** For the visit's date. */
  locale: string;
  strings: QuestionFormStrings;
  /** The entry whose discarding is being confirmed. */
  confirmDiscard: string | undefined;
  /** The section's heading, at the form's heading level. */
  heading: (text: string, id: string) => TemplateResult;
  onCorrect: (entry: OutboxEntry) => void;
  /** "Weggooien": ask first (show the confirmation, focus its cancel button). */
  onAskDiscard: (id: string) => void;
  onDiscard: (id: string) => void;
  onCancelDiscard: () => void;
}

/** The id of an entry's "cancel discarding" button, where focus goes when confirming. */
export const discardCancelId = (id: string) => `discard-cancel-${id}`;

/** The held section, or nothing when no registration is held. */
export function renderHeldList(o: HeldListOptions): TemplateResult | typeof nothing {
  const { held, strings: t } = o;
  if (!held.length) return nothing;
  return html`<section class="held" part="held" aria-labelledby="held-heading">
    ${o.heading(t.formHeldHeading(held.length), 'held-heading')}
    <p>${t.formHeldIntro}</p>
    <ul>
      ${held.map((entry) => {
        const reg = entry.registration;
        const elsewhere =
          reg.locationId !== o.locationId && !(o.siblings ?? []).includes(reg.locationId);
        return html`<li>
          <p class="held-title">
            ${t.formHeldVisit(formatDay(reg.date, o.locale), `${reg.hour}:00`)}:
            ${reg.questions
              .flatMap((q) => q.themes)
              .map((id) => o.taxonomy.themes.find((x) => x.id === id)?.label[o.dataLanguage] ?? id)
              .join(', ')}
          </p>
          <p>${heldReason(entry, elsewhere, t, o.dataLanguage)}</p>
          ${
            o.confirmDiscard === entry.id
              ? html`<div class="confirm" role="group" aria-labelledby=${`discard-q-${entry.id}`}>
                  <p id=${`discard-q-${entry.id}`}>${t.formHeldDiscardConfirm}</p>
                  <div class="row">
                    <button class="ido-button" type="button" @click=${() => o.onDiscard(entry.id)}>
                      ${t.formHeldDiscardYes}
                    </button>
                    <button
                      class="ido-button ido-button--secondary"
                      type="button"
                      id=${discardCancelId(entry.id)}
                      @click=${() => o.onCancelDiscard()}
                    >
                      ${t.formCancel}
                    </button>
                  </div>
                </div>`
              : html`<div class="row">
                  ${
                    elsewhere
                      ? nothing
                      : html`<button
                          class="ido-button"
                          type="button"
                          @click=${() => o.onCorrect(entry)}
                        >
                          ${t.formHeldCorrect}
                        </button>`
                  }
                  <button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => o.onAskDiscard(entry.id)}
                  >
                    ${t.formHeldDiscard}
                  </button>
                </div>`
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Why an entry is held, in the staff's words. */
export function heldReason(
  entry: OutboxEntry,
  elsewhere: boolean,
  t: QuestionFormStrings,
  dataLanguage: 'nl' | 'en',
): string {
  const reason = entry.heldReason;
  if (elsewhere) return t.formHeldReasonOtherLocation(entry.registration.locationId);
  if (reason?.status === 401 || reason?.code === 'not-enrolled')
    return t.formHeldReasonUnauthorized;
  if (reason?.code === 'personal-data') {
    const kinds = [
      ...new Set(findPersonalData(entry.registration.note ?? '').map((f) => f.kind)),
    ] as PersonalDataKind[];
    return t.formHeldReasonPersonalData(
      describePersonalData(kinds.length ? kinds : ['bsn'], dataLanguage),
    );
  }
  if (reason?.status === 400 || reason?.status === 422 || reason?.code === 'validation')
    return t.formHeldReasonInvalid;
  return t.formHeldReasonOther(reason?.status ? String(reason.status) : (reason?.code ?? '?'));
}

/** "17 nov.": a visit's civil date (kept as `YYYY-MM-DD`), in `locale`. */
export function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
