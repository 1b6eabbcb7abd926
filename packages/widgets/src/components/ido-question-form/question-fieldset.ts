import { html, nothing, type TemplateResult } from 'lit';
import { checkedState } from '../../base/checked-state.js';
import { preloadReferralSlip, renderSlipButton } from '../../shared/referral-slip/slip-button.js';
import type { Desk } from './device-storage.js';
import type { Channel } from '@idokit/sdk';
import { effectiveLevel, type PickOption, type QuestionDraft, type VisitDraft } from './draft.js';
import type { QuestionFormStrings } from './strings.js';
import { renderTopicPicker, type PickerStates } from './topic-picker.js';
import type { FormError } from './visit-editor.js';

// One question of a visit, as a fieldset: its topics and organisations (type-ahead fields the
// form renders), the help given (and to whom it was referred, or why it could not be helped),
// the kind of question and the level of government. Plain radios and selects, in this order,
// so Tab walks them as the desk works.

/** What one question's fieldset shows and changes. */
export interface QuestionFieldsetOptions {
  desk: Desk;
  question: QuestionDraft;
  /** 0-based position, and how many questions the visit has. */
  index: number;
  of: number;
  strings: QuestionFormStrings;
  lang: 'nl' | 'en';
  /** The error message for a field id, if any. */
  errorFor: (field: string) => string | undefined;
  /** Changes this question of the draft. */
  edit: (change: (q: QuestionDraft) => void) => void;
  /** What the question's type-ahead fields share with the form. */
  pickers: QuestionPickers;
  /** "Vraag n weghalen" (offered when the visit has more than one question). */
  onRemove: () => void;
}

/** The type-ahead fields' states and how they talk to the form (see `TopicPickerOptions`). */
export interface QuestionPickers {
  states: PickerStates;
  onInput: () => void;
  onPick: (field: TopicField, option: PickOption) => void;
  onUnpick: (field: TopicField, option: PickOption) => void;
  say: (message: string) => void;
  updated: () => Promise<unknown>;
}

/** The question's type-ahead fields. */
type TopicField = 'themes' | 'organisations';

export function renderQuestion(o: QuestionFieldsetOptions): TemplateResult {
  const { desk, question: q, index: i, of, strings: t, lang } = o;
  const tax = desk.taxonomy;
  const level = effectiveLevel(q, tax);
  const themes = tax.themes.map((x) => ({ id: x.id, label: x.label[lang] }));
  const organisations = tax.organisations.map((x) => ({ id: x.id, label: x.label[lang] }));
  const picker = (
    field: TopicField,
    label: string,
    hint: string,
    options: PickOption[],
    chosen: string[],
  ) => {
    const id = `q${i}-${field}`;
    const p = o.pickers;
    return renderTopicPicker({
      id,
      label,
      hint,
      options,
      chosen,
      error: o.errorFor(id),
      start: i === 0 && field === 'themes',
      states: p.states,
      strings: t,
      onInput: p.onInput,
      onPick: (option) => p.onPick(field, option),
      onUnpick: (option) => p.onUnpick(field, option),
      say: p.say,
      updated: p.updated,
    });
  };
  return html`<fieldset class="group question" part="question">
    <legend>${t.formQuestionLegend(i + 1, of)}</legend>
    ${picker('themes', t.formThemes, t.formThemesHint, themes, q.themes)}
    ${picker(
      'organisations',
      t.formOrganisations,
      t.formOrganisationsHint,
      organisations,
      q.organisations,
    )}
    ${renderChoices(
      `q${i}-help`,
      t.formHelp,
      tax.help.map((h) => ({ id: h.id, label: h.label[lang] })),
      q.help,
      (value) => o.edit((x) => (x.help = value as QuestionDraft['help'])),
    )}
    ${q.help === 'referred' ? renderReferral(o) : nothing}
    ${
      q.help === 'not-helped'
        ? renderSelect(
            o,
            `q${i}-reason`,
            t.formNotHelpedReason,
            [
              {
                label: '',
                options: tax.notHelpedReasons.map((r) => ({ id: r.id, label: r.label[lang] })),
              },
            ],
            q.notHelpedReason,
            (value) => o.edit((x) => (x.notHelpedReason = value)),
          )
        : nothing
    }
    ${renderChoices(
      `q${i}-type`,
      t.formType,
      tax.questionTypes.map((x) => ({ id: x.id, label: x.label[lang] })),
      q.type,
      (value) =>
        o.edit((x) => {
          x.type = value as QuestionDraft['type'];
          if (x.type !== 'government') x.level = undefined;
        }),
    )}
    ${
      q.type === 'government'
        ? renderChoices(
            `q${i}-level`,
            t.formLevel,
            [
              ...tax.governmentLevels.map((x) => ({ id: x.id, label: x.label[lang] })),
              { id: '', label: t.formLevelNone },
            ],
            level ?? '',
            (value) => o.edit((x) => (x.level = value as QuestionDraft['level'])),
          )
        : nothing
    }
    ${
      of > 1
        ? html`<div class="row">
            <button
              class="ido-button ido-button--secondary"
              type="button"
              @click=${() => o.onRemove()}
            >
              ${t.formRemoveQuestion(i + 1)}
            </button>
          </div>`
        : nothing
    }
  </fieldset>`;
}

function renderReferral(o: QuestionFieldsetOptions): TemplateResult {
  const { desk, question: q, index: i, strings: t, lang } = o;
  const groups = [
    ...(desk.partners.length
      ? [
          {
            label: t.formReferralPartners(desk.municipality ?? ''),
            options: desk.partners.map((p) => ({ id: `partner:${p.id}`, label: p.name })),
          },
        ]
      : []),
    {
      label: t.formReferralKinds,
      options: desk.taxonomy.partnerKinds.map((k) => ({
        id: `kind:${k.id}`,
        label: k.label[lang],
      })),
    },
  ];
  return html`${renderSelect(
      o,
      `q${i}-referral`,
      t.formReferralTarget,
      groups,
      q.referral,
      (value) => o.edit((x) => (x.referral = value)),
    )}
    <div class="check-field">
      <label class="check">
        <input
          type="checkbox"
          id=${`q${i}-warm`}
          ?checked=${q.warm}
          ${checkedState(q.warm)}
          aria-describedby=${`q${i}-warm-hint`}
          @change=${(e: Event) => o.edit((x) => (x.warm = (e.target as HTMLInputElement).checked))}
        />
        <span>${t.formWarm}</span>
      </label>
      <span class="ido-hint" id=${`q${i}-warm-hint`}>${t.formWarmHint}</span>
    </div>
    ${renderReferralSlip(o)}`;
}

/** The chosen partner's referral slip, to print or show the resident (issue 22). */
function renderReferralSlip({ desk, question: q, lang }: QuestionFieldsetOptions) {
  const id = q.referral.startsWith('partner:') ? q.referral.slice('partner:'.length) : '';
  const partner = id ? desk.partners.find((p) => p.id === id) : undefined;
  if (!partner?.slip) return nothing;
  // The desk may go offline: its service worker keeps the slip's chunks once they are loaded.
  preloadReferralSlip();
  const forName = html`<span class="ido-visually-hidden"> (${partner.name})</span>`;
  return html`<div class="row">${renderSlipButton({ partner: partner.slip, lang, forName })}</div>`;
}

function renderSelect(
  o: QuestionFieldsetOptions,
  id: string,
  label: string,
  groups: { label: string; options: PickOption[] }[],
  value: string,
  onChange: (value: string) => void,
): TemplateResult {
  const error = o.errorFor(id);
  const options = (list: PickOption[]) =>
    list.map((x) => html`<option value=${x.id} ?selected=${x.id === value}>${x.label}</option>`);
  return html`<div class="field">
    <label class="ido-label" for=${id}>${label}</label>
    ${error ? html`<span class="ido-field-error" id=${`${id}-error`}>${error}</span>` : nothing}
    <select
      class="ido-input"
      id=${id}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!value}>${o.strings.formReferralChoose}</option>
      ${groups.map((g) =>
        g.label
          ? html`<optgroup label=${g.label}>${options(g.options)}</optgroup>`
          : options(g.options),
      )}
    </select>
  </div>`;
}

export function renderChoices(
  name: string,
  legend: string,
  options: readonly PickOption[],
  value: string,
  onChange: (value: string) => void,
  describedBy?: string,
): TemplateResult {
  return html`<fieldset class="choices" aria-describedby=${describedBy ?? nothing}>
    <legend>${legend}</legend>
    <div class="choice-list">
      ${options.map(
        (o) =>
          html`<label class="choice">
            <input
              type="radio"
              name=${name}
              value=${o.id}
              ?checked=${o.id === value}
              ${checkedState(o.id === value)}
              @change=${() => onChange(o.id)}
            />
            <span>${o.label}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The visit as a whole: how it came in, how long it took, and the note field. */
export function renderVisitFieldset(o: {
  strings: QuestionFormStrings;
  channels: readonly PickOption[];
  durations: readonly number[];
  visit: VisitDraft;
  edit: (change: (visit: VisitDraft) => void) => void;
  note: TemplateResult;
}): TemplateResult {
  const { strings: t, visit } = o;
  return html`<fieldset class="group">
    <legend>${t.formVisit}</legend>
    ${renderChoices('channel', t.formChannel, o.channels, visit.channel, (value) =>
      o.edit((v) => (v.channel = value as Channel)),
    )}
    ${renderChoices(
      'duration',
      t.formDuration,
      o.durations.map((m, i, all) => ({
        id: String(m),
        label: t.formDurationOption(m, i === all.length - 1),
      })),
      String(visit.durationMinutes),
      (value) => o.edit((v) => (v.durationMinutes = Number(value))),
    )}
    ${o.note}
  </fieldset>`;
}

/** The problems that block registering, each a link to its field (focused on activation). */
export function renderErrorSummary(
  errors: readonly FormError[],
  t: QuestionFormStrings,
  follow: (field: string) => void,
): TemplateResult {
  return html`<div
    class="summary"
    part="error-summary"
    tabindex="-1"
    role="group"
    aria-labelledby="summary-title"
  >
    <p class="summary-title" id="summary-title">${t.formErrorSummary}</p>
    <ul>
      ${errors.map(
        (e) =>
          html`<li>
            <a
              class="ido-link"
              href=${`#${e.field}`}
              @click=${(event: Event) => {
                event.preventDefault();
                follow(e.field);
              }}
              >${e.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
