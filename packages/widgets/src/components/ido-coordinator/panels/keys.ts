import type { Desk, ReportKey } from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../../base/define-element.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { fieldId, inputField, selectField, type FieldErrors } from '../form-kit.js';
import { CoordinatorPanel, panelTexts } from '../panel-base.js';
import { locationName, saveProblem } from './panel.js';
import { panelsStyles } from './panel.styles.js';
import { keysEn, keysNl, type KeysStrings } from './strings/keys.js';
import { listTable } from './list-table.js';

const texts: ElementTexts<KeysStrings> = { nl: keysNl, en: keysEn };

/** A one-time code on screen: kept only while its dialog is open. */
interface ShownCode {
  code: string;
  expiresAt: string;
  help: string;
}

/**
 * The coordinator's desks and report keys: the desks of the organisation's locations (label,
 * location, last used day, active or revoked) with "Intrekken" (the desk's next request is
 * refused) and "Nieuwe balie" (a one-time enrolment code); the report keys of the organisation
 * and its municipalities, revocable, and "Nieuwe rapportsleutel" (a one-time code redeemed where
 * the statistics enrol). A code is shown once, in a dialog, and forgotten when it closes.
 * Internal to `<ido-coordinator>`.
 *
 * Its tag, `<ido-coordinator-keys>`, is defined by `panels/index.ts`; it is not a public element (no manifest entry).
 * @fires ido-coordinator-change - A desk or report key was revoked or a code made; `detail: { entity, id }`.
 * @csspart desks - The table of desks.
 * @csspart report-keys - The table of report keys.
 * @csspart code - The one-time code in its dialog.
 */
export class IdoCoordinatorKeys extends CoordinatorPanel<KeysStrings> {
  static override styles = [CoordinatorPanel.styles, panelsStyles];
  static override texts = panelTexts(texts) as ElementTexts<object>;

  /** A failed delete or revocation, shown above the list (a saved change the shell announces). */
  @state() private failure = '';
  @state() private desks?: Desk[];
  @state() private reportKeys?: ReportKey[];
  @state() private loadError?: unknown;
  @state() private confirming?: string;
  @state() private shown?: ShownCode;
  @state() private deskErrors: FieldErrors = {};
  @state() private reportErrors: FieldErrors = {};
  @state() private reportKind: 'organisation' | 'municipality' = 'organisation';
  /** The new desk form's values. */
  @state() private desk = { locationId: '', label: '' };
  /** The new report key form's values. */
  @state() private report = { name: '', label: '' };
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('client') && this.client) void this.load();
  }

  /** Loads the desks and the report keys. */
  async load(): Promise<void> {
    this.loadError = undefined;
    try {
      [this.desks, this.reportKeys] = await Promise.all([
        this.client!.desks(),
        this.client!.reportKeys(),
      ]);
    } catch (error) {
      this.loadError = error;
      this.reportError(error);
    }
  }

  private day(value: string | null): string | undefined {
    if (!value) return undefined;
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeZone: value.length === 10 ? 'UTC' : 'Europe/Amsterdam',
    }).format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
  }

  private until(value: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(value));
  }

  protected override render(): TemplateResult {
    return html`<div class="panel" part="base" lang=${this.language} dir=${this.direction}>
      ${this.failure ? this.renderError(undefined, undefined, { message: this.failure }) : nothing}
      ${
        this.loadError
          ? this.renderError(this.loadError, () => this.load())
          : !this.desks || !this.reportKeys
            ? this.renderLoading()
            : html`${this.renderDesks(this.desks)} ${this.renderReportKeys(this.reportKeys)}`
      }
      ${this.renderCodeDialog()}
    </div>`;
  }

  private status(revokedAt: string | null): string {
    return revokedAt ? this.t.ckeyRevoked(this.day(revokedAt)!) : this.t.ckeyActive;
  }

  private revokeCell(
    id: string,
    label: string,
    revokedAt: string | null,
    words: { revoke: string; confirm: string },
    revoke: () => void,
  ): TemplateResult | typeof nothing {
    if (revokedAt) return nothing;
    const t = this.t;
    return this.confirming === id
      ? html`<span role="alert">${words.confirm}</span>
          <button class="ido-button" type="button" @click=${revoke}>${t.ckeyRevokeYes}</button>
          <button
            class="ido-button ido-button--secondary"
            type="button"
            @click=${() => (this.confirming = undefined)}
          >
            ${t.ckeyCancel}
          </button>`
      : html`<button
          class="ido-button ido-button--secondary"
          type="button"
          @click=${() => (this.confirming = id)}
        >
          ${words.revoke}
        </button>`;
  }

  private renderDesks(desks: Desk[]): TemplateResult {
    const t = this.t;
    return html`<div class="panel">
      <h4 id="desks-title">${t.ckeyDesks}</h4>
      <p>${t.ckeyDesksIntro}</p>
      ${listTable({
        part: 'desks',
        labelledBy: 'desks-title',
        headings: [t.ckeyLabel, t.ckeyLocation, t.ckeyLastUsed, t.ckeyStatus, t.ckeyActions],
        rows: desks.map((desk) => {
          const label = desk.label ?? t.ckeyUnnamed;
          return html`<tr class=${desk.revokedAt ? 'past' : ''}>
            <th scope="row">${label}</th>
            <td>${locationName(this.locations, desk.locationId)}</td>
            <td>${this.day(desk.lastUsedOn) ?? t.ckeyNeverUsed}</td>
            <td>${this.status(desk.revokedAt)}</td>
            <td>
              <div class="actions">
                ${this.revokeCell(
                  `desk:${desk.id}`,
                  label,
                  desk.revokedAt,
                  {
                    revoke: t.ckeyRevokeDesk(label),
                    confirm: t.ckeyRevokeDeskConfirm(label),
                  },
                  () => this.revokeDesk(desk, label),
                )}
              </div>
            </td>
          </tr>`;
        }),
        empty: t.ckeyNoDesks,
      })}
      ${
        this.locations.length
          ? html`<form class="panel" novalidate @submit=${this.newDesk} aria-labelledby="new-desk">
              <h5 id="new-desk">${t.ckeyNewDesk}</h5>
              ${selectField({
                path: 'desk.locationId',
                label: t.ckeyLocation,
                value: this.desk.locationId || this.locations[0]?.doc.id,
                errors: this.deskErrors,
                options: this.locations.map((l) => ({ value: l.doc.id, label: l.doc.name })),
                onChange: (locationId) => (this.desk = { ...this.desk, locationId }),
              })}
              ${inputField({
                path: 'desk.label',
                label: t.ckeyLabel,
                hint: t.ckeyDeskLabelHint,
                value: this.desk.label,
                required: true,
                requiredText: t.coordKitRequired,
                errors: this.deskErrors,
                onInput: (label) => (this.desk = { ...this.desk, label }),
              })}
              <div>
                <button class="ido-button" type="submit">${t.ckeyCreateCode}</button>
              </div>
            </form>`
          : nothing
      }
    </div>`;
  }

  private renderReportKeys(keys: ReportKey[]): TemplateResult {
    const t = this.t;
    const me = this.me;
    return html`<div class="panel">
      <h4 id="reports-title">${t.ckeyReports}</h4>
      <p>${t.ckeyReportsIntro}</p>
      ${listTable({
        part: 'report-keys',
        labelledBy: 'reports-title',
        headings: [t.ckeyLabel, t.ckeyFor, t.ckeyLastUsed, t.ckeyStatus, t.ckeyActions],
        rows: keys.map((key) => {
          const label = key.label ?? key.name;
          return html`<tr class=${key.revokedAt ? 'past' : ''}>
            <th scope="row">${label}</th>
            <td>${key.name}</td>
            <td>${this.day(key.lastUsedOn) ?? t.ckeyNeverUsed}</td>
            <td>${this.status(key.revokedAt)}</td>
            <td>
              <div class="actions">
                ${this.revokeCell(
                  `key:${key.id}`,
                  label,
                  key.revokedAt,
                  {
                    revoke: t.ckeyRevokeKey(label),
                    confirm: t.ckeyRevokeKeyConfirm(label),
                  },
                  () => this.revokeKey(key, label),
                )}
              </div>
            </td>
          </tr>`;
        }),
        empty: t.ckeyNoReports,
      })}
      <form class="panel" novalidate @submit=${this.newReportKey} aria-labelledby="new-report">
        <h5 id="new-report">${t.ckeyNewReport}</h5>
        <fieldset>
          <legend>${t.ckeyKind}</legend>
          <label class="choice"
            ><input
              type="radio"
              name="kind"
              value="organisation"
              .checked=${this.reportKind === 'organisation'}
              @change=${() => (this.reportKind = 'organisation')}
            />${t.ckeyKindOrganisation(me?.organisation ?? '')}</label
          >
          ${
            me?.municipalities.length
              ? html`<label class="choice"
                  ><input
                    type="radio"
                    name="kind"
                    value="municipality"
                    .checked=${this.reportKind === 'municipality'}
                    @change=${() => (this.reportKind = 'municipality')}
                  />${t.ckeyKindMunicipality}</label
                >`
              : nothing
          }
        </fieldset>
        ${
          this.reportKind === 'municipality'
            ? selectField({
                path: 'report.name',
                label: t.ckeyMunicipality,
                value: this.report.name || me?.municipalities[0],
                errors: this.reportErrors,
                options: (me?.municipalities ?? []).map((m) => ({ value: m, label: m })),
                onChange: (name) => (this.report = { ...this.report, name }),
              })
            : nothing
        }
        ${inputField({
          path: 'report.label',
          label: t.ckeyLabel,
          hint: t.ckeyReportLabelHint,
          value: this.report.label,
          errors: this.reportErrors,
          onInput: (label) => (this.report = { ...this.report, label }),
        })}
        <div>
          <button class="ido-button" type="submit">${t.ckeyCreateCode}</button>
        </div>
      </form>
    </div>`;
  }

  private renderCodeDialog(): TemplateResult {
    const t = this.t;
    const shown = this.shown;
    return html`<dialog
      aria-labelledby="code-title"
      @close=${() => {
        // The code is never kept: gone from the page once the dialog closes.
        this.shown = undefined;
        void this.load();
      }}
    >
      ${
        shown
          ? html`<div class="panel">
              <h4 id="code-title">${t.ckeyCodeTitle}</h4>
              <p class="code" part="code" dir="ltr">${shown.code}</p>
              <p>${t.ckeyCodeValid(this.until(shown.expiresAt))}</p>
              <p>${shown.help}</p>
              <p><strong>${t.ckeyCodeOnce}</strong></p>
              <form method="dialog">
                <button class="ido-button" type="submit">${t.ckeyClose}</button>
              </form>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private async showCode(code: ShownCode): Promise<void> {
    this.shown = code;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private newDesk = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const locationId = this.desk.locationId || this.locations[0]?.doc.id || '';
    const label = this.desk.label.trim();
    this.busy = true;
    try {
      const code = await this.client!.createDeskCode({ locationId, label });
      this.deskErrors = {};
      this.desk = { locationId, label: '' };
      await this.showCode({
        code: code.code,
        expiresAt: code.expiresAt,
        help: this.t.ckeyDeskCodeHelp(code.label, locationName(this.locations, code.locationId)),
      });
      this.emitChange('desks', code.locationId);
    } catch (error) {
      this.deskErrors = this.fieldsOf(error, 'desk', 'label');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId('desk.label')}`)?.focus();
    } finally {
      this.busy = false;
    }
  };

  private newReportKey = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const label = this.report.label.trim();
    const kind = this.reportKind;
    const name =
      kind === 'municipality' ? this.report.name || this.me?.municipalities[0] : undefined;
    this.busy = true;
    try {
      const code = await this.client!.createReportCode({
        kind,
        ...(name ? { name } : {}),
        ...(label ? { label } : {}),
      });
      this.reportErrors = {};
      this.report = { name: '', label: '' };
      this.reportKind = 'organisation';
      await this.showCode({
        code: code.code,
        expiresAt: code.expiresAt,
        help: this.t.ckeyReportCodeHelp(code.name),
      });
      this.emitChange('report-keys', code.name);
      this.reportKeys = await this.client!.reportKeys();
    } catch (error) {
      this.reportErrors = this.fieldsOf(error, 'report', 'label');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${fieldId('report.label')}`)?.focus();
    } finally {
      this.busy = false;
    }
  };

  /**
   * The server's problems by field of the form `form` (`desk.label`); a problem without a field
   * goes with `fallback`.
   */
  private fieldsOf(error: unknown, form: string, fallback: string): FieldErrors {
    const problem = saveProblem(error);
    if (problem.other !== undefined)
      return { [`${form}.${fallback}`]: this.reportError(problem.other) };
    return Object.fromEntries(
      Object.entries(problem.errors).map(([path, message]) => [
        `${form}.${path.split('.')[0] || fallback}`,
        message,
      ]),
    );
  }

  private async revokeDesk(desk: Desk, label: string): Promise<void> {
    this.confirming = undefined;
    try {
      const revoked = await this.client!.revokeDesk(desk.id);
      this.desks = this.desks?.map((d) => (d.id === desk.id ? revoked : d));
      this.failure = '';
      this.emitChange('desks', desk.id, this.t.ckeyDeskRevoked(label));
    } catch (error) {
      this.failure = this.reportError(error);
    }
  }

  private async revokeKey(key: ReportKey, label: string): Promise<void> {
    this.confirming = undefined;
    try {
      const revoked = await this.client!.revokeReportKey(key.id);
      this.reportKeys = this.reportKeys?.map((k) => (k.id === key.id ? revoked : k));
      this.failure = '';
      this.emitChange('report-keys', key.id, this.t.ckeyKeyRevoked(label));
    } catch (error) {
      this.failure = this.reportError(error);
    }
  }
}

/** Defines `<ido-coordinator-keys>`. */
export function defineCoordinatorKeys(): void {
  defineElement('ido-coordinator-keys', IdoCoordinatorKeys);
}
