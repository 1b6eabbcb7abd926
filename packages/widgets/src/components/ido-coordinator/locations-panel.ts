import {
  isIdoConflictError,
  isIdoGeocodeError,
  isIdoValidationError,
  IdoValidationError,
  LocationEditSchema,
  type Editable,
  type Location,
} from '@idokit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../base/define-element.js';
import { clientFor } from '../../controllers/client-controller.js';
import { conflictView, focusConflict } from './conflict-view.js';
import {
  errorSummary,
  fieldErrors,
  focusErrorSummary,
  summaryItems,
  type FieldErrors,
} from './form-kit.js';
import { hoursEditorStyles } from './hours-editor.js';
import {
  newDraft,
  previewLocation,
  slugOf,
  toDraft,
  toEdit,
  type LocationDraft,
} from './location-draft.js';
import { locationFields, locationLabels } from './location-form.js';
import { translateProblem } from './messages.js';
import { CoordinatorPanel } from './panel-base.js';
import type { CoordinatorStrings } from './strings.js';
import { coordinatorTexts } from './texts.js';

/** The document being edited: the saved version (none for a new one) and the draft. */
interface Editing {
  saved: Editable<Location> | undefined;
  draft: LocationDraft;
  /** A new location's id follows its name until the coordinator types one. */
  idTouched: boolean;
  errors: FieldErrors | undefined;
  conflict: { current: Location | null; currentEtag: string | null } | undefined;
  /** A failure that is neither a field problem nor a conflict. */
  failure: unknown;
  /** The last preview that could be shown (a half-typed time keeps it). */
  preview: Location | undefined;
  confirmDelete: boolean;
}

/**
 * The coordinator's locations (internal to `<ido-coordinator>`): the organisation's list, and a
 * form for one location with the hours as a week grid, exceptions and closures, seasons, and a
 * live preview of the hours card residents will see. Saves with `If-Match` (a new location with
 * `If-None-Match: *`); a conflict shows both versions; field problems show next to each field and
 * in a summary.
 *
 * @internal
 */
export class IdoCoordinatorLocations extends CoordinatorPanel<CoordinatorStrings> {
  static override texts = coordinatorTexts;

  static override styles = [
    CoordinatorPanel.styles,
    hoursEditorStyles,
    css`
      .cl-editor {
        display: grid;
        gap: var(--_ido-space-lg);
      }
      @media (min-width: 64em) {
        .cl-editor {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
          align-items: start;
        }
        .cl-preview {
          position: sticky;
          inset-block-start: 0;
        }
      }
      .cl-preview {
        border: 1px solid var(--_ido-color-border);
        border-radius: var(--_ido-radius);
        padding: var(--_ido-space-md);
      }
      .cl-preview h4 {
        margin-block-start: 0;
      }
      .lf-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--_ido-space-md);
      }
      .lf-choices {
        border: 0;
        padding: 0;
      }
      .lf-choices:focus-visible {
        outline: var(--_ido-focus-width) solid var(--_ido-focus-color);
      }
      .lf-lookup:empty {
        display: none;
      }
      .cl-address {
        display: block;
      }
      .cl-item {
        min-inline-size: 0;
      }
      .cl-item h4 {
        font-size: 1em;
        margin: 0;
      }
    `,
  ];

  /**
   * The preview is a real `<ido-opening-hours>`, which this folder may not import (elements share
   * through shared/ only): the CDN loader defines it on request (`IdoKit.load`), and
   * `@idokit/widgets/define.js` defines it with every element.
   */
  override connectedCallback(): void {
    super.connectedCallback();
    if (customElements.get('ido-opening-hours')) return;
    const kit = (globalThis as { IdoKit?: { load?: (tag: string) => Promise<void> } }).IdoKit;
    kit?.load?.('ido-opening-hours').catch(() => undefined);
  }

  @state() private editing: Editing | undefined;
  @state() private busy = false;
  @state() private lookup = { busy: false, message: '' };

  /** Where focus goes after the next render: the summary, the conflict, the heading. */
  private focusAfter: 'summary' | 'conflict' | 'heading' | 'list' | undefined;

  override render(): TemplateResult {
    return html`<div lang=${this.language} dir=${this.direction} part="locations">
      ${this.editing ? this.renderEditor(this.editing) : this.renderList()}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfter;
    this.focusAfter = undefined;
    if (target === 'summary') focusErrorSummary(this.renderRoot);
    else if (target === 'conflict') focusConflict(this.renderRoot);
    else if (target === 'heading')
      this.renderRoot.querySelector<HTMLElement>('#cl-heading')?.focus();
    else if (target === 'list') this.renderRoot.querySelector<HTMLElement>('#cl-new')?.focus();
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const date = new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
    return html`<div class="ck-toolbar">
        <button id="cl-new" type="button" class="ido-button" @click=${() => this.startNew()}>
          ${t.coordNewLocation}
        </button>
      </div>
      ${
        this.locations.length
          ? html`<ul class="ck-list" part="list">
              ${this.locations.map(
                ({ doc }) =>
                  html`<li part="item">
                    <div class="cl-item">
                      <h4>${doc.name}</h4>
                      <span class="cl-address"
                        >${doc.address.street} ${doc.address.houseNumber},
                        <bdi>${doc.address.postcode}</bdi> ${doc.address.city}</span
                      >
                      <span class="ck-meta"
                        >${t.coordUpdated(date.format(new Date(doc.updatedAt)))}</span
                      >
                    </div>
                    <button
                      type="button"
                      class="ido-button ido-button--secondary"
                      @click=${() => this.startEdit(doc.id)}
                    >
                      ${t.coordEdit(doc.name)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p>${t.coordLocationsEmpty}</p>`
      }`;
  }

  private renderEditor(e: Editing): TemplateResult {
    const t = this.t;
    const labels = locationLabels(t, e.draft);
    const items = e.errors ? summaryItems(e.errors, labels) : [];
    const preview = previewLocation(e.saved?.doc, e.draft, e.preview);
    if (!preview.stale) e.preview = preview.location;
    const busy = this.busy ? 'true' : nothing;
    return html`<div class="ck-toolbar">
        <button type="button" class="ido-button ido-button--secondary" @click=${() => this.close()}>
          ${t.coordBackToList}
        </button>
        <button
          type="button"
          class="ido-button ido-button--secondary"
          @click=${() => this.renderRoot.querySelector<HTMLElement>('#cl-save')?.focus()}
        >
          ${t.coordSkipToSave}
        </button>
      </div>
      <h4 id="cl-heading" tabindex="-1">
        ${e.saved ? t.coordEditHeading(e.saved.doc.name) : t.coordNewLocationHeading}
      </h4>
      <div class="cl-editor">
        <form novalidate part="form" @submit=${this.onSubmit}>
          ${errorSummary({ heading: t.coordKitSummaryHeading(items.length), items })}
          ${
            e.conflict
              ? conflictView({
                  t,
                  mine: toEdit(e.draft),
                  theirs: e.conflict.current,
                  labels,
                  busy: this.busy,
                  onKeepMine: () => void this.save(e.conflict?.currentEtag ?? null),
                  onTakeTheirs: () => this.takeTheirs(),
                })
              : nothing
          }
          ${e.failure ? this.renderError(e.failure) : nothing}
          ${locationFields({
            t,
            locale: this.locale,
            draft: e.draft,
            isNew: !e.saved,
            errors: e.errors,
            lookup: this.lookup,
            onChange: (patch) => this.change(patch),
            onLookUp: () => void this.lookUp(),
          })}
          <div class="ck-toolbar">
            <button
              id="cl-save"
              type="submit"
              class="ido-button"
              aria-disabled=${busy}
              aria-busy=${busy}
            >
              ${this.busy ? t.coordSaving : t.coordSave}
            </button>
            <button
              type="button"
              class="ido-button ido-button--secondary"
              @click=${() => this.discard()}
            >
              ${t.coordDiscard}
            </button>
            ${e.saved ? this.renderDelete(e, e.saved) : nothing}
          </div>
        </form>
        <section class="cl-preview" part="preview" aria-labelledby="cl-preview-heading">
          <h4 id="cl-preview-heading">${t.coordPreviewHeading}</h4>
          <p class="ido-hint">${preview.stale ? t.coordPreviewStale : t.coordPreviewHint}</p>
          ${
            preview.location
              ? html`<ido-opening-hours
                  lang=${this.language}
                  no-json-ld
                  .location=${preview.location}
                  .now=${this.now}
                ></ido-opening-hours>`
              : nothing
          }
        </section>
      </div>`;
  }

  private renderDelete(e: Editing, saved: Editable<Location>): TemplateResult {
    const t = this.t;
    if (!e.confirmDelete)
      return html`<button
        type="button"
        class="ido-button ido-button--secondary"
        @click=${() => this.patchEditing({ confirmDelete: true })}
      >
        ${t.coordDelete}
      </button>`;
    return html`<div role="group" aria-labelledby="cl-delete-q" class="ck-toolbar">
      <span id="cl-delete-q">${t.coordDeleteConfirm(saved.doc.name)}</span>
      <button type="button" class="ido-button" @click=${() => void this.deleteLocation(saved)}>
        ${t.coordDelete}
      </button>
      <button
        type="button"
        class="ido-button ido-button--secondary"
        @click=${() => this.patchEditing({ confirmDelete: false })}
      >
        ${t.coordCancel}
      </button>
    </div>`;
  }

  private patchEditing(patch: Partial<Editing>): void {
    if (this.editing) this.editing = { ...this.editing, ...patch };
  }

  private startNew(): void {
    this.editing = {
      saved: undefined,
      draft: newDraft(this.me?.organisation ?? ''),
      idTouched: false,
      errors: undefined,
      conflict: undefined,
      failure: undefined,
      preview: undefined,
      confirmDelete: false,
    };
    this.lookup = { busy: false, message: '' };
    this.focusAfter = 'heading';
  }

  private startEdit(id: string): void {
    const saved = this.locations.find((l) => l.doc.id === id);
    if (!saved) return;
    this.editing = {
      saved,
      draft: toDraft(saved.doc),
      idTouched: true,
      errors: undefined,
      conflict: undefined,
      failure: undefined,
      preview: saved.doc,
      confirmDelete: false,
    };
    this.lookup = { busy: false, message: '' };
    this.focusAfter = 'heading';
  }

  private close(): void {
    this.editing = undefined;
    this.focusAfter = 'list';
  }

  private change(patch: Partial<LocationDraft>): void {
    const e = this.editing;
    if (!e) return;
    const draft = { ...e.draft, ...patch };
    let idTouched = e.idTouched;
    if ('id' in patch) idTouched = true;
    else if (!e.saved && !idTouched && 'name' in patch) draft.id = this.freeId(slugOf(draft.name));
    this.editing = { ...e, draft, idTouched };
  }

  /** `slug`, or `slug-2`, `slug-3`… when the organisation already has it. */
  private freeId(slug: string): string {
    const taken = new Set(this.locations.map((l) => l.doc.id));
    let id = slug;
    for (let n = 2; id && taken.has(id); n++) id = `${slug}-${n}`;
    return id;
  }

  private discard(): void {
    const e = this.editing;
    if (!e) return;
    this.editing = {
      ...e,
      draft: e.saved ? toDraft(e.saved.doc) : newDraft(this.me?.organisation ?? ''),
      errors: undefined,
      conflict: undefined,
      failure: undefined,
      preview: e.saved?.doc,
      confirmDelete: false,
    };
    this.emitStatus(this.t.coordDiscarded);
    this.focusAfter = 'heading';
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.busy || !this.editing) return;
    void this.save(this.editing.saved?.etag ?? null);
  };

  private problems(error: IdoValidationError): FieldErrors {
    return fieldErrors(error, translateProblem(this.language, this.t.coordKitInvalid));
  }

  /** Saves the draft from the version `etag` (`null`: a new document). */
  private async save(etag: string | null): Promise<void> {
    const e = this.editing;
    const client = this.client;
    if (!e || !client || this.busy) return;
    const edit = toEdit(e.draft);
    const checked = LocationEditSchema.safeParse(edit);
    if (!checked.success) {
      const error = new IdoValidationError('location', checked.error.issues);
      this.editing = {
        ...e,
        errors: this.problems(error),
        conflict: undefined,
        failure: undefined,
      };
      this.focusAfter = 'summary';
      return;
    }
    this.busy = true;
    try {
      const saved = await client.locations.save(edit, etag);
      this.editing = {
        ...e,
        saved,
        draft: toDraft(saved.doc),
        idTouched: true,
        errors: undefined,
        conflict: undefined,
        failure: undefined,
        preview: saved.doc,
      };
      this.emitChange('locations', saved.doc.id, this.t.coordSavedLocation(saved.doc.name));
    } catch (error) {
      if (isIdoConflictError(error)) {
        this.editing = {
          ...e,
          errors: undefined,
          failure: undefined,
          conflict: {
            current: (error.current as Location | null) ?? null,
            currentEtag: error.currentEtag,
          },
        };
        this.focusAfter = 'conflict';
      } else if (isIdoValidationError(error)) {
        this.editing = {
          ...e,
          errors: this.problems(error),
          conflict: undefined,
          failure: undefined,
        };
        this.focusAfter = 'summary';
      } else {
        this.reportError(error);
        this.editing = { ...e, failure: error };
      }
    } finally {
      this.busy = false;
    }
  }

  private takeTheirs(): void {
    const e = this.editing;
    const current = e?.conflict?.current;
    if (!e || !current) return;
    const saved = { etag: e.conflict?.currentEtag ?? '', doc: current };
    this.editing = {
      ...e,
      saved,
      draft: toDraft(current),
      errors: undefined,
      conflict: undefined,
      failure: undefined,
      preview: current,
    };
    this.focusAfter = 'heading';
  }

  private async deleteLocation(saved: Editable<Location>): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    this.busy = true;
    try {
      await client.locations.remove(saved.doc.id, saved.etag);
      this.editing = undefined;
      this.focusAfter = 'list';
      this.emitChange('locations', saved.doc.id, this.t.coordDeletedLocation(saved.doc.name));
    } catch (error) {
      if (isIdoConflictError(error)) {
        this.patchEditing({
          confirmDelete: false,
          conflict: {
            current: (error.current as Location | null) ?? null,
            currentEtag: error.currentEtag,
          },
        });
        this.focusAfter = 'conflict';
      } else {
        this.reportError(error);
        this.patchEditing({ failure: error, confirmDelete: false });
      }
    } finally {
      this.busy = false;
    }
  }

  /** Looks the place up from the postcode (or the town) through the API's geocoder. */
  private async lookUp(): Promise<void> {
    const e = this.editing;
    // The panel's `client` is the coordinator's; the geocoder is the public API's.
    const geocoder = this.api ? clientFor({ api: this.api }) : undefined;
    if (!e || !geocoder) return;
    const query = e.draft.postcode.trim() || e.draft.city.trim();
    if (!query) {
      this.lookup = { busy: false, message: this.t.coordLookUpNotFound };
      return;
    }
    this.lookup = { busy: true, message: '' };
    try {
      const found = await geocoder.geocode(query);
      this.change({
        lat: found.lat.toFixed(6),
        lon: found.lon.toFixed(6),
        ...(!e.draft.municipality.trim() && found.municipality
          ? { municipality: found.municipality }
          : {}),
      });
      this.lookup = { busy: false, message: this.t.coordLookUpFound(found.label) };
    } catch (error) {
      const notFound = isIdoGeocodeError(error) && error.reason !== 'unavailable';
      this.lookup = {
        busy: false,
        message: notFound ? this.t.coordLookUpNotFound : this.t.coordLookUpFailed,
      };
    }
  }

  /** Announces `message` in the shell's status line (nothing saved). */
  private emitStatus(message: string): void {
    this.dispatchEvent(
      new CustomEvent('ido-coordinator-status', { bubbles: true, composed: true, detail: message }),
    );
  }
}

/** Defines `<ido-coordinator-locations>` (internal to `<ido-coordinator>`). */
export function defineIdoCoordinatorLocations(): void {
  defineElement('ido-coordinator-locations', IdoCoordinatorLocations);
}
