import type {
  Editable,
  GeocodeResult,
  IdoClient,
  OutreachSession,
  OutreachSessionEdit,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../../base/define-element.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { conflictView } from '../conflict-view.js';
import { errorSummary, inputField, selectField, summaryItems, textareaField } from '../form-kit.js';
import {
  blankSession,
  byDate,
  sessionDraft,
  sessionFromDraft,
  type SessionDraft,
} from './outreach-data.js';
import { CoordinatorPanel, panelTexts } from '../panel-base.js';
import { EditablePanel, type Editing } from './editable-panel.js';
import { locationName, publicClientOf } from './panel.js';
import { panelsStyles } from './panel.styles.js';
import { outreachEn, outreachNl, type OutreachStrings } from './strings/outreach.js';
import { listTable } from './list-table.js';

const texts: ElementTexts<OutreachStrings> = { nl: outreachNl, en: outreachEn };

/**
 * The coordinator's outreach sessions: dated sessions of the organisation's locations at another
 * address (a community centre, a market), upcoming first and past ones greyed; create, edit and
 * delete, with the coordinates looked up from the address through the API's geocoder (and
 * adjustable). Saves send the version they were edited from; a conflict shows both versions.
 * Internal to `<ido-coordinator>`.
 *
 * Its tag, `<ido-coordinator-outreach>`, is defined by `panels/index.ts`; it is not a public element (no manifest entry).
 * @fires ido-coordinator-change - A session was saved or deleted; `detail: { entity: 'outreach', id }`.
 * @csspart list - The table of sessions.
 * @csspart form - The edit form.
 * @csspart conflict - Both versions after an edit conflict.
 */
export class IdoCoordinatorOutreach extends EditablePanel<
  OutreachSession,
  OutreachSessionEdit,
  SessionDraft,
  OutreachStrings
> {
  static override styles = [CoordinatorPanel.styles, panelsStyles];
  static override texts = panelTexts(texts) as ElementTexts<object>;

  /** What the address look-up found (or not), under the coordinates. */
  @state() private geocodeNote = '';

  protected readonly entity = 'outreach';
  protected readonly formTitleId = 'o-form-title';
  protected collection() {
    return this.client!.outreach;
  }
  /** The sessions of the organisation's locations. */
  protected loadItems(): Promise<Editable<OutreachSession>[]> {
    return this.client!.outreach.list();
  }
  protected toDraft(doc: OutreachSession): SessionDraft {
    return sessionDraft(doc);
  }
  protected blankDraft(): SessionDraft {
    return sessionDraft(blankSession(this.locations[0]?.doc, this.today));
  }
  protected fromDraft(draft: SessionDraft): OutreachSessionEdit {
    return sessionFromDraft(draft);
  }
  protected savedMessage(doc: OutreachSession): string {
    return this.t.coutSaved(doc.name);
  }
  protected deletedMessage(doc: OutreachSession): string {
    return this.t.coutDeleted(doc.name);
  }

  protected override open(item?: Editable<OutreachSession>): void {
    super.open(item);
    this.geocodeNote = '';
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div class="panel" part="base" lang=${this.language} dir=${this.direction}>
      <p>${t.coutIntro}</p>
      ${this.renderFailure()}
      ${this.renderBody(
        (items) => this.renderList(items),
        (editing) => this.renderEditor(editing),
      )}
    </div>`;
  }

  private formatDate(date: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  }

  private renderList(items: Editable<OutreachSession>[]): TemplateResult {
    const t = this.t;
    const { upcoming, past } = byDate(items, this.today);
    return html`<div>
        ${
          this.locations.length
            ? html`<button class="ido-button" type="button" @click=${() => this.open()}>
                ${t.coutAdd}
              </button>`
            : html`<p>${t.coutNoLocations}</p>`
        }
      </div>
      ${listTable({
        part: 'list',
        labelledBy: 'outreach-caption',
        caption: t.coutListCaption,
        headings: [t.coutDate, t.coutTime, t.coutPlace, t.coutLocation, t.coutActions],
        rows: [
          ...upcoming.map((s) => this.renderRow(s, false)),
          ...past.map((s) => this.renderRow(s, true)),
        ],
        empty: t.coutNone,
      })}`;
  }

  private renderRow(item: Editable<OutreachSession>, past: boolean): TemplateResult {
    const t = this.t;
    const s = item.doc;
    const date = this.formatDate(s.date);
    return html`<tr class=${past ? 'past' : ''}>
      <th scope="row">
        ${date}${past ? html` <span class="ido-hint">(${t.coutPast})</span>` : nothing}
      </th>
      <td><span dir="ltr">${s.time.opens}–${s.time.closes}</span></td>
      <td>${s.name}<br />${s.address.street} ${s.address.houseNumber}, ${s.address.city}</td>
      <td>${locationName(this.locations, s.locationId)}</td>
      <td>
        <div class="actions">
          ${
            this.confirming === s.id
              ? html`<span role="alert">${t.coutDeleteConfirm(s.name, date)}</span>
                  <button class="ido-button" type="button" @click=${() => this.removeItem(item)}>
                    ${t.coutDeleteYes}
                  </button>
                  <button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => (this.confirming = undefined)}
                  >
                    ${t.coutCancel}
                  </button>`
              : html`<button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => this.open(item)}
                  >
                    ${t.coutEdit(s.name, date)}
                  </button>
                  <button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => (this.confirming = s.id)}
                  >
                    ${t.coutDelete(s.name, date)}
                  </button>`
          }
        </div>
      </td>
    </tr>`;
  }

  /** The labels of the session's fields by path, in the form's order. */
  private labels(): Record<string, string> {
    const t = this.t;
    return {
      locationId: t.coutLocation,
      name: t.coutName,
      date: t.coutDate,
      'time.opens': t.coutOpens,
      'time.closes': t.coutCloses,
      'address.street': t.coutStreet,
      'address.houseNumber': t.coutHouseNumber,
      'address.postcode': t.coutPostcode,
      'address.city': t.coutCity,
      'address.municipality': t.coutMunicipality,
      'geo.lat': t.coutLat,
      'geo.lon': t.coutLon,
      geo: `${t.coutLat}, ${t.coutLon}`,
      description: t.coutDescription,
      languages: t.coutLanguages,
    };
  }

  private renderEditor(editing: Editing<SessionDraft>): TemplateResult {
    const t = this.t;
    const { draft: d } = editing;
    const errors = this.errors;
    const set = (patch: Partial<SessionDraft>) => this.setDraft(patch);
    const required = { required: true, requiredText: t.coordKitRequired };
    const text = (
      path: string,
      label: string,
      value: string,
      onInput: (v: string) => void,
      extra = {},
    ) => inputField({ path, label, value, errors, onInput, ...extra });
    return html`${this.renderMessage()}
      ${
        this.conflict
          ? conflictView({
              t,
              mine: sessionFromDraft(d),
              theirs: this.conflict.current,
              labels: this.labels(),
              busy: this.busy,
              onKeepMine: () => this.keepMine(),
              onTakeTheirs: () => this.useTheirs(),
            })
          : nothing
      }
      <form part="form" novalidate @submit=${this.submit} aria-labelledby="o-form-title">
        <h4 id="o-form-title" tabindex="-1">
          ${editing.etag === null ? t.coutFormNew : t.coutFormEdit(d.name)}
        </h4>
        ${errorSummary({
          heading: t.coordKitSummaryHeading(Object.keys(errors).length),
          items: summaryItems(errors, this.labels()),
        })}
        ${selectField({
          path: 'locationId',
          label: t.coutLocation,
          value: d.locationId,
          errors,
          options: this.locations.map((l) => ({ value: l.doc.id, label: l.doc.name })),
          onChange: (locationId) => set({ locationId }),
        })}
        ${text('name', t.coutName, d.name, (name) => set({ name }), {
          hint: t.coutNameHint,
          ...required,
        })}
        <div class="row">
          ${text('date', t.coutDate, d.date, (date) => set({ date }), {
            type: 'date',
            size: 'medium',
            ...required,
          })}
          ${text('time.opens', t.coutOpens, d.opens, (opens) => set({ opens }), {
            type: 'time',
            size: 'narrow',
            ...required,
          })}
          ${text('time.closes', t.coutCloses, d.closes, (closes) => set({ closes }), {
            type: 'time',
            size: 'narrow',
            ...required,
          })}
        </div>
        <fieldset>
          <legend>${t.coutAddress}</legend>
          ${text('address.street', t.coutStreet, d.street, (street) => set({ street }), required)}
          ${text(
            'address.houseNumber',
            t.coutHouseNumber,
            d.houseNumber,
            (houseNumber) => set({ houseNumber }),
            { size: 'narrow', ...required },
          )}
          ${text('address.postcode', t.coutPostcode, d.postcode, (postcode) => set({ postcode }), {
            size: 'narrow',
            dir: 'ltr',
            ...required,
          })}
          ${text('address.city', t.coutCity, d.city, (city) => set({ city }), required)}
          ${text(
            'address.municipality',
            t.coutMunicipality,
            d.municipality,
            (municipality) => set({ municipality }),
            required,
          )}
          <div>
            <button
              class="ido-button ido-button--secondary"
              type="button"
              @click=${() => this.lookUp()}
            >
              ${t.coutLookUp}
            </button>
          </div>
          <p role="status">${this.geocodeNote}</p>
          <div class="row">
            ${text('geo.lat', t.coutLat, d.lat, (lat) => set({ lat }), {
              hint: t.coutCoordinatesHint,
              inputmode: 'decimal',
              dir: 'ltr',
              size: 'medium',
            })}
            ${text('geo.lon', t.coutLon, d.lon, (lon) => set({ lon }), {
              inputmode: 'decimal',
              dir: 'ltr',
              size: 'medium',
            })}
          </div>
        </fieldset>
        ${textareaField({
          path: 'description',
          label: t.coutDescription,
          hint: t.coutDescriptionHint,
          value: d.description,
          errors,
          maxlength: 400,
          onInput: (description) => set({ description }),
        })}
        ${text('languages', t.coutLanguages, d.languages, (languages) => set({ languages }), {
          hint: t.coutLanguagesHint,
        })}
        <div class="actions">
          <button class="ido-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t.coutSave}
          </button>
          <button
            class="ido-button ido-button--secondary"
            type="button"
            @click=${() => this.close()}
          >
            ${t.coutCancel}
          </button>
        </div>
      </form>`;
  }

  /** Looks the address up with the API's geocoder and fills in the coordinates. */
  private async lookUp(): Promise<void> {
    const client = publicClientOf(this);
    const editing = this.editing;
    if (!editing || !client) return;
    this.geocodeNote = this.t.coutLookingUp;
    try {
      const { postcode, city } = editing.draft;
      const found = await geocodeFirst(client, [postcode, postcode.slice(0, 4), city]);
      // What was typed while the geocoder answered stays.
      const now = this.editing;
      if (now)
        this.editing = {
          ...now,
          draft: { ...now.draft, lat: String(found.lat), lon: String(found.lon) },
        };
      this.geocodeNote = this.t.coutFound(found.label);
    } catch (error) {
      this.geocodeNote = this.reportError(error);
    }
  }
}

/**
 * The first of `queries` the geocoder finds: the full postcode, then its four digits (a street
 * the geocoder does not know yet), then the place. Throws the last failure when none is found.
 */
async function geocodeFirst(client: IdoClient, queries: string[]): Promise<GeocodeResult> {
  let failure: unknown = new Error('nothing to look up');
  for (const query of [...new Set(queries.map((q) => q.trim()).filter(Boolean))]) {
    try {
      return await client.geocode(query);
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/** Defines `<ido-coordinator-outreach>`. */
export function defineCoordinatorOutreach(): void {
  defineElement('ido-coordinator-outreach', IdoCoordinatorOutreach);
}
