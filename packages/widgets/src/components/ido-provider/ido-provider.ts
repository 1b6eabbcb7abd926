import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import { idoContext, type IdoEnvironment } from '../../context/ido-context.js';

/**
 * Shares one data source (and optionally a language and a clock) with every IDO Kit element
 * inside it, so a page sets `api` or `feed` once. It has no look of its own (`display:
 * contents`). Elements inside that set their own `api`/`feed` keep theirs; providers nest.
 *
 * @summary Configures the IDO Kit elements inside it.
 * @tagname ido-provider
 * @wordpressBlock none
 *
 * @slot - Any content, including IDO Kit elements.
 *
 * @example
 * <ido-provider feed="/ido/feed.json" lang="nl">
 *   <ido-locator></ido-locator>
 *   <ido-opening-hours location="ido-centrum"></ido-opening-hours>
 * </ido-provider>
 */
export class IdoProvider extends IdoElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: idoContext });
  private shared: IdoEnvironment | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the children connect, so their first render already has the client.
    this.share();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.share();
  }

  private share(): void {
    const client = this.resolvedClient;
    const now = this.clock;
    if (!this.shared || this.shared.client !== client || this.shared.now !== now) {
      this.shared = { client, now };
      this.provider.setValue(this.shared);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** Registers `<ido-provider>` once. */
export function defineIdoProvider(): void {
  defineElement('ido-provider', IdoProvider);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-provider': IdoProvider;
  }
}
