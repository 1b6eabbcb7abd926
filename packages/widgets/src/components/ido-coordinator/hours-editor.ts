import { DAYS, type Day } from '@idokit/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  checkboxField,
  errorAt,
  errorId,
  fieldId,
  inputField,
  type FieldErrors,
} from './form-kit.js';
import type { CoordinatorKitStrings } from './kit-strings.js';
import {
  emptyWeek,
  sameAsMonday,
  type ExceptionDraft,
  type Interval,
  type ScheduleDraft,
  type SeasonDraft,
  type WeekGrid,
} from './location-draft.js';
import type { CoordinatorStrings } from './strings.js';

// The hours editor: a week grid (seven days, zero or more intervals each), the exceptions and
// closures, the seasons and the public holidays switch of one schedule. Every input's id is the
// path of its value in the saved document (`hours.library.weekly.3.opens`), so the server's
// field problems land next to the right input and the error summary links to it.

type Strings = CoordinatorStrings & CoordinatorKitStrings;

/** What {@link scheduleEditor} edits. */
export interface ScheduleEditorOptions {
  t: Strings;
  /** `hours.library`, `hours.ido` or `hours.phone`. */
  path: string;
  /** The schedule's name ("Spreekuur van het IDO"). */
  label: string;
  schedule: ScheduleDraft;
  /** An optional schedule gets a switch (off: the document leaves it out). */
  optional?: { hint: string } | undefined;
  errors: FieldErrors | undefined;
  onChange: (next: ScheduleDraft) => void;
}

/** The path index of each interval of a week, in the order the document lists them. */
function weekPaths(week: WeekGrid, base: string): Record<Day, string[]> {
  let index = 0;
  const out = {} as Record<Day, string[]>;
  for (const day of DAYS) out[day] = week[day].map(() => `${base}.${index++}`);
  return out;
}

/** Labels of every input of a schedule by path, for the error summary. */
export function scheduleLabels(
  t: Strings,
  path: string,
  label: string,
  schedule: ScheduleDraft,
): Record<string, string> {
  const labels: Record<string, string> = {};
  const week = (grid: WeekGrid, base: string, prefix: string) => {
    const paths = weekPaths(grid, base);
    for (const day of DAYS)
      paths[day].forEach((p) => {
        labels[`${p}.opens`] = `${prefix}: ${t.coordOpens(t.coordDayName[day])}`;
        labels[`${p}.closes`] = `${prefix}: ${t.coordCloses(t.coordDayName[day])}`;
        labels[p] = `${prefix}: ${t.coordDayName[day]}`;
      });
  };
  if (!schedule.on) return labels;
  week(schedule.week, `${path}.weekly`, label);
  labels[`${path}.weekly`] = label;
  schedule.exceptions.forEach((e, n) => {
    const base = `${path}.exceptions.${n}`;
    const name = `${label}, ${t.coordExceptionLegend(n + 1)}`;
    labels[base] = name;
    labels[`${base}.date`] = `${name}: ${t.coordExceptionDate}`;
    labels[`${base}.note`] = `${name}: ${t.coordExceptionNote}`;
    e.intervals.forEach((_, i) => {
      labels[`${base}.intervals.${i}.opens`] = `${name}: ${t.coordOpens(e.date)}`;
      labels[`${base}.intervals.${i}.closes`] = `${name}: ${t.coordCloses(e.date)}`;
    });
  });
  schedule.seasons.forEach((s, n) => {
    const base = `${path}.seasons.${n}`;
    const name = `${label}, ${t.coordSeasonLegend(n + 1)}`;
    labels[base] = name;
    labels[`${base}.name`] = `${name}: ${t.coordSeasonName}`;
    labels[`${base}.validFrom`] = `${name}: ${t.coordSeasonFrom}`;
    labels[`${base}.validThrough`] = `${name}: ${t.coordSeasonThrough}`;
    week(s.week, `${base}.weekly`, name);
  });
  return labels;
}

function timeInput(
  id: string,
  label: string,
  value: string,
  error: string | undefined,
  onInput: (value: string) => void,
): TemplateResult {
  return html`<span class="hw-time">
    <label class="ido-visually-hidden" for=${id}>${label}</label>
    <input
      id=${id}
      class="ido-input"
      type="time"
      .value=${live(value)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </span>`;
}

/** Editable intervals (a day of a week, or an exception's), each with a remove button. */
function intervalsEditor(
  t: Strings,
  o: {
    dayName: string;
    intervals: Interval[];
    paths: string[];
    errors: FieldErrors | undefined;
    onChange: (next: Interval[]) => void;
  },
): TemplateResult {
  const set = (index: number, patch: Partial<Interval>) =>
    o.onChange(o.intervals.map((i, n) => (n === index ? { ...i, ...patch } : i)));
  return html`${o.intervals.map((interval, index) => {
      const path = o.paths[index]!;
      const opensError = errorAt(o.errors, `${path}.opens`);
      const closesError = errorAt(o.errors, `${path}.closes`);
      const own = o.errors?.[path];
      return html`<div class="hw-interval">
        ${timeInput(
          fieldId(`${path}.opens`),
          t.coordOpens(o.dayName),
          interval.opens,
          opensError,
          (v) => set(index, { opens: v }),
        )}
        <span aria-hidden="true">–</span>
        ${timeInput(
          fieldId(`${path}.closes`),
          t.coordCloses(o.dayName),
          interval.closes,
          closesError ?? own,
          (v) => set(index, { closes: v }),
        )}
        <button
          type="button"
          class="ido-button ido-button--secondary hw-remove"
          aria-label=${t.coordRemoveInterval(o.dayName, interval.opens, interval.closes)}
          @click=${() => o.onChange(o.intervals.filter((_, n) => n !== index))}
        >
          <span aria-hidden="true">×</span>
        </button>
        ${
          opensError
            ? html`<span class="ido-field-error" id=${errorId(`${path}.opens`)}
                >${opensError}</span
              >`
            : nothing
        }
        ${
          (closesError ?? own)
            ? html`<span class="ido-field-error" id=${errorId(`${path}.closes`)}
                >${closesError ?? own}</span
              >`
            : nothing
        }
      </div>`;
    })}
    <button
      type="button"
      class="ido-button ido-button--secondary hw-add"
      @click=${() => {
        const last = o.intervals[o.intervals.length - 1];
        o.onChange([
          ...o.intervals,
          last ? { opens: last.closes, closes: last.closes } : { opens: '09:00', closes: '17:00' },
        ]);
      }}
    >
      ${t.coordAddInterval(o.dayName)}
    </button>`;
}

/** The week grid: one row per day, Monday first. */
export function weekGrid(
  t: Strings,
  o: {
    caption: string;
    week: WeekGrid;
    path: string;
    errors: FieldErrors | undefined;
    onChange: (next: WeekGrid) => void;
  },
): TemplateResult {
  const paths = weekPaths(o.week, o.path);
  return html`<div class="hw-week" role="group" aria-label=${o.caption} part="week-grid">
    ${DAYS.map((day) => {
      const name = t.coordDayName[day];
      const headingId = `${fieldId(o.path)}-${day}`;
      return html`<div class="hw-day" role="group" aria-labelledby=${headingId}>
        <span class="hw-day-name" id=${headingId}>${name}</span>
        <div class="hw-day-times">
          ${o.week[day].length ? nothing : html`<span class="ck-meta">${t.coordDayClosed}</span>`}
          ${intervalsEditor(t, {
            dayName: name,
            intervals: o.week[day],
            paths: paths[day],
            errors: o.errors,
            onChange: (next) => o.onChange({ ...o.week, [day]: next }),
          })}
        </div>
      </div>`;
    })}
    <button
      type="button"
      class="ido-button ido-button--secondary"
      @click=${() => o.onChange(sameAsMonday(o.week))}
    >
      ${t.coordSameAsMonday}
    </button>
  </div>`;
}

function exceptionEditor(
  o: ScheduleEditorOptions,
  e: ExceptionDraft,
  n: number,
  update: (next: ExceptionDraft | undefined) => void,
): TemplateResult {
  const t = o.t;
  const base = `${o.path}.exceptions.${n}`;
  const kindName = `${fieldId(base)}-kind`;
  return html`<fieldset class="hw-exception" part="exception">
    <legend>${t.coordExceptionLegend(n + 1)}</legend>
    ${inputField({
      path: `${base}.date`,
      label: t.coordExceptionDate,
      type: 'date',
      value: e.date,
      size: 'medium',
      errors: o.errors,
      onInput: (date) => update({ ...e, date }),
    })}
    <fieldset class="hw-kind">
      <legend>${t.coordExceptionKind}</legend>
      <div class="ck-check">
        <input
          type="radio"
          id=${`${kindName}-closed`}
          name=${kindName}
          .checked=${live(e.closed)}
          @change=${() => update({ ...e, closed: true })}
        />
        <label for=${`${kindName}-closed`}>${t.coordExceptionClosed}</label>
      </div>
      <div class="ck-check">
        <input
          type="radio"
          id=${`${kindName}-other`}
          name=${kindName}
          .checked=${live(!e.closed)}
          @change=${() =>
            update({
              ...e,
              closed: false,
              intervals: e.intervals.length ? e.intervals : [{ opens: '10:00', closes: '13:00' }],
            })}
        />
        <label for=${`${kindName}-other`}>${t.coordExceptionOther}</label>
      </div>
    </fieldset>
    ${
      e.closed
        ? nothing
        : html`<div class="hw-day-times">
            ${intervalsEditor(t, {
              dayName: e.date || t.coordExceptionLegend(n + 1),
              intervals: e.intervals,
              paths: e.intervals.map((_, i) => `${base}.intervals.${i}`),
              errors: o.errors,
              onChange: (intervals) => update({ ...e, intervals }),
            })}
          </div>`
    }
    ${inputField({
      path: `${base}.note`,
      label: t.coordExceptionNote,
      hint: t.coordExceptionNoteHint,
      value: e.note,
      errors: o.errors,
      onInput: (note) => update({ ...e, note }),
    })}
    <button
      type="button"
      class="ido-button ido-button--secondary"
      @click=${() => update(undefined)}
    >
      ${t.coordRemoveException(n + 1)}
    </button>
  </fieldset>`;
}

function seasonEditor(
  o: ScheduleEditorOptions,
  s: SeasonDraft,
  n: number,
  update: (next: SeasonDraft | undefined) => void,
): TemplateResult {
  const t = o.t;
  const base = `${o.path}.seasons.${n}`;
  return html`<fieldset class="hw-season" part="season">
    <legend>${t.coordSeasonLegend(n + 1)}</legend>
    ${inputField({
      path: `${base}.name`,
      label: t.coordSeasonName,
      value: s.name,
      errors: o.errors,
      onInput: (name) => update({ ...s, name }),
    })}
    <div class="hw-dates">
      ${inputField({
        path: `${base}.validFrom`,
        label: t.coordSeasonFrom,
        type: 'date',
        value: s.validFrom,
        errors: o.errors,
        onInput: (validFrom) => update({ ...s, validFrom }),
      })}
      ${inputField({
        path: `${base}.validThrough`,
        label: t.coordSeasonThrough,
        type: 'date',
        value: s.validThrough,
        errors: o.errors,
        onInput: (validThrough) => update({ ...s, validThrough }),
      })}
    </div>
    ${weekGrid(t, {
      caption: t.coordWeekCaption(`${o.label}, ${t.coordSeasonLegend(n + 1)}`),
      week: s.week,
      path: `${base}.weekly`,
      errors: o.errors,
      onChange: (week) => update({ ...s, week }),
    })}
    <button
      type="button"
      class="ido-button ido-button--secondary"
      @click=${() => update(undefined)}
    >
      ${t.coordRemoveSeason(n + 1)}
    </button>
  </fieldset>`;
}

/** One schedule: its switch (when optional), week grid, holidays, exceptions and seasons. */
export function scheduleEditor(o: ScheduleEditorOptions): TemplateResult {
  const t = o.t;
  const s = o.schedule;
  const set = (patch: Partial<ScheduleDraft>) => o.onChange({ ...s, ...patch });
  const setException = (n: number) => (next: ExceptionDraft | undefined) =>
    set({
      exceptions: next
        ? s.exceptions.map((e, i) => (i === n ? next : e))
        : s.exceptions.filter((_, i) => i !== n),
    });
  const setSeason = (n: number) => (next: SeasonDraft | undefined) =>
    set({
      seasons: next
        ? s.seasons.map((e, i) => (i === n ? next : e))
        : s.seasons.filter((_, i) => i !== n),
    });
  return html`<fieldset class="hw-schedule" part="schedule">
    <legend>${o.label}</legend>
    ${
      o.optional
        ? checkboxField({
            path: `${o.path}.on`,
            label: t.coordHoursUse(o.label),
            hint: o.optional.hint,
            checked: s.on,
            onChange: (on) => set({ on }),
          })
        : nothing
    }
    ${
      s.on
        ? html`${weekGrid(t, {
              caption: t.coordWeekCaption(o.label),
              week: s.week,
              path: `${o.path}.weekly`,
              errors: o.errors,
              onChange: (week) => set({ week }),
            })}
            ${checkboxField({
              path: `${o.path}.closedOnPublicHolidays`,
              label: t.coordHolidays,
              hint: t.coordHolidaysHint,
              checked: s.closedOnPublicHolidays,
              errors: o.errors,
              onChange: (closedOnPublicHolidays) => set({ closedOnPublicHolidays }),
            })}
            <h5 class="hw-sub">${t.coordExceptions}</h5>
            <p class="ido-hint">${t.coordExceptionsHint}</p>
            ${s.exceptions.length ? nothing : html`<p class="ck-meta">${t.coordExceptionsEmpty}</p>`}
            ${s.exceptions.map((e, n) => exceptionEditor(o, e, n, setException(n)))}
            <button
              type="button"
              class="ido-button ido-button--secondary"
              @click=${() =>
                set({
                  exceptions: [
                    ...s.exceptions,
                    { date: '', closed: true, intervals: [], note: '' },
                  ],
                })}
            >
              ${t.coordAddException}
            </button>
            <h5 class="hw-sub">${t.coordSeasons}</h5>
            <p class="ido-hint">${t.coordSeasonsHint}</p>
            ${s.seasons.map((season, n) => seasonEditor(o, season, n, setSeason(n)))}
            <button
              type="button"
              class="ido-button ido-button--secondary"
              @click=${() =>
                set({
                  seasons: [
                    ...s.seasons,
                    { name: '', validFrom: '', validThrough: '', week: emptyWeek() },
                  ],
                })}
            >
              ${t.coordAddSeason}
            </button>`
        : nothing
    }
  </fieldset>`;
}

/** The hours editor's styles. */
export const hoursEditorStyles = css`
  .hw-week {
    display: grid;
    gap: var(--_ido-space-xs);
    margin-block-end: var(--_ido-space-md);
  }
  .hw-day {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ido-space-sm);
    align-items: flex-start;
    border-block-end: 1px solid var(--_ido-color-border);
    padding-block: var(--_ido-space-xs);
  }
  .hw-day-name {
    flex: 0 0 7.5em;
    font-weight: 600;
    padding-block: var(--_ido-space-sm);
  }
  .hw-day-times {
    flex: 1 1 14em;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_ido-space-xs);
    min-inline-size: 0;
  }
  .hw-interval {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ido-space-xs);
  }
  .hw-interval .ido-field-error {
    flex-basis: 100%;
  }
  .hw-time input {
    inline-size: 8em;
  }
  .hw-remove {
    min-inline-size: var(--_ido-target);
  }
  .hw-sub {
    font-size: 1em;
    margin-block: var(--_ido-space-md) 0;
  }
  .hw-kind {
    border: 0;
    padding: 0;
  }
  .hw-dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_ido-space-md);
  }
`;
