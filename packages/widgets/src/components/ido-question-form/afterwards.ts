import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Desk } from './device-storage.js';
import type { VisitDraft, VisitPlace } from './draft.js';
import { formatDay } from './held-list.js';
import type { QuestionFormStrings } from './strings.js';

// "Later registreren of op een andere plek": the date and hour of a visit registered afterwards
// (today or up to 14 days back, never ahead), and where it happened: here, another location of
// the same organisation, one of the location's outreach sessions on that date (issue 21), or
// another place outside the library (a typed name). Closed and empty for every new visit:
// nothing set here carries over to the next one.

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** The select's value for an outreach session at a place whose name is typed. */
const OUTREACH = 'outreach';
/** The select's values for the coordinator's sessions: this and the session's id. */
const SESSION = 'session:';
const HERE = '';

export interface AfterwardsOptions {
  visit: VisitDraft;
  desk: Desk;
  strings: QuestionFormStrings;
  /** Today's civil date, the earliest one allowed, and the hour now. */
  today: string;
  earliest: string;
  hourNow: number;
  days: number;
  open: boolean;
  errorFor: (field: string) => string | undefined;
  /** A short line of what is set, for the closed disclosure ("3 december, 14:00 · De Kolk"). */
  summary: string | undefined;
  onToggle: (open: boolean) => void;
  /** Changes the draft. */
  edit: (change: (visit: VisitDraft) => void) => void;
}

export function renderAfterwards(o: AfterwardsOptions): TemplateResult {
  const { visit, strings: t } = o;
  const onPlace = (place: VisitPlace | undefined) =>
    o.edit((v) => {
      if (place) v.place = place;
      else delete v.place;
    });
  const when = visit.when ?? { date: o.today, hour: o.hourNow };
  const place = visit.place;
  const placeValue =
    place?.kind === 'outreach'
      ? place.sessionId
        ? `${SESSION}${place.sessionId}`
        : OUTREACH
      : place?.kind === 'location'
        ? place.locationId
        : HERE;
  // The location's sessions on the visit's date; a chosen one of another date is kept as a name.
  const sessions = (o.desk.outreach ?? []).filter((s) => s.date === when.date);
  const setWhen = (next: { date?: string; hour?: number }) => {
    const date = next.date ?? when.date;
    const hour = next.hour ?? when.hour;
    o.edit((v) => {
      if (date === o.today && hour === o.hourNow && !visit.when) delete v.when;
      else v.when = { date, hour };
      // A session is held on one day: on another date the visit keeps its place as a name.
      const chosen = v.place?.kind === 'outreach' ? v.place.sessionId : undefined;
      const held = o.desk.outreach?.find((s) => s.id === chosen);
      if (v.place?.kind === 'outreach' && chosen && held?.date !== date)
        v.place = { kind: 'outreach', name: v.place.name };
    });
  };
  const dateError = o.errorFor('when-date');
  const nameError = o.errorFor('place-name');
  const siblings = o.desk.siblings ?? [];
  return html`<details
    class="afterwards"
    part="afterwards"
    ?open=${o.open}
    @toggle=${(e: Event) => o.onToggle((e.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${o.summary ? t.formAfterwardsOpen(o.summary) : t.formAfterwards}</summary>
    <div class="afterwards-fields">
      <div class="field">
        <label class="ido-label" for="when-date">${t.formWhenDate}</label>
        <span class="ido-hint" id="when-date-hint">${t.formWhenDateHint(o.days)}</span>
        ${
          dateError
            ? html`<span class="ido-field-error" id="when-date-error">${dateError}</span>`
            : nothing
        }
        <input
          class="ido-input"
          type="date"
          id="when-date"
          dir="ltr"
          min=${o.earliest}
          max=${o.today}
          .value=${live(when.date)}
          aria-describedby=${dateError ? 'when-date-hint when-date-error' : 'when-date-hint'}
          aria-invalid=${dateError ? 'true' : 'false'}
          @change=${(e: Event) => setWhen({ date: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label class="ido-label" for="when-hour">${t.formWhenHour}</label>
        <select
          class="ido-input"
          id="when-hour"
          dir="ltr"
          @change=${(e: Event) => setWhen({ hour: Number((e.target as HTMLSelectElement).value) })}
        >
          ${HOURS.map(
            (hour) =>
              html`<option value=${hour} ?selected=${hour === when.hour}>
                ${String(hour).padStart(2, '0')}:00
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label class="ido-label" for="place">${t.formPlace}</label>
        <!-- Options are chosen by property: a session may vanish with the date, and the option
             chosen instead was picked by hand before (the attribute no longer moves it). -->
        <select
          class="ido-input"
          id="place"
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            const session = value.startsWith(SESSION)
              ? sessions.find((s) => `${SESSION}${s.id}` === value)
              : undefined;
            onPlace(
              value === HERE
                ? undefined
                : session
                  ? { kind: 'outreach', name: session.name, sessionId: session.id }
                  : value === OUTREACH
                    ? // A typed name starts empty, not as the session chosen before.
                      {
                        kind: 'outreach',
                        name: place?.kind === 'outreach' && !place.sessionId ? place.name : '',
                      }
                    : { kind: 'location', locationId: value },
            );
          }}
        >
          <option value=${HERE} .selected=${placeValue === HERE}>
            ${t.formPlaceHere(o.desk.locationName ?? o.desk.locationId ?? '')}
          </option>
          ${
            siblings.length
              ? html`<optgroup label=${t.formOtherLocations}>
                  ${siblings.map(
                    (s) =>
                      html`<option value=${s.id} .selected=${placeValue === s.id}>
                        ${s.name}
                      </option>`,
                  )}
                </optgroup>`
              : nothing
          }
          ${
            sessions.length
              ? html`<optgroup label=${t.formPlaceSessions}>
                  ${sessions.map(
                    (s) =>
                      html`<option
                        value=${`${SESSION}${s.id}`}
                        .selected=${placeValue === `${SESSION}${s.id}`}
                      >
                        ${t.formPlaceSession(s.name, s.opens, s.closes)}
                      </option>`,
                  )}
                </optgroup>`
              : nothing
          }
          <option value=${OUTREACH} .selected=${placeValue === OUTREACH}>
            ${sessions.length ? t.formPlaceOtherOutreach : t.formPlaceOutreach}
          </option>
        </select>
      </div>
      ${
        place?.kind === 'outreach' && !place.sessionId
          ? html`<div class="field">
              <label class="ido-label" for="place-name">${t.formPlaceName}</label>
              <span class="ido-hint" id="place-name-hint">${t.formPlaceNameHint}</span>
              ${
                nameError
                  ? html`<span class="ido-field-error" id="place-name-error">${nameError}</span>`
                  : nothing
              }
              <input
                class="ido-input"
                type="text"
                id="place-name"
                dir="auto"
                maxlength="80"
                autocomplete="off"
                .value=${live(place.name)}
                aria-describedby=${
                  nameError ? 'place-name-hint place-name-error' : 'place-name-hint'
                }
                aria-invalid=${nameError ? 'true' : 'false'}
                @input=${(e: Event) =>
                  onPlace({ ...place, name: (e.target as HTMLInputElement).value })}
              />
            </div>`
          : nothing
      }
    </div>
  </details>`;
}

/** What "later or elsewhere" is set to, for its closed disclosure; `undefined` when nothing. */
export function whenAndWhere(
  visit: VisitDraft,
  desk: Desk,
  today: string,
  locale: string,
): string | undefined {
  const parts: string[] = [];
  if (visit.when) {
    const day = visit.when.date === today ? '' : `${formatDay(visit.when.date, locale)}, `;
    parts.push(`${day}${visit.when.hour}:00`);
  }
  const place = visit.place;
  if (place?.kind === 'outreach' && place.name.trim()) parts.push(place.name.trim());
  if (place?.kind === 'location')
    parts.push(desk.siblings?.find((l) => l.id === place.locationId)?.name ?? place.locationId);
  return parts.length ? parts.join(' · ') : undefined;
}
