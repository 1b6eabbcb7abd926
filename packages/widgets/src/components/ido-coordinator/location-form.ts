import { LOCATION_SERVICES } from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { languageList } from '../../localization/language-names.js';
import { checkboxField, inputField, textareaField, type FieldErrors } from './form-kit.js';
import { scheduleEditor, scheduleLabels } from './hours-editor.js';
import type { CoordinatorKitStrings } from './kit-strings.js';
import type { LocationDraft, ScheduleKind } from './location-draft.js';
import type { CoordinatorStrings } from './strings.js';

// The location form's fields, grouped (name, address and place, texts, services and languages,
// contact, hours). Paths are those of the saved document, so the server's problems land here.

type Strings = CoordinatorStrings & CoordinatorKitStrings;

/** The languages offered as checkboxes; a location's others are kept and shown too. */
const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'de', 'fr', 'es', 'so', 'ti', 'fa'];

/** What {@link locationFields} renders and does. */
export interface LocationFormOptions {
  t: Strings;
  locale: string;
  draft: LocationDraft;
  /** A new location: its id may still be chosen. */
  isNew: boolean;
  errors: FieldErrors | undefined;
  /** The geocoder's state: busy, or the message of the last lookup. */
  lookup: { busy: boolean; message: string };
  onChange: (patch: Partial<LocationDraft>) => void;
  onLookUp: () => void;
}

const SCHEDULES: ScheduleKind[] = ['library', 'ido', 'phone'];

function scheduleName(t: Strings, kind: ScheduleKind): string {
  return kind === 'library'
    ? t.coordHoursLibrary
    : kind === 'ido'
      ? t.coordHoursIdo
      : t.coordHoursPhone;
}

/** Every field's label by path, in the form's order, for the error summary. */
export function locationLabels(t: Strings, draft: LocationDraft): Record<string, string> {
  const labels: Record<string, string> = {
    id: t.coordFieldId,
    name: t.coordFieldName,
    organisation: t.coordFieldOrganisation,
    'address.street': t.coordFieldStreet,
    'address.houseNumber': t.coordFieldHouseNumber,
    'address.postcode': t.coordFieldPostcode,
    'address.city': t.coordFieldCity,
    'address.municipality': t.coordFieldMunicipality,
    'geo.lat': t.coordFieldLat,
    'geo.lon': t.coordFieldLon,
    geo: t.coordFieldLat,
    description: t.coordFieldDescription,
    staffInstructions: t.coordFieldStaff,
    bring: t.coordFieldBring,
    accessibility: t.coordFieldAccessibility,
    services: t.coordFieldServices,
    languages: t.coordFieldLanguages,
    'contact.phone': t.coordFieldPhone,
    'contact.email': t.coordFieldEmail,
    'contact.website': t.coordFieldWebsite,
    'contact.appointmentUrl': t.coordFieldAppointment,
  };
  for (const kind of SCHEDULES)
    Object.assign(
      labels,
      scheduleLabels(t, `hours.${kind}`, scheduleName(t, kind), draft.hours[kind]),
    );
  return labels;
}

const toggle = (list: readonly string[], value: string, on: boolean) =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/** The form's fields (the element adds the summary, the buttons and the preview). */
export function locationFields(o: LocationFormOptions): TemplateResult {
  const { t, draft: d, errors } = o;
  const set = o.onChange;
  const languages = [...LANGUAGES, ...d.languages.filter((l) => !LANGUAGES.includes(l))];
  return html`<fieldset>
      <legend>${t.coordGroupGeneral}</legend>
      ${inputField({
        path: 'name',
        label: t.coordFieldName,
        value: d.name,
        required: true,
        requiredText: t.coordKitRequired,
        errors,
        onInput: (name) => set({ name }),
      })}
      ${
        o.isNew
          ? inputField({
              path: 'id',
              label: t.coordFieldId,
              hint: t.coordFieldIdHint,
              value: d.id,
              required: true,
              requiredText: t.coordKitRequired,
              dir: 'ltr',
              errors,
              onInput: (id) => set({ id }),
            })
          : nothing
      }
      <p class="ck-meta">${t.coordFieldOrganisation}: ${d.organisation}</p>
    </fieldset>
    <fieldset>
      <legend>${t.coordGroupAddress}</legend>
      ${inputField({
        path: 'address.street',
        label: t.coordFieldStreet,
        value: d.street,
        required: true,
        requiredText: t.coordKitRequired,
        autocomplete: 'off',
        errors,
        onInput: (street) => set({ street }),
      })}
      <div class="lf-row">
        ${inputField({
          path: 'address.houseNumber',
          label: t.coordFieldHouseNumber,
          value: d.houseNumber,
          required: true,
          requiredText: t.coordKitRequired,
          size: 'narrow',
          errors,
          onInput: (houseNumber) => set({ houseNumber }),
        })}
        ${inputField({
          path: 'address.postcode',
          label: t.coordFieldPostcode,
          hint: t.coordFieldPostcodeHint,
          value: d.postcode,
          required: true,
          requiredText: t.coordKitRequired,
          size: 'narrow',
          dir: 'ltr',
          errors,
          onInput: (postcode) => set({ postcode }),
        })}
      </div>
      ${inputField({
        path: 'address.city',
        label: t.coordFieldCity,
        value: d.city,
        required: true,
        requiredText: t.coordKitRequired,
        size: 'medium',
        errors,
        onInput: (city) => set({ city }),
      })}
      ${inputField({
        path: 'address.municipality',
        label: t.coordFieldMunicipality,
        value: d.municipality,
        required: true,
        requiredText: t.coordKitRequired,
        size: 'medium',
        errors,
        onInput: (municipality) => set({ municipality }),
      })}
      <p class="ido-hint">${t.coordGeoHint}</p>
      <button
        type="button"
        class="ido-button ido-button--secondary"
        aria-disabled=${o.lookup.busy ? 'true' : nothing}
        @click=${() => {
          if (!o.lookup.busy) o.onLookUp();
        }}
      >
        ${t.coordLookUp}
      </button>
      <p class="lf-lookup" role="status">${o.lookup.busy ? t.coordLookUpBusy : o.lookup.message}</p>
      <div class="lf-row">
        ${inputField({
          path: 'geo.lat',
          label: t.coordFieldLat,
          value: d.lat,
          inputmode: 'decimal',
          size: 'narrow',
          dir: 'ltr',
          errors,
          onInput: (lat) => set({ lat }),
        })}
        ${inputField({
          path: 'geo.lon',
          label: t.coordFieldLon,
          value: d.lon,
          inputmode: 'decimal',
          size: 'narrow',
          dir: 'ltr',
          errors,
          onInput: (lon) => set({ lon }),
        })}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t.coordGroupTexts}</legend>
      ${textareaField({
        path: 'description',
        label: t.coordFieldDescription,
        hint: t.coordFieldDescriptionHint,
        value: d.description,
        errors,
        onInput: (description) => set({ description }),
      })}
      ${textareaField({
        path: 'staffInstructions',
        label: t.coordFieldStaff,
        hint: t.coordFieldStaffHint,
        value: d.staffInstructions,
        errors,
        onInput: (staffInstructions) => set({ staffInstructions }),
      })}
      ${textareaField({
        path: 'bring',
        label: t.coordFieldBring,
        hint: t.coordFieldBringHint,
        value: d.bring,
        rows: 4,
        errors,
        onInput: (bring) => set({ bring }),
      })}
      ${textareaField({
        path: 'accessibility',
        label: t.coordFieldAccessibility,
        hint: t.coordFieldAccessibilityHint,
        value: d.accessibility,
        errors,
        onInput: (accessibility) => set({ accessibility }),
      })}
    </fieldset>
    <fieldset>
      <legend>${t.coordGroupServices}</legend>
      <fieldset
        class="lf-choices"
        id="field-services"
        tabindex="-1"
        aria-describedby=${errors?.services ? 'field-services-error' : nothing}
      >
        <legend>${t.coordFieldServices}</legend>
        ${
          errors?.services
            ? html`<span class="ido-field-error" id="field-services-error"
                >${errors.services}</span
              >`
            : nothing
        }
        ${LOCATION_SERVICES.map((service) =>
          checkboxField({
            path: `services-${service}`,
            label: t.coordService[service],
            checked: d.services.includes(service),
            onChange: (on) => set({ services: toggle(d.services, service, on) }),
          }),
        )}
      </fieldset>
      <fieldset class="lf-choices" id="field-languages" tabindex="-1">
        <legend>${t.coordFieldLanguages}</legend>
        ${
          errors?.languages
            ? html`<span class="ido-field-error">${errors.languages}</span>`
            : nothing
        }
        ${languages.map((tag) =>
          checkboxField({
            path: `languages-${tag}`,
            label: languageList([tag], o.locale),
            checked: d.languages.includes(tag),
            onChange: (on) => set({ languages: toggle(d.languages, tag, on) }),
          }),
        )}
      </fieldset>
    </fieldset>
    <fieldset>
      <legend>${t.coordGroupContact}</legend>
      ${inputField({
        path: 'contact.phone',
        label: t.coordFieldPhone,
        type: 'tel',
        value: d.phone,
        size: 'medium',
        dir: 'ltr',
        errors,
        onInput: (phone) => set({ phone }),
      })}
      ${inputField({
        path: 'contact.email',
        label: t.coordFieldEmail,
        type: 'email',
        value: d.email,
        dir: 'ltr',
        errors,
        onInput: (email) => set({ email }),
      })}
      ${inputField({
        path: 'contact.website',
        label: t.coordFieldWebsite,
        type: 'url',
        value: d.website,
        dir: 'ltr',
        errors,
        onInput: (website) => set({ website }),
      })}
      ${inputField({
        path: 'contact.appointmentUrl',
        label: t.coordFieldAppointment,
        type: 'url',
        value: d.appointmentUrl,
        dir: 'ltr',
        errors,
        onInput: (appointmentUrl) => set({ appointmentUrl }),
      })}
    </fieldset>
    <h4 class="lf-hours-heading">${t.coordGroupHours}</h4>
    ${SCHEDULES.map((kind) =>
      scheduleEditor({
        t,
        path: `hours.${kind}`,
        label: scheduleName(t, kind),
        schedule: d.hours[kind],
        optional:
          kind === 'library' ? undefined : { hint: kind === 'ido' ? t.coordHoursIdoHint : '' },
        errors,
        onChange: (next) => set({ hours: { ...d.hours, [kind]: next } }),
      }),
    )}`;
}
