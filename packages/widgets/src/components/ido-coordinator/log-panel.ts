import type { AuditEntry } from '@idokit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../base/define-element.js';
import { CoordinatorPanel } from './panel-base.js';
import type { CoordinatorStrings } from './strings.js';
import { coordinatorTexts } from './texts.js';

/**
 * The audit log (internal to `<ido-coordinator>`): the organisation's changes, newest first
 * (when, which key label, what, a summary), and "Ongedaan maken" on the one change that can be
 * undone, after a confirmation. Reloads when the shell bumps `revision`.
 *
 * @internal
 */
export class IdoCoordinatorLog extends CoordinatorPanel<CoordinatorStrings> {
  static override texts = coordinatorTexts;

  static override styles = [
    CoordinatorPanel.styles,
    css`
      .cg-entry {
        display: grid;
        gap: var(--_ido-space-xs);
        justify-content: stretch;
      }
      .cg-head {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--_ido-space-md);
      }
      .cg-action {
        font-weight: 700;
      }
      .cg-summary {
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Bumped by the shell after every saved change: the log reloads. */
  @property({ type: Number }) revision = 0;

  @state() private entries: AuditEntry[] | undefined;
  @state() private failure: unknown;
  @state() private confirming: number | undefined;
  @state() private busy = false;

  private loading: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('revision') || changed.has('client')) void this.load();
  }

  /** Loads the log again (a newer request aborts an older one). */
  async load(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    try {
      const entries = await client.audit({ limit: 50, signal: controller.signal });
      if (controller.signal.aborted) return;
      this.entries = entries;
      this.failure = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.reportError(error);
      this.failure = error;
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`<div lang=${this.language} dir=${this.direction} part="log">
      <div class="ck-toolbar">
        <button type="button" class="ido-button ido-button--secondary" @click=${() => this.load()}>
          ${t.coordRefresh}
        </button>
      </div>
      ${this.failure ? this.renderError(this.failure, () => this.load()) : nothing}
      ${this.entries === undefined && !this.failure ? this.renderLoading() : nothing}
      ${this.entries && !this.entries.length ? html`<p>${t.coordLogEmpty}</p>` : nothing}
      ${
        this.entries?.length
          ? html`<h4 class="ck-section-heading" id="cg-caption">${t.coordLogCaption}</h4>
              <ol class="ck-list" aria-labelledby="cg-caption" part="list">
                ${this.entries.map((entry) => this.renderEntry(entry))}
              </ol>`
          : nothing
      }
    </div>`;
  }

  private renderEntry(entry: AuditEntry): TemplateResult {
    const t = this.t;
    const when = new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(entry.at));
    return html`<li class="cg-entry" part="item">
      <div class="cg-head">
        <span class="cg-action">${t.coordLogAction[entry.action] ?? entry.action}</span>
        <span
          ><span class="ido-visually-hidden">${t.coordLogWhen}: </span
          ><time datetime=${entry.at}>${when}</time></span
        >
        <span class="ck-meta">${t.coordLogWho}: ${entry.keyLabel}</span>
      </div>
      <span class="cg-summary">${entry.summary}</span>
      ${entry.undoable ? this.renderUndo(entry) : nothing}
    </li>`;
  }

  private renderUndo(entry: AuditEntry): TemplateResult {
    const t = this.t;
    if (this.confirming !== entry.id)
      return html`<div>
        <button
          type="button"
          class="ido-button ido-button--secondary"
          aria-label=${t.coordUndoLabel(entry.summary)}
          @click=${() => {
            this.confirming = entry.id;
            void this.updateComplete.then(() =>
              this.renderRoot.querySelector<HTMLElement>('#cg-confirm-yes')?.focus(),
            );
          }}
        >
          ${t.coordUndo}
        </button>
      </div>`;
    const busy = this.busy ? 'true' : nothing;
    return html`<div class="ck-toolbar" role="group" aria-labelledby="cg-confirm-q">
      <span id="cg-confirm-q">${t.coordUndoConfirm(entry.summary)}</span>
      <button
        id="cg-confirm-yes"
        type="button"
        class="ido-button"
        aria-disabled=${busy}
        aria-busy=${busy}
        @click=${() => void this.undo(entry)}
      >
        ${t.coordUndo}
      </button>
      <button
        type="button"
        class="ido-button ido-button--secondary"
        @click=${() => {
          this.confirming = undefined;
        }}
      >
        ${t.coordCancel}
      </button>
    </div>`;
  }

  private async undo(entry: AuditEntry): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    this.busy = true;
    try {
      await client.undo(entry.id);
      this.confirming = undefined;
      this.emitChange('undo', entry.entityId, this.t.coordUndone);
      await this.load();
      this.renderRoot.querySelector<HTMLElement>('.ck-toolbar button')?.focus();
    } catch (error) {
      this.reportError(error);
      this.failure = error;
      this.confirming = undefined;
    } finally {
      this.busy = false;
    }
  }

  protected override focusFallback(): HTMLElement | null {
    return (
      super.focusFallback() ?? this.renderRoot.querySelector<HTMLElement>('.ck-toolbar button')
    );
  }
}

/** Defines `<ido-coordinator-log>` (internal to `<ido-coordinator>`). */
export function defineIdoCoordinatorLog(): void {
  defineElement('ido-coordinator-log', IdoCoordinatorLog);
}
