import {
  PARTNER_COSTS,
  PARTNER_KINDS,
  REFERRAL_METHODS,
  type PartnerEdit,
  type Taxonomy,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BaseStrings } from '../../../localization/strings.js';
import { errorSummary, field, selectField } from './fields.js';
import type { PartnersStrings } from './strings/partners.js';

/** What the partner form needs from its panel. */
export interface PartnerFormHost {
  t: BaseStrings & PartnersStrings;
  dataLanguage: 'nl' | 'en';
  taxonomy?: Taxonomy;
  doc: PartnerEdit;
  isNew: boolean;
  errors: Map<string, string>;
  busy: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  onAddRoute: () => void;
  onRemoveRoute: (index: number) => void;
  focusField: (id: string) => void;
}

const FIELD_IDS: Record<string, string> = {
  name: 'p-name',
  kind: 'p-kind',
  themes: 'p-theme-0',
  municipalities: 'p-municipalities',
  'contact.phone': 'p-phone',
  'contact.email': 'p-email',
  'contact.website': 'p-website',
  'contact.address.street': 'p-street',
  'contact.address.houseNumber': 'p-houseNumber',
  'contact.address.postcode': 'p-postcode',
  'contact.address.city': 'p-city',
  cost: 'p-costKind',
  'cost.kind': 'p-costKind',
  'cost.note': 'p-costNote',
  languages: 'p-languages',
  description: 'p-description',
  staffInstructions: 'p-staffInstructions',
  bring: 'p-bring',
  referral: 'p-referralMethod-0',
  checkedOn: 'p-checkedOn',
};

/** The input that shows a problem at `path` ("referral.1.url" → its route's url field). */
export function partnerFieldId(path: string): string | undefined {
  const route = /^referral\.(\d+)\.(method|instructions|url)$/.exec(path);
  if (route) return `p-referral${route[2]![0]!.toUpperCase()}${route[2]!.slice(1)}-${route[1]}`;
  const head = /^(themes|municipalities|languages|bring)\.\d+$/.exec(path);
  return FIELD_IDS[head ? head[1]! : path];
}

/** The label of the field at `path`, for the error summary. */
export function partnerFieldLabel(t: PartnersStrings, path: string): string {
  const route = /^referral\.(\d+)\.(method|instructions|url)$/.exec(path);
  if (route) {
    const which = { method: t.cpartMethod, instructions: t.cpartInstructions, url: t.cpartUrl };
    return `${t.cpartReferralRoute(Number(route[1]) + 1)}, ${which[route[2] as 'url']}`;
  }
  const head = path.split('.').slice(0, 2).join('.').replace(/\.\d+$/, '');
  const labels: Record<string, string> = {
    name: t.cpartName,
    kind: t.cpartKind,
    themes: t.cpartThemes,
    municipalities: t.cpartMunicipalities,
    'contact.phone': t.cpartPhone,
    'contact.email': t.cpartEmail,
    'contact.website': t.cpartWebsite,
    'contact.address': t.cpartAddress,
    cost: t.cpartCost,
    languages: t.cpartLanguages,
    description: t.cpartDescription,
    staffInstructions: t.cpartStaff,
    bring: t.cpartBring,
    referral: t.cpartReferral,
    checkedOn: t.cpartCheckedOn,
  };
  return labels[head] ?? labels[path.split('.')[0]!] ?? path;
}

/** The partner's edit form: every field of a partner but its hours (kept as they are). */
export function renderPartnerForm(h: PartnerFormHost): TemplateResult {
  const { t, doc, errors } = h;
  const label = (entries: { id: string; label: { nl: string; en?: string } }[] | undefined) =>
    new Map((entries ?? []).map((e) => [e.id, e.label[h.dataLanguage] ?? e.label.nl]));
  const kinds = label(h.taxonomy?.partnerKinds);
  const themes: { id: string; label: { nl: string; en?: string } }[] =
    h.taxonomy?.themes ?? doc.themes.map((id) => ({ id, label: { nl: id } }));
  const themeError = errors.get('themes');
  const address = doc.contact.address;
  const f = (name: string, labelText: string, value: string | undefined, extra = {}) =>
    field({ id: `p-${name}`, name, label: labelText, value, errors, ...extra });
  return html`<form part="form" novalidate @submit=${h.onSubmit} aria-labelledby="p-form-title">
    <h3 id="p-form-title">${h.isNew ? t.cpartFormNew : t.cpartFormEdit(doc.name)}</h3>
    ${errorSummary(
      t.cpartProblems(errors.size),
      errors,
      partnerFieldId,
      (path) => partnerFieldLabel(t, path),
      h.focusField,
    )}
    <fieldset>
      <legend>${t.cpartBasics}</legend>
      ${f('name', t.cpartName, doc.name, { required: true, path: 'name' })}
      ${selectField({
        id: 'p-kind',
        name: 'kind',
        label: t.cpartKind,
        value: doc.kind,
        errors,
        options: PARTNER_KINDS.map((k) => [k, kinds.get(k) ?? k]),
      })}
      <fieldset
        aria-describedby=${ifDefined(themeError ? 'p-themes-error' : undefined)}
        aria-invalid=${ifDefined(themeError ? 'true' : undefined)}
      >
        <legend>${t.cpartThemes}</legend>
        ${themeError
          ? html`<span class="ido-field-error" id="p-themes-error">${themeError}</span>`
          : nothing}
        <div class="choices">
          ${themes.map(
            (theme, i) =>
              html`<label class="choice"
                ><input
                  type="checkbox"
                  id="p-theme-${i}"
                  name="themes"
                  value=${theme.id}
                  .checked=${doc.themes.includes(theme.id)}
                />${theme.label[h.dataLanguage] ?? theme.label.nl}</label
              >`,
          )}
        </div>
      </fieldset>
      ${f('municipalities', t.cpartMunicipalities, doc.municipalities.join(', '), {
        hint: t.cpartListHint,
      })}
      ${f('languages', t.cpartLanguages, doc.languages?.join(', '), {
        hint: t.cpartLanguagesHint,
      })}
      ${selectField({
        id: 'p-costKind',
        name: 'costKind',
        path: 'cost',
        label: t.cpartCost,
        value: doc.cost?.kind ?? '',
        errors,
        options: [['', t.cpartCostUnknown], ...PARTNER_COSTS.map((c) => [c, t.cpartCosts[c]] as [string, string])],
      })}
      ${f('costNote', t.cpartCostNote, doc.cost?.note, { path: 'cost.note' })}
      ${f('checkedOn', t.cpartCheckedOn, doc.checkedOn, { type: 'date' })}
    </fieldset>
    <fieldset class="for-residents">
      <legend>${t.cpartForResidents}</legend>
      ${f('description', t.cpartDescription, doc.description, {
        multiline: true,
        required: true,
        hint: t.cpartDescriptionHint,
      })}
      ${f('bring', t.cpartBring, doc.bring?.join('\n'), {
        multiline: true,
        hint: t.cpartBringHint,
      })}
    </fieldset>
    <fieldset class="for-staff">
      <legend>${t.cpartForStaff}</legend>
      ${f('staffInstructions', t.cpartStaff, doc.staffInstructions, {
        multiline: true,
        hint: t.cpartStaffHint,
      })}
    </fieldset>
    <fieldset>
      <legend>${t.cpartContact}</legend>
      ${f('phone', t.cpartPhone, doc.contact.phone, {
        type: 'tel',
        path: 'contact.phone',
      })}
      ${f('email', t.cpartEmail, doc.contact.email, {
        type: 'email',
        path: 'contact.email',
      })}
      ${f('website', t.cpartWebsite, doc.contact.website, {
        type: 'url',
        path: 'contact.website',
      })}
      <fieldset>
        <legend>${t.cpartAddress}</legend>
        ${f('street', t.cpartStreet, address?.street, { path: 'contact.address.street' })}
        ${f('houseNumber', t.cpartHouseNumber, address?.houseNumber, {
          path: 'contact.address.houseNumber',
        })}
        ${f('postcode', t.cpartPostcode, address?.postcode, {
          path: 'contact.address.postcode',
        })}
        ${f('city', t.cpartCity, address?.city, { path: 'contact.address.city' })}
      </fieldset>
    </fieldset>
    <fieldset class="for-staff">
      <legend>${t.cpartReferral}</legend>
      ${doc.referral.map((route, i) => {
        const n = i + 1;
        return html`<fieldset>
          <legend>${t.cpartReferralRoute(n)}</legend>
          ${selectField({
            id: `p-referralMethod-${i}`,
            name: 'referralMethod',
            path: `referral.${i}.method`,
            label: t.cpartMethod,
            value: route.method,
            errors,
            options: REFERRAL_METHODS.map((m) => [m, t.cpartMethods[m]]),
          })}
          ${field({
            id: `p-referralInstructions-${i}`,
            name: 'referralInstructions',
            path: `referral.${i}.instructions`,
            label: t.cpartInstructions,
            hint: t.cpartStaffHint,
            value: route.instructions,
            multiline: true,
            errors,
          })}
          ${field({
            id: `p-referralUrl-${i}`,
            name: 'referralUrl',
            path: `referral.${i}.url`,
            label: t.cpartUrl,
            type: 'url',
            value: route.url,
            errors,
          })}
          ${doc.referral.length > 1
            ? html`<button
                type="button"
                class="ido-button ido-button--secondary"
                @click=${() => h.onRemoveRoute(i)}
              >
                ${t.cpartRemoveRoute(n)}
              </button>`
            : nothing}
        </fieldset>`;
      })}
      <button type="button" class="ido-button ido-button--secondary" @click=${h.onAddRoute}>
        ${t.cpartAddRoute}
      </button>
    </fieldset>
    <p class="ido-hint">${t.cpartHoursKept}</p>
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
