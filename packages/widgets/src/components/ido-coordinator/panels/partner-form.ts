import { PARTNER_COSTS, PARTNER_KINDS, REFERRAL_METHODS, type Taxonomy } from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import {
  checkboxField,
  errorAt,
  errorSummary,
  fieldId,
  inputField,
  selectField,
  summaryItems,
  textareaField,
  type FieldErrors,
} from '../form-kit.js';
import { scheduleEditor, scheduleLabels } from '../hours-editor.js';
import type { CoordinatorKitStrings } from '../kit-strings.js';
import type { CoordinatorStrings } from '../strings.js';
import type { PartnerDraft } from './partner-data.js';
import type { PartnersStrings } from './strings/partners.js';

type Route = PartnerDraft['referral'][number];

/** What the partner form needs from its panel. */
export interface PartnerFormHost {
  /** The panel's words, and the shell's for the week grid. */
  t: CoordinatorKitStrings & CoordinatorStrings & PartnersStrings;
  dataLanguage: 'nl' | 'en';
  taxonomy: Taxonomy | undefined;
  draft: PartnerDraft;
  isNew: boolean;
  errors: FieldErrors;
  busy: boolean;
  set: (patch: Partial<PartnerDraft>) => void;
  setRoute: (index: number, patch: Partial<Route>) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  onAddRoute: () => void;
  onRemoveRoute: (index: number) => void;
}

/** The labels of the partner's fields by path, in the form's order (for the summary). */
export function partnerLabels(
  t: CoordinatorKitStrings & CoordinatorStrings & PartnersStrings,
  draft: Pick<PartnerDraft, 'referral' | 'hours'>,
): Record<string, string> {
  const routes = draft.referral.length;
  const labels: Record<string, string> = {
    name: t.cpartName,
    kind: t.cpartKind,
    themes: t.cpartThemes,
    municipalities: t.cpartMunicipalities,
    languages: t.cpartLanguages,
    'cost.kind': t.cpartCost,
    'cost.note': t.cpartCostNote,
    checkedOn: t.cpartCheckedOn,
    description: t.cpartDescription,
    bring: t.cpartBring,
    staffInstructions: t.cpartStaff,
    'contact.phone': t.cpartPhone,
    'contact.email': t.cpartEmail,
    'contact.website': t.cpartWebsite,
    'contact.address.street': t.cpartStreet,
    'contact.address.houseNumber': t.cpartHouseNumber,
    'contact.address.postcode': t.cpartPostcode,
    'contact.address.city': t.cpartCity,
  };
  for (let i = 0; i < routes; i++) {
    const route = t.cpartReferralRoute(i + 1);
    labels[`referral.${i}.method`] = `${route}: ${t.cpartMethod}`;
    labels[`referral.${i}.instructions`] = `${route}: ${t.cpartInstructions}`;
    labels[`referral.${i}.url`] = `${route}: ${t.cpartUrl}`;
  }
  labels.referral = t.cpartReferral;
  Object.assign(labels, scheduleLabels(t, 'hours', t.cpartHours, draft.hours));
  return labels;
}

/** The partner's edit form: every field of a partner but its hours (kept as they are). */
export function renderPartnerForm(h: PartnerFormHost): TemplateResult {
  const { t, draft: d, errors } = h;
  const names = (entries: { id: string; label: { nl: string; en?: string } }[] | undefined) =>
    new Map((entries ?? []).map((e) => [e.id, e.label[h.dataLanguage] ?? e.label.nl]));
  const kinds = names(h.taxonomy?.partnerKinds);
  const themes: { id: string; label: { nl: string; en?: string } }[] =
    h.taxonomy?.themes ?? d.themes.map((id) => ({ id, label: { nl: id } }));
  const themeError = errorAt(errors, 'themes');
  const required = { required: true, requiredText: t.coordKitRequired };
  const text = (path: string, label: string, value: string, set: (v: string) => void, extra = {}) =>
    inputField({ path, label, value, errors, onInput: set, ...extra });
  return html`<form part="form" novalidate @submit=${h.onSubmit} aria-labelledby="p-form-title">
    <h4 id="p-form-title" tabindex="-1">
      ${h.isNew ? t.cpartFormNew : t.cpartFormEdit(d.base.name)}
    </h4>
    ${errorSummary({
      heading: t.coordKitSummaryHeading(Object.keys(errors).length),
      items: summaryItems(errors, partnerLabels(t, d)),
    })}
    <fieldset>
      <legend>${t.cpartBasics}</legend>
      ${text('name', t.cpartName, d.name, (name) => h.set({ name }), required)}
      ${selectField({
        path: 'kind',
        label: t.cpartKind,
        value: d.kind,
        errors,
        options: PARTNER_KINDS.map((k) => ({ value: k, label: kinds.get(k) ?? k })),
        onChange: (kind) => h.set({ kind }),
      })}
      <fieldset
        id=${fieldId('themes')}
        tabindex="-1"
        aria-describedby=${themeError ? 'p-themes-error' : nothing}
      >
        <legend>${t.cpartThemes}</legend>
        ${
          themeError
            ? html`<span class="ido-field-error" id="p-themes-error">${themeError}</span>`
            : nothing
        }
        <div class="choices">
          ${themes.map((theme) =>
            checkboxField({
              path: `theme-${theme.id}`,
              label: theme.label[h.dataLanguage] ?? theme.label.nl,
              checked: d.themes.includes(theme.id),
              onChange: (on) =>
                h.set({
                  themes: on
                    ? [...d.themes.filter((id) => id !== theme.id), theme.id]
                    : d.themes.filter((id) => id !== theme.id),
                }),
            }),
          )}
        </div>
      </fieldset>
      ${text(
        'municipalities',
        t.cpartMunicipalities,
        d.municipalities,
        (municipalities) => h.set({ municipalities }),
        { hint: t.cpartListHint, ...required },
      )}
      ${text('languages', t.cpartLanguages, d.languages, (languages) => h.set({ languages }), {
        hint: t.cpartLanguagesHint,
      })}
      ${selectField({
        path: 'cost.kind',
        label: t.cpartCost,
        value: d.costKind,
        errors,
        options: [
          { value: '', label: t.cpartCostUnknown },
          ...PARTNER_COSTS.map((c) => ({ value: c, label: t.cpartCosts[c] })),
        ],
        onChange: (costKind) => h.set({ costKind }),
      })}
      ${text('cost.note', t.cpartCostNote, d.costNote, (costNote) => h.set({ costNote }))}
      ${text('checkedOn', t.cpartCheckedOn, d.checkedOn, (checkedOn) => h.set({ checkedOn }), {
        type: 'date',
        size: 'medium',
      })}
    </fieldset>
    <fieldset class="for-residents">
      <legend>${t.cpartForResidents}</legend>
      ${textareaField({
        path: 'description',
        label: t.cpartDescription,
        hint: t.cpartDescriptionHint,
        value: d.description,
        errors,
        maxlength: 600,
        rows: 4,
        onInput: (description) => h.set({ description }),
        ...required,
      })}
      ${textareaField({
        path: 'bring',
        label: t.cpartBring,
        hint: t.cpartBringHint,
        value: d.bring,
        errors,
        onInput: (bring) => h.set({ bring }),
      })}
    </fieldset>
    <fieldset class="for-staff">
      <legend>${t.cpartForStaff}</legend>
      ${textareaField({
        path: 'staffInstructions',
        label: t.cpartStaff,
        hint: t.cpartStaffHint,
        value: d.staffInstructions,
        errors,
        maxlength: 600,
        rows: 4,
        onInput: (staffInstructions) => h.set({ staffInstructions }),
      })}
    </fieldset>
    <fieldset>
      <legend>${t.cpartContact}</legend>
      ${text('contact.phone', t.cpartPhone, d.phone, (phone) => h.set({ phone }), {
        type: 'tel',
        dir: 'ltr',
        size: 'medium',
      })}
      ${text('contact.email', t.cpartEmail, d.email, (email) => h.set({ email }), {
        type: 'email',
        dir: 'ltr',
      })}
      ${text('contact.website', t.cpartWebsite, d.website, (website) => h.set({ website }), {
        type: 'url',
        dir: 'ltr',
      })}
      <fieldset>
        <legend>${t.cpartAddress}</legend>
        ${text('contact.address.street', t.cpartStreet, d.street, (street) => h.set({ street }))}
        ${text(
          'contact.address.houseNumber',
          t.cpartHouseNumber,
          d.houseNumber,
          (houseNumber) => h.set({ houseNumber }),
          { size: 'narrow' },
        )}
        ${text(
          'contact.address.postcode',
          t.cpartPostcode,
          d.postcode,
          (postcode) => h.set({ postcode }),
          {
            size: 'narrow',
            dir: 'ltr',
          },
        )}
        ${text('contact.address.city', t.cpartCity, d.city, (city) => h.set({ city }))}
      </fieldset>
    </fieldset>
    <fieldset class="for-staff">
      <legend>${t.cpartReferral}</legend>
      ${d.referral.map((route, i) => {
        const n = i + 1;
        return html`<fieldset>
          <legend>${t.cpartReferralRoute(n)}</legend>
          ${selectField({
            path: `referral.${i}.method`,
            label: t.cpartMethod,
            value: route.method,
            errors,
            options: REFERRAL_METHODS.map((m) => ({ value: m, label: t.cpartMethods[m] })),
            onChange: (method) => h.setRoute(i, { method }),
          })}
          ${textareaField({
            path: `referral.${i}.instructions`,
            label: t.cpartInstructions,
            hint: t.cpartStaffHint,
            value: route.instructions,
            errors,
            maxlength: 400,
            onInput: (instructions) => h.setRoute(i, { instructions }),
          })}
          ${inputField({
            path: `referral.${i}.url`,
            label: t.cpartUrl,
            type: 'url',
            dir: 'ltr',
            value: route.url,
            errors,
            onInput: (url) => h.setRoute(i, { url }),
          })}
          ${
            d.referral.length > 1
              ? html`<div>
                  <button
                    type="button"
                    class="ido-button ido-button--secondary"
                    @click=${() => h.onRemoveRoute(i)}
                  >
                    ${t.cpartRemoveRoute(n)}
                  </button>
                </div>`
              : nothing
          }
        </fieldset>`;
      })}
      <div>
        <button type="button" class="ido-button ido-button--secondary" @click=${h.onAddRoute}>
          ${t.cpartAddRoute}
        </button>
      </div>
    </fieldset>
    ${scheduleEditor({
      t,
      path: 'hours',
      label: t.cpartHours,
      schedule: d.hours,
      optional: { hint: t.cpartHoursHint },
      errors,
      onChange: (hours) => h.set({ hours }),
    })}
    <div class="actions">
      <button class="ido-button" type="submit" aria-disabled=${h.busy ? 'true' : 'false'}>
        ${t.cpartSave}
      </button>
      <button class="ido-button ido-button--secondary" type="button" @click=${h.onCancel}>
        ${t.cpartCancel}
      </button>
    </div>
  </form>`;
}
