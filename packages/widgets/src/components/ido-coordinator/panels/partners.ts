import type { Editable, Partner, PartnerEdit, Taxonomy } from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../../base/define-element.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { conflictView } from '../conflict-view.js';
import { hoursEditorStyles } from '../hours-editor.js';
import { CoordinatorPanel, panelTexts } from '../panel-base.js';
import { EditablePanel, type Editing } from './editable-panel.js';
import { coordinatorEn, coordinatorNl, type CoordinatorStrings } from '../strings.js';
import { publicClientOf } from './panel.js';
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
export class IdoCoordinatorPartners extends EditablePanel<
  Partner,
  PartnerEdit,
  PartnerDraft,
  CoordinatorStrings & PartnersStrings
> {
  static override styles = [CoordinatorPanel.styles, panelsStyles, hoursEditorStyles];
  // The shell's words too: the partner's hours are edited with the locations' week grid.
  static override texts = panelTexts({
    nl: { ...coordinatorNl, ...partnersNl },
    en: { ...coordinatorEn, ...partnersEn },
  }) as ElementTexts<object>;

  @state() private taxonomy?: Taxonomy;

  protected readonly entity = 'partners';
  protected readonly formTitleId = 'p-form-title';
  protected collection() {
    return this.client!.partners;
  }
  protected toDraft(doc: Partner): PartnerDraft {
    return partnerDraft(doc);
  }
  protected blankDraft(): PartnerDraft {
    const me = this.me;
    return partnerDraft(blankPartner(me?.organisation ?? '', me?.municipalities ?? []));
  }
  protected fromDraft(draft: PartnerDraft): PartnerEdit {
    return partnerFromDraft(draft);
  }
  protected savedMessage(doc: Partner): string {
    return this.t.cpartSaved(doc.name);
  }
  protected deletedMessage(doc: Partner): string {
    return this.t.cpartDeleted(doc.name);
  }

  /** The organisation's partners (and the categories, for theme and kind names). */
  protected async loadItems(): Promise<Editable<Partner>[]> {
    const [items, taxonomy] = await Promise.all([
      this.client!.partners.list(),
      this.taxonomy ? Promise.resolve(this.taxonomy) : publicClientOf(this)?.getTaxonomy(),
    ]);
    this.taxonomy = taxonomy;
    return items.filter((i) => !this.me || i.doc.organisation === this.me.organisation);
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
      ${this.renderFailure()}
      ${this.renderBody(
        (items) => this.renderList(items),
        (editing) => this.renderEditor(editing),
      )}
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
                  <button class="ido-button" type="button" @click=${() => this.removeItem(item)}>
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

  private renderEditor(editing: Editing<PartnerDraft>): TemplateResult {
    const t = this.t;
    return html`${this.renderMessage()}
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
      set: (patch) => this.setDraft(patch),
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

  private changeRoutes(
    change: (routes: PartnerDraft['referral']) => PartnerDraft['referral'],
  ): void {
    if (!this.editing) return;
    const draft = this.editing.draft;
    this.editing = { ...this.editing, draft: { ...draft, referral: change(draft.referral) } };
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
}

/** Defines `<ido-coordinator-partners>`. */
export function defineCoordinatorPartners(): void {
  defineElement('ido-coordinator-partners', IdoCoordinatorPartners);
}
