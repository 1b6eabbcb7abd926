import { html, nothing, type TemplateResult } from 'lit';
import type { TodayVisit } from './device-storage.js';
import type { QuestionFormStrings } from './strings.js';

// The visits registered on this device today, newest first: when, what was stored (the same
// line the confirmation showed), whether it was sent, and "Verbeteren" / "Intrekken" until the
// end of the day. A disclosure after the form, so the form's own keys stay as short as they are.

/** Where a visit of today is. */
export type TodayState = 'sent' | 'waiting' | 'held' | 'withdrawn';

/** Where a visit of today is: withdrawn, held aside, waiting in the outbox, or sent. */
export function todayState(
  visit: TodayVisit,
  held: readonly { id: string }[],
  waiting: ReadonlySet<string>,
): TodayState {
  const id = visit.registration.id!;
  if (visit.registration.withdrawn) return 'withdrawn';
  if (held.some((e) => e.id === id)) return 'held';
  return waiting.has(id) ? 'waiting' : 'sent';
}

/** What the list shows and does. */
export interface TodayListOptions {
  visits: readonly TodayVisit[];
  strings: QuestionFormStrings;
  /** The visit's line (what was stored). */
  describe: (visit: TodayVisit) => string;
  state: (visit: TodayVisit) => TodayState;
  /** The time it was registered, as staff read it ("14:05"). */
  time: (visit: TodayVisit) => string;
  /** Whether the list is open (kept by the form across renders). */
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The visit whose withdrawal is being confirmed. */
  confirmWithdraw: string | undefined;
  onCorrect: (visit: TodayVisit) => void;
  onAskWithdraw: (visit: TodayVisit) => void;
  onWithdraw: (visit: TodayVisit) => void;
  onCancelWithdraw: () => void;
}

/** The id of a visit's "cancel withdrawing" button, where focus goes when confirming. */
export const withdrawCancelId = (id: string) => `withdraw-cancel-${id}`;
/** The id of a visit's "withdraw" button, where focus returns after cancelling. */
export const withdrawId = (id: string) => `withdraw-${id}`;

export function renderTodayList(o: TodayListOptions): TemplateResult {
  const { visits, strings: t } = o;
  const counted = visits.filter((v) => o.state(v) !== 'withdrawn').length;
  const stateText = (state: TodayState) =>
    state === 'sent'
      ? t.formTodaySent
      : state === 'waiting'
        ? t.formTodayWaiting
        : state === 'held'
          ? t.formTodayHeldState
          : t.formTodayWithdrawn;
  return html`<details
    class="today"
    part="today"
    ?open=${o.open}
    @toggle=${(e: Event) => o.onToggle((e.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${t.formTodayHeading(counted)}</summary>
    ${
      visits.length
        ? html`<p class="ido-hint">${t.formTodayIntro}</p>
            <ol class="today-list">
              ${visits.map((visit) => {
                const id = visit.registration.id!;
                const state = o.state(visit);
                return html`<li part="today-visit" data-state=${state}>
                  <p>
                    <span class="today-time">${o.time(visit)}</span>
                    <span class=${state === 'withdrawn' ? 'today-withdrawn' : ''}
                      >${o.describe(visit)}</span
                    >
                    <span class="today-state">(${stateText(state)})</span>
                  </p>
                  ${
                    state === 'withdrawn' || state === 'held'
                      ? nothing
                      : o.confirmWithdraw === id
                        ? html`<div
                            class="confirm"
                            role="group"
                            aria-labelledby=${`withdraw-q-${id}`}
                          >
                            <p id=${`withdraw-q-${id}`}>${t.formTodayWithdrawConfirm}</p>
                            <div class="row">
                              <button
                                class="ido-button"
                                type="button"
                                @click=${() => o.onWithdraw(visit)}
                              >
                                ${t.formTodayWithdrawYes}
                              </button>
                              <button
                                class="ido-button ido-button--secondary"
                                type="button"
                                id=${withdrawCancelId(id)}
                                @click=${() => o.onCancelWithdraw()}
                              >
                                ${t.formCancel}
                              </button>
                            </div>
                          </div>`
                        : html`<div class="row">
                            <button
                              class="ido-button ido-button--secondary"
                              type="button"
                              aria-describedby=${`today-${id}`}
                              @click=${() => o.onCorrect(visit)}
                            >
                              ${t.formTodayCorrect}
                            </button>
                            <button
                              class="ido-button ido-button--secondary"
                              type="button"
                              id=${withdrawId(id)}
                              aria-describedby=${`today-${id}`}
                              @click=${() => o.onAskWithdraw(visit)}
                            >
                              ${t.formTodayWithdraw}
                            </button>
                            <span class="ido-visually-hidden" id=${`today-${id}`}
                              >${o.time(visit)} ${o.describe(visit)}</span
                            >
                          </div>`
                  }
                </li>`;
              })}
            </ol>`
        : html`<p>${t.formTodayEmpty}</p>`
    }
  </details>`;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The time of day a visit was registered ("14:05"), in the desks' zone; one format per locale. */
export function formatTime(at: number, locale: string): string {
  let format = timeFormats.get(locale);
  if (!format)
    timeFormats.set(
      locale,
      (format = new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Amsterdam',
      })),
    );
  return format.format(at);
}
