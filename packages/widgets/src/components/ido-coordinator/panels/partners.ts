import type { Editable, Partner, PartnerEdit, Taxonomy, IdoClient } from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readClock } from '../../../controllers/clock.js';
import { defineElement } from '../../../base/define-element.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { conflictView, focusConflict } from '../conflict-view.js';
import { focusErrorSummary, type FieldErrors } from '../form-kit.js';
import { hoursEditorStyles } from '../hours-editor.js';
import { CoordinatorPanel, panelTexts } from '../panel-base.js';
import { coordinatorEn, coordinatorNl, type CoordinatorStrings } from '../strings.js';
import { publicClientOf, saveProblem, todayIn } from './panel.js';
import { panelsStyles } from './panel.styles.js';
import {
  blankPartner,
  checkedToday,
  needsCheck,
  partnerDraft,
  partnerFromDraft,
  type PartnerDraft,
} from './partner-data.js';
import { partnerLabels, renderPartnerForm } from './partner-form.js';
import { partnersEn, partnersNl, type PartnersStrings } from './strings/partners.js';
import { listTable } from './list-table.js';

interface Editing {
  draft: PartnerDraft;
  /** The version it was opened from; `null` for a new partner. */
  etag: string | null;
}

/**
 * The coordinator's partners: the organisation's referral partners with when each was last
 * checked, a reminder for those not checked in six months (or never), "Gecontroleerd" to mark one
 * checked today, and a form for every field (the text for residents and the instructions for
 * staff kept apart). Saves send the version they were edited from; a newer version on the server
 * shows both and lets the coordinator choose. Internal to `<ido-coordinator>`.
 *
 * Its tag, `<ido-coordinator-partners>`, is defined by `panels/index.ts`; it is not a public element (no manifest entry).
 * @fires ido-coordinator-change - A partner was saved or deleted; `detail: { entity: 'partners', id }`.
 * @csspart reminder - The notice of partners to check.
 * @csspart list - The table of partners.
 * @csspart form - The edit form.
 * @csspart conflict - Both versions after an edit conflict.
 * @cssstate due - Some partners are due a check.
 */
export class IdoCoordinatorPartners extends CoordinatorPanel<CoordinatorStrings & PartnersStrings> {
  static override styles = [CoordinatorPanel.styles, panelsStyles, hoursEditorStyles];
  // The shell's words too: the partner's hours are edited with the locations' week grid.
  static override texts = panelTexts({
    nl: { ...coordinatorNl, ...partnersNl },
    en: { ...coordinatorEn, ...partnersEn },
  }) as ElementTexts<object>;

  /** The public API's client (categories, geocoder); default: one for `api` (or the shell's). */
  @property({ attribute: false }) publicClient?: IdoClient;

  /** A failed delete, shown above the list (a saved change is announced by the shell). */
  @state() private failure = '';
  @state() private items?: Editable<Partner>[];
  @state() private taxonomy?: Taxonomy;
  @state() private loadError?: unknown;
  @state() private editing?: Editing;
  @state() private errors: FieldErrors = {};
  @state() private conflict?: { current: unknown; etag: string | null };
  @state() private confirming?: string;
  @state() private busy = false;
  /** A refusal that names no field (shown above the form). */
  @state() private message?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('client') && this.client) void this.load();
  }

  /** Loads the organisation's partners (and the categories, for theme and kind names). */
  async load(): Promise<void> {
    this.loadError = undefined;
    try {
      const [items, taxonomy] = await Promise.all([
        this.client!.partners.list(),
        this.taxonomy ? Promise.resolve(this.taxonomy) : publicClientOf(this)?.getTaxonomy(),
      ]);
      this.items = items.filter((i) => !this.me || i.doc.organisation === this.me.organisation);
      this.taxonomy = taxonomy;
    } catch (error) {
      this.loadError = error;
      this.reportError(error);
    }
  }

  private get today(): string {
    return todayIn(readClock(this.clock));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState(
      'due',
      (this.items ?? []).some((i) => needsCheck(i.doc, this.today)),
    );
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div class="panel" part="base" lang=${this.language} dir=${this.direction}>
      <p>${t.cpartIntro}</p>
      ${this.failure ? this.renderError(undefined, undefined, { message: this.failure }) : nothing}
      ${
        this.loadError
          ? this.renderError(this.loadError, () => this.load())
          : !this.items
            ? this.renderLoading()
            : this.editing
              ? this.renderEditor(this.editing)
              : this.renderList(this.items)
      }
    </div>`;
  }

  private renderList(items: Editable<Partner>[]): TemplateResult {
    const t = this.t;
    const today = this.today;
    const due = items.filter((i) => needsCheck(i.doc, today));
    return html`${
        due.length
          ? html`<div class="notice" part="reminder" role="region" aria-labelledby="due-title">
              <h4 id="due-title">${t.cpartDueTitle(due.length)}</h4>
              <p>${t.cpartDueHelp}</p>
              <ul>
                ${due.map((i) => html`<li>${i.doc.name}: ${this.checkedText(i.doc)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <div>
        <button class="ido-button" type="button" @click=${() => this.open()}>${t.cpartAdd}</button>
      </div>
      ${listTable({
        part: 'list',
        labelledBy: 'partners-caption',
        caption: t.cpartListCaption,
        headings: [t.cpartName, t.cpartKind, t.cpartThemes, t.cpartChecked, t.cpartActions],
        rows: items.map((item) => this.renderRow(item, today)),
        empty: t.cpartNone,
      })}`;
  }

  private renderRow(item: Editable<Partner>, today: string): TemplateResult {
    const t = this.t;
    const p = item.doc;
    const names = (list: { id: string; label: { nl: string; en?: string } }[] | undefined) =>
      new Map((list ?? []).map((e) => [e.id, e.label[this.dataLanguage] ?? e.label.nl]));
    const themes = names(this.taxonomy?.themes);
    const kinds = names(this.taxonomy?.partnerKinds);
    const confirming = this.confirming === p.id;
    return html`<tr>
      <th scope="row">${p.name}</th>
      <td>${kinds.get(p.kind) ?? p.kind}</td>
      <td>${p.themes.map((id) => themes.get(id) ?? id).join(', ')}</td>
      <td>
        ${this.checkedText(p)}
        ${needsCheck(p, today) ? html`<span class="badge">${t.cpartDueBadge}</span>` : nothing}
      </td>
      <td>
        <div class="actions">
          ${
            confirming
              ? html`<span role="alert">${t.cpartDeleteConfirm(p.name)}</span>
                  <button class="ido-button" type="button" @click=${() => this.removePartner(item)}>
                    ${t.cpartDeleteYes}
                  </button>
                  <button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => (this.confirming = undefined)}
                  >
                    ${t.cpartCancel}
                  </button>`
              : html`<button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => this.open(item)}
                  >
                    ${t.cpartEdit(p.name)}
                  </button>
                  <button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => this.markChecked(item)}
                  >
                    ${t.cpartMarkChecked(p.name)}
                  </button>
                  <button
                    class="ido-button ido-button--secondary"
                    type="button"
                    @click=${() => (this.confirming = p.id)}
                  >
                    ${t.cpartDelete(p.name)}
                  </button>`
          }
        </div>
      </td>
    </tr>`;
  }

  private checkedText(p: Partner): string {
    if (!p.checkedOn) return this.t.cpartNeverChecked;
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${p.checkedOn}T00:00:00Z`),
    );
  }

  private renderEditor(editing: Editing): TemplateResult {
    const t = this.t;
    return html`${
      this.message ? this.renderError(undefined, undefined, { message: this.message }) : nothing
    }
    ${
      this.conflict
        ? conflictView({
            t,
            mine: partnerFromDraft(editing.draft),
            theirs: this.conflict.current,
            labels: partnerLabels(t, editing.draft),
            busy: this.busy,
            onKeepMine: () => this.keepMine(),
            onTakeTheirs: () => this.useTheirs(),
          })
        : nothing
    }
    ${renderPartnerForm({
      t,
      dataLanguage: this.dataLanguage,
      taxonomy: this.taxonomy,
      draft: editing.draft,
      isNew: editing.etag === null,
      errors: this.errors,
      busy: this.busy,
      set: (patch) => (this.editing = { ...editing, draft: { ...editing.draft, ...patch } }),
      setRoute: (index, patch) =>
        this.changeRoutes((routes) =>
          routes.map((route, i) => (i === index ? { ...route, ...patch } : route)),
        ),
      onSubmit: (event) => void this.submit(event),
      onCancel: () => this.close(),
      onAddRoute: () =>
        this.changeRoutes((routes) => [
          ...routes,
          { method: 'by-phone', instructions: '', url: '' },
        ]),
      onRemoveRoute: (index) => this.changeRoutes((routes) => routes.filter((_, i) => i !== index)),
    })}`;
  }

  private open(item?: Editable<Partner>): void {
    const me = this.me;
    this.editing = item
      ? { draft: partnerDraft(item.doc), etag: item.etag }
      : {
          draft: partnerDraft(blankPartner(me?.organisation ?? '', me?.municipalities ?? [])),
          etag: null,
        };
    this.errors = {};
    this.message = undefined;
    this.conflict = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#p-form-title')?.focus(),
    );
  }

  private close(): void {
    this.editing = undefined;
    this.message = undefined;
    this.errors = {};
    this.conflict = undefined;
  }

  private changeRoutes(
    change: (routes: PartnerDraft['referral']) => PartnerDraft['referral'],
  ): void {
    if (!this.editing) return;
    const draft = this.editing.draft;
    this.editing = { ...this.editing, draft: { ...draft, referral: change(draft.referral) } };
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.editing || this.busy) return;
    await this.save(partnerFromDraft(this.editing.draft), this.editing.etag);
  }

  private async save(doc: PartnerEdit, etag: string | null): Promise<void> {
    this.busy = true;
    try {
      const saved = await this.client!.partners.save(doc, etag);
      this.upsert(saved);
      this.close();
      this.failure = '';
      this.emitChange('partners', saved.doc.id, this.t.cpartSaved(saved.doc.name));
    } catch (error) {
      this.showProblem(error);
      await this.updateComplete;
      if (this.conflict) focusConflict(this.renderRoot);
      else if (this.message) this.renderRoot.querySelector<HTMLElement>('[part="error"]')?.focus();
      else focusErrorSummary(this.renderRoot);
    } finally {
      this.busy = false;
    }
  }

  private showProblem(error: unknown): void {
    const problem = saveProblem(error);
    this.errors = problem.errors;
    this.conflict = problem.conflict;
    this.message = problem.other === undefined ? undefined : this.reportError(problem.other);
  }

  private async markChecked(item: Editable<Partner>): Promise<void> {
    try {
      const saved = await this.client!.partners.save(checkedToday(item.doc, this.today), item.etag);
      this.upsert(saved);
      this.failure = '';
      this.emitChange('partners', saved.doc.id, this.t.cpartSaved(saved.doc.name));
    } catch (error) {
      // A conflict or a refusal: open the partner so the coordinator sees what happened.
      this.open(item);
      this.showProblem(error);
    }
  }

  private async removePartner(item: Editable<Partner>): Promise<void> {
    this.confirming = undefined;
    try {
      await this.client!.partners.remove(item.doc.id, item.etag);
      this.items = this.items?.filter((i) => i.doc.id !== item.doc.id);
      this.failure = '';
      this.emitChange('partners', item.doc.id, this.t.cpartDeleted(item.doc.name));
    } catch (error) {
      this.failure = this.reportError(error);
      await this.load();
    }
  }

  private useTheirs(): void {
    const current = this.conflict?.current as Partner | null | undefined;
    const etag = this.conflict?.etag ?? null;
    if (!current) {
      this.close();
      void this.load();
      return;
    }
    this.editing = { draft: partnerDraft(current), etag };
    this.conflict = undefined;
    this.errors = {};
  }

  private keepMine(): void {
    if (!this.editing || !this.conflict) return;
    void this.save(partnerFromDraft(this.editing.draft), this.conflict.etag);
  }

  private upsert(saved: Editable<Partner>): void {
    const items = this.items ?? [];
    const at = items.findIndex((i) => i.doc.id === saved.doc.id);
    this.items = at === -1 ? [...items, saved] : items.map((i, n) => (n === at ? saved : i));
  }
}

/** Defines `<ido-coordinator-partners>`. */
export function defineCoordinatorPartners(): void {
  defineElement('ido-coordinator-partners', IdoCoordinatorPartners);
}
