import { isIdoValidationError, type Taxonomy, type IdoClient } from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../../base/define-element.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { CoordinatorPanel, panelTexts } from '../panel-base.js';
import { publicClientOf } from './panel.js';
import { panelsStyles } from './panel.styles.js';
import { categoriesEn, categoriesNl, type CategoriesStrings } from './strings/categories.js';

const texts: ElementTexts<CategoriesStrings> = { nl: categoriesNl, en: categoriesEn };

type ListName = keyof CategoriesStrings['ccatLists'];
const LISTS: ListName[] = [
  'questionTypes',
  'governmentLevels',
  'organisations',
  'themes',
  'help',
  'notHelpedReasons',
  'partnerKinds',
  'channels',
];

/** What the server answers an import (as `idokit-server categories import` prints it). */
interface ImportAnswer {
  version?: string;
  validFrom?: string;
  unchanged?: boolean;
  changes?: {
    added?: { list: string; id: string }[];
    removed?: { list: string; id: string }[];
    renamed?: { list: string; from: string; to: string }[];
  };
}

/**
 * The national categories in force (version, valid from, and each list with its Dutch and English
 * names), and, for a coordinator key that may (`me.mayImportCategories`), the import of a new
 * version from a categories file: the server's problems by path, or what changed. Internal to
 * `<ido-coordinator>`.
 *
 * Its tag, `<ido-coordinator-categories>`, is defined by `panels/index.ts`; it is not a public element (no manifest entry).
 * @fires ido-coordinator-change - A categories version was imported; `detail: { entity: 'categories', id: version }`.
 * @csspart list - A table of one list's categories.
 * @csspart import - The import form.
 * @csspart result - What the import changed, or its problems.
 */
export class IdoCoordinatorCategories extends CoordinatorPanel<CategoriesStrings> {
  static override styles = [CoordinatorPanel.styles, panelsStyles];
  static override texts = panelTexts(texts) as ElementTexts<object>;

  /** The public API's client (categories, geocoder); default: one for `api` (or the shell's). */
  @property({ attribute: false }) publicClient?: IdoClient;

  @state() private taxonomy?: Taxonomy;
  @state() private loadError?: unknown;
  @state() private problems: { path: string; message: string }[] = [];
  @state() private message = '';
  @state() private answer?: ImportAnswer;
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => {
      if (!this.taxonomy) void this.load();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('api') || changed.has('client')) && this.hasUpdated) void this.load();
  }

  /** Loads the categories in force from the public API. */
  async load(): Promise<void> {
    const client = publicClientOf(this);
    this.loadError = undefined;
    if (!client) return;
    try {
      this.taxonomy = await client.getTaxonomy();
    } catch (error) {
      this.loadError = error;
      this.reportError(error);
    }
  }

  private date(value: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div class="panel" part="base" lang=${this.language} dir=${this.direction}>
      <p>${t.ccatIntro}</p>
      ${this.me?.mayImportCategories ? this.renderImport() : html`<p>${t.ccatNoRight}</p>`}
      ${
        this.loadError
          ? this.renderError(this.loadError, () => this.load())
          : this.taxonomy
            ? this.renderCategories(this.taxonomy)
            : this.renderLoading()
      }
    </div>`;
  }

  private renderCategories(taxonomy: Taxonomy): TemplateResult {
    const t = this.t;
    return html`<div>
        <p><strong>${t.ccatVersion(taxonomy.version)}</strong></p>
        ${taxonomy.validFrom ? html`<p>${t.ccatValidFrom(this.date(taxonomy.validFrom))}</p>` : nothing}
        ${taxonomy.source ? html`<p>${t.ccatSource}: ${taxonomy.source}</p>` : nothing}
      </div>
      ${LISTS.map((list) => {
        const entries = taxonomy[list] as { id: string; label: { nl: string; en?: string } }[];
        const id = `list-${list}`;
        return html`<details>
          <summary id=${id}>${t.ccatLists[list]} (${t.ccatCount(entries.length)})</summary>
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby=${id}>
            <table part="list">
              <thead>
                <tr>
                  <th scope="col">${t.ccatDutch}</th>
                  <th scope="col">${t.ccatEnglish}</th>
                  <th scope="col">${t.ccatId}</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (e) =>
                    html`<tr>
                      <th scope="row" lang="nl">${e.label.nl}</th>
                      <td lang="en">${e.label.en ?? ''}</td>
                      <td><code>${e.id}</code></td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
        </details>`;
      })}`;
  }

  private renderImport(): TemplateResult {
    const t = this.t;
    return html`<form
        class="panel"
        part="import"
        novalidate
        @submit=${this.submit}
        aria-labelledby="import-title"
      >
        <h4 id="import-title">${t.ccatImportTitle}</h4>
        <p id="import-help">${t.ccatImportHelp}</p>
        <div class="field">
          <label class="ido-label" for="c-file">${t.ccatFile}</label>
          <input
            class="ido-input"
            id="c-file"
            name="file"
            type="file"
            accept="application/json,.json"
            aria-describedby="import-help"
          />
        </div>
        <div>
          <button class="ido-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t.ccatImporting : t.ccatImport}
          </button>
        </div>
      </form>
      <div part="result" role="status">${this.renderResult()}</div>`;
  }

  private renderResult(): TemplateResult | typeof nothing {
    const t = this.t;
    if (this.problems.length)
      return html`<div class="ido-alert">
        <div>
          <p>${t.ccatProblems(this.problems.length)}</p>
          <ul>
            ${this.problems.map(
              (p) =>
                html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`,
            )}
          </ul>
        </div>
      </div>`;
    if (this.message) return html`<div class="ido-alert"><p>${this.message}</p></div>`;
    const answer = this.answer;
    if (!answer) return nothing;
    const version = answer.version ?? '';
    if (answer.unchanged) return html`<p>${t.ccatUnchanged(version)}</p>`;
    const changes = answer.changes ?? {};
    const list = (name: string) =>
      (t.ccatLists as Record<string, string | undefined>)[name] ?? name;
    const lines = [
      ...(changes.added ?? []).map((c) => `${t.ccatAdded}: ${list(c.list)}, ${c.id}`),
      ...(changes.removed ?? []).map((c) => `${t.ccatRemoved}: ${list(c.list)}, ${c.id}`),
      ...(changes.renamed ?? []).map(
        (c) => `${t.ccatRenamed}: ${list(c.list)}, ${c.from} → ${c.to}`,
      ),
    ];
    return html`<p>
        ${t.ccatImported(version, answer.validFrom ? this.date(answer.validFrom) : '')}
      </p>
      ${
        lines.length
          ? html`<ul>
              ${lines.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : html`<p>${t.ccatNoChanges}</p>`
      }`;
  }

  private submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const file = (new FormData(event.target as HTMLFormElement).get('file') as File | null) ?? null;
    this.problems = [];
    this.answer = undefined;
    this.message = '';
    if (!file || file.size === 0) {
      this.message = this.t.ccatNoFile;
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text()) as unknown;
    } catch {
      this.message = this.t.ccatNotJson;
      return;
    }
    this.busy = true;
    try {
      this.answer = (await this.client!.importCategories(data)) as ImportAnswer;
      this.emitChange('categories', this.answer.version ?? '');
      await this.load();
    } catch (error) {
      if (isIdoValidationError(error))
        this.problems = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      else this.message = this.reportError(error);
    } finally {
      this.busy = false;
    }
  };
}

/** Defines `<ido-coordinator-categories>`. */
export function defineCoordinatorCategories(): void {
  defineElement('ido-coordinator-categories', IdoCoordinatorCategories);
}
