import type { CsvImportResult } from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../../base/define-element.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { CoordinatorPanel, panelTexts } from '../panel-base.js';
import { panelsStyles } from './panel.styles.js';
import { slugOf } from '../location-draft.js';
import { exchangeEn, exchangeNl, type ExchangeStrings } from './strings/exchange.js';

const texts: ElementTexts<ExchangeStrings> = { nl: exchangeNl, en: exchangeEn };

type Kind = 'locations' | 'partners';

/** A file checked by a dry run, ready to import. */
interface Checked {
  kind: Kind;
  csv: string;
  result: CsvImportResult;
}

/**
 * Saves `text` as a file through a Blob URL (no server round trip, nothing kept in the page).
 * The URL is revoked after the click has started the download.
 */
export function download(text: string, name: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The coordinator's import and export: the organisation's locations and partners as CSV (in the
 * import's columns), an Open Referral HSDS 3 export for a social map (JSON), and the import of a
 * CSV file of locations or partners: first a dry run that lists the errors by row and column,
 * then "Importeren" (all or nothing). Internal to `<ido-coordinator>`.
 *
 * Its tag, `<ido-coordinator-exchange>`, is defined by `panels/index.ts`; it is not a public element (no manifest entry).
 * @fires ido-coordinator-change - An import was applied; `detail: { entity: 'import', id: 'locations' | 'partners' }`.
 * @csspart export - The export buttons.
 * @csspart import - The import form.
 * @csspart errors - The table of errors by row and column.
 */
export class IdoCoordinatorExchange extends CoordinatorPanel<ExchangeStrings> {
  static override styles = [CoordinatorPanel.styles, panelsStyles];
  static override texts = panelTexts(texts) as ElementTexts<object>;

  /** A short announcement for screen readers, in the panel's status line. */
  @state() private announcement = '';
  @state() private checked?: Checked;
  @state() private applied?: CsvImportResult;
  @state() private message = '';
  @state() private busy: '' | 'check' | 'apply' | 'export' = '';

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div class="panel" part="base" lang=${this.language} dir=${this.direction}>
      <p class="ido-visually-hidden" role="status">${this.announcement}</p>
      <section class="panel" part="export" aria-labelledby="export-title">
        <h4 id="export-title">${t.cexExportTitle}</h4>
        <p>${t.cexExportIntro}</p>
        <div class="actions">
          <button
            class="ido-button ido-button--secondary"
            type="button"
            @click=${() => this.exportCsv('locations')}
          >
            ${t.cexExportLocations}
          </button>
          <button
            class="ido-button ido-button--secondary"
            type="button"
            @click=${() => this.exportCsv('partners')}
          >
            ${t.cexExportPartners}
          </button>
        </div>
        <div>
          <button
            class="ido-button ido-button--secondary"
            type="button"
            aria-describedby="hsds-help"
            @click=${() => this.exportHsds()}
          >
            ${t.cexExportHsds}
          </button>
          <p class="ido-hint" id="hsds-help">${t.cexHsdsHelp}</p>
        </div>
      </section>
      ${this.renderImport()}
    </div>`;
  }

  private renderImport(): TemplateResult {
    const t = this.t;
    return html`<section class="panel" aria-labelledby="import-title">
      <h4 id="import-title">${t.cexImportTitle}</h4>
      <p id="import-intro">${t.cexImportIntro}</p>
      <form class="panel" part="import" novalidate @submit=${this.check}>
        <fieldset>
          <legend>${t.cexKind}</legend>
          <div class="choices">
            <label class="choice"
              ><input
                type="radio"
                name="kind"
                value="locations"
                checked
              />${t.cexKindLocations}</label
            >
            <label class="choice"
              ><input type="radio" name="kind" value="partners" />${t.cexKindPartners}</label
            >
          </div>
        </fieldset>
        <div class="field">
          <label class="ido-label" for="x-file">${t.cexFile}</label>
          <input
            class="ido-input"
            id="x-file"
            name="file"
            type="file"
            accept="text/csv,.csv"
            aria-describedby="import-intro"
            @change=${() => {
              this.checked = undefined;
              this.applied = undefined;
            }}
          />
        </div>
        <div>
          <button class="ido-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy === 'check' ? t.cexChecking : t.cexCheck}
          </button>
        </div>
      </form>
      <div role="status">${this.renderOutcome()}</div>
    </section>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const t = this.t;
    if (this.message) return html`<div class="ido-alert"><p>${this.message}</p></div>`;
    if (this.applied)
      return html`<p>${t.cexApplied(this.applied.created.length, this.applied.updated.length)}</p>`;
    const checked = this.checked;
    if (!checked) return nothing;
    const { result } = checked;
    if (result.errors.length)
      return html`<p id="errors-title">${t.cexErrors(result.errors.length)}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="errors-title">
          <table part="errors">
            <thead>
              <tr>
                <th scope="col">${t.cexRow}</th>
                <th scope="col">${t.cexColumn}</th>
                <th scope="col">${t.cexMessage}</th>
              </tr>
            </thead>
            <tbody>
              ${result.errors.map(
                (e) =>
                  html`<tr>
                    <th scope="row">${e.row > 0 ? e.row : t.cexWholeFile}</th>
                    <td>${e.column ?? t.cexWholeRow}</td>
                    <td>${e.message}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
    return html`<p>${t.cexDryRunOk(result.created.length, result.updated.length)}</p>
      <div class="actions">
        <button class="ido-button" type="button" @click=${() => this.apply(checked)}>
          ${this.busy === 'apply' ? t.cexApplying : t.cexApply}
        </button>
        <button
          class="ido-button ido-button--secondary"
          type="button"
          @click=${() => (this.checked = undefined)}
        >
          ${t.cexCancel}
        </button>
      </div>`;
  }

  private fileName(stem: string, extension: string): string {
    const organisation = slugOf(this.me?.organisation ?? '');
    const day = this.today;
    return `${[stem, organisation, day].filter(Boolean).join('-')}.${extension}`;
  }

  private async exportCsv(kind: Kind): Promise<void> {
    if (this.busy) return;
    this.busy = 'export';
    try {
      const csv = await this.client!.exportCsv(kind);
      const name = this.fileName(
        kind === 'locations' ? this.t.cexFileLocations : this.t.cexFilePartners,
        'csv',
      );
      download(csv, name, 'text/csv;charset=utf-8');
      this.announcement = this.t.cexDownloaded(name);
    } catch (error) {
      this.announcement = this.reportError(error);
    } finally {
      this.busy = '';
    }
  }

  private async exportHsds(): Promise<void> {
    if (this.busy) return;
    this.busy = 'export';
    try {
      const hsds = await this.client!.exportHsds();
      const name = this.fileName(this.t.cexFileHsds, 'json');
      download(JSON.stringify(hsds, null, 2), name, 'application/json');
      this.announcement = this.t.cexDownloaded(name);
    } catch (error) {
      this.announcement = this.reportError(error);
    } finally {
      this.busy = '';
    }
  }

  private check = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    const kind = (data.get('kind') === 'partners' ? 'partners' : 'locations') as Kind;
    const file = data.get('file') as File | null;
    this.message = '';
    this.checked = undefined;
    this.applied = undefined;
    if (!file || file.size === 0) {
      this.message = this.t.cexNoFile;
      return;
    }
    this.busy = 'check';
    try {
      const csv = await file.text();
      const result = await this.client!.importCsv(kind, csv, { dryRun: true });
      this.checked = { kind, csv, result };
    } catch (error) {
      this.message = this.reportError(error);
    } finally {
      this.busy = '';
    }
  };

  private async apply(checked: Checked): Promise<void> {
    if (this.busy) return;
    this.busy = 'apply';
    try {
      const result = await this.client!.importCsv(checked.kind, checked.csv, {
        dryRun: false,
      });
      if (result.errors.length) this.checked = { ...checked, result };
      else {
        this.checked = undefined;
        this.applied = result;
        this.emitChange('import', checked.kind);
      }
    } catch (error) {
      this.message = this.reportError(error);
    } finally {
      this.busy = '';
    }
  }
}

/** Defines `<ido-coordinator-exchange>`. */
export function defineCoordinatorExchange(): void {
  defineElement('ido-coordinator-exchange', IdoCoordinatorExchange);
}
