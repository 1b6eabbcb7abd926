import type { Editable, OutreachSession, OutreachSessionEdit } from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../../base/define-element.js';
import { readClock } from '../../../controllers/clock.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { renderConflict } from './conflict.js';
import { errorSummary, field, selectField } from './fields.js';
import { blankSession, byDate, sessionFromForm } from './outreach-data.js';
import { CoordinatorPanel, todayIn } from './panel.js';
import { panelStyles } from './panel.styles.js';
import { outreachEn, outreachNl, type OutreachStrings } from './strings/outreach.js';

const texts: ElementTexts<OutreachStrings> = { nl: outreachNl, en: outreachEn };

const FIELD_IDS: Record<string, string> = {
  locationId: 'o-locationId',
  name: 'o-name',
  'address.street': 'o-street',
  'address.houseNumber': 'o-houseNumber',
  'address.postcode': 'o-postcode',
  'address.city': 'o-city',
  'address.municipality': 'o-municipality',
  geo: 'o-lat',
  'geo.lat': 'o-lat',
  'geo.lon': 'o-lon',
  date: 'o-date',
  time: 'o-opens',
  'time.opens': 'o-opens',
  'time.closes': 'o-closes',
  description: 'o-description',
  languages: 'o-languages',
};

/**
 * The coordinator's outreach sessions: dated sessions of the organisation's locations at another
 * address (a community centre, a market), upcoming first and past ones greyed; create, edit and
 * delete, with the coordinates looked up from the address through the API's geocoder (and
 * adjustable). Saves send the version they were edited from; a conflict shows both versions.
 * Internal to `<ido-coordinator>`.
 *
 * @tagname ido-coordinator-outreach
 * @fires ido-coordinator-change - A session was saved or deleted; `detail: { entity: 'outreach', id }`.
 * @csspart list - The table of sessions.
 * @csspart form - The edit form.
 * @csspart conflict - Both versions after an edit conflict.
 */
export class IdoCoordinatorOutreach extends CoordinatorPanel<OutreachStrings> {
  static override styles = [CoordinatorPanel.styles, panelStyles];
  static override texts = texts as ElementTexts<object>;

  @state() private items?: Editable<OutreachSession>[];
  @state() private loadError?: unknown;
  @state() private editing?: { doc: OutreachSessionEdit; etag: string | null };
  @state() private errors = new Map<string, string>();
  @state() private message?: string;
  @state() private conflict?: { current: unknown; etag: string | null };
  @state() private confirming?: string;
  @state() private busy = false;
  @state() private geocodeNote = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('coordinator') && this.coordinator) void this.load();
  }

  /** Loads the sessions of the organisation's locations. */
  async load(): Promise<void> {
    this.loadError = undefined;
    try {
      this.items = await this.coordinator!.outreach.list();
    } catch (error) {
      this.loadError = error;
      this.reportError(error);
    }
  }

  private get today(): string {
    return todayIn(readClock(this.clock));
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<section
      class="panel"
      part="base"
      lang=${this.language}
      dir=${this.direction}
      aria-labelledby="outreach-title"
    >
      <h2 id="outreach-title">${t.coutTitle}</h2>
      <p>${t.coutIntro}</p>
      <p class="ido-visually-hidden" role="status">${this.announcement}</p>
      ${this.loadError
        ? this.renderError(this.loadError, () => this.load())
        : !this.items
          ? this.renderLoading()
          : this.editing
            ? this.renderEditor(this.editing)
            : this.renderList(this.items)}
    </section>`;
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
        ${this.locations.length
          ? html`<button class="ido-button" type="button" @click=${() => this.open()}>
              ${t.coutAdd}
            </button>`
          : html`<p>${t.coutNoLocations}</p>`}
      </div>
      ${items.length === 0
        ? html`<p>${t.coutNone}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="outreach-title">
            <table part="list">
              <thead>
                <tr>
                  <th scope="col">${t.coutDate}</th>
                  <th scope="col">${t.coutTime}</th>
                  <th scope="col">${t.coutPlace}</th>
                  <th scope="col">${t.coutLocation}</th>
                  <th scope="col">${t.coutActions}</th>
                </tr>
              </thead>
              <tbody>
                ${upcoming.map((s) => this.renderRow(s, false))}
                ${past.map((s) => this.renderRow(s, true))}
              </tbody>
            </table>
          </div>`}`;
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
      <td>${this.locationName(s.locationId)}</td>
      <td>
        <div class="actions">
          ${this.confirming === s.id
            ? html`<span role="alert">${t.coutDeleteConfirm(s.name, date)}</span>
                <button class="ido-button" type="button" @click=${() => this.removeSession(item)}>
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
                </button>`}
        </div>
      </td>
    </tr>`;
  }

  private renderEditor(editing: { doc: OutreachSessionEdit; etag: string | null }): TemplateResult {
    const t = this.t;
    const { doc } = editing;
    const errors = this.errors;
    const f = (name: string, label: string, value: string | undefined, extra = {}) =>
      field({ id: `o-${name}`, name, label, value, errors, ...extra });
    const labels: Record<string, string> = {
      locationId: t.coutLocation,
      name: t.coutName,
      address: t.coutAddress,
      geo: `${t.coutLat} / ${t.coutLon}`,
      date: t.coutDate,
      time: `${t.coutOpens} / ${t.coutCloses}`,
      description: t.coutDescription,
      languages: t.coutLanguages,
    };
    return html`${this.message
        ? this.renderError(undefined, undefined, { message: this.message })
        : nothing}
      ${this.conflict
        ? renderConflict<OutreachSessionEdit>({
            t: {
              intro: t.coutConflict,
              gone: t.coutConflictGone,
              theirs: t.coutConflictTheirs,
              yours: t.coutConflictYours,
              useTheirs: t.coutConflictUseTheirs,
              keepMine: t.coutConflictKeepMine,
            },
            current: this.conflict.current as OutreachSessionEdit | null,
            mine: doc,
            rows: [
              [t.coutName, (s) => s.name],
              [t.coutDate, (s) => s.date],
              [t.coutTime, (s) => `${s.time.opens}–${s.time.closes}`],
              [t.coutAddress, (s) => `${s.address.street} ${s.address.houseNumber}, ${s.address.city}`],
              [t.coutDescription, (s) => s.description ?? ''],
            ],
            onUseTheirs: () => this.useTheirs(),
            onKeepMine: () => {
              if (this.conflict) void this.save(doc, this.conflict.etag);
            },
          })
        : nothing}
      <form part="form" novalidate @submit=${this.submit} aria-labelledby="o-form-title">
        <h3 id="o-form-title" tabindex="-1">
          ${editing.etag === null ? t.coutFormNew : t.coutFormEdit(doc.name)}
        </h3>
        ${errorSummary(
          t.coutProblems(errors.size),
          errors,
          (path) => FIELD_IDS[path] ?? FIELD_IDS[path.split('.')[0]!],
          (path) => labels[path.split('.')[0]!] ?? path,
          (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
        )}
        ${selectField({
          id: 'o-locationId',
          name: 'locationId',
          label: t.coutLocation,
          value: doc.locationId,
          errors,
          options: this.locations.map((l) => [l.doc.id, l.doc.name]),
        })}
        ${f('name', t.coutName, doc.name, { required: true, hint: t.coutNameHint })}
        <div class="row">
          ${f('date', t.coutDate, doc.date, { type: 'date', required: true })}
          ${f('opens', t.coutOpens, doc.time.opens, { type: 'time', path: 'time.opens' })}
          ${f('closes', t.coutCloses, doc.time.closes, { type: 'time', path: 'time.closes' })}
        </div>
        <fieldset>
          <legend>${t.coutAddress}</legend>
          ${f('street', t.coutStreet, doc.address.street, { path: 'address.street' })}
          ${f('houseNumber', t.coutHouseNumber, doc.address.houseNumber, {
            path: 'address.houseNumber',
          })}
          ${f('postcode', t.coutPostcode, doc.address.postcode, { path: 'address.postcode' })}
          ${f('city', t.coutCity, doc.address.city, { path: 'address.city' })}
          ${f('municipality', t.coutMunicipality, doc.address.municipality, {
            path: 'address.municipality',
          })}
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
            ${f('lat', t.coutLat, String(doc.geo.lat), {
              path: 'geo.lat',
              hint: t.coutCoordinatesHint,
            })}
            ${f('lon', t.coutLon, String(doc.geo.lon), { path: 'geo.lon' })}
          </div>
        </fieldset>
        ${f('description', t.coutDescription, doc.description, {
          multiline: true,
          hint: t.coutDescriptionHint,
        })}
        ${f('languages', t.coutLanguages, doc.languages?.join(', '), {
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

  private open(item?: Editable<OutreachSession>): void {
    if (item) {
      const { updatedAt: _updatedAt, ...doc } = item.doc;
      this.editing = { doc, etag: item.etag };
    } else this.editing = { doc: blankSession(this.locations[0]?.doc, this.today), etag: null };
    this.errors = new Map();
    this.message = undefined;
    this.conflict = undefined;
    this.geocodeNote = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#o-form-title')?.focus(),
    );
  }

  private close(): void {
    this.editing = undefined;
    this.errors = new Map();
    this.message = undefined;
    this.conflict = undefined;
  }

  private get form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form[part="form"]');
  }

  /** Looks the address up with the API's geocoder and fills in the coordinates. */
  private async lookUp(): Promise<void> {
    const form = this.form;
    const client = this.resolvedClient;
    if (!form || !this.editing || !client) return;
    const doc = sessionFromForm(new FormData(form), this.editing.doc);
    this.editing = { ...this.editing, doc };
    this.geocodeNote = this.t.coutLookingUp;
    try {
      const query = doc.address.postcode || doc.address.city;
      const found = await client.geocode(query);
      this.editing = {
        ...this.editing,
        doc: { ...doc, geo: { lat: found.lat, lon: found.lon } },
      };
      this.geocodeNote = this.t.coutFound(found.label);
    } catch (error) {
      this.geocodeNote = this.reportError(error);
    }
  }

  private submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (!this.editing || this.busy) return;
    const doc = sessionFromForm(new FormData(event.target as HTMLFormElement), this.editing.doc);
    this.editing = { ...this.editing, doc };
    await this.save(doc, this.editing.etag);
  };

  private async save(doc: OutreachSessionEdit, etag: string | null): Promise<void> {
    this.busy = true;
    try {
      const saved = await this.coordinator!.outreach.save(doc, etag);
      const items = (this.items ?? []).filter((i) => i.doc.id !== saved.doc.id);
      this.items = [...items, saved];
      this.close();
      this.announcement = this.t.coutSaved(saved.doc.name);
      this.changed({ entity: 'outreach', id: saved.doc.id });
    } catch (error) {
      const problem = this.problemOf(error);
      this.errors = problem.fields;
      this.message = problem.message;
      this.conflict = problem.conflict;
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>('[part~="conflict"], [part="error-summary"], [part="error"]')
        ?.focus();
    } finally {
      this.busy = false;
    }
  }

  private async removeSession(item: Editable<OutreachSession>): Promise<void> {
    this.confirming = undefined;
    try {
      await this.coordinator!.outreach.remove(item.doc.id, item.etag);
      this.items = this.items?.filter((i) => i.doc.id !== item.doc.id);
      this.announcement = this.t.coutDeleted(item.doc.name);
      this.changed({ entity: 'outreach', id: item.doc.id });
    } catch (error) {
      this.announcement = this.reportError(error);
      await this.load();
    }
  }

  private useTheirs(): void {
    const current = this.conflict?.current as OutreachSession | null | undefined;
    if (!current) {
      this.close();
      void this.load();
      return;
    }
    const { updatedAt: _updatedAt, ...doc } = current;
    this.editing = { doc, etag: this.conflict?.etag ?? null };
    this.conflict = undefined;
    this.errors = new Map();
  }
}

/** Defines `<ido-coordinator-outreach>`. */
export function defineCoordinatorOutreach(): void {
  defineElement('ido-coordinator-outreach', IdoCoordinatorOutreach);
}
