import type { Desk, ReportKey } from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../../base/define-element.js';
import type { ElementTexts } from '../../../localization/strings.js';
import { field, selectField } from './fields.js';
import { CoordinatorPanel } from './panel.js';
import { panelStyles } from './panel.styles.js';
import { keysEn, keysNl, type KeysStrings } from './strings/keys.js';

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
 * @tagname ido-coordinator-keys
 * @fires ido-coordinator-change - A desk or report key was revoked or a code made; `detail: { entity, id }`.
 * @csspart desks - The table of desks.
 * @csspart report-keys - The table of report keys.
 * @csspart code - The one-time code in its dialog.
 */
export class IdoCoordinatorKeys extends CoordinatorPanel<KeysStrings> {
  static override styles = [CoordinatorPanel.styles, panelStyles];
  static override texts = texts as ElementTexts<object>;

  @state() private desks?: Desk[];
  @state() private reportKeys?: ReportKey[];
  @state() private loadError?: unknown;
  @state() private confirming?: string;
  @state() private shown?: ShownCode;
  @state() private deskErrors = new Map<string, string>();
  @state() private reportErrors = new Map<string, string>();
  @state() private reportKind: 'organisation' | 'municipality' = 'organisation';
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('coordinator') && this.coordinator) void this.load();
  }

  /** Loads the desks and the report keys. */
  async load(): Promise<void> {
    this.loadError = undefined;
    try {
      [this.desks, this.reportKeys] = await Promise.all([
        this.coordinator!.desks(),
        this.coordinator!.reportKeys(),
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
    const t = this.t;
    return html`<section
      class="panel"
      part="base"
      lang=${this.language}
      dir=${this.direction}
      aria-labelledby="keys-title"
    >
      <h2 id="keys-title">${t.ckeyTitle}</h2>
      <p class="ido-visually-hidden" role="status">${this.announcement}</p>
      ${this.loadError
        ? this.renderError(this.loadError, () => this.load())
        : !this.desks || !this.reportKeys
          ? this.renderLoading()
          : html`${this.renderDesks(this.desks)} ${this.renderReportKeys(this.reportKeys)}`}
      ${this.renderCodeDialog()}
    </section>`;
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
    return html`<section class="panel" aria-labelledby="desks-title">
      <h3 id="desks-title">${t.ckeyDesks}</h3>
      <p>${t.ckeyDesksIntro}</p>
      ${desks.length === 0
        ? html`<p>${t.ckeyNoDesks}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="desks-title">
            <table part="desks">
              <thead>
                <tr>
                  <th scope="col">${t.ckeyLabel}</th>
                  <th scope="col">${t.ckeyLocation}</th>
                  <th scope="col">${t.ckeyLastUsed}</th>
                  <th scope="col">${t.ckeyStatus}</th>
                  <th scope="col">${t.ckeyActions}</th>
                </tr>
              </thead>
              <tbody>
                ${desks.map((desk) => {
                  const label = desk.label ?? t.ckeyUnnamed;
                  return html`<tr class=${desk.revokedAt ? 'past' : ''}>
                    <th scope="row">${label}</th>
                    <td>${this.locationName(desk.locationId)}</td>
                    <td>${this.day(desk.lastUsedOn) ?? t.ckeyNeverUsed}</td>
                    <td>${this.status(desk.revokedAt)}</td>
                    <td>
                      <div class="actions">
                        ${this.revokeCell(
                          `desk:${desk.id}`,
                          label,
                          desk.revokedAt,
                          { revoke: t.ckeyRevokeDesk(label), confirm: t.ckeyRevokeDeskConfirm(label) },
                          () => this.revokeDesk(desk, label),
                        )}
                      </div>
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
      ${this.locations.length
        ? html`<form class="panel" novalidate @submit=${this.newDesk} aria-labelledby="new-desk">
            <h4 id="new-desk">${t.ckeyNewDesk}</h4>
            ${selectField({
              id: 'd-location',
              name: 'locationId',
              label: t.ckeyLocation,
              errors: this.deskErrors,
              options: this.locations.map((l) => [l.doc.id, l.doc.name]),
            })}
            ${field({
              id: 'd-label',
              name: 'label',
              label: t.ckeyLabel,
              hint: t.ckeyDeskLabelHint,
              required: true,
              errors: this.deskErrors,
            })}
            <div>
              <button class="ido-button" type="submit">${t.ckeyCreateCode}</button>
            </div>
          </form>`
        : nothing}
    </section>`;
  }

  private renderReportKeys(keys: ReportKey[]): TemplateResult {
    const t = this.t;
    const me = this.me;
    return html`<section class="panel" aria-labelledby="reports-title">
      <h3 id="reports-title">${t.ckeyReports}</h3>
      <p>${t.ckeyReportsIntro}</p>
      ${keys.length === 0
        ? html`<p>${t.ckeyNoReports}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="reports-title">
            <table part="report-keys">
              <thead>
                <tr>
                  <th scope="col">${t.ckeyLabel}</th>
                  <th scope="col">${t.ckeyFor}</th>
                  <th scope="col">${t.ckeyLastUsed}</th>
                  <th scope="col">${t.ckeyStatus}</th>
                  <th scope="col">${t.ckeyActions}</th>
                </tr>
              </thead>
              <tbody>
                ${keys.map((key) => {
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
                          { revoke: t.ckeyRevokeKey(label), confirm: t.ckeyRevokeKeyConfirm(label) },
                          () => this.revokeKey(key, label),
                        )}
                      </div>
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`}
      <form class="panel" novalidate @submit=${this.newReportKey} aria-labelledby="new-report">
        <h4 id="new-report">${t.ckeyNewReport}</h4>
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
          ${me?.municipalities.length
            ? html`<label class="choice"
                ><input
                  type="radio"
                  name="kind"
                  value="municipality"
                  .checked=${this.reportKind === 'municipality'}
                  @change=${() => (this.reportKind = 'municipality')}
                />${t.ckeyKindMunicipality}</label
              >`
            : nothing}
        </fieldset>
        ${this.reportKind === 'municipality'
          ? selectField({
              id: 'r-name',
              name: 'name',
              label: t.ckeyMunicipality,
              errors: this.reportErrors,
              options: (me?.municipalities ?? []).map((m) => [m, m]),
            })
          : nothing}
        ${field({
          id: 'r-label',
          name: 'label',
          label: t.ckeyLabel,
          hint: t.ckeyReportLabelHint,
          errors: this.reportErrors,
        })}
        <div>
          <button class="ido-button" type="submit">${t.ckeyCreateCode}</button>
        </div>
      </form>
    </section>`;
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
      ${shown
        ? html`<div class="panel">
            <h3 id="code-title">${t.ckeyCodeTitle}</h3>
            <p class="code" part="code" dir="ltr">${shown.code}</p>
            <p>${t.ckeyCodeValid(this.until(shown.expiresAt))}</p>
            <p>${shown.help}</p>
            <p><strong>${t.ckeyCodeOnce}</strong></p>
            <form method="dialog">
              <button class="ido-button" type="submit">${t.ckeyClose}</button>
            </form>
          </div>`
        : nothing}
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
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const locationId = String(data.get('locationId') ?? '');
    const label = String(data.get('label') ?? '').trim();
    this.busy = true;
    try {
      const code = await this.coordinator!.createDeskCode({ locationId, label });
      this.deskErrors = new Map();
      form.reset();
      await this.showCode({
        code: code.code,
        expiresAt: code.expiresAt,
        help: this.t.ckeyDeskCodeHelp(code.label, this.locationName(code.locationId)),
      });
      this.changed({ entity: 'desk', id: code.locationId });
    } catch (error) {
      this.deskErrors = this.fieldsOf(error, 'label');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#d-label')?.focus();
    } finally {
      this.busy = false;
    }
  };

  private newReportKey = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const label = String(data.get('label') ?? '').trim();
    const kind = this.reportKind;
    const name = kind === 'municipality' ? String(data.get('name') ?? '') : undefined;
    this.busy = true;
    try {
      const code = await this.coordinator!.createReportCode({
        kind,
        ...(name ? { name } : {}),
        ...(label ? { label } : {}),
      });
      this.reportErrors = new Map();
      form.reset();
      this.reportKind = 'organisation';
      await this.showCode({
        code: code.code,
        expiresAt: code.expiresAt,
        help: this.t.ckeyReportCodeHelp(code.name),
      });
      this.changed({ entity: 'report-key', id: code.name });
      this.reportKeys = await this.coordinator!.reportKeys();
    } catch (error) {
      this.reportErrors = this.fieldsOf(error, 'label');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#r-label')?.focus();
    } finally {
      this.busy = false;
    }
  };

  /** The server's problems by field; one without a field goes with `fallback`. */
  private fieldsOf(error: unknown, fallback: string): Map<string, string> {
    const problem = this.problemOf(error);
    if (problem.message) return new Map([[fallback, problem.message]]);
    const fields = new Map<string, string>();
    for (const [path, message] of problem.fields) fields.set(path.split('.')[0] || fallback, message);
    return fields;
  }

  private async revokeDesk(desk: Desk, label: string): Promise<void> {
    this.confirming = undefined;
    try {
      const revoked = await this.coordinator!.revokeDesk(desk.id);
      this.desks = this.desks?.map((d) => (d.id === desk.id ? revoked : d));
      this.announcement = this.t.ckeyDeskRevoked(label);
      this.changed({ entity: 'desk', id: desk.id });
    } catch (error) {
      this.announcement = this.reportError(error);
    }
  }

  private async revokeKey(key: ReportKey, label: string): Promise<void> {
    this.confirming = undefined;
    try {
      const revoked = await this.coordinator!.revokeReportKey(key.id);
      this.reportKeys = this.reportKeys?.map((k) => (k.id === key.id ? revoked : k));
      this.announcement = this.t.ckeyKeyRevoked(label);
      this.changed({ entity: 'report-key', id: key.id });
    } catch (error) {
      this.announcement = this.reportError(error);
    }
  }
}

/** Defines `<ido-coordinator-keys>`. */
export function defineCoordinatorKeys(): void {
  defineElement('ido-coordinator-keys', IdoCoordinatorKeys);
}
